/* dl-timeline-render-frame.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The frame the events of a timeline are drawn in: the two-row axis,
 * the grid, weekends, lane bands with their titles, the today marker
 * and the tray of undated events. Geometry comes from the layout.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dl-timeline-layout.h"
#include "dl-timeline-render-private.h"

void
_dl_timeline_render_rounded_rectangle (cairo_t *cr,
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
void
_dl_timeline_render_vline (cairo_t *cr,
                           double   x,
                           double   top,
                           double   bottom)
{
  x = floor (x) + 0.5;
  cairo_move_to (cr, x, top);
  cairo_line_to (cr, x, bottom);
}

PangoLayout *
_dl_timeline_render_create_text (cairo_t          *cr,
                                 DlTimelineLayout *layout,
                                 DlTimelineFont    font)
{
  PangoLayout *text = pango_cairo_create_layout (cr);

  pango_layout_set_font_description (text, dl_timeline_layout_get_font (layout, font));
  pango_layout_set_single_paragraph_mode (text, TRUE);
  return text;
}

void
_dl_timeline_render_text (cairo_t     *cr,
                          PangoLayout *text,
                          const char  *string,
                          double       x,
                          double       y)
{
  pango_layout_set_text (text, string, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, text);
}

/* The ground of the axis band, the lane titles and the tray: a shade
 * off the background, stronger in the dark where it is harder to see */
static DlColor
ground_color (const DlRenderStyle *style,
              double               alpha)
{
  DlColor ground = dl_color_mix (&style->background, &style->foreground, style->dark ? 0.05 : 0.03);

  ground.alpha = alpha;
  return ground;
}

static gboolean
is_weekend (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);

  return dt != NULL && g_date_time_get_day_of_week (dt) >= 6;
}

/* Weekends are shaded when the axis shows single days, as calendars do */
void
_dl_timeline_render_weekends (cairo_t             *cr,
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

void
_dl_timeline_render_grid (cairo_t             *cr,
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
    _dl_timeline_render_vline (cr, ticks[i].x, header->minor_y - 2, height);
  dl_color_set_source_alpha (cr, &style->grid, 0.6);
  cairo_stroke (cr);

  ticks = dl_time_scale_get_major_ticks (scale, &n);
  for (guint i = 0; i < n; i++)
    _dl_timeline_render_vline (cr, ticks[i].x, 0, height);
  dl_color_set_source (cr, &style->grid);
  cairo_stroke (cr);
}

void
_dl_timeline_render_header (cairo_t             *cr,
                            DlTimelineLayout    *layout,
                            const DlRenderStyle *style)
{
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  double width = dl_timeline_layout_get_width (layout);
  DlColor band = ground_color (style, 1);

  dl_color_set_source (cr, &band);
  cairo_rectangle (cr, 0, 0, width, header->height);
  cairo_fill (cr);

  dl_color_set_source (cr, &style->grid);
  cairo_rectangle (cr, 0, header->height - 1, width, 1);
  cairo_fill (cr);
}

void
_dl_timeline_render_tick_labels (cairo_t             *cr,
                                 DlTimelineLayout    *layout,
                                 const DlRenderStyle *style)
{
  DlTimeScale *scale = dl_timeline_layout_get_scale (layout);
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  g_autoptr(PangoLayout) minor = _dl_timeline_render_create_text (cr, layout, DL_TIMELINE_FONT_TICK);
  g_autoptr(PangoLayout) major = _dl_timeline_render_create_text (cr, layout, DL_TIMELINE_FONT_MAJOR_TICK);
  const DlTick *ticks;
  guint n;

  dl_color_set_source (cr, &style->foreground);
  ticks = dl_time_scale_get_major_ticks (scale, &n);
  for (guint i = 0; i < n; i++)
    if (ticks[i].label != NULL)
      _dl_timeline_render_text (cr, major, ticks[i].label, ticks[i].label_x, header->major_y);

  dl_color_set_source (cr, &style->dim_foreground);
  ticks = dl_time_scale_get_ticks (scale, &n);
  for (guint i = 0; i < n; i++)
    if (ticks[i].label != NULL)
      _dl_timeline_render_text (cr, minor, ticks[i].label, ticks[i].label_x, header->minor_y);
}

static double
lane_title_width (DlTimelineLayout *layout)
{
  return MIN (dl_timeline_layout_get_time_width (layout) * 0.5, 360);
}

/* Lanes take turns in a faint shade, each under a title that stays at
 * the left edge however far the view pans */
void
_dl_timeline_render_lanes (cairo_t             *cr,
                           DlTimelineLayout    *layout,
                           const DlRenderStyle *style)
{
  double width = dl_timeline_layout_get_time_width (layout);
  guint n = dl_timeline_layout_get_n_lanes (layout);

  for (guint l = 0; l < n; l++)
    {
      const DlTimelineLane *lane = dl_timeline_layout_get_lane (layout, l);

      if (lane->name == NULL)
        continue;
      if (l % 2 == 1)
        {
          dl_color_set_source_alpha (cr, &style->foreground, style->dark ? 0.035 : 0.02);
          cairo_rectangle (cr, 0, lane->y, width, lane->height);
          cairo_fill (cr);
        }
      dl_color_set_source_alpha (cr, &style->grid, 0.8);
      cairo_rectangle (cr, 0, floor (lane->y), width, 1);
      cairo_fill (cr);
    }
}

void
_dl_timeline_render_lane_titles (cairo_t             *cr,
                                 DlTimelineLayout    *layout,
                                 const DlRenderStyle *style)
{
  g_autoptr(PangoLayout) text = _dl_timeline_render_create_text (cr, layout, DL_TIMELINE_FONT_TICK);
  DlColor chip = ground_color (style, 0.92);
  guint n = dl_timeline_layout_get_n_lanes (layout);
  int text_width, text_height;

  pango_layout_set_width (text, (int) (lane_title_width (layout) * PANGO_SCALE));
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  for (guint l = 0; l < n; l++)
    {
      const DlTimelineLane *lane = dl_timeline_layout_get_lane (layout, l);
      double dot = lane->kind >= 0 ? 12 : 0;

      if (lane->name == NULL)
        continue;
      pango_layout_set_text (text, lane->name, -1);
      pango_layout_get_pixel_size (text, &text_width, &text_height);
      _dl_timeline_render_rounded_rectangle (cr, 2, lane->y + 2, text_width + dot + 12, text_height + 2, 4);
      dl_color_set_source (cr, &chip);
      cairo_fill (cr);
      if (lane->kind >= 0 && lane->kind <= DL_ACTOR_KIND_OTHER)
        {
          cairo_arc (cr, 12, lane->y + 3 + text_height / 2.0, 3.5, 0, 2 * G_PI);
          dl_color_set_source (cr, &style->kinds[lane->kind]);
          cairo_fill (cr);
        }
      dl_color_set_source (cr, &style->dim_foreground);
      cairo_move_to (cr, 8 + dot, lane->y + 3);
      pango_cairo_show_layout (cr, text);
    }
}

/* A line through now, and its name in the axis */
void
_dl_timeline_render_today (cairo_t             *cr,
                           DlTimelineLayout    *layout,
                           const DlRenderStyle *style)
{
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  double x = dl_timeline_layout_get_today_x (layout);
  g_autoptr(PangoLayout) text = NULL;
  int text_width, text_height;

  if (isnan (x))
    return;
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, round (x), header->minor_y);
  cairo_line_to (cr, round (x), dl_timeline_layout_get_height (layout));
  dl_color_set_source_alpha (cr, &style->foreground, 0.55);
  cairo_stroke (cr);

  text = _dl_timeline_render_create_text (cr, layout, DL_TIMELINE_FONT_MAJOR_TICK);
  pango_layout_set_text (text, _("Today"), -1);
  pango_layout_get_pixel_size (text, &text_width, &text_height);
  x = CLAMP (x - text_width / 2.0, 2, dl_timeline_layout_get_time_width (layout) - text_width - 2);
  _dl_timeline_render_rounded_rectangle (cr, x - 4, header->minor_y - 1, text_width + 8, text_height + 2, 4);
  dl_color_set_source (cr, &style->foreground);
  cairo_fill (cr);
  dl_color_set_source (cr, &style->background);
  cairo_move_to (cr, x, header->minor_y);
  pango_cairo_show_layout (cr, text);
}

/* The tray of undated events: its own ground, a title in the axis band
 * and a count of what did not fit */
void
_dl_timeline_render_tray (cairo_t             *cr,
                          DlTimelineLayout    *layout,
                          const DlRenderStyle *style)
{
  const DlTimelineTray *tray = dl_timeline_layout_get_tray (layout);
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  double height = dl_timeline_layout_get_height (layout);
  guint n = dl_timeline_layout_get_n_undated (layout);
  g_autoptr(PangoLayout) text = NULL;
  g_autofree char *title = NULL;
  DlColor ground = ground_color (style, 1);

  if (tray->width <= 0)
    return;
  dl_color_set_source (cr, &ground);
  cairo_rectangle (cr, tray->x, 0, tray->width, height);
  cairo_fill (cr);
  dl_color_set_source (cr, &style->grid);
  cairo_rectangle (cr, tray->x, 0, 1, height);
  cairo_rectangle (cr, tray->x, header->height - 1, tray->width, 1);
  cairo_fill (cr);

  text = _dl_timeline_render_create_text (cr, layout, DL_TIMELINE_FONT_MAJOR_TICK);
  pango_layout_set_width (text, (int) ((tray->width - 20) * PANGO_SCALE));
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Undated Event", "%u Undated Events",
                                        n + tray->n_hidden), n + tray->n_hidden);
  dl_color_set_source (cr, &style->foreground);
  _dl_timeline_render_text (cr, text, title, tray->x + 12, header->major_y);
  if (tray->n_hidden > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more", "%u more",
                                                            tray->n_hidden), tray->n_hidden);
      double y = n > 0 ? dl_timeline_layout_get_undated (layout, n - 1)->y + dl_timeline_layout_get_row_height (layout)
                       : header->height + 12;

      dl_color_set_source (cr, &style->dim_foreground);
      _dl_timeline_render_text (cr, text, more, tray->x + 12, y - header->minor_y / 2);
    }
}
