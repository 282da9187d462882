/* dl-timeline-render-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline renderer is split by concern: dl-timeline-render.c (the
 * events, clusters and selection) and dl-timeline-render-frame.c (axis,
 * grid, lanes, today and the tray of undated events).
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "dl-render-style.h"
#include "dl-timeline-layout.h"

G_BEGIN_DECLS

void         _dl_timeline_render_rounded_rectangle (cairo_t             *cr,
                                                    double               x,
                                                    double               y,
                                                    double               width,
                                                    double               height,
                                                    double               radius);
void         _dl_timeline_render_vline             (cairo_t             *cr,
                                                    double               x,
                                                    double               top,
                                                    double               bottom);
PangoLayout *_dl_timeline_render_create_text       (cairo_t             *cr,
                                                    DlTimelineLayout    *layout,
                                                    DlTimelineFont       font);
void         _dl_timeline_render_text              (cairo_t             *cr,
                                                    PangoLayout         *text,
                                                    const char          *string,
                                                    double               x,
                                                    double               y);
void         _dl_timeline_render_weekends          (cairo_t             *cr,
                                                    DlTimelineLayout    *layout,
                                                    const DlRenderStyle *style);
void         _dl_timeline_render_grid              (cairo_t             *cr,
                                                    DlTimelineLayout    *layout,
                                                    const DlRenderStyle *style);
void         _dl_timeline_render_header            (cairo_t             *cr,
                                                    DlTimelineLayout    *layout,
                                                    const DlRenderStyle *style);
void         _dl_timeline_render_tick_labels       (cairo_t             *cr,
                                                    DlTimelineLayout    *layout,
                                                    const DlRenderStyle *style);
void         _dl_timeline_render_lanes             (cairo_t             *cr,
                                                    DlTimelineLayout    *layout,
                                                    const DlRenderStyle *style);
void         _dl_timeline_render_lane_titles       (cairo_t             *cr,
                                                    DlTimelineLayout    *layout,
                                                    const DlRenderStyle *style);
void         _dl_timeline_render_today             (cairo_t             *cr,
                                                    DlTimelineLayout    *layout,
                                                    const DlRenderStyle *style);
void         _dl_timeline_render_tray              (cairo_t             *cr,
                                                    DlTimelineLayout    *layout,
                                                    const DlRenderStyle *style);

G_END_DECLS
