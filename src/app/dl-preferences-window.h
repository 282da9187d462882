/* dl-preferences-window.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dl-actor-criteria.h"

G_BEGIN_DECLS

#define DL_TYPE_PREFERENCES_WINDOW (dl_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (DlPreferencesWindow, dl_preferences_window, DL, PREFERENCES_WINDOW, AdwPreferencesWindow)

DlPreferencesWindow *dl_preferences_window_new          (GSettings       *settings);

GSettings           *dl_preferences_dup_settings        (void);
void                 dl_preferences_get_actor_criteria  (GSettings       *settings,
                                                         DlActorCriteria *criteria);
char                *dl_preferences_dup_autosave_folder (GSettings       *settings);

G_END_DECLS
