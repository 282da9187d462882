/* dl-window.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dl-application.h"
#include "dl-edit-history.h"
#include "dl-event-filter.h"
#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_WINDOW (dl_window_get_type ())

G_DECLARE_FINAL_TYPE (DlWindow, dl_window, DL, WINDOW, AdwApplicationWindow)

DlWindow  *dl_window_new          (DlApplication *application);
void       dl_window_open_files   (DlWindow      *self,
                                   GFile        **files,
                                   guint          n_files);
DlCorpus  *dl_window_get_corpus   (DlWindow      *self);
gboolean   dl_window_is_busy      (DlWindow      *self);
GPtrArray *dl_window_get_last_errors (DlWindow    *self);
void       dl_window_cancel_load  (DlWindow      *self);
void       dl_window_set_partial_results_delay (DlWindow *self,
                                                guint     msec);
void       dl_window_add_text     (DlWindow      *self,
                                   const char    *text);
GtkWidget *dl_window_get_timeline_view (DlWindow  *self);
GtkWidget *dl_window_get_graph_view    (DlWindow  *self);
GtkWidget *dl_window_get_source_view   (DlWindow  *self);
GtkWidget *dl_window_get_filter_bar    (DlWindow  *self);
DlEventFilter *dl_window_get_filter    (DlWindow  *self);
GListModel *dl_window_get_articles     (DlWindow  *self);
GMenuModel *dl_window_get_article_menu_model (DlWindow *self);

void        dl_window_open_project     (DlWindow   *self,
                                        GFile      *file);
void        dl_window_save_to_file     (DlWindow   *self,
                                        GFile      *file);
GFile      *dl_window_get_file         (DlWindow   *self);
gboolean    dl_window_get_modified     (DlWindow   *self);
const char *dl_window_get_subtitle     (DlWindow   *self);
DlEditHistory *dl_window_get_edit_history (DlWindow *self);
void        dl_window_apply_edit       (DlWindow   *self,
                                        DlEdit     *edit);
void        dl_window_apply_edits      (DlWindow   *self,
                                        GPtrArray  *edits);
GHashTable *dl_window_dup_view_state   (DlWindow   *self);
void        dl_window_set_autosave_delay (DlWindow *self,
                                        guint       msec);
const char *dl_window_get_recovery_path (DlWindow  *self);
gboolean    dl_window_recover          (DlWindow   *self);

G_END_DECLS
