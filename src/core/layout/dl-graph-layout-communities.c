/* dl-graph-layout-communities.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Groups of actors who act together: igraph's Louvain method over the
 * relations, weighted by shared events. The seed is fixed and nodes
 * come in name order, so a corpus always gives the same groups, and
 * groups are numbered largest first so that colours stay put.
 */
#include "config.h"

#include <igraph.h>

#include "dl-graph-layout-private.h"

#define SEED 0x5eed

typedef struct
{
  guint community;
  guint size;
  guint first;   /* the group's first node, to break ties */
} Group;

static int
compare_groups (gconstpointer pa,
                gconstpointer pb)
{
  const Group *a = pa;
  const Group *b = pb;

  if (a->size != b->size)
    return a->size > b->size ? -1 : 1;
  return (int) a->first - (int) b->first;
}

/* Largest first; groups of one are no community at all */
static void
number_groups (DlGraphLayout             *self,
               const igraph_vector_int_t *membership)
{
  guint n = self->nodes->len;
  g_autofree Group *groups = g_new0 (Group, MAX (n, 1));
  g_autofree guint *number = g_new (guint, MAX (n, 1));

  for (guint c = 0; c < n; c++)
    groups[c] = (Group) { c, 0, G_MAXUINT };
  for (guint i = 0; i < n; i++)
    {
      Group *group = &groups[VECTOR (*membership)[i]];

      group->size++;
      group->first = MIN (group->first, i);
    }
  qsort (groups, n, sizeof (Group), compare_groups);

  self->n_communities = 0;
  for (guint k = 0; k < n; k++)
    number[groups[k].community] = groups[k].size >= 2 ? self->n_communities++ : DL_GRAPH_NO_COMMUNITY;
  for (guint i = 0; i < n; i++)
    NODE (self, i)->community = number[VECTOR (*membership)[i]];
}

static gboolean
detect (DlGraphLayout       *self,
        igraph_vector_int_t *membership)
{
  igraph_t graph;
  igraph_vector_int_t ends;
  igraph_vector_t weights;
  gboolean done = FALSE;

  igraph_vector_int_init (&ends, 2 * self->edges->len);
  igraph_vector_init (&weights, self->edges->len);
  for (guint e = 0; e < self->edges->len; e++)
    {
      VECTOR (ends)[2 * e] = EDGE (self, e)->source;
      VECTOR (ends)[2 * e + 1] = EDGE (self, e)->target;
      VECTOR (weights)[e] = EDGE (self, e)->weight;
    }
  if (igraph_create (&graph, &ends, self->nodes->len, IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS)
    {
      /* Louvain visits nodes in a random order */
      igraph_rng_seed (igraph_rng_default (), SEED);
      done = igraph_community_multilevel (&graph, &weights, 1.0, membership, NULL, NULL) == IGRAPH_SUCCESS &&
             igraph_vector_int_size (membership) == (igraph_integer_t) self->nodes->len;
      igraph_destroy (&graph);
    }
  igraph_vector_destroy (&weights);
  igraph_vector_int_destroy (&ends);
  return done;
}

/**
 * _dl_graph_layout_find_communities:
 *
 * Sets every node's community and the layout's count of them.
 */
void
_dl_graph_layout_find_communities (DlGraphLayout *self)
{
  igraph_vector_int_t membership;

  _dl_graph_layout_igraph_init ();
  self->n_communities = 0;
  for (guint i = 0; i < self->nodes->len; i++)
    NODE (self, i)->community = DL_GRAPH_NO_COMMUNITY;
  if (self->nodes->len == 0)
    return;

  igraph_vector_int_init (&membership, 0);
  if (detect (self, &membership))
    number_groups (self, &membership);
  igraph_vector_int_destroy (&membership);
}
