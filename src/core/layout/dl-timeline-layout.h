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
#include "dl-types.h"

G_BEGIN_DECLS

/**
 * DlTimelineItem:
 * @event: the event, kept alive by the layout
 * @x: where it starts (an instant's position)
 * @x_end: where it ends; equal to @x for an instant
 * @y: the middle of its row
 * @row: its row, 0 at the top
 * @instant: drawn as a mark rather than a bar
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
  gboolean instant;
  DlCertainty certainty;
  cairo_rectangle_t mark;
  cairo_rectangle_t label;
  gboolean label_visible;
  gboolean label_ellipsized;
} DlTimelineItem;

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
DlTimelineLayout     *dl_timeline_layout_new_cached     (GListModel        *events,
                                                         DlViewport        *viewport,
                                                         double             width,
                                                         double             height,
                                                         PangoContext      *context,
                                                         GHashTable        *label_widths);
void                  dl_timeline_layout_free           (DlTimelineLayout  *self);
DlEvent              *dl_timeline_layout_hit_test       (DlTimelineLayout  *self,
                                                         double             x,
                                                         double             y,
                                                         cairo_rectangle_t *area);
double                dl_timeline_layout_get_width      (DlTimelineLayout  *self);
double                dl_timeline_layout_get_height     (DlTimelineLayout  *self);
guint                 dl_timeline_layout_get_n_items    (DlTimelineLayout  *self);
const DlTimelineItem *dl_timeline_layout_get_item       (DlTimelineLayout  *self,
                                                         guint              position);
const DlTimelineItem *dl_timeline_layout_find_item      (DlTimelineLayout  *self,
                                                         DlEvent           *event);
guint                 dl_timeline_layout_get_n_rows     (DlTimelineLayout  *self);
double                dl_timeline_layout_get_row_height (DlTimelineLayout  *self);
const DlTimelineHeader *dl_timeline_layout_get_header   (DlTimelineLayout  *self);
DlTimeScale          *dl_timeline_layout_get_scale      (DlTimelineLayout  *self);
const PangoFontDescription *dl_timeline_layout_get_font (DlTimelineLayout  *self,
                                                         DlTimelineFont     font);

gboolean              dl_timeline_events_get_range      (GListModel        *events,
                                                         gint64            *start,
                                                         gint64            *end);
void                  dl_timeline_fit_viewport          (DlViewport        *viewport,
                                                         GListModel        *events,
                                                         double             width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlTimelineLayout, dl_timeline_layout_free)

G_END_DECLS
