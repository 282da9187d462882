/* dl-timex-durations.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-timex-private.h"

/* Lengths of time ("two hours", "a five-year conflict", "for weeks")
 * and repetitions ("every Monday", "annually"). */

/* Words before a bare plural unit that make it a length: "for weeks" */
static const char *const span_cues[] = {
  "for", "over", "within", "lasting", "took", "take", "takes", "spent",
  "after", "last", "lasted", "about", "nearly", "almost", NULL
};

/* Words after "year-" that make it something other than a length */
static const char *const not_lengths[] = { "old", "end", "earlier", "ago", NULL };

/* Words before "a year" that make it a rate: "$5 million a year" */
static const char *const rate_words[] = {
  "million", "billion", "trillion", "percent", "cents", "dollars", "%",
  "times", "once", "twice", NULL
};

/* "600,000 engines a year", "four flights a week", "100 refugees a
 * week": a rate of counted things before the article at @i, which
 * TimeBank leaves untagged as it does "$2 million a year" */
static gboolean
counted_things_before (const DlTxScanner *sc,
                       guint              i)
{
  static const char *const quantities[] = { "million", "billion", "thousand", "hundred", "dozen", NULL };
  const DlTxToken *things = i > 0 ? dl_tx_tok (sc, i - 1) : NULL;
  gsize len;

  if (things == NULL || things->kind != DL_TX_WORD || things->capitalized)
    return FALSE;
  len = strlen (things->lower);
  /* A plural, not "grass" or "bonus" */
  if (len < 4 || things->lower[len - 1] != 's' || things->lower[len - 2] == 's'
      || things->lower[len - 2] == 'u')
    return FALSE;
  for (guint d = 2; d <= 3 && d <= i; d++)
    {
      int value;
      guint end;

      if (dl_tx_tok (sc, i - d)->kind == DL_TX_NUM || dl_tx_is_any (sc, i - d, quantities)
          || (dl_tx_number_word_at (sc, i - d, &value, &end) && end == i - d + 1))
        return TRUE;
    }
  return FALSE;
}

/* A unit and the one below it, that lengths written in both use:
 * "two hours and 16 minutes", "2 1/4 hours" */
static const struct
{
  DlTxUnit unit;
  DlTxUnit below;
  int per;                  /* how many of @below make one @unit */
  const char *format;
} unit_pairs[] = {
  { DL_TX_UNIT_MINUTE, DL_TX_UNIT_SECOND, 60, "PT%dM%dS" },
  { DL_TX_UNIT_HOUR, DL_TX_UNIT_MINUTE, 60, "PT%dH%dM" },
  { DL_TX_UNIT_DAY, DL_TX_UNIT_HOUR, 24, "P%dDT%dH" },
  { DL_TX_UNIT_MONTH, DL_TX_UNIT_DAY, 30, "P%dM%dD" },
  { DL_TX_UNIT_YEAR, DL_TX_UNIT_MONTH, 12, "P%dY%dM" },
};

/* @n units and @num / @den of one, written in the unit below where the
 * part is a whole number of them, and as @n units where it is not */
static char *
format_with_fraction (DlTxUnit unit,
                      int      n,
                      int      num,
                      int      den)
{
  for (guint k = 0; k < G_N_ELEMENTS (unit_pairs); k++)
    if (unit_pairs[k].unit == unit && unit_pairs[k].per * num % den == 0)
      return g_strdup_printf (unit_pairs[k].format, n, unit_pairs[k].per * num / den);
  return dl_tx_format_duration (unit, n);
}

/* "two hours and 16 minutes", "2 hours 15 minutes": the count of the
 * unit below @unit after it, moving @end past it; NULL when there is
 * none, else the value of the whole length */
static char *
format_with_smaller (const DlTxScanner *sc,
                     DlTxUnit           unit,
                     int                n,
                     guint             *end)
{
  guint k = dl_tx_is (sc, *end, "and") ? *end + 1 : *end, after;
  gboolean plural;
  int count;

  if (dl_tx_is (sc, k, "a") || dl_tx_is (sc, k, "an") || !dl_tx_number_at (sc, k, &count, &after)
      || count <= 0)
    return NULL;
  for (guint p = 0; p < G_N_ELEMENTS (unit_pairs); p++)
    if (unit_pairs[p].unit == unit && dl_tx_unit_at (sc, after, &plural) == unit_pairs[p].below
        && count < unit_pairs[p].per)
      {
        *end = after + 1;
        return g_strdup_printf (unit_pairs[p].format, n, count);
      }
  return NULL;
}

/* "trading" in "eight trading days": days of a kind, counted as days */
static gboolean
is_kind_of_day (const DlTxScanner *sc,
                guint              i)
{
  static const char *const kinds[] = { "trading", "business", "working", "calendar", "school", NULL };
  gboolean plural;

  return dl_tx_is_any (sc, i, kinds) && dl_tx_unit_at (sc, i + 1, &plural) == DL_TX_UNIT_DAY;
}

/* A fraction below one at @i, "1/2", "3/4", in @num and @den */
static gboolean
fraction_at (const DlTxScanner *sc,
             guint              i,
             int               *num,
             int               *den)
{
  const DlTxToken *top = dl_tx_tok (sc, i), *bottom = dl_tx_tok (sc, i + 2);

  if (top == NULL || bottom == NULL || top->kind != DL_TX_NUM || bottom->kind != DL_TX_NUM
      || !dl_tx_is_punct (sc, i + 1, '/') || !dl_tx_attached (sc, i + 1)
      || !dl_tx_attached (sc, i + 2) || dl_tx_attached (sc, i + 3)
      || top->num < 1 || top->num >= bottom->num || bottom->num > 10)
    return FALSE;
  *num = top->num;
  *den = bottom->num;
  return TRUE;
}

/* "2.5" at @i, as in "2.5 hours" and "a 2.5-hour meeting" */
static gboolean
is_point_five (const DlTxScanner *sc,
               guint              i)
{
  const DlTxToken *whole = dl_tx_tok (sc, i), *five = dl_tx_tok (sc, i + 2);

  return whole != NULL && whole->kind == DL_TX_NUM && whole->num > 0 && whole->ndigits <= 3
         && dl_tx_is_punct (sc, i + 1, '.') && dl_tx_attached (sc, i + 1)
         && dl_tx_attached (sc, i + 2) && five != NULL && five->kind == DL_TX_NUM
         && five->num == 5 && five->ndigits == 1
         && (!dl_tx_attached (sc, i + 3) || dl_tx_is_punct (sc, i + 3, '-'));
}

/* "half an hour", "half a century": each in the unit below */
static const struct
{
  DlTxUnit unit;
  const char *value;
} halves[] = {
  { DL_TX_UNIT_MINUTE, "PT30S" },
  { DL_TX_UNIT_HOUR, "PT30M" },
  { DL_TX_UNIT_DAY, "PT12H" },
  { DL_TX_UNIT_YEAR, "P6M" },
  { DL_TX_UNIT_DECADE, "P5Y" },
  { DL_TX_UNIT_CENTURY, "P50Y" },
};

static gboolean
match_half (DlTxScanner *sc,
            guint        i,
            DlTxMatch   *m)
{
  gboolean plural;
  DlTxUnit unit;

  if (!dl_tx_is (sc, i, "half") || !(dl_tx_is (sc, i + 1, "an") || dl_tx_is (sc, i + 1, "a")))
    return FALSE;
  unit = dl_tx_unit_at (sc, i + 2, &plural);
  for (guint k = 0; k < G_N_ELEMENTS (halves); k++)
    if (halves[k].unit == unit && !plural)
      {
        dl_tx_set_match (m, i + 3, DL_TIMEX_DURATION, g_strdup (halves[k].value), FALSE);
        return TRUE;
      }
  return FALSE;
}

/* Whether "-long" follows the unit at @i: "a decade-long war" */
static gboolean
long_after (const DlTxScanner *sc,
            guint              i)
{
  return dl_tx_is_punct (sc, i + 1, '-') && dl_tx_is (sc, i + 2, "long") && dl_tx_attached (sc, i + 2);
}

/* "bare" plural unit after a cue word: "for weeks", "decades-long"; and
 * a unit alone before "-long", one of it: "a decade-long war" */
static gboolean
match_bare_plural (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  gboolean plural;
  DlTxUnit unit = dl_tx_unit_at (sc, i, &plural);
  guint end = i + 1;

  if (unit == DL_TX_UNIT_NONE || unit == DL_TX_UNIT_SECOND || (!plural && !long_after (sc, i)))
    return FALSE;
  if (long_after (sc, i))
    end = i + 3;
  /* "after hours trading" is trading when the market is shut */
  else if (i == 0 || !dl_tx_is_any (sc, i - 1, span_cues)
           || (unit == DL_TX_UNIT_HOUR && dl_tx_is (sc, i - 1, "after") && dl_tx_is (sc, i + 1, "trading")))
    return FALSE;
  dl_tx_set_match (m, end, DL_TIMEX_DURATION, dl_tx_format_duration (unit, plural ? -1 : 1), FALSE);
  return TRUE;
}

/* "the year ended June 30", "the fiscal year ending in March": a
 * company's year, a length that ends on the date named, as TimeBank
 * mostly writes it */
static gboolean
match_year_ended (DlTxScanner *sc,
                  guint        i,
                  DlTxMatch   *m)
{
  guint j = i + 1;

  if (!dl_tx_is (sc, i, "the"))
    return FALSE;
  if (dl_tx_is (sc, j, "fiscal") || dl_tx_is (sc, j, "financial"))
    j++;
  if (!dl_tx_is (sc, j, "year") || !(dl_tx_is (sc, j + 1, "ended") || dl_tx_is (sc, j + 1, "ending")))
    return FALSE;
  dl_tx_set_match (m, j + 1, DL_TIMEX_DURATION, g_strdup ("P1Y"), FALSE);
  return TRUE;
}

gboolean
dl_tx_match_duration (DlTxScanner *sc,
                      guint        i,
                      DlTxMatch   *m)
{
  gboolean plural;
  gboolean article;
  DlTxUnit unit;
  guint j, end;
  int n, num = 0, den = 1;
  char *value;

  if (match_half (sc, i, m) || match_bare_plural (sc, i, m) || match_year_ended (sc, i, m))
    return TRUE;
  if (is_point_five (sc, i))
    {
      n = dl_tx_tok (sc, i)->num;
      j = i + 3;
      num = 1;
      den = 2;
    }
  else if (!dl_tx_number_at (sc, i, &n, &j))
    return FALSE;
  /* "a few days" is a vague count, not an article */
  article = (dl_tx_is (sc, i, "a") || dl_tx_is (sc, i, "an")) && n == 1;
  /* "a five-year conflict", "a 30-minute call" */
  if (dl_tx_is_punct (sc, j, '-') && dl_tx_attached (sc, j) && dl_tx_attached (sc, j + 1)
      && !article)
    j++;
  if (dl_tx_is (sc, j, "and") && dl_tx_is (sc, j + 1, "a") && dl_tx_is (sc, j + 2, "half"))
    {
      num = 1;
      den = 2;
      j += 3;
    }
  else if (!article && fraction_at (sc, j, &num, &den))
    j += 3;
  /* "20 more years", "two more weeks", "eight trading days" */
  else if (!article && n > 0 && (dl_tx_is (sc, j, "more") || is_kind_of_day (sc, j)))
    j++;
  unit = dl_tx_unit_at (sc, j, &plural);
  if (unit == DL_TX_UNIT_NONE || n == 0)
    return FALSE;
  /* "a second round" is an ordinal; "a years" is not English; in "a
   * decade-long war" the article is the war's */
  if (article && (plural || unit == DL_TX_UNIT_SECOND || long_after (sc, j)))
    return FALSE;
  if (n < 0 && !plural)
    return FALSE;
  /* "on a day to day basis", "a year to year change" */
  if (article && dl_tx_is (sc, j + 1, "to") && dl_tx_unit_at (sc, j + 2, &plural) == unit)
    return FALSE;
  if (article && i > 0 && (dl_tx_is_any (sc, i - 1, rate_words)
                           || dl_tx_tok (sc, i - 1)->kind == DL_TX_NUM || counted_things_before (sc, i)))
    return FALSE;
  /* "three-quarters of", "a quarter of the vote", "one and a quarter
   * lengths" are fractions; "several quarters of losses" is not */
  if (unit == DL_TX_UNIT_QUARTER && (dl_tx_is (sc, j + 1, "of") || dl_tx_attached (sc, j))
      && !(dl_tx_is (sc, i, "several") || dl_tx_is (sc, i + 1, "few")))
    return FALSE;
  if (unit == DL_TX_UNIT_QUARTER && article && i > 0 && dl_tx_is (sc, i - 1, "and"))
    return FALSE;
  /* "a 6-year-old" is an age, "year-end" a date; so is "37 years old" */
  if (dl_tx_is_punct (sc, j + 1, '-') && dl_tx_is_any (sc, j + 2, not_lengths))
    return FALSE;
  if (unit == DL_TX_UNIT_YEAR && plural && dl_tx_is (sc, j + 1, "old"))
    return FALSE;
  /* "the 1988 second quarter": a year, not a count */
  if (n >= 1000 && !plural)
    return FALSE;
  if (num == 0 && dl_tx_is (sc, j + 1, "and") && dl_tx_is (sc, j + 2, "a") && dl_tx_is (sc, j + 3, "half"))
    {
      num = 1;
      den = 2;
      j += 3;
    }
  if (long_after (sc, j))
    j += 2;
  end = j + 1;
  if (num > 0 && n > 0)
    value = format_with_fraction (unit, n, num, den);
  else if (n <= 0 || (value = format_with_smaller (sc, unit, n, &end)) == NULL)
    value = dl_tx_format_duration (unit, n);
  dl_tx_set_match (m, end, DL_TIMEX_DURATION, value, FALSE);
  return TRUE;
}

static gboolean
set_value (DlTxMatch  *m,
           guint       end,
           const char *value)
{
  dl_tx_set_match (m, end, DL_TIMEX_SET, g_strdup (value), FALSE);
  return TRUE;
}

/* "the daily said", "the weekly Der Spiegel", "the Socialist daily
 * reported": the word names a newspaper */
static gboolean
names_a_paper (const DlTxScanner *sc,
               guint              i)
{
  static const char *const papers[] = { "daily", "weekly", "monthly", NULL };
  static const char *const reporting[] = {
    "said", "says", "reported", "wrote", "writes", "quoted", "cited",
    "carried", "published", "added", "claimed", "noted", "commented", "revealed", "alleged", NULL
  };
  const DlTxToken *next = dl_tx_tok (sc, i + 1);

  if (!dl_tx_is_any (sc, i, papers) || next == NULL)
    return FALSE;
  if (dl_tx_is_any (sc, i + 1, reporting))
    return TRUE;
  return next->kind == DL_TX_WORD && next->capitalized && next->space_before && i > 0
         && dl_tx_tok (sc, i - 1)->kind == DL_TX_WORD;
}

/* "annually", "daily", "weekly" (but not "the Daily Mail") */
static gboolean
match_set_word (DlTxScanner *sc,
                guint        i,
                DlTxMatch   *m)
{
  static const struct { const char *word; const char *value; } words[] = {
    { "annually", "P1Y" }, { "yearly", "P1Y" }, { "daily", "P1D" },
    { "everyday", "P1D" }, { "nightly", "P1D" }, { "weekly", "P1W" },
    { "monthly", "P1M" }, { "hourly", "PT1H" }, { "biweekly", "P2W" },
    { "fortnightly", "P2W" }, { "bimonthly", "P2M" }, { "semiannually", "P6M" },
  };
  const DlTxToken *tok = dl_tx_tok (sc, i);
  guint k;

  if (tok->capitalized && i > 0 && !tok->break_before
      && !dl_tx_is_punct (sc, i - 1, '.') && !dl_tx_is_punct (sc, i - 1, '"'))
    return FALSE;
  if (names_a_paper (sc, i))
    return FALSE;
  /* "on weekends": every weekend */
  if (dl_tx_is (sc, i, "weekends") && i > 0 && (dl_tx_is (sc, i - 1, "on") || dl_tx_is (sc, i - 1, "at")))
    return set_value (m, i + 1, "XXXX-WXX-WE");
  for (k = 0; k < G_N_ELEMENTS (words); k++)
    if (dl_tx_is (sc, i, words[k].word))
      return set_value (m, i + 1, words[k].value);
  return FALSE;
}

/* "every Monday", "every two years", "each morning", "every other week" */
static gboolean
match_every (DlTxScanner *sc,
             guint        i,
             DlTxMatch   *m)
{
  static const char *const parts[] = { "morning", "afternoon", "evening", "night", NULL };
  static const char *const codes[] = { "MO", "AF", "EV", "NI" };
  guint j = i + 1;
  gboolean plural;
  DlTxUnit unit;
  int season, weekday, month;
  int n = 1;
  guint end, day_end;
  int k;

  if (!dl_tx_is (sc, i, "every") && !dl_tx_is (sc, i, "each"))
    return FALSE;
  if ((weekday = dl_tx_weekday_at (sc, j, &plural)) > 0)
    {
      char *value = g_strdup_printf ("XXXX-WXX-%d", weekday);

      dl_tx_set_match (m, j + 1, DL_TIMEX_SET, value, FALSE);
      return TRUE;
    }
  /* "every summer" */
  if ((season = dl_tx_season_at (sc, j)) >= 0)
    {
      dl_tx_set_match (m, j + 1, DL_TIMEX_SET, g_strdup_printf ("XXXX-%s", dl_tx_season_codes[season]), FALSE);
      return TRUE;
    }
  /* "each July": the month of every year; "every May 1" is a date's */
  if ((month = dl_tx_month_at (sc, j, &end)) > 0 && !dl_tx_day_at (sc, end, &day_end))
    {
      dl_tx_set_match (m, end, DL_TIMEX_SET, g_strdup_printf ("XXXX-%02d", month), FALSE);
      return TRUE;
    }
  for (k = 0; parts[k] != NULL; k++)
    if (dl_tx_is (sc, j, parts[k]))
      {
        char *value = g_strdup_printf ("XXXX-XX-XXT%s", codes[k]);

        dl_tx_set_match (m, j + 1, DL_TIMEX_SET, value, FALSE);
        return TRUE;
      }
  if (dl_tx_is (sc, j, "other"))
    {
      n = 2;
      j++;
    }
  else if (dl_tx_number_at (sc, j, &n, &j) && n < 1)
    return FALSE;
  unit = dl_tx_unit_at (sc, j, &plural);
  if (unit == DL_TX_UNIT_NONE)
    return FALSE;
  dl_tx_set_match (m, j + 1, DL_TIMEX_SET, dl_tx_format_duration (unit, n), FALSE);
  return TRUE;
}

/* "twice a year", "three times a week", "once every month", "twice
 * daily" */
static gboolean
match_times_per (DlTxScanner *sc,
                 guint        i,
                 DlTxMatch   *m)
{
  static const char *const per[] = { "a", "an", "per", "each", "every", NULL };
  guint j = i + 1;
  gboolean plural;
  DlTxUnit unit;
  int n;

  if (!dl_tx_is (sc, i, "once") && !dl_tx_is (sc, i, "twice"))
    {
      if (!dl_tx_number_at (sc, i, &n, &j) || !dl_tx_is (sc, j, "times"))
        return FALSE;
      j++;
    }
  /* "twice daily", "three times weekly" */
  if (!dl_tx_is_any (sc, j, per))
    return dl_tx_tok (sc, j) != NULL && match_set_word (sc, j, m);
  unit = dl_tx_unit_at (sc, j + 1, &plural);
  if (unit == DL_TX_UNIT_NONE || plural)
    return FALSE;
  dl_tx_set_match (m, j + 2, DL_TIMEX_SET, dl_tx_format_duration (unit, 1), FALSE);
  return TRUE;
}

static const char *const distances[] = {
  "miles", "mile", "kilometers", "kilometres", "km", "meters", "metres", "feet", "inches", "knots", NULL
};

gboolean
dl_tx_match_set (DlTxScanner *sc,
                 guint        i,
                 DlTxMatch   *m)
{
  gboolean plural;
  DlTxUnit unit;

  /* "per day"; but "200 miles per hour" is a speed */
  if (dl_tx_is (sc, i, "per") && (unit = dl_tx_unit_at (sc, i + 1, &plural)) != DL_TX_UNIT_NONE && !plural
      && !(i > 0 && dl_tx_is_any (sc, i - 1, distances)))
    {
      dl_tx_set_match (m, i + 2, DL_TIMEX_SET, dl_tx_format_duration (unit, 1), FALSE);
      return TRUE;
    }
  return match_set_word (sc, i, m) || match_every (sc, i, m) || match_times_per (sc, i, m);
}
