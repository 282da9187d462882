/* dl-window-help.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the window finds the user guide, and the seam that lets tests
 * see what would be opened without starting a browser.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Opens @uri for @window; the default shows it in the desktop's browser */
typedef void (*DlWindowHelpLauncher) (GtkWindow  *window,
                                      const char *uri);

char     *_dl_window_find_help         (void);
void      _dl_window_set_help_launcher (DlWindowHelpLauncher launcher);

G_END_DECLS
