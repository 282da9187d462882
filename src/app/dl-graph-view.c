/* dl-graph-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actor graph widget. Geometry comes from DlGraphLayout and pixels
 * from dl_graph_render(), the same code the exporter uses; the widget
 * only keeps the view (zoom, pan, hover, selection) and turns input
 * into changes of it.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dl-actor.h"
#include "dl-graph-layout.h"
#include "dl-graph-render.h"
#include "dl-graph-view.h"
#include "dl-theme.h"

#define MIN_ZOOM 0.05
#define MAX_ZOOM 8.0
#define ZOOM_STEP 1.25
#define WHEEL_PAN 48.0

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

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DlGraphView, dl_graph_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
update_accessible_label (DlGraphView *self)
{
  guint n = self->layout != NULL ? dl_graph_layout_get_n_nodes (self->layout) : 0;
  g_autofree char *label = g_strdup_printf (ngettext ("Actor graph, %u actor",
                                                      "Actor graph, %u actors", n), n);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
ensure_style (DlGraphView *self)
{
  if (self->style_valid)
    return;
  dl_render_style_clear (&self->style);
  dl_theme_fill_render_style (GTK_WIDGET (self), &self->style);
  self->style_valid = TRUE;
  self->labels_measured = FALSE;
}

static void
apply_pins (DlGraphView *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->pins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int node = dl_graph_layout_find_actor (self->layout, key);
      double *pos = value;

      if (node >= 0)
        dl_graph_layout_move_node (self->layout, node, pos[0], pos[1]);
    }
}

/* Labels are measured with the same kind of context the renderer draws
 * with, so what was placed is what is drawn */
static void
ensure_labels (DlGraphView *self)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoContext *context;

  if (self->labels_measured)
    return;
  font = dl_graph_render_get_font (&self->style);
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  dl_graph_layout_measure_labels (self->layout, context, font);
  g_object_unref (context);
  self->labels_measured = TRUE;
}

static gboolean
ensure_layout (DlGraphView *self)
{
  if (self->actors == NULL || self->relations == NULL)
    return FALSE;
  ensure_style (self);
  if (self->layout == NULL)
    {
      self->layout = dl_graph_layout_new (self->actors, self->relations);
      self->labels_measured = FALSE;
      self->fitted = TRUE;
      self->hovered = -1;
      ensure_labels (self);
      apply_pins (self);
      update_accessible_label (self);
    }
  ensure_labels (self);
  return TRUE;
}

static int
selected_node (DlGraphView *self)
{
  if (self->layout == NULL || self->selected == NULL)
    return -1;
  return dl_graph_layout_find_actor (self->layout, self->selected);
}

/* Brings layout, fit and labels up to date for the current size */
static gboolean
prepare (DlGraphView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  DlGraphRect visible = { 0, 0, width, height };
  DlGraphRect area;

  if (!ensure_layout (self) || width <= 0 || height <= 0)
    return FALSE;
  if (self->fitted)
    {
      dl_graph_render_get_area (width, height, TRUE, &area);
      dl_graph_layout_fit_labelled (self->layout, &area, &visible, selected_node (self), &self->transform);
    }
  else
    dl_graph_layout_place_labels (self->layout, &self->transform, &visible, selected_node (self));
  return TRUE;
}

static void
invalidate_layout (DlGraphView *self)
{
  g_clear_pointer (&self->layout, dl_graph_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
invalidate_style (DlGraphView *self)
{
  self->style_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

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

static int
hit_test (DlGraphView *self,
          double       x,
          double       y)
{
  if (self->layout == NULL)
    return -1;
  return dl_graph_layout_hit_test (self->layout, &self->transform, x, y);
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

  if (!prepare (self))
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
  if (!self->dragging)
    set_hovered (self, hit_test (self, x, y));
}

static void
leave_cb (DlGraphView *self)
{
  set_hovered (self, -1);
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
  if (n_press != 1 || !prepare (self))
    return;
  dl_graph_view_set_selected (self, node_actor (self, hit_test (self, x, y)));
}

static void
drag_begin_cb (DlGraphView    *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  self->dragging = FALSE;
  self->drag_node = prepare (self) ? hit_test (self, x, y) : -1;
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
  g_hash_table_replace (self->pins, g_object_ref (actor), pos);
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

  if (!prepare (self))
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
  prepare (self);
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

  if (!ensure_layout (self) || (n = dl_graph_layout_get_n_nodes (self->layout)) == 0)
    return;
  order = dl_graph_layout_get_size_order (self->layout);
  node = selected_node (self);
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
  prepare (self);
  gtk_widget_queue_draw (widget);
}

/* Drawing and tooltips */

static void
dl_graph_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  DlGraphRenderState state = { -1, -1, TRUE };
  cairo_t *cr;

  if (!prepare (self))
    return;
  state.selected = selected_node (self);
  state.hovered = self->hovered;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dl_graph_render (cr, self->layout, &self->transform, width, height, &self->style, &state);
  cairo_destroy (cr);
}

static char *
describe_actor (DlActor *actor)
{
  GString *text = g_string_new (NULL);
  GPtrArray *roles = dl_actor_get_roles (actor);
  guint mentions = dl_actor_get_n_mentions (actor);
  guint events = dl_actor_get_n_events (actor);
  g_autofree char *name = g_markup_escape_text (dl_actor_get_name (actor), -1);

  g_string_append_printf (text, "<b>%s</b>\n%s", name, dl_actor_kind_to_label (dl_actor_get_kind (actor)));
  for (guint i = 0; i < roles->len; i++)
    {
      g_autofree char *role = g_markup_escape_text (g_ptr_array_index (roles, i), -1);

      g_string_append_printf (text, i == 0 ? " · %s" : ", %s", role);
    }
  g_string_append_c (text, '\n');
  g_string_append_printf (text, ngettext ("%u mention", "%u mentions", mentions), mentions);
  g_string_append (text, " · ");
  g_string_append_printf (text, ngettext ("%u event", "%u events", events), events);
  return g_string_free (text, FALSE);
}

static gboolean
dl_graph_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);
  const DlGraphNode *node;
  g_autofree char *markup = NULL;
  int index;
  double r;

  if (!prepare (self))
    return FALSE;
  index = keyboard_mode ? selected_node (self) : hit_test (self, x, y);
  if (index < 0)
    return FALSE;

  node = dl_graph_layout_get_node (self->layout, index);
  r = dl_graph_layout_node_radius (node, &self->transform);
  markup = describe_actor (node->actor);
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
    floor (node->x * self->transform.scale + self->transform.dx - r),
    floor (node->y * self->transform.scale + self->transform.dy - r),
    ceil (2 * r), ceil (2 * r) });
  return TRUE;
}

/* GObject */

static void
dl_graph_view_dispose (GObject *object)
{
  DlGraphView *self = (DlGraphView *) object;

  g_clear_object (&self->actors);
  g_clear_object (&self->relations);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->layout, dl_graph_layout_free);
  g_clear_pointer (&self->pins, g_hash_table_unref);

  G_OBJECT_CLASS (dl_graph_view_parent_class)->dispose (object);
}

static void
dl_graph_view_finalize (GObject *object)
{
  DlGraphView *self = (DlGraphView *) object;

  dl_render_style_clear (&self->style);

  G_OBJECT_CLASS (dl_graph_view_parent_class)->finalize (object);
}

static void
dl_graph_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DlGraphView *self = DL_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

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

static void
dl_graph_view_class_init (DlGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_graph_view_dispose;
  object_class->finalize = dl_graph_view_finalize;
  object_class->get_property = dl_graph_view_get_property;
  widget_class->snapshot = dl_graph_view_snapshot;
  widget_class->query_tooltip = dl_graph_view_query_tooltip;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, DL_TYPE_ACTOR,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "graph.select-next", NULL, select_next_action);
  gtk_widget_class_install_action (widget_class, "graph.select-previous", NULL, select_previous_action);
  gtk_widget_class_install_action (widget_class, "graph.select-current", NULL, select_current_action);
  gtk_widget_class_install_action (widget_class, "graph.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-fit", NULL, zoom_fit_action);
  add_bindings (widget_class);

  gtk_widget_class_set_css_name (widget_class, "graphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
add_controllers (DlGraphView *self)
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

static void
dl_graph_view_init (DlGraphView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->pins = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->hovered = -1;
  self->drag_node = -1;
  self->fitted = TRUE;
  self->transform.scale = 1.0;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  add_controllers (self);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (invalidate_style), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (invalidate_style), self, G_CONNECT_SWAPPED);
  update_accessible_label (self);
}

/* Public API */

GtkWidget *
dl_graph_view_new (void)
{
  return g_object_new (DL_TYPE_GRAPH_VIEW, NULL);
}

DlActor *
dl_graph_view_get_selected (DlGraphView *self)
{
  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), NULL);
  return self->selected;
}

/**
 * dl_graph_view_set_selected:
 * @actor: (nullable): the actor to select, or %NULL to clear
 *
 * Selects @actor: it and its neighbours stand out, the rest fades.
 */
void
dl_graph_view_set_selected (DlGraphView *self,
                            DlActor     *actor)
{
  g_autofree char *description = NULL;

  g_return_if_fail (DL_IS_GRAPH_VIEW (self));
  g_return_if_fail (actor == NULL || DL_IS_ACTOR (actor));

  if (!g_set_object (&self->selected, actor))
    return;
  if (actor != NULL)
    description = g_strdup_printf (_("Selected: %s"), dl_actor_get_name (actor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * dl_graph_view_set_models:
 * @actors: (nullable): a #GListModel of #DlActor
 * @relations: (nullable): a #GListModel of #DlRelation
 *
 * Shows the graph of @actors and @relations, laid out again whenever
 * either changes.
 */
void
dl_graph_view_set_models (DlGraphView *self,
                          GListModel  *actors,
                          GListModel  *relations)
{
  g_return_if_fail (DL_IS_GRAPH_VIEW (self));
  g_return_if_fail (actors == NULL || G_IS_LIST_MODEL (actors));
  g_return_if_fail (relations == NULL || G_IS_LIST_MODEL (relations));

  if (self->actors != NULL)
    g_signal_handlers_disconnect_by_func (self->actors, invalidate_layout, self);
  if (self->relations != NULL)
    g_signal_handlers_disconnect_by_func (self->relations, invalidate_layout, self);
  g_set_object (&self->actors, actors);
  g_set_object (&self->relations, relations);
  if (actors != NULL)
    g_signal_connect_object (actors, "items-changed", G_CALLBACK (invalidate_layout), self, G_CONNECT_SWAPPED);
  if (relations != NULL)
    g_signal_connect_object (relations, "items-changed", G_CALLBACK (invalidate_layout), self, G_CONNECT_SWAPPED);

  g_hash_table_remove_all (self->pins);
  invalidate_layout (self);
}

/**
 * dl_graph_view_get_zoom:
 *
 * Returns: surface pixels per layout unit; changes with zoom actions
 */
double
dl_graph_view_get_zoom (DlGraphView *self)
{
  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), 1.0);

  prepare (self);
  return self->transform.scale;
}

/**
 * dl_graph_view_get_n_nodes:
 *
 * Returns: how many actors the graph shows
 */
guint
dl_graph_view_get_n_nodes (DlGraphView *self)
{
  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), 0);

  return ensure_layout (self) ? dl_graph_layout_get_n_nodes (self->layout) : 0;
}

/**
 * dl_graph_view_get_actor_position:
 *
 * Where @actor's disc is centred, in widget coordinates.
 *
 * Returns: %FALSE when @actor is not in the graph
 */
gboolean
dl_graph_view_get_actor_position (DlGraphView *self,
                                  DlActor     *actor,
                                  double      *x,
                                  double      *y)
{
  const DlGraphNode *node;
  int index;

  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), FALSE);

  if (!prepare (self) || (index = dl_graph_layout_find_actor (self->layout, actor)) < 0)
    return FALSE;
  node = dl_graph_layout_get_node (self->layout, index);
  *x = node->x * self->transform.scale + self->transform.dx;
  *y = node->y * self->transform.scale + self->transform.dy;
  return TRUE;
}

/**
 * dl_graph_view_dup_tooltip_markup:
 *
 * Returns: (transfer full) (nullable): the tooltip shown at @x, @y
 */
char *
dl_graph_view_dup_tooltip_markup (DlGraphView *self,
                                  double       x,
                                  double       y)
{
  int index;

  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), NULL);

  if (!prepare (self) || (index = hit_test (self, x, y)) < 0)
    return NULL;
  return describe_actor (dl_graph_layout_get_node (self->layout, index)->actor);
}
