/* dl-timeline-view-select.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Moving the selection of DlTimelineView with the keys, and bringing it
 * into view. Left and Right step through time: through every event in
 * one lane, or through the events of the selected lane when the view
 * has lanes. Up and Down go to the event nearest in time in the lane
 * above or below, or, in one lane, in the row above or below.
 */
#include "config.h"

#include <math.h>

#include "dl-event.h"
#include "dl-timeline-index.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-view-private.h"
#include "dl-viewport.h"

/* Pans as little as possible to bring @event into view, leaving room on
 * the right for its label. */
static void
scroll_to_event (DlTimelineView *self,
                 DlEvent        *event)
{
  double width = _dl_timeline_view_time_width (self);
  double time = dl_timeline_event_time (event);
  double start, end, per_pixel, x, left, right;

  if (width <= 0 || isnan (time))
    return;
  _dl_timeline_view_get_target (self, &start, &end);
  per_pixel = (end - start) / width;
  x = (time - start) / per_pixel;
  left = MIN (48, width * 0.1);
  right = width - MIN (240, width * 0.3);
  if (x < left)
    _dl_timeline_view_animate_to (self, start + (x - left) * per_pixel, end + (x - left) * per_pixel);
  else if (x > right)
    _dl_timeline_view_animate_to (self, start + (x - right) * per_pixel, end + (x - right) * per_pixel);
}

void
_dl_timeline_view_select_and_show (DlTimelineView *self,
                                   DlEvent        *event)
{
  dl_timeline_view_set_selected (self, event);
  if (event != NULL)
    scroll_to_event (self, event);
}

static void
select_in_lane_and_show (DlTimelineView *self,
                         DlEvent        *event,
                         guint           lane)
{
  _dl_timeline_view_select_in_lane (self, event, lane);
  scroll_to_event (self, event);
}

/* The event at or after the left edge, for the first arrow press */
static int
first_visible_index (DlTimelineView *self)
{
  double start = dl_viewport_get_start (self->viewport);

  for (guint i = 0; i < self->sorted->len; i++)
    if (dl_timeline_event_time (g_ptr_array_index (self->sorted, i)) >= start)
      return i;
  return self->sorted->len - 1;
}

/* The position of @event among the entries of @lane, or -1 */
static int
lane_position (DlTimelineIndex *index,
               guint            lane,
               DlEvent         *event)
{
  guint n;
  const DlTimelineEntry *entries = dl_timeline_index_get_entries (index, lane, &n);

  for (guint i = 0; i < n; i++)
    if (dl_timeline_index_get_event (index, entries[i].event) == event)
      return i;
  return -1;
}

/* Lanes are in use and the selection is in one of them */
static gboolean
moves_in_lane (DlTimelineView  *self,
               DlTimelineIndex *index)
{
  return index != NULL && self->lanes != DL_TIMELINE_LANES_NONE &&
         self->selected_lane < dl_timeline_index_get_n_lanes (index) &&
         lane_position (index, self->selected_lane, self->selected) >= 0;
}

static void
select_relative_in_lane (DlTimelineView  *self,
                         DlTimelineIndex *index,
                         int              delta)
{
  guint lane = self->selected_lane;
  guint n;
  const DlTimelineEntry *entries = dl_timeline_index_get_entries (index, lane, &n);
  int position = lane_position (index, lane, self->selected);

  position = CLAMP (position + delta, 0, (int) n - 1);
  select_in_lane_and_show (self, dl_timeline_index_get_event (index, entries[position].event), lane);
}

void
_dl_timeline_view_select_relative (DlTimelineView *self,
                                   int             delta)
{
  DlTimelineIndex *index = _dl_timeline_view_ensure_index (self);
  int position = -1;

  if (self->sorted->len == 0)
    return;
  if (moves_in_lane (self, index))
    {
      select_relative_in_lane (self, index, delta);
      return;
    }
  if (self->selected != NULL && !g_ptr_array_find (self->sorted, self->selected, (guint *) &position))
    position = -1;
  if (position < 0)
    position = first_visible_index (self);
  else
    position = CLAMP (position + delta, 0, (int) self->sorted->len - 1);
  _dl_timeline_view_select_and_show (self, g_ptr_array_index (self->sorted, position));
}

/* The first lane of the index that has @event */
static guint
lane_of (DlTimelineIndex *index,
         DlEvent         *event)
{
  guint n_lanes = dl_timeline_index_get_n_lanes (index);

  for (guint lane = 0; lane < n_lanes; lane++)
    if (lane_position (index, lane, event) >= 0)
      return lane;
  return G_MAXUINT;
}

/* The entry of @lane whose start is nearest @time, or -1 when the lane
 * is empty */
static int
nearest_entry (DlTimelineIndex *index,
               guint            lane,
               double           time)
{
  guint n;
  const DlTimelineEntry *entries = dl_timeline_index_get_entries (index, lane, &n);
  guint after = dl_timeline_index_lower_bound (index, lane, (gint64) floor (time));

  if (n == 0)
    return -1;
  if (after >= n)
    return n - 1;
  if (after > 0 && time - entries[after - 1].start < entries[after].start - time)
    return after - 1;
  return after;
}

static void
select_other_lane (DlTimelineView  *self,
                   DlTimelineIndex *index,
                   int              delta)
{
  double time = dl_timeline_event_time (self->selected);
  guint lane = self->selected_lane;
  int n_lanes = dl_timeline_index_get_n_lanes (index);
  guint n;
  const DlTimelineEntry *entries;

  if (lane >= (guint) n_lanes || lane_position (index, lane, self->selected) < 0)
    lane = lane_of (index, self->selected);
  if (lane == G_MAXUINT || isnan (time))
    return;
  /* Empty lanes are skipped; at the first or last lane nothing moves */
  for (int other = (int) lane + delta; other >= 0 && other < n_lanes; other += delta)
    {
      int position = nearest_entry (index, other, time);

      if (position < 0)
        continue;
      entries = dl_timeline_index_get_entries (index, other, &n);
      select_in_lane_and_show (self, dl_timeline_index_get_event (index, entries[position].event), other);
      return;
    }
}

/* How far @item is from @x: none when its bar runs over @x */
static double
distance_to (const DlTimelineItem *item,
             double                x)
{
  if (x < item->x)
    return item->x - x;
  return x > item->x_end ? x - item->x_end : 0;
}

/* In one lane, the visible item in the nearest row above or below,
 * nearest in x */
static void
select_other_row (DlTimelineView *self,
                  int             delta)
{
  DlTimelineLayout *layout = _dl_timeline_view_ensure_layout (self);
  const DlTimelineItem *current, *best = NULL;
  guint n;

  if (layout == NULL ||
      (current = dl_timeline_layout_find_item_in_lane (layout, self->selected, self->selected_lane)) == NULL ||
      current->lane == G_MAXUINT)
    return;
  n = dl_timeline_layout_get_n_items (layout);
  for (guint i = 0; i < n; i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);
      int rows = ((int) item->row - (int) current->row) * delta;

      if (item->lane != current->lane || rows <= 0)
        continue;
      if (best == NULL || rows < ((int) best->row - (int) current->row) * delta ||
          (best->row == item->row && distance_to (item, current->x) < distance_to (best, current->x)))
        best = item;
    }
  if (best != NULL)
    select_in_lane_and_show (self, best->event, best->lane);
}

/* Up (@delta -1) and Down (+1) */
void
_dl_timeline_view_select_lane (DlTimelineView *self,
                               int             delta)
{
  DlTimelineIndex *index = _dl_timeline_view_ensure_index (self);

  if (self->selected == NULL)
    {
      _dl_timeline_view_select_relative (self, 0);
      return;
    }
  if (index != NULL && dl_timeline_index_get_n_lanes (index) > 1)
    select_other_lane (self, index, delta);
  else
    select_other_row (self, delta);
}

/* A double click: the event fills a third of the view, or, when it is
 * short, a week around it; the view never zooms out for it, it only
 * centres it */
void
_dl_timeline_view_zoom_to_event (DlTimelineView *self,
                                 DlEvent        *event)
{
  DlDateSpan *when = dl_event_get_when (event);
  double start, end, middle, span;

  if (when == NULL)
    return;
  _dl_timeline_view_get_target (self, &start, &end);
  span = MAX (3.0 * (dl_date_span_get_end (when) - dl_date_span_get_start (when)), 7 * 86400.0);
  span = MIN (span, end - start);
  middle = (dl_date_span_get_start (when) + dl_date_span_get_end (when)) / 2.0;
  _dl_timeline_view_animate_to (self, middle - span / 2, middle + span / 2);
}
