/* dl-graph-layout.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry of the actor graph: which actors show, their
 * communities, and a deterministic force-directed placement of them in
 * abstract coordinates (igraph's Fruchterman-Reingold and Louvain, then
 * a pass that keeps discs apart).
 *
 * Layout units are pixels at scale 1: node radii and label sizes are
 * given in them. A DlGraphTransform maps them onto a surface; positions
 * follow the transform, while labels keep their size and node discs
 * shrink with it only when zoomed out, so they never overlap.
 */
#pragma once

#include <gio/gio.h>
#include <pango/pango.h>

#include "dl-types.h"

G_BEGIN_DECLS

/* More nodes than this and the picture stops being readable */
#define DL_GRAPH_LAYOUT_MAX_NODES 60
/* Nodes outside every community of two or more */
#define DL_GRAPH_NO_COMMUNITY G_MAXUINT
/* Actors in no relation shown beside the related ones: a few of the most
 * mentioned give context, many would bury the graph */
#define DL_GRAPH_LAYOUT_MAX_UNRELATED 10
/* Longer names are ellipsized; renderers must use the same width */
#define DL_GRAPH_LABEL_MAX_WIDTH 240
/* Edge labels are set this much smaller than node labels */
#define DL_GRAPH_EDGE_LABEL_SCALE 0.85

typedef enum
{
  DL_GRAPH_SIZE_BY_MENTIONS,
  DL_GRAPH_SIZE_BY_EVENTS,
} DlGraphSizeBy;

typedef enum
{
  DL_GRAPH_COLOR_BY_KIND,
  DL_GRAPH_COLOR_BY_COMMUNITY,
} DlGraphColorBy;

typedef enum
{
  DL_GRAPH_LABEL_HIDDEN,
  DL_GRAPH_LABEL_RIGHT,
  DL_GRAPH_LABEL_LEFT,
  DL_GRAPH_LABEL_BELOW,
  DL_GRAPH_LABEL_ABOVE,
  DL_GRAPH_LABEL_ABOVE_RIGHT,   /* the label's corner at the disc's */
  DL_GRAPH_LABEL_BELOW_RIGHT,
  DL_GRAPH_LABEL_ABOVE_LEFT,
  DL_GRAPH_LABEL_BELOW_LEFT,
} DlGraphLabelSide;

/**
 * DlGraphNode:
 * @actor: (unowned): the actor, kept alive by the layout
 * @x: centre, in layout units
 * @y: centre, in layout units
 * @radius: disc radius, in layout units
 * @label_width: size of the name, in pixels (0 until measured)
 * @label_height: likewise
 * @label_side: where the label goes at the last placement
 * @component: index of the connected component
 * @community: the node's community, largest first, or
 *   %DL_GRAPH_NO_COMMUNITY when it is alone in it
 * @degree: number of edges
 * @pinned: moved by the user; kept where it was put
 */
typedef struct
{
  DlActor *actor;
  double x;
  double y;
  double radius;
  double label_width;
  double label_height;
  DlGraphLabelSide label_side;
  guint component;
  guint community;
  guint degree;
  gboolean pinned;
} DlGraphNode;

/**
 * DlGraphEdge:
 * @relation: (unowned): the relation, kept alive by the layout
 * @source: index of a node
 * @target: index of a node
 * @weight: shared events
 * @label_width: size of the predicate, in pixels (0 if none)
 * @label_height: likewise
 * @label_visible: whether the predicate fits at the last placement
 */
typedef struct
{
  DlRelation *relation;
  guint source;
  guint target;
  guint weight;
  double label_width;
  double label_height;
  gboolean label_visible;
} DlGraphEdge;

/**
 * DlGraphTransform:
 *
 * Layout units to surface pixels: `sx = x * scale + dx`.
 */
typedef struct
{
  double scale;
  double dx;
  double dy;
} DlGraphTransform;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} DlGraphRect;

/**
 * DlGraphLayoutOptions:
 * @max_nodes: how many actors at most
 * @min_mentions: actors mentioned less often are left out
 * @size_by: what a disc's area follows
 * @ego: (nullable) (unowned): show only this actor and its neighbours
 * @ego_steps: how far from @ego: 1 or 2 relations
 * @previous: (nullable) (unowned): an earlier layout whose positions
 *   (and pins) the new one starts from, so a growing corpus moves the
 *   picture as little as it can
 *
 * Fill with dl_graph_layout_options_init(), then change what differs.
 */
typedef struct
{
  guint max_nodes;
  guint min_mentions;
  DlGraphSizeBy size_by;
  DlActor *ego;
  guint ego_steps;
  DlGraphLayout *previous;
} DlGraphLayoutOptions;

DlGraphLayout     *dl_graph_layout_new             (GListModel             *actors,
                                                    GListModel             *relations);
DlGraphLayout     *dl_graph_layout_new_full        (GListModel             *actors,
                                                    GListModel             *relations,
                                                    guint                   max_nodes);
DlGraphLayout     *dl_graph_layout_new_with_options (GListModel            *actors,
                                                    GListModel             *relations,
                                                    const DlGraphLayoutOptions *options);
void               dl_graph_layout_options_init    (DlGraphLayoutOptions   *options);
void               dl_graph_layout_free            (DlGraphLayout          *self);

guint              dl_graph_layout_get_n_nodes     (DlGraphLayout          *self);
const DlGraphNode *dl_graph_layout_get_node        (DlGraphLayout          *self,
                                                    guint                   index);
guint              dl_graph_layout_get_n_edges     (DlGraphLayout          *self);
const DlGraphEdge *dl_graph_layout_get_edge        (DlGraphLayout          *self,
                                                    guint                   index);
int                dl_graph_layout_find_actor      (DlGraphLayout          *self,
                                                    DlActor                *actor);
gboolean           dl_graph_layout_are_adjacent    (DlGraphLayout          *self,
                                                    guint                   a,
                                                    guint                   b);
const guint       *dl_graph_layout_get_size_order  (DlGraphLayout          *self);
guint              dl_graph_layout_get_n_communities (DlGraphLayout        *self);
guint64            dl_graph_layout_get_generation  (DlGraphLayout          *self);
int                dl_graph_layout_find_edge       (DlGraphLayout          *self,
                                                    guint                   a,
                                                    guint                   b);

void               dl_graph_layout_move_node       (DlGraphLayout          *self,
                                                    guint                   index,
                                                    double                  x,
                                                    double                  y);
void               dl_graph_layout_get_bounds      (DlGraphLayout          *self,
                                                    DlGraphRect            *bounds);
void               dl_graph_layout_fit             (DlGraphLayout          *self,
                                                    const DlGraphRect      *area,
                                                    DlGraphTransform       *transform);

double             dl_graph_layout_node_radius     (const DlGraphNode      *node,
                                                    const DlGraphTransform *transform);
int                dl_graph_layout_hit_test        (DlGraphLayout          *self,
                                                    const DlGraphTransform *transform,
                                                    double                  x,
                                                    double                  y);
int                dl_graph_layout_hit_test_edge   (DlGraphLayout          *self,
                                                    const DlGraphTransform *transform,
                                                    double                  x,
                                                    double                  y);
double             dl_graph_layout_edge_width      (const DlGraphEdge      *edge);

PangoLayout       *dl_graph_layout_create_label    (PangoContext           *context,
                                                    const PangoFontDescription *font,
                                                    const char             *text);
PangoFontDescription *dl_graph_layout_edge_font    (const PangoFontDescription *font);
void               dl_graph_layout_measure_labels  (DlGraphLayout          *self,
                                                    PangoContext           *context,
                                                    const PangoFontDescription *font);
void               dl_graph_layout_place_labels    (DlGraphLayout          *self,
                                                    const DlGraphTransform *transform,
                                                    const DlGraphRect      *visible,
                                                    int                     focus);
gboolean           dl_graph_layout_get_label_rect  (DlGraphLayout          *self,
                                                    const DlGraphTransform *transform,
                                                    guint                   index,
                                                    DlGraphLabelSide        side,
                                                    DlGraphRect            *rect);
void               dl_graph_layout_fit_labelled    (DlGraphLayout          *self,
                                                    const DlGraphRect      *area,
                                                    const DlGraphRect      *visible,
                                                    int                     focus,
                                                    DlGraphTransform       *transform);
void               dl_graph_layout_get_edge_label_rect (DlGraphLayout      *self,
                                                    const DlGraphTransform *transform,
                                                    guint                   index,
                                                    DlGraphRect            *rect);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlGraphLayout, dl_graph_layout_free)

G_END_DECLS
