/* test-graph-render.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing the actor graph: the raster path for big graphs, and the
 * picture kept between frames.
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
        for (guint shift = 0; shift < 32; shift += 8)
          *most = MAX (*most, (guint) ABS ((int) ((pa >> shift) & 0xff) - (int) ((pb >> shift) & 0xff)));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph-render/big", test_render_big);
  g_test_add_func ("/graph-render/edge-mask", test_edge_mask);
  g_test_add_func ("/graph-render/cached-big", test_render_cached_big);
  g_test_add_func ("/graph-render/cached-small", test_render_cached_small);

  return g_test_run ();
}
