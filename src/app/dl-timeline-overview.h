/* dl-timeline-overview.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_TIMELINE_OVERVIEW (dl_timeline_overview_get_type ())

G_DECLARE_FINAL_TYPE (DlTimelineOverview, dl_timeline_overview, DL, TIMELINE_OVERVIEW, GtkWidget)

GtkWidget    *dl_timeline_overview_new          (void);
void          dl_timeline_overview_set_events   (DlTimelineOverview *self,
                                                 GListModel         *events);
void          dl_timeline_overview_set_viewport (DlTimelineOverview *self,
                                                 DlViewport         *viewport);
void          dl_timeline_overview_set_marker   (DlTimelineOverview *self,
                                                 double              time);
void          dl_timeline_overview_get_range    (DlTimelineOverview *self,
                                                 double             *start,
                                                 double             *end);
const guint  *dl_timeline_overview_get_density  (DlTimelineOverview *self,
                                                 guint              *n_bins);
void          dl_timeline_overview_get_window   (DlTimelineOverview *self,
                                                 double             *x,
                                                 double             *width);
double        dl_timeline_overview_time_to_x    (DlTimelineOverview *self,
                                                 double              time);
double        dl_timeline_overview_x_to_time    (DlTimelineOverview *self,
                                                 double              x);

G_END_DECLS
