/* test-graph-layout.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actor graph's geometry: forces, communities, overlaps, labels,
 * hit-tests, growth in place, filters.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dl-graph-render.h"
#include "graph-fixture.h"

static void
test_determinism (void)
{
  g_auto(Corpus) first = { 0 };
  g_auto(Corpus) second = { 0 };
  g_autoptr(DlGraphLayout) a = NULL;
  g_autoptr(DlGraphLayout) b = NULL;

  /* Separate objects, so nothing can hang on pointer values */
  newsroom_init (&first);
  newsroom_init (&second);
  a = layout_corpus (&first);
  b = layout_corpus (&second);

  g_assert_cmpuint (dl_graph_layout_get_n_nodes (a), ==, G_N_ELEMENTS (newsroom_actors));
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (a), ==, dl_graph_layout_get_n_nodes (b));
  for (guint i = 0; i < dl_graph_layout_get_n_nodes (a); i++)
    {
      const DlGraphNode *na = dl_graph_layout_get_node (a, i);
      const DlGraphNode *nb = dl_graph_layout_get_node (b, i);

      g_assert_cmpstr (dl_actor_get_name (na->actor), ==, dl_actor_get_name (nb->actor));
      g_assert_cmpfloat (na->x, ==, nb->x);
      g_assert_cmpfloat (na->y, ==, nb->y);
      g_assert_cmpfloat (na->radius, ==, nb->radius);
    }
}

static void
test_order_of_input_does_not_matter (void)
{
  g_auto(Corpus) forward = { 0 };
  g_auto(Corpus) backward = { 0 };
  g_autoptr(DlGraphLayout) a = NULL;
  g_autoptr(DlGraphLayout) b = NULL;
  ActorSpec reversed[G_N_ELEMENTS (newsroom_actors)];
  RelationSpec remapped[G_N_ELEMENTS (newsroom_relations)];
  guint n = G_N_ELEMENTS (newsroom_actors);

  for (guint i = 0; i < n; i++)
    reversed[i] = newsroom_actors[n - 1 - i];
  for (guint i = 0; i < G_N_ELEMENTS (newsroom_relations); i++)
    {
      remapped[i] = newsroom_relations[i];
      remapped[i].source = n - 1 - newsroom_relations[i].source;
      remapped[i].target = n - 1 - newsroom_relations[i].target;
    }
  newsroom_init (&forward);
  corpus_init (&backward, reversed, n, remapped, G_N_ELEMENTS (remapped));
  a = layout_corpus (&forward);
  b = layout_corpus (&backward);

  for (guint i = 0; i < dl_graph_layout_get_n_nodes (a); i++)
    {
      const DlGraphNode *na = dl_graph_layout_get_node (a, i);
      const DlGraphNode *nb = dl_graph_layout_get_node (b, i);

      g_assert_cmpstr (dl_actor_get_name (na->actor), ==, dl_actor_get_name (nb->actor));
      g_assert_cmpfloat_with_epsilon (na->x, nb->x, 1e-9);
      g_assert_cmpfloat_with_epsilon (na->y, nb->y, 1e-9);
    }
}

static void
assert_no_overlap (DlGraphLayout *layout)
{
  guint n = dl_graph_layout_get_n_nodes (layout);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const DlGraphNode *a = dl_graph_layout_get_node (layout, i);
        const DlGraphNode *b = dl_graph_layout_get_node (layout, j);

        g_assert_cmpfloat (node_distance (a, b), >=, a->radius + b->radius);
      }
}

static void
test_no_overlap (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  assert_no_overlap (layout);
}

/* A dense star of big discs: the forces alone would let them touch */
static void
test_no_overlap_dense (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  ActorSpec actors[30];
  RelationSpec relations[60];
  guint n_relations = 0;

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      char *name = g_strdup_printf ("Actor %02u", i);

      g_ptr_array_add (names, name);
      actors[i] = (ActorSpec) { name, i % 5, 50 + i };
    }
  for (guint i = 1; i < G_N_ELEMENTS (actors); i++)
    {
      relations[n_relations++] = (RelationSpec) { 0, i, 6, "met" };
      relations[n_relations++] = (RelationSpec) { i, (i + 1) % G_N_ELEMENTS (actors), 4, "met" };
    }
  corpus_init (&corpus, actors, G_N_ELEMENTS (actors), relations, n_relations);
  layout = layout_corpus (&corpus);
  assert_no_overlap (layout);
}

static void
test_connected_closer (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  double linked = 0, unlinked = 0;
  guint n_linked = 0, n_unlinked = 0;
  guint n;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  n = dl_graph_layout_get_n_nodes (layout);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double d = node_distance (dl_graph_layout_get_node (layout, i), dl_graph_layout_get_node (layout, j));

        if (dl_graph_layout_are_adjacent (layout, i, j))
          {
            linked += d;
            n_linked++;
          }
        else
          {
            unlinked += d;
            n_unlinked++;
          }
      }
  g_assert_cmpuint (n_linked, ==, G_N_ELEMENTS (newsroom_relations));
  g_assert_cmpfloat (linked / n_linked, <, 0.6 * unlinked / n_unlinked);
}

static void
test_radius_grows_with_mentions (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  guint n;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  n = dl_graph_layout_get_n_nodes (layout);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        const DlGraphNode *a = dl_graph_layout_get_node (layout, i);
        const DlGraphNode *b = dl_graph_layout_get_node (layout, j);
        guint ma = dl_actor_get_n_mentions (a->actor);
        guint mb = dl_actor_get_n_mentions (b->actor);

        if (ma > mb)
          g_assert_cmpfloat (a->radius, >=, b->radius);
      }

  /* Area, not radius, follows mentions: 40 against 10 is twice the radius */
  {
    const DlGraphNode *ada = dl_graph_layout_get_node (layout, 0);
    const DlGraphNode *cato = dl_graph_layout_get_node (layout, 2);

    g_assert_cmpstr (dl_actor_get_name (ada->actor), ==, "Ada Quill");
    g_assert_cmpstr (dl_actor_get_name (cato->actor), ==, "Cato Rinn");
    g_assert_cmpfloat_with_epsilon (ada->radius / cato->radius, sqrt (40.0 / 9.0), 1e-9);
  }
}

static gboolean
far_from_everything (DlGraphLayout          *layout,
                     const DlGraphTransform *transform,
                     double                  x,
                     double                  y)
{
  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    {
      const DlGraphNode *node = dl_graph_layout_get_node (layout, i);
      double cx = node->x * transform->scale + transform->dx;
      double cy = node->y * transform->scale + transform->dy;

      if (hypot (x - cx, y - cy) < dl_graph_layout_node_radius (node, transform) + 20)
        return FALSE;
    }
  return TRUE;
}

static void
test_hit_test (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  DlGraphRect area = { 20, 20, 760, 560 };
  DlGraphTransform transform;
  gboolean found_empty = FALSE;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  dl_graph_layout_fit (layout, &area, &transform);

  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    {
      const DlGraphNode *node = dl_graph_layout_get_node (layout, i);
      double x = node->x * transform.scale + transform.dx;
      double y = node->y * transform.scale + transform.dy;
      double r = dl_graph_layout_node_radius (node, &transform);

      g_assert_cmpint (dl_graph_layout_hit_test (layout, &transform, x, y), ==, i);
      /* Just inside the rim still counts */
      g_assert_cmpint (dl_graph_layout_hit_test (layout, &transform, x + r * 0.9, y), ==, i);
    }

  g_assert_cmpint (dl_graph_layout_hit_test (layout, &transform, -100, -100), ==, -1);
  for (double x = area.x; x < area.x + area.width && !found_empty; x += 10)
    for (double y = area.y; y < area.y + area.height && !found_empty; y += 10)
      if (far_from_everything (layout, &transform, x, y))
        {
          g_assert_cmpint (dl_graph_layout_hit_test (layout, &transform, x, y), ==, -1);
          found_empty = TRUE;
        }
  g_assert_true (found_empty);
}

static void
test_fit (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  DlGraphRect area = { 10, 30, 500, 300 };
  DlGraphRect bounds;
  DlGraphTransform transform;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  dl_graph_layout_fit (layout, &area, &transform);
  dl_graph_layout_get_bounds (layout, &bounds);

  /* Inside the area, and touching it on at least one axis */
  g_assert_cmpfloat (bounds.x * transform.scale + transform.dx, >=, area.x - 1e-6);
  g_assert_cmpfloat (bounds.y * transform.scale + transform.dy, >=, area.y - 1e-6);
  g_assert_cmpfloat ((bounds.x + bounds.width) * transform.scale + transform.dx, <=, area.x + area.width + 1e-6);
  g_assert_cmpfloat ((bounds.y + bounds.height) * transform.scale + transform.dy, <=, area.y + area.height + 1e-6);
  g_assert_true (fabs (bounds.width * transform.scale - area.width) < 1e-6 ||
                 fabs (bounds.height * transform.scale - area.height) < 1e-6);
}

static void
test_node_cap (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  ActorSpec actors[100];
  RelationSpec relations[] = { { 0, 1, 1, "met" } };
  g_autoptr(DlActor) first = NULL;
  guint least = G_MAXUINT;

  /* Actors 0 and 1 are the least mentioned, but related */
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      char *name = g_strdup_printf ("Person %03u", i);

      g_ptr_array_add (names, name);
      actors[i] = (ActorSpec) { name, DL_ACTOR_KIND_PERSON, i < 2 ? 1 : 10 + i };
    }
  corpus_init (&corpus, actors, G_N_ELEMENTS (actors), relations, G_N_ELEMENTS (relations));
  first = g_list_model_get_item (G_LIST_MODEL (corpus.actors), 0);
  layout = layout_corpus (&corpus);

  /* The two related actors, then only the few most mentioned others */
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (layout), ==, 2 + DL_GRAPH_LAYOUT_MAX_UNRELATED);
  g_assert_cmpuint (dl_graph_layout_get_n_edges (layout), ==, 1);
  g_assert_cmpint (dl_graph_layout_find_actor (layout, first), >=, 0);
  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    {
      guint m = dl_actor_get_n_mentions (dl_graph_layout_get_node (layout, i)->actor);

      if (m > 1)
        least = MIN (least, m);
    }
  /* The others are the most mentioned: 10 + 90 .. 10 + 99 */
  g_assert_cmpuint (least, ==, 10 + 100 - DL_GRAPH_LAYOUT_MAX_UNRELATED);

  g_clear_pointer (&layout, dl_graph_layout_free);
  layout = dl_graph_layout_new_full (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), 5);
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (layout), ==, 5);
}

/* Without any relation the most mentioned actors are all there is to
 * show; with relations, only the few most mentioned bystanders join */
static void
test_node_cap_unrelated (void)
{
  g_auto(Corpus) lonely = { 0 };
  g_auto(Corpus) related = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  ActorSpec actors[80];
  RelationSpec relations[] = { { 0, 1, 2, "met" } };

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      char *name = g_strdup_printf ("Place %03u", i);

      g_ptr_array_add (names, name);
      /* Two well-known actors, three mentioned twice, the rest once */
      actors[i] = (ActorSpec) { name, DL_ACTOR_KIND_LOCATION, i < 2 ? 9 : (i < 5 ? 2 : 1) };
    }

  corpus_init (&lonely, actors, G_N_ELEMENTS (actors), NULL, 0);
  layout = layout_corpus (&lonely);
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (layout), ==, DL_GRAPH_LAYOUT_MAX_NODES);
  g_clear_pointer (&layout, dl_graph_layout_free);

  corpus_init (&related, actors, G_N_ELEMENTS (actors), relations, G_N_ELEMENTS (relations));
  layout = layout_corpus (&related);
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (layout), ==, 2 + DL_GRAPH_LAYOUT_MAX_UNRELATED);
  for (guint i = 2; i < 5; i++)
    {
      g_autoptr(DlActor) twice = g_list_model_get_item (G_LIST_MODEL (related.actors), i);
      g_assert_cmpint (dl_graph_layout_find_actor (layout, twice), >=, 0);
    }
}

static void
component_box (DlGraphLayout *layout,
               guint          component,
               DlGraphRect   *box)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    {
      const DlGraphNode *node = dl_graph_layout_get_node (layout, i);

      if (node->component != component)
        continue;
      x0 = MIN (x0, node->x - node->radius);
      y0 = MIN (y0, node->y - node->radius);
      x1 = MAX (x1, node->x + node->radius);
      y1 = MAX (y1, node->y + node->radius);
    }
  *box = (DlGraphRect) { x0, y0, x1 - x0, y1 - y0 };
}

static void
test_components_packed (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  guint n_components = 0;
  DlGraphRect bounds, main_box;
  double main_area, total_area;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    n_components = MAX (n_components, dl_graph_layout_get_node (layout, i)->component + 1);
  /* One big cluster, the marching pair, two loners */
  g_assert_cmpuint (n_components, ==, 4);

  for (guint a = 0; a < n_components; a++)
    for (guint b = a + 1; b < n_components; b++)
      {
        DlGraphRect ba, bb;

        component_box (layout, a, &ba);
        component_box (layout, b, &bb);
        g_assert_true (ba.x + ba.width <= bb.x || bb.x + bb.width <= ba.x ||
                       ba.y + ba.height <= bb.y || bb.y + bb.height <= ba.y);
      }

  /* Packed, not flung apart: the loners add little to the picture */
  dl_graph_layout_get_bounds (layout, &bounds);
  component_box (layout, dl_graph_layout_get_node (layout, 0)->component, &main_box);
  main_area = main_box.width * main_box.height;
  total_area = bounds.width * bounds.height;
  g_assert_cmpfloat (total_area, <, 4 * main_area);
  g_assert_cmpfloat (bounds.width / bounds.height, <, 4.0);
  g_assert_cmpfloat (bounds.height / bounds.width, <, 4.0);
}

static gboolean
rects_overlap (const DlGraphRect *a,
               const DlGraphRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
is_forced (DlGraphLayout *layout,
           guint          node)
{
  const guint *order = dl_graph_layout_get_size_order (layout);

  for (guint k = 0; k < 5; k++)
    if (order[k] == node)
      return TRUE;
  return FALSE;
}

static void
measure (DlGraphLayout *layout)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  dl_graph_layout_measure_labels (layout, context, font);
  g_object_unref (context);
}

static void
test_labels (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  DlGraphRect visible = { 0, 0, 900, 700 };
  DlGraphRect area = { 24, 24, 852, 652 };
  DlGraphTransform transform;
  guint n, n_visible = 0, n_edge_labels = 0;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  measure (layout);
  n = dl_graph_layout_get_n_nodes (layout);
  g_assert_cmpfloat (dl_graph_layout_get_node (layout, 0)->label_width, >, 10);
  g_assert_cmpfloat (dl_graph_layout_get_node (layout, 0)->label_height, >, 5);

  dl_graph_layout_fit_labelled (layout, &area, &visible, -1, &transform);
  for (guint i = 0; i < n; i++)
    {
      DlGraphRect a;

      if (!dl_graph_layout_get_label_rect (layout, &transform, i, dl_graph_layout_get_node (layout, i)->label_side, &a))
        continue;
      n_visible++;
      for (guint j = 0; j < n; j++)
        {
          DlGraphRect b;

          if (j == i || (is_forced (layout, i) && is_forced (layout, j)))
            continue;
          if (dl_graph_layout_get_label_rect (layout, &transform, j, dl_graph_layout_get_node (layout, j)->label_side, &b))
            g_assert_false (rects_overlap (&a, &b));
        }
    }
  /* There is plenty of room at this size: every name shows */
  g_assert_cmpuint (n_visible, ==, n);
  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    if (dl_graph_layout_get_edge (layout, i)->label_visible)
      {
        g_assert_cmpuint (dl_graph_layout_get_edge (layout, i)->weight, >=, 2);
        n_edge_labels++;
      }
  g_assert_cmpuint (n_edge_labels, >, 0);

  /* A focus shows only its own edges' predicates */
  dl_graph_layout_place_labels (layout, &transform, &visible, 0);
  g_assert_cmpint (dl_graph_layout_get_node (layout, 0)->label_side, !=, DL_GRAPH_LABEL_HIDDEN);
  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    {
      const DlGraphEdge *edge = dl_graph_layout_get_edge (layout, i);

      if (edge->label_visible)
        g_assert_true (edge->source == 0 || edge->target == 0);
    }
}

static void
test_labels_crowded (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  DlGraphRect area = { 0, 0, 160, 120 };
  DlGraphTransform transform;
  guint n_visible = 0;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  measure (layout);
  dl_graph_layout_fit_labelled (layout, &area, &area, -1, &transform);

  /* Small actors lose their names; the biggest keep theirs */
  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    if (dl_graph_layout_get_node (layout, i)->label_side != DL_GRAPH_LABEL_HIDDEN)
      n_visible++;
  g_assert_cmpuint (n_visible, <, dl_graph_layout_get_n_nodes (layout));
  g_assert_cmpint (dl_graph_layout_get_node (layout, dl_graph_layout_get_size_order (layout)[0])->label_side,
                   !=, DL_GRAPH_LABEL_HIDDEN);
}

static void
test_move_node (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  const DlGraphNode *node;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  dl_graph_layout_move_node (layout, 3, 1234.5, -42.0);
  node = dl_graph_layout_get_node (layout, 3);
  g_assert_cmpfloat (node->x, ==, 1234.5);
  g_assert_cmpfloat (node->y, ==, -42.0);
  g_assert_true (node->pinned);
}

static void
test_empty (void)
{
  g_autoptr(GListStore) actors = g_list_store_new (DL_TYPE_ACTOR);
  g_autoptr(GListStore) relations = g_list_store_new (DL_TYPE_RELATION);
  g_autoptr(DlGraphLayout) layout = NULL;
  DlGraphRect area = { 0, 0, 100, 100 };
  DlGraphTransform transform;

  layout = dl_graph_layout_new (G_LIST_MODEL (actors), G_LIST_MODEL (relations));
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (layout), ==, 0);
  dl_graph_layout_fit_labelled (layout, &area, NULL, -1, &transform);
  g_assert_cmpfloat (transform.scale, >, 0);
  g_assert_cmpint (dl_graph_layout_hit_test (layout, &transform, 50, 50), ==, -1);
}

static const DlGraphEdge *
edge_between (DlGraphLayout *layout,
              const char    *a,
              const char    *b)
{
  int na = -1, nb = -1, edge;

  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    {
      const char *name = dl_actor_get_name (dl_graph_layout_get_node (layout, i)->actor);

      if (g_str_equal (name, a))
        na = (int) i;
      if (g_str_equal (name, b))
        nb = (int) i;
    }
  g_assert_cmpint (na, >=, 0);
  g_assert_cmpint (nb, >=, 0);
  edge = dl_graph_layout_find_edge (layout, na, nb);
  return edge >= 0 ? dl_graph_layout_get_edge (layout, edge) : NULL;
}

static void
test_from_corpus (void)
{
  g_autoptr(DlCorpus) corpus = make_corpus ();
  g_autoptr(DlGraphLayout) layout = dl_graph_layout_new (dl_corpus_get_actors (corpus),
                                                         dl_corpus_get_relations (corpus));
  const DlGraphEdge *edge;

  /* Everyone shows: three related actors and one bystander */
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (layout), ==, 4);
  g_assert_cmpuint (dl_graph_layout_get_n_edges (layout), ==, 3);

  /* Weight is the count of shared events, the label the most frequent predicate */
  edge = edge_between (layout, "Ada Quill", "Bram Oster");
  g_assert_nonnull (edge);
  g_assert_cmpuint (edge->weight, ==, 5);
  g_assert_cmpstr (dl_relation_get_label (edge->relation), ==, "met");
  edge = edge_between (layout, "Ada Quill", "Dunmore & <Mills>");
  g_assert_nonnull (edge);
  g_assert_cmpuint (edge->weight, ==, 2);
  edge = edge_between (layout, "Bram Oster", "Dunmore & <Mills>");
  g_assert_nonnull (edge);
  g_assert_cmpuint (edge->weight, ==, 1);
  g_assert_cmpstr (dl_relation_get_label (edge->relation), ==, "signed");
  g_assert_null (edge_between (layout, "Ada Quill", "Eastport"));
  g_assert_cmpfloat (dl_graph_layout_edge_width (edge_between (layout, "Ada Quill", "Bram Oster")), >,
                     dl_graph_layout_edge_width (edge));
}

/* Two tight circles of five, joined by one thin thread */
static void
two_circles_init (Corpus *corpus)
{
  static const ActorSpec actors[] = {
    { "Alder", DL_ACTOR_KIND_PERSON, 5 }, { "Birch", DL_ACTOR_KIND_PERSON, 5 },
    { "Cedar", DL_ACTOR_KIND_PERSON, 5 }, { "Damson", DL_ACTOR_KIND_PERSON, 5 },
    { "Elm", DL_ACTOR_KIND_PERSON, 5 }, { "Fir", DL_ACTOR_KIND_GROUP, 5 },
    { "Gorse", DL_ACTOR_KIND_GROUP, 5 }, { "Hazel", DL_ACTOR_KIND_GROUP, 5 },
    { "Ivy", DL_ACTOR_KIND_GROUP, 5 }, { "Juniper", DL_ACTOR_KIND_GROUP, 5 },
  };
  RelationSpec relations[21];
  guint n = 0;

  for (guint circle = 0; circle < 2; circle++)
    for (guint i = 0; i < 5; i++)
      for (guint j = i + 1; j < 5; j++)
        relations[n++] = (RelationSpec) { circle * 5 + i, circle * 5 + j, 3, "met" };
  relations[n++] = (RelationSpec) { 4, 5, 1, "called" };
  corpus_init (corpus, actors, G_N_ELEMENTS (actors), relations, n);
}

static void
test_communities (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  g_autoptr(DlGraphLayout) again = NULL;

  two_circles_init (&corpus);
  layout = layout_corpus (&corpus);
  again = layout_corpus (&corpus);
  g_assert_cmpuint (dl_graph_layout_get_n_communities (layout), ==, 2);
  for (guint i = 0; i < 10; i++)
    {
      const DlGraphNode *node = dl_graph_layout_get_node (layout, i);
      const DlGraphNode *first = dl_graph_layout_get_node (layout, i < 5 ? 0 : 5);

      /* Nodes are in name order, so the circles are 0-4 and 5-9 */
      g_assert_cmpuint (node->community, ==, first->community);
      g_assert_cmpuint (node->community, !=, dl_graph_layout_get_node (layout, i < 5 ? 5 : 0)->community);
      g_assert_cmpuint (node->community, ==, dl_graph_layout_get_node (again, i)->community);
    }
}

static void
test_community_colors (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  DlRenderStyle style;
  DlColor a, b, kind_a, kind_e;

  two_circles_init (&corpus);
  layout = layout_corpus (&corpus);
  dl_render_style_init_light (&style);
  a = dl_graph_render_node_color (&style, dl_graph_layout_get_node (layout, 0), DL_GRAPH_COLOR_BY_COMMUNITY);
  b = dl_graph_render_node_color (&style, dl_graph_layout_get_node (layout, 9), DL_GRAPH_COLOR_BY_COMMUNITY);
  kind_a = dl_graph_render_node_color (&style, dl_graph_layout_get_node (layout, 0), DL_GRAPH_COLOR_BY_KIND);
  kind_e = dl_graph_render_node_color (&style, dl_graph_layout_get_node (layout, 4), DL_GRAPH_COLOR_BY_KIND);
  g_assert_true (a.red != b.red || a.green != b.green || a.blue != b.blue);
  g_assert_true (kind_a.red == kind_e.red && kind_a.green == kind_e.green && kind_a.blue == kind_e.blue);
  dl_render_style_clear (&style);
}

static int
compare_doubles (gconstpointer pa,
                 gconstpointer pb)
{
  double a = *(const double *) pa, b = *(const double *) pb;

  return a < b ? -1 : a > b ? 1 : 0;
}

static double
median_distance (DlGraphLayout *layout)
{
  guint n = dl_graph_layout_get_n_nodes (layout);
  g_autoptr(GArray) distances = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double d = node_distance (dl_graph_layout_get_node (layout, i), dl_graph_layout_get_node (layout, j));

        g_array_append_val (distances, d);
      }
  g_array_sort (distances, compare_doubles);
  return g_array_index (distances, double, distances->len / 2);
}

static void
test_grows_in_place (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) before = NULL;
  g_autoptr(DlGraphLayout) after = NULL;
  g_autoptr(DlActor) newcomer = make_actor ("Nell Wren", DL_ACTOR_KIND_PERSON, 6);
  g_autoptr(DlActor) ada = NULL;
  g_autoptr(DlRelation) relation = NULL;
  DlGraphLayoutOptions options;
  double total = 0, worst = 0;
  guint n;

  newsroom_init (&corpus);
  before = layout_corpus (&corpus);
  ada = g_list_model_get_item (G_LIST_MODEL (corpus.actors), 0);
  relation = make_relation (ada, newcomer, 2, "met");
  g_list_store_append (corpus.actors, newcomer);
  g_list_store_append (corpus.relations, relation);

  dl_graph_layout_options_init (&options);
  options.previous = before;
  after = dl_graph_layout_new_with_options (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), &options);
  n = dl_graph_layout_get_n_nodes (before);
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (after), ==, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const DlGraphNode *a = dl_graph_layout_get_node (before, i);
      const DlGraphNode *b = dl_graph_layout_get_node (after, dl_graph_layout_find_actor (after, a->actor));
      double d = node_distance (a, b);

      total += d;
      worst = MAX (worst, d);
    }
  /* Known actors settle a little; nobody is thrown across the picture */
  g_assert_cmpfloat (total / n, <, 16.0);
  g_assert_cmpfloat (worst, <, 48.0);
  assert_no_overlap (after);
  /* The newcomer sits by the actor it is linked to: nearer than most
   * pairs of actors are to each other */
  g_assert_cmpfloat (node_distance (dl_graph_layout_get_node (after, dl_graph_layout_find_actor (after, newcomer)),
                                    dl_graph_layout_get_node (after, dl_graph_layout_find_actor (after, ada))),
                     <, median_distance (after));
}

static void
test_grow_keeps_pins (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) before = NULL;
  g_autoptr(DlGraphLayout) after = NULL;
  DlGraphLayoutOptions options;
  const DlGraphNode *pinned;

  newsroom_init (&corpus);
  before = layout_corpus (&corpus);
  dl_graph_layout_move_node (before, 2, 500, -300);
  dl_graph_layout_options_init (&options);
  options.previous = before;
  after = dl_graph_layout_new_with_options (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), &options);
  pinned = dl_graph_layout_get_node (after, 2);
  g_assert_true (pinned->pinned);
  g_assert_cmpfloat_with_epsilon (pinned->x, 500, 1e-6);
  g_assert_cmpfloat_with_epsilon (pinned->y, -300, 1e-6);
}

static void
test_min_mentions (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  DlGraphLayoutOptions options;

  newsroom_init (&corpus);
  dl_graph_layout_options_init (&options);
  options.min_mentions = 10;
  layout = dl_graph_layout_new_with_options (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), &options);
  /* Ada 40, Bram 22, Dunmore 30, Eastport 18, Fen 12, Iris 15 */
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (layout), ==, 6);
  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    g_assert_cmpuint (dl_actor_get_n_mentions (dl_graph_layout_get_node (layout, i)->actor), >=, 10);
  /* Edges to the hidden actors go with them */
  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    g_assert_cmpuint (dl_graph_layout_get_edge (layout, i)->weight, >=, 1);
  g_assert_cmpuint (dl_graph_layout_get_n_edges (layout), ==, 6);
}

static void
test_ego (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) one = NULL;
  g_autoptr(DlGraphLayout) two = NULL;
  g_autoptr(DlActor) fen = NULL;
  DlGraphLayoutOptions options;

  newsroom_init (&corpus);
  fen = g_list_model_get_item (G_LIST_MODEL (corpus.actors), 5);
  dl_graph_layout_options_init (&options);
  options.ego = fen;
  options.ego_steps = 1;
  one = dl_graph_layout_new_with_options (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), &options);
  /* Fen Council, Eastport, Gale Ferris, Holt Valley */
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (one), ==, 4);
  g_assert_cmpint (dl_graph_layout_find_actor (one, fen), >=, 0);

  options.ego_steps = 2;
  two = dl_graph_layout_new_with_options (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), &options);
  /* ... and through them Ada Quill, Dunmore Mills and Iris Vance */
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (two), ==, 7);
  g_assert_cmpuint (dl_graph_layout_get_n_edges (two), >, dl_graph_layout_get_n_edges (one));
}

static void
test_size_by_events (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  g_autoptr(DlActor) mona = NULL;
  DlGraphLayoutOptions options;
  int node;

  newsroom_init (&corpus);
  /* The least mentioned takes part in the most events */
  mona = g_list_model_get_item (G_LIST_MODEL (corpus.actors), 12);
  for (guint i = 0; i < G_N_ELEMENTS (newsroom_actors); i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (G_LIST_MODEL (corpus.actors), i);

      dl_actor_set_n_events (actor, actor == mona ? 50 : 2);
    }
  dl_graph_layout_options_init (&options);
  options.size_by = DL_GRAPH_SIZE_BY_EVENTS;
  layout = dl_graph_layout_new_with_options (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), &options);
  node = dl_graph_layout_find_actor (layout, mona);
  g_assert_cmpint (node, >=, 0);
  g_assert_cmpuint (dl_graph_layout_get_size_order (layout)[0], ==, (guint) node);
}

/* A few hundred actors, more than the forces keep apart on their own */
static void
test_no_overlap_large (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  ActorSpec actors[400];
  RelationSpec relations[1600];

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      char *name = g_strdup_printf ("Member %03u", i);

      g_ptr_array_add (names, name);
      actors[i] = (ActorSpec) { name, i % 4, 1 + g_rand_int_range (rand, 0, 80) };
    }
  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    {
      guint a = g_rand_int_range (rand, 0, G_N_ELEMENTS (actors));
      guint b = (a + 1 + g_rand_int_range (rand, 0, 20)) % G_N_ELEMENTS (actors);

      relations[i] = (RelationSpec) { a, b, 1 + g_rand_int_range (rand, 0, 4), "met" };
    }
  corpus_init (&corpus, actors, G_N_ELEMENTS (actors), relations, G_N_ELEMENTS (relations));
  layout = dl_graph_layout_new_full (G_LIST_MODEL (corpus.actors), G_LIST_MODEL (corpus.relations), 1000);
  g_assert_cmpuint (dl_graph_layout_get_n_nodes (layout), ==, G_N_ELEMENTS (actors));
  assert_no_overlap (layout);
}

static void
test_hit_test_edge (void)
{
  g_auto(Corpus) corpus = { 0 };
  g_autoptr(DlGraphLayout) layout = NULL;
  DlGraphRect area = { 20, 20, 760, 560 };
  DlGraphTransform transform;
  guint checked = 0;

  newsroom_init (&corpus);
  layout = layout_corpus (&corpus);
  dl_graph_layout_fit (layout, &area, &transform);
  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    {
      const DlGraphEdge *edge = dl_graph_layout_get_edge (layout, i);
      const DlGraphNode *a = dl_graph_layout_get_node (layout, edge->source);
      const DlGraphNode *b = dl_graph_layout_get_node (layout, edge->target);
      double mx = (a->x + b->x) / 2 * transform.scale + transform.dx;
      double my = (a->y + b->y) / 2 * transform.scale + transform.dy;

      if (dl_graph_layout_hit_test (layout, &transform, mx, my) >= 0)
        continue;
      g_assert_cmpint (dl_graph_layout_hit_test_edge (layout, &transform, mx, my), ==, i);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  g_assert_cmpint (dl_graph_layout_hit_test_edge (layout, &transform, -500, -500), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph-layout/determinism", test_determinism);
  g_test_add_func ("/graph-layout/input-order", test_order_of_input_does_not_matter);
  g_test_add_func ("/graph-layout/no-overlap", test_no_overlap);
  g_test_add_func ("/graph-layout/no-overlap-dense", test_no_overlap_dense);
  g_test_add_func ("/graph-layout/connected-closer", test_connected_closer);
  g_test_add_func ("/graph-layout/radius", test_radius_grows_with_mentions);
  g_test_add_func ("/graph-layout/hit-test", test_hit_test);
  g_test_add_func ("/graph-layout/fit", test_fit);
  g_test_add_func ("/graph-layout/node-cap", test_node_cap);
  g_test_add_func ("/graph-layout/node-cap-unrelated", test_node_cap_unrelated);
  g_test_add_func ("/graph-layout/components-packed", test_components_packed);
  g_test_add_func ("/graph-layout/labels", test_labels);
  g_test_add_func ("/graph-layout/labels-crowded", test_labels_crowded);
  g_test_add_func ("/graph-layout/move-node", test_move_node);
  g_test_add_func ("/graph-layout/empty", test_empty);
  g_test_add_func ("/graph-layout/from-corpus", test_from_corpus);
  g_test_add_func ("/graph-layout/communities", test_communities);
  g_test_add_func ("/graph-layout/community-colors", test_community_colors);
  g_test_add_func ("/graph-layout/grows-in-place", test_grows_in_place);
  g_test_add_func ("/graph-layout/grow-keeps-pins", test_grow_keeps_pins);
  g_test_add_func ("/graph-layout/min-mentions", test_min_mentions);
  g_test_add_func ("/graph-layout/ego", test_ego);
  g_test_add_func ("/graph-layout/size-by-events", test_size_by_events);
  g_test_add_func ("/graph-layout/no-overlap-large", test_no_overlap_large);
  g_test_add_func ("/graph-layout/hit-test-edge", test_hit_test_edge);

  return g_test_run ();
}
