/* bench-graph.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actor graph at scale: 5,000 made-up actors in fifty groups and
 * 50,000 relations, mostly inside the groups. Prints the time to lay
 * them out (forces, communities, overlaps), to measure and place the
 * labels, the median full draw on a 1920×1080 cairo image surface (and
 * with every edge at full detail, for comparison), how the coarser edges
 * compare with those in luminance, the mean and worst hover hit-test,
 * and how far a grown corpus moves the known actors. Never fails on
 * time.
 *
 *   bench-graph [N_ACTORS [N_RELATIONS]]
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-event.h"
#include "dl-graph-layout.h"
#include "dl-graph-render.h"
#include "dl-graph-render-private.h"
#include "dl-relation.h"
#include "dl-render-style.h"

#define WIDTH 1920
#define HEIGHT 1080
#define N_GROUPS 50
#define N_DRAWS 21
#define N_HITS 10000
#define N_GROWN 100

static const char *const predicates[] = { "met", "denied", "said", "signed", "visited", "called" };

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static int
compare_doubles (gconstpointer pa,
                 gconstpointer pb)
{
  double a = *(const double *) pa, b = *(const double *) pb;

  return a < b ? -1 : a > b ? 1 : 0;
}

static void
add_actors (GListStore *actors,
            GRand      *rand,
            guint       first,
            guint       n)
{
  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %05u", i);
      g_autoptr(DlActor) actor = dl_actor_new (name, (DlActorKind) (i % 4));
      /* A long tail: most actors are named once or twice, a few often */
      guint mentions = 1 + (guint) (200.0 * pow (g_rand_double (rand), 6));

      for (guint m = 0; m < mentions; m++)
        dl_actor_add_mention (actor, NULL, m * 10, m * 10 + 5);
      dl_actor_set_n_events (actor, 1 + mentions / 2);
      g_list_store_append (actors, actor);
    }
}

static void
add_relations (GListStore *relations,
               GListModel *actors,
               GPtrArray  *events,
               GRand      *rand,
               guint       n)
{
  guint n_actors = g_list_model_get_n_items (actors);
  guint group_size = MAX (n_actors / N_GROUPS, 2);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *keys = g_new (gint64, n);
  guint made = 0;

  while (made < n)
    {
      guint a = g_rand_int_range (rand, 0, n_actors);
      /* Four in five relations stay inside the group */
      guint b = g_rand_int_range (rand, 0, 100) < 80
        ? (a / group_size) * group_size + g_rand_int_range (rand, 0, group_size)
        : (guint) g_rand_int_range (rand, 0, n_actors);
      g_autoptr(DlActor) source = NULL;
      g_autoptr(DlActor) target = NULL;
      g_autoptr(DlRelation) relation = NULL;
      guint weight = 1 + (guint) (8.0 * pow (g_rand_double (rand), 4));

      b = MIN (b, n_actors - 1);
      keys[made] = (gint64) MIN (a, b) << 32 | MAX (a, b);
      if (a == b || g_hash_table_contains (seen, &keys[made]))
        continue;
      g_hash_table_add (seen, &keys[made]);
      source = g_list_model_get_item (actors, a);
      target = g_list_model_get_item (actors, b);
      relation = dl_relation_new (source, target);
      for (guint w = 0; w < weight; w++)
        dl_relation_add_event (relation, g_ptr_array_index (events, g_rand_int_range (rand, 0, events->len)));
      g_list_store_append (relations, relation);
      made++;
    }
}

static GPtrArray *
make_events (void)
{
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 600; i++)
    {
      DlEvent *event = dl_event_new ("event");

      dl_event_set_predicate (event, predicates[i % G_N_ELEMENTS (predicates)]);
      g_ptr_array_add (events, event);
    }
  return events;
}

static DlGraphLayout *
time_layout (GListModel    *actors,
             GListModel    *relations,
             DlGraphLayout *previous,
             double        *elapsed)
{
  DlGraphLayoutOptions options;
  gint64 start;
  DlGraphLayout *layout;

  dl_graph_layout_options_init (&options);
  options.max_nodes = G_MAXUINT;
  options.previous = previous;
  start = g_get_monotonic_time ();
  layout = dl_graph_layout_new_with_options (actors, relations, &options);
  *elapsed = seconds_since (start);
  return layout;
}

/* With BENCH_GRAPH_PNG=PATH, the last cold frame of each colouring
 * goes next to the last frame, as PATH-kinds-cold.png and so on: pictures
 * to compare when the drawing changes */
static void
write_cold_png (cairo_surface_t *surface,
                DlGraphColorBy   color_by)
{
  const char *path = g_getenv ("BENCH_GRAPH_PNG");
  g_autofree char *stem = NULL;
  g_autofree char *cold = NULL;

  if (path == NULL)
    return;
  stem = g_str_has_suffix (path, ".png") ? g_strndup (path, strlen (path) - 4) : g_strdup (path);
  cold = g_strdup_printf ("%s-%s-cold.png", stem, color_by == DL_GRAPH_COLOR_BY_KIND ? "kinds" : "communities");
  cairo_surface_write_to_png (surface, cold);
}

static void
bench_draw (DlGraphLayout          *layout,
            const DlGraphTransform *transform,
            const DlRenderStyle    *style,
            DlGraphColorBy          color_by,
            gboolean                full_detail)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_autoptr(DlGraphRenderCache) cache = dl_graph_render_cache_new ();
  DlGraphRenderState state = { -1, -1, TRUE, color_by, -1 };
  double cold[N_DRAWS], warm[N_DRAWS];

  /* Cold: everything from scratch, as after a zoom. Warm: the next frame
   * of a hover, which moves from node to node */
  for (guint i = 0; i < 2 * N_DRAWS; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      state.hovered = i < N_DRAWS ? -1 : (int) (i % dl_graph_layout_get_n_nodes (layout));
      dl_color_set_source (cr, &style->background);
      cairo_paint (cr);
      dl_graph_render_cached (cr, layout, transform, WIDTH, HEIGHT, style, &state, i < N_DRAWS ? NULL : cache);
      cairo_surface_flush (surface);
      if (i < N_DRAWS)
        cold[i] = seconds_since (start) * 1000;
      else
        warm[i - N_DRAWS] = seconds_since (start) * 1000;
      cairo_destroy (cr);
      if (i == N_DRAWS - 1 && !full_detail)
        write_cold_png (surface, color_by);
    }
  qsort (cold, N_DRAWS, sizeof (double), compare_doubles);
  qsort (warm, N_DRAWS, sizeof (double), compare_doubles);
  printf ("draw, %-11s cold median %.2f ms (worst %.2f); hover redraw median %.2f ms (worst %.2f)\n",
          full_detail ? "full detail" : color_by == DL_GRAPH_COLOR_BY_KIND ? "kinds" : "communities",
          cold[N_DRAWS / 2], cold[N_DRAWS - 1], warm[N_DRAWS / 2], warm[N_DRAWS - 1]);
  if (g_getenv ("BENCH_GRAPH_PNG") != NULL && !full_detail)
    cairo_surface_write_to_png (surface, g_getenv ("BENCH_GRAPH_PNG"));
  cairo_surface_destroy (surface);
}

/* The mean luminance (0 to 1) of the edges alone over the background,
 * at full detail or at the coarser level the frames above drew them */
static double
edge_luminance (DlGraphLayout          *layout,
                const DlGraphTransform *transform,
                const DlRenderStyle    *style,
                gboolean                coarse)
{
  cairo_surface_t *picture = _dl_graph_render_edge_layer (layout, transform, style, WIDTH, HEIGHT, coarse);
  const guint8 *data;
  double sum = 0;

  data = cairo_image_surface_get_data (picture);
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint32 pixel = *(const guint32 *) (gconstpointer) (data + y * cairo_image_surface_get_stride (picture) + 4 * x);

        sum += 0.2126 * ((pixel >> 16) & 0xff) + 0.7152 * ((pixel >> 8) & 0xff) + 0.0722 * (pixel & 0xff);
      }
  cairo_surface_destroy (picture);
  return sum / 255 / (WIDTH * HEIGHT);
}

/* The coarser edges of a dense graph should look as dense as the real
 * ones: the same mean luminance, and the same ink (how far below the
 * background's luminance the edges take it) */
static void
bench_density (DlGraphLayout          *layout,
               const DlGraphTransform *transform,
               const DlRenderStyle    *style)
{
  double touches = _dl_graph_render_edge_touches (layout, transform, 1.0, WIDTH, HEIGHT);
  double paper = 0.2126 * style->background.red + 0.7152 * style->background.green + 0.0722 * style->background.blue;
  double fine = edge_luminance (layout, transform, style, FALSE);
  double coarse = edge_luminance (layout, transform, style, TRUE);

  printf ("edge detail        %.1f million pixel touches (%s)\n", touches / 1e6,
          touches > DL_GRAPH_RENDER_COARSE_TOUCHES ? "coarse" : "full");
  printf ("edge luminance     full %.4f, coarse %.4f (%+.2f%%); ink %+.2f%%\n", fine, coarse,
          100 * (coarse - fine) / fine, 100 * ((paper - coarse) - (paper - fine)) / (paper - fine));
}

static void
bench_hits (DlGraphLayout          *layout,
            const DlGraphTransform *transform)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  double total = 0, worst = 0, edge_total = 0, edge_worst = 0;
  guint hits = 0, edge_hits = 0;

  for (guint i = 0; i < N_HITS; i++)
    {
      double x = g_rand_double_range (rand, 0, WIDTH), y = g_rand_double_range (rand, 0, HEIGHT);
      gint64 start = g_get_monotonic_time ();
      double t;

      hits += dl_graph_layout_hit_test (layout, transform, x, y) >= 0;
      t = seconds_since (start) * 1000;
      total += t;
      worst = MAX (worst, t);
      start = g_get_monotonic_time ();
      edge_hits += dl_graph_layout_hit_test_edge (layout, transform, x, y) >= 0;
      t = seconds_since (start) * 1000;
      edge_total += t;
      edge_worst = MAX (edge_worst, t);
    }
  printf ("hit-test node      mean %.3f ms, worst %.3f ms (%u of %u points on a node)\n",
          total / N_HITS, worst, hits, N_HITS);
  printf ("hit-test edge      mean %.3f ms, worst %.3f ms (%u of %u points on an edge)\n",
          edge_total / N_HITS, edge_worst, edge_hits, N_HITS);
}

/* How far the known actors move when the corpus grows by a little */
static void
bench_grow (GListStore    *actors,
            GListStore    *relations,
            DlGraphLayout *before,
            GPtrArray     *events,
            GRand         *rand)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (actors));
  g_autoptr(DlGraphLayout) after = NULL;
  double elapsed, moved = 0, extent;
  DlGraphRect bounds;

  add_actors (actors, rand, n, N_GROWN);
  add_relations (relations, G_LIST_MODEL (actors), events, rand, 4 * N_GROWN);
  after = time_layout (G_LIST_MODEL (actors), G_LIST_MODEL (relations), before, &elapsed);
  for (guint i = 0; i < dl_graph_layout_get_n_nodes (before); i++)
    {
      const DlGraphNode *a = dl_graph_layout_get_node (before, i);
      const DlGraphNode *b = dl_graph_layout_get_node (after, dl_graph_layout_find_actor (after, a->actor));

      moved += hypot (a->x - b->x, a->y - b->y) / dl_graph_layout_get_n_nodes (before);
    }
  dl_graph_layout_get_bounds (before, &bounds);
  extent = MAX (bounds.width, bounds.height);
  printf ("grown by %u actors  %.3f s; known actors moved %.1f units on average (%.2f%% of the picture)\n",
          N_GROWN, elapsed, moved, 100 * moved / extent);
}

int
main (int   argc,
      char *argv[])
{
  guint n_actors = argc > 1 ? (guint) atoi (argv[1]) : 5000;
  guint n_relations = argc > 2 ? (guint) atoi (argv[2]) : 50000;
  g_autoptr(GListStore) actors = g_list_store_new (DL_TYPE_ACTOR);
  g_autoptr(GListStore) relations = g_list_store_new (DL_TYPE_RELATION);
  g_autoptr(GPtrArray) events = make_events ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (2017);
  g_autoptr(DlGraphLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  PangoContext *context;
  DlRenderStyle style;
  DlGraphRect area, visible = { 0, 0, WIDTH, HEIGHT };
  DlGraphTransform transform;
  double elapsed;
  gint64 start;

  setvbuf (stdout, NULL, _IOLBF, 0);
  add_actors (actors, rand, 0, n_actors);
  add_relations (relations, G_LIST_MODEL (actors), events, rand, n_relations);
  printf ("graph: %u actors, %u relations, %dx%d\n", n_actors, n_relations, WIDTH, HEIGHT);

  layout = time_layout (G_LIST_MODEL (actors), G_LIST_MODEL (relations), NULL, &elapsed);
  printf ("layout             %.3f s (%u nodes, %u edges, %u communities)\n", elapsed,
          dl_graph_layout_get_n_nodes (layout), dl_graph_layout_get_n_edges (layout),
          dl_graph_layout_get_n_communities (layout));

  dl_render_style_init_light (&style);
  font = dl_graph_render_get_font (&style);
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  start = g_get_monotonic_time ();
  dl_graph_layout_measure_labels (layout, context, font);
  printf ("measure labels     %.3f s\n", seconds_since (start));
  g_object_unref (context);

  dl_graph_render_get_area (WIDTH, HEIGHT, TRUE, &area);
  start = g_get_monotonic_time ();
  dl_graph_layout_fit_labelled (layout, &area, &visible, -1, &transform);
  printf ("fit and labels     %.1f ms\n", seconds_since (start) * 1000);
  start = g_get_monotonic_time ();
  dl_graph_layout_place_labels (layout, &transform, &visible, 0);
  printf ("place labels       %.1f ms (after a selection)\n", seconds_since (start) * 1000);

  bench_draw (layout, &transform, &style, DL_GRAPH_COLOR_BY_KIND, FALSE);
  bench_draw (layout, &transform, &style, DL_GRAPH_COLOR_BY_COMMUNITY, FALSE);
  /* Every line at full resolution, as before dense edges went coarser */
  _dl_graph_render_set_coarse_edges (FALSE);
  bench_draw (layout, &transform, &style, DL_GRAPH_COLOR_BY_KIND, TRUE);
  _dl_graph_render_set_coarse_edges (TRUE);
  bench_density (layout, &transform, &style);
  bench_hits (layout, &transform);
  bench_grow (actors, relations, layout, events, rand);

  dl_render_style_clear (&style);
  return 0;
}
