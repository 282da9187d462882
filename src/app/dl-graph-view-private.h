/* dl-graph-view-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The graph view is split by concern: dl-graph-view.c (models, layout,
 * selection and drawing) and dl-graph-view-input.c (keys, pointer, touch
 * and scrolling).
 */
#pragma once

#include "dl-graph-layout.h"
#include "dl-graph-view.h"
#include "dl-render-style.h"

G_BEGIN_DECLS

struct _DlGraphView
{
  GtkWidget parent_instance;

  GListModel *actors;
  GListModel *relations;
  GHashTable *pins;           /* DlActor -> double[2], where the user put it */

  DlGraphLayout *layout;      /* NULL until needed after a change */
  gboolean labels_measured;
  DlRenderStyle style;
  gboolean style_valid;

  DlGraphTransform transform;
  gboolean fitted;            /* follow the size until the user zooms or pans */

  DlActor *selected;
  int hovered;
  double pointer_x;
  double pointer_y;

  int drag_node;              /* the node being dragged, or -1 to pan */
  gboolean dragging;
  double drag_origin_x;       /* the node's or the view's position at the start */
  double drag_origin_y;
  DlGraphTransform gesture_start;
};

/* dl-graph-view.c */
gboolean  _dl_graph_view_ensure_layout     (DlGraphView    *self);
gboolean  _dl_graph_view_prepare           (DlGraphView    *self);
int       _dl_graph_view_selected_node     (DlGraphView    *self);
int       _dl_graph_view_hit_test          (DlGraphView    *self,
                                            double          x,
                                            double          y);

/* dl-graph-view-input.c */
void      _dl_graph_view_install_actions   (GtkWidgetClass *widget_class);
void      _dl_graph_view_add_controllers   (DlGraphView    *self);

G_END_DECLS
