/* dl-timeline-view.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_TIMELINE_VIEW (dl_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (DlTimelineView, dl_timeline_view, DL, TIMELINE_VIEW, GtkWidget)

GtkWidget        *dl_timeline_view_new            (void);
GListModel       *dl_timeline_view_get_events     (DlTimelineView *self);
void              dl_timeline_view_set_events     (DlTimelineView *self,
                                                   GListModel     *events);
DlViewport       *dl_timeline_view_get_viewport   (DlTimelineView *self);
void              dl_timeline_view_set_viewport   (DlTimelineView *self,
                                                   DlViewport     *viewport);
DlEvent          *dl_timeline_view_get_selected   (DlTimelineView *self);
void              dl_timeline_view_set_selected   (DlTimelineView *self,
                                                   DlEvent        *event);
GPtrArray        *dl_timeline_view_get_selection  (DlTimelineView *self);
gboolean          dl_timeline_view_is_selected    (DlTimelineView *self,
                                                   DlEvent        *event);
void              dl_timeline_view_toggle_selected (DlTimelineView *self,
                                                   DlEvent        *event);
void              dl_timeline_view_zoom_to_fit    (DlTimelineView *self);
void              dl_timeline_view_zoom_to_selection (DlTimelineView *self);
void              dl_timeline_view_zoom_to_range  (DlTimelineView *self,
                                                   double          start,
                                                   double          end);
void              dl_timeline_view_get_visible_range (DlTimelineView *self,
                                                   double         *start,
                                                   double         *end);
void              dl_timeline_view_set_visible_range (DlTimelineView *self,
                                                   double          start,
                                                   double          end);
GtkWidget        *dl_timeline_view_get_overview   (DlTimelineView *self);
GMenuModel       *dl_timeline_view_get_menu_model (DlTimelineView *self);
DlTimelineLayout *dl_timeline_view_get_layout     (DlTimelineView *self);
const char       *dl_timeline_view_get_lanes      (DlTimelineView *self);
void              dl_timeline_view_set_lanes      (DlTimelineView *self,
                                                   const char     *lanes);

G_END_DECLS
