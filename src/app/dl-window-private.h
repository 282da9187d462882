/* dl-window-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is split by concern: dl-window.c (views and selection),
 * dl-window-open.c (opening and analysing articles), dl-window-filter.c
 * (the filter bar and the actions that filter), dl-window-export.c.
 */
#pragma once

#include "dl-event-filter.h"
#include "dl-filter-bar.h"
#include "dl-graph-view.h"
#include "dl-source-view.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

G_BEGIN_DECLS

struct _DlWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkToggleButton *sidebar_button;
  GtkToggleButton *search_button;
  DlFilterBar *filter_bar;
  GtkProgressBar *progress_bar;
  GtkStack *main_stack;
  GtkLabel *articles_heading;
  GtkListBox *articles_list;
  AdwViewStack *view_stack;
  GtkRevealer *filter_revealer;
  GtkLabel *filter_label;
  GtkStack *timeline_stack;
  AdwStatusPage *no_events_page;
  DlTimelineView *timeline_view;
  DlGraphView *graph_view;
  DlSourceView *source_view;

  /* State */
  GSettings *settings;
  DlCorpus *corpus;
  DlViewport *viewport;
  DlEventFilter *filter;
  GtkFilterListModel *shown_events;
  GtkFilterListModel *shown_articles;
  GtkFilterListModel *shown_actors;
  GCancellable *cancellable;
  GQueue pending_loads;
  guint busy_count;
  guint pulse_source;
  GPtrArray *last_errors;
  gboolean fit_after_analysis;
};

void  _dl_window_open_class_init    (GtkWidgetClass *widget_class);
void  _dl_window_open_init          (DlWindow       *self);
void  _dl_window_open_finalize      (DlWindow       *self);
void  _dl_window_export_class_init  (GtkWidgetClass *widget_class);
void  _dl_window_filter_class_init  (GtkWidgetClass *widget_class);
void  _dl_window_filter_init        (DlWindow       *self);
void  _dl_window_filter_set_focus   (DlWindow       *self,
                                     DlActor        *actor);
void  _dl_window_update_event_views (DlWindow       *self);
void  _dl_window_show_toast         (DlWindow       *self,
                                     const char     *message);
void  _dl_window_analysis_done      (DlWindow       *self);

G_END_DECLS
