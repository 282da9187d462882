/* dl-time-scale.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ticks of a time axis: which calendar unit to mark for a visible
 * stretch of time and a width, where each tick and label goes, and the
 * enclosing unit for a second row of labels.
 */
#pragma once

#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/**
 * DlTimeUnit:
 *
 * The calendar units a time axis can mark, finest first.
 */
typedef enum
{
  DL_TIME_UNIT_MINUTE,
  DL_TIME_UNIT_HOUR,
  DL_TIME_UNIT_DAY,
  DL_TIME_UNIT_WEEK,
  DL_TIME_UNIT_MONTH,
  DL_TIME_UNIT_YEAR,
  DL_TIME_UNIT_DECADE,
  DL_TIME_UNIT_CENTURY,
  DL_TIME_UNIT_MILLENNIUM,
  DL_TIME_UNIT_NONE,
} DlTimeUnit;

/**
 * DlTick:
 * @time: Unix seconds (UTC) of the tick
 * @x: its position in pixels
 * @label: (nullable): the label, or %NULL when it has none
 * @label_x: left edge of the label
 * @label_width: width of the label in pixels
 */
typedef struct
{
  gint64 time;
  double x;
  char *label;
  double label_x;
  double label_width;
} DlTick;

typedef struct _DlTimeScale DlTimeScale;

DlTimeScale  *dl_time_scale_new             (double                      start,
                                             double                      end,
                                             double                      width,
                                             PangoContext               *context,
                                             const PangoFontDescription *minor_font,
                                             const PangoFontDescription *major_font);
void          dl_time_scale_free            (DlTimeScale                *self);
DlTimeUnit    dl_time_scale_get_unit        (DlTimeScale                *self);
guint         dl_time_scale_get_step        (DlTimeScale                *self);
DlTimeUnit    dl_time_scale_get_major_unit  (DlTimeScale                *self);
const DlTick *dl_time_scale_get_ticks       (DlTimeScale                *self,
                                             guint                      *n_ticks);
const DlTick *dl_time_scale_get_major_ticks (DlTimeScale                *self,
                                             guint                      *n_ticks);

gint64        dl_time_unit_floor            (DlTimeUnit                  unit,
                                             guint                       step,
                                             gint64                      time);
gint64        dl_time_unit_next             (DlTimeUnit                  unit,
                                             guint                       step,
                                             gint64                      time);
double        dl_time_unit_get_seconds      (DlTimeUnit                  unit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlTimeScale, dl_time_scale_free)

G_END_DECLS
