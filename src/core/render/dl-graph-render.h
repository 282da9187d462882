/* dl-graph-render.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "dl-graph-layout.h"
#include "dl-render-style.h"
#include "dl-types.h"

G_BEGIN_DECLS

/* Communities beyond this many share the neutral colour */
#define DL_GRAPH_RENDER_N_COMMUNITY_COLORS 8

/**
 * DlGraphRenderState:
 * @selected: the selected node, or -1; it and its neighbours stand out
 * @hovered: the node under the pointer, or -1
 * @show_legend: draw the key to the colours
 * @color_by: what a disc's colour says
 * @hovered_edge: the edge under the pointer, or -1
 */
typedef struct
{
  int selected;
  int hovered;
  gboolean show_legend;
  DlGraphColorBy color_by;
  int hovered_edge;
} DlGraphRenderState;

/**
 * DlGraphRenderCache:
 *
 * What a frame may keep for the next: the edges of a big graph, drawn
 * again only when the layout, the transform, the size or the colours
 * change, not when the hover or the selection does.
 */
typedef struct _DlGraphRenderCache DlGraphRenderCache;

DlGraphRenderCache   *dl_graph_render_cache_new    (void);
void                  dl_graph_render_cache_free   (DlGraphRenderCache       *cache);
void                  dl_graph_render_cached       (cairo_t                  *cr,
                                                    DlGraphLayout            *layout,
                                                    const DlGraphTransform   *transform,
                                                    double                    width,
                                                    double                    height,
                                                    const DlRenderStyle      *style,
                                                    const DlGraphRenderState *state,
                                                    DlGraphRenderCache       *cache);
void                  dl_graph_render_state_init   (DlGraphRenderState       *state);
DlColor               dl_graph_render_node_color   (const DlRenderStyle      *style,
                                                    const DlGraphNode        *node,
                                                    DlGraphColorBy            color_by);

PangoFontDescription *dl_graph_render_get_font     (const DlRenderStyle      *style);
void                  dl_graph_render_get_area     (double                    width,
                                                    double                    height,
                                                    gboolean                  show_legend,
                                                    DlGraphRect              *area);
void                  dl_graph_render              (cairo_t                  *cr,
                                                    DlGraphLayout            *layout,
                                                    const DlGraphTransform   *transform,
                                                    double                    width,
                                                    double                    height,
                                                    const DlRenderStyle      *style,
                                                    const DlGraphRenderState *state);
void                  dl_graph_render_full         (cairo_t                  *cr,
                                                    GListModel               *actors,
                                                    GListModel               *relations,
                                                    double                    width,
                                                    double                    height,
                                                    const DlRenderStyle      *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlGraphRenderCache, dl_graph_render_cache_free)

G_END_DECLS
