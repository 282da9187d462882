/* dl-graph-layout-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files the graph layout is split over: choice of
 * actors and queries (dl-graph-layout.c), forces and packing
 * (dl-graph-layout-forces.c), communities
 * (dl-graph-layout-communities.c) and labels (dl-graph-layout-labels.c).
 */
#pragma once

#include "dl-graph-layout.h"

G_BEGIN_DECLS

struct _DlGraphLayout
{
  GArray *nodes;        /* DlGraphNode */
  GArray *edges;        /* DlGraphEdge */
  GPtrArray *refs;      /* keeps the actors and relations alive */
  GHashTable *adjacent; /* node pair key -> edge index + 1 */
  guint *size_order;    /* node indices, largest first */
  guint n_components;
  guint n_communities;
  guint64 generation;   /* changes whenever a node moves */
};

#define NODE(self, i) (&g_array_index ((self)->nodes, DlGraphNode, (i)))
#define EDGE(self, i) (&g_array_index ((self)->edges, DlGraphEdge, (i)))

void _dl_graph_layout_igraph_init      (void);
void _dl_graph_layout_place            (DlGraphLayout *self,
                                        DlGraphLayout *previous);
void _dl_graph_layout_pack             (DlGraphLayout *self);
void _dl_graph_layout_find_communities (DlGraphLayout *self);

G_END_DECLS
