/* dl-graph-layout-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files the graph layout is split over: placement
 * (dl-graph-layout.c), forces (dl-graph-layout-forces.c) and labels
 * (dl-graph-layout-labels.c).
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
};

#define NODE(self, i) (&g_array_index ((self)->nodes, DlGraphNode, (i)))
#define EDGE(self, i) (&g_array_index ((self)->edges, DlGraphEdge, (i)))

void _dl_graph_layout_run_forces      (DlGraphLayout *self,
                                       const guint   *members,
                                       guint          n_members);
void _dl_graph_layout_remove_overlaps (DlGraphLayout *self,
                                       const guint   *members,
                                       guint          n_members);
void _dl_graph_layout_pack            (DlGraphLayout *self);

G_END_DECLS
