/* dl-graph-render-lod.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Level of detail for the edges of a dense graph. Fifty thousand lines
 * over a full-screen picture are a haze in which no one line can be
 * followed, yet scanning them costs an addition for each pixel of each
 * line, some thirty million. When the lines would touch more pixels
 * than DL_GRAPH_RENDER_COARSE_TOUCHES, they are scanned into a mask of
 * half the resolution each way, a quarter of the pixels, each line half
 * as thick in mask pixels so that it covers the same share of the
 * picture; the mask is spread back over the picture's pixels with
 * bilinear weights as it is tinted, so the haze has no blocks, and
 * comes out as dark on average. Discs, rings and labels go over it at
 * full resolution, as before. A graph whose lines touch fewer pixels
 * (any that a few articles give) is drawn as before, pixel for pixel.
 */
#include "config.h"

#include <math.h>

#include "dl-graph-render-private.h"

/* The estimate of how many pixels the lines touch looks at this many
 * of them at most, evenly spread: a tenth of a millisecond, where all
 * fifty thousand took some milliseconds */
#define SAMPLED_EDGES 1024
/* Rows of the picture a thread tints at a time */
#define TINT_STRIP_ROWS 32

static gboolean coarse_allowed = TRUE;

/**
 * _dl_graph_render_set_coarse_edges:
 * @allowed: whether dense edges may be drawn at half resolution
 *
 * For tests: with %FALSE, every frame drawn after scans its edges at
 * full resolution, however many pixels they touch.
 */
void
_dl_graph_render_set_coarse_edges (gboolean allowed)
{
  coarse_allowed = allowed;
}

/* The pixels of a line from @a to @b that the scan adds to: its
 * thickness across the length it has in the picture, and the two
 * pixels a column more that its ends and rounding take */
static double
line_touches (double ax,
              double ay,
              double bx,
              double by,
              double thickness,
              int    width,
              int    height)
{
  double dx, dy;

  if (!_dl_graph_render_clip_segment (width, height, thickness, &ax, &ay, &bx, &by))
    return 0;
  dx = fabs (bx - ax);
  dy = fabs (by - ay);
  return thickness * sqrt (dx * dx + dy * dy) + 2 * (MAX (dx, dy) + 1);
}

/**
 * _dl_graph_render_edge_touches:
 * @scale: device pixels per surface unit
 * @width: the picture's width, in device pixels
 * @height: its height
 *
 * Returns: about how many pixel additions scanning every edge of
 *   @layout into a @width × @height picture at full resolution costs:
 *   exactly so up to SAMPLED_EDGES edges, from an even sample of them
 *   past that
 */
double
_dl_graph_render_edge_touches (DlGraphLayout          *layout,
                               const DlGraphTransform *transform,
                               double                  scale,
                               int                     width,
                               int                     height)
{
  guint n_edges = dl_graph_layout_get_n_edges (layout);
  guint step = (n_edges + SAMPLED_EDGES - 1) / SAMPLED_EDGES;
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < n_edges; i += step, n++)
    {
      const DlGraphEdge *edge = dl_graph_layout_get_edge (layout, i);
      const DlGraphNode *a = dl_graph_layout_get_node (layout, edge->source);
      const DlGraphNode *b = dl_graph_layout_get_node (layout, edge->target);

      sum += line_touches ((a->x * transform->scale + transform->dx) * scale,
                           (a->y * transform->scale + transform->dy) * scale,
                           (b->x * transform->scale + transform->dx) * scale,
                           (b->y * transform->scale + transform->dy) * scale,
                           MAX (dl_graph_layout_edge_width (edge) * scale, 1.0), width, height);
    }
  return n > 0 ? sum * n_edges / n : 0;
}

/**
 * _dl_graph_render_wants_coarse:
 *
 * Returns: whether the edges of the painter's layout are better scanned
 *   at half the resolution of its picture
 */
gboolean
_dl_graph_render_wants_coarse (const DlGraphPainter *p)
{
  if (!coarse_allowed || p->picture == NULL)
    return FALSE;
  return _dl_graph_render_edge_touches (p->layout, p->transform, _dl_graph_render_device_scale (p->cr),
                                        cairo_image_surface_get_width (p->picture),
                                        cairo_image_surface_get_height (p->picture)) > DL_GRAPH_RENDER_COARSE_TOUCHES;
}

/**
 * _dl_graph_render_coarse_size:
 *
 * The size of a coarse mask for a picture of @width × @height pixels:
 * half of it, rounded up.
 */
void
_dl_graph_render_coarse_size (int  width,
                              int  height,
                              int *coarse_width,
                              int *coarse_height)
{
  *coarse_width = (width + 1) / 2;
  *coarse_height = (height + 1) / 2;
}

typedef struct
{
  guint32 *picture;
  int picture_stride;      /* in pixels */
  int width;
  int height;
  const guint8 *mask;
  int mask_stride;
  int mask_width;
  int mask_height;
  const guint32 *tints;
  const DlGraphSpeckJob *specks;
} Expand;

/* The pixel centres of the picture fall a quarter of a mask pixel from
 * the mask's: a picture pixel takes three quarters of the nearest mask
 * pixel and a quarter of the next, along each axis. Row @y of the
 * picture, four times over, from the mask's rows. */
static void
expand_column (const Expand *expand,
               int           y,
               guint16      *column)
{
  int near = y / 2;
  int far = CLAMP (y % 2 == 0 ? near - 1 : near + 1, 0, expand->mask_height - 1);
  const guint8 *a = expand->mask + (gsize) near * expand->mask_stride;
  const guint8 *b = expand->mask + (gsize) far * expand->mask_stride;

  for (int x = 0; x < expand->mask_width; x++)
    column[x] = (guint16) (3 * a[x] + b[x]);
}

/* The same across a row, from mask pixel @from to @to: sixteen times
 * the opacity, rounded */
static void
expand_row (const guint16 *column,
            int            mask_width,
            int            width,
            int            from,
            int            to,
            guint8        *cover)
{
  int last = mask_width - 1;

  for (int k = from; k <= to; k++)
    {
      guint near = 3 * column[k] + 8;

      cover[2 * k] = (guint8) ((near + column[MAX (k - 1, 0)]) >> 4);
      if (2 * k + 1 < width)
        cover[2 * k + 1] = (guint8) ((near + column[MIN (k + 1, last)]) >> 4);
    }
}

static void
expand_strip (gpointer  data,
              guint     index,
              gpointer *scratch)
{
  const Expand *expand = data;
  int top = (int) index * TINT_STRIP_ROWS;
  guint16 *column;
  guint8 *cover;

  if (*scratch == NULL)
    *scratch = _dl_graph_render_spare_take ((gsize) expand->mask_width * sizeof (guint16) + (gsize) expand->width + 1);
  column = *scratch;
  cover = (guint8 *) (column + expand->mask_width);
  for (int y = top; y < MIN (top + TINT_STRIP_ROWS, expand->height); y++)
    {
      int from = 0, to = expand->mask_width - 1;

      expand_column (expand, y, column);
      /* A graph leaves much of its picture bare, around it */
      while (from <= to && column[from] == 0)
        from++;
      while (to >= from && column[to] == 0)
        to--;
      if (from > to)
        continue;
      from = MAX (from - 1, 0);
      to = MIN (to + 1, expand->mask_width - 1);
      expand_row (column, expand->mask_width, expand->width, from, to, cover);
      _dl_graph_render_tint_row (expand->picture + (gsize) y * expand->picture_stride + 2 * from, cover + 2 * from,
                                 MIN (2 * to + 2, expand->width) - 2 * from, expand->tints);
    }
  /* The discs over these rows, while their pixels are at hand */
  if (expand->specks != NULL)
    _dl_graph_render_speck_rows (expand->specks, top, top + TINT_STRIP_ROWS - 1);
}

/**
 * _dl_graph_render_tint_coarse:
 * @mask: an A8 surface of half the resolution of @picture (see
 *   _dl_graph_render_coarse_size())
 * @tints: by opacity, premultiplied
 * @specks: (nullable): discs to draw over the lines
 *
 * The lines kept in @mask, spread over the pixels of @picture with
 * bilinear weights and tinted over it, and @specks over them: each
 * strip of rows gets its discs as soon as it has its lines, while its
 * pixels are still in the processor's cache.
 */
void
_dl_graph_render_tint_coarse (cairo_surface_t       *picture,
                              cairo_surface_t       *mask,
                              const guint32         *tints,
                              const DlGraphSpeckJob *specks)
{
  Expand expand;
  int mask_width, mask_height;

  cairo_surface_flush (picture);
  cairo_surface_flush (mask);
  expand.picture = (guint32 *) (gpointer) cairo_image_surface_get_data (picture);
  expand.picture_stride = cairo_image_surface_get_stride (picture) / 4;
  expand.width = cairo_image_surface_get_width (picture);
  expand.height = cairo_image_surface_get_height (picture);
  _dl_graph_render_coarse_size (expand.width, expand.height, &mask_width, &mask_height);
  g_return_if_fail (cairo_image_surface_get_width (mask) == mask_width &&
                    cairo_image_surface_get_height (mask) == mask_height);
  expand.mask = cairo_image_surface_get_data (mask);
  expand.mask_stride = cairo_image_surface_get_stride (mask);
  expand.mask_width = mask_width;
  expand.mask_height = mask_height;
  expand.tints = tints;
  expand.specks = specks;
  if (expand.width > 0 && expand.height > 0)
    _dl_graph_render_parallel ((guint) (expand.height + TINT_STRIP_ROWS - 1) / TINT_STRIP_ROWS, G_MAXUINT, expand_strip,
                               &expand);
  cairo_surface_mark_dirty (picture);
}

/**
 * _dl_graph_render_edge_layer:
 * @coarse: at the coarser level of dense graphs, or at full detail
 *
 * The edges alone over the background, in the foreground's tint: what
 * the tests and the benchmark compare the two levels of detail on.
 *
 * Returns: (transfer full): a new @width × @height picture
 */
cairo_surface_t *
_dl_graph_render_edge_layer (DlGraphLayout          *layout,
                             const DlGraphTransform *transform,
                             const DlRenderStyle    *style,
                             int                     width,
                             int                     height,
                             gboolean                coarse)
{
  cairo_surface_t *picture = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  double alpha = _dl_graph_render_edge_alpha (style);
  cairo_t *cr = cairo_create (picture);
  guint32 tints[256];

  dl_color_set_source (cr, &style->background);
  cairo_paint (cr);
  cairo_destroy (cr);
  _dl_graph_render_fill_tints (tints, &style->foreground, 1.0);
  if (coarse)
    {
      int mask_width, mask_height;
      cairo_surface_t *mask;

      _dl_graph_render_coarse_size (width, height, &mask_width, &mask_height);
      mask = cairo_image_surface_create (CAIRO_FORMAT_A8, mask_width, mask_height);
      _dl_graph_render_coarse_lines (layout, transform, 1.0, alpha, mask);
      _dl_graph_render_tint_coarse (picture, mask, tints, NULL);
      cairo_surface_destroy (mask);
    }
  else
    _dl_graph_render_edge_lines (layout, transform, 1.0, alpha, NULL, picture, tints);
  return picture;
}
