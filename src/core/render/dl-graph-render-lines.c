/* dl-graph-render-lines.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edges of a big graph as one alpha mask, for the raster path
 * (dl-graph-render-raster.c). Fifty thousand lines across a full-screen
 * picture touch some twenty-five million pixels, so the work a pixel
 * costs is what counts:
 *
 * - Lines are scanned in fixed point along their major axis, a column
 *   at a time; within a column only the two end pixels are partly
 *   covered, the ones between take the whole of the line.
 * - Coverage is summed in 16 bits, one addition a pixel, and turned into
 *   opacity once at the end, through a table: n lines of opacity a
 *   over a pixel give 1 - (1 - a)^n, as n strokes over each other do.
 * - The picture is cut into horizontal bands scanned on as many
 *   threads, each band by one thread, so no pixel is shared.
 */
#include "config.h"

#include <math.h>

#include "dl-graph-render-private.h"

#define FIXED_ONE 65536
/* What a pixel wholly under one line adds to its sum: with 16 bits,
 * sixty-three lines over each other before the sum saturates, when
 * lines faint enough to need as many are opaque long before */
#define LINE_UNIT 1024
#define MAX_BANDS 8
/* Below this many edges a thread costs more than it saves */
#define EDGES_PER_THREAD 2000

typedef struct
{
  guint16 *sums;
  int stride;    /* in sums */
  int width;
  int height;
} Band;

typedef struct
{
  DlGraphLayout *layout;
  const DlGraphTransform *transform;
  double scale;    /* mask pixels per surface unit */
  Band band;
  int top;         /* the first row of the band within the mask */
} BandJob;

/* Liang-Barsky: the part of the segment within the band and a margin,
 * so a line far off it costs nothing */
static gboolean
clip_segment (const Band *band,
              double      margin,
              double     *ax,
              double     *ay,
              double     *bx,
              double     *by)
{
  double p[4] = { -(*bx - *ax), *bx - *ax, -(*by - *ay), *by - *ay };
  double q[4] = { *ax + margin, band->width + margin - *ax, *ay + margin, band->height + margin - *ay };
  double t0 = 0, t1 = 1;
  double x0 = *ax, y0 = *ay;

  for (guint i = 0; i < 4; i++)
    {
      double t;

      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      t = q[i] / p[i];
      if (p[i] < 0)
        t0 = MAX (t0, t);
      else
        t1 = MIN (t1, t);
    }
  if (t0 > t1)
    return FALSE;
  *ax = x0 + t0 * (*bx - x0);
  *ay = y0 + t0 * (*by - y0);
  *bx = x0 + t1 * (*bx - x0);
  *by = y0 + t1 * (*by - y0);
  return TRUE;
}

static inline void
add_to (guint16 *sum,
        int      amount)
{
  int total = *sum + amount;

  *sum = (guint16) MIN (total, G_MAXUINT16);
}

/* One column of a line: the pixels between @lo and @hi (16.16 fixed
 * point across the line), each by the part of it they cover, times
 * @weight (%LINE_UNIT × the part of the column the line spans) */
static inline void
scan_column (guint16 *sums,
             int      step,
             int      lo,
             int      hi,
             int      limit,
             int      weight)
{
  int first = lo >> 16, last = hi >> 16;

  if (first == last)
    {
      if (first >= 0 && first < limit)
        add_to (sums + first * step, (int) (((gint64) (hi - lo) * weight) >> 16));
      return;
    }
  if (first >= 0 && first < limit)
    add_to (sums + first * step, (int) (((gint64) (((first + 1) << 16) - lo) * weight) >> 16));
  for (int v = MAX (first + 1, 0); v < MIN (last, limit); v++)
    add_to (sums + v * step, weight);
  if (last >= 0 && last < limit)
    add_to (sums + last * step, (int) (((gint64) (hi - (last << 16)) * weight) >> 16));
}

/* The weight of column @u of a line from @u0 to @u1: the ends cover
 * part of theirs */
static int
end_weight (int    u,
            double u0,
            double u1)
{
  double along = u1 - u0 < 1 ? u1 - u0 : MIN (u + 1, u1) - MAX (u, u0);

  return (int) (along * LINE_UNIT + 0.5);
}

/* One line along its major axis, column by column: each column covers
 * the line's thickness across it. @swap scans rows instead, for steep
 * lines. The line was clipped to the band (and a margin) before. */
static void
scan_line (Band     *band,
           double    u0,
           double    v0,
           double    u1,
           double    v1,
           double    width,
           gboolean  swap)
{
  int u_limit = swap ? band->height : band->width;
  int v_limit = swap ? band->width : band->height;
  int u_step = swap ? band->stride : 1;
  int v_step = swap ? 1 : band->stride;
  double slope;
  int first, last, centre, delta, reach;

  if (u1 < u0)
    {
      double t = u0;

      u0 = u1;
      u1 = t;
      t = v0;
      v0 = v1;
      v1 = t;
    }
  slope = u1 > u0 ? (v1 - v0) / (u1 - u0) : 0;
  first = MAX ((int) floor (u0), 0);
  last = MIN ((int) floor (u1), u_limit - 1);
  if (first > last)
    return;
  centre = (int) lround ((v0 + slope * (CLAMP (first + 0.5, u0, u1) - u0)) * FIXED_ONE);
  delta = (int) lround (slope * FIXED_ONE);
  reach = (int) lround (width / 2 * sqrt (1 + slope * slope) * FIXED_ONE);

  scan_column (band->sums + first * u_step, v_step, centre - reach, centre + reach, v_limit,
               end_weight (first, u0, u1));
  if (last == first)
    return;
  centre += delta;
  for (int u = first + 1; u < last; u++, centre += delta)
    scan_column (band->sums + u * u_step, v_step, centre - reach, centre + reach, v_limit, LINE_UNIT);
  centre = (int) lround ((v0 + slope * (CLAMP (last + 0.5, u0, u1) - u0)) * FIXED_ONE);
  scan_column (band->sums + last * u_step, v_step, centre - reach, centre + reach, v_limit,
               end_weight (last, u0, u1));
}

static void
draw_line (Band   *band,
           double  ax,
           double  ay,
           double  bx,
           double  by,
           double  width)
{
  if (!clip_segment (band, width, &ax, &ay, &bx, &by))
    return;
  if (fabs (bx - ax) >= fabs (by - ay))
    scan_line (band, ax, ay, bx, by, width, FALSE);
  else
    scan_line (band, ay, ax, by, bx, width, TRUE);
}

/* Every edge of the layout, as the part of it within the band */
static gpointer
scan_band (gpointer data)
{
  BandJob *job = data;
  const DlGraphTransform *t = job->transform;
  double s = job->scale;

  for (guint i = 0; i < dl_graph_layout_get_n_edges (job->layout); i++)
    {
      const DlGraphEdge *edge = dl_graph_layout_get_edge (job->layout, i);
      const DlGraphNode *a = dl_graph_layout_get_node (job->layout, edge->source);
      const DlGraphNode *b = dl_graph_layout_get_node (job->layout, edge->target);

      draw_line (&job->band,
                 (a->x * t->scale + t->dx) * s, (a->y * t->scale + t->dy) * s - job->top,
                 (b->x * t->scale + t->dx) * s, (b->y * t->scale + t->dy) * s - job->top,
                 MAX (dl_graph_layout_edge_width (edge) * s, 1.0));
    }
  return NULL;
}

static guint
count_bands (DlGraphLayout *layout,
             int            height)
{
  guint n = MIN (g_get_num_processors (), MAX_BANDS);

  n = MIN (n, dl_graph_layout_get_n_edges (layout) / EDGES_PER_THREAD);
  return CLAMP (n, 1, (guint) MAX (height / 16, 1));
}

/* The sums of the coverage of every line, each band on a thread of
 * its own and the first on this one */
static void
scan_bands (DlGraphLayout          *layout,
            const DlGraphTransform *transform,
            double                  scale,
            guint16                *sums,
            int                     width,
            int                     height)
{
  guint n_bands = count_bands (layout, height);
  BandJob jobs[MAX_BANDS];
  GThread *threads[MAX_BANDS] = { NULL };

  for (guint b = 0; b < n_bands; b++)
    {
      int top = height * b / n_bands, bottom = height * (b + 1) / n_bands;

      jobs[b] = (BandJob) { layout, transform, scale, { sums + (gsize) top * width, width, width, bottom - top }, top };
    }
  for (guint b = 1; b < n_bands; b++)
    threads[b] = g_thread_try_new ("graph-lines", scan_band, &jobs[b], NULL);
  scan_band (&jobs[0]);
  for (guint b = 1; b < n_bands; b++)
    {
      /* Without a thread, the band is scanned here */
      if (threads[b] == NULL)
        scan_band (&jobs[b]);
      else
        g_thread_join (threads[b]);
    }
}

/* The opacity of each sum of coverage, 0..255 */
static void
fill_opacities (guint8 *opacity,
                double  line_alpha)
{
  double keep = log1p (-CLAMP (line_alpha, 0, 0.999));

  for (guint sum = 0; sum <= G_MAXUINT16; sum++)
    opacity[sum] = (guint8) lround (255 * -expm1 (keep * sum / LINE_UNIT));
}

/**
 * _dl_graph_render_edge_mask:
 * @layout: the graph
 * @transform: from layout units to surface units
 * @width: the mask's width, in pixels
 * @height: its height
 * @scale: mask pixels per surface unit
 * @line_alpha: one line's opacity
 *
 * Returns: (transfer full) (nullable): an A8 surface of every edge,
 *   anti-aliased, lines over lines as strokes pile up; %NULL when no
 *   such surface can be had
 */
cairo_surface_t *
_dl_graph_render_edge_mask (DlGraphLayout          *layout,
                            const DlGraphTransform *transform,
                            int                     width,
                            int                     height,
                            double                  scale,
                            double                  line_alpha)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  g_autofree guint16 *sums = NULL;
  g_autofree guint8 *opacity = NULL;
  guint8 *data;
  int stride;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  sums = g_new0 (guint16, (gsize) width * height);
  scan_bands (layout, transform, scale, sums, width, height);
  opacity = g_new (guint8, G_MAXUINT16 + 1);
  fill_opacities (opacity, line_alpha);

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      data[(gsize) y * stride + x] = opacity[sums[(gsize) y * width + x]];
  cairo_surface_mark_dirty (surface);
  return surface;
}
