/* test-graph-layout.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "dl-actor.h"
#include "dl-event.h"
#include "dl-graph-layout.h"
#include "dl-relation.h"

typedef struct
{
  const char *name;
  DlActorKind kind;
  guint mentions;
} ActorSpec;

typedef struct
{
  guint source;
  guint target;
  guint weight;
  const char *predicate;
} RelationSpec;

/* A made-up newsroom: two clusters joined by one bridge, a pair on its
 * own and a few loners. */
static const ActorSpec newsroom_actors[] = {
  { "Ada Quill", DL_ACTOR_KIND_PERSON, 40 },
  { "Bram Oster", DL_ACTOR_KIND_PERSON, 22 },
  { "Cato Rinn", DL_ACTOR_KIND_PERSON, 9 },
  { "Dunmore Mills", DL_ACTOR_KIND_ORGANIZATION, 30 },
  { "Eastport", DL_ACTOR_KIND_LOCATION, 18 },
  { "Fen Council", DL_ACTOR_KIND_ORGANIZATION, 12 },
  { "Gale Ferris", DL_ACTOR_KIND_PERSON, 7 },
  { "Holt Valley", DL_ACTOR_KIND_LOCATION, 5 },
  { "Iris Vance", DL_ACTOR_KIND_PERSON, 15 },
  { "Jetty Union", DL_ACTOR_KIND_GROUP, 4 },
  { "Kell Harbour", DL_ACTOR_KIND_LOCATION, 3 },
  { "Lark Press", DL_ACTOR_KIND_ORGANIZATION, 2 },
  { "Mona Pike", DL_ACTOR_KIND_PERSON, 1 },
};

static const RelationSpec newsroom_relations[] = {
  { 0, 1, 5, "met" }, { 0, 3, 4, "led" }, { 1, 3, 2, "sued" }, { 0, 4, 3, "visited" },
  { 3, 4, 2, "built" }, { 2, 1, 1, "joined" }, { 4, 5, 1, "hosted" },
  { 5, 6, 3, "elected" }, { 6, 7, 2, "toured" }, { 5, 7, 1, "funded" }, { 6, 8, 1, "met" },
  { 9, 10, 2, "marched" },
};

typedef struct
{
  GListStore *actors;
  GListStore *relations;
} Corpus;

static void
corpus_clear (Corpus *corpus)
{
  g_clear_object (&corpus->actors);
  g_clear_object (&corpus->relations);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Corpus, corpus_clear)

static DlActor *
make_actor (const char  *name,
            DlActorKind  kind,
            guint        mentions)
{
  DlActor *actor = dl_actor_new (name, kind);

  for (guint m = 0; m < mentions; m++)
    dl_actor_add_mention (actor, NULL, m * 10, m * 10 + 4);
  return actor;
}

static DlRelation *
make_relation (DlActor    *source,
               DlActor    *target,
               guint       weight,
               const char *predicate)
{
  DlRelation *relation = dl_relation_new (source, target);

  for (guint w = 0; w < weight; w++)
    {
      g_autoptr(DlEvent) event = dl_event_new ("shared event");

      dl_event_set_predicate (event, predicate);
      dl_relation_add_event (relation, event);
    }
  return relation;
}

static void
corpus_init (Corpus             *corpus,
             const ActorSpec    *actors,
             guint               n_actors,
             const RelationSpec *relations,
             guint               n_relations)
{
  corpus->actors = g_list_store_new (DL_TYPE_ACTOR);
  corpus->relations = g_list_store_new (DL_TYPE_RELATION);

  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(DlActor) actor = make_actor (actors[i].name, actors[i].kind, actors[i].mentions);

      g_list_store_append (corpus->actors, actor);
    }
  for (guint i = 0; i < n_relations; i++)
    {
      g_autoptr(DlActor) source = g_list_model_get_item (G_LIST_MODEL (corpus->actors), relations[i].source);
      g_autoptr(DlActor) target = g_list_model_get_item (G_LIST_MODEL (corpus->actors), relations[i].target);
      g_autoptr(DlRelation) relation = make_relation (source, target, relations[i].weight,
                                                      relations[i].predicate);

      g_list_store_append (corpus->relations, relation);
    }
}

static void
newsroom_init (Corpus *corpus)
{
  corpus_init (corpus, newsroom_actors, G_N_ELEMENTS (newsroom_actors),
               newsroom_relations, G_N_ELEMENTS (newsroom_relations));
}

static DlGraphLayout *
layout_corpus (Corpus *corpus)
{
  return dl_graph_layout_new (G_LIST_MODEL (corpus->actors), G_LIST_MODEL (corpus->relations));
}

static double
node_distance (const DlGraphNode *a,
               const DlGraphNode *b)
{
  return hypot (a->x - b->x, a->y - b->y);
}

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

  return g_test_run ();
}
