/* dl-timeline-overview.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The strip under the timeline: how many events there are over the
 * whole stretch of time, and a window for the part the viewport shows.
 * Dragging the window pans the viewport, dragging its edges zooms, and
 * pressing outside it jumps there. The strip reads the same events and
 * viewport as the timeline above it and keeps no state of its own
 * beyond a histogram, rebuilt when the events or its width change.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-theme.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-overview.h"
#include "dl-viewport.h"

/* Pixels per bar of the histogram */
#define BIN_WIDTH 3
/* How near an edge of the window a press resizes rather than moves it */
#define EDGE_SLACK 5.0
/* The window is never drawn narrower than this, to stay grabbable */
#define MIN_WINDOW_WIDTH 8.0
/* The viewport's own narrowest span, in seconds */
#define MIN_SPAN 60.0

typedef enum
{
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_START,
  DRAG_END,
} DragMode;

struct _DlTimelineOverview
{
  GtkWidget parent_instance;

  GListModel *events;
  DlViewport *viewport;
  GSignalGroup *events_signals;
  GSignalGroup *viewport_signals;

  /* Times of the dated events, and the stretch they cover with a margin */
  GArray *times;
  double range_start;
  double range_end;
  gboolean has_range;

  GArray *bins;
  guint max_bin;
  int bins_width;

  double marker;
  DlRenderStyle style;

  DragMode drag_mode;
  double drag_start;
  double drag_end;
};

G_DEFINE_FINAL_TYPE (DlTimelineOverview, dl_timeline_overview, GTK_TYPE_WIDGET)

/* Data ---------------------------------------------------------------------- */

static void
collect_times (DlTimelineOverview *self)
{
  guint n = self->events != NULL ? g_list_model_get_n_items (self->events) : 0;
  gint64 start, end;
  double margin;

  g_array_set_size (self->times, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (self->events, i);
      double time = dl_timeline_event_time (event);

      if (!isnan (time))
        g_array_append_val (self->times, time);
    }
  self->has_range = self->events != NULL && dl_timeline_events_get_range (self->events, &start, &end);
  if (!self->has_range)
    return;
  /* A margin, so that the first and last bars are not cut by the edges */
  margin = MAX ((end - start) * 0.03, 43200.0);
  self->range_start = start - margin;
  self->range_end = end + margin;
}

/* The stretch the strip shows: the events', or the viewport's while
 * there are none */
static void
get_range (DlTimelineOverview *self,
           double             *start,
           double             *end)
{
  if (self->has_range)
    {
      *start = self->range_start;
      *end = self->range_end;
      return;
    }
  *start = self->viewport != NULL ? dl_viewport_get_start (self->viewport) : 0;
  *end = self->viewport != NULL ? dl_viewport_get_end (self->viewport) : 1;
}

static void
ensure_bins (DlTimelineOverview *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  guint n_bins = MAX (width / BIN_WIDTH, 1);
  double start, end;

  if (self->bins_width == width)
    return;
  get_range (self, &start, &end);
  g_array_set_size (self->bins, 0);
  g_array_set_size (self->bins, n_bins);
  self->max_bin = 0;
  for (guint i = 0; i < self->times->len; i++)
    {
      double fraction = (g_array_index (self->times, double, i) - start) / (end - start);
      guint bin = (guint) CLAMP (fraction * n_bins, 0, n_bins - 1);
      guint *count = &g_array_index (self->bins, guint, bin);

      *count += 1;
      self->max_bin = MAX (self->max_bin, *count);
    }
  self->bins_width = width;
}

static void
invalidate_bins (DlTimelineOverview *self)
{
  self->bins_width = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Accessibility ------------------------------------------------------------- */

static char *
format_time (double time)
{
  g_autoptr(DlDateSpan) span = dl_date_span_new (NULL, (gint64) time, (gint64) time + 1, DL_CERTAINTY_STATED);

  return dl_date_span_format (span);
}

/* The strip is a scroll bar over all of time: its value is where the
 * window starts, in percent of the whole */
static void
update_accessible (DlTimelineOverview *self)
{
  double start, end, now = 0;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *text = NULL;

  if (self->viewport == NULL)
    return;
  get_range (self, &start, &end);
  now = (dl_viewport_get_start (self->viewport) - start) / (end - start) * 100;
  from = format_time (dl_viewport_get_start (self->viewport));
  to = format_time (dl_viewport_get_end (self->viewport));
  /* TRANSLATORS: the visible part of the timeline, from one date to another */
  text = g_strdup_printf (_("Showing %s to %s"), from, to);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, CLAMP (now, 0.0, 100.0),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

/* Signal handlers ----------------------------------------------------------- */

static void
events_changed_cb (DlTimelineOverview *self)
{
  collect_times (self);
  invalidate_bins (self);
  update_accessible (self);
}

static void
viewport_changed_cb (DlTimelineOverview *self)
{
  /* Without events the strip follows the viewport, bars and all */
  if (!self->has_range)
    invalidate_bins (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible (self);
}

static void
style_changed_cb (DlTimelineOverview *self)
{
  dl_render_style_clear (&self->style);
  dl_theme_fill_render_style (GTK_WIDGET (self), &self->style);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Drawing ------------------------------------------------------------------- */

static void
draw_bars (DlTimelineOverview *self,
           cairo_t            *cr,
           double              height)
{
  double room = height - 8;
  double alpha = self->style.high_contrast ? 0.8 : 0.4;

  for (guint i = 0; i < self->bins->len; i++)
    {
      guint count = g_array_index (self->bins, guint, i);
      double bar;

      if (count == 0)
        continue;
      /* A square root, so that a lone event still shows beside a crowd */
      bar = MAX (2, room * sqrt ((double) count / self->max_bin));
      cairo_rectangle (cr, i * BIN_WIDTH, height - 2 - bar, BIN_WIDTH - 1, bar);
    }
  dl_color_set_source_alpha (cr, &self->style.foreground, alpha);
  cairo_fill (cr);
}

static void
draw_window (DlTimelineOverview *self,
             cairo_t            *cr,
             double              height)
{
  double x, width;
  double line = self->style.high_contrast ? 2 : 1;

  dl_timeline_overview_get_window (self, &x, &width);
  cairo_rectangle (cr, x + line / 2, line / 2 + 1, width - line, height - line - 1);
  dl_color_set_source_alpha (cr, &self->style.accent, self->style.dark ? 0.25 : 0.18);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, line);
  dl_color_set_source (cr, &self->style.accent);
  cairo_stroke (cr);
  /* Grips on the edges, which resize */
  cairo_rectangle (cr, x + 1, height / 2 - 6, 2, 12);
  cairo_rectangle (cr, x + width - 3, height / 2 - 6, 2, 12);
  cairo_fill (cr);
}

static void
dl_timeline_overview_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  DlTimelineOverview *self = DL_TIMELINE_OVERVIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;
  DlColor ground;

  if (width <= 0 || height <= 0 || self->viewport == NULL)
    return;
  ensure_bins (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ground = dl_color_mix (&self->style.background, &self->style.foreground, 0.04);
  dl_color_set_source (cr, &ground);
  cairo_paint (cr);
  dl_color_set_source (cr, &self->style.grid);
  cairo_rectangle (cr, 0, 0, width, 1);
  cairo_fill (cr);
  draw_bars (self, cr, height);
  if (!isnan (self->marker))
    {
      cairo_rectangle (cr, floor (dl_timeline_overview_time_to_x (self, self->marker)) - 1, 1, 2, height - 1);
      dl_color_set_source (cr, &self->style.accent);
      cairo_fill (cr);
    }
  draw_window (self, cr, height);
  cairo_destroy (cr);
}

/* Input --------------------------------------------------------------------- */

static double
seconds_per_pixel (DlTimelineOverview *self)
{
  double start, end;

  get_range (self, &start, &end);
  return (end - start) / MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
}

static DragMode
mode_at (DlTimelineOverview *self,
         double              x)
{
  double left, width;

  dl_timeline_overview_get_window (self, &left, &width);
  if (fabs (x - left) <= EDGE_SLACK && width > 2 * EDGE_SLACK)
    return DRAG_START;
  if (fabs (x - (left + width)) <= EDGE_SLACK)
    return DRAG_END;
  if (x > left && x < left + width)
    return DRAG_MOVE;
  return DRAG_NONE;
}

static void
motion_cb (DlTimelineOverview       *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  static const char *cursors[] = { "pointer", "grab", "ew-resize", "ew-resize" };

  if (self->drag_mode == DRAG_NONE)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursors[mode_at (self, x)]);
}

static void
drag_begin_cb (DlTimelineOverview *self,
               double              x,
               double              y,
               GtkGestureDrag     *drag)
{
  double span;

  if (self->viewport == NULL)
    return;
  /* The strip takes the press from the timeline around it */
  gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_CLAIMED);
  self->drag_mode = mode_at (self, x);
  if (self->drag_mode == DRAG_NONE)
    {
      /* Elsewhere: the window jumps there, and the drag moves it on */
      span = dl_viewport_get_end (self->viewport) - dl_viewport_get_start (self->viewport);
      dl_viewport_set_range (self->viewport,
                             dl_timeline_overview_x_to_time (self, x) - span / 2,
                             dl_timeline_overview_x_to_time (self, x) + span / 2);
      self->drag_mode = DRAG_MOVE;
    }
  self->drag_start = dl_viewport_get_start (self->viewport);
  self->drag_end = dl_viewport_get_end (self->viewport);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->drag_mode == DRAG_MOVE ? "grabbing" : "ew-resize");
}

static void
drag_update_cb (DlTimelineOverview *self,
                double              offset_x,
                double              offset_y,
                GtkGestureDrag     *drag)
{
  double seconds = offset_x * seconds_per_pixel (self);

  if (self->viewport == NULL)
    return;
  switch (self->drag_mode)
    {
    case DRAG_MOVE:
      dl_viewport_set_range (self->viewport, self->drag_start + seconds, self->drag_end + seconds);
      break;
    case DRAG_START:
      dl_viewport_set_range (self->viewport, MIN (self->drag_start + seconds, self->drag_end - MIN_SPAN),
                             self->drag_end);
      break;
    case DRAG_END:
      dl_viewport_set_range (self->viewport, self->drag_start,
                             MAX (self->drag_end + seconds, self->drag_start + MIN_SPAN));
      break;
    case DRAG_NONE:
    default:
      break;
    }
}

static void
drag_end_cb (DlTimelineOverview *self,
             double              offset_x,
             double              offset_y,
             GtkGestureDrag     *drag)
{
  self->drag_mode = DRAG_NONE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
}

/* GtkWidget ----------------------------------------------------------------- */

static void
dl_timeline_overview_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 24;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 36;
}

static void
dl_timeline_overview_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  DlTimelineOverview *self = DL_TIMELINE_OVERVIEW (widget);

  if (self->bins_width != width)
    invalidate_bins (self);
}

static void
dl_timeline_overview_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (dl_timeline_overview_parent_class)->css_changed (widget, change);
  style_changed_cb (DL_TIMELINE_OVERVIEW (widget));
}

static void
dl_timeline_overview_dispose (GObject *object)
{
  DlTimelineOverview *self = DL_TIMELINE_OVERVIEW (object);

  g_signal_group_set_target (self->events_signals, NULL);
  g_signal_group_set_target (self->viewport_signals, NULL);
  g_clear_object (&self->events);
  g_clear_object (&self->viewport);

  G_OBJECT_CLASS (dl_timeline_overview_parent_class)->dispose (object);
}

static void
dl_timeline_overview_finalize (GObject *object)
{
  DlTimelineOverview *self = DL_TIMELINE_OVERVIEW (object);

  g_clear_object (&self->events_signals);
  g_clear_object (&self->viewport_signals);
  g_clear_pointer (&self->times, g_array_unref);
  g_clear_pointer (&self->bins, g_array_unref);
  dl_render_style_clear (&self->style);

  G_OBJECT_CLASS (dl_timeline_overview_parent_class)->finalize (object);
}

static void
dl_timeline_overview_class_init (DlTimelineOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_timeline_overview_dispose;
  object_class->finalize = dl_timeline_overview_finalize;

  widget_class->snapshot = dl_timeline_overview_snapshot;
  widget_class->measure = dl_timeline_overview_measure;
  widget_class->size_allocate = dl_timeline_overview_size_allocate;
  widget_class->css_changed = dl_timeline_overview_css_changed;

  gtk_widget_class_set_css_name (widget_class, "timeline-overview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SCROLLBAR);
}

static void
add_controllers (DlTimelineOverview *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

static void
dl_timeline_overview_init (DlTimelineOverview *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->times = g_array_new (FALSE, FALSE, sizeof (double));
  self->bins = g_array_new (FALSE, TRUE, sizeof (guint));
  self->bins_width = -1;
  self->marker = NAN;

  self->events_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->events_signals, "items-changed",
                                 G_CALLBACK (events_changed_cb), self, G_CONNECT_SWAPPED);
  self->viewport_signals = g_signal_group_new (DL_TYPE_VIEWPORT);
  g_signal_group_connect_object (self->viewport_signals, "notify::start",
                                 G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->viewport_signals, "notify::end",
                                 G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb),
                           self, G_CONNECT_SWAPPED);

  add_controllers (self);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("All events; drag the window to move through time"));
  dl_render_style_init_light (&self->style);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overview of all events"),
                                  GTK_ACCESSIBLE_PROPERTY_ORIENTATION, GTK_ORIENTATION_HORIZONTAL,
                                  -1);
}

/* Public API ---------------------------------------------------------------- */

GtkWidget *
dl_timeline_overview_new (void)
{
  return g_object_new (DL_TYPE_TIMELINE_OVERVIEW, NULL);
}

/**
 * dl_timeline_overview_set_events:
 * @events: (nullable): a #GListModel of #DlEvent
 */
void
dl_timeline_overview_set_events (DlTimelineOverview *self,
                                 GListModel         *events)
{
  g_return_if_fail (DL_IS_TIMELINE_OVERVIEW (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));

  if (!g_set_object (&self->events, events))
    return;
  g_signal_group_set_target (self->events_signals, events);
  events_changed_cb (self);
}

/**
 * dl_timeline_overview_set_viewport:
 * @viewport: (nullable): the viewport the window shows and moves
 */
void
dl_timeline_overview_set_viewport (DlTimelineOverview *self,
                                   DlViewport         *viewport)
{
  g_return_if_fail (DL_IS_TIMELINE_OVERVIEW (self));
  g_return_if_fail (viewport == NULL || DL_IS_VIEWPORT (viewport));

  if (!g_set_object (&self->viewport, viewport))
    return;
  g_signal_group_set_target (self->viewport_signals, viewport);
  viewport_changed_cb (self);
}

/**
 * dl_timeline_overview_set_marker:
 * @time: a time to mark with the accent colour (the selected event's),
 *   or NAN for none
 */
void
dl_timeline_overview_set_marker (DlTimelineOverview *self,
                                 double              time)
{
  g_return_if_fail (DL_IS_TIMELINE_OVERVIEW (self));

  self->marker = time;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * dl_timeline_overview_get_range:
 * @start: (out): the earliest time the strip shows
 * @end: (out): the latest
 */
void
dl_timeline_overview_get_range (DlTimelineOverview *self,
                                double             *start,
                                double             *end)
{
  g_return_if_fail (DL_IS_TIMELINE_OVERVIEW (self));
  g_return_if_fail (start != NULL && end != NULL);

  get_range (self, start, end);
}

/**
 * dl_timeline_overview_get_density:
 * @n_bins: (out): the number of bars
 *
 * Returns: (array length=n_bins): how many events start in each bar of
 *   the strip, left to right
 */
const guint *
dl_timeline_overview_get_density (DlTimelineOverview *self,
                                  guint              *n_bins)
{
  g_return_val_if_fail (DL_IS_TIMELINE_OVERVIEW (self), NULL);
  g_return_val_if_fail (n_bins != NULL, NULL);

  ensure_bins (self);
  *n_bins = self->bins->len;
  return (const guint *) self->bins->data;
}

/**
 * dl_timeline_overview_get_window:
 * @x: (out): the left of the window that stands for the viewport
 * @width: (out): its width, kept inside the strip
 */
void
dl_timeline_overview_get_window (DlTimelineOverview *self,
                                 double             *x,
                                 double             *width)
{
  double strip = gtk_widget_get_width (GTK_WIDGET (self));
  double left, right;

  g_return_if_fail (DL_IS_TIMELINE_OVERVIEW (self));
  g_return_if_fail (x != NULL && width != NULL);

  left = self->viewport != NULL ? dl_timeline_overview_time_to_x (self, dl_viewport_get_start (self->viewport)) : 0;
  right = self->viewport != NULL ? dl_timeline_overview_time_to_x (self, dl_viewport_get_end (self->viewport)) : strip;
  left = CLAMP (left, 0, MAX (strip - MIN_WINDOW_WIDTH, 0));
  right = CLAMP (right, left + MIN_WINDOW_WIDTH, MAX (strip, left + MIN_WINDOW_WIDTH));
  *x = left;
  *width = right - left;
}

double
dl_timeline_overview_time_to_x (DlTimelineOverview *self,
                                double              time)
{
  double start, end;

  g_return_val_if_fail (DL_IS_TIMELINE_OVERVIEW (self), 0);

  get_range (self, &start, &end);
  return (time - start) / (end - start) * gtk_widget_get_width (GTK_WIDGET (self));
}

double
dl_timeline_overview_x_to_time (DlTimelineOverview *self,
                                double              x)
{
  double start, end;

  g_return_val_if_fail (DL_IS_TIMELINE_OVERVIEW (self), 0);

  get_range (self, &start, &end);
  return start + x / MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1) * (end - start);
}
