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
 *   at a time; a line covers the same number of pixels in each of its
 *   columns, so the pixels of a column unroll, and go in with one or
 *   two vector additions where they lie side by side in memory. Those
 *   of a steep line do, in rows; shallow lines are summed apart,
 *   column by column, so that theirs do too, and the two sums are
 *   added up when the strip is done.
 * - Coverage is summed in 32 bits, one addition a pixel with nothing to
 *   check, and turned into opacity once at the end, through a table: n
 *   lines of opacity a over a pixel give 1 - (1 - a)^n, as n strokes
 *   over each other do. Sums past 16 bits are opaque long before.
 * - The picture is cut into horizontal bands, one a thread, and each
 *   line is clipped to each band: a band draws the lines it was clipped
 *   to as they are, whatever the other bands do.
 * - Bands are scanned in strips, each with a margin that catches what
 *   the columns of lines near its edges spill, so that no column needs
 *   a check a pixel. A strip's sums become opacity, and tinted pixels
 *   of the picture, as soon as it is done; threads take the next strip
 *   as they finish one.
 * - Dense edges go into a mask of half the resolution, small enough for
 *   one band whose strips threads share (see dl-graph-render-lod.c).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dl-graph-render-private.h"

#define FIXED_ONE 65536
/* What a pixel wholly under one line adds to its sum. Sums stop at
 * 16 bits, sixty-three lines over each other, when lines faint enough
 * to need as many are opaque long before. */
#define LINE_UNIT 1024
#define LINE_SHIFT 6     /* × LINE_UNIT / FIXED_ONE */
#define MAX_BANDS 8
/* Below this many edges a thread costs more than it saves */
#define EDGES_PER_THREAD 2000
/* The sums of a strip: some strips hold many more lines than others,
 * and eight a band keep all threads busy to the end */
#define STRIP_BYTES (512 * 1024)
#define EDGES_PER_CHUNK 4096
#define FOLD_ROWS 16

/* A line clipped to a band, ready to scan along its major axis, from
 * column @first to @last; for steep lines, columns are rows */
typedef struct
{
  int first;
  int last;
  int centre;        /* across the line, 16.16, in the first column */
  int centre_last;   /* measured again for the last column */
  int delta;         /* from column to column */
  int reach;         /* half the line's thickness across a column */
  int span;          /* the most pixels one column covers */
  int weight_first;  /* the ends cover part of their column */
  int weight_last;
  gboolean steep;
} Line;

/* The rows of its band a line touches, kept apart from the lines so
 * that a strip skips the others with little to read */
typedef struct
{
  int top;
  int bottom;        /* past the last; empty when not below @top */
} Rows;

typedef struct
{
  DlGraphLayout *layout;
  double scale;      /* mask pixels per surface unit */
  double thinnest;   /* the least thickness of a line, in mask pixels */
  int width;
  int height;
  guint n_bands;
  guint n_threads;
  guint n_edges;
  double *points;    /* each node's x and y in mask pixels */
  Line *lines;       /* a band's lines, one an edge, band after band */
  Rows *rows;
  int *spans;        /* the widest line's span, by chunk of lines */
  int strip_rows;
  int pad;
  guint strips_per_band;
  const guint8 *opacity;   /* by sum of coverage */
  guint8 *mask;            /* or NULL */
  int mask_stride;
  guint32 *picture;        /* or NULL */
  int picture_stride;      /* in pixels */
  const guint32 *tints;    /* by opacity, premultiplied */
} Scan;

static int
band_top (const Scan *scan,
          guint       band)
{
  return scan->height * band / scan->n_bands;
}

static int
band_height (const Scan *scan,
             guint       band)
{
  return band_top (scan, band + 1) - band_top (scan, band);
}

/**
 * _dl_graph_render_clip_segment:
 *
 * Liang-Barsky: the part of the segment within a @width × @height
 * picture (or band) and a @margin around it, so that a line far off it
 * costs nothing.
 *
 * Returns: whether any of it is left
 */
gboolean
_dl_graph_render_clip_segment (int     width,
                               int     height,
                               double  margin,
                               double *ax,
                               double *ay,
                               double *bx,
                               double *by)
{
  double p[4] = { -(*bx - *ax), *bx - *ax, -(*by - *ay), *by - *ay };
  double q[4] = { *ax + margin, width + margin - *ax, *ay + margin, height + margin - *ay };
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

/* @value to the nearest whole number; lround() is a call away */
static inline int
round_to_int (double value)
{
  return (int) floor (value + 0.5);
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

/* The centre across the line in column @u, as the column's own */
static int
centre_at (int    u,
           double u0,
           double v0,
           double u1,
           double slope)
{
  return round_to_int ((v0 + slope * (CLAMP (u + 0.5, u0, u1) - u0)) * FIXED_ONE);
}

/* The rows a shallow line's columns reach, from the extremes of its
 * centre: the ends, and the columns between, which step evenly */
static void
shallow_rows (const Line *line,
              int         limit,
              Rows       *rows)
{
  int low = MIN (line->centre, line->centre_last), high = MAX (line->centre, line->centre_last);

  if (line->last - line->first >= 2)
    {
      int far = line->centre + (line->last - line->first - 1) * line->delta;

      low = MIN (low, MIN (line->centre + line->delta, far));
      high = MAX (high, MAX (line->centre + line->delta, far));
    }
  rows->top = MAX ((low - line->reach) >> 16, 0);
  rows->bottom = MIN (((high + line->reach) >> 16) + 1, limit);
}

/* One line along its major axis (@u), clipped to the band before */
static void
setup_line (Line    *line,
            Rows    *rows,
            double   u0,
            double   v0,
            double   u1,
            double   v1,
            double   width,
            int      u_limit,
            int      band_height)
{
  double slope;

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
  line->first = MAX ((int) floor (u0), 0);
  line->last = MIN ((int) floor (u1), u_limit - 1);
  *rows = (Rows) { 0, 0 };
  if (line->first > line->last)
    return;
  line->centre = centre_at (line->first, u0, v0, u1, slope);
  line->centre_last = centre_at (line->last, u0, v0, u1, slope);
  line->delta = round_to_int (slope * FIXED_ONE);
  line->reach = round_to_int (width / 2 * sqrt (1 + slope * slope) * FIXED_ONE);
  line->span = ((2 * line->reach) >> 16) + 2;
  line->weight_first = end_weight (line->first, u0, u1);
  line->weight_last = end_weight (line->last, u0, u1);
  if (line->steep)
    *rows = (Rows) { line->first, line->last + 1 };
  else
    shallow_rows (line, band_height, rows);
}

/* Edge @index as clipped to @band, rows @top to @top + @height */
static void
prepare_line (const Scan *scan,
              guint       band,
              int         top,
              int         height,
              guint       index)
{
  const DlGraphEdge *edge = dl_graph_layout_get_edge (scan->layout, index);
  const double *a = scan->points + 2 * edge->source, *b = scan->points + 2 * edge->target;
  double width = MAX (dl_graph_layout_edge_width (edge) * scan->scale, scan->thinnest);
  double ax = a[0], ay = a[1] - top, bx = b[0], by = b[1] - top;
  Line *line = &scan->lines[(gsize) band * scan->n_edges + index];
  Rows *rows = &scan->rows[(gsize) band * scan->n_edges + index];

  *rows = (Rows) { 0, 0 };
  /* Most lines miss most bands, and need no clipping to tell */
  if (MAX (ay, by) < -width || MIN (ay, by) > height + width)
    return;
  /* Nor do most lines leave the picture */
  if ((MIN (ax, bx) < -width || MAX (ax, bx) > scan->width + width || MIN (ay, by) < -width ||
       MAX (ay, by) > height + width) &&
      !_dl_graph_render_clip_segment (scan->width, height, width, &ax, &ay, &bx, &by))
    return;
  line->steep = fabs (bx - ax) < fabs (by - ay);
  if (line->steep)
    setup_line (line, rows, ay, ax, by, bx, width, height, height);
  else
    setup_line (line, rows, ax, ay, bx, by, width, scan->width, height);
}

/* Chunks of edges of one band each */
static void
prepare_chunk (gpointer  data,
               guint     chunk,
               gpointer *scratch)
{
  const Scan *scan = data;
  guint per_band = (scan->n_edges + EDGES_PER_CHUNK - 1) / EDGES_PER_CHUNK;
  guint band = chunk / per_band, first = (chunk % per_band) * EDGES_PER_CHUNK;
  gsize offset = (gsize) band * scan->n_edges;
  int top = band_top (scan, band), height = band_height (scan, band);
  int span = 0;

  for (guint i = first; i < MIN (first + EDGES_PER_CHUNK, scan->n_edges); i++)
    {
      prepare_line (scan, band, top, height, i);
      if (scan->rows[offset + i].bottom > scan->rows[offset + i].top)
        span = MAX (span, scan->lines[offset + i].span);
    }
  scan->spans[chunk] = span;
}

/* A strip of a band, rows @top to @bottom, with @pad rows and columns
 * around it that take what the columns of lines near its edges spill,
 * thrown away after */
typedef struct
{
  guint32 *origin;   /* row @top, column 0 */
  int stride;
  guint32 *across;   /* the same sums column by column: column 0, row @top */
  int across_stride;
  int width;
  int top;
  int bottom;
  int pad;
} Strip;

typedef gint32 Lanes __attribute__ ((vector_size (16)));
#define N_LANES 4

/* What a column of @thickness from @lo (16.16) adds to @span pixels,
 * @step apart from @sum, the first the one @lo falls in: each the part
 * of it the column covers, times @weight */
static inline void
add_column (guint32 *sum,
            int      step,
            int      lo,
            int      thickness,
            int      span,
            int      weight)
{
  int f = lo & (FIXED_ONE - 1), t = f + thickness;

  sum[0] += (guint32) (((MIN (t, FIXED_ONE) - f) * weight) >> 16);
  for (int k = 1; k < span; k++)
    sum[k * step] += (guint32) ((CLAMP (t - k * FIXED_ONE, 0, FIXED_ONE) * weight) >> 16);
}

/* What a column, its thickness ending @t (16.16) past the start of its
 * first pixel, covers of that pixel's neighbours @first to @first + 3 */
static inline Lanes
cover_lanes (int t,
             int first)
{
  Lanes one = { FIXED_ONE, FIXED_ONE, FIXED_ONE, FIXED_ONE };
  Lanes v = (Lanes) { t, t, t, t } - (Lanes) { first, first + 1, first + 2, first + 3 } * FIXED_ONE;

  v &= v > 0;
  return (v & (v <= one)) | (one & (v > one));
}

static inline void
add_vector (guint32 *sum,
            Lanes    v)
{
  Lanes sums;

  memcpy (&sums, sum, sizeof sums);
  sums += v >> LINE_SHIFT;
  memcpy (sum, &sums, sizeof sums);
}

/* add_column() of a whole column of four pixels side by side: one
 * vector addition */
static inline void
add_lanes (guint32 *sum,
           int      lo,
           int      thickness)
{
  int f = lo & (FIXED_ONE - 1), t = f + thickness;
  Lanes v = cover_lanes (t, 0);

  v[0] = MIN (t, FIXED_ONE) - f;
  add_vector (sum, v);
}

/* The same for five to eight pixels: two */
static inline void
add_lanes8 (guint32 *sum,
            int      lo,
            int      thickness)
{
  add_lanes (sum, lo, thickness);
  add_vector (sum + N_LANES, cover_lanes ((lo & (FIXED_ONE - 1)) + thickness, N_LANES));
}

/* The columns between a line's ends, where it has its whole weight.
 * @span is a constant where this is inlined, so the pixels of a column
 * unroll. A column that would spill past the strip's margin has no
 * pixel in the strip (the margin is as wide as a column), and is left
 * out. */
static inline G_ALWAYS_INLINE void
middle_columns (const Line *line,
                guint32    *sum,
                gssize      u_step,
                int         v_step,
                int         v_min,
                int         v_max,
                int         centre,
                int         n,
                int         span)
{
  /* Read once: the sums might be the line's fields, for all the
   * compiler knows, and it would read them again after every store */
  const int thickness = 2 * line->reach, delta = line->delta;
  int lanes = v_step == 1 && span <= N_LANES ? N_LANES : v_step == 1 && span <= 2 * N_LANES ? 2 * N_LANES : span;
  int lo = centre - line->reach;

  for (int i = 0; i < n; i++, sum += u_step, lo += delta)
    {
      int first = lo >> 16;
      guint32 *p = sum + (gssize) first * v_step;
      int f = lo & (FIXED_ONE - 1), t = f + thickness;

      if (first < v_min || first + lanes > v_max)
        continue;
      if (lanes == N_LANES && v_step == 1)
        {
          add_lanes (p, lo, thickness);
          continue;
        }
      if (lanes == 2 * N_LANES && v_step == 1)
        {
          add_lanes8 (p, lo, thickness);
          continue;
        }
      p[0] += (guint32) ((MIN (t, FIXED_ONE) - f) >> LINE_SHIFT);
      for (int k = 1; k < span; k++)
        p[k * v_step] += (guint32) (CLAMP (t - k * FIXED_ONE, 0, FIXED_ONE) >> LINE_SHIFT);
    }
}

/* The common spans are spelled out so that the compiler unrolls the
 * inner loop of each with its span a constant: the same code, faster */
static void
scan_middle (const Line *line,
             guint32    *sum,
             gssize      u_step,
             int         v_step,
             int         v_min,
             int         v_max,
             int         centre,
             int         n)
{
  switch (line->span)
    {
    case 2:
      middle_columns (line, sum, u_step, v_step, v_min, v_max, centre, n, 2);
      break;
    case 3:
      middle_columns (line, sum, u_step, v_step, v_min, v_max, centre, n, 3);
      break;
    case 4:
      middle_columns (line, sum, u_step, v_step, v_min, v_max, centre, n, 4);
      break;
    case 5:
      middle_columns (line, sum, u_step, v_step, v_min, v_max, centre, n, 5);
      break;
    case 6:
      middle_columns (line, sum, u_step, v_step, v_min, v_max, centre, n, 6);
      break;
    default:
      middle_columns (line, sum, u_step, v_step, v_min, v_max, centre, n, line->span);
      break;
    }
}

/* An end column of a steep line: a row of the strip */
static void
steep_end (const Line  *line,
           const Strip *strip,
           int          u,
           int          centre,
           int          weight)
{
  int lo = centre - line->reach, first = lo >> 16;

  if (u < strip->top || u >= strip->bottom)
    return;
  if (first >= -strip->pad && first + line->span <= strip->width + strip->pad)
    add_column (strip->origin + (gssize) (u - strip->top) * strip->stride + first, 1, lo, 2 * line->reach,
                line->span, weight);
}

static void
scan_steep (const Line  *line,
            const Strip *strip)
{
  int from = MAX (line->first + 1, strip->top), to = MIN (line->last - 1, strip->bottom - 1);

  steep_end (line, strip, line->first, line->centre, line->weight_first);
  if (line->last == line->first)
    return;
  if (from <= to)
    scan_middle (line, strip->origin + (gssize) (from - strip->top) * strip->stride, strip->stride, 1,
                 -strip->pad, strip->width + strip->pad, line->centre + (from - line->first) * line->delta,
                 to - from + 1);
  steep_end (line, strip, line->last, line->centre_last, line->weight_last);
}

/* The columns between a shallow line's ends that may reach the strip:
 * where its centre comes within its reach of the strip's rows, and a
 * column more on each side for rounding */
static void
shallow_columns (const Line  *line,
                 const Strip *strip,
                 int         *from,
                 int         *to)
{
  double k0, k1;

  *from = line->first + 1;
  *to = line->last - 1;
  if (line->delta == 0)
    return;
  k0 = ((double) strip->top * FIXED_ONE - line->reach - line->centre) / line->delta;
  k1 = ((double) strip->bottom * FIXED_ONE + line->reach - line->centre) / line->delta;
  *from = MAX (*from, line->first + (int) floor (MIN (k0, k1)) - 1);
  *to = MIN (*to, line->first + (int) ceil (MAX (k0, k1)) + 1);
}

/* An end column of a shallow line: a column of the strip */
static void
shallow_end (const Line  *line,
             const Strip *strip,
             int          u,
             int          centre,
             int          weight)
{
  int lo = centre - line->reach, first = lo >> 16;

  if (first >= strip->top - strip->pad && first + line->span <= strip->bottom + strip->pad)
    add_column (strip->across + (gssize) u * strip->across_stride + (first - strip->top), 1, lo,
                2 * line->reach, line->span, weight);
}

static void
scan_shallow (const Line  *line,
              const Strip *strip)
{
  int from, to;

  shallow_end (line, strip, line->first, line->centre, line->weight_first);
  if (line->last == line->first)
    return;
  shallow_columns (line, strip, &from, &to);
  if (from <= to)
    scan_middle (line, strip->across + (gssize) from * strip->across_stride - strip->top, strip->across_stride, 1,
                 strip->top - strip->pad, strip->bottom + strip->pad,
                 line->centre + (from - line->first) * line->delta, to - from + 1);
  shallow_end (line, strip, line->last, line->centre_last, line->weight_last);
}

/* The sums of shallow lines, kept column by column, added to the
 * others; sixteen rows at a time, so that the rows written stay in the
 * cache from one column to the next */
static void
fold_across (const Strip *strip)
{
  int height = strip->bottom - strip->top;

  for (int y = 0; y < height; y += FOLD_ROWS)
    {
      int rows = MIN (FOLD_ROWS, height - y);

      for (int x = 0; x < strip->width; x++)
        {
          const guint32 *from = strip->across + (gssize) x * strip->across_stride + y;
          guint32 *to = strip->origin + (gssize) y * strip->stride + x;

          for (int k = 0; k < rows; k++)
            to[(gssize) k * strip->stride] += from[k];
        }
    }
}

/* The strip's sums as opacity, into the mask and over the picture */
static void
finish_strip (const Scan  *scan,
              const Strip *strip,
              int          band_y,
              guint8      *cover)
{
  for (int y = strip->top; y < strip->bottom; y++)
    {
      const guint32 *sums = strip->origin + (gsize) (y - strip->top) * strip->stride;
      gsize row = (gsize) (band_y + y);
      guint8 *out = scan->mask != NULL ? scan->mask + row * scan->mask_stride : cover;

      for (int x = 0; x < strip->width; x++)
        out[x] = scan->opacity[MIN (sums[x], G_MAXUINT16)];
      if (scan->picture != NULL)
        _dl_graph_render_tint_row (scan->picture + row * scan->picture_stride, out, strip->width, scan->tints);
    }
}

/* Every line of a band that reaches the strip, then the strip's pixels.
 * @scratch holds the thread's sums, and a row of opacity. */
static void
scan_strip (gpointer  data,
            guint     index,
            gpointer *scratch)
{
  const Scan *scan = data;
  guint band = index / scan->strips_per_band;
  int top = (int) (index % scan->strips_per_band) * scan->strip_rows;
  int bottom = MIN (top + scan->strip_rows, band_height (scan, band));
  const Line *lines = scan->lines + (gsize) band * scan->n_edges;
  const Rows *rows = scan->rows + (gsize) band * scan->n_edges;
  int pad = scan->pad, stride = scan->width + 2 * pad, across_stride = scan->strip_rows + 2 * pad;
  gsize n_sums = (gsize) (scan->strip_rows + 2 * pad) * stride;
  guint32 *sums, *across;
  Strip strip;

  if (top >= bottom)
    return;
  if (*scratch == NULL)
    *scratch = _dl_graph_render_spare_take (2 * n_sums * sizeof (guint32) + scan->width);
  sums = *scratch;
  across = sums + n_sums;
  memset (sums, 0, (gsize) (bottom - top + 2 * pad) * stride * sizeof (guint32));
  memset (across, 0, n_sums * sizeof (guint32));
  strip = (Strip) { sums + (gsize) pad * stride + pad, stride, across + (gsize) pad * across_stride + pad, across_stride,
                    scan->width, top, bottom, pad };
  for (guint i = 0; i < scan->n_edges; i++)
    if (rows[i].top < bottom && rows[i].bottom > top)
      {
        if (lines[i].steep)
          scan_steep (&lines[i], &strip);
        else
          scan_shallow (&lines[i], &strip);
      }
  fold_across (&strip);
  finish_strip (scan, &strip, band_top (scan, band), (guint8 *) (across + n_sums));
}

static guint
count_bands (DlGraphLayout *layout,
             int            height)
{
  guint n = MIN (g_get_num_processors (), MAX_BANDS);

  n = MIN (n, dl_graph_layout_get_n_edges (layout) / EDGES_PER_THREAD);
  return CLAMP (n, 1, (guint) MAX (height / 16, 1));
}

static guint8
opacity_of (double keep,
            guint  sum)
{
  return (guint8) lround (255 * -expm1 (keep * sum / LINE_UNIT));
}

/* The opacity of each sum of coverage, 0..255. It only grows with the
 * sum: each level starts where the inverse says, give or take the
 * rounding, found by steps, and sixty-five thousand exponentials a
 * frame come down to a few hundred */
static void
fill_opacities (guint8 *opacity,
                double  line_alpha)
{
  double keep = log1p (-CLAMP (line_alpha, 0, 0.999));
  guint start = 0;

  for (guint level = 1; level <= 255 && keep < 0; level++)
    {
      double guess = LINE_UNIT * log1p (-(level - 0.5) / 255) / keep;
      guint from = (guint) CLAMP (ceil (guess), start, G_MAXUINT16 + 1.0);

      while (from > start && opacity_of (keep, from - 1) >= level)
        from--;
      while (from <= G_MAXUINT16 && opacity_of (keep, from) < level)
        from++;
      memset (opacity + start, level - 1, from - start);
      start = from;
    }
  memset (opacity + start, keep < 0 ? 255 : 0, G_MAXUINT16 + 1 - start);
}

/* Where each node is, in mask pixels */
static double *
place_points (DlGraphLayout          *layout,
              const DlGraphTransform *t,
              double                  s)
{
  guint n = dl_graph_layout_get_n_nodes (layout);
  double *points = g_new (double, 2 * (gsize) MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      const DlGraphNode *node = dl_graph_layout_get_node (layout, i);

      points[2 * i] = (node->x * t->scale + t->dx) * s;
      points[2 * i + 1] = (node->y * t->scale + t->dy) * s;
    }
  return points;
}

static void
scan_lines (Scan                   *scan,
            const DlGraphTransform *transform,
            double                  line_alpha)
{
  g_autofree double *points = place_points (scan->layout, transform, scan->scale);
  g_autofree guint8 *opacity = g_new (guint8, G_MAXUINT16 + 1);
  guint per_band = (scan->n_edges + EDGES_PER_CHUNK - 1) / EDGES_PER_CHUNK;
  g_autofree int *spans = g_new0 (int, scan->n_bands * per_band);

  scan->points = points;
  scan->spans = spans;
  scan->lines = _dl_graph_render_spare_take (sizeof (Line) * scan->n_bands * scan->n_edges);
  scan->rows = _dl_graph_render_spare_take (sizeof (Rows) * scan->n_bands * scan->n_edges);
  _dl_graph_render_parallel (scan->n_bands * per_band, scan->n_threads, prepare_chunk, scan);
  /* The margin holds a column's pixels, or a vector's */
  scan->pad = 2 * N_LANES;
  for (guint i = 0; i < scan->n_bands * per_band; i++)
    scan->pad = MAX (scan->pad, spans[i]);

  fill_opacities (opacity, line_alpha);
  scan->opacity = opacity;
  scan->strip_rows = MAX (STRIP_BYTES / (int) sizeof (guint32) / MAX (scan->width, 1), 8);
  /* Bands differ by a row at most */
  scan->strips_per_band = (guint) (((scan->height + (int) scan->n_bands - 1) / (int) scan->n_bands + scan->strip_rows - 1) /
                                   scan->strip_rows);
  _dl_graph_render_parallel (scan->n_bands * scan->strips_per_band, scan->n_threads, scan_strip, scan);

  g_clear_pointer (&scan->lines, _dl_graph_render_spare_give);
  g_clear_pointer (&scan->rows, _dl_graph_render_spare_give);
}

/* Every edge into the mask, the picture, or both */
static void
scan_into (Scan                   *scan,
           const DlGraphTransform *transform,
           double                  line_alpha,
           cairo_surface_t        *mask,
           cairo_surface_t        *picture,
           const guint32          *tints)
{
  cairo_surface_t *target = mask != NULL ? mask : picture;

  scan->width = cairo_image_surface_get_width (target);
  scan->height = cairo_image_surface_get_height (target);
  scan->n_edges = dl_graph_layout_get_n_edges (scan->layout);
  if (mask != NULL)
    {
      cairo_surface_flush (mask);
      scan->mask = cairo_image_surface_get_data (mask);
      scan->mask_stride = cairo_image_surface_get_stride (mask);
    }
  if (picture != NULL)
    {
      cairo_surface_flush (picture);
      scan->picture = (guint32 *) (gpointer) cairo_image_surface_get_data (picture);
      scan->picture_stride = cairo_image_surface_get_stride (picture) / 4;
      scan->tints = tints;
    }
  if (scan->n_edges > 0 && scan->width > 0 && scan->height > 0)
    scan_lines (scan, transform, line_alpha);
  if (mask != NULL)
    cairo_surface_mark_dirty (mask);
  if (picture != NULL)
    cairo_surface_mark_dirty (picture);
}

/**
 * _dl_graph_render_edge_lines:
 * @layout: the graph
 * @transform: from layout units to surface units
 * @scale: mask pixels per surface unit
 * @line_alpha: one line's opacity
 * @mask: (nullable): an A8 surface to draw the lines into, anti-aliased,
 *   lines over lines as strokes pile up
 * @picture: (nullable): an ARGB32 surface of the same size, to draw
 *   them into tinted with @tints (by opacity, premultiplied)
 *
 * Draws every edge of @layout into @mask, or @picture, or both.
 */
void
_dl_graph_render_edge_lines (DlGraphLayout          *layout,
                             const DlGraphTransform *transform,
                             double                  scale,
                             double                  line_alpha,
                             cairo_surface_t        *mask,
                             cairo_surface_t        *picture,
                             const guint32          *tints)
{
  Scan scan = { layout, scale, 1.0, 0 };

  g_return_if_fail (mask != NULL || picture != NULL);

  scan.n_bands = scan.n_threads = count_bands (layout, cairo_image_surface_get_height (mask != NULL ? mask : picture));
  scan_into (&scan, transform, line_alpha, mask, picture, tints);
}

/**
 * _dl_graph_render_coarse_lines:
 * @scale: device pixels per surface unit
 * @mask: an A8 surface of half the resolution of the picture (see
 *   _dl_graph_render_coarse_size())
 *
 * Like _dl_graph_render_edge_lines() into @mask alone, at half the
 * resolution: each line half as thick in mask pixels, hairlines too,
 * so that it covers as much of the picture. The mask is small enough
 * to go in one band, each line clipped once, and its strips are still
 * shared among threads.
 */
void
_dl_graph_render_coarse_lines (DlGraphLayout          *layout,
                               const DlGraphTransform *transform,
                               double                  scale,
                               double                  line_alpha,
                               cairo_surface_t        *mask)
{
  Scan scan = { layout, scale / 2, 0.5, 0 };

  g_return_if_fail (mask != NULL);

  scan.n_bands = 1;
  scan.n_threads = count_bands (layout, cairo_image_surface_get_height (mask));
  scan_into (&scan, transform, line_alpha, mask, NULL, NULL);
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
  cairo_surface_t *surface = _dl_graph_render_spare_surface (CAIRO_FORMAT_A8, width, height);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  _dl_graph_render_edge_lines (layout, transform, scale, line_alpha, surface, NULL, NULL);
  return surface;
}
