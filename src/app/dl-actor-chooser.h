/* dl-actor-chooser.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_ACTOR_CHOOSER (dl_actor_chooser_get_type ())

G_DECLARE_FINAL_TYPE (DlActorChooser, dl_actor_chooser, DL, ACTOR_CHOOSER, GtkBox)

GtkWidget  *dl_actor_chooser_new          (GListModel     *actors,
                                           DlActor        *except);
void        dl_actor_chooser_set_search   (DlActorChooser *self,
                                           const char     *text);
guint       dl_actor_chooser_get_n_shown  (DlActorChooser *self);
DlActor    *dl_actor_chooser_get_selected (DlActorChooser *self);
void        dl_actor_chooser_set_selected (DlActorChooser *self,
                                           DlActor        *actor);

G_END_DECLS
