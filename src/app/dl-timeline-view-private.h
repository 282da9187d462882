/* dl-timeline-view-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline view is split by concern: dl-timeline-view.c (model,
 * viewport, selection set, lanes, layout, drawing and the overview
 * strip it contains), dl-timeline-view-input.c (keys, pointer, touch
 * and scrolling), dl-timeline-view-select.c (moving the selection by
 * keys, bringing it into view), dl-timeline-view-menu.c (the context
 * menu and the clipboard), dl-timeline-view-describe.c (tooltips,
 * citations and what a screen reader hears) and
 * dl-timeline-view-animate.c (smooth zoom and pan).
 */
#pragma once

#include <pango/pango.h>

#include "dl-render-style.h"
#include "dl-timeline-index.h"
#include "dl-timeline-view.h"

G_BEGIN_DECLS

/* The height of the overview strip under the timeline */
#define DL_TIMELINE_VIEW_STRIP_HEIGHT 36

struct _DlTimelineView
{
  GtkWidget parent_instance;

  GListModel *events;
  DlViewport *viewport;
  /* The primary selection: what the window shows the source of */
  DlEvent *selected;
  /* Every selected event, the primary one among them */
  GPtrArray *selection;
  /* The lane the keys move from, or G_MAXUINT: an event with several
   * actors is in several lanes */
  guint selected_lane;
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
  GtkWidget *overview;
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

  /* Shift+drag marks a stretch of time to zoom to */
  gboolean banding;
  double band_from;
  double band_to;

  guint kinetic_id;
  gint64 kinetic_last_time;
  double kinetic_velocity;

  guint animation_id;
  gint64 animation_begin;
  double from_start;
  double from_end;
  double to_start;
  double to_end;
};

/* dl-timeline-view.c */
DlTimelineLayout *_dl_timeline_view_ensure_layout      (DlTimelineView *self);
DlTimelineIndex  *_dl_timeline_view_ensure_index       (DlTimelineView *self);
double            _dl_timeline_view_seconds_per_pixel  (DlTimelineView *self);
double            _dl_timeline_view_time_width         (DlTimelineView *self);
int               _dl_timeline_view_timeline_height    (DlTimelineView *self);
void              _dl_timeline_view_select_in_lane     (DlTimelineView *self,
                                                        DlEvent        *event,
                                                        guint           lane);
void              _dl_timeline_view_set_primary        (DlTimelineView *self,
                                                        DlEvent        *event);
void              _dl_timeline_view_activate           (DlTimelineView *self,
                                                        DlEvent        *event);

/* dl-timeline-view-select.c */
void              _dl_timeline_view_select_and_show    (DlTimelineView *self,
                                                        DlEvent        *event);
void              _dl_timeline_view_select_relative    (DlTimelineView *self,
                                                        int             delta);
void              _dl_timeline_view_select_lane        (DlTimelineView *self,
                                                        int             delta);
void              _dl_timeline_view_zoom_to_event      (DlTimelineView *self,
                                                        DlEvent        *event);

/* dl-timeline-view-input.c */
void              _dl_timeline_view_install_actions    (GtkWidgetClass *widget_class);
void              _dl_timeline_view_add_controllers    (DlTimelineView *self);
void              _dl_timeline_view_stop_kinetic       (DlTimelineView *self);

/* dl-timeline-view-menu.c */
void              _dl_timeline_view_install_menu_actions (GtkWidgetClass *widget_class);
void              _dl_timeline_view_add_menu           (DlTimelineView *self);
void              _dl_timeline_view_popup_menu         (DlTimelineView *self,
                                                        double          x,
                                                        double          y,
                                                        DlEvent        *event);

/* dl-timeline-view-describe.c */
char             *_dl_timeline_view_describe_event     (DlEvent        *event);
char             *_dl_timeline_view_format_citation    (DlEvent        *event);
const char       *_dl_timeline_view_first_quote        (DlEvent        *event);
void              _dl_timeline_view_update_accessible  (DlTimelineView *self);
gboolean          _dl_timeline_view_query_tooltip      (GtkWidget      *widget,
                                                        int             x,
                                                        int             y,
                                                        gboolean        keyboard_tooltip,
                                                        GtkTooltip     *tooltip);

/* dl-timeline-view-animate.c */
void              _dl_timeline_view_animate_to         (DlTimelineView *self,
                                                        double          start,
                                                        double          end);
void              _dl_timeline_view_stop_animation     (DlTimelineView *self);
void              _dl_timeline_view_get_target         (DlTimelineView *self,
                                                        double         *start,
                                                        double         *end);
void              _dl_timeline_view_zoom_by            (DlTimelineView *self,
                                                        double          factor,
                                                        double          anchor);

G_END_DECLS
