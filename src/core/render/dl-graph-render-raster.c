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
    mask = _dl_graph_render_edge_mask (p->layout, p->transform, width, height, scale, line_alpha);
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
