/* dl-timeline-render.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-timeline-layout.h"
#include "dl-timeline-render.h"
#include "dl-viewport.h"

/* STUB: replaced by the real renderer */
void
dl_timeline_render (cairo_t             *cr,
                    DlTimelineLayout    *layout,
                    const DlRenderStyle *style,
                    DlEvent             *selected,
                    DlEvent             *hovered)
{
  cairo_set_source_rgba (cr, style->background.red, style->background.green,
                         style->background.blue, style->background.alpha);
  cairo_paint (cr);
}

void
dl_timeline_render_full (cairo_t             *cr,
                         GListModel          *events,
                         DlViewport          *viewport,
                         double               width,
                         double               height,
                         const DlRenderStyle *style)
{
  dl_timeline_render (cr, NULL, style, NULL, NULL);
}
