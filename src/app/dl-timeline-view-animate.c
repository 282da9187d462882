/* dl-timeline-view-animate.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Smooth zoom and pan for DlTimelineView: the keys, the menu, a double
 * click, a cluster or a dragged stretch move the shared viewport to a
 * target over a fifth of a second, easing out, one step per frame of
 * the frame clock. Continuous input (wheel, pinch, drag) sets the
 * viewport directly and cancels a running animation. With animations
 * turned off in the desktop settings every move is immediate. A
 * project's saved range is set at once.
 */
#include "config.h"

#include <math.h>

#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-view-private.h"
#include "dl-viewport.h"

#define DURATION_USEC (200 * G_TIME_SPAN_MILLISECOND)

static double
ease_out_cubic (double t)
{
  double u = 1 - t;

  return 1 - u * u * u;
}

static gboolean
animations_enabled (DlTimelineView *self)
{
  gboolean enabled = TRUE;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return FALSE;
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

/* Zooming by a factor of a thousand should feel like zooming by two
 * ten times, so the span changes geometrically. The one time that
 * keeps its place on screen through the move (the pointer, for a zoom
 * around it) is the fixed point of the two ranges; pinning it keeps
 * the motion free of sideways drift. A mere pan has no fixed point and
 * moves linearly. */
static void
interpolate (DlTimelineView *self,
             double          t,
             double         *start,
             double         *end)
{
  double from_span = self->from_end - self->from_start;
  double to_span = self->to_end - self->to_start;
  double span, fraction;

  if (fabs (log (to_span / from_span)) < 1e-3)
    {
      *start = self->from_start + (self->to_start - self->from_start) * t;
      *end = *start + from_span + (to_span - from_span) * t;
      return;
    }
  fraction = (self->to_start - self->from_start) / (from_span - to_span);
  span = from_span * pow (to_span / from_span, t);
  *start = self->from_start + fraction * from_span - fraction * span;
  *end = *start + span;
}

static gboolean
animation_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t, start, end;

  if (self->animation_begin == 0)
    self->animation_begin = now;
  t = (double) (now - self->animation_begin) / DURATION_USEC;
  if (t >= 1)
    {
      self->animation_id = 0;
      dl_viewport_set_range (self->viewport, self->to_start, self->to_end);
      return G_SOURCE_REMOVE;
    }
  interpolate (self, ease_out_cubic (t), &start, &end);
  dl_viewport_set_range (self->viewport, start, end);
  return G_SOURCE_CONTINUE;
}

void
_dl_timeline_view_stop_animation (DlTimelineView *self)
{
  if (self->animation_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->animation_id);
  self->animation_id = 0;
}

/* Where the viewport is going: the target of a running animation, so
 * that pressing + twice zooms in twice, or where it is */
void
_dl_timeline_view_get_target (DlTimelineView *self,
                              double         *start,
                              double         *end)
{
  *start = self->animation_id != 0 ? self->to_start : dl_viewport_get_start (self->viewport);
  *end = self->animation_id != 0 ? self->to_end : dl_viewport_get_end (self->viewport);
}

/* Moves the viewport to [@start, @end], smoothly when animations are on */
void
_dl_timeline_view_animate_to (DlTimelineView *self,
                              double          start,
                              double          end)
{
  g_autoptr(DlViewport) clamped = dl_viewport_new ();

  /* The viewport's own limits, so that the last frame lands on the target */
  dl_viewport_set_range (clamped, start, end);
  start = dl_viewport_get_start (clamped);
  end = dl_viewport_get_end (clamped);
  if (!animations_enabled (self))
    {
      _dl_timeline_view_stop_animation (self);
      dl_viewport_set_range (self->viewport, start, end);
      return;
    }
  _dl_timeline_view_stop_kinetic (self);
  self->from_start = dl_viewport_get_start (self->viewport);
  self->from_end = dl_viewport_get_end (self->viewport);
  self->to_start = start;
  self->to_end = end;
  self->animation_begin = 0;
  if (self->animation_id == 0)
    self->animation_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), animation_tick_cb, NULL, NULL);
}

/* Zooms the target range by @factor around @anchor, with the
 * viewport's limits */
void
_dl_timeline_view_zoom_by (DlTimelineView *self,
                           double          factor,
                           double          anchor)
{
  g_autoptr(DlViewport) target = dl_viewport_new ();
  double start, end;

  _dl_timeline_view_get_target (self, &start, &end);
  dl_viewport_set_range (target, start, end);
  dl_viewport_zoom (target, factor, anchor);
  _dl_timeline_view_animate_to (self, dl_viewport_get_start (target), dl_viewport_get_end (target));
}

/**
 * dl_timeline_view_zoom_to_range:
 *
 * Shows [@start, @end], moving there smoothly when animations are on.
 */
void
dl_timeline_view_zoom_to_range (DlTimelineView *self,
                                double          start,
                                double          end)
{
  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (isfinite (start) && isfinite (end));

  _dl_timeline_view_animate_to (self, start, end);
}

/**
 * dl_timeline_view_zoom_to_selection:
 *
 * Shows every selected event with a date, with the margins of a fit,
 * smoothly when animations are on.
 */
void
dl_timeline_view_zoom_to_selection (DlTimelineView *self)
{
  g_autoptr(DlViewport) target = dl_viewport_new ();
  gint64 start = G_MAXINT64, end = G_MININT64;

  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));

  for (guint i = 0; i < self->selection->len; i++)
    {
      DlDateSpan *when = dl_event_get_when (g_ptr_array_index (self->selection, i));

      if (when == NULL)
        continue;
      start = MIN (start, dl_date_span_get_start (when));
      end = MAX (end, dl_date_span_get_end (when));
    }
  if (start > end)
    return;
  dl_timeline_fit_viewport_to_span (target, start, end, _dl_timeline_view_time_width (self));
  _dl_timeline_view_animate_to (self, dl_viewport_get_start (target), dl_viewport_get_end (target));
}

/**
 * dl_timeline_view_get_visible_range:
 * @start: (out): the first second shown
 * @end: (out): the last second shown
 *
 * Where the view is, or is going to while it moves: what a project
 * saves to show the same stretch of time when it is opened again.
 */
void
dl_timeline_view_get_visible_range (DlTimelineView *self,
                                    double         *start,
                                    double         *end)
{
  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (start != NULL && end != NULL);

  _dl_timeline_view_get_target (self, start, end);
}

/**
 * dl_timeline_view_set_visible_range:
 *
 * Shows [@start, @end] at once, instead of any fit still waiting for
 * the view's first size.
 */
void
dl_timeline_view_set_visible_range (DlTimelineView *self,
                                    double          start,
                                    double          end)
{
  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (isfinite (start) && isfinite (end) && start < end);

  _dl_timeline_view_stop_kinetic (self);
  _dl_timeline_view_stop_animation (self);
  self->fit_pending = FALSE;
  dl_viewport_set_range (self->viewport, start, end);
}
