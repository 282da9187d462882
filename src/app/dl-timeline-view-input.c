/* dl-timeline-view-input.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input for DlTimelineView: key bindings and actions, pointer hover and
 * clicks, drag and kinetic panning, Shift+drag to zoom to a stretch,
 * pinch and wheel zoom. Everything ends in a change of the shared
 * DlViewport, of the lanes or of the selection. Steps (keys, menu,
 * clicks) are animated; continuous input follows the hand.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dl-timeline-layout.h"
#include "dl-timeline-view-private.h"
#include "dl-viewport.h"

#define ZOOM_STEP 1.5
#define WHEEL_ZOOM_STEP 1.2
#define WHEEL_PAN_PIXELS 64.0
/* Kinetic panning slows by e every 1/KINETIC_DECAY seconds */
#define KINETIC_DECAY 3.5
#define KINETIC_MIN_SPEED 20.0
#define DRAG_THRESHOLD 3.0

/* Zoom and pan ------------------------------------------------------------ */

static double
zoom_anchor (DlTimelineView *self,
             gboolean        at_pointer)
{
  double width = _dl_timeline_view_time_width (self);
  double time = self->selected != NULL ? dl_timeline_event_time (self->selected) : NAN;
  double start, end;

  if (at_pointer && self->pointer_x >= 0)
    return dl_viewport_x_to_time (self->viewport, self->pointer_x, width);
  /* The keyboard zooms around the selection while it is in view */
  _dl_timeline_view_get_target (self, &start, &end);
  if (!isnan (time) && time >= start && time <= end)
    return time;
  return start + (end - start) / 2.0;
}

/* Wheel, pinch and drag take over from an animation or a fling */
static void
stop_motion (DlTimelineView *self)
{
  _dl_timeline_view_stop_kinetic (self);
  _dl_timeline_view_stop_animation (self);
}

static gboolean
in_strip (DlTimelineView *self,
          double          y)
{
  return y >= _dl_timeline_view_timeline_height (self);
}

static void
pan_pixels (DlTimelineView *self,
            double          pixels)
{
  dl_viewport_pan (self->viewport, pixels * _dl_timeline_view_seconds_per_pixel (self));
}

void
_dl_timeline_view_stop_kinetic (DlTimelineView *self)
{
  if (self->kinetic_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_id);
  self->kinetic_id = 0;
}

static gboolean
kinetic_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->kinetic_last_time) / (double) G_USEC_PER_SEC;

  self->kinetic_last_time = now;
  pan_pixels (self, self->kinetic_velocity * dt);
  self->kinetic_velocity *= exp (-KINETIC_DECAY * dt);
  if (fabs (self->kinetic_velocity) >= KINETIC_MIN_SPEED)
    return G_SOURCE_CONTINUE;
  self->kinetic_id = 0;
  return G_SOURCE_REMOVE;
}

/* Keeps panning after a flick, slowing down, in pixels per second */
static void
start_kinetic (DlTimelineView *self,
               double          velocity)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  _dl_timeline_view_stop_kinetic (self);
  if (clock == NULL || fabs (velocity) < KINETIC_MIN_SPEED * 10)
    return;
  self->kinetic_velocity = velocity;
  self->kinetic_last_time = gdk_frame_clock_get_frame_time (clock);
  self->kinetic_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), kinetic_tick_cb, NULL, NULL);
}

/* Actions ----------------------------------------------------------------- */

static void
select_next_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _dl_timeline_view_select_relative (DL_TIMELINE_VIEW (widget), 1);
}

static void
select_previous_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _dl_timeline_view_select_relative (DL_TIMELINE_VIEW (widget), -1);
}

static void
select_up_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _dl_timeline_view_select_lane (DL_TIMELINE_VIEW (widget), -1);
}

static void
select_down_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _dl_timeline_view_select_lane (DL_TIMELINE_VIEW (widget), 1);
}

static void
select_first_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  if (self->sorted->len > 0)
    _dl_timeline_view_select_and_show (self, g_ptr_array_index (self->sorted, 0));
}

static void
select_last_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  if (self->sorted->len > 0)
    _dl_timeline_view_select_and_show (self, g_ptr_array_index (self->sorted, self->sorted->len - 1));
}

static void
activate_selected_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  if (self->selected != NULL)
    _dl_timeline_view_activate (self, self->selected);
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  const DlTimelineItem *item = NULL;

  if (self->selected != NULL && self->layout != NULL)
    item = dl_timeline_layout_find_item_in_lane (self->layout, self->selected, self->selected_lane);
  if (item != NULL)
    _dl_timeline_view_popup_menu (self, item->x, item->y, self->selected);
  else
    _dl_timeline_view_popup_menu (self, 24, 24, self->selected);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  _dl_timeline_view_zoom_by (self, ZOOM_STEP, zoom_anchor (self, FALSE));
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  _dl_timeline_view_zoom_by (self, 1 / ZOOM_STEP, zoom_anchor (self, FALSE));
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  g_autoptr(DlViewport) target = dl_viewport_new ();
  double width = gtk_widget_get_width (widget);

  if (self->events == NULL || width <= 0)
    {
      dl_timeline_view_zoom_to_fit (self);
      return;
    }
  dl_viewport_set_range (target, dl_viewport_get_start (self->viewport), dl_viewport_get_end (self->viewport));
  dl_timeline_fit_viewport (target, self->events, width);
  _dl_timeline_view_animate_to (self, dl_viewport_get_start (target), dl_viewport_get_end (target));
}

static void
zoom_selection_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  if (self->selection->len == 1)
    _dl_timeline_view_zoom_to_event (self, self->selected);
  else
    dl_timeline_view_zoom_to_selection (self);
}

/* Pointer, touch and scroll ----------------------------------------------- */

static DlEvent *
event_at (DlTimelineView *self,
          double          x,
          double          y)
{
  DlTimelineLayout *layout = _dl_timeline_view_ensure_layout (self);

  return layout != NULL ? dl_timeline_layout_hit_test (layout, x, y, NULL) : NULL;
}

static void
set_hovered (DlTimelineView *self,
             DlEvent        *event)
{
  if (!g_set_object (&self->hovered, event))
    return;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), event != NULL ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (DlTimelineView           *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  self->pointer_x = x;
  if (!self->dragging)
    set_hovered (self, event_at (self, x, y));
}

static void
leave_cb (DlTimelineView           *self,
          GtkEventControllerMotion *motion)
{
  self->pointer_x = -1;
  set_hovered (self, NULL);
}

static void
click_pressed_cb (DlTimelineView  *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *click)
{
  DlEvent *event;

  stop_motion (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2 && !in_strip (self, y) && (event = event_at (self, x, y)) != NULL)
    {
      /* The first press selected it; the second zooms and shows the source */
      _dl_timeline_view_set_primary (self, event);
      _dl_timeline_view_zoom_to_event (self, event);
      _dl_timeline_view_activate (self, event);
    }
}

/* Opens a cluster: its stretch and a little around it fill the view,
 * where it splits into smaller clusters or single events */
static void
zoom_to_cluster (DlTimelineView          *self,
                 const DlTimelineCluster *cluster)
{
  double margin = (cluster->end - cluster->start) / 4.0;

  _dl_timeline_view_animate_to (self, cluster->start - margin, cluster->end + margin);
}

/* Ctrl+click adds to the selection or takes out of it; a plain click
 * selects one event, or none on empty space */
static void
click_event (DlTimelineView       *self,
             const DlTimelineItem *item,
             GdkModifierType       mods)
{
  if ((mods & GDK_CONTROL_MASK) != 0)
    {
      if (item != NULL)
        dl_timeline_view_toggle_selected (self, item->event);
      return;
    }
  if (item == NULL)
    dl_timeline_view_set_selected (self, NULL);
  else
    _dl_timeline_view_select_in_lane (self, item->event, item->lane);
}

static void
click_released_cb (DlTimelineView  *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *click)
{
  DlTimelineLayout *layout = _dl_timeline_view_ensure_layout (self);
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (click));
  const DlTimelineCluster *cluster;
  const DlTimelineItem *item;

  /* A drag is no click */
  if (n_press != 1 || self->drag_moved || layout == NULL || in_strip (self, y))
    return;
  item = dl_timeline_layout_hit_test_item (layout, x, y);
  if (item == NULL && (cluster = dl_timeline_layout_cluster_at (layout, x, y)) != NULL)
    {
      zoom_to_cluster (self, cluster);
      return;
    }
  click_event (self, item, mods);
}

static void
context_pressed_cb (DlTimelineView  *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *click)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (click));
  DlTimelineLayout *layout = _dl_timeline_view_ensure_layout (self);
  const DlTimelineItem *item;

  if (event == NULL || !gdk_event_triggers_context_menu (event) || layout == NULL || in_strip (self, y))
    return;
  gtk_gesture_set_state (GTK_GESTURE (click), GTK_EVENT_SEQUENCE_CLAIMED);
  /* The menu is for the event under the pointer: it becomes the primary
   * selection, keeping the others when it was already among them */
  item = dl_timeline_layout_hit_test_item (layout, x, y);
  if (item != NULL && dl_timeline_view_is_selected (self, item->event))
    _dl_timeline_view_set_primary (self, item->event);
  else if (item != NULL)
    _dl_timeline_view_select_in_lane (self, item->event, item->lane);
  _dl_timeline_view_popup_menu (self, x, y, item != NULL ? item->event : NULL);
}

static void
drag_begin_cb (DlTimelineView *self,
               double          x,
               double          y,
               GtkGestureDrag *drag)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (drag));

  stop_motion (self);
  self->banding = (mods & GDK_SHIFT_MASK) != 0;
  self->band_from = self->band_to = x;
  self->gesture_start = dl_viewport_get_start (self->viewport);
  self->gesture_end = dl_viewport_get_end (self->viewport);
  self->drag_moved = FALSE;
  self->drag_last_offset = 0;
  self->drag_last_time = g_get_monotonic_time ();
  self->drag_velocity = 0;
}

static void
drag_update_cb (DlTimelineView *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *drag)
{
  double width = _dl_timeline_view_time_width (self);
  double seconds = -offset_x * (self->gesture_end - self->gesture_start) / width;
  gint64 now = g_get_monotonic_time ();

  if (!self->drag_moved && fabs (offset_x) < DRAG_THRESHOLD)
    return;
  if (!self->drag_moved)
    {
      self->drag_moved = TRUE;
      self->dragging = TRUE;
      set_hovered (self, NULL);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->banding ? "col-resize" : "grabbing");
    }
  if (self->banding)
    {
      self->band_to = self->band_from + offset_x;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  /* Smoothed speed of the last moves, for a fling at the end */
  if (now > self->drag_last_time)
    self->drag_velocity = 0.6 * self->drag_velocity +
      0.4 * (offset_x - self->drag_last_offset) * G_USEC_PER_SEC / (now - self->drag_last_time);
  self->drag_last_offset = offset_x;
  self->drag_last_time = now;
  dl_viewport_set_range (self->viewport, self->gesture_start + seconds, self->gesture_end + seconds);
}

/* The stretch marked by Shift+drag fills the view */
static void
zoom_to_band (DlTimelineView *self)
{
  double width = _dl_timeline_view_time_width (self);
  double from = CLAMP (MIN (self->band_from, self->band_to), 0, width);
  double to = CLAMP (MAX (self->band_from, self->band_to), 0, width);

  if (to - from < DRAG_THRESHOLD)
    return;
  _dl_timeline_view_animate_to (self, dl_viewport_x_to_time (self->viewport, from, width),
                                dl_viewport_x_to_time (self->viewport, to, width));
}

static void
drag_end_cb (DlTimelineView *self,
             double          offset_x,
             double          offset_y,
             GtkGestureDrag *drag)
{
  gboolean recent = g_get_monotonic_time () - self->drag_last_time < G_USEC_PER_SEC / 10;

  self->dragging = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  if (self->banding)
    {
      self->banding = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      if (self->drag_moved)
        zoom_to_band (self);
      return;
    }
  if (self->drag_moved && recent)
    start_kinetic (self, -self->drag_velocity);
}

static void
zoom_begin_cb (DlTimelineView  *self,
               GdkEventSequence *sequence,
               GtkGesture       *gesture)
{
  double x, y;

  /* Two fingers zoom; the drag that the first one started is over */
  gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->drag));
  self->dragging = FALSE;
  self->banding = FALSE;
  stop_motion (self);
  self->gesture_start = dl_viewport_get_start (self->viewport);
  self->gesture_end = dl_viewport_get_end (self->viewport);
  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = _dl_timeline_view_time_width (self) / 2.0;
  self->zoom_anchor = dl_viewport_x_to_time (self->viewport, x, _dl_timeline_view_time_width (self));
}

static void
zoom_scale_changed_cb (DlTimelineView *self,
                       double          scale,
                       GtkGestureZoom *gesture)
{
  double anchor = self->zoom_anchor;

  if (scale <= 0)
    return;
  g_object_freeze_notify (G_OBJECT (self->viewport));
  dl_viewport_set_range (self->viewport, self->gesture_start, self->gesture_end);
  dl_viewport_zoom (self->viewport, scale, anchor);
  g_object_thaw_notify (G_OBJECT (self->viewport));
}

static gboolean
scroll_cb (DlTimelineView           *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *scroll)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  gboolean wheel = gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_WHEEL;

  stop_motion (self);
  if ((mods & GDK_CONTROL_MASK) != 0)
    {
      double step = wheel ? dy : dy / 20;

      dl_viewport_zoom (self->viewport, pow (WHEEL_ZOOM_STEP, -step), zoom_anchor (self, TRUE));
      return TRUE;
    }
  /* Either direction moves through time: down and right are later */
  pan_pixels (self, (dx + dy) * (wheel ? WHEEL_PAN_PIXELS : 1));
  return TRUE;
}

static void
scroll_decelerate_cb (DlTimelineView           *self,
                      double                    velocity_x,
                      double                    velocity_y,
                      GtkEventControllerScroll *scroll)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));

  if ((mods & GDK_CONTROL_MASK) == 0)
    start_kinetic (self, velocity_x + velocity_y);
}

/* Setup ------------------------------------------------------------------- */

static void
add_binding (GtkWidgetClass  *widget_class,
             const guint     *keys,
             guint            n_keys,
             GdkModifierType  mods,
             const char      *action)
{
  for (guint i = 0; i < n_keys; i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], mods, action, NULL);
}

void
_dl_timeline_view_install_actions (GtkWidgetClass *widget_class)
{
  const guint next[] = { GDK_KEY_Right, GDK_KEY_KP_Right };
  const guint previous[] = { GDK_KEY_Left, GDK_KEY_KP_Left };
  const guint up[] = { GDK_KEY_Up, GDK_KEY_KP_Up };
  const guint down[] = { GDK_KEY_Down, GDK_KEY_KP_Down };
  const guint first[] = { GDK_KEY_Home, GDK_KEY_KP_Home };
  const guint last[] = { GDK_KEY_End, GDK_KEY_KP_End };
  const guint activate[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space };
  const guint zoom_in[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
  const guint zoom_out[] = { GDK_KEY_minus, GDK_KEY_KP_Subtract };
  const guint fit[] = { GDK_KEY_0, GDK_KEY_KP_0 };

  gtk_widget_class_install_action (widget_class, "timeline.select-next", NULL, select_next_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-previous", NULL, select_previous_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-up", NULL, select_up_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-down", NULL, select_down_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-first", NULL, select_first_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-last", NULL, select_last_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate-selected", NULL, activate_selected_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-selection", NULL, zoom_selection_action);
  gtk_widget_class_install_action (widget_class, "timeline.menu", NULL, menu_action);
  gtk_widget_class_install_property_action (widget_class, "timeline.lanes", "lanes");

  add_binding (widget_class, next, G_N_ELEMENTS (next), 0, "timeline.select-next");
  add_binding (widget_class, previous, G_N_ELEMENTS (previous), 0, "timeline.select-previous");
  add_binding (widget_class, up, G_N_ELEMENTS (up), 0, "timeline.select-up");
  add_binding (widget_class, down, G_N_ELEMENTS (down), 0, "timeline.select-down");
  add_binding (widget_class, first, G_N_ELEMENTS (first), 0, "timeline.select-first");
  add_binding (widget_class, last, G_N_ELEMENTS (last), 0, "timeline.select-last");
  add_binding (widget_class, activate, G_N_ELEMENTS (activate), 0, "timeline.activate-selected");
  add_binding (widget_class, zoom_in, G_N_ELEMENTS (zoom_in), 0, "timeline.zoom-in");
  add_binding (widget_class, zoom_in, G_N_ELEMENTS (zoom_in), GDK_CONTROL_MASK, "timeline.zoom-in");
  add_binding (widget_class, zoom_out, G_N_ELEMENTS (zoom_out), 0, "timeline.zoom-out");
  add_binding (widget_class, zoom_out, G_N_ELEMENTS (zoom_out), GDK_CONTROL_MASK, "timeline.zoom-out");
  add_binding (widget_class, fit, G_N_ELEMENTS (fit), 0, "timeline.zoom-fit");
  add_binding (widget_class, fit, G_N_ELEMENTS (fit), GDK_CONTROL_MASK, "timeline.zoom-fit");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, 0, "timeline.zoom-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "timeline.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "timeline.menu", NULL);
}

void
_dl_timeline_view_add_controllers (DlTimelineView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *context = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES | GTK_EVENT_CONTROLLER_SCROLL_KINETIC);

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (context), 0);
  g_signal_connect_swapped (context, "pressed", G_CALLBACK (context_pressed_cb), self);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  self->drag = drag;
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  g_signal_connect_swapped (scroll, "decelerate", G_CALLBACK (scroll_decelerate_cb), self);

  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (context));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}
