/* dl-graph-layout.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which actors make the graph, how big their discs are, and the
 * geometry queries the renderer and the widget share (fit, hit-test).
 * The forces live in dl-graph-layout-forces.c, communities in
 * dl-graph-layout-communities.c, labels in dl-graph-layout-labels.c.
 */
#include "config.h"

#include <math.h>

#include "dl-actor.h"
#include "dl-graph-layout-private.h"
#include "dl-relation.h"

#define MIN_RADIUS 5.0
#define MAX_RADIUS 26.0
#define MAX_SCALE 1.5
#define HIT_SLOP 3.0
#define EDGE_HIT_SLOP 3.0

/* Unique across layouts, so that a cache never mistakes a new layout at
 * an old address for the old one */
static gsize next_generation = 1;

/* One actor of the model while deciding whether it makes the graph */
typedef struct
{
  DlActor *actor;
  guint model_index;
  guint strength; /* summed weight of its relations */
  gboolean related;
} Candidate;

static guint64
pair_key (guint a,
          guint b)
{
  return ((guint64) MIN (a, b) << 32) | MAX (a, b);
}

static int
compare_names (DlActor *a,
               DlActor *b)
{
  int cmp = g_strcmp0 (dl_actor_get_name (a), dl_actor_get_name (b));

  if (cmp != 0)
    return cmp;
  return (int) dl_actor_get_kind (a) - (int) dl_actor_get_kind (b);
}

/* Related actors first, strongest first; then the most mentioned.
 * Everything ties back to the name, so the choice is stable. */
static int
compare_candidates (gconstpointer pa,
                    gconstpointer pb)
{
  const Candidate *a = pa;
  const Candidate *b = pb;
  guint ma = dl_actor_get_n_mentions (a->actor);
  guint mb = dl_actor_get_n_mentions (b->actor);
  int cmp;

  if (a->related != b->related)
    return a->related ? -1 : 1;
  if (a->strength != b->strength)
    return a->strength > b->strength ? -1 : 1;
  if (ma != mb)
    return ma > mb ? -1 : 1;
  cmp = compare_names (a->actor, b->actor);
  return cmp != 0 ? cmp : (int) a->model_index - (int) b->model_index;
}

static int
compare_selected (gconstpointer pa,
                  gconstpointer pb)
{
  const Candidate *a = pa;
  const Candidate *b = pb;
  int cmp = compare_names (a->actor, b->actor);

  return cmp != 0 ? cmp : (int) a->model_index - (int) b->model_index;
}

/* The relations as pairs of actor indices, both ends known */
static GArray *
collect_links (GListModel *relations,
               GHashTable *index_of)
{
  guint n_relations = g_list_model_get_n_items (relations);
  GArray *links = g_array_sized_new (FALSE, FALSE, sizeof (guint) * 3, n_relations);

  for (guint i = 0; i < n_relations; i++)
    {
      g_autoptr(DlRelation) relation = g_list_model_get_item (relations, i);
      guint link[3] = {
        GPOINTER_TO_UINT (g_hash_table_lookup (index_of, dl_relation_get_source (relation))),
        GPOINTER_TO_UINT (g_hash_table_lookup (index_of, dl_relation_get_target (relation))),
        MAX (dl_relation_get_weight (relation), 1),
      };

      if (link[0] != 0 && link[1] != 0 && link[0] != link[1])
        {
          link[0]--;
          link[1]--;
          g_array_append_vals (links, link, 1);
        }
    }
  return links;
}

#define LINK(links, i) (&g_array_index ((links), guint, 3 * (i)))

/* Breadth first from the ego, over every relation */
static void
keep_ego_network (GArray                     *candidates,
                  GArray                     *links,
                  const DlGraphLayoutOptions *options,
                  gboolean                   *allowed,
                  GHashTable                 *index_of)
{
  guint ego = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, options->ego));
  g_autofree guint *distance = g_new (guint, MAX (candidates->len, 1));

  for (guint i = 0; i < candidates->len; i++)
    distance[i] = G_MAXUINT;
  if (ego != 0)
    distance[ego - 1] = 0;
  for (guint step = 0; step < MAX (options->ego_steps, 1); step++)
    for (guint l = 0; l < links->len; l++)
      {
        guint a = LINK (links, l)[0], b = LINK (links, l)[1];

        if (distance[a] == step && distance[b] > step + 1)
          distance[b] = step + 1;
        if (distance[b] == step && distance[a] > step + 1)
          distance[a] = step + 1;
      }
  for (guint i = 0; i < candidates->len; i++)
    allowed[i] = allowed[i] && distance[i] != G_MAXUINT;
  if (ego != 0)
    allowed[ego - 1] = TRUE;
}

static GArray *
collect_candidates (GListModel                 *actors,
                    GListModel                 *relations,
                    const DlGraphLayoutOptions *options,
                    GHashTable                 *index_of)
{
  guint n_actors = g_list_model_get_n_items (actors);
  GArray *candidates = g_array_sized_new (FALSE, TRUE, sizeof (Candidate), n_actors);
  g_autoptr(GArray) links = NULL;
  g_autofree gboolean *allowed = g_new (gboolean, MAX (n_actors, 1));
  guint kept = 0;

  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (actors, i);
      Candidate c = { actor, i, 0, FALSE };

      g_array_append_val (candidates, c);
      g_hash_table_insert (index_of, actor, GUINT_TO_POINTER (i + 1));
      allowed[i] = dl_actor_get_n_mentions (actor) >= options->min_mentions;
    }
  links = collect_links (relations, index_of);
  if (options->ego != NULL)
    keep_ego_network (candidates, links, options, allowed, index_of);

  for (guint l = 0; l < links->len; l++)
    {
      guint *link = LINK (links, l);

      if (!allowed[link[0]] || !allowed[link[1]])
        continue;
      for (guint end = 0; end < 2; end++)
        {
          g_array_index (candidates, Candidate, link[end]).related = TRUE;
          g_array_index (candidates, Candidate, link[end]).strength += link[2];
        }
    }
  for (guint i = 0; i < n_actors; i++)
    if (allowed[i])
      g_array_index (candidates, Candidate, kept++) = g_array_index (candidates, Candidate, i);
  g_array_set_size (candidates, kept);
  return candidates;
}

static guint
size_value (DlActor       *actor,
            DlGraphSizeBy  size_by)
{
  if (size_by == DL_GRAPH_SIZE_BY_EVENTS)
    return dl_actor_get_n_events (actor);
  return dl_actor_get_n_mentions (actor);
}

/* With relations to show, only the related actors and the few most
 * mentioned others are shown; without any, the most mentioned actors
 * are all there is to see. @candidates is sorted related first, then
 * by mentions. */
static guint
count_shown (GArray *candidates,
             guint   max_nodes)
{
  guint n_related = 0;
  guint n_others = 0;

  while (n_related < max_nodes && n_related < candidates->len &&
         g_array_index (candidates, Candidate, n_related).related)
    n_related++;
  if (n_related == 0)
    return max_nodes;

  while (n_related + n_others < max_nodes && n_related + n_others < candidates->len &&
         n_others < DL_GRAPH_LAYOUT_MAX_UNRELATED)
    n_others++;
  return n_related + n_others;
}

static gboolean
any_events (GArray *candidates)
{
  for (guint i = 0; i < candidates->len; i++)
    if (dl_actor_get_n_events (g_array_index (candidates, Candidate, i).actor) > 0)
      return TRUE;
  return FALSE;
}

static void
add_nodes (DlGraphLayout *self,
           GArray        *candidates,
           guint          max_nodes,
           DlGraphSizeBy  size_by,
           GHashTable    *node_of)
{
  guint n = MIN (candidates->len, max_nodes);
  guint max_size = 1;

  g_array_sort (candidates, compare_candidates);
  n = count_shown (candidates, n);
  g_array_set_size (candidates, MIN (n, candidates->len));
  n = candidates->len;
  g_array_sort (candidates, compare_selected);

  /* Without any event (a corpus not analysed for them) events say
   * nothing: mentions do */
  if (size_by == DL_GRAPH_SIZE_BY_EVENTS && !any_events (candidates))
    size_by = DL_GRAPH_SIZE_BY_MENTIONS;
  for (guint i = 0; i < n; i++)
    max_size = MAX (max_size, size_value (g_array_index (candidates, Candidate, i).actor, size_by));

  for (guint i = 0; i < n; i++)
    {
      DlActor *actor = g_array_index (candidates, Candidate, i).actor;
      double share = MAX (size_value (actor, size_by), 1) / (double) max_size;
      DlGraphNode node = { 0 };

      /* Area, not radius, follows the mentions */
      node.actor = actor;
      node.radius = MAX (MIN_RADIUS, MAX_RADIUS * sqrt (share));
      g_ptr_array_add (self->refs, g_object_ref (actor));
      g_array_append_val (self->nodes, node);
      g_hash_table_insert (node_of, actor, GUINT_TO_POINTER (i + 1));
    }
}

static void
add_edge (DlGraphLayout *self,
          DlRelation    *relation,
          guint          s,
          guint          t)
{
  guint64 key = pair_key (s, t);
  guint weight = MAX (dl_relation_get_weight (relation), 1);
  guint existing = GPOINTER_TO_UINT (g_hash_table_lookup (self->adjacent, &key));
  DlGraphEdge edge = { relation, s, t, weight, 0, 0, FALSE };

  /* Two relations for one pair draw as one line: keep the heavier */
  if (existing != 0)
    {
      if (EDGE (self, existing - 1)->weight < weight)
        *EDGE (self, existing - 1) = edge;
      g_ptr_array_add (self->refs, g_object_ref (relation));
      return;
    }

  g_ptr_array_add (self->refs, g_object_ref (relation));
  g_array_append_val (self->edges, edge);
  NODE (self, s)->degree++;
  NODE (self, t)->degree++;
  g_hash_table_insert (self->adjacent, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (self->edges->len));
}

static int
compare_edges (gconstpointer pa,
               gconstpointer pb)
{
  const DlGraphEdge *a = pa;
  const DlGraphEdge *b = pb;
  guint64 ka = pair_key (a->source, a->target);
  guint64 kb = pair_key (b->source, b->target);

  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/* Edges in node order, whatever the order of the relations, so the sums
 * of forces (and so the picture) do not depend on it */
static void
add_edges (DlGraphLayout *self,
           GListModel    *relations,
           GHashTable    *node_of)
{
  guint n_relations = g_list_model_get_n_items (relations);

  for (guint i = 0; i < n_relations; i++)
    {
      g_autoptr(DlRelation) relation = g_list_model_get_item (relations, i);
      guint s = GPOINTER_TO_UINT (g_hash_table_lookup (node_of, dl_relation_get_source (relation)));
      guint t = GPOINTER_TO_UINT (g_hash_table_lookup (node_of, dl_relation_get_target (relation)));

      if (s != 0 && t != 0 && s != t)
        add_edge (self, relation, s - 1, t - 1);
    }

  g_array_sort (self->edges, compare_edges);
  for (guint i = 0; i < self->edges->len; i++)
    {
      guint64 key = pair_key (EDGE (self, i)->source, EDGE (self, i)->target);

      g_hash_table_insert (self->adjacent, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (i + 1));
    }
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/* Components are numbered in the order of their first node, so by name */
static void
find_components (DlGraphLayout *self)
{
  g_autofree guint *parent = g_new (guint, self->nodes->len);
  g_autofree guint *number = g_new (guint, self->nodes->len);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      parent[i] = i;
      number[i] = G_MAXUINT;
    }
  for (guint i = 0; i < self->edges->len; i++)
    parent[find_root (parent, EDGE (self, i)->source)] = find_root (parent, EDGE (self, i)->target);

  self->n_components = 0;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      guint root = find_root (parent, i);

      if (number[root] == G_MAXUINT)
        number[root] = self->n_components++;
      NODE (self, i)->component = number[root];
    }
}

static int
compare_size (gconstpointer pa,
              gconstpointer pb,
              gpointer      user_data)
{
  DlGraphLayout *self = user_data;
  guint a = *(const guint *) pa;
  guint b = *(const guint *) pb;

  if (NODE (self, a)->radius != NODE (self, b)->radius)
    return NODE (self, a)->radius > NODE (self, b)->radius ? -1 : 1;
  return (int) a - (int) b;
}

static void
compute_size_order (DlGraphLayout *self)
{
  self->size_order = g_new (guint, MAX (self->nodes->len, 1));
  for (guint i = 0; i < self->nodes->len; i++)
    self->size_order[i] = i;
  g_qsort_with_data (self->size_order, self->nodes->len, sizeof (guint), compare_size, self);
}

/**
 * dl_graph_layout_options_init:
 *
 * The defaults: up to %DL_GRAPH_LAYOUT_MAX_NODES actors, sized by the
 * events they take part in (by mentions when no actor has any), no
 * threshold, no ego, laid out from scratch.
 */
void
dl_graph_layout_options_init (DlGraphLayoutOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (DlGraphLayoutOptions) { DL_GRAPH_LAYOUT_MAX_NODES, 0, DL_GRAPH_SIZE_BY_EVENTS, NULL, 1, NULL };
}

/**
 * dl_graph_layout_new_with_options:
 * @actors: a #GListModel of #DlActor
 * @relations: a #GListModel of #DlRelation
 * @options: which actors, how big, and where to start from
 *
 * Chooses the actors (every related one, then a few of the most
 * mentioned others, up to @options' max_nodes), finds their
 * communities and places them. The same input always gives the same
 * positions.
 *
 * Returns: (transfer full): the layout
 */
DlGraphLayout *
dl_graph_layout_new_with_options (GListModel                 *actors,
                                  GListModel                 *relations,
                                  const DlGraphLayoutOptions *options)
{
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) node_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) candidates = NULL;
  DlGraphLayout *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (actors), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (relations), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (DlGraphLayout, 1);
  self->nodes = g_array_new (FALSE, TRUE, sizeof (DlGraphNode));
  self->edges = g_array_new (FALSE, TRUE, sizeof (DlGraphEdge));
  self->refs = g_ptr_array_new_with_free_func (g_object_unref);
  self->adjacent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  candidates = collect_candidates (actors, relations, options, index_of);
  add_nodes (self, candidates, options->max_nodes, options->size_by, node_of);
  add_edges (self, relations, node_of);
  find_components (self);
  compute_size_order (self);
  _dl_graph_layout_find_communities (self);
  _dl_graph_layout_place (self, options->previous);
  self->generation = (guint64) g_atomic_pointer_add (&next_generation, 1);
  return self;
}

/**
 * dl_graph_layout_new_full:
 * @max_nodes: how many actors at most
 *
 * dl_graph_layout_new_with_options() with the defaults but @max_nodes.
 *
 * Returns: (transfer full): the layout
 */
DlGraphLayout *
dl_graph_layout_new_full (GListModel *actors,
                          GListModel *relations,
                          guint       max_nodes)
{
  DlGraphLayoutOptions options;

  dl_graph_layout_options_init (&options);
  options.max_nodes = max_nodes;
  return dl_graph_layout_new_with_options (actors, relations, &options);
}

DlGraphLayout *
dl_graph_layout_new (GListModel *actors,
                     GListModel *relations)
{
  return dl_graph_layout_new_full (actors, relations, DL_GRAPH_LAYOUT_MAX_NODES);
}

void
dl_graph_layout_free (DlGraphLayout *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_hash_table_unref (self->adjacent);
  g_ptr_array_unref (self->refs);
  g_free (self->size_order);
  g_free (self);
}

guint
dl_graph_layout_get_n_nodes (DlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->nodes->len;
}

const DlGraphNode *
dl_graph_layout_get_node (DlGraphLayout *self,
                          guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return NODE (self, index);
}

guint
dl_graph_layout_get_n_edges (DlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->edges->len;
}

const DlGraphEdge *
dl_graph_layout_get_edge (DlGraphLayout *self,
                          guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->edges->len, NULL);
  return EDGE (self, index);
}

/**
 * dl_graph_layout_find_actor:
 *
 * Returns: the node of @actor, or -1 when it is not in the graph
 */
int
dl_graph_layout_find_actor (DlGraphLayout *self,
                            DlActor       *actor)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->nodes->len; i++)
    if (NODE (self, i)->actor == actor)
      return (int) i;
  return -1;
}

gboolean
dl_graph_layout_are_adjacent (DlGraphLayout *self,
                              guint          a,
                              guint          b)
{
  guint64 key = pair_key (a, b);

  g_return_val_if_fail (self != NULL, FALSE);
  return g_hash_table_contains (self->adjacent, &key);
}

/**
 * dl_graph_layout_find_edge:
 *
 * Returns: the edge between nodes @a and @b, or -1
 */
int
dl_graph_layout_find_edge (DlGraphLayout *self,
                           guint          a,
                           guint          b)
{
  guint64 key = pair_key (a, b);

  g_return_val_if_fail (self != NULL, -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->adjacent, &key)) - 1;
}

/**
 * dl_graph_layout_get_n_communities:
 *
 * Returns: how many communities of two or more actors there are; each
 *   node's community is below this or %DL_GRAPH_NO_COMMUNITY
 */
guint
dl_graph_layout_get_n_communities (DlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_communities;
}

/**
 * dl_graph_layout_get_size_order:
 *
 * Returns: (array) (transfer none): every node index, largest disc first;
 *   the order keyboard navigation walks
 */
const guint *
dl_graph_layout_get_size_order (DlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->size_order;
}

/**
 * dl_graph_layout_move_node:
 *
 * Puts a node where the user dropped it and pins it there.
 */
void
dl_graph_layout_move_node (DlGraphLayout *self,
                           guint          index,
                           double         x,
                           double         y)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->nodes->len);

  NODE (self, index)->x = x;
  NODE (self, index)->y = y;
  NODE (self, index)->pinned = TRUE;
  self->generation = (guint64) g_atomic_pointer_add (&next_generation, 1);
}

/**
 * dl_graph_layout_get_generation:
 *
 * Returns: a number that changes whenever a node moves, and differs
 *   between layouts, for caches of what was drawn
 */
guint64
dl_graph_layout_get_generation (DlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->generation;
}

/**
 * dl_graph_layout_get_bounds:
 *
 * The box around every disc, in layout units.
 */
void
dl_graph_layout_get_bounds (DlGraphLayout *self,
                            DlGraphRect   *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_if_fail (self != NULL);
  g_return_if_fail (bounds != NULL);

  if (self->nodes->len == 0)
    {
      *bounds = (DlGraphRect) { 0, 0, 0, 0 };
      return;
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const DlGraphNode *node = NODE (self, i);

      x0 = MIN (x0, node->x - node->radius);
      y0 = MIN (y0, node->y - node->radius);
      x1 = MAX (x1, node->x + node->radius);
      y1 = MAX (y1, node->y + node->radius);
    }
  *bounds = (DlGraphRect) { x0, y0, x1 - x0, y1 - y0 };
}

/**
 * dl_graph_layout_fit:
 * @area: where the graph should go, margins already taken off
 *
 * The transform that shows the whole graph centred in @area, keeping
 * its aspect. Small graphs are not blown up beyond a modest zoom.
 */
void
dl_graph_layout_fit (DlGraphLayout     *self,
                     const DlGraphRect *area,
                     DlGraphTransform  *transform)
{
  DlGraphRect bounds;
  double scale;

  g_return_if_fail (self != NULL);
  g_return_if_fail (area != NULL && transform != NULL);

  dl_graph_layout_get_bounds (self, &bounds);
  scale = MAX_SCALE;
  if (bounds.width > 0)
    scale = MIN (scale, area->width / bounds.width);
  if (bounds.height > 0)
    scale = MIN (scale, area->height / bounds.height);
  scale = MAX (scale, 0.01);

  transform->scale = scale;
  transform->dx = area->x + area->width / 2 - (bounds.x + bounds.width / 2) * scale;
  transform->dy = area->y + area->height / 2 - (bounds.y + bounds.height / 2) * scale;
}

/**
 * dl_graph_layout_node_radius:
 *
 * The disc's radius on the surface: it shrinks with the zoom when the
 * graph is zoomed out (so discs never overlap) but does not grow.
 */
double
dl_graph_layout_node_radius (const DlGraphNode      *node,
                             const DlGraphTransform *transform)
{
  g_return_val_if_fail (node != NULL && transform != NULL, 0);
  return MAX (node->radius * MIN (transform->scale, 1.0), MIN (node->radius, 2.5));
}

static double
distance_to_node (const DlGraphNode      *node,
                  const DlGraphTransform *transform,
                  double                  x,
                  double                  y)
{
  double cx = node->x * transform->scale + transform->dx;
  double cy = node->y * transform->scale + transform->dy;

  return hypot (x - cx, y - cy) - dl_graph_layout_node_radius (node, transform);
}

static gboolean
rect_contains (const DlGraphRect *rect,
               double             x,
               double             y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

/**
 * dl_graph_layout_hit_test:
 * @x: a point on the surface
 * @y: likewise
 *
 * The one hit-test for hover, click and tooltips: the disc under the
 * point (the nearest when discs are close), else the visible label
 * under it.
 *
 * Returns: a node index, or -1 over empty space
 */
int
dl_graph_layout_hit_test (DlGraphLayout          *self,
                          const DlGraphTransform *transform,
                          double                  x,
                          double                  y)
{
  double best_distance = HIT_SLOP;
  int best = -1;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (transform != NULL, -1);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      double distance = distance_to_node (NODE (self, i), transform, x, y);

      if (distance <= best_distance)
        {
          best_distance = distance;
          best = (int) i;
        }
    }
  if (best >= 0)
    return best;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      DlGraphRect rect;

      if (dl_graph_layout_get_label_rect (self, transform, i, NODE (self, i)->label_side, &rect) &&
          rect_contains (&rect, x, y))
        return (int) i;
    }
  return -1;
}

/**
 * dl_graph_layout_edge_width:
 *
 * Returns: how wide an edge is drawn, in pixels: it grows with the
 *   shared events, slowly, up to a limit
 */
double
dl_graph_layout_edge_width (const DlGraphEdge *edge)
{
  static double widths[64];
  static gsize filled = 0;

  g_return_val_if_fail (edge != NULL, 1.0);

  /* Hit-tests ask for every edge: no logarithm each time */
  if (g_once_init_enter (&filled))
    {
      for (guint w = 1; w < G_N_ELEMENTS (widths); w++)
        widths[w] = MIN (1.0 + 1.4 * log2 (w), 7.0);
      g_once_init_leave (&filled, 1);
    }
  return edge->weight < G_N_ELEMENTS (widths) ? widths[MAX (edge->weight, 1)] : 7.0;
}

static double
distance_to_segment (double px,
                     double py,
                     double ax,
                     double ay,
                     double bx,
                     double by)
{
  double dx = bx - ax, dy = by - ay;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / length2 : 0;

  t = CLAMP (t, 0.0, 1.0);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * dl_graph_layout_hit_test_edge:
 * @x: a point on the surface
 * @y: likewise
 *
 * The edge under the point, for hover and click when no disc is there:
 * the nearest line within a few pixels of its drawn width.
 *
 * Returns: an edge index, or -1
 */
int
dl_graph_layout_hit_test_edge (DlGraphLayout          *self,
                               const DlGraphTransform *transform,
                               double                  x,
                               double                  y)
{
  double best_distance = G_MAXDOUBLE;
  int best = -1;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (transform != NULL, -1);

  /* Back to layout units, where the nodes are, once */
  x = (x - transform->dx) / transform->scale;
  y = (y - transform->dy) / transform->scale;
  for (guint i = 0; i < self->edges->len; i++)
    {
      const DlGraphEdge *edge = EDGE (self, i);
      const DlGraphNode *a = NODE (self, edge->source);
      const DlGraphNode *b = NODE (self, edge->target);
      double reach = (dl_graph_layout_edge_width (edge) / 2 + EDGE_HIT_SLOP) / transform->scale;
      double distance;

      if (x < MIN (a->x, b->x) - reach || x > MAX (a->x, b->x) + reach ||
          y < MIN (a->y, b->y) - reach || y > MAX (a->y, b->y) + reach)
        continue;
      distance = distance_to_segment (x, y, a->x, a->y, b->x, b->y);
      if (distance <= reach && distance < best_distance)
        {
          best_distance = distance;
          best = (int) i;
        }
    }
  return best;
}
