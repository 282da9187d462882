/* dl-application.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DL_TYPE_APPLICATION (dl_application_get_type ())

G_DECLARE_FINAL_TYPE (DlApplication, dl_application, DL, APPLICATION, AdwApplication)

typedef struct _DlWindow DlWindow;

DlApplication *dl_application_new                 (void);
DlWindow      *dl_application_find_project_window (DlApplication *self,
                                                   GFile         *file);

G_END_DECLS
