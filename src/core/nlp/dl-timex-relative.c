/* dl-timex-relative.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-timex-private.h"

/* Expressions that need an anchor: "yesterday", "next week", "two years
 * ago", "on Friday", "two days later", and the vague "now", "recently",
 * "the future". */

static const char *const parts_of_day[] = {
  "morning", "afternoon", "evening", "night", NULL
};

static const char *const part_codes[] = { "MO", "AF", "EV", "NI" };

static int
index_of (const DlTxScanner *sc,
          guint              i,
          const char *const *words)
{
  int k;

  for (k = 0; words[k] != NULL; k++)
    if (dl_tx_is (sc, i, words[k]))
      return k;
  return -1;
}

/* A day anchored to the document date, with an optional part of day */
static gboolean
resolve_day (DlTxScanner *sc,
             guint        end,
             int          offset,
             int          part,
             DlTxMatch   *m)
{
  dl_tx_resolve_unit (sc, m, end, FALSE, DL_TX_UNIT_DAY, offset);
  if (part >= 0)
    {
      char *value = g_strdup_printf ("%sT%s", m->value, part_codes[part]);

      dl_tx_set_match (m, end, DL_TIMEX_TIME, value, m->anchored);
    }
  return TRUE;
}

/* today, tonight, yesterday (morning), tomorrow, this morning, last night */
static gboolean
match_day_word (DlTxScanner *sc,
                guint        i,
                DlTxMatch   *m)
{
  int part = index_of (sc, i + 1, parts_of_day);
  guint end = part >= 0 ? i + 2 : i + 1;

  if (dl_tx_is (sc, i, "today"))
    return resolve_day (sc, i + 1, 0, -1, m);
  if (dl_tx_is (sc, i, "tonight"))
    return resolve_day (sc, i + 1, 0, 3, m);
  if (dl_tx_is (sc, i, "yesterday"))
    return resolve_day (sc, end, -1, part, m);
  if (dl_tx_is (sc, i, "tomorrow"))
    return resolve_day (sc, end, 1, part, m);
  if (dl_tx_is (sc, i, "this") && part >= 0 && part < 3)
    return resolve_day (sc, end, 0, part, m);
  if (dl_tx_is (sc, i, "last") && part == 3)
    return resolve_day (sc, end, -1, part, m);
  return FALSE;
}

static gboolean
set_ref (DlTxMatch  *m,
         guint       end,
         const char *value)
{
  dl_tx_set_match (m, end, DL_TIMEX_DATE, g_strdup (value), FALSE);
  return TRUE;
}

/* "a high for the year", "the first nine months of the year": company
 * reports speak of the year of their date. Histories, which write many
 * years out, mean the year they tell of. */
static gboolean
match_report_year (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  static const char *const after[] = {
    "before", "after", "earlier", "later", "ago", "ended", "ending", "of", "to", "in", NULL
  };

  if (!dl_tx_is (sc, i + 1, "year") || i == 0 || !sc->has_dct || sc->n_far_years >= 3
      || dl_tx_tok (sc, i + 1)->capitalized || !(dl_tx_is (sc, i - 1, "for") || dl_tx_is (sc, i - 1, "of"))
      || dl_tx_is_any (sc, i + 2, after) || (dl_tx_is_punct (sc, i + 2, '-') && dl_tx_attached (sc, i + 2)))
    return FALSE;
  dl_tx_resolve_unit (sc, m, i + 2, FALSE, DL_TX_UNIT_YEAR, 0);
  m->moves_ref = FALSE;
  return TRUE;
}

/* now, currently, recently, the past, the (near) future, recent years */
static gboolean
match_ref_word (DlTxScanner *sc,
                guint        i,
                DlTxMatch   *m)
{
  static const char *const present[] = { "now", "currently", "nowadays", NULL };
  static const char *const past[] = { "recently", "lately", NULL };
  static const char *const modals[] = {
    "will", "would", "could", "may", "might", "can", "shall", "should", "to", NULL
  };
  gboolean plural;
  DlTxUnit unit;
  guint end;
  int n;

  if (dl_tx_is_any (sc, i, present))
    {
      /* "now" in "now that", "just now" still means the present */
      return set_ref (m, i + 1, "PRESENT_REF");
    }
  if (dl_tx_is_any (sc, i, past))
    return set_ref (m, i + 1, "PAST_REF");
  /* "in recent years" is the past at large; "in recent weeks" a stretch
   * of the past of unknown length, a duration as TimeBank writes it */
  if (dl_tx_is (sc, i, "recent") && (unit = dl_tx_unit_at (sc, i + 1, &plural)) >= DL_TX_UNIT_DAY && plural)
    {
      if (unit >= DL_TX_UNIT_YEAR)
        return set_ref (m, i + 2, "PAST_REF");
      dl_tx_set_match (m, i + 2, DL_TIMEX_DURATION, dl_tx_format_duration (unit, -1), FALSE);
      return TRUE;
    }
  /* "Islam will one day be...", "hopes to one day lead": some day to
   * come, not a day's length */
  if (dl_tx_is (sc, i, "one") && dl_tx_is (sc, i + 1, "day") && i > 0 && dl_tx_is_any (sc, i - 1, modals))
    return set_ref (m, i + 2, "FUTURE_REF");
  if ((dl_tx_is (sc, i, "these") && dl_tx_is (sc, i + 1, "days"))
      || (dl_tx_is (sc, i, "at") && dl_tx_is (sc, i + 1, "present")))
    return set_ref (m, i + 2, "PRESENT_REF");
  if (!dl_tx_is (sc, i, "the"))
    return FALSE;
  if (dl_tx_is (sc, i + 1, "past") && dl_tx_unit_at (sc, i + 2, &plural) == DL_TX_UNIT_NONE
      && !dl_tx_number_at (sc, i + 2, &n, &end))
    return set_ref (m, i + 2, "PAST_REF");
  if (dl_tx_is (sc, i + 1, "future"))
    return set_ref (m, i + 2, "FUTURE_REF");
  if (dl_tx_is (sc, i + 1, "near") && dl_tx_is (sc, i + 2, "future"))
    return set_ref (m, i + 3, "FUTURE_REF");
  return match_report_year (sc, i, m);
}

static int
direction_of (const DlTxScanner *sc,
              guint              i)
{
  if (dl_tx_is (sc, i, "this"))
    return 0;
  if (dl_tx_is (sc, i, "next") || dl_tx_is (sc, i, "coming"))
    return 1;
  if (dl_tx_is (sc, i, "last") || dl_tx_is (sc, i, "previous"))
    return -1;
  return G_MININT;
}

/* "last summer", "this spring" */
static gboolean
match_season (DlTxScanner *sc,
              guint        j,
              int          dir,
              gboolean     nearest,
              DlTxMatch   *m)
{
  /* The month each season of dl_tx_season_codes starts in */
  static const int starts[] = { 3, 6, 9, 9, 12 };
  int k = dl_tx_season_at (sc, j);
  DlTxDate date;

  if (k < 0)
    return FALSE;
  if (!dl_tx_deictic_anchor (sc, &date))
    {
      dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("XXXX-%s", dl_tx_season_codes[k]), FALSE);
      return TRUE;
    }
  /* "last spring" is the spring of the year before, as TimeBank reads
   * it, but "this past spring" the latest one, and "this coming fall"
   * the next */
  if (nearest && dir < 0)
    dir = starts[k] < date.month ? 0 : -1;
  else if (nearest && dir > 0)
    dir = starts[k] > date.month ? 0 : 1;
  dl_tx_set_match (m, j + 1, DL_TIMEX_DATE,
                   g_strdup_printf ("%04d-%s", date.year + dir, dl_tx_season_codes[k]), TRUE);
  return TRUE;
}

/* "last July", "next March": the nearest one before or after the
 * document's month, but for the month just ended, which its own writer
 * would call "last month": "last February", written on March 1, is the
 * February of a year before */
static gboolean
match_named_month (DlTxScanner *sc,
                   guint        j,
                   int          dir,
                   DlTxMatch   *m)
{
  guint end;
  int month = dl_tx_month_at (sc, j, &end);
  DlTxDate date;

  if (month == 0 || end != j + 1 || !dl_tx_deictic_anchor (sc, &date))
    return FALSE;
  if (dir < 0 && month >= date.month - 1)
    date.year--;
  else if (dir > 0 && month <= date.month)
    date.year++;
  dl_tx_set_match (m, end, DL_TIMEX_DATE, g_strdup_printf ("%04d-%02d", date.year, month), TRUE);
  return TRUE;
}

/* "this week", "next year", "last month", "earlier this year",
 * "this weekend", "last summer" */
static gboolean
match_this_next_last (DlTxScanner *sc,
                      guint        i,
                      DlTxMatch   *m)
{
  static const char *const shifts[] = { "earlier", "later", "early", "late", NULL };
  guint j = dl_tx_is_any (sc, i, shifts) ? i + 1 : i;
  int dir = direction_of (sc, j);
  gboolean nearest = FALSE;
  gboolean plural;
  DlTxUnit unit;

  /* "the current year", as "this year" */
  if (dir == G_MININT && dl_tx_is (sc, j, "the") && dl_tx_is (sc, j + 1, "current"))
    {
      dir = 0;
      j++;
    }
  if (dir == G_MININT)
    return FALSE;
  /* "this past weekend", "this coming spring" */
  if (dl_tx_is (sc, j, "this") && (dl_tx_is (sc, j + 1, "past") || dl_tx_is (sc, j + 1, "coming")))
    {
      dir = dl_tx_is (sc, ++j, "past") ? -1 : 1;
      nearest = TRUE;
    }
  j++;
  if (dl_tx_is (sc, j, "weekend"))
    {
      dl_tx_resolve_unit (sc, m, j + 1, FALSE, DL_TX_UNIT_WEEK, dir);
      if (m->anchored)
        {
          char *value = g_strdup_printf ("%s-WE", m->value);

          dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, value, TRUE);
        }
      return TRUE;
    }
  if (match_season (sc, j, dir, nearest, m) || match_named_month (sc, j, dir, m))
    return TRUE;
  /* "this fiscal year": the calendar's, as no company's year is known */
  if (dl_tx_is (sc, j, "fiscal") && dl_tx_unit_at (sc, j + 1, &plural) >= DL_TX_UNIT_QUARTER)
    j++;
  unit = dl_tx_unit_at (sc, j, &plural);
  if (unit < DL_TX_UNIT_WEEK || plural)
    return FALSE;
  dl_tx_resolve_unit (sc, m, j + 1, FALSE, unit, dir);
  m->moves_ref = FALSE;
  return TRUE;
}

/* "year-end", "by year end", "at year's end": the end of the year the
 * text is in, as TimeBank writes them */
static gboolean
match_year_end (DlTxScanner *sc,
                guint        i,
                DlTxMatch   *m)
{
  guint j = i + 1;
  gboolean hyphened = FALSE;
  DlTxDate date;

  if (!dl_tx_is (sc, i, "year"))
    return FALSE;
  if (dl_tx_is_punct (sc, j, '-') && dl_tx_attached (sc, j) && dl_tx_attached (sc, j + 1))
    {
      j++;
      hyphened = TRUE;
    }
  else if (dl_tx_is_punct (sc, j, '\'') && dl_tx_is (sc, j + 1, "s"))
    j += 2;
  if (!dl_tx_is (sc, j, "end"))
    return FALSE;
  /* "by year-end" is the last day of the year, as a closing date; "since
   * year-end" the last one past */
  if (hyphened && dl_tx_deictic_anchor (sc, &date) && date.year > 0)
    {
      if (i > 0 && dl_tx_is (sc, i - 1, "since"))
        date.year--;
      date.month = 12;
      date.day = 31;
      dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, dl_tx_format_date (&date), TRUE);
      return TRUE;
    }
  dl_tx_resolve_unit (sc, m, j + 1, FALSE, DL_TX_UNIT_YEAR, 0);
  m->moves_ref = FALSE;
  m->mod = "END";
  return TRUE;
}

/* "the weekend", "over the weekend": the one before the document date in
 * a past context, the coming one otherwise */
static gboolean
match_the_weekend (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  DlTxDate date;
  int weekday;
  char *value;

  if (!dl_tx_is (sc, i, "the") || !dl_tx_is (sc, i + 1, "weekend"))
    return FALSE;
  if (!dl_tx_deictic_anchor (sc, &date) || date.day == 0)
    {
      dl_tx_set_match (m, i + 2, DL_TIMEX_DATE, g_strdup ("XXXX-WXX-WE"), FALSE);
      return TRUE;
    }
  weekday = dl_tx_weekday_of (&date);
  if (dl_tx_tense_near (sc, i, i + 2) == DL_TX_TENSE_PAST && weekday < 6)
    dl_tx_shift (&date, DL_TX_UNIT_DAY, -7);
  else if (dl_tx_tense_near (sc, i, i + 2) == DL_TX_TENSE_FUTURE && weekday >= 6)
    dl_tx_shift (&date, DL_TX_UNIT_DAY, 7);
  value = dl_tx_format_unit (&date, DL_TX_UNIT_WEEK);
  dl_tx_set_match (m, i + 2, DL_TIMEX_DATE, g_strdup_printf ("%s-WE", value), TRUE);
  g_free (value);
  return TRUE;
}

/* "the next morning", "that afternoon", "the following night" */
static gboolean
match_anaphoric_part (DlTxScanner *sc,
                      guint        i,
                      guint        j,
                      int          dir,
                      DlTxMatch   *m)
{
  int part = index_of (sc, j, parts_of_day);
  char *value;

  if (part < 0)
    return FALSE;
  dl_tx_resolve_unit (sc, m, j + 1, TRUE, DL_TX_UNIT_DAY, dir);
  value = g_strdup_printf ("%sT%s", m->value, part_codes[part]);
  dl_tx_set_match (m, j + 1, DL_TIMEX_TIME, value, m->anchored);
  return TRUE;
}

/* "day before", "year after": a day, week, month or year counted from
 * the one the text last named */
static gboolean
is_before_or_after (const DlTxScanner *sc,
                    guint              j)
{
  static const char *const units[] = { "day", "week", "month", "year", NULL };

  const DlTxToken *next = dl_tx_tok (sc, j + 2);

  /* "the day after the election" counts from an event, not a date */
  return dl_tx_is_any (sc, j, units) && (dl_tx_is (sc, j + 1, "before") || dl_tx_is (sc, j + 1, "after"))
         && (next == NULL || next->kind == DL_TX_PUNCT);
}

/* "later in the day", "earlier in the year", "late in the evening": the
 * day, year or part of the day the text has reached. A bare "in the
 * morning" is as often any morning, and stays untagged. */
static gboolean
is_within_reference (const DlTxScanner *sc,
                     guint              i)
{
  static const char *const edges[] = { "later", "earlier", "late", "early", NULL };

  return i >= 2 && (dl_tx_is (sc, i - 1, "in") || dl_tx_is (sc, i - 1, "during"))
         && dl_tx_is_any (sc, i - 2, edges);
}

/* "the same month last year", "the same day a year earlier": the month
 * or day the text last named (@unit at @j), a year before */
static gboolean
match_same_a_year_before (DlTxScanner *sc,
                          guint        j,
                          DlTxUnit     unit,
                          DlTxMatch   *m)
{
  guint end;
  DlTxDate date;

  if (unit != DL_TX_UNIT_DAY && unit != DL_TX_UNIT_MONTH)
    return FALSE;
  if (dl_tx_is (sc, j + 1, "last") && dl_tx_is (sc, j + 2, "year"))
    end = j + 3;
  else if (dl_tx_is (sc, j + 1, "a") && dl_tx_is (sc, j + 2, "year")
           && (dl_tx_is (sc, j + 3, "ago") || dl_tx_is (sc, j + 3, "earlier")))
    end = j + 4;
  else
    return FALSE;
  if (!dl_tx_unit_anchor (sc, TRUE, unit, &date))
    {
      dl_tx_resolve_unit (sc, m, end, TRUE, unit, 0);
      return TRUE;
    }
  dl_tx_shift (&date, DL_TX_UNIT_YEAR, -1);
  dl_tx_set_match (m, end, DL_TIMEX_DATE, dl_tx_format_unit (&date, unit), TRUE);
  return TRUE;
}

/* "the next day", "the following week", "the previous year", "that day",
 * "the same day", "the day before", "the year after", "later in the day" */
static gboolean
match_anaphoric (DlTxScanner *sc,
                 guint        i,
                 DlTxMatch   *m)
{
  static const char *const forward[] = { "next", "following", NULL };
  static const char *const backward[] = { "previous", "preceding", "prior", NULL };
  guint j = i + 1;
  int dir = 0;
  gboolean plural;
  gboolean within = FALSE;
  DlTxUnit unit;

  if (dl_tx_is (sc, i, "the"))
    {
      if (dl_tx_is_any (sc, j, forward))
        {
          dir = 1;
          j++;
        }
      else if (dl_tx_is_any (sc, j, backward))
        {
          dir = -1;
          j++;
        }
      else if (dl_tx_is (sc, j, "same"))
        j++;
      else if (is_within_reference (sc, i))
        within = TRUE;
      else if (!is_before_or_after (sc, j))
        return FALSE;
    }
  else if (!dl_tx_is (sc, i, "that"))
    return FALSE;
  if (dl_tx_is (sc, j, "same"))
    j++;
  if ((dir != 0 || within || dl_tx_is (sc, i, "that") || dl_tx_is (sc, j - 1, "same"))
      && match_anaphoric_part (sc, i, j, dir, m))
    return TRUE;
  unit = dl_tx_unit_at (sc, j, &plural);
  if (unit < DL_TX_UNIT_DAY || plural)
    return FALSE;
  if (dir == 0 && dl_tx_is (sc, i, "the") && dl_tx_is (sc, j - 1, "the") && is_before_or_after (sc, j))
    {
      dir = dl_tx_is (sc, j + 1, "before") ? -1 : 1;
      j++;
    }
  else if (dir == 0 && dl_tx_is (sc, i, "that") && unit != DL_TX_UNIT_DAY && unit != DL_TX_UNIT_YEAR)
    return FALSE;
  if (dl_tx_is (sc, j - 1, "same") && unit < DL_TX_UNIT_YEAR && match_same_a_year_before (sc, j, unit, m))
    return TRUE;
  dl_tx_resolve_unit (sc, m, j + 1, TRUE, unit, dir);
  return TRUE;
}

/* "two years ago", "three days later", "a week earlier", "days later",
 * "two weeks from now" */
static gboolean
match_ago (DlTxScanner *sc,
           guint        i,
           DlTxMatch   *m)
{
  guint j = i;
  int n = -1;
  int sign;
  gboolean plural;
  DlTxUnit unit;

  if (!dl_tx_number_at (sc, i, &n, &j))
    {
      n = -1;
      j = i;
    }
  unit = dl_tx_unit_at (sc, j, &plural);
  if (unit == DL_TX_UNIT_NONE || (j == i && !plural))
    return FALSE;
  /* "a year and a half ago": counted in the unit below */
  if (n > 0 && (unit == DL_TX_UNIT_YEAR || unit == DL_TX_UNIT_MONTH) && dl_tx_is (sc, j + 1, "and")
      && dl_tx_is (sc, j + 2, "a") && dl_tx_is (sc, j + 3, "half") && dl_tx_is (sc, j + 4, "ago"))
    {
      n = unit == DL_TX_UNIT_YEAR ? 12 * n + 6 : 30 * n + 15;
      unit = unit == DL_TX_UNIT_YEAR ? DL_TX_UNIT_MONTH : DL_TX_UNIT_DAY;
      j += 3;
    }
  /* "two weeks from now", "a year from today": "ago" looking forward */
  if (n > 0 && dl_tx_is (sc, j + 1, "from") && (dl_tx_is (sc, j + 2, "now") || dl_tx_is (sc, j + 2, "today")))
    {
      dl_tx_resolve_unit (sc, m, j + 3, FALSE, unit, n);
      return TRUE;
    }
  /* "a week or so ago": as vague, as far back */
  if (dl_tx_is (sc, j + 1, "or") && dl_tx_is (sc, j + 2, "so") && dl_tx_is (sc, j + 3, "ago"))
    j += 2;
  if (dl_tx_is (sc, j + 1, "ago") || dl_tx_is (sc, j + 1, "earlier") || dl_tx_is (sc, j + 1, "before"))
    sign = -1;
  else if (dl_tx_is (sc, j + 1, "later") || dl_tx_is (sc, j + 1, "after"))
    sign = 1;
  else
    return FALSE;
  /* "before"/"after" must end the phrase, not start a clause */
  if (!dl_tx_is (sc, j + 1, "ago") && !dl_tx_is (sc, j + 1, "earlier")
      && !dl_tx_is (sc, j + 1, "later") && dl_tx_tok (sc, j + 2) != NULL
      && dl_tx_tok (sc, j + 2)->kind != DL_TX_PUNCT)
    return FALSE;
  if (n < 0)
    {
      set_ref (m, j + 2, sign < 0 ? "PAST_REF" : "FUTURE_REF");
      return TRUE;
    }
  /* In an earnings report "a year earlier" is the same quarter */
  if (unit == DL_TX_UNIT_YEAR && sign < 0 && dl_tx_period_before (sc, j + 2, n, m))
    return TRUE;
  dl_tx_resolve_unit (sc, m, j + 2, !dl_tx_is (sc, j + 1, "ago"), unit, sign * n);
  return TRUE;
}

/* The count before a unit at @j, moving @j past it: "few" and
 * "several" are -1, a number its value; @n stays as it was without
 * one. FALSE for "a" ("the next a week" is no stretch of time). */
static gboolean
read_count (DlTxScanner *sc,
            guint       *j,
            int         *n)
{
  if (dl_tx_is (sc, *j, "few") || dl_tx_is (sc, *j, "several"))
    {
      *n = -1;
      (*j)++;
      return TRUE;
    }
  return !(dl_tx_number_at (sc, *j, n, j) && dl_tx_is (sc, *j - 1, "a"));
}

/* "the past decade", "the last two years", "the next three months":
 * stretches of time ending or starting now */
static gboolean
match_past_span (DlTxScanner *sc,
                 guint        i,
                 DlTxMatch   *m)
{
  static const char *const edges[] = {
    "past", "last", "next", "coming", "previous", "first", "following", NULL
  };
  guint j = i + 1;
  int n = 1;
  gboolean plural;
  DlTxUnit unit;

  if (!dl_tx_is (sc, i, "the") || !dl_tx_is_any (sc, j, edges))
    return FALSE;
  j++;
  if (!read_count (sc, &j, &n))
    return FALSE;
  unit = dl_tx_unit_at (sc, j, &plural);
  if (unit == DL_TX_UNIT_NONE)
    return FALSE;
  /* "the next day" is a date; "the next few days" a duration */
  if (unit == DL_TX_UNIT_DAY && !plural && j == i + 2)
    return FALSE;
  if (!plural && j == i + 2 && (dl_tx_is (sc, i + 1, "next") || dl_tx_is (sc, i + 1, "previous")
                                || dl_tx_is (sc, i + 1, "following")))
    return FALSE;
  if (plural && j == i + 2)
    n = -1;  /* "the last days" */
  /* "at the last minute" says late, not how long */
  if (!plural && j == i + 2 && unit <= DL_TX_UNIT_MINUTE && dl_tx_is (sc, i + 1, "last"))
    return FALSE;
  /* "the coming week" is next week */
  if (!plural && j == i + 2 && unit >= DL_TX_UNIT_WEEK && dl_tx_is (sc, i + 1, "coming"))
    {
      dl_tx_resolve_unit (sc, m, j + 1, FALSE, unit, 1);
      m->moves_ref = FALSE;
      return TRUE;
    }
  /* "the past year", "the last decade": the calendar year or decade
   * before this one, as "last year" is */
  if (!plural && j == i + 2 && unit >= DL_TX_UNIT_QUARTER
      && (dl_tx_is (sc, i + 1, "past") || dl_tx_is (sc, i + 1, "last")))
    {
      dl_tx_resolve_unit (sc, m, j + 1, FALSE, unit, -1);
      m->moves_ref = FALSE;
      return TRUE;
    }
  dl_tx_set_match (m, j + 1, DL_TIMEX_DURATION, dl_tx_format_duration (unit, n), FALSE);
  return TRUE;
}

/* "the weeks ahead", "the three months ahead", "the days to come": a
 * stretch of time starting now */
static gboolean
match_span_ahead (DlTxScanner *sc,
                  guint        i,
                  DlTxMatch   *m)
{
  guint j = i + 1, end;
  int n = -1;
  gboolean plural;
  DlTxUnit unit;

  if (!dl_tx_is (sc, i, "the") || !read_count (sc, &j, &n))
    return FALSE;
  unit = dl_tx_unit_at (sc, j, &plural);
  if (unit == DL_TX_UNIT_NONE || !plural)
    return FALSE;
  if (dl_tx_is (sc, j + 1, "ahead"))
    end = j + 2;
  else if (dl_tx_is (sc, j + 1, "to") && dl_tx_is (sc, j + 2, "come"))
    end = j + 3;
  else
    return FALSE;
  dl_tx_set_match (m, end, DL_TIMEX_DURATION, dl_tx_format_duration (unit, n), FALSE);
  return TRUE;
}

/* "in coming weeks", "over coming months": "the coming weeks" with
 * the article left out, as headlines and wire copy leave it */
static gboolean
match_coming_plural (DlTxScanner *sc,
                     guint        i,
                     DlTxMatch   *m)
{
  static const char *const before[] = { "in", "over", "during", "for", "within", NULL };
  gboolean plural;
  DlTxUnit unit;

  if (i == 0 || !dl_tx_is (sc, i, "coming") || !dl_tx_is_any (sc, i - 1, before))
    return FALSE;
  unit = dl_tx_unit_at (sc, i + 1, &plural);
  if (unit == DL_TX_UNIT_NONE || !plural)
    return FALSE;
  dl_tx_set_match (m, i + 2, DL_TIMEX_DURATION, dl_tx_format_duration (unit, -1), FALSE);
  return TRUE;
}

/* "by mid afternoon", "late evening", "later in the morning": a part of
 * the day the text has reached, when no day is named with it ("early
 * Tuesday morning", "the morning of July 7" are the dates') */
static gboolean
match_bare_part (DlTxScanner *sc,
                 guint        i,
                 DlTxMatch   *m)
{
  static const char *const edges[] = { "mid", "late", "early", NULL };
  static const char *const days[] = { "of", "yesterday", "today", "tomorrow", NULL };
  guint j = dl_tx_is_punct (sc, i + 1, '-') && dl_tx_attached (sc, i + 1) ? i + 2 : i + 1;
  const DlTxToken *next = dl_tx_tok (sc, j);
  gboolean plural;
  char *value;
  int part;

  /* The part of the day is a head word: a flag rules out most places */
  if (next == NULL || !next->head || (part = index_of (sc, j, parts_of_day)) < 0)
    return FALSE;
  if (j == i + 2 ? !dl_tx_is (sc, i, "mid")
      : !dl_tx_is_any (sc, i, edges) && !(dl_tx_is (sc, i, "the") && is_within_reference (sc, i)))
    return FALSE;
  if (dl_tx_is_any (sc, j + 1, days) || dl_tx_weekday_at (sc, j + 1, &plural) > 0)
    return FALSE;
  dl_tx_resolve_unit (sc, m, j + 1, TRUE, DL_TX_UNIT_DAY, 0);
  value = g_strdup_printf ("%sT%s", m->value, part_codes[part]);
  dl_tx_set_match (m, j + 1, DL_TIMEX_TIME, value, m->anchored);
  return TRUE;
}

/* "at dawn Tuesday", "before dawn on Sunday": the turns of the day, a
 * morning or an evening as TimeML codes them, of the day named after
 * them. Alone, "at dawn" stays untagged, as WikiWars has it. */
static gboolean
match_turn_of_day (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  static const struct { const char *word; const char *code; } turns[] = {
    { "dawn", "MO" }, { "daybreak", "MO" }, { "sunrise", "MO" },
    { "dusk", "EV" }, { "nightfall", "EV" }, { "sunset", "EV" },
  };
  static const char *const before[] = {
    "at", "before", "after", "by", "until", "till", "from", "since", NULL
  };
  DlTxMatch day = { 0 };
  guint j = dl_tx_is (sc, i + 1, "on") ? i + 2 : i + 1;
  char *value;
  guint k;

  if (i == 0 || !dl_tx_tok (sc, i)->head || !dl_tx_is_any (sc, i - 1, before))
    return FALSE;
  for (k = 0; k < G_N_ELEMENTS (turns) && !dl_tx_is (sc, i, turns[k].word); k++)
    ;
  if (k == G_N_ELEMENTS (turns))
    return FALSE;
  if (dl_tx_match_day (sc, j, &day) && day.type == DL_TIMEX_DATE && strlen (day.value) == 10)
    {
      value = g_strdup_printf ("%sT%s", day.value, turns[k].code);
      dl_tx_set_match (m, day.end, DL_TIMEX_TIME, value, day.anchored);
      m->moves_ref = day.moves_ref;
      m->date = day.date;
      g_free (day.value);
      return TRUE;
    }
  g_free (day.value);
  return FALSE;
}

gboolean
dl_tx_match_relative (DlTxScanner *sc,
                      guint        i,
                      DlTxMatch   *m)
{
  return match_day_word (sc, i, m)
         || match_the_weekend (sc, i, m)
         || match_span_ahead (sc, i, m)
         || match_past_span (sc, i, m)
         || match_coming_plural (sc, i, m)
         || match_year_end (sc, i, m)
         || match_bare_part (sc, i, m)
         || match_turn_of_day (sc, i, m)
         || match_ref_word (sc, i, m)
         || match_this_next_last (sc, i, m)
         || match_anaphoric (sc, i, m)
         || match_ago (sc, i, m);
}

/* The weekday nearest the anchor in the direction the tense points to */
static void
pick_weekday (DlTxDate *date,
              int       weekday,
              int       dir,
              DlTxTense tense)
{
  int delta = weekday - dl_tx_weekday_of (date);

  if (dir < 0 || (dir == 0 && tense == DL_TX_TENSE_PAST))
    {
      if (delta > 0 || (dir < 0 && delta == 0))
        delta -= 7;
    }
  else if (dir > 0 || tense == DL_TX_TENSE_FUTURE || tense == DL_TX_TENSE_PRESENT)
    {
      if (delta < 0 || (dir > 0 && delta == 0))
        delta += 7;
    }
  else if (delta > 0)
    delta -= 7;  /* news mostly reports what has happened */
  dl_tx_shift (date, DL_TX_UNIT_DAY, delta);
}

/* "declared Sunday a day of mourning", "named Monday as the deadline":
 * a day set apart is one still to come */
static gboolean
declared_day (const DlTxScanner *sc,
              guint              i,
              guint              j)
{
  static const char *const declaring[] = {
    "declared", "declares", "declare", "named", "names", "designated", "proclaimed", "set", NULL
  };

  return i > 0 && dl_tx_is_any (sc, i - 1, declaring)
         && (dl_tx_is (sc, j + 1, "a") || dl_tx_is (sc, j + 1, "an") || dl_tx_is (sc, j + 1, "as"));
}

/* "Friday's vote" in news is one that has taken place, but for one
 * "ahead of" which the news is written; "until
 * Friday", with no tense to say otherwise, an end still to come ("the
 * ban lasts until Friday") */
static DlTxTense
weekday_tense (const DlTxScanner *sc,
               guint              i,
               guint              j)
{
  static const char *const ends[] = { "until", "till", "through", "thru", NULL };
  DlTxTense tense;

  if (dl_tx_attached (sc, j + 1) && dl_tx_is (sc, j + 2, "s") && dl_tx_attached (sc, j + 2)
      && (dl_tx_is_punct (sc, j + 1, '\'') || dl_tx_is (sc, j + 1, "\xe2\x80\x99")))
    return dl_tx_awaited (sc, i) ? DL_TX_TENSE_FUTURE : DL_TX_TENSE_PAST;
  /* "prosecutors have until Friday to file": a deadline, not a perfect */
  if (i >= 2 && dl_tx_is_any (sc, i - 1, ends) && (dl_tx_is (sc, i - 2, "have") || dl_tx_is (sc, i - 2, "has")))
    return DL_TX_TENSE_FUTURE;
  if (dl_tx_awaited (sc, i) || declared_day (sc, i, j))
    return DL_TX_TENSE_FUTURE;
  tense = dl_tx_tense_near (sc, i, j + 1);
  if (tense == DL_TX_TENSE_UNKNOWN && i > 0 && dl_tx_is_any (sc, i - 1, ends))
    return DL_TX_TENSE_FUTURE;
  return tense;
}

/* "Thursday and Friday", "Monday or Tuesday", "Friday to Sunday": the
 * second day of a range, or of a pair a few days apart, comes after the
 * first, the date the text last named; @date is set to it. "Friday and
 * Thursday" are a week's two days told backwards. */
static gboolean
follows_weekday (const DlTxScanner *sc,
                 guint              j,
                 int                weekday,
                 DlTxDate          *date)
{
  static const char *const pairs[] = { "and", "or", NULL };
  static const char *const ranges[] = { "to", "through", "till", "until", NULL };
  gboolean pair = j >= 2 && dl_tx_is_any (sc, j - 1, pairs);
  gboolean plural;
  int before;

  if (!pair && !(j >= 2 && (dl_tx_is_any (sc, j - 1, ranges) || dl_tx_is_punct (sc, j - 1, '-'))))
    return FALSE;
  before = dl_tx_weekday_at (sc, j - 2, &plural);
  if (before == 0 || plural || !sc->has_ref || sc->ref.day == 0 || dl_tx_weekday_of (&sc->ref) != before)
    return FALSE;
  if (pair && (weekday - before + 7) % 7 > 4)
    return FALSE;
  *date = sc->ref;
  return TRUE;
}

/* "Friday, July 7, 2017", "Friday Oct. 13": one expression, as TimeML
 * writes it, when the date that follows is that day */
static gboolean
same_day_as_date (DlTxScanner *sc,
                  guint        j,
                  int          weekday,
                  DlTxMatch   *m)
{
  DlTxMatch date = { 0 };
  guint k = dl_tx_skip_period (sc, j + 1);
  gboolean same;

  if (dl_tx_is_punct (sc, k, ','))
    k++;

  /* "Friday Oct. 13" too: newspapers drop the comma */
  if (!dl_tx_match_explicit (sc, k, &date))
    return FALSE;
  same = date.date.day > 0 && dl_tx_weekday_of (&date.date) == weekday;
  if (same)
    {
      dl_tx_set_match (m, date.end, date.type, g_strdup (date.value), date.anchored);
      m->moves_ref = date.moves_ref;
      m->date = date.date;
    }
  g_free (date.value);
  return same;
}

static const char *const plural_parts[] = {
  "mornings", "afternoons", "evenings", "nights", NULL
};

/* "Tuesday nights", and "Monday" of "Monday and Tuesday nights": every
 * such part of that weekday, a set (TimeML: "XXXX-WXX-2TNI") */
static gboolean
match_weekday_parts (DlTxScanner *sc,
                     guint        j,
                     int          weekday,
                     DlTxMatch   *m)
{
  gboolean plural;
  int part = index_of (sc, j + 1, plural_parts);
  guint end = j + 2;

  if (part < 0 && (dl_tx_is (sc, j + 1, "and") || dl_tx_is (sc, j + 1, "or"))
      && dl_tx_weekday_at (sc, j + 2, &plural) > 0 && !plural)
    {
      part = index_of (sc, j + 3, plural_parts);
      end = j + 1;
    }
  if (part < 0)
    return FALSE;
  dl_tx_set_match (m, end, DL_TIMEX_SET, g_strdup_printf ("XXXX-WXX-%dT%s", weekday, part_codes[part]),
                   FALSE);
  return TRUE;
}

/* "the previous Friday", "the following Monday": the weekday before or
 * after the day the text last named, not the document date */
static gboolean
match_anaphoric_weekday (DlTxScanner *sc,
                         guint        i,
                         DlTxMatch   *m)
{
  static const char *const before[] = { "previous", "preceding", "prior", NULL };
  static const char *const after[] = { "following", "next", NULL };
  gboolean plural;
  int weekday, dir;
  DlTxDate date;

  if (!dl_tx_is (sc, i, "the") || !sc->has_ref || sc->ref.day == 0)
    return FALSE;
  dir = dl_tx_is_any (sc, i + 1, before) ? -1 : dl_tx_is_any (sc, i + 1, after) ? 1 : 0;
  if (dir == 0)
    return FALSE;
  weekday = dl_tx_weekday_at (sc, i + 2, &plural);
  if (weekday == 0 || plural)
    return FALSE;
  date = sc->ref;
  pick_weekday (&date, weekday, dir, DL_TX_TENSE_UNKNOWN);
  dl_tx_set_match (m, i + 3, DL_TIMEX_DATE, dl_tx_format_date (&date), TRUE);
  m->moves_ref = TRUE;
  m->date = date;
  return TRUE;
}

/* "Friday", "on Friday", "last Friday", "next Friday morning", "Mondays" */
gboolean
dl_tx_match_weekday (DlTxScanner *sc,
                     guint        i,
                     DlTxMatch   *m)
{
  int dir = direction_of (sc, i);
  guint j = dir == G_MININT ? i : i + 1;
  gboolean plural;
  int weekday;
  int part;
  DlTxDate date;

  /* "this past Thursday", "this coming Monday" */
  if (dir == 0 && (dl_tx_is (sc, j, "past") || dl_tx_is (sc, j, "coming")))
    dir = dl_tx_is (sc, j++, "past") ? -1 : 1;
  weekday = dl_tx_weekday_at (sc, j, &plural);
  if (match_anaphoric_weekday (sc, i, m))
    return TRUE;
  if (weekday == 0)
    return FALSE;
  if (plural)
    {
      dl_tx_set_match (m, j + 1, DL_TIMEX_SET, g_strdup_printf ("XXXX-WXX-%d", weekday), FALSE);
      return TRUE;
    }
  if (match_weekday_parts (sc, j, weekday, m) || same_day_as_date (sc, j, weekday, m))
    return TRUE;
  /* "a dentist open on a Sunday": any Sunday; but "a Wednesday media
   * event" was on one */
  if (!dl_tx_deictic_anchor (sc, &date) || date.day == 0
      || (j == i && i > 1 && dl_tx_is (sc, i - 1, "a") && dl_tx_is (sc, i - 2, "on")))
    dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("XXXX-WXX-%d", weekday), FALSE);
  else
    {
      if (dir == G_MININT && follows_weekday (sc, j, weekday, &date))
        pick_weekday (&date, weekday, 1, DL_TX_TENSE_UNKNOWN);
      else
        pick_weekday (&date, weekday, dir == G_MININT ? 0 : dir, weekday_tense (sc, i, j));
      dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, dl_tx_format_date (&date), TRUE);
      m->deictic = sc->has_dct;
      m->moves_ref = TRUE;
      m->date = date;
    }
  if ((part = index_of (sc, j + 1, parts_of_day)) >= 0)
    {
      char *value = g_strdup_printf ("%sT%s", m->value, part_codes[part]);

      dl_tx_set_match (m, j + 2, DL_TIMEX_TIME, value, m->anchored);
    }
  return TRUE;
}
