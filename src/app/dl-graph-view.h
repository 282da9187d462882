/* dl-graph-view.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_GRAPH_VIEW (dl_graph_view_get_type ())

G_DECLARE_FINAL_TYPE (DlGraphView, dl_graph_view, DL, GRAPH_VIEW, GtkWidget)

GtkWidget   *dl_graph_view_new                (void);
void         dl_graph_view_set_models         (DlGraphView *self,
                                               GListModel  *actors,
                                               GListModel  *relations);
DlActor     *dl_graph_view_get_selected       (DlGraphView *self);
void         dl_graph_view_set_selected       (DlGraphView *self,
                                               DlActor     *actor);
double       dl_graph_view_get_zoom           (DlGraphView *self);
guint        dl_graph_view_get_n_nodes        (DlGraphView *self);
gboolean     dl_graph_view_get_actor_position (DlGraphView *self,
                                               DlActor     *actor,
                                               double      *x,
                                               double      *y);
gboolean     dl_graph_view_pin_actor          (DlGraphView *self,
                                              DlActor     *actor,
                                              double       x,
                                              double       y);
char        *dl_graph_view_dup_tooltip_markup (DlGraphView *self,
                                               double       x,
                                               double       y);
gboolean     dl_graph_view_find               (DlGraphView *self,
                                               const char  *text);
guint        dl_graph_view_get_n_edges        (DlGraphView *self);
gboolean     dl_graph_view_get_edge_position  (DlGraphView *self,
                                               DlActor     *a,
                                               DlActor     *b,
                                               double      *x,
                                               double      *y);
void         dl_graph_view_show_shared_events (DlGraphView *self,
                                               DlActor     *a,
                                               DlActor     *b);
gboolean     dl_graph_view_get_transform      (DlGraphView *self,
                                               double      *scale,
                                               double      *dx,
                                               double      *dy);
void         dl_graph_view_set_transform      (DlGraphView *self,
                                               double       scale,
                                               double       dx,
                                               double       dy);
GMenuModel  *dl_graph_view_get_menu_model     (DlGraphView *self);
DlActor     *dl_graph_view_get_ego            (DlGraphView *self);
void         dl_graph_view_set_ego            (DlGraphView *self,
                                               DlActor     *actor,
                                               guint        steps);

G_END_DECLS
