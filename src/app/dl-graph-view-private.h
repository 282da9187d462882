/* dl-graph-view-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The graph view is split by concern: dl-graph-view.c (models, layout,
 * selection and drawing), dl-graph-view-input.c (keys, pointer, touch
 * and scrolling), dl-graph-view-menu.c (an actor's context menu),
 * dl-graph-view-controls.c (the options button, the
 * search, and the popover of an edge's shared events) and
 * dl-graph-view-state.c (the zoom, pan and ego a project keeps).
 */
#pragma once

#include "dl-graph-layout.h"
#include "dl-graph-render.h"
#include "dl-graph-view.h"
#include "dl-render-style.h"

G_BEGIN_DECLS

struct _DlGraphView
{
  GtkWidget parent_instance;

  GListModel *actors;
  GListModel *relations;
  GHashTable *pins;           /* actor name -> double[2], where the user put it:
                               * by name, as edits make new actor objects */

  DlGraphLayout *layout;      /* NULL until needed after a change */
  DlGraphLayout *previous;    /* the layout before the corpus changed, to grow from */
  DlGraphRenderCache *cache;
  gboolean labels_measured;

  /* Options */
  DlGraphColorBy color_by;
  DlGraphSizeBy size_by;
  guint min_mentions;
  guint ego_steps;            /* 0 for everyone, else 1 or 2 steps round ego */
  DlActor *ego;
  DlRenderStyle style;
  gboolean style_valid;

  DlGraphTransform transform;
  gboolean fitted;            /* follow the size until the user zooms or pans */
  DlGraphTransform pending_transform; /* a project's, for the next layout */
  gboolean has_pending_transform;

  /* What the labels were last placed for: a hover places none again */
  guint64 placed_generation;  /* 0 when they need placing */
  int placed_width;
  int placed_height;
  int placed_focus;
  gboolean placed_fitted;
  DlGraphTransform placed_transform;

  DlActor *selected;
  int hovered;
  int hovered_edge;
  double pointer_x;
  double pointer_y;

  int drag_node;              /* the node being dragged, or -1 to pan */
  gboolean dragging;
  double drag_origin_x;       /* the node's or the view's position at the start */
  double drag_origin_y;
  DlGraphTransform gesture_start;

  GtkWidget *options_button;
  GtkWidget *edge_popover;
  GtkWidget *menu;            /* an actor's context menu */
};

/* dl-graph-view.c */
void      _dl_graph_view_relayout          (DlGraphView    *self);
void      _dl_graph_view_set_hovered_edge  (DlGraphView    *self,
                                            int             edge);
void      _dl_graph_view_activate_event    (DlGraphView    *self,
                                            DlEvent        *event);
gboolean  _dl_graph_view_ensure_layout     (DlGraphView    *self);
gboolean  _dl_graph_view_prepare           (DlGraphView    *self);
int       _dl_graph_view_selected_node     (DlGraphView    *self);
int       _dl_graph_view_hit_test          (DlGraphView    *self,
                                            double          x,
                                            double          y);

/* dl-graph-view-state.c */
void      _dl_graph_view_apply_pending_transform (DlGraphView *self);

/* dl-graph-view-input.c */
void      _dl_graph_view_install_actions   (GtkWidgetClass *widget_class);
void      _dl_graph_view_add_controllers   (DlGraphView    *self);

/* dl-graph-view-menu.c */
void      _dl_graph_view_install_menu_actions (GtkWidgetClass *widget_class);
void      _dl_graph_view_add_menu          (DlGraphView    *self);
void      _dl_graph_view_popup_menu        (DlGraphView    *self,
                                            DlActor        *actor,
                                            double          x,
                                            double          y);

/* dl-graph-view-controls.c */
void      _dl_graph_view_init_controls     (DlGraphView    *self);
void      _dl_graph_view_show_edge         (DlGraphView    *self,
                                            int             edge);
char     *_dl_graph_view_describe_edge     (DlGraphView    *self,
                                            int             edge);

G_END_DECLS
