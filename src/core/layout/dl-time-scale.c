/* dl-time-scale.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tick generation for the time axis. The finest calendar step whose
 * labels all fit between their ticks wins, so the axis goes from
 * minutes to millennia as the user zooms out. Calendar arithmetic is in
 * UTC throughout, like the rest of Dateline's dates.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dl-time-scale.h"

/* The range GDateTime can represent: 0001-01-01 to 9999-12-31 */
#define MIN_TIME G_GINT64_CONSTANT (-62135596800)
#define MAX_TIME G_GINT64_CONSTANT (253402300799)

#define SECONDS_PER_DAY 86400

/* Space between a tick and its label, and the least room left after it */
#define LABEL_PAD 5.0
#define LABEL_GAP 8.0

/* Steps closer than this are not even measured */
#define MIN_TICK_PX 18.0
#define MAX_TICKS 1000

typedef struct
{
  DlTimeUnit unit;
  guint step;
  const char *formats[3];
} StepInfo;

/* Finest first; each step lists its label formats, longest first. The
 * formats are g_date_time_format() strings. */
static const StepInfo steps[] = {
  { DL_TIME_UNIT_MINUTE, 1, { N_("%H:%M") } },
  { DL_TIME_UNIT_MINUTE, 5, { N_("%H:%M") } },
  { DL_TIME_UNIT_MINUTE, 15, { N_("%H:%M") } },
  { DL_TIME_UNIT_MINUTE, 30, { N_("%H:%M") } },
  { DL_TIME_UNIT_HOUR, 1, { N_("%H:%M") } },
  { DL_TIME_UNIT_HOUR, 3, { N_("%H:%M") } },
  { DL_TIME_UNIT_HOUR, 6, { N_("%H:%M") } },
  /* TRANSLATORS: an axis label for a day, "Mon 3"; see g_date_time_format() */
  { DL_TIME_UNIT_DAY, 1, { N_("%a %-d"), N_("%-d") } },
  /* TRANSLATORS: an axis label for a week, "3 Jul"; see g_date_time_format() */
  { DL_TIME_UNIT_WEEK, 1, { N_("%-d %b"), N_("%-d") } },
  { DL_TIME_UNIT_MONTH, 1, { N_("%B"), N_("%b") } },
  { DL_TIME_UNIT_MONTH, 3, { N_("%B"), N_("%b") } },
  { DL_TIME_UNIT_YEAR, 1, { "%Y" } },
  { DL_TIME_UNIT_YEAR, 2, { "%Y" } },
  { DL_TIME_UNIT_YEAR, 5, { "%Y" } },
  { DL_TIME_UNIT_DECADE, 1, { "%Y" } },
  { DL_TIME_UNIT_DECADE, 2, { "%Y" } },
  { DL_TIME_UNIT_DECADE, 5, { "%Y" } },
  { DL_TIME_UNIT_CENTURY, 1, { "%Y" } },
  { DL_TIME_UNIT_CENTURY, 2, { "%Y" } },
  { DL_TIME_UNIT_CENTURY, 5, { "%Y" } },
  { DL_TIME_UNIT_MILLENNIUM, 1, { "%Y" } },
};

struct _DlTimeScale
{
  DlTimeUnit unit;
  guint step;
  DlTimeUnit major_unit;
  GArray *ticks;
  GArray *major_ticks;
};

static gint64
floor_div (gint64 a,
           gint64 b)
{
  gint64 q = a / b;

  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}

static guint
unit_years (DlTimeUnit unit)
{
  switch (unit)
    {
    case DL_TIME_UNIT_YEAR:
      return 1;
    case DL_TIME_UNIT_DECADE:
      return 10;
    case DL_TIME_UNIT_CENTURY:
      return 100;
    case DL_TIME_UNIT_MILLENNIUM:
      return 1000;
    case DL_TIME_UNIT_MINUTE:
    case DL_TIME_UNIT_HOUR:
    case DL_TIME_UNIT_DAY:
    case DL_TIME_UNIT_WEEK:
    case DL_TIME_UNIT_MONTH:
    case DL_TIME_UNIT_NONE:
    default:
      return 0;
    }
}

/**
 * dl_time_unit_get_seconds:
 *
 * Returns: the average length of @unit in seconds
 */
double
dl_time_unit_get_seconds (DlTimeUnit unit)
{
  switch (unit)
    {
    case DL_TIME_UNIT_MINUTE:
      return 60;
    case DL_TIME_UNIT_HOUR:
      return 3600;
    case DL_TIME_UNIT_DAY:
      return SECONDS_PER_DAY;
    case DL_TIME_UNIT_WEEK:
      return 7 * SECONDS_PER_DAY;
    case DL_TIME_UNIT_MONTH:
      return 30.436875 * SECONDS_PER_DAY;
    case DL_TIME_UNIT_YEAR:
    case DL_TIME_UNIT_DECADE:
    case DL_TIME_UNIT_CENTURY:
    case DL_TIME_UNIT_MILLENNIUM:
      return unit_years (unit) * 365.2425 * SECONDS_PER_DAY;
    case DL_TIME_UNIT_NONE:
    default:
      return G_MAXDOUBLE;
    }
}

static gint64
start_of_year (int year)
{
  g_autoptr(GDateTime) dt = NULL;

  if (year < 1)
    return MIN_TIME;
  dt = g_date_time_new_utc (MIN (year, 9999), 1, 1, 0, 0, 0);
  return g_date_time_to_unix (dt);
}

static gint64
floor_calendar (DlTimeUnit unit,
                guint      step,
                gint64     time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);
  g_autoptr(GDateTime) floored = NULL;
  int year, month, years;

  year = g_date_time_get_year (dt);
  month = g_date_time_get_month (dt);
  if (unit == DL_TIME_UNIT_MONTH)
    {
      month = (month - 1) / step * step + 1;
      floored = g_date_time_new_utc (year, month, 1, 0, 0, 0);
      return g_date_time_to_unix (floored);
    }
  years = unit_years (unit) * step;
  return start_of_year (year - year % years);
}

/**
 * dl_time_unit_floor:
 * @step: how many units one tick spans (1 for every unit)
 *
 * Returns: the last tick of @unit × @step at or before @time
 */
gint64
dl_time_unit_floor (DlTimeUnit unit,
                    guint      step,
                    gint64     time)
{
  gint64 days;

  g_return_val_if_fail (step > 0, time);

  time = CLAMP (time, MIN_TIME, MAX_TIME);
  switch (unit)
    {
    case DL_TIME_UNIT_MINUTE:
      return floor_div (time, 60 * step) * 60 * step;
    case DL_TIME_UNIT_HOUR:
      return floor_div (time, 3600 * step) * 3600 * step;
    case DL_TIME_UNIT_DAY:
      return floor_div (time, SECONDS_PER_DAY * step) * SECONDS_PER_DAY * step;
    case DL_TIME_UNIT_WEEK:
      /* Weeks start on Monday; 1 January 1970 was a Thursday */
      days = floor_div (time, SECONDS_PER_DAY);
      days -= (days + 3) - floor_div (days + 3, 7) * 7;
      return days * SECONDS_PER_DAY;
    case DL_TIME_UNIT_MONTH:
    case DL_TIME_UNIT_YEAR:
    case DL_TIME_UNIT_DECADE:
    case DL_TIME_UNIT_CENTURY:
    case DL_TIME_UNIT_MILLENNIUM:
      return floor_calendar (unit, step, time);
    case DL_TIME_UNIT_NONE:
    default:
      return MIN_TIME;
    }
}

/**
 * dl_time_unit_next:
 * @time: a tick, as returned by dl_time_unit_floor()
 *
 * Returns: the tick after @time, or a time past the last representable
 *   date when there is none
 */
gint64
dl_time_unit_next (DlTimeUnit unit,
                   guint      step,
                   gint64     time)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) next = NULL;

  g_return_val_if_fail (step > 0, MAX_TIME + 1);

  switch (unit)
    {
    case DL_TIME_UNIT_MINUTE:
    case DL_TIME_UNIT_HOUR:
    case DL_TIME_UNIT_DAY:
    case DL_TIME_UNIT_WEEK:
      return time + (gint64) (dl_time_unit_get_seconds (unit) * step);
    case DL_TIME_UNIT_MONTH:
    case DL_TIME_UNIT_YEAR:
    case DL_TIME_UNIT_DECADE:
    case DL_TIME_UNIT_CENTURY:
    case DL_TIME_UNIT_MILLENNIUM:
      dt = g_date_time_new_from_unix_utc (time);
      if (dt != NULL && unit == DL_TIME_UNIT_MONTH)
        next = g_date_time_add_months (dt, step);
      else if (dt != NULL)
        next = g_date_time_add_years (dt, unit_years (unit) * step);
      return next != NULL ? g_date_time_to_unix (next) : MAX_TIME + 1;
    case DL_TIME_UNIT_NONE:
    default:
      return MAX_TIME + 1;
    }
}

static double
measure (PangoLayout *layout,
         const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, NULL);
  return width / (double) PANGO_SCALE;
}

static void
clear_tick (DlTick *tick)
{
  g_clear_pointer (&tick->label, g_free);
}

static GArray *
tick_array_new (void)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (DlTick));

  g_array_set_clear_func (ticks, (GDestroyNotify) clear_tick);
  return ticks;
}

/* Every tick from the one at or before @start to the first one at or
 * after @end, so that each visible tick knows where the next one is. */
static GArray *
make_ticks (DlTimeUnit unit,
            guint      step,
            double     start,
            double     end,
            double     width)
{
  GArray *ticks = tick_array_new ();
  gint64 t = dl_time_unit_floor (unit, step, (gint64) floor (start));
  double scale = width / (end - start);

  while (ticks->len < MAX_TICKS)
    {
      DlTick tick = { t, (t - start) * scale, NULL, 0, 0 };

      g_array_append_val (ticks, tick);
      if (t >= end || t > MAX_TIME)
        break;
      t = dl_time_unit_next (unit, step, t);
    }
  return ticks;
}

static char *
format_time (gint64      time,
             const char *format)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);

  if (dt == NULL)
    return NULL;
  return g_date_time_format (dt, format);
}

/* Labels every tick but the closing one with @format, and tells whether
 * each label fits between its tick and the next one. */
static gboolean
label_ticks (GArray      *ticks,
             const char  *format,
             PangoLayout *layout)
{
  gboolean fits = TRUE;

  for (guint i = 0; i + 1 < ticks->len; i++)
    {
      DlTick *tick = &g_array_index (ticks, DlTick, i);
      DlTick *next = &g_array_index (ticks, DlTick, i + 1);

      g_free (tick->label);
      tick->label = format_time (tick->time, format);
      tick->label_x = tick->x + LABEL_PAD;
      tick->label_width = tick->label != NULL ? measure (layout, tick->label) : 0;
      if (tick->label_x + tick->label_width + LABEL_GAP > next->x)
        fits = FALSE;
    }
  return fits;
}

/* A label cut by either edge reads as a stray fragment (":00" of an
 * hour, "M" of a month whose tick just came into view): it shows while
 * it fits whole */
static void
drop_clipped_labels (GArray *ticks,
                     double  width)
{
  for (guint i = 0; i < ticks->len; i++)
    {
      DlTick *tick = &g_array_index (ticks, DlTick, i);

      if (tick->label != NULL && (tick->label_x < 0 || tick->label_x + tick->label_width > width))
        g_clear_pointer (&tick->label, g_free);
    }
}

/* When nothing fits (a very narrow axis), keep the labels that do not
 * run into the one before. */
static void
drop_crowded_labels (GArray *ticks)
{
  double right = -G_MAXDOUBLE;

  for (guint i = 0; i < ticks->len; i++)
    {
      DlTick *tick = &g_array_index (ticks, DlTick, i);

      if (tick->label == NULL)
        continue;
      if (tick->label_x < right)
        g_clear_pointer (&tick->label, g_free);
      else
        right = tick->label_x + tick->label_width + LABEL_GAP;
    }
}

static GArray *
choose_minor (DlTimeScale *self,
              double       start,
              double       end,
              double       width,
              PangoLayout *layout)
{
  double px_per_second = width / (end - start);
  GArray *ticks = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      const StepInfo *info = &steps[i];
      double seconds = dl_time_unit_get_seconds (info->unit) * info->step;

      if (seconds * px_per_second < MIN_TICK_PX && i + 1 < G_N_ELEMENTS (steps))
        continue;

      g_clear_pointer (&ticks, g_array_unref);
      ticks = make_ticks (info->unit, info->step, start, end, width);
      self->unit = info->unit;
      self->step = info->step;
      for (guint f = 0; f < G_N_ELEMENTS (info->formats) && info->formats[f] != NULL; f++)
        if (label_ticks (ticks, _(info->formats[f]), layout))
          return ticks;
    }
  drop_crowded_labels (ticks);
  return ticks;
}

static DlTimeUnit
enclosing_unit (DlTimeUnit unit)
{
  switch (unit)
    {
    case DL_TIME_UNIT_MINUTE:
    case DL_TIME_UNIT_HOUR:
      return DL_TIME_UNIT_DAY;
    case DL_TIME_UNIT_DAY:
    case DL_TIME_UNIT_WEEK:
      return DL_TIME_UNIT_MONTH;
    case DL_TIME_UNIT_MONTH:
      return DL_TIME_UNIT_YEAR;
    case DL_TIME_UNIT_YEAR:
      return DL_TIME_UNIT_DECADE;
    case DL_TIME_UNIT_DECADE:
      return DL_TIME_UNIT_CENTURY;
    case DL_TIME_UNIT_CENTURY:
    case DL_TIME_UNIT_MILLENNIUM:
    case DL_TIME_UNIT_NONE:
    default:
      return DL_TIME_UNIT_NONE;
    }
}

/* How many label formats, from long to short, format_major() knows */
static guint
major_variants (DlTimeUnit unit)
{
  if (unit == DL_TIME_UNIT_DAY || unit == DL_TIME_UNIT_MONTH)
    return 3;
  return 1;
}

static char *
format_major (DlTimeUnit unit,
              gint64     time,
              guint      variant)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);
  const char *day_formats[] = {
    /* TRANSLATORS: the day over hour ticks; see g_date_time_format() */
    N_("%A %-d %B %Y"), N_("%a %-d %b %Y"), N_("%-d %b")
  };
  const char *month_formats[] = {
    /* TRANSLATORS: the month over day ticks; see g_date_time_format() */
    N_("%B %Y"), N_("%b %Y"), N_("%b")
  };

  if (dt == NULL)
    return NULL;
  switch (unit)
    {
    case DL_TIME_UNIT_DAY:
      return variant < 3 ? g_date_time_format (dt, _(day_formats[variant])) : NULL;
    case DL_TIME_UNIT_MONTH:
      return variant < 3 ? g_date_time_format (dt, _(month_formats[variant])) : NULL;
    case DL_TIME_UNIT_YEAR:
      return variant < 1 ? g_date_time_format (dt, "%Y") : NULL;
    case DL_TIME_UNIT_DECADE:
    case DL_TIME_UNIT_CENTURY:
      /* TRANSLATORS: a decade or a century, like "1990s" or "1900s" */
      return variant < 1 ? g_strdup_printf (_("%ds"), g_date_time_get_year (dt)) : NULL;
    case DL_TIME_UNIT_MINUTE:
    case DL_TIME_UNIT_HOUR:
    case DL_TIME_UNIT_WEEK:
    case DL_TIME_UNIT_MILLENNIUM:
    case DL_TIME_UNIT_NONE:
    default:
      return NULL;
    }
}

/* Major labels stick to the left edge while their period is in view and
 * are pushed out by the next one, like the headers of a list. */
static gboolean
place_major_labels (GArray      *ticks,
                    DlTimeUnit   unit,
                    guint        variant,
                    PangoLayout *layout)
{
  for (guint i = 0; i + 1 < ticks->len; i++)
    {
      DlTick *tick = &g_array_index (ticks, DlTick, i);
      DlTick *next = &g_array_index (ticks, DlTick, i + 1);

      g_free (tick->label);
      tick->label = format_major (unit, tick->time, variant);
      if (tick->label == NULL)
        return FALSE;
      tick->label_width = measure (layout, tick->label);
      tick->label_x = MAX (tick->x, 0) + LABEL_PAD;
      if (tick->label_x + tick->label_width + LABEL_GAP > next->x)
        {
          /* A label that cannot fit its whole period is too long */
          if (tick->x + LABEL_PAD + tick->label_width + LABEL_GAP > next->x)
            return FALSE;
          tick->label_x = next->x - LABEL_GAP - tick->label_width;
        }
    }
  return TRUE;
}

static GArray *
choose_major (DlTimeScale *self,
              double       start,
              double       end,
              double       width,
              PangoLayout *layout)
{
  GArray *ticks;

  self->major_unit = enclosing_unit (self->unit);
  if (self->major_unit == DL_TIME_UNIT_NONE)
    return tick_array_new ();

  ticks = make_ticks (self->major_unit, 1, start, end, width);
  for (guint variant = 0; variant < major_variants (self->major_unit); variant++)
    if (place_major_labels (ticks, self->major_unit, variant, layout))
      return ticks;
  /* Too narrow for any label: keep the ticks, drop the words */
  for (guint i = 0; i < ticks->len; i++)
    g_clear_pointer (&g_array_index (ticks, DlTick, i).label, g_free);
  return ticks;
}

/**
 * dl_time_scale_new:
 * @start: first visible time, Unix seconds
 * @end: last visible time
 * @width: pixels from @start to @end
 * @context: for measuring labels
 * @minor_font: (nullable): font of the tick labels, or the context's
 * @major_font: (nullable): font of the enclosing unit's labels
 *
 * Returns: (transfer full): the ticks for that axis
 */
DlTimeScale *
dl_time_scale_new (double                      start,
                   double                      end,
                   double                      width,
                   PangoContext               *context,
                   const PangoFontDescription *minor_font,
                   const PangoFontDescription *major_font)
{
  DlTimeScale *self;
  g_autoptr(PangoLayout) layout = NULL;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (end > start && width > 0, NULL);

  self = g_new0 (DlTimeScale, 1);
  start = CLAMP (start, (double) MIN_TIME, (double) MAX_TIME);
  end = CLAMP (end, start + 1, (double) MAX_TIME + 1);

  layout = pango_layout_new (context);
  pango_layout_set_font_description (layout, minor_font);
  self->ticks = choose_minor (self, start, end, width, layout);
  pango_layout_set_font_description (layout, major_font);
  self->major_ticks = choose_major (self, start, end, width, layout);
  drop_clipped_labels (self->ticks, width);
  drop_clipped_labels (self->major_ticks, width);
  return self;
}

void
dl_time_scale_free (DlTimeScale *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->major_ticks, g_array_unref);
  g_free (self);
}

/**
 * dl_time_scale_get_unit:
 *
 * Returns: the unit of the ticks, see also dl_time_scale_get_step()
 */
DlTimeUnit
dl_time_scale_get_unit (DlTimeScale *self)
{
  g_return_val_if_fail (self != NULL, DL_TIME_UNIT_NONE);
  return self->unit;
}

/**
 * dl_time_scale_get_step:
 *
 * Returns: how many units lie between two ticks (5 for every 5 years)
 */
guint
dl_time_scale_get_step (DlTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 1);
  return self->step;
}

/**
 * dl_time_scale_get_major_unit:
 *
 * Returns: the enclosing unit of the second row, or %DL_TIME_UNIT_NONE
 */
DlTimeUnit
dl_time_scale_get_major_unit (DlTimeScale *self)
{
  g_return_val_if_fail (self != NULL, DL_TIME_UNIT_NONE);
  return self->major_unit;
}

/**
 * dl_time_scale_get_ticks:
 *
 * The last tick lies at or past the end and closes the last interval;
 * it has no label.
 *
 * Returns: (array length=n_ticks) (transfer none): the ticks, in time order
 */
const DlTick *
dl_time_scale_get_ticks (DlTimeScale *self,
                         guint       *n_ticks)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_ticks != NULL, NULL);

  *n_ticks = self->ticks->len;
  return (const DlTick *) self->ticks->data;
}

/**
 * dl_time_scale_get_major_ticks:
 *
 * Returns: (array length=n_ticks) (transfer none): the ticks of the
 *   enclosing unit, possibly none
 */
const DlTick *
dl_time_scale_get_major_ticks (DlTimeScale *self,
                               guint       *n_ticks)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_ticks != NULL, NULL);

  *n_ticks = self->major_ticks->len;
  return (const DlTick *) self->major_ticks->data;
}
