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
 * blended in pixel by pixel. Both go on as many threads as there are
 * processors, each on strips of rows of its own, taking the next strip
 * as it finishes one: no pixel is shared, and every pixel comes out as
 * it would on one thread. Vector targets (SVG, PDF) keep real paths.
 */
#include "config.h"

#include <math.h>

#include "dl-graph-render-private.h"

#define MAX_THREADS 8
/* How far past a disc its ring of background reaches, as draw_node()
 * draws it with cairo */
#define RING_WIDTH 1.5
/* Rows of the picture a thread draws discs into at a time */
#define SPECK_STRIP_ROWS 64

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

/**
 * _dl_graph_render_fill_tints:
 * @tints: (out caller-allocates) (array fixed-size=256): by opacity
 * @paint_alpha: how much of the lines shows
 *
 * The premultiplied pixel of @color at each opacity of a line mask.
 */
void
_dl_graph_render_fill_tints (guint32       *tints,
                             const DlColor *color,
                             double         paint_alpha)
{
  for (guint i = 0; i < 256; i++)
    tints[i] = premultiply (color, color->alpha * paint_alpha * i / 255.0);
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

/**
 * _dl_graph_render_tint_row:
 * @tints: by opacity, premultiplied
 *
 * A row of opacities, tinted, over a row of the picture.
 */
void
_dl_graph_render_tint_row (guint32       *row,
                           const guint8  *cover,
                           int            width,
                           const guint32 *tints)
{
  for (int x = 0; x < width; x++)
    if (cover[x] != 0)
      row[x] = row[x] == 0 ? tints[cover[x]] : over (tints[cover[x]], row[x]);
}

typedef struct
{
  guint32 *picture;
  int picture_stride;      /* in pixels */
  const guint8 *mask;
  int mask_stride;
  int width;
  int height;
  int strip_rows;
  const guint32 *tints;
} Tint;

static void
tint_strip (gpointer  data,
            guint     index,
            gpointer *scratch)
{
  const Tint *tint = data;
  int top = (int) index * tint->strip_rows;

  for (int y = top; y < MIN (top + tint->strip_rows, tint->height); y++)
    _dl_graph_render_tint_row (tint->picture + (gsize) y * tint->picture_stride, tint->mask + (gsize) y * tint->mask_stride,
              tint->width, tint->tints);
}

/**
 * _dl_graph_render_tint_mask:
 * @tints: by opacity, premultiplied
 *
 * The lines kept in @mask, tinted, over @picture: one look-up a pixel.
 */
void
_dl_graph_render_tint_mask (cairo_surface_t *picture,
                            cairo_surface_t *mask,
                            const guint32   *tints)
{
  Tint tint;

  cairo_surface_flush (picture);
  tint.picture = (guint32 *) (gpointer) cairo_image_surface_get_data (picture);
  tint.picture_stride = cairo_image_surface_get_stride (picture) / 4;
  tint.mask = cairo_image_surface_get_data (mask);
  tint.mask_stride = cairo_image_surface_get_stride (mask);
  tint.width = MIN (cairo_image_surface_get_width (picture), cairo_image_surface_get_width (mask));
  tint.height = MIN (cairo_image_surface_get_height (picture), cairo_image_surface_get_height (mask));
  tint.strip_rows = 64;
  tint.tints = tints;
  _dl_graph_render_parallel ((guint) (tint.height + tint.strip_rows - 1) / tint.strip_rows, MAX_THREADS,
                             tint_strip, &tint);
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
            double           alpha,
            gboolean         coarse)
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
  cache->edges_coarse = coarse;
}

static cairo_surface_t *
new_mask (int width,
          int height)
{
  cairo_surface_t *mask = _dl_graph_render_spare_surface (CAIRO_FORMAT_A8, width, height);

  if (cairo_surface_status (mask) != CAIRO_STATUS_SUCCESS)
    g_clear_pointer (&mask, cairo_surface_destroy);
  return mask;
}

/* Dense edges at half resolution (see dl-graph-render-lod.c), spread
 * over the picture. Returns the mask, or %NULL when none can be had. */
static cairo_surface_t *
draw_coarse_edges (DlGraphPainter        *p,
                   double                 scale,
                   double                 line_alpha,
                   const guint32         *tints,
                   const DlGraphSpeckJob *specks)
{
  int width, height;
  cairo_surface_t *mask;

  _dl_graph_render_coarse_size (cairo_image_surface_get_width (p->picture),
                                cairo_image_surface_get_height (p->picture), &width, &height);
  mask = new_mask (width, height);
  if (mask == NULL)
    return NULL;
  _dl_graph_render_coarse_lines (p->layout, p->transform, scale, line_alpha, mask);
  _dl_graph_render_tint_coarse (p->picture, mask, tints, specks);
  return mask;
}

/* Every edge at full resolution, into the picture and, when a cache
 * will keep it, a mask of its own, which is returned */
static cairo_surface_t *
draw_fine_edges (DlGraphPainter *p,
                 double          scale,
                 double          line_alpha,
                 const guint32  *tints)
{
  /* A mask only pays when a cache keeps it for the next frames */
  cairo_surface_t *mask = p->cache != NULL ? new_mask (cairo_image_surface_get_width (p->picture),
                                                       cairo_image_surface_get_height (p->picture)) : NULL;

  _dl_graph_render_edge_lines (p->layout, p->transform, scale, line_alpha, mask, p->picture, tints);
  return mask;
}

/* The discs waiting in the painter, to go in with the lines of a
 * coarse frame (see _dl_graph_render_base()), or %NULL */
static DlGraphSpeckJob *
take_specks (DlGraphPainter *p)
{
  DlGraphSpeckJob *job;

  if (p->specks == NULL || p->specks->len == 0)
    return NULL;
  job = _dl_graph_render_speck_job_new (p, (const DlGraphSpeck *) (gpointer) p->specks->data, p->specks->len);
  g_array_set_size (p->specks, 0);
  return job;
}

/* Edges at the coarser level, with @specks: from the cache's mask when
 * it holds, else scanned, and kept there. FALSE when no mask could be
 * had, and nothing was drawn. */
static gboolean
draw_coarse (DlGraphPainter        *p,
             double                 scale,
             double                 line_alpha,
             const guint32         *tints,
             const DlGraphSpeckJob *specks,
             gboolean               cached)
{
  cairo_surface_t *mask;

  if (cached)
    {
      _dl_graph_render_tint_coarse (p->picture, p->cache->edges, tints, specks);
      return TRUE;
    }
  mask = draw_coarse_edges (p, scale, line_alpha, tints, specks);
  if (mask == NULL)
    return FALSE;
  if (p->cache != NULL)
    keep_edges (p, mask, scale, line_alpha, TRUE);
  cairo_surface_destroy (mask);
  return TRUE;
}

/* Edges at full resolution: from the cache's mask when it holds, else
 * scanned, and kept there */
static void
draw_fine (DlGraphPainter *p,
           double          scale,
           double          line_alpha,
           const guint32  *tints,
           gboolean        cached)
{
  cairo_surface_t *mask;

  if (cached)
    {
      _dl_graph_render_tint_mask (p->picture, p->cache->edges, tints);
      return;
    }
  mask = draw_fine_edges (p, scale, line_alpha, tints);
  if (mask != NULL && p->cache != NULL)
    keep_edges (p, mask, scale, line_alpha, FALSE);
  g_clear_pointer (&mask, cairo_surface_destroy);
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
 * Dense edges go at a coarser level of detail where the painter says
 * so, and with them the discs waiting in the painter, if any.
 */
void
_dl_graph_render_raster_edges (DlGraphPainter *p,
                               const DlColor  *color,
                               double          line_alpha,
                               double          paint_alpha)
{
  double scale = _dl_graph_render_device_scale (p->cr);
  gboolean cached = p->cache != NULL &&
                    edges_match (p->cache, p->layout, p->transform, p->width, p->height, scale, line_alpha);
  gboolean coarse = cached ? p->cache->edges_coarse : p->coarse;
  DlGraphSpeckJob *specks = NULL;
  guint32 tints[256];

  _dl_graph_render_fill_tints (tints, color, paint_alpha);
  cairo_surface_flush (p->picture);
  if (coarse)
    specks = take_specks (p);
  if (!coarse || !draw_coarse (p, scale, line_alpha, tints, specks, cached))
    {
      draw_fine (p, scale, line_alpha, tints, cached);
      if (specks != NULL)
        _dl_graph_render_speck_job_draw (specks);
    }
  g_clear_pointer (&specks, _dl_graph_render_speck_job_free);
  cairo_surface_mark_dirty (p->picture);
}

/* A disc in pixels, with the look of its rim */
typedef struct
{
  double cx;
  double cy;
  guint32 fill;
  float radius;
  float outer;
  float inner2;     /* within the square root of this, the fill alone */
  const DlGraphShade *shade;
} SpeckPaint;

/* The rows a disc covers, apart from the discs, for strips to skip the
 * others with little to read */
typedef struct
{
  int top;
  int bottom;    /* the last */
} SpeckRows;

struct _DlGraphSpeckJob
{
  guint8 *data;
  int stride;
  int width;
  int height;
  int strip_rows;
  SpeckPaint *paints;
  SpeckRows *rows;
  guint n_specks;
  GPtrArray *shades;  /* the looks the discs use, held */
};

/* The look of @speck's rim: the last disc's, most often */
static const DlGraphShade *
speck_shade (DlGraphSpeckJob    *job,
             const DlGraphSpeck *speck,
             double              scale,
             guint32             background)
{
  DlGraphShade *last = job->shades->len > 0 ? g_ptr_array_index (job->shades, job->shades->len - 1) : NULL;
  guint32 fill = premultiply (&speck->color, 1), outline = premultiply (&speck->outline, 1);
  float half_outline = (float) (speck->outline_width * scale / 2);
  float ring_width = speck->ring ? (float) (RING_WIDTH * scale) : 0;
  DlGraphShade *shade;

  if (last != NULL && last->fill == fill && last->outline == outline && last->ring == background &&
      last->half_outline == half_outline && last->ring_width == ring_width)
    return last;
  shade = _dl_graph_render_shade_get (fill, outline, background, half_outline, ring_width);
  g_ptr_array_add (job->shades, shade);
  return shade;
}

static void
paint_speck (DlGraphSpeckJob    *job,
             guint               i,
             double              scale,
             const DlGraphSpeck *speck,
             guint32             background)
{
  SpeckPaint *paint = &job->paints[i];
  SpeckRows *rows = &job->rows[i];
  const DlGraphShade *shade = speck_shade (job, speck, scale, background);
  double inner;

  *paint = (SpeckPaint) { speck->x * scale, speck->y * scale, shade->fill, speck->radius * scale, 0, 0, shade };
  paint->outer = paint->radius + MAX (shade->ring_width, shade->half_outline) + 0.5;
  /* Where the fill covers a pixel wholly and the outline not at all,
   * the pixel is the fill; kept a hair inside, so that rounding cannot
   * take in a pixel of the rim */
  inner = paint->radius - 0.5 - shade->half_outline - 1e-6;
  paint->inner2 = inner > 0 ? inner * inner : -1;
  rows->top = MAX ((int) floor (paint->cy - paint->outer), 0);
  rows->bottom = MIN ((int) ceil (paint->cy + paint->outer), job->height - 1);
}

/* Pixels @from to @to of a row of a disc, @dy below its centre, each
 * as far from it as it is */
static void
speck_span (guint32          *row,
            const SpeckPaint *paint,
            double            dy,
            int               from,
            int               to)
{
  float outer2 = paint->outer * paint->outer, inner2 = paint->inner2, dy2 = dy * dy;
  float dx = from + 0.5f - (float) paint->cx;

  for (int x = from; x <= to; x++, dx += 1.0f)
    {
      float d2 = dx * dx + dy2;

      if (d2 <= inner2)
        row[x] = paint->fill;
      else if (d2 < outer2)
        row[x] = _dl_graph_render_shade_pixel (paint->shade, row[x], sqrtf (d2) - paint->radius);
    }
}

/* The columns of a row, @dy below a disc's centre, within @reach of
 * the centre, and a column more each side for rounding */
static void
row_reach (const SpeckPaint *paint,
           double            dy,
           double            reach2,
           int              *from,
           int              *to)
{
  double half = sqrt (reach2 - dy * dy);

  *from = (int) ceil (paint->cx - half - 0.5) - 1;
  *to = (int) floor (paint->cx + half - 0.5) + 1;
}

/* The part of a disc between rows @top and @bottom: a row's rim pixels
 * one by one, the run of fill between them at once */
static void
draw_speck (const DlGraphSpeckJob *job,
            const SpeckPaint      *paint,
            int                    top,
            int                    bottom)
{
  double outer2 = paint->outer * paint->outer;

  for (int y = top; y <= bottom; y++)
    {
      guint32 *row = (guint32 *) (gpointer) (job->data + y * job->stride);
      double dy = y + 0.5 - paint->cy;
      int from, to, fill_from = 0, fill_to = -1;

      if (dy * dy >= outer2)
        continue;
      row_reach (paint, dy, outer2, &from, &to);
      from = MAX (from, 0);
      to = MIN (to, job->width - 1);
      if (dy * dy < paint->inner2)
        {
          /* Short of the rounding columns, wholly inside */
          row_reach (paint, dy, paint->inner2, &fill_from, &fill_to);
          fill_from = MAX (fill_from + 2, from);
          fill_to = MIN (fill_to - 2, to);
        }
      if (fill_from > fill_to)
        {
          speck_span (row, paint, dy, from, to);
          continue;
        }
      speck_span (row, paint, dy, from, fill_from - 1);
      for (int x = fill_from; x <= fill_to; x++)
        row[x] = paint->fill;
      speck_span (row, paint, dy, fill_to + 1, to);
    }
}

/**
 * _dl_graph_render_speck_rows:
 *
 * Every disc of @job, in order, across rows @top to @bottom of the
 * picture: no pixel is another row's, so strips of rows go on threads
 * of their own.
 */
void
_dl_graph_render_speck_rows (const DlGraphSpeckJob *job,
                             int                    top,
                             int                    bottom)
{
  bottom = MIN (bottom, job->height - 1);
  for (guint i = 0; i < job->n_specks; i++)
    if (job->rows[i].top <= bottom && job->rows[i].bottom >= top)
      draw_speck (job, &job->paints[i], MAX (job->rows[i].top, top), MIN (job->rows[i].bottom, bottom));
}

static void
draw_speck_strip (gpointer  data,
                  guint     index,
                  gpointer *scratch)
{
  const DlGraphSpeckJob *job = data;
  int top = (int) index * job->strip_rows;

  _dl_graph_render_speck_rows (job, top, top + job->strip_rows - 1);
}

/**
 * _dl_graph_render_speck_job_draw:
 *
 * Every disc of @job into its picture, strips of rows on threads.
 */
void
_dl_graph_render_speck_job_draw (const DlGraphSpeckJob *job)
{
  _dl_graph_render_parallel ((guint) (job->height + job->strip_rows - 1) / job->strip_rows,
                             job->n_specks >= DL_GRAPH_RENDER_RASTER_MIN_ITEMS ? MAX_THREADS : 1,
                             draw_speck_strip, (gpointer) job);
}

/**
 * _dl_graph_render_speck_job_new:
 *
 * Returns: (transfer full): discs to draw, in order, into the
 *   painter's picture
 */
DlGraphSpeckJob *
_dl_graph_render_speck_job_new (DlGraphPainter     *p,
                                const DlGraphSpeck *specks,
                                guint               n_specks)
{
  double scale = _dl_graph_render_device_scale (p->cr);
  guint32 background = premultiply (&p->style->background, 1);
  DlGraphSpeckJob *job = g_new (DlGraphSpeckJob, 1);

  job->data = cairo_image_surface_get_data (p->picture);
  job->stride = cairo_image_surface_get_stride (p->picture);
  job->width = cairo_image_surface_get_width (p->picture);
  job->height = cairo_image_surface_get_height (p->picture);
  job->strip_rows = SPECK_STRIP_ROWS;
  job->paints = _dl_graph_render_spare_take (sizeof (SpeckPaint) * MAX (n_specks, 1));
  job->rows = _dl_graph_render_spare_take (sizeof (SpeckRows) * MAX (n_specks, 1));
  job->n_specks = n_specks;
  job->shades = g_ptr_array_new_with_free_func (_dl_graph_render_shade_unref);
  for (guint i = 0; i < n_specks; i++)
    paint_speck (job, i, scale, &specks[i], background);
  return job;
}

void
_dl_graph_render_speck_job_free (DlGraphSpeckJob *job)
{
  _dl_graph_render_spare_give (job->paints);
  _dl_graph_render_spare_give (job->rows);
  g_ptr_array_unref (job->shades);
  g_free (job);
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
  DlGraphSpeckJob *job;

  if (n_specks == 0)
    return;
  cairo_surface_flush (p->picture);
  job = _dl_graph_render_speck_job_new (p, specks, n_specks);
  _dl_graph_render_speck_job_draw (job);
  _dl_graph_render_speck_job_free (job);
  cairo_surface_mark_dirty (p->picture);
}

typedef struct
{
  DlGraphChunkFunc func;
  gpointer data;
  guint n_chunks;
  int next;
  GMutex lock;
  GCond done;
  guint helping;     /* helpers that have not finished */
} Parallel;

static void
run_chunks (Parallel *work)
{
  gpointer scratch = NULL;
  guint chunk;

  while ((chunk = (guint) g_atomic_int_add (&work->next, 1)) < work->n_chunks)
    work->func (work->data, chunk, &scratch);
  _dl_graph_render_spare_give (scratch);
}

static void
help (gpointer item,
      gpointer user_data)
{
  Parallel *work = item;

  run_chunks (work);
  g_mutex_lock (&work->lock);
  if (--work->helping == 0)
    g_cond_signal (&work->done);
  g_mutex_unlock (&work->lock);
}

/* Threads kept for every frame to come: a new thread a piece of work,
 * three times a frame, cost more than a tenth of a millisecond each on
 * the thread that asked. NULL with a single processor, or when none
 * could be had. */
static GThreadPool *
get_helpers (void)
{
  static GThreadPool *helpers;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      guint n = MIN (g_get_num_processors (), MAX_THREADS) - 1;

      helpers = n > 0 ? g_thread_pool_new (help, NULL, (int) n, TRUE, NULL) : NULL;
      g_once_init_leave (&ready, 1);
    }
  return helpers;
}

/**
 * _dl_graph_render_parallel:
 * @n_chunks: how many pieces the work comes in
 * @max_threads: on how many threads at most, this one included
 * @func: does one piece; its last argument is where a thread may keep
 *   memory from piece to piece, taken with _dl_graph_render_spare_take()
 *   and given back at the end. It must not call this function: the
 *   helper threads are shared, and would wait on each other.
 *
 * Does every piece, each thread taking the next as it finishes one, so
 * that pieces of unequal work keep all threads busy to the end. Frames
 * drawn at once on several threads share the helpers; each also works
 * on its own pieces, so none waits on another's for long.
 */
void
_dl_graph_render_parallel (guint            n_chunks,
                           guint            max_threads,
                           DlGraphChunkFunc func,
                           gpointer         data)
{
  Parallel work = { func, data, n_chunks, 0 };
  guint n_threads = MIN (MIN (max_threads, g_get_num_processors ()), MIN (n_chunks, MAX_THREADS));
  GThreadPool *helpers = n_threads > 1 ? get_helpers () : NULL;

  g_mutex_init (&work.lock);
  g_cond_init (&work.done);
  for (guint i = 1; helpers != NULL && i < n_threads; i++)
    {
      g_mutex_lock (&work.lock);
      work.helping++;
      g_mutex_unlock (&work.lock);
      if (!g_thread_pool_push (helpers, &work, NULL))
        {
          g_mutex_lock (&work.lock);
          work.helping--;
          g_mutex_unlock (&work.lock);
          break;
        }
    }
  run_chunks (&work);
  g_mutex_lock (&work.lock);
  while (work.helping > 0)
    g_cond_wait (&work.done, &work.lock);
  g_mutex_unlock (&work.lock);
  g_mutex_clear (&work.lock);
  g_cond_clear (&work.done);
}
