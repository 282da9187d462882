/* dl-timex-named.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dl-timex-private.h"

/* Named days ("Christmas", "New Year's Eve", "Thanksgiving") and parts
 * of a period ("the end of the year", "the start of next month"). */

typedef enum
{
  FIXED,
  NTH_WEEKDAY,              /* the @day-th @weekday of @month, -1 the last */
  ELECTION,                 /* the Tuesday after the first Monday of November */
  EASTER,                   /* @day days from Easter Sunday */
} HolidayRule;

typedef struct
{
  const char *first;
  const char *second;       /* NULL: one word; "" : second word optional */
  HolidayRule rule;
  int month;
  int day;
  int weekday;              /* for NTH_WEEKDAY, 1 (Monday) to 7 */
} Holiday;

/* Longer names first: "Easter Monday" before "Easter" */
static const Holiday holidays[] = {
  { "christmas", "eve", FIXED, 12, 24 },
  { "christmas", "", FIXED, 12, 25 },
  { "boxing", "day", FIXED, 12, 26 },
  { "halloween", NULL, FIXED, 10, 31 },
  { "thanksgiving", "", NTH_WEEKDAY, 11, 4, 4 },
  { "good", "friday", EASTER, 4, -2 },
  { "easter", "sunday", EASTER, 4, 0 },
  { "easter", "monday", EASTER, 4, 1 },
  { "easter", "", EASTER, 4, 0 },
  { "independence", "day", FIXED, 7, 4 },
  { "valentine", "day", FIXED, 2, 14 },
  { "bastille", "day", FIXED, 7, 14 },
  { "veterans", "day", FIXED, 11, 11 },
  { "armistice", "day", FIXED, 11, 11 },
  { "remembrance", "day", FIXED, 11, 11 },
  { "labor", "day", NTH_WEEKDAY, 9, 1, 1 },
  { "memorial", "day", NTH_WEEKDAY, 5, -1, 1 },
  { "mother", "day", NTH_WEEKDAY, 5, 2, 7 },
  { "father", "day", NTH_WEEKDAY, 6, 3, 7 },
  { "election", "day", ELECTION, 11, 0 },
};

static void
easter_of (int  year,
           int *month,
           int *day)
{
  /* Anonymous Gregorian algorithm */
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;

  *month = (h + l - 7 * m + 114) / 31;
  *day = (h + l - 7 * m + 114) % 31 + 1;
}

/* The day of the @nth @weekday of @month, -1 for the last */
static int
nth_weekday (int year,
             int month,
             int weekday,
             int nth)
{
  DlTxDate first = { year, month, 1 };
  int day = 1 + (weekday - dl_tx_weekday_of (&first) + 7) % 7;

  if (nth > 0)
    return day + 7 * (nth - 1);
  while (g_date_valid_dmy (day + 7, month, year))
    day += 7;
  return day;
}

static void
day_of (const Holiday *holiday,
        int            year,
        int           *month,
        int           *day)
{
  DlTxDate date;

  *month = holiday->month;
  *day = holiday->day;
  switch (holiday->rule)
    {
    case NTH_WEEKDAY:
      *day = nth_weekday (year, holiday->month, holiday->weekday, holiday->day);
      break;
    case ELECTION:
      *day = nth_weekday (year, 11, 1, 1) + 1;
      break;
    case EASTER:
      easter_of (year, month, day);
      date = (DlTxDate) { year, *month, *day };
      dl_tx_shift (&date, DL_TX_UNIT_DAY, holiday->day);
      *month = date.month;
      *day = date.day;
      break;
    case FIXED:
    default:
      break;
    }
}

/* The words of a holiday name at @i; returns the end or 0 */
static guint
holiday_at (DlTxScanner   *sc,
            guint          i,
            const Holiday *holiday)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  if (tok == NULL || !tok->capitalized || !dl_tx_is (sc, i, holiday->first))
    return 0;
  if (holiday->second == NULL)
    return i + 1;
  /* "Valentine's Day", "Mother's Day", "Veterans' Day" */
  if ((dl_tx_is_punct (sc, i + 1, '\'') || dl_tx_is (sc, i + 1, "\xe2\x80\x99")) && dl_tx_attached (sc, i + 1))
    i += dl_tx_is (sc, i + 2, "s") && dl_tx_attached (sc, i + 2) ? 2 : 1;
  if (dl_tx_is (sc, i + 1, holiday->second[0] ? holiday->second : "day")
      && dl_tx_tok (sc, i + 1)->capitalized)
    return i + 2;
  return holiday->second[0] ? 0 : i + 1;
}

/* "New Year's Day", "New Year's Eve" */
static guint
new_year_at (DlTxScanner *sc,
             guint        i,
             int         *month,
             int         *day)
{
  guint j = i + 2;

  if (!dl_tx_is (sc, i, "new") || !dl_tx_is (sc, i + 1, "year") || !dl_tx_tok (sc, i + 1)->capitalized)
    return 0;
  if (dl_tx_attached (sc, j) && dl_tx_is (sc, j + 1, "s"))
    j += 2;
  *month = 1;
  *day = 1;
  if (dl_tx_is (sc, j, "eve"))
    {
      *month = 12;
      *day = 31;
    }
  else if (!dl_tx_is (sc, j, "day"))
    return 0;
  return j + 1;
}

/* "last Christmas", "next Easter", "this Thanksgiving": the tense the
 * word before a holiday gives it */
static DlTxTense
holiday_tense (const DlTxScanner *sc,
               guint              i,
               guint              first,
               guint              end)
{
  if (first < i && dl_tx_is (sc, first, "last"))
    return DL_TX_TENSE_PAST;
  if (first < i && dl_tx_is (sc, first, "next"))
    return DL_TX_TENSE_FUTURE;
  if (first < i)
    return DL_TX_TENSE_PRESENT;
  return dl_tx_tense_near (sc, i, end);
}

static gboolean
match_holiday (DlTxScanner *sc,
               guint        first,
               DlTxMatch   *m)
{
  static const char *const directions[] = { "last", "next", "this", NULL };
  const Holiday *holiday = NULL;
  guint i = dl_tx_is_any (sc, first, directions) ? first + 1 : first;
  int month = 0, day = 0, year;
  guint end, k;

  /* Every holiday's name starts with a capital */
  if (dl_tx_tok (sc, i) == NULL || !dl_tx_tok (sc, i)->capitalized)
    return FALSE;
  end = new_year_at (sc, i, &month, &day);
  for (k = 0; k < G_N_ELEMENTS (holidays) && end == 0; k++)
    if ((end = holiday_at (sc, i, &holidays[k])) > 0)
      holiday = &holidays[k];
  if (end == 0)
    return FALSE;
  if (dl_tx_is_punct (sc, end, ',') && dl_tx_year_at (sc, end + 1) > 0)
    end++;
  if ((year = dl_tx_year_at (sc, end)) > 0 && first == i)
    end++;
  else if (year > 0)
    return FALSE;
  else
    year = dl_tx_pick_year (sc, holiday != NULL ? holiday->month : month, 0, holiday_tense (sc, i, first, end));
  if (holiday != NULL)
    day_of (holiday, year > 0 ? year : 2000, &month, &day);
  if (year == 0)
    dl_tx_set_match (m, end, DL_TIMEX_DATE, g_strdup_printf ("XXXX-%02d-%02d", month, day), FALSE);
  else
    {
      m->date = (DlTxDate) { year, month, day };
      dl_tx_set_match (m, end, DL_TIMEX_DATE, dl_tx_format_date (&m->date), !dl_tx_year_at (sc, end - 1));
      m->moves_ref = TRUE;
    }
  return TRUE;
}

/* "the end of the year", "the beginning of next month", "the middle of
 * July": the value of the period itself */
static gboolean
match_part_of (DlTxScanner *sc,
               guint        i,
               DlTxMatch   *m)
{
  static const char *const parts[] = {
    "end", "beginning", "start", "middle", "rest", "remainder", "turn", NULL
  };
  static const char *const determiners[] = { "the", "this", "that", NULL };
  guint j = dl_tx_is (sc, i, "the") ? i + 1 : i;
  gboolean plural;
  DlTxUnit unit;

  if (!dl_tx_is_any (sc, j, parts) || !dl_tx_is (sc, j + 1, "of"))
    return FALSE;
  j += 2;
  unit = dl_tx_unit_at (sc, j + 1, &plural);
  if (dl_tx_is_any (sc, j, determiners) && unit >= DL_TX_UNIT_WEEK && !plural)
    {
      dl_tx_resolve_unit (sc, m, j + 2, dl_tx_is (sc, j, "that"), unit, 0);
      m->moves_ref = FALSE;
      return TRUE;
    }
  if (!dl_tx_match_any (sc, j, m) || m->type == DL_TIMEX_DURATION || m->type == DL_TIMEX_SET)
    {
      g_clear_pointer (&m->value, g_free);
      return FALSE;
    }
  return TRUE;
}

/* "the first week of March", "the last week of June 2017": the ISO week
 * that holds that stretch of the month */
static gboolean
match_week_of (DlTxScanner *sc,
               guint        i,
               DlTxMatch   *m)
{
  guint j = dl_tx_is (sc, i, "the") ? i + 1 : i;
  int nth, year, month;
  DlTxDate date;
  char tail;

  if (!dl_tx_is (sc, j + 1, "week") || !dl_tx_is (sc, j + 2, "of"))
    return FALSE;
  nth = dl_tx_is (sc, j, "last") || dl_tx_is (sc, j, "final") ? -1 : dl_tx_small_ordinal_at (sc, j);
  if (nth == 0)
    return FALSE;
  if (!dl_tx_match_any (sc, j + 3, m) || m->type != DL_TIMEX_DATE
      || sscanf (m->value, "%4d-%2d%c", &year, &month, &tail) != 2)
    {
      g_clear_pointer (&m->value, g_free);
      return FALSE;
    }
  date = (DlTxDate) { year, month, nth > 0 ? 7 * nth - 6 : g_date_get_days_in_month (month, year) };
  dl_tx_set_match (m, m->end, DL_TIMEX_DATE, dl_tx_format_unit (&date, DL_TX_UNIT_WEEK), m->anchored);
  m->moves_ref = FALSE;
  return TRUE;
}

/* "the first half of 1989", "the second half of this year", "the
 * first half of the year" */
static gboolean
match_half (DlTxScanner *sc,
            guint        i,
            DlTxMatch   *m)
{
  guint j = dl_tx_is (sc, i, "the") ? i + 1 : i;
  int half;
  int year;

  if (dl_tx_is (sc, j, "first"))
    half = 1;
  else if (dl_tx_is (sc, j, "second") || dl_tx_is (sc, j, "last") || dl_tx_is (sc, j, "latter"))
    half = 2;
  else
    return FALSE;
  if (!dl_tx_is (sc, j + 1, "half") || !dl_tx_is (sc, j + 2, "of"))
    return FALSE;
  /* "the second half of the year": the year the text is in */
  if (dl_tx_is (sc, j + 3, "the") && dl_tx_is (sc, j + 4, "year"))
    dl_tx_resolve_unit (sc, m, j + 5, TRUE, DL_TX_UNIT_YEAR, 0);
  else if (!dl_tx_match_any (sc, j + 3, m))
    return FALSE;
  if (m->type != DL_TIMEX_DATE || sscanf (m->value, "%4d", &year) != 1 || strlen (m->value) != 4)
    {
      g_clear_pointer (&m->value, g_free);
      return FALSE;
    }
  dl_tx_set_match (m, m->end, DL_TIMEX_DATE, g_strdup_printf ("%04d-H%d", year, half), m->anchored);
  m->moves_ref = FALSE;
  return TRUE;
}

static const char *const day_parts[] = {
  "morning", "afternoon", "evening", "night", NULL
};

static const char *const day_part_codes[] = { "MO", "AF", "EV", "NI" };

/* "the morning of 7 December 1941", "the night of 9 November 1938": the
 * part of the day named after it. News writes "the morning of Aug. 7"
 * and means the date, which is left to the date rules. */
static gboolean
match_part_of_day (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  guint j = dl_tx_is (sc, i, "the") ? i + 1 : i;
  char *value;
  int part;

  for (part = 0; day_parts[part] != NULL; part++)
    if (dl_tx_is (sc, j, day_parts[part]))
      break;
  if (day_parts[part] == NULL || !dl_tx_is (sc, j + 1, "of") || !dl_tx_match_day (sc, j + 2, m))
    return FALSE;
  if (m->type != DL_TIMEX_DATE || strlen (m->value) != 10 || m->anchored)
    {
      g_clear_pointer (&m->value, g_free);
      return FALSE;
    }
  value = g_strdup_printf ("%sT%s", m->value, day_part_codes[part]);
  dl_tx_set_match (m, m->end, DL_TIMEX_TIME, value, FALSE);
  return TRUE;
}

gboolean
dl_tx_match_named (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  if (dl_tx_tok (sc, i)->kind != DL_TX_WORD)
    return FALSE;
  return match_holiday (sc, i, m) || match_part_of (sc, i, m) || match_half (sc, i, m)
         || match_week_of (sc, i, m) || match_part_of_day (sc, i, m);
}
