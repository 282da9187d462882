/* dl-timeline-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The interactive timeline. Geometry comes from DlTimelineLayout and
 * pixels from dl_timeline_render(), exactly as for export; this widget
 * only keeps them current and turns pointer, touch and keys into
 * selection, zoom and pan on a shared DlViewport.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dl-actor.h"
#include "dl-event.h"
#include "dl-theme.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-render.h"
#include "dl-timeline-view.h"
#include "dl-viewport.h"

#define ZOOM_STEP 1.5
#define WHEEL_ZOOM_STEP 1.2
#define WHEEL_PAN_PIXELS 64.0
/* Kinetic panning slows by e every 1/KINETIC_DECAY seconds */
#define KINETIC_DECAY 3.5
#define KINETIC_MIN_SPEED 20.0
#define DRAG_THRESHOLD 3.0

struct _DlTimelineView
{
  GtkWidget parent_instance;

  GListModel *events;
  DlViewport *viewport;
  DlEvent *selected;
  DlEvent *hovered;

  GSignalGroup *events_signals;
  GSignalGroup *viewport_signals;

  /* Dated events in time order, for the arrow keys */
  GPtrArray *sorted;
  /* Rebuilt lazily when data, viewport, size or font change */
  DlTimelineLayout *layout;
  GHashTable *label_widths;
  PangoFontDescription *font;
  double resolution;
  DlRenderStyle style;
  gboolean fit_pending;

  GtkGesture *drag;
  double pointer_x;
  double gesture_start;
  double gesture_end;
  double zoom_anchor;
  gboolean drag_moved;
  gboolean dragging;
  double drag_last_offset;
  gint64 drag_last_time;
  double drag_velocity;

  guint kinetic_id;
  gint64 kinetic_last_time;
  double kinetic_velocity;
};

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DlTimelineView, dl_timeline_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Layout and style -------------------------------------------------------- */

static void
invalidate_layout (DlTimelineView *self)
{
  g_clear_pointer (&self->layout, dl_timeline_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static DlTimelineLayout *
ensure_layout (DlTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout == NULL && width > 0 && height > 0)
    self->layout = dl_timeline_layout_new_cached (self->events, self->viewport, width, height,
                                                  gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                                  self->label_widths);
  return self->layout;
}

static void
refresh_style (DlTimelineView *self)
{
  dl_render_style_clear (&self->style);
  dl_theme_fill_render_style (GTK_WIDGET (self), &self->style);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
seconds_per_pixel (DlTimelineView *self)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);

  return (dl_viewport_get_end (self->viewport) - dl_viewport_get_start (self->viewport)) / width;
}

static double
event_time (DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);

  if (when == NULL)
    return NAN;
  return dl_date_span_is_instant (when) ? dl_date_span_get_middle (when) : dl_date_span_get_start (when);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return dl_event_compare_by_time (*(DlEvent **) a, *(DlEvent **) b);
}

static void
rebuild_sorted (DlTimelineView *self)
{
  guint n = self->events != NULL ? g_list_model_get_n_items (self->events) : 0;

  g_ptr_array_set_size (self->sorted, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (self->events, i);

      if (dl_event_get_when (event) != NULL)
        g_ptr_array_add (self->sorted, g_object_ref (event));
    }
  g_ptr_array_sort (self->sorted, compare_events);
}

static gboolean
model_contains (GListModel *model,
                DlEvent    *event)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) item = g_list_model_get_item (model, i);

      if (item == event)
        return TRUE;
    }
  return FALSE;
}

static void
update_accessible (DlTimelineView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  g_autofree char *date = NULL;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Timeline, %u event", "Timeline, %u events",
                                        self->sorted->len), self->sorted->len);
  if (self->selected != NULL && dl_event_get_when (self->selected) != NULL)
    {
      date = dl_date_span_format (dl_event_get_when (self->selected));
      /* TRANSLATORS: the selected event of the timeline, its title and date */
      description = g_strdup_printf (_("Selected: %s, %s"), dl_event_get_title (self->selected), date);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : _("No event selected"),
                                  -1);
}

/* Signal handlers --------------------------------------------------------- */

static void
events_items_changed_cb (DlTimelineView *self,
                         guint           position,
                         guint           removed,
                         guint           added,
                         GListModel     *model)
{
  gboolean had_dated = self->sorted->len > 0;

  rebuild_sorted (self);
  g_hash_table_remove_all (self->label_widths);
  if (self->selected != NULL && !model_contains (self->events, self->selected))
    dl_timeline_view_set_selected (self, NULL);
  if (self->hovered != NULL && !model_contains (self->events, self->hovered))
    g_clear_object (&self->hovered);
  invalidate_layout (self);
  update_accessible (self);

  /* The first dated events to arrive are brought into view */
  if (!had_dated && self->sorted->len > 0)
    dl_timeline_view_zoom_to_fit (self);
}

static void
viewport_changed_cb (DlTimelineView *self)
{
  invalidate_layout (self);
}

static void
style_manager_changed_cb (DlTimelineView *self)
{
  refresh_style (self);
}

/* Selection --------------------------------------------------------------- */

/* Pans as little as possible to bring @event into view, leaving room on
 * the right for its label. */
static void
scroll_to_event (DlTimelineView *self,
                 DlEvent        *event)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double time = event_time (event);
  double x, left, right;

  if (width <= 0 || isnan (time))
    return;
  x = dl_viewport_time_to_x (self->viewport, time, width);
  left = MIN (48, width * 0.1);
  right = width - MIN (240, width * 0.3);
  if (x < left)
    dl_viewport_pan (self->viewport, (x - left) * seconds_per_pixel (self));
  else if (x > right)
    dl_viewport_pan (self->viewport, (x - right) * seconds_per_pixel (self));
}

static int
sorted_index (DlTimelineView *self,
              DlEvent        *event)
{
  guint index;

  if (event != NULL && g_ptr_array_find (self->sorted, event, &index))
    return index;
  return -1;
}

static void
select_and_show (DlTimelineView *self,
                 DlEvent        *event)
{
  dl_timeline_view_set_selected (self, event);
  if (event != NULL)
    scroll_to_event (self, event);
}

/* The event at or after the left edge, for the first arrow press */
static int
first_visible_index (DlTimelineView *self)
{
  double start = dl_viewport_get_start (self->viewport);

  for (guint i = 0; i < self->sorted->len; i++)
    if (event_time (g_ptr_array_index (self->sorted, i)) >= start)
      return i;
  return self->sorted->len - 1;
}

static void
select_relative (DlTimelineView *self,
                 int             delta)
{
  int index = sorted_index (self, self->selected);

  if (self->sorted->len == 0)
    return;
  if (index < 0)
    index = first_visible_index (self);
  else
    index = CLAMP (index + delta, 0, (int) self->sorted->len - 1);
  select_and_show (self, g_ptr_array_index (self->sorted, index));
}

/* Zoom and pan ------------------------------------------------------------ */

static double
zoom_anchor (DlTimelineView *self,
             gboolean        at_pointer)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double time = self->selected != NULL ? event_time (self->selected) : NAN;

  if (at_pointer && self->pointer_x >= 0)
    return dl_viewport_x_to_time (self->viewport, self->pointer_x, width);
  /* The keyboard zooms around the selection while it is in view */
  if (!isnan (time) && time >= dl_viewport_get_start (self->viewport) &&
      time <= dl_viewport_get_end (self->viewport))
    return time;
  return dl_viewport_x_to_time (self->viewport, width / 2.0, width);
}

static void
pan_pixels (DlTimelineView *self,
            double          pixels)
{
  dl_viewport_pan (self->viewport, pixels * seconds_per_pixel (self));
}

static void
stop_kinetic (DlTimelineView *self)
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

  stop_kinetic (self);
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
  select_relative (DL_TIMELINE_VIEW (widget), 1);
}

static void
select_previous_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  select_relative (DL_TIMELINE_VIEW (widget), -1);
}

static void
select_first_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  if (self->sorted->len > 0)
    select_and_show (self, g_ptr_array_index (self->sorted, 0));
}

static void
select_last_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  if (self->sorted->len > 0)
    select_and_show (self, g_ptr_array_index (self->sorted, self->sorted->len - 1));
}

static void
activate_selected_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  if (self->selected != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, self->selected);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  dl_viewport_zoom (self->viewport, ZOOM_STEP, zoom_anchor (self, FALSE));
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  dl_viewport_zoom (self->viewport, 1 / ZOOM_STEP, zoom_anchor (self, FALSE));
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  dl_timeline_view_zoom_to_fit (DL_TIMELINE_VIEW (widget));
}

/* Pointer, touch and scroll ----------------------------------------------- */

static DlEvent *
event_at (DlTimelineView *self,
          double          x,
          double          y)
{
  DlTimelineLayout *layout = ensure_layout (self);

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

  stop_kinetic (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2 && (event = event_at (self, x, y)) != NULL)
    {
      dl_timeline_view_set_selected (self, event);
      g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
    }
}

static void
click_released_cb (DlTimelineView  *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *click)
{
  /* A click on empty space clears the selection; a drag is no click */
  if (n_press == 1 && !self->drag_moved)
    dl_timeline_view_set_selected (self, event_at (self, x, y));
}

static void
drag_begin_cb (DlTimelineView *self,
               double          x,
               double          y,
               GtkGestureDrag *drag)
{
  stop_kinetic (self);
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
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  double seconds = -offset_x * (self->gesture_end - self->gesture_start) / width;
  gint64 now = g_get_monotonic_time ();

  if (!self->drag_moved && fabs (offset_x) < DRAG_THRESHOLD)
    return;
  if (!self->drag_moved)
    {
      self->drag_moved = TRUE;
      self->dragging = TRUE;
      set_hovered (self, NULL);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }
  /* Smoothed speed of the last moves, for a fling at the end */
  if (now > self->drag_last_time)
    self->drag_velocity = 0.6 * self->drag_velocity +
      0.4 * (offset_x - self->drag_last_offset) * G_USEC_PER_SEC / (now - self->drag_last_time);
  self->drag_last_offset = offset_x;
  self->drag_last_time = now;
  dl_viewport_set_range (self->viewport, self->gesture_start + seconds, self->gesture_end + seconds);
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
  stop_kinetic (self);
  self->gesture_start = dl_viewport_get_start (self->viewport);
  self->gesture_end = dl_viewport_get_end (self->viewport);
  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  self->zoom_anchor = dl_viewport_x_to_time (self->viewport, x, gtk_widget_get_width (GTK_WIDGET (self)));
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

  stop_kinetic (self);
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

/* Tooltip ----------------------------------------------------------------- */

static char *
describe_event (DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);
  GPtrArray *actors = dl_event_get_actors (event);
  g_autofree char *date = when != NULL ? dl_date_span_format (when) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (dl_event_get_title (event), -1);

  g_string_append_printf (text, "<b>%s</b>", title);
  if (date != NULL)
    {
      g_autofree char *line = g_markup_printf_escaped ("\n%s <span alpha=\"70%%\">(%s)</span>", date,
                                                       dl_certainty_to_label (dl_date_span_get_certainty (when)));
      g_string_append (text, line);
    }
  for (guint i = 0; actors != NULL && i < actors->len; i++)
    {
      g_autofree char *name = g_markup_escape_text (dl_actor_get_name (g_ptr_array_index (actors, i)), -1);

      g_string_append (text, i == 0 ? "\n" : ", ");
      if (i == 6)
        {
          g_string_append (text, "…");
          break;
        }
      g_string_append (text, name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
dl_timeline_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_tooltip,
                                GtkTooltip *tooltip)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  DlTimelineLayout *layout = ensure_layout (self);
  const DlTimelineItem *item;
  cairo_rectangle_t area;
  DlEvent *event = NULL;
  g_autofree char *markup = NULL;

  if (layout == NULL)
    return FALSE;
  if (keyboard_tooltip && self->selected != NULL &&
      (item = dl_timeline_layout_find_item (layout, self->selected)) != NULL)
    {
      event = self->selected;
      area = item->mark;
    }
  else if (!keyboard_tooltip)
    event = dl_timeline_layout_hit_test (layout, x, y, &area);
  if (event == NULL)
    return FALSE;

  markup = describe_event (event);
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              floor (area.x), floor (area.y), ceil (area.width), ceil (area.height) });
  return TRUE;
}

/* GtkWidget --------------------------------------------------------------- */

static void
dl_timeline_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  DlTimelineLayout *layout = ensure_layout (self);
  cairo_t *cr;

  if (layout == NULL)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dl_timeline_render (cr, layout, &self->style, self->selected, self->hovered);
  cairo_destroy (cr);
}

static void
dl_timeline_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 360;
}

static void
dl_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  if (self->layout != NULL &&
      dl_timeline_layout_get_width (self->layout) == width &&
      dl_timeline_layout_get_height (self->layout) == height)
    return;
  invalidate_layout (self);
  if (self->fit_pending && width > 0)
    dl_timeline_view_zoom_to_fit (self);
}

static void
dl_timeline_view_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  PangoContext *context;
  const PangoFontDescription *font;
  double resolution;

  GTK_WIDGET_CLASS (dl_timeline_view_parent_class)->css_changed (widget, change);

  context = gtk_widget_get_pango_context (widget);
  font = pango_context_get_font_description (context);
  resolution = pango_cairo_context_get_resolution (context);

  /* Colours and accent come from CSS. So does the font, but CSS also
   * changes on hover and focus, where measuring every label again
   * would be wasted. */
  refresh_style (self);
  if (self->font != NULL && font != NULL && pango_font_description_equal (self->font, font) &&
      self->resolution == resolution)
    return;
  g_clear_pointer (&self->font, pango_font_description_free);
  self->font = font != NULL ? pango_font_description_copy (font) : NULL;
  self->resolution = resolution;
  g_hash_table_remove_all (self->label_widths);
  invalidate_layout (self);
}

static void
dl_timeline_view_dispose (GObject *object)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (object);

  stop_kinetic (self);
  g_signal_group_set_target (self->events_signals, NULL);
  g_signal_group_set_target (self->viewport_signals, NULL);
  g_clear_object (&self->events);
  g_clear_object (&self->viewport);
  g_clear_object (&self->selected);
  g_clear_object (&self->hovered);
  g_clear_pointer (&self->layout, dl_timeline_layout_free);
  if (self->sorted != NULL)
    g_ptr_array_set_size (self->sorted, 0);
  if (self->label_widths != NULL)
    g_hash_table_remove_all (self->label_widths);

  G_OBJECT_CLASS (dl_timeline_view_parent_class)->dispose (object);
}

static void
dl_timeline_view_finalize (GObject *object)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (object);

  g_clear_object (&self->events_signals);
  g_clear_object (&self->viewport_signals);
  g_clear_pointer (&self->sorted, g_ptr_array_unref);
  g_clear_pointer (&self->label_widths, g_hash_table_unref);
  g_clear_pointer (&self->font, pango_font_description_free);
  dl_render_style_clear (&self->style);

  G_OBJECT_CLASS (dl_timeline_view_parent_class)->finalize (object);
}

static void
dl_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (object);

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
add_binding (GtkWidgetClass  *widget_class,
             const guint     *keys,
             guint            n_keys,
             GdkModifierType  mods,
             const char      *action)
{
  for (guint i = 0; i < n_keys; i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], mods, action, NULL);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  const guint next[] = { GDK_KEY_Right, GDK_KEY_KP_Right };
  const guint previous[] = { GDK_KEY_Left, GDK_KEY_KP_Left };
  const guint first[] = { GDK_KEY_Home, GDK_KEY_KP_Home };
  const guint last[] = { GDK_KEY_End, GDK_KEY_KP_End };
  const guint activate[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space };
  const guint zoom_in[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
  const guint zoom_out[] = { GDK_KEY_minus, GDK_KEY_KP_Subtract };
  const guint fit[] = { GDK_KEY_0, GDK_KEY_KP_0 };

  gtk_widget_class_install_action (widget_class, "timeline.select-next", NULL, select_next_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-previous", NULL, select_previous_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-first", NULL, select_first_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-last", NULL, select_last_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate-selected", NULL, activate_selected_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_action);

  add_binding (widget_class, next, G_N_ELEMENTS (next), 0, "timeline.select-next");
  add_binding (widget_class, previous, G_N_ELEMENTS (previous), 0, "timeline.select-previous");
  add_binding (widget_class, first, G_N_ELEMENTS (first), 0, "timeline.select-first");
  add_binding (widget_class, last, G_N_ELEMENTS (last), 0, "timeline.select-last");
  add_binding (widget_class, activate, G_N_ELEMENTS (activate), 0, "timeline.activate-selected");
  add_binding (widget_class, zoom_in, G_N_ELEMENTS (zoom_in), 0, "timeline.zoom-in");
  add_binding (widget_class, zoom_in, G_N_ELEMENTS (zoom_in), GDK_CONTROL_MASK, "timeline.zoom-in");
  add_binding (widget_class, zoom_out, G_N_ELEMENTS (zoom_out), 0, "timeline.zoom-out");
  add_binding (widget_class, zoom_out, G_N_ELEMENTS (zoom_out), GDK_CONTROL_MASK, "timeline.zoom-out");
  add_binding (widget_class, fit, G_N_ELEMENTS (fit), 0, "timeline.zoom-fit");
  add_binding (widget_class, fit, G_N_ELEMENTS (fit), GDK_CONTROL_MASK, "timeline.zoom-fit");
}

static void
dl_timeline_view_class_init (DlTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_timeline_view_dispose;
  object_class->finalize = dl_timeline_view_finalize;
  object_class->get_property = dl_timeline_view_get_property;

  widget_class->snapshot = dl_timeline_view_snapshot;
  widget_class->measure = dl_timeline_view_measure;
  widget_class->size_allocate = dl_timeline_view_size_allocate;
  widget_class->css_changed = dl_timeline_view_css_changed;
  widget_class->query_tooltip = dl_timeline_view_query_tooltip;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, DL_TYPE_EVENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DlTimelineView::event-activated:
   * @event: the event
   *
   * A double click or Enter on an event: show where it comes from.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DL_TYPE_EVENT);

  install_actions (widget_class);
  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
add_controllers (DlTimelineView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES | GTK_EVENT_CONTROLLER_SCROLL_KINETIC);

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (click_released_cb), self);
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
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}

static void
dl_timeline_view_init (DlTimelineView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->pointer_x = -1;
  self->sorted = g_ptr_array_new_with_free_func (g_object_unref);
  self->label_widths = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  self->events_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->events_signals, "items-changed",
                                 G_CALLBACK (events_items_changed_cb), self, G_CONNECT_SWAPPED);
  self->viewport_signals = g_signal_group_new (DL_TYPE_VIEWPORT);
  g_signal_group_connect_object (self->viewport_signals, "notify::start",
                                 G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->viewport_signals, "notify::end",
                                 G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_manager_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_manager_changed_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  add_controllers (self);

  dl_timeline_view_set_viewport (self, NULL);
  dl_render_style_init_light (&self->style);
  update_accessible (self);
}

/* Public API -------------------------------------------------------------- */

GtkWidget *
dl_timeline_view_new (void)
{
  return g_object_new (DL_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * dl_timeline_view_get_events:
 *
 * Returns: (transfer none) (nullable): the events shown
 */
GListModel *
dl_timeline_view_get_events (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return self->events;
}

/**
 * dl_timeline_view_set_events:
 * @events: (nullable): a #GListModel of #DlEvent; undated ones are not drawn
 *
 * Shows @events, fitting the view to them when they have dates.
 */
void
dl_timeline_view_set_events (DlTimelineView *self,
                             GListModel     *events)
{
  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));

  if (!g_set_object (&self->events, events))
    return;
  g_signal_group_set_target (self->events_signals, events);
  g_ptr_array_set_size (self->sorted, 0);
  events_items_changed_cb (self, 0, 0, 0, events);
}

/**
 * dl_timeline_view_get_viewport:
 *
 * Returns: (transfer none): the visible time
 */
DlViewport *
dl_timeline_view_get_viewport (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return self->viewport;
}

/**
 * dl_timeline_view_set_viewport:
 * @viewport: (nullable): a viewport shared with others, or %NULL for one
 *   of the view's own
 */
void
dl_timeline_view_set_viewport (DlTimelineView *self,
                               DlViewport     *viewport)
{
  g_autoptr(DlViewport) own = NULL;

  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (viewport == NULL || DL_IS_VIEWPORT (viewport));

  if (viewport == NULL)
    viewport = own = dl_viewport_new ();
  if (!g_set_object (&self->viewport, viewport))
    return;
  g_signal_group_set_target (self->viewport_signals, viewport);
  invalidate_layout (self);
}

/**
 * dl_timeline_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected event
 */
DlEvent *
dl_timeline_view_get_selected (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return self->selected;
}

void
dl_timeline_view_set_selected (DlTimelineView *self,
                               DlEvent        *event)
{
  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (event == NULL || DL_IS_EVENT (event));

  if (!g_set_object (&self->selected, event))
    return;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * dl_timeline_view_zoom_to_fit:
 *
 * Shows every dated event. Before the view has a size, a guess is used
 * and the fit is done again once the size is known.
 */
void
dl_timeline_view_zoom_to_fit (DlTimelineView *self)
{
  int width;

  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));

  if (self->events == NULL)
    return;
  width = gtk_widget_get_width (GTK_WIDGET (self));
  self->fit_pending = width <= 0;
  dl_timeline_fit_viewport (self->viewport, self->events, width > 0 ? width : 800);
}

/**
 * dl_timeline_view_get_layout:
 *
 * Returns: (transfer none) (nullable): the current geometry, or %NULL
 *   before the view has a size
 */
DlTimelineLayout *
dl_timeline_view_get_layout (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return ensure_layout (self);
}
