/* dl-graph-render-raster.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fast path for big graphs on pixel surfaces. Cairo strokes each
 * line through its general path machinery, some microseconds apiece:
 * tens of thousands of edges would take a good part of a second. Here
 * edges are scanned straight into an alpha mask (anti-aliased, with the
 * same width and the same piling up of overlaps as strokes) and small
 * discs into one layer, and cairo composites each once. Vector targets
 * (SVG, PDF) keep real paths.
 */
#include "config.h"

#include <math.h>

#include "dl-graph-render-private.h"

/* Mask pixels a frame may spend on edges. A hairball of long lines
 * covering the picture many times over is drawn into a coarser mask,
 * scaled up when composited: it reads as the same grey haze, and the
 * frame stays short. Zoomed in, lines are clipped and the mask is sharp. */
#define EDGE_PIXEL_BUDGET 4.0e6
#define MIN_MASK_SCALE 0.35

typedef struct
{
  guint8 *data;
  int stride;
  int width;
  int height;
  double scale;  /* mask pixels per surface unit */
  int alpha;     /* 0..255, one line's opacity */
} Mask;

/**
 * _dl_graph_render_can_raster:
 *
 * Returns: whether @cr draws pixels (not SVG, PDF or PostScript) through
 *   a plain scale, so that a mask made here lands where paths would
 */
gboolean
_dl_graph_render_can_raster (cairo_t *cr)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xy != 0 || matrix.yx != 0 || matrix.xx <= 0 || matrix.xx != matrix.yy)
    return FALSE;
  return type == CAIRO_SURFACE_TYPE_IMAGE || type == CAIRO_SURFACE_TYPE_RECORDING;
}

static double
device_scale (cairo_t *cr)
{
  cairo_matrix_t matrix;
  double sx = 1, sy = 1;

  cairo_get_matrix (cr, &matrix);
  cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
  return CLAMP (matrix.xx * sx, 0.1, 8.0);
}

/* Liang-Barsky: the part of the segment within the mask and a margin,
 * so a line far off the surface costs nothing */
static gboolean
clip_segment (const Mask *mask,
              double      margin,
              double     *ax,
              double     *ay,
              double     *bx,
              double     *by)
{
  double p[4] = { -(*bx - *ax), *bx - *ax, -(*by - *ay), *by - *ay };
  double q[4] = { *ax + margin, mask->width + margin - *ax, *ay + margin, mask->height + margin - *ay };
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

/* One line along its major axis, column by column: each column covers
 * the line's thickness across it, with partial pixels at both sides
 * and at the ends. @swap scans rows instead, for steep lines. The line
 * was clipped to the mask (and a margin) before. */
static void
scan_line (Mask     *mask,
           double    u0,
           double    v0,
           double    u1,
           double    v1,
           double    width,
           gboolean  swap)
{
  int u_limit = swap ? mask->height : mask->width;
  int v_limit = swap ? mask->width : mask->height;
  int u_step = swap ? mask->stride : 1;
  int v_step = swap ? 1 : mask->stride;
  double slope, half;
  int first, last;

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
  half = width / 2 * sqrt (1 + slope * slope);
  first = MAX ((int) floor (u0), 0);
  last = MIN ((int) floor (u1), u_limit - 1);

  for (int u = first; u <= last; u++)
    {
      double along = u1 - u0 < 1 ? u1 - u0 : MIN (u + 1, u1) - MAX (u, u0);
      double vc = v0 + slope * (CLAMP (u + 0.5, u0, u1) - u0);
      double lo = vc - half, hi = vc + half;
      int v_first = MAX ((int) floor (lo), 0);
      int v_last = MIN ((int) floor (hi), v_limit - 1);
      guint8 *pixel = mask->data + u * u_step + v_first * v_step;

      for (int v = v_first; v <= v_last; v++, pixel += v_step)
        {
          int add = (int) (along * (MIN (v + 1, hi) - MAX (v, lo)) * mask->alpha + 0.5);

          *pixel += (add * (255 - *pixel) + 127) / 255;
        }
    }
}

static void
draw_line (Mask   *mask,
           double  ax,
           double  ay,
           double  bx,
           double  by,
           double  width)
{
  ax *= mask->scale;
  ay *= mask->scale;
  bx *= mask->scale;
  by *= mask->scale;
  width = MAX (width * mask->scale, 1.0);
  if (!clip_segment (mask, width, &ax, &ay, &bx, &by))
    return;
  if (fabs (bx - ax) >= fabs (by - ay))
    scan_line (mask, ax, ay, bx, by, width, FALSE);
  else
    scan_line (mask, ay, ax, by, bx, width, TRUE);
}

/* Roughly how many surface pixels the visible lines cover */
static double
edge_pixels (DlGraphLayout          *layout,
             const DlGraphTransform *transform,
             double                  width,
             double                  height)
{
  double diagonal = hypot (width, height), total = 0;

  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    {
      const DlGraphEdge *edge = dl_graph_layout_get_edge (layout, i);
      const DlGraphNode *a = dl_graph_layout_get_node (layout, edge->source);
      const DlGraphNode *b = dl_graph_layout_get_node (layout, edge->target);

      total += (MIN (hypot (a->x - b->x, a->y - b->y) * transform->scale, diagonal) + 1) *
               (dl_graph_layout_edge_width (edge) + 1);
    }
  return total;
}

static cairo_surface_t *
create_edge_mask (DlGraphLayout          *layout,
                  const DlGraphTransform *transform,
                  double                  width,
                  double                  height,
                  double                  scale,
                  double                  alpha)
{
  double cost = edge_pixels (layout, transform, width, height);
  cairo_surface_t *surface;
  Mask mask;

  if (cost * scale * scale > EDGE_PIXEL_BUDGET)
    scale = MAX (sqrt (EDGE_PIXEL_BUDGET / cost), MIN_MASK_SCALE * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, (int) ceil (width * scale), (int) ceil (height * scale));
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_flush (surface);
  mask = (Mask) { cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface),
                  cairo_image_surface_get_width (surface), cairo_image_surface_get_height (surface),
                  scale, (int) (CLAMP (alpha, 0, 1) * 255 + 0.5) };

  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    {
      const DlGraphEdge *edge = dl_graph_layout_get_edge (layout, i);
      const DlGraphNode *a = dl_graph_layout_get_node (layout, edge->source);
      const DlGraphNode *b = dl_graph_layout_get_node (layout, edge->target);

      draw_line (&mask,
                 a->x * transform->scale + transform->dx, a->y * transform->scale + transform->dy,
                 b->x * transform->scale + transform->dx, b->y * transform->scale + transform->dy,
                 dl_graph_layout_edge_width (edge));
    }
  cairo_surface_mark_dirty (surface);
  cairo_surface_set_device_scale (surface, scale, scale);
  return surface;
}

static gboolean
cache_matches (const DlGraphRenderCache *cache,
               DlGraphLayout            *layout,
               const DlGraphTransform   *transform,
               double                    width,
               double                    height,
               double                    scale,
               double                    alpha)
{
  return cache->edges != NULL && cache->generation == dl_graph_layout_get_generation (layout) &&
         cache->transform.scale == transform->scale && cache->transform.dx == transform->dx &&
         cache->transform.dy == transform->dy && cache->width == width && cache->height == height &&
         cache->scale == scale && cache->alpha == alpha;
}

/**
 * _dl_graph_render_raster_edges:
 * @color: the lines' colour
 * @line_alpha: one line's opacity; overlapping lines pile up as
 *   strokes do
 * @paint_alpha: how much of all that shows (less with a selection)
 * @cache: (nullable): where the lines may be kept for the next frame
 *
 * Draws every edge of @layout with its width.
 */
void
_dl_graph_render_raster_edges (cairo_t                *cr,
                               DlGraphLayout          *layout,
                               const DlGraphTransform *transform,
                               double                  width,
                               double                  height,
                               const DlColor          *color,
                               double                  line_alpha,
                               double                  paint_alpha,
                               DlGraphRenderCache     *cache)
{
  double scale = device_scale (cr);
  cairo_surface_t *surface;

  if (cache != NULL && cache_matches (cache, layout, transform, width, height, scale, line_alpha))
    surface = cairo_surface_reference (cache->edges);
  else
    surface = create_edge_mask (layout, transform, width, height, scale, line_alpha);
  if (surface == NULL)
    return;

  cairo_save (cr);
  dl_color_set_source_alpha (cr, color, paint_alpha);
  cairo_mask_surface (cr, surface, 0, 0);
  cairo_restore (cr);

  if (cache != NULL && cache->edges != surface)
    {
      g_clear_pointer (&cache->edges, cairo_surface_destroy);
      *cache = (DlGraphRenderCache) { cairo_surface_reference (surface), dl_graph_layout_get_generation (layout),
                                      *transform, width, height, scale, line_alpha };
    }
  cairo_surface_destroy (surface);
}

/* An opaque colour over a premultiplied pixel, by coverage */
static inline void
blend_pixel (guint32       *pixel,
             const guint32  color,
             double         coverage)
{
  guint32 a = (guint32) (MIN (coverage, 1.0) * 256);
  guint32 keep = 256 - a;
  guint32 value = *pixel;
  guint32 rb = (((color & 0xff00ff) * a + (value & 0xff00ff) * keep) >> 8) & 0xff00ff;
  guint32 ag = ((((color >> 8) & 0xff00ff) * a + ((value >> 8) & 0xff00ff) * keep)) & 0xff00ff00;

  *pixel = rb | ag;
}

static guint32
pack_color (const DlColor *color)
{
  return 0xff000000u |
         (guint32) (CLAMP (color->red, 0, 1) * 255 + 0.5) << 16 |
         (guint32) (CLAMP (color->green, 0, 1) * 255 + 0.5) << 8 |
         (guint32) (CLAMP (color->blue, 0, 1) * 255 + 0.5);
}

static void
draw_speck (guint8             *data,
            int                 stride,
            int                 width,
            int                 height,
            double              scale,
            const DlGraphSpeck *speck)
{
  double cx = speck->x * scale, cy = speck->y * scale, r = speck->radius * scale;
  guint32 color = pack_color (&speck->color);
  int x0 = MAX ((int) floor (cx - r - 1), 0), x1 = MIN ((int) ceil (cx + r + 1), width - 1);
  int y0 = MAX ((int) floor (cy - r - 1), 0), y1 = MIN ((int) ceil (cy + r + 1), height - 1);

  for (int y = y0; y <= y1; y++)
    for (int x = x0; x <= x1; x++)
      {
        /* Distance from the rim, a pixel wide, gives the coverage */
        double d = hypot (x + 0.5 - cx, y + 0.5 - cy);
        double coverage = CLAMP (r + 0.5 - d, 0.0, 1.0);

        if (coverage > 0)
          blend_pixel ((guint32 *) (data + y * stride) + x, color, coverage);
      }
}

/**
 * _dl_graph_render_raster_specks:
 *
 * Draws small opaque discs, in order, in one layer.
 */
void
_dl_graph_render_raster_specks (cairo_t            *cr,
                                const DlGraphSpeck *specks,
                                guint               n_specks,
                                double              width,
                                double              height)
{
  double scale = device_scale (cr);
  cairo_surface_t *surface;
  guint8 *data;
  int stride, w, h;

  if (n_specks == 0)
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale), (int) ceil (height * scale));
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return;
    }
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  w = cairo_image_surface_get_width (surface);
  h = cairo_image_surface_get_height (surface);
  for (guint i = 0; i < n_specks; i++)
    draw_speck (data, stride, w, h, scale, &specks[i]);

  cairo_surface_mark_dirty (surface);
  cairo_surface_set_device_scale (surface, scale, scale);
  cairo_save (cr);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}
