/* test-graph-render.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing the actor graph: the raster path for big graphs, the coarser
 * edges of dense ones, and the picture kept between frames.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dl-graph-render.h"
#include "dl-graph-render-private.h"
#include "dl-render-style.h"
#include "graph-fixture.h"

/* 120 people in a ring, each related to five others across it: enough
 * edges for the raster path */
#define RING_SIZE 120
#define RING_LINKS 5

static void
ring_init_sized (Corpus *corpus,
                 guint   size)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree ActorSpec *actors = g_new0 (ActorSpec, size);
  g_autofree RelationSpec *relations = g_new0 (RelationSpec, RING_LINKS * size);

  for (guint i = 0; i < size; i++)
    {
      char *name = g_strdup_printf ("Node %03u", i);

      g_ptr_array_add (names, name);
      actors[i] = (ActorSpec) { name, DL_ACTOR_KIND_PERSON, 1 + i % 7 };
      for (guint k = 0; k < RING_LINKS; k++)
        relations[RING_LINKS * i + k] = (RelationSpec) { i, (i + 1 + k * 17) % size, 1 + k % 3, "met" };
    }
  corpus_init (corpus, actors, size, relations, RING_LINKS * size);
}

static void
ring_init (Corpus *corpus)
{
  ring_init_sized (corpus, RING_SIZE);
}

/* The fast path for big graphs draws every line where cairo would */
static void
test_render_big (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 700);
  cairo_t *cr = cairo_create (surface);
  DlGraphRect area = { 24, 24, 852, 652 };
  DlGraphTransform transform;
  DlGraphRenderState state;
  DlRenderStyle style;
  guint inked = 0, probed = 0;

  ring_init (&corpus);
  layout = dl_graph_layout_new_full (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), 1000);
  g_assert_cmpuint (dl_graph_layout_get_n_edges (layout), >=, 400);
  dl_graph_layout_fit (layout, &area, &transform);
  dl_render_style_init_light (&style);
  dl_graph_render_state_init (&state);
  state.show_legend = FALSE;
  dl_color_set_source (cr, &style.background);
  cairo_paint (cr);
  dl_graph_render (cr, layout, &transform, 900, 700, &style, &state);
  cairo_surface_flush (surface);

  /* A quarter of the way along each line of some length is ink, not paper */
  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    {
      const DlGraphEdge *edge = dl_graph_layout_get_edge (layout, i);
      const DlGraphNode *a = dl_graph_layout_get_node (layout, edge->source);
      const DlGraphNode *b = dl_graph_layout_get_node (layout, edge->target);
      double x = (0.75 * a->x + 0.25 * b->x) * transform.scale + transform.dx;
      double y = (0.75 * a->y + 0.25 * b->y) * transform.scale + transform.dy;
      guint32 pixel;

      if (node_distance (a, b) * transform.scale < 12 || dl_graph_layout_hit_test (layout, &transform, x, y) >= 0)
        continue;
      pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                            (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4);
      probed++;
      inked += (pixel & 0xffffff) != 0xffffff;
    }
  g_assert_cmpuint (probed, >, 20);
  g_assert_cmpuint (inked, >=, probed * 9 / 10);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  dl_render_style_clear (&style);
}

#define MASK_WIDTH 640
#define MASK_HEIGHT 480
#define LINE_ALPHA 0.18

/* The edges as cairo strokes them, one over the other */
static cairo_surface_t *
stroke_edges (DlGraphLayout          *layout,
              const DlGraphTransform *transform)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, MASK_WIDTH, MASK_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_source_rgba (cr, 0, 0, 0, LINE_ALPHA);
  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    {
      const DlGraphEdge *edge = dl_graph_layout_get_edge (layout, i);
      const DlGraphNode *a = dl_graph_layout_get_node (layout, edge->source);
      const DlGraphNode *b = dl_graph_layout_get_node (layout, edge->target);

      cairo_move_to (cr, a->x * transform->scale + transform->dx, a->y * transform->scale + transform->dy);
      cairo_line_to (cr, b->x * transform->scale + transform->dx, b->y * transform->scale + transform->dy);
      cairo_set_line_width (cr, MAX (dl_graph_layout_edge_width (edge), 1.0));
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Enough edges for the mask to be scanned in bands on several threads
 * (where there are several processors): it matches cairo's strokes
 * everywhere, with no seam between the bands */
static void
test_edge_mask (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  DlGraphRect area = { 16, 16, MASK_WIDTH - 32, MASK_HEIGHT - 32 };
  DlGraphTransform transform;
  cairo_surface_t *mask, *reference;
  double total = 0, worst_row = 0, ink = 0, reference_ink = 0;

  ring_init_sized (&corpus, 900);
  layout = dl_graph_layout_new_full (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), 1000);
  g_assert_cmpuint (dl_graph_layout_get_n_edges (layout), >=, 4000);
  dl_graph_layout_fit (layout, &area, &transform);
  mask = _dl_graph_render_edge_mask (layout, &transform, MASK_WIDTH, MASK_HEIGHT, 1.0, LINE_ALPHA);
  g_assert_nonnull (mask);
  reference = stroke_edges (layout, &transform);

  for (int y = 0; y < MASK_HEIGHT; y++)
    {
      const guint8 *got = cairo_image_surface_get_data (mask) + y * cairo_image_surface_get_stride (mask);
      const guint8 *want = cairo_image_surface_get_data (reference) + y * cairo_image_surface_get_stride (reference);
      double row = 0;

      for (int x = 0; x < MASK_WIDTH; x++)
        {
          row += ABS (got[x] - want[x]);
          ink += got[x];
          reference_ink += want[x];
        }
      total += row;
      worst_row = MAX (worst_row, row / MASK_WIDTH);
    }
  g_assert_cmpfloat (reference_ink, >, 255.0 * MASK_WIDTH * MASK_HEIGHT / 10);
  g_assert_cmpfloat (fabs (ink - reference_ink) / reference_ink, <, 0.03);
  g_assert_cmpfloat (total / (MASK_WIDTH * MASK_HEIGHT), <, 2.0);
  g_assert_cmpfloat (worst_row, <, 6.0);
  cairo_surface_destroy (mask);
  cairo_surface_destroy (reference);
}

#define FRAME_WIDTH 640
#define FRAME_HEIGHT 480

/* One frame on the background, with or without a cache */
static cairo_surface_t *
draw_frame (DlGraphLayout            *layout,
            const DlGraphTransform   *transform,
            const DlRenderStyle      *style,
            const DlGraphRenderState *state,
            DlGraphRenderCache       *cache)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, FRAME_WIDTH, FRAME_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  dl_color_set_source (cr, &style->background);
  cairo_paint (cr);
  dl_graph_render_cached (cr, layout, transform, FRAME_WIDTH, FRAME_HEIGHT, style, state, cache);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* How many pixels differ, and by how much at most in any channel */
/* The most any channel of two pixels differs by */
static guint
pixel_difference (guint32 a,
                  guint32 b)
{
  guint most = 0;

  for (guint shift = 0; shift < 32; shift += 8)
    most = MAX (most, (guint) ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return most;
}

static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b,
                   guint           *most)
{
  int stride = cairo_image_surface_get_stride (a);
  guint differ = 0;

  *most = 0;
  for (int y = 0; y < FRAME_HEIGHT; y++)
    for (int x = 0; x < FRAME_WIDTH; x++)
      {
        guint32 pa = *(guint32 *) (cairo_image_surface_get_data (a) + y * stride + x * 4);
        guint32 pb = *(guint32 *) (cairo_image_surface_get_data (b) + y * stride + x * 4);

        if (pa == pb)
          continue;
        differ++;
        *most = MAX (*most, pixel_difference (pa, pb));
      }
  return differ;
}

typedef struct
{
  const char *what;
  int selected;
  int hovered;
  int hovered_edge;
  DlGraphColorBy color_by;
  gboolean zoom;        /* zoom in before this frame */
  gboolean move;        /* move a node before this frame */
  gboolean crowd;       /* place the labels for a smaller window */
} FrameCase;

static const FrameCase frame_cases[] = {
  { "plain", -1, -1, -1, DL_GRAPH_COLOR_BY_KIND, FALSE, FALSE, FALSE },
  { "hover", -1, 3, -1, DL_GRAPH_COLOR_BY_KIND, FALSE, FALSE, FALSE },
  { "hover another", -1, 40, -1, DL_GRAPH_COLOR_BY_KIND, FALSE, FALSE, FALSE },
  { "hover an edge", -1, -1, 7, DL_GRAPH_COLOR_BY_KIND, FALSE, FALSE, FALSE },
  { "select", 5, 40, -1, DL_GRAPH_COLOR_BY_KIND, FALSE, FALSE, FALSE },
  { "select, hover its edge", 5, -1, 7, DL_GRAPH_COLOR_BY_KIND, FALSE, FALSE, FALSE },
  { "communities", 5, 9, -1, DL_GRAPH_COLOR_BY_COMMUNITY, FALSE, FALSE, FALSE },
  { "labels placed again", 5, 9, -1, DL_GRAPH_COLOR_BY_COMMUNITY, FALSE, FALSE, TRUE },
  { "node moved", -1, 2, -1, DL_GRAPH_COLOR_BY_KIND, FALSE, TRUE, FALSE },
  { "zoomed", -1, 2, -1, DL_GRAPH_COLOR_BY_KIND, TRUE, FALSE, FALSE },
};

static void
apply_frame_case (DlGraphLayout    *layout,
                  const FrameCase  *frame,
                  DlGraphTransform *transform)
{
  DlGraphRect visible = { 0, 0, FRAME_WIDTH, FRAME_HEIGHT };

  if (frame->zoom)
    {
      transform->scale *= 1.6;
      transform->dx -= FRAME_WIDTH * 0.3;
      transform->dy -= FRAME_HEIGHT * 0.3;
    }
  if (frame->move)
    dl_graph_layout_move_node (layout, 2, dl_graph_layout_get_node (layout, 2)->x + 40,
                               dl_graph_layout_get_node (layout, 2)->y);
  if (frame->crowd)
    visible.width /= 2;
  dl_graph_layout_place_labels (layout, transform, &visible, frame->selected);
}

/* A frame drawn over what the last frames kept is the frame drawn from
 * nothing, pixel for pixel: the hover on top of the kept picture, and a
 * new picture whenever the layout, the view, the labels, the selection
 * or the colours change */
static void
check_cached_frames (DlGraphLayout *layout,
                     gboolean       dark)
{
  g_autoptr(DlGraphRenderCache) cache = dl_graph_render_cache_new ();
  cairo_surface_t *previous = NULL;
  DlGraphRect area = { 24, 24, FRAME_WIDTH - 48, FRAME_HEIGHT - 76 };
  g_autoptr(PangoFontDescription) font = NULL;
  DlGraphTransform transform;
  DlRenderStyle style;
  PangoContext *context;

  if (dark)
    dl_render_style_init_dark (&style);
  else
    dl_render_style_init_light (&style);
  font = dl_graph_render_get_font (&style);
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  dl_graph_layout_measure_labels (layout, context, font);
  g_object_unref (context);
  dl_graph_layout_fit (layout, &area, &transform);
  for (guint i = 0; i < G_N_ELEMENTS (frame_cases); i++)
    {
      const FrameCase *frame = &frame_cases[i];
      DlGraphRenderState state = { frame->selected, frame->hovered, TRUE, frame->color_by, frame->hovered_edge };
      cairo_surface_t *cached, *fresh;
      guint most;

      g_test_message ("frame: %s", frame->what);
      apply_frame_case (layout, frame, &transform);
      cached = draw_frame (layout, &transform, &style, &state, cache);
      fresh = draw_frame (layout, &transform, &style, &state, NULL);
      g_assert_cmpuint (count_differences (cached, fresh, &most), ==, 0);
      /* Each case changes the picture, so a stale cache would show */
      if (previous != NULL)
        g_assert_cmpuint (count_differences (previous, fresh, &most), >, 0);
      g_clear_pointer (&previous, cairo_surface_destroy);
      previous = fresh;
      cairo_surface_destroy (cached);
    }
  cairo_surface_destroy (previous);
  dl_render_style_clear (&style);
}

static void
test_render_cached_big (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;

  ring_init (&corpus);
  layout = dl_graph_layout_new_full (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), 1000);
  g_assert_cmpuint (dl_graph_layout_get_n_edges (layout), >=, 400);
  check_cached_frames (layout, FALSE);
  check_cached_frames (layout, TRUE);
}

static void
test_render_cached_small (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  g_assert_cmpuint (dl_graph_layout_get_n_edges (layout), <, 400);
  check_cached_frames (layout, FALSE);
}

/* Mean luminance of a frame, 0 to 1 */
static double
mean_luminance (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  double sum = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *) (cairo_image_surface_get_data (surface) + y * stride + x * 4);

        sum += 0.2126 * ((pixel >> 16) & 0xff) + 0.7152 * ((pixel >> 8) & 0xff) + 0.0722 * (pixel & 0xff);
      }
  return sum / 255 / ((double) width * height);
}

/* A frame with the coarser edges of dense graphs allowed or not */
static cairo_surface_t *
draw_detail (DlGraphLayout            *layout,
             const DlGraphTransform   *transform,
             const DlRenderStyle      *style,
             const DlGraphRenderState *state,
             DlGraphRenderCache       *cache,
             gboolean                  coarse)
{
  cairo_surface_t *frame;

  _dl_graph_render_set_coarse_edges (coarse);
  frame = draw_frame (layout, transform, style, state, cache);
  _dl_graph_render_set_coarse_edges (TRUE);
  return frame;
}

/* Graphs whose lines touch few pixels, on the raster path or not, are
 * drawn as they were before dense edges went coarser: pixel for pixel
 * what they are with the coarser level switched off */
static void
test_lod_small (void)
{
  g_auto(Corpus) ring = { 0 };
  g_auto(Corpus) newsroom = { 0 };
  DlGraphLayout *layouts[2];
  DlRenderStyle style;

  ring_init (&ring);
  newsroom_init (&newsroom);
  layouts[0] = dl_graph_layout_new_full (G_LIST_MODEL (ring.actors), G_LIST_MODEL (ring.relations), 1000);
  layouts[1] = layout_corpus (&newsroom);
  dl_render_style_init_light (&style);
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      DlGraphRect area = { 24, 24, FRAME_WIDTH - 48, FRAME_HEIGHT - 76 };
      DlGraphRenderState state = { -1, -1, TRUE, DL_GRAPH_COLOR_BY_KIND, -1 };
      DlGraphTransform transform;
      cairo_surface_t *lod, *full;
      guint most;

      dl_graph_layout_fit (layouts[i], &area, &transform);
      g_assert_cmpfloat (_dl_graph_render_edge_touches (layouts[i], &transform, 1.0, FRAME_WIDTH, FRAME_HEIGHT), <,
                         DL_GRAPH_RENDER_COARSE_TOUCHES);
      lod = draw_detail (layouts[i], &transform, &style, &state, NULL, TRUE);
      full = draw_detail (layouts[i], &transform, &style, &state, NULL, FALSE);
      g_assert_cmpfloat (mean_luminance (full), <, 0.99);
      g_assert_cmpuint (count_differences (lod, full, &most), ==, 0);
      cairo_surface_destroy (lod);
      cairo_surface_destroy (full);
      dl_graph_layout_free (layouts[i]);
    }
  dl_render_style_clear (&style);
}

/* 800 people, each related to twenty others at random: sixteen
 * thousand lines crossing the picture every way, touching each pixel of
 * the frame some forty times over */
#define DENSE_SIZE 800
#define DENSE_LINKS 20

static DlGraphLayout *
dense_layout (Corpus *corpus)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autofree ActorSpec *actors = g_new0 (ActorSpec, DENSE_SIZE);
  g_autofree RelationSpec *relations = g_new0 (RelationSpec, DENSE_LINKS * DENSE_SIZE);
  guint n = 0;

  for (guint i = 0; i < DENSE_SIZE; i++)
    {
      char *name = g_strdup_printf ("Member %03u", i);

      g_ptr_array_add (names, name);
      actors[i] = (ActorSpec) { name, (DlActorKind) (i % 4), 1 + i % 5 };
    }
  while (n < DENSE_LINKS * DENSE_SIZE)
    {
      guint a = (guint) g_rand_int_range (rand, 0, DENSE_SIZE), b = (guint) g_rand_int_range (rand, 0, DENSE_SIZE);
      gpointer key = GUINT_TO_POINTER (MIN (a, b) * DENSE_SIZE + MAX (a, b) + 1);

      if (a == b || !g_hash_table_add (seen, key))
        continue;
      relations[n] = (RelationSpec) { a, b, 1 + n % 6, "met" };
      n++;
    }
  corpus_init (corpus, actors, DENSE_SIZE, relations, n);
  return dl_graph_layout_new_full (G_LIST_MODEL (corpus->actors), G_LIST_MODEL (corpus->relations), 1000);
}

/* The edges alone over the background, at full detail or coarser */
static cairo_surface_t *
draw_edge_layer (DlGraphLayout          *layout,
                 const DlGraphTransform *transform,
                 const DlRenderStyle    *style,
                 gboolean                coarse)
{
  int width, height;

  _dl_graph_render_coarse_size (FRAME_WIDTH, FRAME_HEIGHT, &width, &height);
  g_assert_cmpint (width, ==, FRAME_WIDTH / 2);
  return _dl_graph_render_edge_layer (layout, transform, style, FRAME_WIDTH, FRAME_HEIGHT, coarse);
}

/* How far the edges take a picture from the paper's luminance, on
 * average: below it in light styles, above it in dark ones */
static double
ink (cairo_surface_t     *surface,
     const DlRenderStyle *style)
{
  const DlColor *paper = &style->background;

  return fabs (0.2126 * paper->red + 0.7152 * paper->green + 0.0722 * paper->blue - mean_luminance (surface));
}

/* The edges alone, as dense at the coarser level as at full detail */
static void
check_edge_density (DlGraphLayout          *layout,
                    const DlGraphTransform *transform,
                    gboolean                dark)
{
  cairo_surface_t *fine_edges, *coarse_edges;
  double fine_ink, coarse_ink;
  DlRenderStyle style;

  if (dark)
    dl_render_style_init_dark (&style);
  else
    dl_render_style_init_light (&style);
  fine_edges = draw_edge_layer (layout, transform, &style, FALSE);
  coarse_edges = draw_edge_layer (layout, transform, &style, TRUE);
  fine_ink = ink (fine_edges, &style);
  coarse_ink = ink (coarse_edges, &style);
  g_test_message ("edge ink, %s: full %.4f, coarse %.4f", dark ? "dark" : "light", fine_ink, coarse_ink);
  g_assert_cmpfloat (fine_ink, >, 0.05);
  g_assert_cmpfloat (fabs (coarse_ink - fine_ink) / fine_ink, <, 0.03);
  cairo_surface_destroy (fine_edges);
  cairo_surface_destroy (coarse_edges);
  dl_render_style_clear (&style);
}

/* Each disc's centre, where it is big enough to cover it whole */
static void
assert_same_discs (DlGraphLayout          *layout,
                   const DlGraphTransform *transform,
                   cairo_surface_t        *a,
                   cairo_surface_t        *b)
{
  int stride = cairo_image_surface_get_stride (a);
  guint checked = 0;

  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    {
      const DlGraphNode *node = dl_graph_layout_get_node (layout, i);
      int x = (int) (node->x * transform->scale + transform->dx);
      int y = (int) (node->y * transform->scale + transform->dy);

      if (dl_graph_layout_node_radius (node, transform) < 2.5 || x < 0 || y < 0 || x >= FRAME_WIDTH ||
          y >= FRAME_HEIGHT)
        continue;
      g_assert_cmphex (*(guint32 *) (cairo_image_surface_get_data (a) + y * stride + x * 4), ==,
                       *(guint32 *) (cairo_image_surface_get_data (b) + y * stride + x * 4));
      checked++;
    }
  g_assert_cmpuint (checked, >, 100);
}

/* A graph whose lines would touch many times the frame's pixels takes
 * the coarser path: its edges come out otherwise, as dense as at full
 * detail, with the discs over them as they were; and a frame drawn
 * from the coarse lines the cache kept is the frame drawn afresh */
static void
test_lod_dense (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = dense_layout (&corpus);
  g_autoptr(DlGraphRenderCache) cache = dl_graph_render_cache_new ();
  DlGraphRect area = { 24, 24, FRAME_WIDTH - 48, FRAME_HEIGHT - 76 };
  DlGraphRenderState state = { -1, -1, FALSE, DL_GRAPH_COLOR_BY_KIND, -1 };
  cairo_surface_t *lod, *full, *cached, *fresh;
  DlGraphTransform transform;
  DlRenderStyle style;
  double touches;
  guint most;

  dl_render_style_init_light (&style);
  dl_graph_layout_fit (layout, &area, &transform);
  touches = _dl_graph_render_edge_touches (layout, &transform, 1.0, FRAME_WIDTH, FRAME_HEIGHT);
  g_test_message ("%.1f million pixel touches", touches / 1e6);
  g_assert_cmpfloat (touches, >, DL_GRAPH_RENDER_COARSE_TOUCHES);

  lod = draw_detail (layout, &transform, &style, &state, NULL, TRUE);
  full = draw_detail (layout, &transform, &style, &state, NULL, FALSE);
  g_assert_cmpuint (count_differences (lod, full, &most), >, FRAME_WIDTH * FRAME_HEIGHT / 20);
  assert_same_discs (layout, &transform, lod, full);
  g_assert_cmpfloat (fabs (ink (lod, &style) - ink (full, &style)) / ink (full, &style), <, 0.03);

  check_edge_density (layout, &transform, FALSE);
  check_edge_density (layout, &transform, TRUE);

  /* The lines kept at the coarser level, tinted again with a
   * selection, then without, the discs going in with them */
  cairo_surface_destroy (draw_frame (layout, &transform, &style, &state, cache));
  state.selected = 7;
  cached = draw_frame (layout, &transform, &style, &state, cache);
  fresh = draw_frame (layout, &transform, &style, &state, NULL);
  g_assert_cmpuint (count_differences (cached, fresh, &most), ==, 0);
  g_assert_cmpuint (count_differences (cached, lod, &most), >, 0);
  cairo_surface_destroy (cached);
  state.selected = -1;
  cached = draw_frame (layout, &transform, &style, &state, cache);
  g_assert_cmpuint (count_differences (cached, lod, &most), ==, 0);

  cairo_surface_destroy (lod);
  cairo_surface_destroy (full);
  cairo_surface_destroy (cached);
  cairo_surface_destroy (fresh);
  dl_render_style_clear (&style);
}

#define DISC_WIDTH 400
#define DISC_HEIGHT 300

/* Discs of all sizes, at all fractions of a pixel: with a ring of
 * background and an outline, or plain, as draw_node() makes them */
static void
make_discs (GArray              *specks,
            const DlRenderStyle *style)
{
  static const DlColor colors[] = {
    { 0.21, 0.52, 0.89, 1 }, { 0.18, 0.76, 0.49, 1 }, { 0.57, 0.25, 0.67, 1 }, { 0.90, 0.38, 0.00, 1 },
  };

  for (guint i = 0; i < 48; i++)
    {
      double radius = 1.5 + (i % 12) * 1.55;
      gboolean plain = radius <= 3.0;
      DlColor fill = colors[i % G_N_ELEMENTS (colors)];
      DlColor outline = dl_color_mix (&fill, &style->foreground, 0.3);
      DlGraphSpeck speck = { 24 + (i % 8) * 48.0 + i * 0.13, 30 + (i / 8) * 45.0 + i * 0.29, radius, fill, outline,
                             plain ? 0 : 1.0, !plain };

      g_array_append_val (specks, speck);
    }
}

/* The same discs as cairo paths */
static void
stroke_discs (cairo_t             *cr,
              GArray              *specks,
              const DlRenderStyle *style)
{
  for (guint i = 0; i < specks->len; i++)
    {
      const DlGraphSpeck *speck = &g_array_index (specks, DlGraphSpeck, i);

      if (speck->ring)
        {
          cairo_arc (cr, speck->x, speck->y, speck->radius + 1.5, 0, 2 * G_PI);
          dl_color_set_source (cr, &style->background);
          cairo_fill (cr);
        }
      cairo_arc (cr, speck->x, speck->y, speck->radius, 0, 2 * G_PI);
      dl_color_set_source (cr, &speck->color);
      cairo_fill_preserve (cr);
      if (speck->outline_width > 0)
        {
          cairo_set_line_width (cr, speck->outline_width);
          dl_color_set_source (cr, &speck->outline);
          cairo_stroke_preserve (cr);
        }
      cairo_new_path (cr);
    }
}

static cairo_surface_t *
grey_surface (int scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, DISC_WIDTH * scale, DISC_HEIGHT * scale);
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);

  /* Grey, as under lines, so that the ring of background shows */
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

/* The raster path's discs look like cairo's, on a screen of @data
 * device pixels a unit: their rims differ by a few levels where cairo
 * measures coverage by area and the raster path by distance, no more */
static void
test_discs_match_cairo (gconstpointer data)
{
  int scale = GPOINTER_TO_INT (data), width = DISC_WIDTH * scale, height = DISC_HEIGHT * scale;
  g_autoptr(GArray) specks = g_array_new (FALSE, FALSE, sizeof (DlGraphSpeck));
  cairo_surface_t *raster = grey_surface (scale), *reference = grey_surface (scale);
  cairo_t *cr = cairo_create (raster);
  DlGraphPainter p = { 0 };
  DlRenderStyle style;
  int stride = cairo_image_surface_get_stride (raster);
  guint64 total = 0;
  guint over = 0, inked = 0;

  dl_render_style_init_light (&style);
  make_discs (specks, &style);
  p.cr = cr;
  p.style = &style;
  p.picture = raster;
  _dl_graph_render_raster_specks (&p, (const DlGraphSpeck *) (gpointer) specks->data, specks->len);
  cairo_destroy (cr);
  cr = cairo_create (reference);
  stroke_discs (cr, specks, &style);
  cairo_destroy (cr);
  cairo_surface_flush (raster);
  cairo_surface_flush (reference);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 a = *(guint32 *) (cairo_image_surface_get_data (raster) + y * stride + x * 4);
        guint32 b = *(guint32 *) (cairo_image_surface_get_data (reference) + y * stride + x * 4);
        guint most = pixel_difference (a, b);

        total += most;
        over += most > 48;
        inked += b != 0xff808080;
      }
  g_test_message ("mean difference %.3f levels, %u pixels over 48", (double) total / (width * height), over);
  g_assert_cmpuint (inked, >, width * height / 8);
  g_assert_cmpfloat ((double) total / (width * height), <, 1.0);
  g_assert_cmpuint (over, <, inked / 200);
  cairo_surface_destroy (raster);
  cairo_surface_destroy (reference);
  dl_render_style_clear (&style);
}

/* A name over a dark haze of lines, drawn with its halo on @target */
static void
draw_label_over_haze (cairo_surface_t     *target,
                      const DlRenderStyle *style)
{
  g_autoptr(PangoFontDescription) font = dl_graph_render_get_font (style);
  cairo_t *cr = cairo_create (target);
  PangoContext *context = pango_cairo_create_context (cr);
  DlGraphText text = { context, font, "Wall 1989 Ég", 20.3, 14.6, &style->foreground, 1.0 };

  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_paint (cr);
  _dl_graph_render_text (cr, &text, style);
  g_object_unref (context);
  cairo_destroy (cr);
}

/* The same through a recording surface, as a vector picture draws it:
 * the text in eight directions for its halo */
static void
draw_label_as_vector (cairo_surface_t     *target,
                      const DlRenderStyle *style)
{
  cairo_surface_t *recording;
  cairo_t *cr;

  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  draw_label_over_haze (recording, style);
  cr = cairo_create (target);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (recording);
}

/* How many pixels are as light as the halo makes them, and how many as
 * dark as the text */
static void
count_tones (cairo_surface_t *surface,
             guint           *light,
             guint           *dark)
{
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);

  *light = *dark = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint green = (*(const guint32 *) (gconstpointer) (data + y * stride + x * 4) >> 8) & 0xff;

        *light += green > 0xc0;
        *dark += green < 0x50;
      }
}

/* A label's halo, drawn on pixels from one copy of the text grown by a
 * dilation, covers what the eight copies of a vector picture cover, at
 * one and two device pixels a unit; the text itself is the same */
static void
test_label_halo (void)
{
  DlRenderStyle style;

  dl_render_style_init_light (&style);
  for (int scale = 1; scale <= 2; scale++)
    {
      cairo_surface_t *pixels = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 220 * scale, 50 * scale);
      cairo_surface_t *vector = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 220 * scale, 50 * scale);
      guint pixel_light, pixel_dark, vector_light, vector_dark;

      cairo_surface_set_device_scale (pixels, scale, scale);
      cairo_surface_set_device_scale (vector, scale, scale);
      draw_label_over_haze (pixels, &style);
      draw_label_as_vector (vector, &style);
      count_tones (pixels, &pixel_light, &pixel_dark);
      count_tones (vector, &vector_light, &vector_dark);
      g_test_message ("scale %d: halo %u vs %u pixels, text %u vs %u", scale, pixel_light, vector_light, pixel_dark,
                      vector_dark);
      g_assert_cmpuint (vector_light, >, 400 * scale * scale);
      g_assert_cmpfloat (fabs ((double) pixel_light - vector_light) / vector_light, <, 0.15);
      g_assert_cmpuint (vector_dark, >, 50 * scale * scale);
      g_assert_cmpfloat (fabs ((double) pixel_dark - vector_dark) / vector_dark, <, 0.15);
      g_assert_cmpfloat (fabs (mean_luminance (pixels) - mean_luminance (vector)), <, 0.02);
      /* The second time, from the masks kept the first */
      draw_label_over_haze (vector, &style);
      cairo_surface_flush (vector);
      g_assert_cmpmem (cairo_image_surface_get_data (pixels),
                       cairo_image_surface_get_stride (pixels) * cairo_image_surface_get_height (pixels),
                       cairo_image_surface_get_data (vector),
                       cairo_image_surface_get_stride (vector) * cairo_image_surface_get_height (vector));
      cairo_surface_destroy (pixels);
      cairo_surface_destroy (vector);
    }
  dl_render_style_clear (&style);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph-render/big", test_render_big);
  g_test_add_func ("/graph-render/edge-mask", test_edge_mask);
  g_test_add_func ("/graph-render/cached-big", test_render_cached_big);
  g_test_add_func ("/graph-render/cached-small", test_render_cached_small);
  g_test_add_func ("/graph-render/lod-small", test_lod_small);
  g_test_add_func ("/graph-render/lod-dense", test_lod_dense);
  g_test_add_func ("/graph-render/label-halo", test_label_halo);
  g_test_add_data_func ("/graph-render/discs-match-cairo", GINT_TO_POINTER (1), test_discs_match_cairo);
  g_test_add_data_func ("/graph-render/discs-match-cairo/hidpi", GINT_TO_POINTER (2), test_discs_match_cairo);

  return g_test_run ();
}
