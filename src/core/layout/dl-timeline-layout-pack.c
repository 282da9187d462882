/* dl-timeline-layout-pack.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a viewport shows of each lane. The index is searched, never
 * walked: time is cut into stretches aligned to the epoch, a power of
 * two seconds long, and a stretch with more events than its lane has
 * room for becomes one cluster mark, counted by two binary searches.
 * Only the events of sparse stretches are looked at one by one.
 *
 * Events are packed into rows greedily in time order, each label to
 * the right of its mark (or inside its bar), so that nothing overlaps;
 * when the rows run out the label before is shortened, or hidden, and
 * the mark is kept. Packing starts from a point aligned to a coarse grid
 * well before the left edge, so that panning slides the picture instead
 * of reshuffling its rows.
 */
#include "config.h"

#include <math.h>

#include "dl-event.h"
#include "dl-timeline-layout-private.h"

/* Between a mark and its label, and the label's inset inside a bar */
#define LABEL_SPACING 6.0
#define BAR_INSET 8.0
#define MIN_BAR_WIDTH 6.0
/* A date of a day or less wider than this is drawn as a bar */
#define MAX_INSTANT_WIDTH 36.0
/* Free space between two items in a row; room for the selection chip */
#define ITEM_GAP 14.0
/* Items this far outside the edges are still laid out */
#define EDGE 40.0
/* Packing starts this far left of the view, and on a grid of this many
 * stretches, so that small pans give the same rows */
#define LOOKBACK 400.0
#define GRID_STRETCHES 64
/* A stretch holds at most this many events per row before it is a cluster */
#define EVENTS_PER_ROW 2
/* Two marks that would cover each other become a cluster this wide at
 * least, room for its count */
#define MIN_CLUSTER_WIDTH 16.0
/* Marks closer than this read as one */
#define MARK_CLEARANCE 2.0
#define SECONDS_PER_DAY 86400

typedef struct
{
  DlTimelineItem item;
  gint64 start;
  gint64 end;
  guint count;
  gboolean absorbed;   /* counted in the cluster before it */
  double natural;
  /* Where the next item of its row begins: the label ends before */
  double limit;
  gboolean inside;
} Packed;

typedef struct
{
  double mark_right;
  double label_right;
  int labelled;
  int last;          /* the item at its right end */
} Row;

typedef struct
{
  DlTimelineLayout *self;
  const DlTimelineLane *lane;
  guint lane_index;
  GArray *packed;
  GArray *rows;
} Pack;

static gint64
floor_to (gint64 time,
          gint64 step)
{
  gint64 q = time / step;

  if (time % step != 0 && time < 0)
    q--;
  return q * step;
}

static double
time_to_x (DlTimelineLayout *self,
           double            time)
{
  return (time - self->start) * self->px_per_second;
}

static void
push_event (Pack                  *pack,
            const DlTimelineEntry *entry)
{
  DlTimelineLayout *self = pack->self;
  Packed p = { { 0 } };
  DlTimelineItem *item = &p.item;
  gint64 middle = entry->start + (entry->end - entry->start) / 2;

  item->event = dl_timeline_index_get_event (self->index, entry->event);
  item->lane = pack->lane_index;
  item->certainty = entry->certainty;
  item->x = time_to_x (self, entry->start);
  item->x_end = time_to_x (self, entry->end);
  item->instant = entry->end - entry->start <= SECONDS_PER_DAY && item->x_end - item->x < MAX_INSTANT_WIDTH;
  if (item->instant)
    item->x = item->x_end = time_to_x (self, middle);
  else
    item->x_end = MAX (item->x_end, item->x + MIN_BAR_WIDTH);
  p.start = entry->start;
  p.end = entry->end;
  p.count = 1;
  p.limit = G_MAXDOUBLE;
  if (pack->lane->labels)
    p.natural = dl_timeline_index_label_width (self->index, entry->event, self->measure);
  g_array_append_val (pack->packed, p);
}

static void
push_cluster (Pack   *pack,
              gint64  start,
              guint   count)
{
  DlTimelineLayout *self = pack->self;
  Packed p = { { 0 } };

  p.item.lane = pack->lane_index;
  p.item.x = time_to_x (self, start);
  p.item.x_end = time_to_x (self, start + self->stretch);
  p.start = start;
  p.end = start + self->stretch;
  p.count = count;
  p.limit = G_MAXDOUBLE;
  g_array_append_val (pack->packed, p);
}

/* Bars that began before @from and run past it, then every stretch
 * from @from to @to: its events, or one cluster when they are many */
static void
collect (Pack   *pack,
         gint64  from,
         gint64  to)
{
  DlTimelineLayout *self = pack->self;
  const DlTimelineEntry *entries;
  guint capacity = EVENTS_PER_ROW * pack->lane->n_rows;
  guint n, i, first;

  entries = dl_timeline_index_get_entries (self->index, pack->lane_index, &n);
  first = dl_timeline_entries_lower_bound (entries, 0, n, from);
  for (i = dl_timeline_index_first_reaching (self->index, pack->lane_index, from); i < first; i++)
    if (entries[i].end > from)
      push_event (pack, &entries[i]);

  i = first;
  while (i < n && entries[i].start < to)
    {
      gint64 stretch = floor_to (entries[i].start, self->stretch);
      guint next = dl_timeline_entries_lower_bound (entries, i, n, stretch + self->stretch);

      if (next - i > capacity)
        push_cluster (pack, stretch, next - i);
      else
        for (guint k = i; k < next; k++)
          push_event (pack, &entries[k]);
      i = next;
    }
}

static void
shape (Pack   *pack,
       Packed *p)
{
  DlTimelineItem *item = &p->item;
  double half = MIN (DL_TIMELINE_MARK_HALF, (pack->self->lane_row_height - 6) / 2);

  if (p->item.event == NULL)
    {
      /* A cluster fills its stretch, with a hair of space to the next */
      item->mark = (cairo_rectangle_t) { item->x + 1, 0, MAX (item->x_end - item->x - 3, 2), 0 };
      item->label.x = item->x;
    }
  else if (item->instant)
    {
      item->mark = (cairo_rectangle_t) { item->x - half, 0, 2 * half, 0 };
      item->label.x = item->x + half + LABEL_SPACING;
    }
  else
    {
      item->mark = (cairo_rectangle_t) { item->x, 0, item->x_end - item->x, 0 };
      p->inside = item->x_end - item->x >= p->natural + 2 * BAR_INSET;
      item->label.x = p->inside ? item->x + BAR_INSET : item->x_end + LABEL_SPACING;
    }
  item->label.width = p->natural;
  item->label_visible = p->natural > 0;
}

static int
compare_packed (gconstpointer a,
                gconstpointer b)
{
  const Packed *pa = a;
  const Packed *pb = b;

  if (pa->item.mark.x != pb->item.mark.x)
    return pa->item.mark.x < pb->item.mark.x ? -1 : 1;
  if (pa->start != pb->start)
    return pa->start < pb->start ? -1 : 1;
  if (pa->item.x_end != pb->item.x_end)
    return pa->item.x_end < pb->item.x_end ? -1 : 1;
  if ((pa->item.event == NULL) != (pb->item.event == NULL))
    return pa->item.event == NULL ? -1 : 1;
  return pa->item.event == NULL ? 0 : dl_event_compare_by_time (pa->item.event, pb->item.event);
}

static void
hide_label (DlTimelineItem *item)
{
  item->label_visible = FALSE;
  item->label.width = 0;
}

/* Cuts the label of @p so that it ends before @limit, or hides it when
 * too little of it would be left to read. */
static void
shorten_label (DlTimelineLayout *self,
               Packed           *p,
               double            limit)
{
  DlTimelineItem *item = &p->item;
  double width = limit - item->label.x;

  p->limit = MIN (p->limit, limit);
  if (!item->label_visible || item->label.x + item->label.width <= limit)
    return;
  item->label_ellipsized = TRUE;
  item->label.width = width;
  if (width < 3 * self->line_height)
    hide_label (item);
}

static int
find_free_row (GArray *rows,
               double  left)
{
  for (guint r = 0; r < rows->len; r++)
    if (g_array_index (rows, Row, r).label_right + ITEM_GAP <= left)
      return r;
  return -1;
}

/* With every row taken, the row where a mark still fits and the label
 * before loses the least */
static int
find_row_to_share (GArray *rows,
                   double  left)
{
  int best = -1;

  for (guint r = 0; r < rows->len; r++)
    {
      Row *row = &g_array_index (rows, Row, r);

      if (row->mark_right + ITEM_GAP > left)
        continue;
      if (best < 0 || row->label_right < g_array_index (rows, Row, best).label_right)
        best = r;
    }
  return best;
}

static int
find_least_crowded_row (GArray *rows)
{
  int best = 0;

  for (guint r = 1; r < rows->len; r++)
    if (g_array_index (rows, Row, r).mark_right < g_array_index (rows, Row, best).mark_right)
      best = r;
  return best;
}

/* Whether @p is a mark that can go into a cluster: an instant, or a
 * cluster itself; a bar keeps its length */
static gboolean
can_cluster (const Packed *p)
{
  return p->item.event == NULL || p->item.instant;
}

/* @p counted in @cluster, an instant before it made a cluster if need
 * be: the two marks would cover each other */
static void
absorb (Packed       *cluster,
        Packed       *p)
{
  DlTimelineItem *item = &cluster->item;
  double right = MAX (item->mark.x + item->mark.width, p->item.mark.x + p->item.mark.width);

  if (item->event != NULL)
    {
      item->event = NULL;
      item->instant = FALSE;
      hide_label (item);
    }
  cluster->count += p->count;
  cluster->start = MIN (cluster->start, p->start);
  cluster->end = MAX (cluster->end, p->end);
  item->x = MIN (item->x, p->item.x);
  item->x_end = MAX (item->x_end, p->item.x_end);
  item->mark.x = MIN (item->mark.x, p->item.mark.x);
  item->mark.width = MAX (right - item->mark.x, MIN_CLUSTER_WIDTH);
  p->absorbed = TRUE;
}

/* With no row where its mark would not cover another, the mark is kept
 * without its words. In a lane of one row (a lane per actor), where
 * that is common, @p goes instead into a cluster with the mark before
 * it, when both can and they would touch: a count, where two marks
 * would hide each other.
 * (Lanes of many rows fill all of them only in dense stretches, and
 * those are clusters already.) Returns the row, or -1 when absorbed. */
static int
share_crowded_row (Pack   *pack,
                   Packed *p)
{
  int r = find_least_crowded_row (pack->rows);
  Row *row = &g_array_index (pack->rows, Row, r);
  Packed *last = row->last >= 0 ? &g_array_index (pack->packed, Packed, row->last) : NULL;

  if (pack->lane->n_rows == 1 && last != NULL && can_cluster (last) && can_cluster (p) &&
      p->item.mark.x < last->item.mark.x + last->item.mark.width + MARK_CLEARANCE)
    {
      absorb (last, p);
      row->mark_right = MAX (row->mark_right, last->item.mark.x + last->item.mark.width);
      row->label_right = MAX (row->label_right, row->mark_right);
      return -1;
    }
  hide_label (&p->item);
  return r;
}

static int
choose_row (Pack   *pack,
            Packed *p)
{
  double left = p->item.mark.x;
  int r = find_free_row (pack->rows, left);
  Row *row;

  if (r >= 0)
    return r;
  if (pack->rows->len < pack->lane->n_rows)
    {
      Row fresh = { -G_MAXDOUBLE, -G_MAXDOUBLE, -1, -1 };

      g_array_append_val (pack->rows, fresh);
      return pack->rows->len - 1;
    }
  r = find_row_to_share (pack->rows, left);
  /* Even the marks collide */
  if (r < 0 && (r = share_crowded_row (pack, p)) < 0)
    return -1;
  row = &g_array_index (pack->rows, Row, r);
  if (row->labelled >= 0)
    shorten_label (pack->self, &g_array_index (pack->packed, Packed, row->labelled), left - ITEM_GAP);
  return r;
}

static void
pack_rows (Pack *pack)
{
  for (guint i = 0; i < pack->packed->len; i++)
    shape (pack, &g_array_index (pack->packed, Packed, i));
  g_array_sort (pack->packed, compare_packed);

  for (guint i = 0; i < pack->packed->len; i++)
    {
      Packed *p = &g_array_index (pack->packed, Packed, i);
      int r = choose_row (pack, p);
      Row *row;

      if (r < 0)
        continue;
      row = &g_array_index (pack->rows, Row, r);
      p->item.row = r;
      row->mark_right = MAX (row->mark_right, p->item.mark.x + p->item.mark.width);
      row->label_right = MAX (row->label_right, _dl_timeline_item_right (&p->item));
      row->last = i;
      if (p->item.label_visible)
        row->labelled = i;
    }
}

/* A bar that starts off the left edge keeps its label in view, inside
 * the part of the bar that is still shown. */
static void
stick_label (Packed *p)
{
  DlTimelineItem *item = &p->item;
  double x;

  if (!p->inside || item->x >= 0 || !item->label_visible)
    return;
  x = MIN (BAR_INSET, item->x_end - BAR_INSET - item->label.width);
  /* Never into the next item of the row */
  if (x + item->label.width > p->limit)
    return;
  item->label.x = MAX (item->label.x, x);
}

/* A label running off the right edge ends in an ellipsis rather than in
 * half a letter; it grows back as the view pans. */
static void
fit_right_edge (DlTimelineLayout *self,
                DlTimelineItem   *item)
{
  double limit = self->time_width - 4;

  if (!item->label_visible || item->label.x + item->label.width <= limit)
    return;
  item->label_ellipsized = TRUE;
  item->label.width = limit - item->label.x;
  if (item->label.width < 2 * self->line_height)
    hide_label (item);
}

/* A label whose start is past the left edge, its mark out of view,
 * would read as a stray fragment ("xanderplatz protests"): it shows
 * again once it comes into view whole */
static void
fit_left_edge (DlTimelineItem *item)
{
  if (item->label_visible && item->label.x < 0)
    hide_label (item);
}

static void
place (Pack   *pack,
       Packed *p)
{
  DlTimelineLayout *self = pack->self;
  DlTimelineItem *item = &p->item;
  double bar_height = MIN (self->line_height + 6, self->lane_row_height - 6);

  item->y = pack->lane->rows_y + (item->row + 0.5) * self->lane_row_height;
  item->mark.height = item->instant ? item->mark.width : bar_height;
  item->mark.y = item->y - item->mark.height / 2;
  item->label.y = item->y - self->line_height / 2;
  item->label.height = item->label_visible ? self->line_height : 0;
  if (!item->label_visible)
    item->label.width = 0;
}

static void
emit_cluster (DlTimelineLayout *self,
              const Packed     *p)
{
  DlTimelineCluster cluster = {
    p->start, p->end, p->item.x, p->item.x_end, p->item.y,
    p->item.row, p->item.lane, p->count, p->item.mark
  };

  g_array_append_val (self->clusters, cluster);
}

/* Keeps what is at least partly in view */
static void
emit (Pack *pack)
{
  DlTimelineLayout *self = pack->self;

  for (guint i = 0; i < pack->packed->len; i++)
    {
      Packed *p = &g_array_index (pack->packed, Packed, i);
      DlTimelineItem *item = &p->item;

      if (p->absorbed || _dl_timeline_item_right (item) < -EDGE ||
          MIN (item->mark.x, item->label.x) > self->time_width + EDGE)
        continue;
      place (pack, p);
      if (item->event == NULL)
        {
          emit_cluster (self, p);
          continue;
        }
      stick_label (p);
      fit_left_edge (item);
      fit_right_edge (self, item);
      g_array_append_val (self->items, *item);
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const DlTimelineItem *ia = a;
  const DlTimelineItem *ib = b;

  if (ia->x != ib->x)
    return ia->x < ib->x ? -1 : 1;
  if (ia->lane != ib->lane)
    return ia->lane < ib->lane ? -1 : 1;
  return (ia->row > ib->row) - (ia->row < ib->row);
}

/* Seconds per cluster stretch: the power of two nearest above @seconds */
static gint64
stretch_for (double seconds)
{
  gint64 stretch = 1;

  while (stretch < seconds && stretch < G_MAXINT64 / 4)
    stretch *= 2;
  return stretch;
}

/**
 * _dl_timeline_layout_pack_lanes:
 *
 * Fills the items and clusters of every lane for the layout's viewport.
 */
void
_dl_timeline_layout_pack_lanes (DlTimelineLayout *self)
{
  Pack pack = { self, NULL, 0, NULL, NULL };
  double seconds_per_px = 1 / self->px_per_second;
  gint64 from, to, grid;

  self->stretch = stretch_for (DL_TIMELINE_CLUSTER_WIDTH * seconds_per_px);
  grid = self->stretch * GRID_STRETCHES;
  from = floor_to ((gint64) floor (self->start - (EDGE + LOOKBACK) * seconds_per_px), grid);
  to = (gint64) ceil (self->end + EDGE * seconds_per_px);

  pack.packed = g_array_new (FALSE, TRUE, sizeof (Packed));
  pack.rows = g_array_new (FALSE, TRUE, sizeof (Row));
  for (guint l = 0; l < self->lanes->len; l++)
    {
      pack.lane = &g_array_index (self->lanes, DlTimelineLane, l);
      pack.lane_index = l;
      g_array_set_size (pack.packed, 0);
      g_array_set_size (pack.rows, 0);
      collect (&pack, from, to);
      pack_rows (&pack);
      emit (&pack);
    }
  g_array_sort (self->items, compare_items);
  g_array_unref (pack.packed);
  g_array_unref (pack.rows);
}
