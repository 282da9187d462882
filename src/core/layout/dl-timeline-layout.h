/* dl-timeline-layout.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry of the timeline: where each event, label and tick goes
 * for a list of events, a viewport and a size. No drawing here.
 */
#pragma once

#include <gio/gio.h>
#include <cairo.h>
#include <pango/pango.h>

#include "dl-types.h"

G_BEGIN_DECLS

DlTimelineLayout *dl_timeline_layout_new        (GListModel       *events,
                                                 DlViewport       *viewport,
                                                 double            width,
                                                 double            height,
                                                 PangoContext     *context);
void              dl_timeline_layout_free       (DlTimelineLayout *self);
DlEvent          *dl_timeline_layout_hit_test   (DlTimelineLayout *self,
                                                 double            x,
                                                 double            y,
                                                 cairo_rectangle_t *area);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlTimelineLayout, dl_timeline_layout_free)

G_END_DECLS
