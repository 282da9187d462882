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
  THANKSGIVING,             /* fourth Thursday of November */
  EASTER,
} HolidayRule;

typedef struct
{
  const char *first;
  const char *second;       /* NULL: one word; "" : second word optional */
  HolidayRule rule;
  int month;
  int day;
} Holiday;

static const Holiday holidays[] = {
  { "christmas", "eve", FIXED, 12, 24 },
  { "christmas", "", FIXED, 12, 25 },
  { "boxing", "day", FIXED, 12, 26 },
  { "halloween", NULL, FIXED, 10, 31 },
  { "thanksgiving", "", THANKSGIVING, 11, 0 },
  { "easter", "", EASTER, 4, 0 },
  { "independence", "day", FIXED, 7, 4 },
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

static void
day_of (const Holiday *holiday,
        int            year,
        int           *month,
        int           *day)
{
  *month = holiday->month;
  *day = holiday->day;
  if (holiday->rule == THANKSGIVING)
    {
      DlTxDate first = { year, 11, 1 };

      *day = 1 + (4 - dl_tx_weekday_of (&first) + 7) % 7 + 21;
    }
  else if (holiday->rule == EASTER)
    easter_of (year, month, day);
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

static gboolean
match_holiday (DlTxScanner *sc,
               guint        i,
               DlTxMatch   *m)
{
  const Holiday *holiday = NULL;
  int month = 0, day = 0, year;
  guint end = new_year_at (sc, i, &month, &day);
  guint k;

  for (k = 0; k < G_N_ELEMENTS (holidays) && end == 0; k++)
    if ((end = holiday_at (sc, i, &holidays[k])) > 0)
      holiday = &holidays[k];
  if (end == 0)
    return FALSE;
  if (dl_tx_is_punct (sc, end, ',') && dl_tx_year_at (sc, end + 1) > 0)
    end++;
  if ((year = dl_tx_year_at (sc, end)) > 0)
    end++;
  else
    year = dl_tx_pick_year (sc, holiday != NULL ? holiday->month : month, 0,
                            dl_tx_tense_near (sc, i, end));
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

/* "the first half of 1989", "the second half of this year" */
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
  if (!dl_tx_match_any (sc, j + 3, m) || m->type != DL_TIMEX_DATE
      || sscanf (m->value, "%4d", &year) != 1 || strlen (m->value) != 4)
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
         || match_part_of_day (sc, i, m);
}
