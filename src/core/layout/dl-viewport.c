/* dl-viewport.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The visible stretch of time, owned by the window and shared by the
 * timeline widget and the exporter. Times are Unix seconds (UTC) as
 * doubles, so that zooming to minutes keeps sub-second precision.
 */
#include "config.h"

#include <math.h>

#include "dl-viewport.h"

/* What calendars can show: 0001-01-01 to the end of 9999 */
#define MIN_TIME (-62135596800.0)
#define MAX_TIME (253402300800.0)

/* A minute at the closest, the whole calendar at the farthest */
#define MIN_SPAN 60.0
#define MAX_SPAN (MAX_TIME - MIN_TIME)

struct _DlViewport
{
  GObject parent_instance;

  double start;
  double end;
};

enum {
  PROP_0,
  PROP_START,
  PROP_END,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DlViewport, dl_viewport, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dl_viewport_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DlViewport *self = DL_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_double (value, self->start);
      break;
    case PROP_END:
      g_value_set_double (value, self->end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_viewport_class_init (DlViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dl_viewport_get_property;

  properties[PROP_START] =
    g_param_spec_double ("start", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] =
    g_param_spec_double ("end", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dl_viewport_init (DlViewport *self)
{
  /* 2017, until something is loaded */
  self->start = 1483228800.0;
  self->end = 1514764800.0;
}

DlViewport *
dl_viewport_new (void)
{
  return g_object_new (DL_TYPE_VIEWPORT, NULL);
}

double
dl_viewport_get_start (DlViewport *self)
{
  g_return_val_if_fail (DL_IS_VIEWPORT (self), 0);
  return self->start;
}

double
dl_viewport_get_end (DlViewport *self)
{
  g_return_val_if_fail (DL_IS_VIEWPORT (self), 0);
  return self->end;
}

void
dl_viewport_set_range (DlViewport *self,
                       double      start,
                       double      end)
{
  double span, middle;

  g_return_if_fail (DL_IS_VIEWPORT (self));
  g_return_if_fail (isfinite (start) && isfinite (end));

  if (end < start)
    {
      double tmp = start;
      start = end;
      end = tmp;
    }
  span = CLAMP (end - start, MIN_SPAN, MAX_SPAN);
  middle = start + (end - start) / 2;
  start = middle - span / 2;
  end = middle + span / 2;

  /* Slide back inside the calendar rather than shrink */
  if (start < MIN_TIME)
    {
      end += MIN_TIME - start;
      start = MIN_TIME;
    }
  else if (end > MAX_TIME)
    {
      start -= end - MAX_TIME;
      end = MAX_TIME;
    }

  if (start == self->start && end == self->end)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (start != self->start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (end != self->end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * dl_viewport_zoom:
 * @factor: > 1 zooms in, < 1 zooms out
 * @anchor_time: the time that stays where it is on screen (the pointer)
 */
void
dl_viewport_zoom (DlViewport *self,
                  double      factor,
                  double      anchor_time)
{
  double span, new_span, ratio;

  g_return_if_fail (DL_IS_VIEWPORT (self));
  g_return_if_fail (factor > 0);

  /* At a limit, zoom exactly to it so the anchor still stays put */
  span = self->end - self->start;
  new_span = CLAMP (span / factor, MIN_SPAN, MAX_SPAN);
  if (new_span == span)
    return;
  ratio = new_span / span;
  dl_viewport_set_range (self,
                         anchor_time - (anchor_time - self->start) * ratio,
                         anchor_time + (self->end - anchor_time) * ratio);
}

void
dl_viewport_pan (DlViewport *self,
                 double      seconds)
{
  g_return_if_fail (DL_IS_VIEWPORT (self));

  dl_viewport_set_range (self, self->start + seconds, self->end + seconds);
}

/* Shows [start, end) with a margin on both sides, so that marks at the
 * ends are not cut by the edges. */
void
dl_viewport_fit (DlViewport *self,
                 gint64      start,
                 gint64      end)
{
  double span;

  g_return_if_fail (DL_IS_VIEWPORT (self));

  span = MAX ((double) (end - start), 86400.0);
  dl_viewport_set_range (self, start - span * 0.08, start + span * 1.08);
}

/**
 * dl_viewport_fit_with_margins:
 * @width: the width in pixels the viewport is drawn at
 * @left: pixels to keep free before @start
 * @right: pixels to keep free after @end, for the labels of the last marks
 *
 * Like dl_viewport_fit(), with margins in pixels so that marks and
 * their labels at both ends stay in view.
 */
void
dl_viewport_fit_with_margins (DlViewport *self,
                              gint64      start,
                              gint64      end,
                              double      width,
                              double      left,
                              double      right)
{
  double span, middle, per_pixel;

  g_return_if_fail (DL_IS_VIEWPORT (self));
  g_return_if_fail (left >= 0 && right >= 0);

  if (width - left - right < width / 3)
    {
      dl_viewport_fit (self, start, end);
      return;
    }
  span = MAX ((double) (end - start), 86400.0);
  middle = start + (end - start) / 2.0;
  per_pixel = span / (width - left - right);
  dl_viewport_set_range (self,
                         middle - span / 2 - left * per_pixel,
                         middle + span / 2 + right * per_pixel);
}

double
dl_viewport_time_to_x (DlViewport *self,
                       double      time,
                       double      width)
{
  g_return_val_if_fail (DL_IS_VIEWPORT (self), 0);
  return (time - self->start) / (self->end - self->start) * width;
}

double
dl_viewport_x_to_time (DlViewport *self,
                       double      x,
                       double      width)
{
  g_return_val_if_fail (DL_IS_VIEWPORT (self), 0);
  if (width <= 0)
    return self->start;
  return self->start + x / width * (self->end - self->start);
}
