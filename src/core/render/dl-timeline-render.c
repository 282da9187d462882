/* dl-timeline-render.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a DlTimelineLayout on any cairo_t: the window's snapshot and the
 * exporter alike. All geometry comes from the layout; this file only
 * decides colours, strokes and shapes.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "dl-event.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-render.h"
#include "dl-timeline-render-private.h"
#include "dl-viewport.h"

#define CHIP_PAD_X 6.0
#define CHIP_PAD_Y 2.0

static void
diamond (cairo_t                 *cr,
         const cairo_rectangle_t *box)
{
  double cx = box->x + box->width / 2;
  double cy = box->y + box->height / 2;
  double r = box->width / 2;

  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy);
  cairo_line_to (cr, cx, cy + r);
  cairo_line_to (cr, cx - r, cy);
  cairo_close_path (cr);
}

/* A bar is a plain box on the pixel grid: crisp, and much cheaper to
 * fill and stroke than a rounded one. It is cut to what is in view, so
 * that its outline and dashes cost no more for a year seen at the scale
 * of hours. */
static void
mark_path (cairo_t              *cr,
           const DlTimelineItem *item)
{
  const cairo_rectangle_t *box = &item->mark;
  double x1, x2, left, right;

  if (item->instant)
    {
      diamond (cr, box);
      return;
    }
  cairo_clip_extents (cr, &x1, NULL, &x2, NULL);
  left = round (MAX (box->x, x1 - 4)) + 0.5;
  right = round (MIN (box->x + box->width, x2 + 4)) - 0.5;
  if (right > left)
    cairo_rectangle (cr, left, round (box->y) + 0.5, right - left, round (box->height) - 1);
}

/* Diagonal lines in @color, repeated: cheaper than stroking lines
 * through a clip, and drawn the same at any length */
static cairo_pattern_t *
create_hatch (const DlColor *color)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 6, 6);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  dl_color_set_source (cr, color);
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, -1, 7);
  cairo_line_to (cr, 7, -1);
  cairo_move_to (cr, -4, 4);
  cairo_line_to (cr, 4, -4);
  cairo_move_to (cr, 2, 10);
  cairo_line_to (cr, 10, 2);
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

/* Certainty in the marks: a date stated in the text is solid, one
 * resolved from a relative expression outlined and hatched, an
 * inferred one faded with a dashed outline. */
static void
paint_mark (cairo_t             *cr,
            DlCertainty          certainty,
            gboolean             instant,
            cairo_pattern_t     *hatch,
            const DlColor       *color,
            const DlRenderStyle *style)
{
  double faint = style->high_contrast ? 0.5 : 0.2;

  cairo_set_line_width (cr, instant ? 1.5 : 1);
  switch (certainty)
    {
    case DL_CERTAINTY_STATED:
      dl_color_set_source_alpha (cr, color, instant ? 1.0 : 0.8);
      cairo_fill (cr);
      break;
    case DL_CERTAINTY_RELATIVE:
      dl_color_set_source (cr, &style->background);
      cairo_fill_preserve (cr);
      if (instant)
        dl_color_set_source_alpha (cr, color, 0.45);
      else
        cairo_set_source (cr, hatch);
      cairo_fill_preserve (cr);
      dl_color_set_source (cr, color);
      cairo_stroke (cr);
      break;
    case DL_CERTAINTY_INFERRED:
    case DL_CERTAINTY_UNKNOWN:
    default:
      dl_color_set_source (cr, &style->background);
      cairo_fill_preserve (cr);
      dl_color_set_source_alpha (cr, color, faint);
      cairo_fill_preserve (cr);
      cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
      dl_color_set_source_alpha (cr, color, 0.8);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

static void
draw_mark (cairo_t              *cr,
           const DlTimelineItem *item,
           cairo_pattern_t      *hatch,
           const DlColor        *color,
           const DlRenderStyle  *style)
{
  mark_path (cr, item);
  paint_mark (cr, item->certainty, item->instant, hatch, color, style);
}

static void
draw_backdrop (cairo_t              *cr,
               const DlTimelineItem *item,
               const DlRenderStyle  *style)
{
  double left = item->mark.x - 5;
  double right = item->mark.x + item->mark.width + 5;
  double top = MIN (item->mark.y, item->label.y) - 3;
  double bottom = MAX (item->mark.y + item->mark.height, item->label.y + item->label.height) + 3;

  if (item->label_visible)
    right = MAX (right, item->label.x + item->label.width + CHIP_PAD_X);
  _dl_timeline_render_rounded_rectangle (cr, left, top, right - left, bottom - top, 6);
  dl_color_set_source_alpha (cr, &style->foreground, style->dark ? 0.12 : 0.08);
  cairo_fill (cr);
}

static void
draw_label (cairo_t              *cr,
            PangoLayout          *text,
            const DlTimelineItem *item,
            const DlRenderStyle  *style)
{
  /* Widths are measured generously: a label that was not shortened fits
   * its box, and only a shortened one needs the cost of an ellipsis */
  pango_layout_set_width (text, item->label_ellipsized ? (int) (item->label.width * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (text, item->label_ellipsized ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  if (item->certainty == DL_CERTAINTY_STATED || item->certainty == DL_CERTAINTY_RELATIVE)
    dl_color_set_source (cr, &style->foreground);
  else
    dl_color_set_source (cr, &style->dim_foreground);
  _dl_timeline_render_text (cr, text, dl_event_get_title (item->event), item->label.x, item->label.y);
}

static double
linear_channel (double value)
{
  return value <= 0.04045 ? value / 12.92 : pow ((value + 0.055) / 1.055, 2.4);
}

/* WCAG relative luminance and contrast ratio */
static double
luminance (const DlColor *color)
{
  return 0.2126 * linear_channel (color->red) +
         0.7152 * linear_channel (color->green) +
         0.0722 * linear_channel (color->blue);
}

static double
contrast (const DlColor *a,
          const DlColor *b)
{
  double la = luminance (a) + 0.05;
  double lb = luminance (b) + 0.05;

  return MAX (la, lb) / MIN (la, lb);
}

/* Where the chip of the selected @item goes: its whole title on one
 * line, kept within @width, shortened only where wider. Leaves the
 * title in @text. */
static void
chip_rectangle (PangoLayout          *text,
                const DlTimelineItem *item,
                double                width,
                cairo_rectangle_t    *chip)
{
  const char *title = dl_event_get_title (item->event);
  double x = item->instant ? item->mark.x + item->mark.width + 6 : item->label.x;
  int text_width, text_height;

  pango_layout_set_width (text, -1);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (text, title != NULL ? title : "", -1);
  pango_layout_get_pixel_size (text, &text_width, &text_height);
  /* A title wider than the view ends in an ellipsis on the chip */
  if (text_width > width - 2 * CHIP_PAD_X - 4)
    {
      pango_layout_set_width (text, (int) MAX (width - 2 * CHIP_PAD_X - 4, 1) * PANGO_SCALE);
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (text, &text_width, &text_height);
    }
  if (item->label_visible)
    x = item->label.x;
  x = MIN (x, width - text_width - CHIP_PAD_X - 2);
  x = MAX (x, CHIP_PAD_X + 2);
  *chip = (cairo_rectangle_t) { x - CHIP_PAD_X, item->y - text_height / 2.0 - CHIP_PAD_Y,
                                text_width + 2 * CHIP_PAD_X, text_height + 2 * CHIP_PAD_Y };
}

/* The selected event always shows its whole title, on an accent chip
 * drawn over whatever it covers. */
static void
draw_selected_label (cairo_t              *cr,
                     PangoLayout          *text,
                     const DlTimelineItem *item,
                     const DlRenderStyle  *style,
                     double                width)
{
  DlColor chip_text = style->accent_foreground;
  DlColor dark_text = { 0.1, 0.1, 0.1, 1 };
  cairo_rectangle_t chip;

  /* Dark themes give a light accent, meant for text on dark ground;
   * white on it is hard to read, so such a chip gets dark text. */
  if (contrast (&style->accent, &dark_text) > contrast (&style->accent, &chip_text))
    chip_text = dark_text;

  chip_rectangle (text, item, width, &chip);
  _dl_timeline_render_rounded_rectangle (cr, chip.x, chip.y, chip.width, chip.height, 6);
  dl_color_set_source (cr, &style->accent);
  cairo_fill (cr);
  dl_color_set_source (cr, &chip_text);
  cairo_move_to (cr, chip.x + CHIP_PAD_X, chip.y + CHIP_PAD_Y);
  pango_cairo_show_layout (cr, text);
}

static void
draw_selection_guide (cairo_t              *cr,
                      DlTimelineLayout     *layout,
                      const DlTimelineItem *item,
                      const DlRenderStyle  *style)
{
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  double height = dl_timeline_layout_get_height (layout);

  if (!item->instant)
    {
      dl_color_set_source_alpha (cr, &style->accent, 0.08);
      cairo_rectangle (cr, item->x, header->height, item->x_end - item->x, height - header->height);
      cairo_fill (cr);
    }
  cairo_set_line_width (cr, 1);
  _dl_timeline_render_vline (cr, item->x, header->height, height);
  if (!item->instant)
    _dl_timeline_render_vline (cr, item->x_end, header->height, height);
  dl_color_set_source_alpha (cr, &style->accent, 0.6);
  cairo_stroke (cr);
}

static char *
format_count (guint count)
{
  if (count < 1000)
    return g_strdup_printf ("%u", count);
  if (count < 10000)
    return g_strdup_printf ("%.1fk", count / 1000.0);
  return g_strdup_printf ("%uk", count / 1000);
}

/* One layout per count: clusters of a view share few counts, and a
 * shaped layout draws much faster than new text */
static PangoLayout *
count_text (GHashTable  *texts,
            PangoLayout *font,
            guint        count)
{
  PangoLayout *text = g_hash_table_lookup (texts, GUINT_TO_POINTER (count));
  g_autofree char *label = NULL;

  if (text != NULL)
    return text;
  text = pango_layout_copy (font);
  label = format_count (count);
  pango_layout_set_text (text, label, -1);
  g_hash_table_insert (texts, GUINT_TO_POINTER (count), text);
  return text;
}

/* A box for many events, with their count when it fits */
static void
draw_clusters (cairo_t             *cr,
               DlTimelineLayout    *layout,
               const DlRenderStyle *style)
{
  g_autoptr(PangoLayout) font = _dl_timeline_render_create_text (cr, layout, DL_TIMELINE_FONT_TICK);
  g_autoptr(GHashTable) texts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  guint n = dl_timeline_layout_get_n_clusters (layout);
  int text_width, text_height;

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < n; i++)
    {
      const DlTimelineCluster *cluster = dl_timeline_layout_get_cluster (layout, i);
      const cairo_rectangle_t *box = &cluster->mark;
      PangoLayout *text = count_text (texts, font, cluster->count);

      cairo_rectangle (cr, floor (box->x) + 0.5, floor (box->y) + 0.5, floor (box->width), floor (box->height));
      dl_color_set_source_alpha (cr, &style->foreground, style->dark ? 0.22 : 0.14);
      cairo_fill_preserve (cr);
      dl_color_set_source_alpha (cr, &style->foreground, 0.45);
      cairo_stroke (cr);

      pango_layout_get_pixel_size (text, &text_width, &text_height);
      if (text_width + 4 > box->width || text_height > box->height + 4)
        continue;
      dl_color_set_source (cr, &style->foreground);
      cairo_move_to (cr, box->x + (box->width - text_width) / 2, box->y + (box->height - text_height) / 2);
      pango_cairo_show_layout (cr, text);
    }
}

static void
draw_undated (cairo_t             *cr,
              DlTimelineLayout    *layout,
              PangoLayout         *text,
              const DlRenderStyle *style,
              DlEvent             *selected)
{
  DlColor color = dl_color_with_alpha (&style->foreground, style->high_contrast ? 1.0 : 0.8);
  guint n = dl_timeline_layout_get_n_undated (layout);

  for (guint i = 0; i < n; i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_undated (layout, i);
      const cairo_rectangle_t *box = &item->mark;

      if (item->event == selected)
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, box->x + box->width / 2, box->y + box->height / 2, box->width / 2, 0, 2 * G_PI);
      dl_color_set_source_alpha (cr, &color, 0.6);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      if (item->label_visible)
        draw_label (cr, text, item, style);
    }
}

static gboolean
rectangles_meet (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Marks, then labels, but those the selected event's chip would cut:
 * half a title sticking out from under it reads as another one
 * (@chip, or %NULL) */
static void
draw_items (cairo_t                 *cr,
            DlTimelineLayout        *layout,
            const DlRenderStyle     *style,
            DlEvent                 *selected,
            DlEvent                 *hovered,
            const cairo_rectangle_t *chip)
{
  g_autoptr(PangoLayout) text = _dl_timeline_render_create_text (cr, layout, DL_TIMELINE_FONT_LABEL);
  const DlTimelineItem *item;
  guint n = dl_timeline_layout_get_n_items (layout);
  DlColor color = dl_color_with_alpha (&style->foreground, style->high_contrast ? 1.0 : 0.8);
  cairo_pattern_t *hatch;

  if (hovered != NULL && hovered != selected &&
      (item = dl_timeline_layout_find_item (layout, hovered)) != NULL)
    draw_backdrop (cr, item, style);

  hatch = create_hatch (&color);
  for (guint i = 0; i < n; i++)
    {
      item = dl_timeline_layout_get_item (layout, i);
      if (item->event != selected)
        draw_mark (cr, item, hatch, &color, style);
    }
  cairo_pattern_destroy (hatch);
  for (guint i = 0; i < n; i++)
    {
      item = dl_timeline_layout_get_item (layout, i);
      if (item->label_visible && item->event != selected && (chip == NULL || !rectangles_meet (&item->label, chip)))
        draw_label (cr, text, item, style);
    }
}

static void
draw_selected (cairo_t             *cr,
               DlTimelineLayout    *layout,
               const DlRenderStyle *style,
               DlEvent             *selected)
{
  g_autoptr(PangoLayout) text = _dl_timeline_render_create_text (cr, layout, DL_TIMELINE_FONT_LABEL);
  const DlTimelineItem *item = dl_timeline_layout_find_item (layout, selected);
  guint n = dl_timeline_layout_get_n_items (layout);
  double width = dl_timeline_layout_get_time_width (layout);

  cairo_pattern_t *hatch;

  if (item == NULL)
    return;
  if (item->lane == G_MAXUINT)
    width = dl_timeline_layout_get_width (layout);
  hatch = create_hatch (&style->accent);
  /* An event with several actors is selected in every lane */
  for (guint i = 0; i < n; i++)
    if (dl_timeline_layout_get_item (layout, i)->event == selected)
      draw_mark (cr, dl_timeline_layout_get_item (layout, i), hatch, &style->accent, style);
  if (item->lane == G_MAXUINT)
    draw_mark (cr, item, hatch, &style->accent, style);
  cairo_pattern_destroy (hatch);
  draw_selected_label (cr, text, item, style, width);
}

static void
clip_to (cairo_t *cr,
         double   x,
         double   y,
         double   width,
         double   height)
{
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
}

/**
 * dl_timeline_render:
 * @layout: the geometry to draw
 * @selected: (nullable): the event to highlight with the accent colour
 * @hovered: (nullable): the event under the pointer
 *
 * Draws the axis, the grid, the lanes, the events and the tray of
 * undated events of @layout onto @cr, from (0, 0) to the layout's size.
 */
void
dl_timeline_render (cairo_t             *cr,
                    DlTimelineLayout    *layout,
                    const DlRenderStyle *style,
                    DlEvent             *selected,
                    DlEvent             *hovered)
{
  g_autoptr(PangoLayout) text = NULL;
  const DlTimelineItem *item;
  double width, height, top, time_width;
  cairo_rectangle_t chip;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);

  text = _dl_timeline_render_create_text (cr, layout, DL_TIMELINE_FONT_LABEL);

  width = dl_timeline_layout_get_width (layout);
  height = dl_timeline_layout_get_height (layout);
  time_width = dl_timeline_layout_get_time_width (layout);
  top = dl_timeline_layout_get_header (layout)->height;

  cairo_save (cr);
  clip_to (cr, 0, 0, width, height);
  dl_color_set_source (cr, &style->background);
  cairo_paint (cr);
  _dl_timeline_render_tray (cr, layout, style);
  draw_undated (cr, layout, text, style, selected);
  item = selected != NULL ? dl_timeline_layout_find_item (layout, selected) : NULL;
  if (item != NULL && item->lane == G_MAXUINT)
    draw_selected (cr, layout, style, selected);

  clip_to (cr, 0, 0, time_width, height);
  _dl_timeline_render_header (cr, layout, style);
  _dl_timeline_render_lanes (cr, layout, style);
  _dl_timeline_render_weekends (cr, layout, style);
  _dl_timeline_render_grid (cr, layout, style);
  _dl_timeline_render_tick_labels (cr, layout, style);
  _dl_timeline_render_today (cr, layout, style);
  if (item != NULL && item->lane != G_MAXUINT)
    draw_selection_guide (cr, layout, item, style);

  /* Events stay below the axis band even when their labels are long */
  clip_to (cr, 0, top, time_width, height - top);
  if (item != NULL && item->lane != G_MAXUINT)
    chip_rectangle (text, item, time_width, &chip);
  draw_items (cr, layout, style, selected, hovered, item != NULL && item->lane != G_MAXUINT ? &chip : NULL);
  /* Counts over the bars that run through their stretch */
  draw_clusters (cr, layout, style);
  _dl_timeline_render_lane_titles (cr, layout, style);
  if (item != NULL && item->lane != G_MAXUINT)
    draw_selected (cr, layout, style, selected);
  cairo_restore (cr);
}

/**
 * dl_timeline_render_highlight:
 * @event: an event selected besides the one dl_timeline_render() was
 *   given
 *
 * Draws the marks of @event in the accent colour over a timeline that
 * dl_timeline_render() drew, for a selection of several events. Only
 * the primary selection gets the chip with its whole title.
 */
void
dl_timeline_render_highlight (cairo_t             *cr,
                              DlTimelineLayout    *layout,
                              const DlRenderStyle *style,
                              DlEvent             *event)
{
  guint n;
  double top;
  cairo_pattern_t *hatch;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);

  n = dl_timeline_layout_get_n_items (layout);
  top = dl_timeline_layout_get_header (layout)->height;
  hatch = create_hatch (&style->accent);
  cairo_save (cr);
  clip_to (cr, 0, top, dl_timeline_layout_get_time_width (layout), dl_timeline_layout_get_height (layout) - top);
  for (guint i = 0; i < n; i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);

      if (item->event != event)
        continue;
      draw_mark (cr, item, hatch, &style->accent, style);
      /* A ring, so that the selection reads without colour too */
      cairo_rectangle (cr, item->mark.x - 2.5, item->mark.y - 2.5, item->mark.width + 5, item->mark.height + 5);
      cairo_set_line_width (cr, 1);
      dl_color_set_source (cr, &style->accent);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
  cairo_pattern_destroy (hatch);
}

/**
 * dl_timeline_render_full:
 * @events: a #GListModel of #DlEvent
 * @viewport: (nullable): the time to show, or %NULL to fit every dated event
 *
 * Lays out and draws a timeline in one go, for export.
 */
void
dl_timeline_render_full (cairo_t             *cr,
                         GListModel          *events,
                         DlViewport          *viewport,
                         double               width,
                         double               height,
                         const DlRenderStyle *style)
{
  PangoContext *context;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(DlViewport) fitted = NULL;
  g_autoptr(DlTimelineLayout) layout = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));
  g_return_if_fail (style != NULL);

  if (width <= 0 || height <= 0)
    return;

  context = pango_cairo_create_context (cr);
  font = pango_font_description_new ();
  pango_font_description_set_family (font, style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_size (font, (int) ((style->font_size > 0 ? style->font_size : 10) * PANGO_SCALE));
  pango_context_set_font_description (context, font);

  if (viewport == NULL)
    {
      fitted = dl_viewport_new ();
      if (events != NULL)
        dl_timeline_fit_viewport (fitted, events, width);
      viewport = fitted;
    }

  layout = dl_timeline_layout_new (events, viewport, width, height, context);
  dl_timeline_render (cr, layout, style, NULL, NULL);
  g_object_unref (context);
}
