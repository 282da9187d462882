/* dl-graph-render.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "dl-render-style.h"
#include "dl-types.h"

G_BEGIN_DECLS

void dl_graph_render_full (cairo_t             *cr,
                           GListModel          *actors,
                           GListModel          *relations,
                           double               width,
                           double               height,
                           const DlRenderStyle *style);

G_END_DECLS
