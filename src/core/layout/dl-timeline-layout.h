/* dl-timeline-layout.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry of the timeline: where each event, label and tick goes
 * for a list of events, a viewport and a size. No drawing here.
 */
#pragma once

#include <gio/gio.h>
#include <cairo.h>
#include <pango/pango.h>

#include "dl-date-span.h"
#include "dl-time-scale.h"
#include "dl-timeline-index.h"
#include "dl-types.h"

G_BEGIN_DECLS

/**
 * DlTimelineItem:
 * @event: the event, kept alive by the layout's index
 * @x: where it starts (an instant's position)
 * @x_end: where it ends; equal to @x for an instant
 * @y: the middle of its row
 * @row: its row in its lane, 0 at the top
 * @lane: its lane; an event with several actors has an item in each
 * @instant: drawn as a mark rather than a bar: its date is a day or
 *   less, and narrower than a few pixels
 * @certainty: how sure its date is
 * @mark: the box of the mark or the bar
 * @label: the box of the label, empty when @label_visible is %FALSE
 * @label_visible: whether the label is drawn
 * @label_ellipsized: whether the label is shorter than the title
 *
 * One event as the timeline draws it.
 */
typedef struct
{
  DlEvent *event;
  double x;
  double x_end;
  double y;
  guint row;
  guint lane;
  gboolean instant;
  DlCertainty certainty;
  cairo_rectangle_t mark;
  cairo_rectangle_t label;
  gboolean label_visible;
  gboolean label_ellipsized;
} DlTimelineItem;

/**
 * DlTimelineCluster:
 * @start: the stretch of time it gathers, aligned to its zoom level
 * @end: the end of that stretch
 * @x: left of the stretch
 * @x_end: right of the stretch
 * @y: the middle of its row
 * @row: its row in its lane
 * @lane: its lane
 * @count: how many events of the lane start in the stretch
 * @mark: the box of the mark, with the count inside
 *
 * Too many events for the room: one mark that counts them. Stretches
 * halve at each zoom level, so a cluster splits as the view zooms in.
 */
typedef struct
{
  gint64 start;
  gint64 end;
  double x;
  double x_end;
  double y;
  guint row;
  guint lane;
  guint count;
  cairo_rectangle_t mark;
} DlTimelineCluster;

/**
 * DlTimelineLane:
 * @name: (nullable): its title, %NULL when the events are in one lane
 * @kind: the #DlActorKind of its actor or kind, or -1
 * @y: top of the lane's band
 * @height: height of the band
 * @rows_y: top of its first row
 * @n_rows: rows of events it has room for
 * @labels: whether rows are tall enough for labels
 */
typedef struct
{
  const char *name;
  int kind;
  double y;
  double height;
  double rows_y;
  guint n_rows;
  gboolean labels;
} DlTimelineLane;

/**
 * DlTimelineTray:
 * @x: left of the tray of undated events, the width when there is none
 * @width: its width, 0 when every event has a date
 * @n_hidden: undated events that did not fit
 */
typedef struct
{
  double x;
  double width;
  guint n_hidden;
} DlTimelineTray;

/**
 * DlTimelineHeader:
 * @height: the height of the axis band at the top
 * @major_y: top of the labels of the enclosing unit (months over days)
 * @minor_y: top of the tick labels
 */
typedef struct
{
  double height;
  double major_y;
  double minor_y;
} DlTimelineHeader;

typedef enum
{
  DL_TIMELINE_FONT_LABEL,
  DL_TIMELINE_FONT_TICK,
  DL_TIMELINE_FONT_MAJOR_TICK,
} DlTimelineFont;

DlTimelineLayout     *dl_timeline_layout_new            (GListModel        *events,
                                                         DlViewport        *viewport,
                                                         double             width,
                                                         double             height,
                                                         PangoContext      *context);
DlTimelineLayout     *dl_timeline_layout_new_for_index  (DlTimelineIndex   *index,
                                                         DlViewport        *viewport,
                                                         double             width,
                                                         double             height,
                                                         PangoContext      *context);
void                  dl_timeline_layout_free           (DlTimelineLayout  *self);
DlEvent              *dl_timeline_layout_hit_test       (DlTimelineLayout  *self,
                                                         double             x,
                                                         double             y,
                                                         cairo_rectangle_t *area);
const DlTimelineItem *dl_timeline_layout_hit_test_item  (DlTimelineLayout  *self,
                                                         double             x,
                                                         double             y);
double                dl_timeline_layout_get_width      (DlTimelineLayout  *self);
double                dl_timeline_layout_get_height     (DlTimelineLayout  *self);
guint                 dl_timeline_layout_get_n_items    (DlTimelineLayout  *self);
const DlTimelineItem *dl_timeline_layout_get_item       (DlTimelineLayout  *self,
                                                         guint              position);
const DlTimelineItem *dl_timeline_layout_find_item      (DlTimelineLayout  *self,
                                                         DlEvent           *event);
const DlTimelineItem *dl_timeline_layout_find_item_in_lane (DlTimelineLayout *self,
                                                            DlEvent          *event,
                                                            guint             lane);
guint                 dl_timeline_layout_get_n_clusters (DlTimelineLayout  *self);
const DlTimelineCluster *dl_timeline_layout_get_cluster (DlTimelineLayout  *self,
                                                         guint              position);
const DlTimelineCluster *dl_timeline_layout_cluster_at  (DlTimelineLayout  *self,
                                                         double             x,
                                                         double             y);
guint                 dl_timeline_layout_get_n_lanes    (DlTimelineLayout  *self);
const DlTimelineLane *dl_timeline_layout_get_lane       (DlTimelineLayout  *self,
                                                         guint              lane);
guint                 dl_timeline_layout_get_n_undated  (DlTimelineLayout  *self);
const DlTimelineItem *dl_timeline_layout_get_undated    (DlTimelineLayout  *self,
                                                         guint              position);
const DlTimelineTray *dl_timeline_layout_get_tray       (DlTimelineLayout  *self);
double                dl_timeline_layout_get_time_width (DlTimelineLayout  *self);
double                dl_timeline_layout_get_today_x    (DlTimelineLayout  *self);
gsize                 dl_timeline_layout_get_size       (DlTimelineLayout  *self);
guint                 dl_timeline_layout_get_n_rows     (DlTimelineLayout  *self);
double                dl_timeline_layout_get_row_height (DlTimelineLayout  *self);
const DlTimelineHeader *dl_timeline_layout_get_header   (DlTimelineLayout  *self);
DlTimeScale          *dl_timeline_layout_get_scale      (DlTimelineLayout  *self);
const PangoFontDescription *dl_timeline_layout_get_font (DlTimelineLayout  *self,
                                                         DlTimelineFont     font);

double                dl_timeline_event_time            (DlEvent           *event);
gboolean              dl_timeline_events_get_range      (GListModel        *events,
                                                         gint64            *start,
                                                         gint64            *end);
double                dl_timeline_tray_width            (double             width,
                                                         gboolean           has_undated);
void                  dl_timeline_fit_viewport          (DlViewport        *viewport,
                                                         GListModel        *events,
                                                         double             width);
void                  dl_timeline_fit_viewport_to_span  (DlViewport        *viewport,
                                                         gint64             start,
                                                         gint64             end,
                                                         double             time_width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlTimelineLayout, dl_timeline_layout_free)

G_END_DECLS
