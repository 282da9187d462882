/* dl-date-span.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-date-span.h"

#define SECONDS_PER_DAY (G_GINT64_CONSTANT (86400))

struct _DlDateSpan
{
  gatomicrefcount ref_count;
  char *value;
  gint64 start;
  gint64 end;
  DlCertainty certainty;
};

G_DEFINE_BOXED_TYPE (DlDateSpan, dl_date_span, dl_date_span_ref, dl_date_span_unref)

/* Days since 1970-01-01 of a proleptic Gregorian date, for any year.
 * This is H. Hinnant's days_from_civil; GDateTime stops at year 9999
 * and we need the exclusive end of that year too. */
static gint64
days_from_civil (gint64 y,
                 int    m,
                 int    d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static gint64
ymd_to_unix (gint64 y,
             int    m,
             int    d)
{
  /* Normalise month overflow so callers can ask for "month 13" */
  while (m > 12)
    {
      m -= 12;
      y++;
    }
  return days_from_civil (y, m, d) * SECONDS_PER_DAY;
}

static void
unix_to_ymd (gint64  t,
             int    *year,
             int    *month,
             int    *day)
{
  gint64 z, era, doe, yoe, y, doy, mp;

  z = (t >= 0 ? t : t - (SECONDS_PER_DAY - 1)) / SECONDS_PER_DAY;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) (y + (*month <= 2));
}

static gboolean
read_digits (const char **p,
             int          n,
             int         *out)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

static gboolean
iso_week_range (int     year,
                int     week,
                gint64 *start)
{
  gint64 jan4 = days_from_civil (year, 1, 4);
  /* 1970-01-01 was a Thursday: weekday 0 = Monday */
  int weekday = (int) (((jan4 + 3) % 7 + 7) % 7);
  gint64 monday = jan4 - weekday;

  if (week < 1 || week > 53)
    return FALSE;
  *start = (monday + (week - 1) * 7) * SECONDS_PER_DAY;
  return TRUE;
}

static gboolean
parse_time_of_day (const char *p,
                   gint64      day_start,
                   gint64     *start,
                   gint64     *end)
{
  static const struct { const char *code; int from_hour; int to_hour; } parts[] = {
    { "MO", 6, 12 }, { "MI", 12, 12 }, { "AF", 12, 18 }, { "EV", 18, 24 }, { "NI", 20, 24 }, { "DT", 9, 17 },
  };
  int hour, minute, second = 0;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (strcmp (p, parts[i].code) == 0)
      {
        *start = day_start + parts[i].from_hour * 3600;
        *end = parts[i].from_hour == parts[i].to_hour ? *start + 60
                                                     : day_start + parts[i].to_hour * 3600;
        return TRUE;
      }

  if (!read_digits (&p, 2, &hour) || *p++ != ':' || !read_digits (&p, 2, &minute))
    return FALSE;
  if (*p == ':' && !(p++, read_digits (&p, 2, &second)))
    return FALSE;
  if (hour > 24 || minute > 59 || second > 60)
    return FALSE;
  *start = day_start + hour * 3600 + minute * 60 + second;
  *end = *start + 60;
  return TRUE;
}

static gboolean
parse_after_year (int         year,
                  const char *p,
                  gint64     *start,
                  gint64     *end)
{
  static const struct { const char *code; int first_month; int n_months; } seasons[] = {
    { "SP", 3, 3 }, { "SU", 6, 3 }, { "FA", 9, 3 }, { "AU", 9, 3 }, { "WI", 12, 3 },
    { "Q1", 1, 3 }, { "Q2", 4, 3 }, { "Q3", 7, 3 }, { "Q4", 10, 3 },
    { "H1", 1, 6 }, { "H2", 7, 6 },
  };
  int month, day, week;

  for (guint i = 0; i < G_N_ELEMENTS (seasons); i++)
    if (strcmp (p, seasons[i].code) == 0)
      {
        *start = ymd_to_unix (year, seasons[i].first_month, 1);
        *end = ymd_to_unix (year, seasons[i].first_month + seasons[i].n_months, 1);
        return TRUE;
      }

  if (*p == 'W')
    {
      p++;
      if (!read_digits (&p, 2, &week) || !iso_week_range (year, week, start))
        return FALSE;
      if (*p == '\0')
        *end = *start + 7 * SECONDS_PER_DAY;
      else if (strcmp (p, "-WE") == 0)
        {
          *start += 5 * SECONDS_PER_DAY;
          *end = *start + 2 * SECONDS_PER_DAY;
        }
      else
        return FALSE;
      return TRUE;
    }

  if (!read_digits (&p, 2, &month) || month < 1 || month > 12)
    return FALSE;
  if (*p == '\0')
    {
      *start = ymd_to_unix (year, month, 1);
      *end = ymd_to_unix (year, month + 1, 1);
      return TRUE;
    }
  if (*p++ != '-' || !read_digits (&p, 2, &day) || day < 1 || day > 31)
    return FALSE;
  if (day > g_date_get_days_in_month (month, (GDateYear) CLAMP (year, 1, 9999)))
    return FALSE;
  *start = ymd_to_unix (year, month, day);
  *end = *start + SECONDS_PER_DAY;
  if (*p == '\0')
    return TRUE;
  if (*p++ != 'T')
    return FALSE;
  return parse_time_of_day (p, *start, start, end);
}

/**
 * dl_timex_value_to_range:
 * @value: a TIMEX3 value such as `2017-07-07`, `2017-W27`, `199X` or `2017-SU`
 * @start: (out): first second covered, Unix time, UTC
 * @end: (out): first second after the range
 *
 * Returns: %TRUE if @value names a definite stretch of calendar time
 */
gboolean
dl_timex_value_to_range (const char *value,
                         gint64     *start,
                         gint64     *end)
{
  const char *p = value;
  int year, decade, century;
  gsize len;

  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  if (value == NULL)
    return FALSE;
  len = strlen (value);

  /* Decades and centuries: "199", "199X", "19", "19XX" */
  if ((len == 3 || (len == 4 && value[3] == 'X')) && read_digits (&p, 3, &decade))
    {
      *start = ymd_to_unix (decade * 10, 1, 1);
      *end = ymd_to_unix (decade * 10 + 10, 1, 1);
      return TRUE;
    }
  p = value;
  if ((len == 2 || (len == 4 && strcmp (value + 2, "XX") == 0)) && read_digits (&p, 2, &century))
    {
      *start = ymd_to_unix (century * 100, 1, 1);
      *end = ymd_to_unix (century * 100 + 100, 1, 1);
      return TRUE;
    }

  p = value;
  if (!read_digits (&p, 4, &year) || year < 1)
    return FALSE;
  if (*p == '\0')
    {
      *start = ymd_to_unix (year, 1, 1);
      *end = ymd_to_unix (year + 1, 1, 1);
      return TRUE;
    }
  if (*p++ != '-')
    return FALSE;
  return parse_after_year (year, p, start, end);
}

/**
 * dl_date_span_new:
 * @value: (nullable): the TIMEX3 value this span came from
 * @start: first second, Unix time (UTC)
 * @end: first second after the span; must not be before @start
 * @certainty: how the span was found
 *
 * Returns: (transfer full): a new immutable span
 */
DlDateSpan *
dl_date_span_new (const char  *value,
                  gint64       start,
                  gint64       end,
                  DlCertainty  certainty)
{
  DlDateSpan *self;

  g_return_val_if_fail (end >= start, NULL);

  self = g_new0 (DlDateSpan, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->value = g_strdup (value);
  self->start = start;
  self->end = end;
  self->certainty = certainty;
  return self;
}

/**
 * dl_date_span_new_from_value:
 * @value: a TIMEX3 value
 * @certainty: how the value was found
 *
 * Returns: (transfer full) (nullable): a span, or %NULL when @value does
 *   not name a definite stretch of time (`PAST_REF`, `XXXX-07`, `P2H`)
 */
DlDateSpan *
dl_date_span_new_from_value (const char  *value,
                             DlCertainty  certainty)
{
  gint64 start, end;

  if (!dl_timex_value_to_range (value, &start, &end))
    return NULL;
  return dl_date_span_new (value, start, end, certainty);
}

DlDateSpan *
dl_date_span_ref (DlDateSpan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
dl_date_span_unref (DlDateSpan *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->value);
      g_free (self);
    }
}

const char *
dl_date_span_get_value (const DlDateSpan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->value;
}

gint64
dl_date_span_get_start (const DlDateSpan *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->start;
}

gint64
dl_date_span_get_end (const DlDateSpan *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->end;
}

gint64
dl_date_span_get_middle (const DlDateSpan *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->start + (self->end - self->start) / 2;
}

DlCertainty
dl_date_span_get_certainty (const DlDateSpan *self)
{
  g_return_val_if_fail (self != NULL, DL_CERTAINTY_UNKNOWN);
  return self->certainty;
}

/* A span of one day or less is drawn as a mark, longer ones as a bar. */
gboolean
dl_date_span_is_instant (const DlDateSpan *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->end - self->start <= SECONDS_PER_DAY;
}

gboolean
dl_date_span_overlaps (const DlDateSpan *self,
                       const DlDateSpan *other)
{
  g_return_val_if_fail (self != NULL && other != NULL, FALSE);
  return self->start < other->end && other->start < self->end;
}

DlDateSpan *
dl_date_span_with_certainty (DlDateSpan  *self,
                             DlCertainty  certainty)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->certainty == certainty)
    return dl_date_span_ref (self);
  return dl_date_span_new (self->value, self->start, self->end, certainty);
}

static char *
format_day (gint64 t)
{
  int y, m, d;

  unix_to_ymd (t, &y, &m, &d);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

/**
 * dl_date_span_dup_first_day:
 *
 * Returns: (transfer full): the first calendar day covered, as `YYYY-MM-DD`
 */
char *
dl_date_span_dup_first_day (const DlDateSpan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return format_day (self->start);
}

/**
 * dl_date_span_dup_last_day:
 *
 * Returns: (transfer full): the last calendar day covered (inclusive)
 */
char *
dl_date_span_dup_last_day (const DlDateSpan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return format_day (self->end > self->start ? self->end - 1 : self->start);
}

static char *
format_with (gint64      t,
             const char *format)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);

  if (dt == NULL)
    return format_day (t);
  return g_date_time_format (dt, format);
}

/**
 * dl_date_span_format:
 *
 * Returns: (transfer full): a short human-readable label for the span,
 *   as precise as the span: "7 July 2017", "July 2017", "2017", "1990s"
 */
char *
dl_date_span_format (const DlDateSpan *self)
{
  gint64 length;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  int y, m, d, y2, m2, d2;

  g_return_val_if_fail (self != NULL, NULL);

  length = self->end - self->start;
  unix_to_ymd (self->start, &y, &m, &d);
  unix_to_ymd (self->end, &y2, &m2, &d2);

  if (length < SECONDS_PER_DAY)
    /* TRANSLATORS: a date with time, see g_date_time_format() */
    return format_with (self->start, _("%-d %B %Y, %H:%M"));
  if (length == SECONDS_PER_DAY)
    /* TRANSLATORS: a full date, see g_date_time_format() */
    return format_with (self->start, _("%-d %B %Y"));
  if (d == 1 && d2 == 1 && m2 == m % 12 + 1)
    /* TRANSLATORS: a month and year, see g_date_time_format() */
    return format_with (self->start, _("%B %Y"));
  if (d == 1 && m == 1 && d2 == 1 && m2 == 1 && y2 == y + 1)
    return g_strdup_printf ("%d", y);
  if (d == 1 && m == 1 && d2 == 1 && m2 == 1 && y2 == y + 10 && y % 10 == 0)
    /* TRANSLATORS: a decade, like "1990s" */
    return g_strdup_printf (_("%ds"), y);

  first = format_with (self->start, _("%-d %B %Y"));
  last = format_with (self->end - 1, _("%-d %B %Y"));
  /* TRANSLATORS: a range of dates, "first – last" */
  return g_strdup_printf (_("%s – %s"), first, last);
}

int
dl_date_span_compare (const DlDateSpan *a,
                      const DlDateSpan *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  return 0;
}

const char *
dl_certainty_to_string (DlCertainty certainty)
{
  switch (certainty)
    {
    case DL_CERTAINTY_STATED:
      return "stated";
    case DL_CERTAINTY_RELATIVE:
      return "relative";
    case DL_CERTAINTY_INFERRED:
      return "inferred";
    case DL_CERTAINTY_UNKNOWN:
    default:
      return "unknown";
    }
}

const char *
dl_certainty_to_label (DlCertainty certainty)
{
  switch (certainty)
    {
    case DL_CERTAINTY_STATED:
      return _("Date stated in the text");
    case DL_CERTAINTY_RELATIVE:
      return _("Date resolved from the article date");
    case DL_CERTAINTY_INFERRED:
      return _("Date inferred");
    case DL_CERTAINTY_UNKNOWN:
    default:
      return _("Date unknown");
    }
}
