/* dl-timeline-layout.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry of the timeline. Events are packed into rows greedily in
 * time order, each with its label to the right of its mark (or inside
 * its bar), so that nothing overlaps. When the rows run out, the label
 * before is shortened with an ellipsis, or hidden, and the mark is kept.
 *
 * Packing runs over every dated event, not only the visible ones, so
 * that panning slides the picture instead of reshuffling its rows.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "dl-event.h"
#include "dl-timeline-layout.h"
#include "dl-viewport.h"

/* Half the diagonal of an instant's diamond */
#define MARK_HALF 6.0
/* Between a mark and its label, and the label's inset inside a bar */
#define LABEL_SPACING 6.0
#define BAR_INSET 8.0
#define MIN_BAR_WIDTH 6.0
/* Free space between two items in a row; room for the selection chip */
#define ITEM_GAP 14.0
/* Items this far outside the edges are still laid out */
#define EDGE 40.0

typedef struct
{
  DlTimelineItem item;
  double natural;
  gboolean inside;
} Packed;

typedef struct
{
  double mark_right;
  double label_right;
  int labelled;
} Row;

struct _DlTimelineLayout
{
  double width;
  double height;
  double line_height;
  double row_height;
  double area_top;
  guint n_rows;
  guint max_rows;
  DlTimelineHeader header;
  PangoFontDescription *fonts[DL_TIMELINE_FONT_MAJOR_TICK + 1];
  DlTimeScale *scale;
  GArray *items;
};

static void
clear_item (DlTimelineItem *item)
{
  g_clear_object (&item->event);
}

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

  self->header.major_y = 8;
  self->header.minor_y = self->header.major_y + tick_height + 3;
  self->header.height = self->header.minor_y + tick_height + 8;
  self->area_top = self->header.height + 12;
  self->max_rows = MAX (1, (int) ((self->height - self->area_top - 6) / self->row_height));
}

static double
label_width (PangoLayout *layout,
             DlEvent     *event,
             GHashTable  *cache)
{
  const char *title = dl_event_get_title (event);
  double *cached;
  int width;

  if (cache != NULL && (cached = g_hash_table_lookup (cache, event)) != NULL)
    return *cached;

  pango_layout_set_text (layout, title != NULL ? title : "", -1);
  pango_layout_get_size (layout, &width, NULL);
  if (cache != NULL)
    {
      cached = g_new (double, 1);
      *cached = ceil (width / (double) PANGO_SCALE);
      g_hash_table_insert (cache, event, cached);
      return *cached;
    }
  return ceil (width / (double) PANGO_SCALE);
}

static int
compare_packed (gconstpointer a,
                gconstpointer b)
{
  const Packed *pa = a;
  const Packed *pb = b;

  if (pa->item.x != pb->item.x)
    return pa->item.x < pb->item.x ? -1 : 1;
  if (pa->item.x_end != pb->item.x_end)
    return pa->item.x_end < pb->item.x_end ? -1 : 1;
  return dl_event_compare_by_time (pa->item.event, pb->item.event);
}

/* Positions in time and the natural label of every dated event, sorted */
static GArray *
collect (DlTimelineLayout *self,
         GListModel       *events,
         DlViewport       *viewport,
         PangoContext     *context,
         GHashTable       *cache)
{
  GArray *packed = g_array_new (FALSE, TRUE, sizeof (Packed));
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  guint n = g_list_model_get_n_items (events);

  /* Packed items hold a reference: a model may make its items on demand */
  g_array_set_clear_func (packed, (GDestroyNotify) clear_item);
  pango_layout_set_font_description (layout, self->fonts[DL_TIMELINE_FONT_LABEL]);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      DlDateSpan *when = dl_event_get_when (event);
      Packed p = { { 0 } };

      if (when == NULL)
        continue;
      p.item.event = g_object_ref (event);
      p.item.instant = dl_date_span_is_instant (when);
      p.item.certainty = dl_date_span_get_certainty (when);
      p.item.x = dl_viewport_time_to_x (viewport, dl_date_span_get_start (when), self->width);
      p.item.x_end = dl_viewport_time_to_x (viewport, dl_date_span_get_end (when), self->width);
      if (p.item.instant)
        p.item.x = p.item.x_end = dl_viewport_time_to_x (viewport, dl_date_span_get_middle (when), self->width);
      else
        p.item.x_end = MAX (p.item.x_end, p.item.x + MIN_BAR_WIDTH);
      p.natural = label_width (layout, event, cache);
      g_array_append_val (packed, p);
    }
  g_array_sort (packed, compare_packed);
  return packed;
}

static void
shape_item (Packed *p)
{
  DlTimelineItem *item = &p->item;

  if (item->instant)
    {
      item->mark = (cairo_rectangle_t) { item->x - MARK_HALF, 0, 2 * MARK_HALF, 0 };
      item->label.x = item->x + MARK_HALF + LABEL_SPACING;
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

static double
item_right (const DlTimelineItem *item)
{
  double right = item->mark.x + item->mark.width;

  if (item->label_visible)
    right = MAX (right, item->label.x + item->label.width);
  return right;
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

  if (!item->label_visible || item->label.x + item->label.width <= limit)
    return;
  item->label_ellipsized = TRUE;
  item->label.width = width;
  if (width < 3 * self->line_height)
    {
      item->label_visible = FALSE;
      item->label.width = 0;
    }
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

static void
pack (DlTimelineLayout *self,
      GArray           *packed)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));

  for (guint i = 0; i < packed->len; i++)
    {
      Packed *p = &g_array_index (packed, Packed, i);
      double left;
      int r;
      Row *row;

      shape_item (p);
      left = p->item.mark.x;
      r = find_free_row (rows, left);
      if (r < 0 && rows->len < self->max_rows)
        {
          Row fresh = { -G_MAXDOUBLE, -G_MAXDOUBLE, -1 };
          g_array_append_val (rows, fresh);
          r = rows->len - 1;
        }
      else if (r < 0 && (r = find_row_to_share (rows, left)) >= 0)
        {
          row = &g_array_index (rows, Row, r);
          if (row->labelled >= 0)
            shorten_label (self, &g_array_index (packed, Packed, row->labelled), left - ITEM_GAP);
        }
      else if (r < 0)
        {
          /* Even the marks collide: keep the mark, drop the words, and
           * never let a label run under a mark */
          r = find_least_crowded_row (rows);
          row = &g_array_index (rows, Row, r);
          if (row->labelled >= 0)
            shorten_label (self, &g_array_index (packed, Packed, row->labelled), left - ITEM_GAP);
          p->item.label_visible = FALSE;
          p->item.label.width = 0;
        }

      row = &g_array_index (rows, Row, r);
      p->item.row = r;
      row->mark_right = MAX (row->mark_right, p->item.mark.x + p->item.mark.width);
      row->label_right = MAX (row->label_right, item_right (&p->item));
      if (p->item.label_visible)
        row->labelled = i;
    }
  self->n_rows = rows->len;
}

/* A bar that starts off the left edge keeps its label in view, inside
 * the part of the bar that is still shown. */
static void
stick_label (Packed *p)
{
  DlTimelineItem *item = &p->item;
  double x;

  if (!p->inside || item->x >= 0)
    return;
  x = MIN (BAR_INSET, item->x_end - BAR_INSET - item->label.width);
  item->label.x = MAX (item->label.x, x);
}

/* A label running off the right edge ends in an ellipsis rather than in
 * half a letter; it grows back as the view pans. */
static void
fit_right_edge (DlTimelineLayout *self,
                DlTimelineItem   *item)
{
  double limit = self->width - 4;

  if (!item->label_visible || item->label.x + item->label.width <= limit)
    return;
  item->label_ellipsized = TRUE;
  item->label.width = limit - item->label.x;
  if (item->label.width < 2 * self->line_height)
    {
      item->label_visible = FALSE;
      item->label.width = 0;
    }
}

static void
keep_visible (DlTimelineLayout *self,
              GArray           *packed)
{
  double bar_height = self->line_height + 6;

  for (guint i = 0; i < packed->len; i++)
    {
      Packed *p = &g_array_index (packed, Packed, i);
      DlTimelineItem *item = &p->item;

      if (item_right (item) < -EDGE || MIN (item->mark.x, item->label.x) > self->width + EDGE)
        continue;

      item->y = self->area_top + (item->row + 0.5) * self->row_height;
      item->mark.height = item->instant ? 2 * MARK_HALF : bar_height;
      item->mark.y = item->y - item->mark.height / 2;
      item->label.y = item->y - self->line_height / 2;
      item->label.height = item->label_visible ? self->line_height : 0;
      if (!item->label_visible)
        item->label.width = 0;
      stick_label (p);
      fit_right_edge (self, item);
      g_object_ref (item->event);
      g_array_append_val (self->items, *item);
    }
}

/**
 * dl_timeline_layout_new_cached:
 * @events: a #GListModel of #DlEvent
 * @viewport: the visible time
 * @context: the context the labels are measured and drawn with; its font
 *   is the labels' font
 * @label_widths: (nullable): a table from #DlEvent to a `double` the
 *   layout fills with measured label widths and reuses; the caller clears
 *   it when the events or the font change
 *
 * Returns: (transfer full): the geometry of the timeline
 */
DlTimelineLayout *
dl_timeline_layout_new_cached (GListModel   *events,
                               DlViewport   *viewport,
                               double        width,
                               double        height,
                               PangoContext *context,
                               GHashTable   *label_widths)
{
  DlTimelineLayout *self;
  g_autoptr(GArray) packed = NULL;

  g_return_val_if_fail (events == NULL || G_IS_LIST_MODEL (events), NULL);
  g_return_val_if_fail (DL_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (DlTimelineLayout, 1);
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->items = g_array_new (FALSE, TRUE, sizeof (DlTimelineItem));
  g_array_set_clear_func (self->items, (GDestroyNotify) clear_item);

  setup_fonts (self, context);
  setup_metrics (self, context);
  self->scale = dl_time_scale_new (dl_viewport_get_start (viewport),
                                   dl_viewport_get_end (viewport),
                                   self->width, context,
                                   self->fonts[DL_TIMELINE_FONT_TICK],
                                   self->fonts[DL_TIMELINE_FONT_MAJOR_TICK]);
  if (events == NULL)
    return self;

  packed = collect (self, events, viewport, context, label_widths);
  pack (self, packed);
  keep_visible (self, packed);
  return self;
}

/**
 * dl_timeline_layout_new:
 *
 * Like dl_timeline_layout_new_cached() without a cache.
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
  return dl_timeline_layout_new_cached (events, viewport, width, height, context, NULL);
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
  double right = item_right (item);
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
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = self->items->len; i > 0; i--)
    {
      const DlTimelineItem *item = &g_array_index (self->items, DlTimelineItem, i - 1);

      /* Marks are small; forgive a few pixels around them */
      if (rect_contains (&item->mark, x, y, 3) || rect_contains (&item->label, x, y, 0))
        {
          if (area != NULL)
            *area = item_area (item);
          return item->event;
        }
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
  return NULL;
}

/**
 * dl_timeline_layout_get_n_rows:
 *
 * Returns: how many rows the events use
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
  return self->row_height;
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
  gboolean found = FALSE;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      DlDateSpan *when = dl_event_get_when (event);

      if (when == NULL)
        continue;
      *start = found ? MIN (*start, dl_date_span_get_start (when)) : dl_date_span_get_start (when);
      *end = found ? MAX (*end, dl_date_span_get_end (when)) : dl_date_span_get_end (when);
      found = TRUE;
    }
  return found;
}

/**
 * dl_timeline_fit_viewport:
 * @width: the width the timeline is drawn at
 *
 * Shows every dated event of @events, leaving room on the right for the
 * labels of the last ones. Does nothing when none has a date.
 */
void
dl_timeline_fit_viewport (DlViewport *viewport,
                          GListModel *events,
                          double      width)
{
  gint64 start, end;

  g_return_if_fail (DL_IS_VIEWPORT (viewport));
  g_return_if_fail (G_IS_LIST_MODEL (events));

  if (!dl_timeline_events_get_range (events, &start, &end))
    return;
  dl_viewport_fit_with_margins (viewport, start, end, width,
                                32, CLAMP (width * 0.35, 32, 320));
}
