/* dl-graph-view-input.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input for DlGraphView: key bindings and actions, hover and clicks,
 * dragging nodes (which pins them) or the view, pinch and wheel zoom.
 */
#include "config.h"

#include <math.h>

#include "dl-graph-layout.h"
#include "dl-graph-view-private.h"

#define MIN_ZOOM 0.05
#define MAX_ZOOM 8.0
#define ZOOM_STEP 1.25
#define WHEEL_PAN 48.0

/* Hover, zoom and pan */

static void
set_hovered (DlGraphView *self,
             int          node)
{
  if (self->hovered == node)
    return;
  self->hovered = node;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), node >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static DlActor *
node_actor (DlGraphView *self,
            int          node)
{
  return node >= 0 ? dl_graph_layout_get_node (self->layout, node)->actor : NULL;
}

/* Zoom about a point of the widget, which stays where it is */
static void
zoom_about (DlGraphView            *self,
            const DlGraphTransform *from,
            double                  scale,
            double                  x,
            double                  y)
{
  scale = CLAMP (scale, MIN_ZOOM, MAX_ZOOM);
  self->transform.dx = x - (x - from->dx) * scale / from->scale;
  self->transform.dy = y - (y - from->dy) * scale / from->scale;
  self->transform.scale = scale;
  self->fitted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_by (DlGraphView *self,
         double       factor,
         double       x,
         double       y)
{
  DlGraphTransform from;

  if (!_dl_graph_view_prepare (self))
    return;
  from = self->transform;
  zoom_about (self, &from, from.scale * factor, x, y);
}

static void
pan_by (DlGraphView *self,
        double       dx,
        double       dy)
{
  self->transform.dx += dx;
  self->transform.dy += dy;
  self->fitted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Input */

static void
motion_cb (DlGraphView *self,
           double       x,
           double       y)
{
  self->pointer_x = x;
  self->pointer_y = y;
  if (self->dragging)
    return;
  set_hovered (self, _dl_graph_view_hit_test (self, x, y));
  /* An edge lights up under the pointer, unless its list is open */
  if (self->layout != NULL && !gtk_widget_get_visible (self->edge_popover))
    _dl_graph_view_set_hovered_edge (self, self->hovered >= 0 ? -1
                                     : dl_graph_layout_hit_test_edge (self->layout, &self->transform, x, y));
}

static void
leave_cb (DlGraphView *self)
{
  set_hovered (self, -1);
  if (!gtk_widget_get_visible (self->edge_popover))
    _dl_graph_view_set_hovered_edge (self, -1);
}

static void
click_pressed_cb (DlGraphView     *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
click_released_cb (DlGraphView     *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  int node, edge;

  if (n_press != 1 || !_dl_graph_view_prepare (self))
    return;
  node = _dl_graph_view_hit_test (self, x, y);
  edge = node < 0 ? dl_graph_layout_hit_test_edge (self->layout, &self->transform, x, y) : -1;
  /* A click on an edge lists what the two share; elsewhere it selects */
  if (edge >= 0)
    _dl_graph_view_show_edge (self, edge);
  else
    dl_graph_view_set_selected (self, node_actor (self, node));
}

static void
drag_begin_cb (DlGraphView    *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  self->dragging = FALSE;
  self->drag_node = _dl_graph_view_prepare (self) ? _dl_graph_view_hit_test (self, x, y) : -1;
  self->gesture_start = self->transform;
  if (self->drag_node >= 0)
    {
      const DlGraphNode *node = dl_graph_layout_get_node (self->layout, self->drag_node);

      self->drag_origin_x = node->x;
      self->drag_origin_y = node->y;
    }
}

static void
pin_node (DlGraphView *self,
          int          node,
          double       x,
          double       y)
{
  double *pos = g_new (double, 2);
  DlActor *actor = node_actor (self, node);

  pos[0] = x;
  pos[1] = y;
  dl_graph_layout_move_node (self->layout, node, x, y);
  g_hash_table_replace (self->pins, g_strdup (dl_actor_get_name (actor)), pos);
}

static void
drag_update_cb (DlGraphView    *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  double start_x, start_y;

  gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
  if (!self->dragging)
    {
      if (!gtk_drag_check_threshold (GTK_WIDGET (self), start_x, start_y,
                                     start_x + offset_x, start_y + offset_y))
        return;
      self->dragging = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      if (self->drag_node < 0)
        gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  if (self->layout != NULL && self->drag_node >= 0)
    {
      pin_node (self, self->drag_node,
                self->drag_origin_x + offset_x / self->transform.scale,
                self->drag_origin_y + offset_y / self->transform.scale);
      /* A dragged node must not make the view jump to a new fit */
      self->fitted = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    pan_by (self, self->gesture_start.dx + offset_x - self->transform.dx,
            self->gesture_start.dy + offset_y - self->transform.dy);
}

static void
drag_end_cb (DlGraphView    *self,
             double          offset_x,
             double          offset_y,
             GtkGestureDrag *gesture)
{
  self->dragging = FALSE;
  self->drag_node = -1;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->hovered >= 0 ? "pointer" : NULL);
}

static gboolean
scroll_cb (DlGraphView              *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  if (!_dl_graph_view_prepare (self))
    return FALSE;
  if ((mods & GDK_CONTROL_MASK) != 0)
    zoom_by (self, pow (wheel ? 1.15 : 1.01, -dy), self->pointer_x, self->pointer_y);
  else
    pan_by (self, -dx * (wheel ? WHEEL_PAN : 1.0), -dy * (wheel ? WHEEL_PAN : 1.0));
  return TRUE;
}

static void
zoom_begin_cb (DlGraphView    *self,
               GdkEventSequence *sequence,
               GtkGesture     *gesture)
{
  _dl_graph_view_prepare (self);
  self->gesture_start = self->transform;
}

static void
zoom_scale_changed_cb (DlGraphView    *self,
                       double          scale,
                       GtkGestureZoom *gesture)
{
  double x, y;

  if (self->layout == NULL || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  zoom_about (self, &self->gesture_start, self->gesture_start.scale * scale, x, y);
}

/* Keyboard and actions */

static void
select_step (DlGraphView *self,
             int          step)
{
  const guint *order;
  int n, current = -1, node;

  if (!_dl_graph_view_ensure_layout (self) || (n = dl_graph_layout_get_n_nodes (self->layout)) == 0)
    return;
  order = dl_graph_layout_get_size_order (self->layout);
  node = _dl_graph_view_selected_node (self);
  for (int i = 0; i < n && node >= 0; i++)
    if ((int) order[i] == node)
      current = i;

  if (current < 0)
    current = step > 0 ? 0 : n - 1;
  else
    current = (current + step + n) % n;
  dl_graph_view_set_selected (self, node_actor (self, order[current]));
}

static void
select_next_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  select_step (DL_GRAPH_VIEW (widget), 1);
}

static void
select_previous_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  select_step (DL_GRAPH_VIEW (widget), -1);
}

/* Enter: the actor under the pointer, else the biggest one */
static void
select_current_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);

  if (self->hovered >= 0)
    dl_graph_view_set_selected (self, node_actor (self, self->hovered));
  else if (self->selected == NULL)
    select_step (self, 1);
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  dl_graph_view_set_selected (DL_GRAPH_VIEW (widget), NULL);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);
  double factor = g_str_equal (action_name, "graph.zoom-in") ? ZOOM_STEP : 1.0 / ZOOM_STEP;

  zoom_by (self, factor, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);

  self->fitted = TRUE;
  _dl_graph_view_prepare (self);
  gtk_widget_queue_draw (widget);
}

/* Setup */

static void
add_bindings (GtkWidgetClass *widget_class)
{
  static const struct {
    guint key;
    GdkModifierType mods;
    const char *action;
  } bindings[] = {
    { GDK_KEY_Right, 0, "graph.select-next" },
    { GDK_KEY_Down, 0, "graph.select-next" },
    { GDK_KEY_Left, 0, "graph.select-previous" },
    { GDK_KEY_Up, 0, "graph.select-previous" },
    { GDK_KEY_Return, 0, "graph.select-current" },
    { GDK_KEY_KP_Enter, 0, "graph.select-current" },
    { GDK_KEY_space, 0, "graph.select-current" },
    { GDK_KEY_Escape, 0, "graph.clear-selection" },
    { GDK_KEY_plus, GDK_CONTROL_MASK, "graph.zoom-in" },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "graph.zoom-in" },
    { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "graph.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "graph.zoom-out" },
    { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "graph.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "graph.zoom-fit" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, bindings[i].key, bindings[i].mods,
                                         bindings[i].action, NULL);
}

void
_dl_graph_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "graph.select-next", NULL, select_next_action);
  gtk_widget_class_install_action (widget_class, "graph.select-previous", NULL, select_previous_action);
  gtk_widget_class_install_action (widget_class, "graph.select-current", NULL, select_current_action);
  gtk_widget_class_install_action (widget_class, "graph.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-fit", NULL, zoom_fit_action);
  add_bindings (widget_class);
}

void
_dl_graph_view_add_controllers (DlGraphView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();

  g_signal_connect_swapped (motion, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);

  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
}

/**
 * dl_graph_view_pin_actor:
 * @x: where the disc goes, in widget coordinates
 * @y: likewise
 *
 * Puts @actor's disc at @x, @y and keeps it there through re-layouts
 * and edits, as dragging it does.
 *
 * Returns: %FALSE when @actor is not in the graph
 */
gboolean
dl_graph_view_pin_actor (DlGraphView *self,
                         DlActor     *actor,
                         double       x,
                         double       y)
{
  int node;

  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (DL_IS_ACTOR (actor), FALSE);

  if (!_dl_graph_view_prepare (self) || (node = dl_graph_layout_find_actor (self->layout, actor)) < 0)
    return FALSE;
  pin_node (self, node, (x - self->transform.dx) / self->transform.scale,
            (y - self->transform.dy) / self->transform.scale);
  self->fitted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}
