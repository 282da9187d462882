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

/**
 * DlGraphRenderState:
 * @selected: the selected node, or -1; it and its neighbours stand out
 * @hovered: the node under the pointer, or -1
 * @show_legend: draw the key to the kind colours
 */
typedef struct
{
  int selected;
  int hovered;
  gboolean show_legend;
} DlGraphRenderState;

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

G_END_DECLS
