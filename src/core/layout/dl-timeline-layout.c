/* dl-timeline-layout.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry of the timeline: fonts and metrics, the axis, the bands
 * of the lanes, the tray of undated events and the queries on the
 * result. What each lane shows of the viewport, and how it is packed
 * into rows, is in dl-timeline-layout-pack.c.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "dl-event.h"
#include "dl-timeline-layout-private.h"
#include "dl-viewport.h"

#define SECONDS_PER_DAY 86400
/* Lanes narrower than this draw marks without labels */
#define COMPACT_ROW_HEIGHT 18.0

static double
text_height (PangoContext               *context,
             const PangoFontDescription *font)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  int height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_size (layout, NULL, &height);
  return ceil (height / (double) PANGO_SCALE);
}

static void
setup_fonts (DlTimelineLayout *self,
             PangoContext     *context)
{
  const PangoFontDescription *base = pango_context_get_font_description (context);
  PangoFontDescription *label;
  double resolution = pango_cairo_context_get_resolution (context);
  int size;

  label = base != NULL ? pango_font_description_copy (base) : pango_font_description_new ();
  size = pango_font_description_get_size (label);
  if (size <= 0)
    size = 10 * PANGO_SCALE;

  /* Sizes in pixels, so that the renderer draws the text as large as it
   * was measured whatever the resolution of its own context */
  if (!pango_font_description_get_size_is_absolute (label))
    size = (int) (size * (resolution > 0 ? resolution : 96.0) / 72.0);
  pango_font_description_set_absolute_size (label, size);
  self->fonts[DL_TIMELINE_FONT_LABEL] = label;

  /* The axis is quieter than the events: a little smaller, and bold
   * only for the enclosing unit */
  self->fonts[DL_TIMELINE_FONT_TICK] = pango_font_description_copy (label);
  pango_font_description_set_absolute_size (self->fonts[DL_TIMELINE_FONT_TICK], size * 0.9);
  self->fonts[DL_TIMELINE_FONT_MAJOR_TICK] = pango_font_description_copy (self->fonts[DL_TIMELINE_FONT_TICK]);
  pango_font_description_set_weight (self->fonts[DL_TIMELINE_FONT_MAJOR_TICK], PANGO_WEIGHT_BOLD);
}

static void
setup_metrics (DlTimelineLayout *self,
               PangoContext     *context)
{
  double tick_height = text_height (context, self->fonts[DL_TIMELINE_FONT_TICK]);

  self->line_height = text_height (context, self->fonts[DL_TIMELINE_FONT_LABEL]);
  self->row_height = self->line_height + 14;
  self->lane_row_height = self->row_height;

  self->header.major_y = 8;
  self->header.minor_y = self->header.major_y + tick_height + 3;
  self->header.height = self->header.minor_y + tick_height + 8;
  self->area_top = self->header.height + 12;
}

/* Bands from top to bottom, each lane a title strip and its rows; with
 * many lanes the rows shrink to marks without labels. */
static void
setup_lanes (DlTimelineLayout *self,
             PangoContext     *context)
{
  guint n = dl_timeline_index_get_n_lanes (self->index);
  gboolean titled = dl_timeline_index_get_lanes (self->index) != DL_TIMELINE_LANES_NONE;
  double title = titled ? text_height (context, self->fonts[DL_TIMELINE_FONT_TICK]) + 6 : 0;
  double band = MAX (self->height - self->area_top - 6, 0) / MAX (n, 1);
  double room = band - title;
  guint rows = MAX (1, (int) (room / self->row_height));
  double y = titled ? self->header.height + 4 : self->area_top;

  /* Too many lanes for a title strip above each row of marks: the title
   * goes over the start of the row, as it does while panning, so that
   * every lane stays on screen */
  if (room < COMPACT_ROW_HEIGHT)
    {
      title = 0;
      room = band;
    }
  if (room < self->row_height)
    self->lane_row_height = MAX (COMPACT_ROW_HEIGHT, room);
  for (guint l = 0; l < n; l++)
    {
      DlTimelineLane lane = {
        dl_timeline_index_get_lane_name (self->index, l),
        dl_timeline_index_get_lane_kind (self->index, l),
        y, title + rows * self->lane_row_height, y + title, rows,
        self->lane_row_height >= self->line_height + 6
      };

      g_array_append_val (self->lanes, lane);
      y += lane.height;
      self->n_rows += rows;
    }
}

/* Undated events, one a row down the tray; the last row counts what
 * did not fit */
static void
setup_tray (DlTimelineLayout *self)
{
  guint n = dl_timeline_index_get_n_undated (self->index);
  guint fit = MAX (0, (int) ((self->height - self->area_top - 6) / self->row_height));
  guint shown = n <= fit ? n : fit > 0 ? fit - 1 : 0;

  self->tray.width = dl_timeline_tray_width (self->width, n > 0);
  self->tray.x = self->width - self->tray.width;
  self->time_width = MAX (self->tray.x, 1);
  if (self->tray.width == 0)
    return;

  self->tray.n_hidden = n - shown;
  for (guint i = 0; i < shown; i++)
    {
      DlTimelineItem item = { 0 };
      double half = DL_TIMELINE_MARK_HALF * 0.8;

      item.event = dl_timeline_index_get_undated (self->index, i);
      item.lane = G_MAXUINT;
      item.row = i;
      item.instant = TRUE;
      item.certainty = DL_CERTAINTY_UNKNOWN;
      item.x = item.x_end = self->tray.x + 14 + half;
      item.y = self->area_top + (i + 0.5) * self->row_height;
      item.mark = (cairo_rectangle_t) { item.x - half, item.y - half, 2 * half, 2 * half };
      item.label.x = item.x + half + 8;
      item.label.y = item.y - self->line_height / 2;
      item.label.height = self->line_height;
      item.label.width = MIN (dl_timeline_index_label_width (self->index, i + dl_timeline_index_get_n_dated (self->index),
                                                             self->measure),
                              self->width - 8 - item.label.x);
      item.label_visible = item.label.width > 2 * self->line_height;
      item.label_ellipsized = item.label.width < dl_timeline_index_label_width (
        self->index, i + dl_timeline_index_get_n_dated (self->index), self->measure);
      if (!item.label_visible)
        item.label.width = item.label.height = 0;
      g_array_append_val (self->undated, item);
    }
}

static void
setup_today (DlTimelineLayout *self)
{
  double now = g_get_real_time () / (double) G_USEC_PER_SEC;

  self->today_x = NAN;
  if (now >= self->start && now <= self->end)
    self->today_x = (now - self->start) * self->px_per_second;
}

/**
 * dl_timeline_layout_new_for_index:
 * @index: the events, sorted into lanes
 * @viewport: the visible time
 * @context: the context the labels are measured and drawn with; its font
 *   is the labels' font
 *
 * Lays out what @viewport shows of @index. Only the events in view and
 * a little before are looked at; the index keeps the label widths it
 * measures for the next layout.
 *
 * Returns: (transfer full): the geometry of the timeline
 */
DlTimelineLayout *
dl_timeline_layout_new_for_index (DlTimelineIndex *index,
                                  DlViewport      *viewport,
                                  double           width,
                                  double           height,
                                  PangoContext    *context)
{
  DlTimelineLayout *self;

  g_return_val_if_fail (index != NULL, NULL);
  g_return_val_if_fail (DL_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (DlTimelineLayout, 1);
  self->index = dl_timeline_index_ref (index);
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->start = dl_viewport_get_start (viewport);
  self->end = dl_viewport_get_end (viewport);
  self->items = g_array_new (FALSE, TRUE, sizeof (DlTimelineItem));
  self->clusters = g_array_new (FALSE, TRUE, sizeof (DlTimelineCluster));
  self->lanes = g_array_new (FALSE, TRUE, sizeof (DlTimelineLane));
  self->undated = g_array_new (FALSE, TRUE, sizeof (DlTimelineItem));

  setup_fonts (self, context);
  setup_metrics (self, context);
  self->measure = pango_layout_new (context);
  pango_layout_set_font_description (self->measure, self->fonts[DL_TIMELINE_FONT_LABEL]);
  setup_tray (self);
  self->px_per_second = self->time_width / (self->end - self->start);
  setup_today (self);
  self->scale = dl_time_scale_new (self->start, self->end, self->time_width, context,
                                   self->fonts[DL_TIMELINE_FONT_TICK],
                                   self->fonts[DL_TIMELINE_FONT_MAJOR_TICK]);
  setup_lanes (self, context);
  _dl_timeline_layout_pack_lanes (self);
  g_clear_object (&self->measure);
  return self;
}

/**
 * dl_timeline_layout_new:
 * @events: (nullable): a #GListModel of #DlEvent
 *
 * Like dl_timeline_layout_new_for_index() with every event in one lane
 * and an index of its own.
 *
 * Returns: (transfer full): the geometry of the timeline
 */
DlTimelineLayout *
dl_timeline_layout_new (GListModel   *events,
                        DlViewport   *viewport,
                        double        width,
                        double        height,
                        PangoContext *context)
{
  g_autoptr(DlTimelineIndex) index = NULL;

  g_return_val_if_fail (events == NULL || G_IS_LIST_MODEL (events), NULL);

  index = dl_timeline_index_new (events, DL_TIMELINE_LANES_NONE);
  return dl_timeline_layout_new_for_index (index, viewport, width, height, context);
}

void
dl_timeline_layout_free (DlTimelineLayout *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->fonts); i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->scale, dl_time_scale_free);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->clusters, g_array_unref);
  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->undated, g_array_unref);
  g_clear_pointer (&self->index, dl_timeline_index_unref);
  g_free (self);
}

static gboolean
rect_contains (const cairo_rectangle_t *rect,
               double                   x,
               double                   y,
               double                   slack)
{
  return rect->width > 0 &&
         x >= rect->x - slack && x < rect->x + rect->width + slack &&
         y >= rect->y - slack && y < rect->y + rect->height + slack;
}

static cairo_rectangle_t
item_area (const DlTimelineItem *item)
{
  double left = item->mark.x;
  double right = _dl_timeline_item_right (item);
  double top = MIN (item->mark.y, item->label_visible ? item->label.y : item->mark.y);
  double bottom = MAX (item->mark.y + item->mark.height,
                       item->label_visible ? item->label.y + item->label.height : 0);

  return (cairo_rectangle_t) { left, top, right - left, bottom - top };
}

/**
 * dl_timeline_layout_hit_test:
 * @area: (out) (optional): the box of the event's mark and label
 *
 * Returns: (transfer none) (nullable): the event whose mark or label is
 *   at @x, @y, the topmost one where they overlap
 */
DlEvent *
dl_timeline_layout_hit_test (DlTimelineLayout  *self,
                             double             x,
                             double             y,
                             cairo_rectangle_t *area)
{
  const DlTimelineItem *item;

  g_return_val_if_fail (self != NULL, NULL);

  item = dl_timeline_layout_hit_test_item (self, x, y);
  if (item == NULL)
    return NULL;
  if (area != NULL)
    *area = item_area (item);
  return item->event;
}

/**
 * dl_timeline_layout_hit_test_item:
 *
 * Like dl_timeline_layout_hit_test(), for callers that need the lane:
 * an event with several actors has an item in each of their lanes.
 *
 * Returns: (transfer none) (nullable): the item at @x, @y
 */
const DlTimelineItem *
dl_timeline_layout_hit_test_item (DlTimelineLayout *self,
                                  double            x,
                                  double            y)
{
  GArray *items;

  g_return_val_if_fail (self != NULL, NULL);

  items = x >= self->tray.x ? self->undated : self->items;
  for (guint i = items->len; i > 0; i--)
    {
      const DlTimelineItem *item = &g_array_index (items, DlTimelineItem, i - 1);

      /* Marks are small; forgive a few pixels around them */
      if (rect_contains (&item->mark, x, y, 3) || rect_contains (&item->label, x, y, 0))
        return item;
    }
  return NULL;
}

/**
 * dl_timeline_layout_cluster_at:
 *
 * Returns: (transfer none) (nullable): the cluster mark at @x, @y
 */
const DlTimelineCluster *
dl_timeline_layout_cluster_at (DlTimelineLayout *self,
                               double            x,
                               double            y)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->clusters->len; i++)
    {
      const DlTimelineCluster *cluster = &g_array_index (self->clusters, DlTimelineCluster, i);

      if (x < self->time_width && rect_contains (&cluster->mark, x, y, 1))
        return cluster;
    }
  return NULL;
}

double
dl_timeline_layout_get_width (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->width;
}

double
dl_timeline_layout_get_height (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->height;
}

/**
 * dl_timeline_layout_get_n_items:
 *
 * Returns: how many events are at least partly in view
 */
guint
dl_timeline_layout_get_n_items (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

/**
 * dl_timeline_layout_get_item:
 *
 * Returns: (transfer none): the item at @position; items are in time order
 */
const DlTimelineItem *
dl_timeline_layout_get_item (DlTimelineLayout *self,
                             guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->items->len, NULL);
  return &g_array_index (self->items, DlTimelineItem, position);
}

/**
 * dl_timeline_layout_find_item:
 *
 * Returns: (transfer none) (nullable): the item of @event, or %NULL when
 *   it is not in view or has no date
 */
const DlTimelineItem *
dl_timeline_layout_find_item (DlTimelineLayout *self,
                              DlEvent          *event)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, DlTimelineItem, i).event == event)
      return &g_array_index (self->items, DlTimelineItem, i);
  for (guint i = 0; i < self->undated->len; i++)
    if (g_array_index (self->undated, DlTimelineItem, i).event == event)
      return &g_array_index (self->undated, DlTimelineItem, i);
  return NULL;
}

/**
 * dl_timeline_layout_find_item_in_lane:
 * @lane: a lane, or %G_MAXUINT for any
 *
 * Returns: (transfer none) (nullable): the item of @event in @lane, or
 *   its first item when it is not in view in that lane
 */
const DlTimelineItem *
dl_timeline_layout_find_item_in_lane (DlTimelineLayout *self,
                                      DlEvent          *event,
                                      guint             lane)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; lane != G_MAXUINT && i < self->items->len; i++)
    {
      const DlTimelineItem *item = &g_array_index (self->items, DlTimelineItem, i);

      if (item->event == event && item->lane == lane)
        return item;
    }
  return dl_timeline_layout_find_item (self, event);
}

guint
dl_timeline_layout_get_n_clusters (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->clusters->len;
}

/**
 * dl_timeline_layout_get_cluster:
 *
 * Returns: (transfer none): a cluster mark; they are in lane order, then
 *   time order
 */
const DlTimelineCluster *
dl_timeline_layout_get_cluster (DlTimelineLayout *self,
                                guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->clusters->len, NULL);
  return &g_array_index (self->clusters, DlTimelineCluster, position);
}

guint
dl_timeline_layout_get_n_lanes (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->lanes->len;
}

/**
 * dl_timeline_layout_get_lane:
 *
 * Returns: (transfer none): the band of @lane
 */
const DlTimelineLane *
dl_timeline_layout_get_lane (DlTimelineLayout *self,
                             guint             lane)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  return &g_array_index (self->lanes, DlTimelineLane, lane);
}

/**
 * dl_timeline_layout_get_n_undated:
 *
 * Returns: how many undated events the tray shows
 */
guint
dl_timeline_layout_get_n_undated (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->undated->len;
}

/**
 * dl_timeline_layout_get_undated:
 *
 * Returns: (transfer none): an undated event in the tray, top first
 */
const DlTimelineItem *
dl_timeline_layout_get_undated (DlTimelineLayout *self,
                                guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->undated->len, NULL);
  return &g_array_index (self->undated, DlTimelineItem, position);
}

const DlTimelineTray *
dl_timeline_layout_get_tray (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->tray;
}

/**
 * dl_timeline_layout_get_time_width:
 *
 * Returns: the width of the time axis, from 0; the tray is to its right
 */
double
dl_timeline_layout_get_time_width (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->time_width;
}

/**
 * dl_timeline_layout_get_today_x:
 *
 * Returns: where now is, or NAN when it is out of view
 */
double
dl_timeline_layout_get_today_x (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  return self->today_x;
}

/**
 * dl_timeline_layout_get_size:
 *
 * Returns: the bytes of geometry the layout holds, for the benchmark
 */
gsize
dl_timeline_layout_get_size (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return sizeof *self +
         (self->items->len + self->undated->len) * sizeof (DlTimelineItem) +
         self->clusters->len * sizeof (DlTimelineCluster) +
         self->lanes->len * sizeof (DlTimelineLane);
}

/**
 * dl_timeline_layout_get_n_rows:
 *
 * Returns: how many rows the lanes have room for, all together
 */
guint
dl_timeline_layout_get_n_rows (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_rows;
}

double
dl_timeline_layout_get_row_height (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->lane_row_height;
}

const DlTimelineHeader *
dl_timeline_layout_get_header (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->header;
}

/**
 * dl_timeline_layout_get_scale:
 *
 * Returns: (transfer none): the ticks of the axis
 */
DlTimeScale *
dl_timeline_layout_get_scale (DlTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->scale;
}

/**
 * dl_timeline_layout_get_font:
 *
 * Returns: (transfer none): the font the layout measured that text with,
 *   which the renderer must draw it with
 */
const PangoFontDescription *
dl_timeline_layout_get_font (DlTimelineLayout *self,
                             DlTimelineFont    font)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (font <= DL_TIMELINE_FONT_MAJOR_TICK, NULL);
  return self->fonts[font];
}

static gboolean
scan_events (GListModel *events,
             gint64     *start,
             gint64     *end,
             gboolean   *undated)
{
  gboolean found = FALSE;
  guint n = g_list_model_get_n_items (events);

  *undated = FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      DlDateSpan *when = dl_event_get_when (event);

      if (when == NULL)
        {
          *undated = TRUE;
          continue;
        }
      *start = found ? MIN (*start, dl_date_span_get_start (when)) : dl_date_span_get_start (when);
      *end = found ? MAX (*end, dl_date_span_get_end (when)) : dl_date_span_get_end (when);
      found = TRUE;
    }
  return found;
}

/**
 * dl_timeline_event_time:
 *
 * Returns: the time the timeline places @event at: the middle of an
 *   instant, the start of anything longer, or NAN without a date
 */
double
dl_timeline_event_time (DlEvent *event)
{
  DlDateSpan *when;

  g_return_val_if_fail (DL_IS_EVENT (event), NAN);

  when = dl_event_get_when (event);
  if (when == NULL)
    return NAN;
  return dl_date_span_is_instant (when) ? dl_date_span_get_middle (when) : dl_date_span_get_start (when);
}

/**
 * dl_timeline_events_get_range:
 * @start: (out): the earliest start of a dated event
 * @end: (out): the latest end
 *
 * Returns: %TRUE if at least one event has a date
 */
gboolean
dl_timeline_events_get_range (GListModel *events,
                              gint64     *start,
                              gint64     *end)
{
  gboolean undated;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  return scan_events (events, start, end, &undated);
}

/**
 * dl_timeline_tray_width:
 * @width: the width of the whole timeline
 * @has_undated: whether some events have no date
 *
 * Returns: the width of the tray of undated events at the right; none
 *   when the timeline is too narrow to spare it
 */
double
dl_timeline_tray_width (double   width,
                        gboolean has_undated)
{
  if (!has_undated || width < 480)
    return 0;
  return floor (CLAMP (width * 0.2, 150, 260));
}

/**
 * dl_timeline_fit_viewport:
 * @width: the width the timeline is drawn at
 *
 * Shows every dated event of @events, leaving room on the right for the
 * labels of the last ones, and for the tray of undated events. Does
 * nothing when none has a date.
 */
void
dl_timeline_fit_viewport (DlViewport *viewport,
                          GListModel *events,
                          double      width)
{
  gint64 start, end;
  gboolean undated;

  g_return_if_fail (DL_IS_VIEWPORT (viewport));
  g_return_if_fail (G_IS_LIST_MODEL (events));

  if (!scan_events (events, &start, &end, &undated))
    return;
  width -= dl_timeline_tray_width (width, undated);
  dl_timeline_fit_viewport_to_span (viewport, start, end, width);
}

/**
 * dl_timeline_fit_viewport_to_span:
 * @time_width: the width of the time axis, without the tray
 *
 * Shows [@start, @end] with the margins dl_timeline_fit_viewport()
 * leaves: a little on the left, room for labels on the right.
 */
void
dl_timeline_fit_viewport_to_span (DlViewport *viewport,
                                  gint64      start,
                                  gint64      end,
                                  double      time_width)
{
  g_return_if_fail (DL_IS_VIEWPORT (viewport));

  dl_viewport_fit_with_margins (viewport, start, end, time_width,
                                32, CLAMP (time_width * 0.35, 32, 320));
}
