/* dl-timeline-view-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline view is split by concern: dl-timeline-view.c (model,
 * viewport, selection, lanes, layout and drawing) and
 * dl-timeline-view-input.c (keys, menu, pointer, touch and scrolling).
 */
#pragma once

#include <pango/pango.h>

#include "dl-render-style.h"
#include "dl-timeline-index.h"
#include "dl-timeline-view.h"

G_BEGIN_DECLS

struct _DlTimelineView
{
  GtkWidget parent_instance;

  GListModel *events;
  DlViewport *viewport;
  DlEvent *selected;
  DlEvent *hovered;

  GSignalGroup *events_signals;
  GSignalGroup *viewport_signals;

  /* Dated events in time order, for the arrow keys */
  GPtrArray *sorted;
  /* Rebuilt lazily: the index when the events or lanes change, the
   * layout when the viewport, size or font change too */
  DlTimelineIndex *index;
  DlTimelineLayout *layout;
  DlTimelineLanes lanes;
  GtkWidget *menu;
  PangoFontDescription *font;
  double resolution;
  DlRenderStyle style;
  gboolean fit_pending;

  GtkGesture *drag;
  double pointer_x;
  double gesture_start;
  double gesture_end;
  double zoom_anchor;
  gboolean drag_moved;
  gboolean dragging;
  double drag_last_offset;
  gint64 drag_last_time;
  double drag_velocity;

  guint kinetic_id;
  gint64 kinetic_last_time;
  double kinetic_velocity;
};

/* dl-timeline-view.c */
DlTimelineLayout *_dl_timeline_view_ensure_layout      (DlTimelineView *self);
double            _dl_timeline_view_seconds_per_pixel  (DlTimelineView *self);
double            _dl_timeline_view_time_width         (DlTimelineView *self);
double            _dl_timeline_view_event_time         (DlEvent        *event);
void              _dl_timeline_view_select_and_show    (DlTimelineView *self,
                                                        DlEvent        *event);
void              _dl_timeline_view_select_relative    (DlTimelineView *self,
                                                        int             delta);
void              _dl_timeline_view_activate           (DlTimelineView *self,
                                                        DlEvent        *event);

/* dl-timeline-view-input.c */
void              _dl_timeline_view_install_actions    (GtkWidgetClass *widget_class);
void              _dl_timeline_view_add_controllers    (DlTimelineView *self);
void              _dl_timeline_view_add_menu           (DlTimelineView *self);
void              _dl_timeline_view_stop_kinetic       (DlTimelineView *self);
void              _dl_timeline_view_popup_menu         (DlTimelineView *self,
                                                        double          x,
                                                        double          y);

G_END_DECLS
