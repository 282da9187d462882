/* dl-timeline-render.h
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

void dl_timeline_render       (cairo_t             *cr,
                               DlTimelineLayout    *layout,
                               const DlRenderStyle *style,
                               DlEvent             *selected,
                               DlEvent             *hovered);
void dl_timeline_render_highlight (cairo_t             *cr,
                                   DlTimelineLayout    *layout,
                                   const DlRenderStyle *style,
                                   DlEvent             *event);
void dl_timeline_render_full  (cairo_t             *cr,
                               GListModel          *events,
                               DlViewport          *viewport,
                               double               width,
                               double               height,
                               const DlRenderStyle *style);

G_END_DECLS
