/* dl-graph-render-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files the graph renderer is split over: drawing
 * with cairo (dl-graph-render.c) and the fast raster path for big
 * graphs (dl-graph-render-raster.c).
 */
#pragma once

#include "dl-graph-render.h"

G_BEGIN_DECLS

/* A disc drawn without ring or outline, in surface units */
typedef struct
{
  double x;
  double y;
  double radius;
  DlColor color;
} DlGraphSpeck;

struct _DlGraphRenderCache
{
  cairo_surface_t *edges;   /* A8 mask of every edge, or NULL */
  guint64 generation;
  DlGraphTransform transform;
  double width;
  double height;
  double scale;
  double alpha;
};

gboolean _dl_graph_render_can_raster   (cairo_t                *cr);
void     _dl_graph_render_raster_edges (cairo_t                *cr,
                                        DlGraphLayout          *layout,
                                        const DlGraphTransform *transform,
                                        double                  width,
                                        double                  height,
                                        const DlColor          *color,
                                        double                  line_alpha,
                                        double                  paint_alpha,
                                        DlGraphRenderCache     *cache);
void     _dl_graph_render_raster_specks (cairo_t               *cr,
                                         const DlGraphSpeck    *specks,
                                         guint                  n_specks,
                                         double                 width,
                                         double                 height);

G_END_DECLS
