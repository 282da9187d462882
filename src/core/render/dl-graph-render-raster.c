/* dl-graph-render-raster.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fast path for big graphs, drawing straight into the pixels of the
 * picture the renderer keeps. Cairo strokes and fills each shape
 * through its general path machinery, some microseconds apiece: tens
 * of thousands of edges and thousands of discs would take a good part
 * of a second. Here edges are scanned in fixed point into an alpha mask
 * (anti-aliased, with the same width and the same piling up of overlaps
 * as strokes) that is then tinted into the picture, and discs are
 * blended in pixel by pixel. Vector targets (SVG, PDF) keep real paths.
 */
#include "config.h"

#include <math.h>

#include "dl-graph-render-private.h"

#define FIXED_ONE 65536

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
 *   a plain scale, so that a picture made here lands where paths would
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

/**
 * _dl_graph_render_device_scale:
 *
 * Returns: how many device pixels one unit of @cr covers
 */
double
_dl_graph_render_device_scale (cairo_t *cr)
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

/* One column of a line: the pixels between @lo and @hi (16.16 fixed
 * point across the line), each by the part of it they cover, times
 * @alpha (0..255 × @along, the part of the column the line spans).
 * Lines pile up as strokes over strokes do. */
static inline void
scan_column (guint8 *pixel,
             int     step,
             int     lo,
             int     hi,
             int     limit,
             int     alpha)
{
  int v_first = MAX (lo >> 16, 0);
  int v_last = MIN (hi >> 16, limit - 1);

  pixel += v_first * step;
  for (int v = v_first; v <= v_last; v++, pixel += step)
    {
      int cover = MIN ((v + 1) << 16, hi) - MAX (v << 16, lo);
      int add = (int) (((gint64) cover * alpha + FIXED_ONE / 2) >> 16);

      *pixel += (add * (255 - *pixel) + 127) / 255;
    }
}

/* One line along its major axis, column by column, in fixed point:
 * each column covers the line's thickness across it, with partial
 * pixels at both sides and at the ends. @swap scans rows instead, for
 * steep lines. The line was clipped to the mask (and a margin) before. */
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
  half = width / 2 * sqrt (1 + slope * slope);
  first = MAX ((int) floor (u0), 0);
  last = MIN ((int) floor (u1), u_limit - 1);
  if (first > last)
    return;
  centre = (int) lround ((v0 + slope * (CLAMP (first + 0.5, u0, u1) - u0)) * FIXED_ONE);
  delta = (int) lround (slope * FIXED_ONE);
  reach = (int) lround (half * FIXED_ONE);

  for (int u = first; u <= last; u++, centre += delta)
    {
      int alpha = mask->alpha;

      /* The ends cover part of their column */
      if (u == first || u == last)
        {
          double along = u1 - u0 < 1 ? u1 - u0 : MIN (u + 1, u1) - MAX (u, u0);

          alpha = (int) (along * alpha + 0.5);
          if (u == last && u != first)
            centre = (int) lround ((v0 + slope * (CLAMP (u + 0.5, u0, u1) - u0)) * FIXED_ONE);
        }
      scan_column (mask->data + u * u_step, v_step, centre - reach, centre + reach, v_limit, alpha);
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

static cairo_surface_t *
create_edge_mask (DlGraphLayout          *layout,
                  const DlGraphTransform *transform,
                  int                     width,
                  int                     height,
                  double                  scale,
                  double                  alpha)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  Mask mask;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_flush (surface);
  mask = (Mask) { cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface),
                  width, height, scale, (int) (CLAMP (alpha, 0, 1) * 255 + 0.5) };

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
  return surface;
}

static guint32
premultiply (const DlColor *color,
             double         alpha)
{
  double a = CLAMP (alpha, 0, 1);

  return (guint32) (a * 255 + 0.5) << 24 |
         (guint32) (CLAMP (color->red, 0, 1) * a * 255 + 0.5) << 16 |
         (guint32) (CLAMP (color->green, 0, 1) * a * 255 + 0.5) << 8 |
         (guint32) (CLAMP (color->blue, 0, 1) * a * 255 + 0.5);
}

/* Premultiplied @color over @pixel: out = color + pixel × (1 - alpha) */
static inline guint32
over (guint32 color,
      guint32 pixel)
{
  guint32 keep = 255 - (color >> 24);
  guint32 rb = (pixel & 0xff00ff) * keep + 0x800080;
  guint32 ag = ((pixel >> 8) & 0xff00ff) * keep + 0x800080;

  rb = ((rb + ((rb >> 8) & 0xff00ff)) >> 8) & 0xff00ff;
  ag = (ag + ((ag >> 8) & 0xff00ff)) & 0xff00ff00;
  return color + (rb | ag);
}

/* The mask, tinted with @color, over the picture: one look-up a pixel */
static void
tint_mask (cairo_surface_t *picture,
           cairo_surface_t *mask,
           const DlColor   *color,
           double           alpha)
{
  guint32 tints[256];
  guint8 *data = cairo_image_surface_get_data (picture);
  guint8 *coverage = cairo_image_surface_get_data (mask);
  int stride = cairo_image_surface_get_stride (picture);
  int mask_stride = cairo_image_surface_get_stride (mask);
  int width = MIN (cairo_image_surface_get_width (picture), cairo_image_surface_get_width (mask));
  int height = MIN (cairo_image_surface_get_height (picture), cairo_image_surface_get_height (mask));

  for (guint i = 0; i < 256; i++)
    tints[i] = premultiply (color, color->alpha * alpha * i / 255.0);
  cairo_surface_flush (picture);
  for (int y = 0; y < height; y++)
    {
      guint32 *row = (guint32 *) (gpointer) (data + y * stride);
      const guint8 *cover = coverage + y * mask_stride;

      for (int x = 0; x < width; x++)
        if (cover[x] != 0)
          row[x] = row[x] == 0 ? tints[cover[x]] : over (tints[cover[x]], row[x]);
    }
  cairo_surface_mark_dirty (picture);
}

static gboolean
edges_match (const DlGraphRenderCache *cache,
             DlGraphLayout            *layout,
             const DlGraphTransform   *transform,
             double                    width,
             double                    height,
             double                    scale,
             double                    alpha)
{
  return cache->edges != NULL && cache->edges_generation == dl_graph_layout_get_generation (layout) &&
         memcmp (&cache->edges_transform, transform, sizeof *transform) == 0 &&
         cache->edges_width == width && cache->edges_height == height &&
         cache->edges_scale == scale && cache->edges_alpha == alpha;
}

static void
keep_edges (DlGraphPainter  *p,
            cairo_surface_t *mask,
            double           scale,
            double           alpha)
{
  DlGraphRenderCache *cache = p->cache;

  g_clear_pointer (&cache->edges, cairo_surface_destroy);
  cache->edges = cairo_surface_reference (mask);
  cache->edges_generation = dl_graph_layout_get_generation (p->layout);
  cache->edges_transform = *p->transform;
  cache->edges_width = p->width;
  cache->edges_height = p->height;
  cache->edges_scale = scale;
  cache->edges_alpha = alpha;
}

/**
 * _dl_graph_render_raster_edges:
 * @color: the lines' colour
 * @line_alpha: one line's opacity; overlapping lines pile up as
 *   strokes do
 * @paint_alpha: how much of all that shows (less with a selection)
 *
 * Draws every edge of the painter's layout with its width into its
 * picture, keeping the lines in its cache (if any) for the next frame.
 */
void
_dl_graph_render_raster_edges (DlGraphPainter *p,
                               const DlColor  *color,
                               double          line_alpha,
                               double          paint_alpha)
{
  double scale = _dl_graph_render_device_scale (p->cr);
  int width = cairo_image_surface_get_width (p->picture);
  int height = cairo_image_surface_get_height (p->picture);
  cairo_surface_t *mask;

  if (p->cache != NULL && edges_match (p->cache, p->layout, p->transform, p->width, p->height, scale, line_alpha))
    mask = cairo_surface_reference (p->cache->edges);
  else
    mask = create_edge_mask (p->layout, p->transform, width, height, scale, line_alpha);
  if (mask == NULL)
    return;
  tint_mask (p->picture, mask, color, paint_alpha);
  if (p->cache != NULL && p->cache->edges != mask)
    keep_edges (p, mask, scale, line_alpha);
  cairo_surface_destroy (mask);
}

/* An opaque colour over a premultiplied pixel, by coverage */
static inline void
blend_pixel (guint32 *pixel,
             guint32  color,
             double   coverage)
{
  guint32 a = (guint32) (MIN (coverage, 1.0) * 256);
  guint32 keep = 256 - a;
  guint32 value = *pixel;
  guint32 rb = (((color & 0xff00ff) * a + (value & 0xff00ff) * keep) >> 8) & 0xff00ff;
  guint32 ag = ((((color >> 8) & 0xff00ff) * a + ((value >> 8) & 0xff00ff) * keep)) & 0xff00ff00;

  *pixel = rb | ag;
}

/* Coverage of the pixel whose centre is @d from the centre, by a disc */
static inline double
disc_cover (double radius,
            double d)
{
  return CLAMP (radius + 0.5 - d, 0.0, 1.0);
}

typedef struct
{
  guint32 fill;
  guint32 outline;
  guint32 ring;
  double radius;
  double half_outline;
  double outer;
  gboolean has_ring;
} SpeckPaint;

static void
speck_pixel (guint32          *pixel,
             const SpeckPaint *paint,
             double            d)
{
  double r = paint->radius;

  if (paint->has_ring)
    blend_pixel (pixel, paint->ring, disc_cover (r + 1.5, d));
  blend_pixel (pixel, paint->fill, disc_cover (r, d));
  if (paint->half_outline > 0)
    blend_pixel (pixel, paint->outline,
                 disc_cover (r + paint->half_outline, d) - disc_cover (r - paint->half_outline, d));
}

static void
draw_speck (guint8             *data,
            int                 stride,
            int                 width,
            int                 height,
            double              scale,
            const DlGraphSpeck *speck,
            guint32             background)
{
  double cx = speck->x * scale, cy = speck->y * scale;
  SpeckPaint paint = { premultiply (&speck->color, 1), premultiply (&speck->outline, 1), background,
                       speck->radius * scale, speck->outline_width * scale / 2, 0, speck->ring };
  double outer, outer2;
  int x0, x1, y0, y1;

  paint.outer = outer = MAX (paint.radius + (paint.has_ring ? 1.5 * scale : 0), paint.radius + paint.half_outline) + 0.5;
  outer2 = outer * outer;
  x0 = MAX ((int) floor (cx - outer), 0);
  x1 = MIN ((int) ceil (cx + outer), width - 1);
  y0 = MAX ((int) floor (cy - outer), 0);
  y1 = MIN ((int) ceil (cy + outer), height - 1);
  for (int y = y0; y <= y1; y++)
    {
      guint32 *row = (guint32 *) (gpointer) (data + y * stride);
      double dy = y + 0.5 - cy;

      for (int x = x0; x <= x1; x++)
        {
          double dx = x + 0.5 - cx;
          double d2 = dx * dx + dy * dy;

          if (d2 < outer2)
            speck_pixel (row + x, &paint, sqrt (d2));
        }
    }
}

/**
 * _dl_graph_render_raster_specks:
 *
 * Draws discs, in order, straight into the painter's picture.
 */
void
_dl_graph_render_raster_specks (DlGraphPainter     *p,
                                const DlGraphSpeck *specks,
                                guint               n_specks)
{
  double scale = _dl_graph_render_device_scale (p->cr);
  guint32 background = premultiply (&p->style->background, 1);
  guint8 *data;
  int stride, width, height;

  if (n_specks == 0)
    return;
  cairo_surface_flush (p->picture);
  data = cairo_image_surface_get_data (p->picture);
  stride = cairo_image_surface_get_stride (p->picture);
  width = cairo_image_surface_get_width (p->picture);
  height = cairo_image_surface_get_height (p->picture);
  for (guint i = 0; i < n_specks; i++)
    draw_speck (data, stride, width, height, scale, &specks[i], background);
  cairo_surface_mark_dirty (p->picture);
}
