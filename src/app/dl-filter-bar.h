/* dl-filter-bar.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dl-event-filter.h"

G_BEGIN_DECLS

#define DL_TYPE_FILTER_BAR (dl_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (DlFilterBar, dl_filter_bar, DL, FILTER_BAR, GtkWidget)

GtkWidget     *dl_filter_bar_new                     (void);
void           dl_filter_bar_set_filter              (DlFilterBar   *self,
                                                      DlEventFilter *filter,
                                                      GListModel    *shown_events);
DlEventFilter *dl_filter_bar_get_filter              (DlFilterBar   *self);
gboolean       dl_filter_bar_get_search_mode         (DlFilterBar   *self);
void           dl_filter_bar_set_search_mode         (DlFilterBar   *self,
                                                      gboolean       search_mode);
void           dl_filter_bar_set_key_capture_widget  (DlFilterBar   *self,
                                                      GtkWidget     *widget);
GtkEditable   *dl_filter_bar_get_entry               (DlFilterBar   *self);
const char    *dl_filter_bar_get_status              (DlFilterBar   *self);

G_END_DECLS
