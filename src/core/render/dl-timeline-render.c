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
#include "dl-viewport.h"

#define CHIP_PAD_X 6.0
#define CHIP_PAD_Y 2.0

typedef enum
{
  STATE_NORMAL,
  STATE_HOVERED,
  STATE_SELECTED,
} ItemState;

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Snaps a vertical hairline to the pixel grid so it stays crisp */
static void
vertical_line (cairo_t *cr,
               double   x,
               double   top,
               double   bottom)
{
  x = floor (x) + 0.5;
  cairo_move_to (cr, x, top);
  cairo_line_to (cr, x, bottom);
}

static PangoLayout *
create_text (cairo_t          *cr,
             DlTimelineLayout *layout,
             DlTimelineFont    font)
{
  PangoLayout *text = pango_cairo_create_layout (cr);

  pango_layout_set_font_description (text, dl_timeline_layout_get_font (layout, font));
  pango_layout_set_single_paragraph_mode (text, TRUE);
  return text;
}

static void
draw_text (cairo_t     *cr,
           PangoLayout *text,
           const char  *string,
           double       x,
           double       y)
{
  pango_layout_set_text (text, string, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, text);
}

static gboolean
is_weekend (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);

  return dt != NULL && g_date_time_get_day_of_week (dt) >= 6;
}

/* Weekends are shaded when the axis shows single days, as calendars do */
static void
draw_weekends (cairo_t             *cr,
               DlTimelineLayout    *layout,
               const DlRenderStyle *style)
{
  DlTimeScale *scale = dl_timeline_layout_get_scale (layout);
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  double height = dl_timeline_layout_get_height (layout);
  const DlTick *ticks;
  guint n;

  if (dl_time_scale_get_unit (scale) != DL_TIME_UNIT_DAY)
    return;
  ticks = dl_time_scale_get_ticks (scale, &n);
  dl_color_set_source_alpha (cr, &style->foreground, style->dark ? 0.04 : 0.025);
  for (guint i = 0; i + 1 < n; i++)
    if (is_weekend (ticks[i].time))
      cairo_rectangle (cr, ticks[i].x, header->height, ticks[i + 1].x - ticks[i].x,
                       height - header->height);
  cairo_fill (cr);
}

static void
draw_grid (cairo_t             *cr,
           DlTimelineLayout    *layout,
           const DlRenderStyle *style)
{
  DlTimeScale *scale = dl_timeline_layout_get_scale (layout);
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  double height = dl_timeline_layout_get_height (layout);
  const DlTick *ticks;
  guint n;

  cairo_set_line_width (cr, 1);

  ticks = dl_time_scale_get_ticks (scale, &n);
  for (guint i = 0; i < n; i++)
    vertical_line (cr, ticks[i].x, header->minor_y - 2, height);
  dl_color_set_source_alpha (cr, &style->grid, 0.6);
  cairo_stroke (cr);

  ticks = dl_time_scale_get_major_ticks (scale, &n);
  for (guint i = 0; i < n; i++)
    vertical_line (cr, ticks[i].x, 0, height);
  dl_color_set_source (cr, &style->grid);
  cairo_stroke (cr);
}

static void
draw_header (cairo_t             *cr,
             DlTimelineLayout    *layout,
             const DlRenderStyle *style)
{
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  double width = dl_timeline_layout_get_width (layout);
  DlColor band = dl_color_mix (&style->background, &style->foreground, style->dark ? 0.05 : 0.03);

  band.alpha = 1;
  dl_color_set_source (cr, &band);
  cairo_rectangle (cr, 0, 0, width, header->height);
  cairo_fill (cr);

  dl_color_set_source (cr, &style->grid);
  cairo_rectangle (cr, 0, header->height - 1, width, 1);
  cairo_fill (cr);
}

static void
draw_tick_labels (cairo_t             *cr,
                  DlTimelineLayout    *layout,
                  const DlRenderStyle *style)
{
  DlTimeScale *scale = dl_timeline_layout_get_scale (layout);
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  g_autoptr(PangoLayout) minor = create_text (cr, layout, DL_TIMELINE_FONT_TICK);
  g_autoptr(PangoLayout) major = create_text (cr, layout, DL_TIMELINE_FONT_MAJOR_TICK);
  const DlTick *ticks;
  guint n;

  dl_color_set_source (cr, &style->foreground);
  ticks = dl_time_scale_get_major_ticks (scale, &n);
  for (guint i = 0; i < n; i++)
    if (ticks[i].label != NULL)
      draw_text (cr, major, ticks[i].label, ticks[i].label_x, header->major_y);

  dl_color_set_source (cr, &style->dim_foreground);
  ticks = dl_time_scale_get_ticks (scale, &n);
  for (guint i = 0; i < n; i++)
    if (ticks[i].label != NULL)
      draw_text (cr, minor, ticks[i].label, ticks[i].label_x, header->minor_y);
}

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

static void
mark_path (cairo_t              *cr,
           const DlTimelineItem *item)
{
  const cairo_rectangle_t *box = &item->mark;

  if (item->instant)
    diamond (cr, box);
  else
    rounded_rectangle (cr, box->x, box->y, box->width, box->height, box->height / 2);
}

/* Certainty in the marks: a date stated in the text is solid, a
 * resolved one lighter, an inferred one hollow and dashed. */
static void
paint_marks (cairo_t             *cr,
             DlCertainty          certainty,
             gboolean             instant,
             const DlColor       *color,
             const DlRenderStyle *style)
{
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, NULL, 0, 0);
  switch (certainty)
    {
    case DL_CERTAINTY_STATED:
      dl_color_set_source_alpha (cr, color, instant ? 1.0 : 0.16);
      cairo_fill_preserve (cr);
      dl_color_set_source_alpha (cr, color, instant ? 1.0 : 0.7);
      break;
    case DL_CERTAINTY_RELATIVE:
      dl_color_set_source_alpha (cr, color, instant ? 0.45 : 0.07);
      cairo_fill_preserve (cr);
      dl_color_set_source_alpha (cr, color, 0.45);
      break;
    case DL_CERTAINTY_INFERRED:
    case DL_CERTAINTY_UNKNOWN:
    default:
      dl_color_set_source (cr, &style->background);
      cairo_fill_preserve (cr);
      if (!instant)
        cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      dl_color_set_source_alpha (cr, color, 0.9);
      break;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_mark (cairo_t              *cr,
           const DlTimelineItem *item,
           const DlColor        *color,
           const DlRenderStyle  *style)
{
  mark_path (cr, item);
  paint_marks (cr, item->certainty, item->instant, color, style);
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
  rounded_rectangle (cr, left, top, right - left, bottom - top, 6);
  dl_color_set_source_alpha (cr, &style->foreground, style->dark ? 0.12 : 0.08);
  cairo_fill (cr);
}

static void
draw_label (cairo_t              *cr,
            PangoLayout          *text,
            const DlTimelineItem *item,
            const DlRenderStyle  *style)
{
  pango_layout_set_width (text, item->label_ellipsized ? (int) (item->label.width * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (text, item->label_ellipsized ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  if (item->certainty == DL_CERTAINTY_STATED || item->certainty == DL_CERTAINTY_RELATIVE)
    dl_color_set_source (cr, &style->foreground);
  else
    dl_color_set_source (cr, &style->dim_foreground);
  draw_text (cr, text, dl_event_get_title (item->event), item->label.x, item->label.y);
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

/* The selected event always shows its whole title, on an accent chip
 * drawn over whatever it covers. */
static void
draw_selected_label (cairo_t              *cr,
                     PangoLayout          *text,
                     const DlTimelineItem *item,
                     const DlRenderStyle  *style,
                     double                width)
{
  const char *title = dl_event_get_title (item->event);
  double x = item->instant ? item->mark.x + item->mark.width + 6 : item->label.x;
  DlColor chip_text = style->accent_foreground;
  DlColor dark_text = { 0.1, 0.1, 0.1, 1 };
  int text_width, text_height;

  /* Dark themes give a light accent, meant for text on dark ground;
   * white on it is hard to read, so such a chip gets dark text. */
  if (contrast (&style->accent, &dark_text) > contrast (&style->accent, &chip_text))
    chip_text = dark_text;

  pango_layout_set_width (text, -1);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (text, title != NULL ? title : "", -1);
  pango_layout_get_pixel_size (text, &text_width, &text_height);
  if (item->label_visible)
    x = item->label.x;
  x = MIN (x, width - text_width - CHIP_PAD_X - 2);
  x = MAX (x, CHIP_PAD_X + 2);

  rounded_rectangle (cr, x - CHIP_PAD_X, item->y - text_height / 2.0 - CHIP_PAD_Y,
                     text_width + 2 * CHIP_PAD_X, text_height + 2 * CHIP_PAD_Y, 6);
  dl_color_set_source (cr, &style->accent);
  cairo_fill (cr);
  dl_color_set_source (cr, &chip_text);
  cairo_move_to (cr, x, item->y - text_height / 2.0);
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
  vertical_line (cr, item->x, header->height, height);
  if (!item->instant)
    vertical_line (cr, item->x_end, header->height, height);
  dl_color_set_source_alpha (cr, &style->accent, 0.6);
  cairo_stroke (cr);
}

static void
draw_items (cairo_t             *cr,
            DlTimelineLayout    *layout,
            const DlRenderStyle *style,
            DlEvent             *selected,
            DlEvent             *hovered)
{
  g_autoptr(PangoLayout) text = create_text (cr, layout, DL_TIMELINE_FONT_LABEL);
  const DlTimelineItem *item;
  guint n = dl_timeline_layout_get_n_items (layout);
  DlColor color = dl_color_with_alpha (&style->foreground, style->high_contrast ? 1.0 : 0.8);

  if (hovered != NULL && hovered != selected &&
      (item = dl_timeline_layout_find_item (layout, hovered)) != NULL)
    draw_backdrop (cr, item, style);

  for (guint i = 0; i < n; i++)
    {
      item = dl_timeline_layout_get_item (layout, i);
      if (item->event != selected)
        draw_mark (cr, item, &color, style);
    }

  for (guint i = 0; i < n; i++)
    {
      item = dl_timeline_layout_get_item (layout, i);
      if (item->label_visible && item->event != selected)
        draw_label (cr, text, item, style);
    }

  /* Last, so that nothing covers it */
  if (selected != NULL && (item = dl_timeline_layout_find_item (layout, selected)) != NULL)
    {
      draw_mark (cr, item, &style->accent, style);
      draw_selected_label (cr, text, item, style, dl_timeline_layout_get_width (layout));
    }
}

/**
 * dl_timeline_render:
 * @layout: the geometry to draw
 * @selected: (nullable): the event to highlight with the accent colour
 * @hovered: (nullable): the event under the pointer
 *
 * Draws the axis, the grid and the events of @layout onto @cr, from
 * (0, 0) to the layout's size.
 */
void
dl_timeline_render (cairo_t             *cr,
                    DlTimelineLayout    *layout,
                    const DlRenderStyle *style,
                    DlEvent             *selected,
                    DlEvent             *hovered)
{
  const DlTimelineItem *item;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, dl_timeline_layout_get_width (layout), dl_timeline_layout_get_height (layout));
  cairo_clip (cr);

  dl_color_set_source (cr, &style->background);
  cairo_paint (cr);
  draw_header (cr, layout, style);
  draw_weekends (cr, layout, style);
  draw_grid (cr, layout, style);
  draw_tick_labels (cr, layout, style);

  if (selected != NULL && (item = dl_timeline_layout_find_item (layout, selected)) != NULL)
    draw_selection_guide (cr, layout, item, style);

  /* Events stay below the axis band even when their labels are long */
  cairo_rectangle (cr, 0, dl_timeline_layout_get_header (layout)->height,
                   dl_timeline_layout_get_width (layout), dl_timeline_layout_get_height (layout));
  cairo_clip (cr);
  draw_items (cr, layout, style, selected, hovered);
  cairo_restore (cr);
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
