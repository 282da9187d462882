/* dl-graph-render.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-graph-layout.h"
#include "dl-graph-render.h"

/* STUB: replaced by the real renderer */
void
dl_graph_render_full (cairo_t             *cr,
                      GListModel          *actors,
                      GListModel          *relations,
                      double               width,
                      double               height,
                      const DlRenderStyle *style)
{
  cairo_set_source_rgba (cr, style->background.red, style->background.green,
                         style->background.blue, style->background.alpha);
  cairo_paint (cr);
}
