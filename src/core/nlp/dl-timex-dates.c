/* dl-timex-dates.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dl-timex-private.h"

/* Dates written out: "July 7, 2017", "7 July", "2017-07-07", "7/7/2017",
 * "July 2017", "2017", "the 1990s", "Q3 2017", "fiscal 2012". */

static const char *const full_months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december", NULL
};

/* Words that make a bare month name a date: "in July", "early March" */
static const char *const month_cues[] = {
  "in", "since", "until", "till", "by", "from", "through", "during", "early",
  "late", "mid", "last", "next", "this", "of", "before", "after", "between",
  "and", "to", "or", "on", "for", "throughout", "around", "that", NULL
};

/* Words before a number that make it a label rather than a year */
static const char *const label_words[] = {
  "room", "no", "number", "flight", "route", "channel", "page", "pages",
  "article", "section", "chapter", "code", "model", "version", "highway",
  "interstate", "bus", "suite", "box", "resolution", "bill", "act", "law",
  "rule", "order", "item", "grade", "street", "avenue", "road", "unit",
  "level", "size", "top", "over", "about", "nearly", "almost", "some",
  "than", "least", "approximately", "roughly", "only", NULL
};

/* Nouns after a number that make it a count */
static const char *const count_nouns[] = {
  "people", "persons", "troops", "soldiers", "votes", "members", "employees",
  "workers", "residents", "units", "cases", "dollars", "euros", "pounds",
  "barrels", "tonnes", "tons", "miles", "km", "kilometers", "kilometres",
  "meters", "metres", "feet", "pages", "points", "copies", "shares",
  "percent", "seats", "deaths", "civilians", "refugees", "children", "men",
  "women", "students", "jobs", "homes", "acres", "words", "times", "cars",
  "vehicles", "aircraft", "planes", "ships", "tanks", "guns", "rounds",
  "prisoners", "fighters", "officers", "police", "delegates", "calories",
  "visitors", "signatures", "fans", "users", "hectares", "rubles", "yuan",
  "yen", "dead", "injured", "killed", "wounded", "strong", "m", "km", NULL
};

/* The month each season starts in, for the year of one named alone */
static const int season_starts[] = { 3, 6, 9, 9, 12 };

/* "early", "mid-", "late", "the end of" before a date keep its value */
static guint
skip_modifier (const DlTxScanner *sc,
               guint              i)
{
  static const char *const mods[] = { "early", "late", "mid", "middle", NULL };

  if (!dl_tx_is_any (sc, i, mods))
    return i;
  if (dl_tx_is_punct (sc, i + 1, '-') && dl_tx_attached (sc, i + 1))
    return i + 2;
  if (dl_tx_is (sc, i, "mid") && dl_tx_attached (sc, i + 1))
    return i + 1;
  return dl_tx_is (sc, i, "middle") ? i : i + 1;
}

static void
set_date (DlTxMatch *m,
          guint      end,
          DlTxDate   date,
          gboolean   anchored)
{
  dl_tx_set_match (m, end, DL_TIMEX_DATE, dl_tx_format_date (&date), anchored);
  m->moves_ref = TRUE;
  m->date = date;
}

/* Whether "since" opens the clause of token @i, a few words before */
static gboolean
since_before (const DlTxScanner *sc,
              guint              i)
{
  for (guint k = i; k > 0 && i - k < 8; k--)
    {
      if (dl_tx_tok (sc, k - 1)->kind == DL_TX_PUNCT)
        return FALSE;
      if (dl_tx_is (sc, k - 1, "since"))
        return TRUE;
    }
  return FALSE;
}

/* "payable Dec. 7", "effective Feb. 1", "December bonds": whatever the
 * verb's tense, the date is ahead; "since coming off the list on August
 * 6" it is past; "the Nov. 5 election" is the nearest, the verb being
 * the speaker's */
static DlTxTense
yearless_tense (const DlTxScanner *sc,
                guint              first,
                guint              end)
{
  static const char *const ahead[] = {
    "effective", "payable", "due", "until", "till", "expires", "expire", NULL
  };
  /* Futures and options are named by the month they are delivered in */
  static const char *const contracts[] = {
    "contract", "contracts", "futures", "future", "bond", "bonds", "delivery", "deliveries",
    "options", "crude", "cotton", "corn", "soybeans", "copper", "coffee", "cocoa", "sugar", NULL
  };
  static const char *const votes[] = {
    "election", "elections", "poll", "polls", "vote", "referendum", "ballot", NULL
  };

  if ((first > 0 && dl_tx_is_any (sc, first - 1, ahead)) || dl_tx_awaited (sc, first)
      || dl_tx_is_any (sc, end, contracts))
    return DL_TX_TENSE_FUTURE;
  if (since_before (sc, first))
    return DL_TX_TENSE_PAST;
  if (dl_tx_is_any (sc, end, votes))
    return DL_TX_TENSE_UNKNOWN;
  return dl_tx_tense_near (sc, first, end);
}

/* "from October to March", "November through February": the second
 * month of a range comes after the first, the month last named; its
 * year, or 0 when @first does not end such a range */
static int
range_end_year (const DlTxScanner *sc,
                guint              first,
                int                month)
{
  static const char *const links[] = { "to", "through", "till", "until", NULL };
  guint end;
  int before;

  /* Histories, which write many years out, keep the year they tell */
  if (first < 2 || !sc->has_month_ref || sc->n_far_years >= 3
      || !(dl_tx_is_any (sc, first - 1, links) || dl_tx_is_punct (sc, first - 1, '-')))
    return 0;
  before = dl_tx_month_at (sc, first - 2, &end);
  if (before == 0 || end != first - 1 || before != sc->month_ref.month)
    return 0;
  return month >= before ? sc->month_ref.year : sc->month_ref.year + 1;
}

/* A month/day without a year: the year comes from the context */
static void
set_yearless (DlTxScanner *sc,
              DlTxMatch   *m,
              guint        first,
              guint        end,
              int          month,
              int          day)
{
  DlTxDate date = { 0, month, day };

  date.year = range_end_year (sc, first, month);
  if (date.year == 0)
    date.year = dl_tx_pick_year (sc, month, day, yearless_tense (sc, first, end));
  if (date.year == 0)
    {
      char *value = day > 0 ? g_strdup_printf ("XXXX-%02d-%02d", month, day)
                            : g_strdup_printf ("XXXX-%02d", month);

      dl_tx_set_match (m, end, DL_TIMEX_DATE, value, FALSE);
      return;
    }
  set_date (m, end, date, TRUE);
  /* A bare month is too coarse to count days from, but it is what "the
   * following month" counts from: after "in 1939" or "in January", "in
   * September" takes over; after "on March 3" the day stays */
  m->moves_ref = day > 0 || !sc->has_ref || sc->ref.day == 0;
}

static gboolean
valid_date (int year,
            int month,
            int day)
{
  return year >= 1000 && year <= 2199 && month >= 1 && month <= 12
         && day >= 1 && g_date_valid_dmy (day, month, year);
}

/* 2017-07-07, and 2017/07/07 */
static gboolean
match_iso (DlTxScanner *sc,
           guint        i,
           DlTxMatch   *m)
{
  const DlTxToken *mon = dl_tx_tok (sc, i + 2);
  const DlTxToken *day = dl_tx_tok (sc, i + 4);
  int year = dl_tx_tok (sc, i)->ndigits == 4 ? dl_tx_tok (sc, i)->num : 0;
  char sep = dl_tx_is_punct (sc, i + 1, '/') ? '/' : '-';
  DlTxDate date;

  if (mon == NULL || day == NULL || mon->kind != DL_TX_NUM || day->kind != DL_TX_NUM
      || mon->ndigits > 2 || day->ndigits > 2)
    return FALSE;
  if (!dl_tx_is_punct (sc, i + 1, sep) || !dl_tx_is_punct (sc, i + 3, sep)
      || !dl_tx_attached (sc, i + 1) || !dl_tx_attached (sc, i + 2)
      || !dl_tx_attached (sc, i + 3) || !dl_tx_attached (sc, i + 4))
    return FALSE;
  if (dl_tx_attached (sc, i + 5) && (dl_tx_tok (sc, i + 5)->kind == DL_TX_NUM
                                     || dl_tx_is_punct (sc, i + 5, sep)))
    return FALSE;
  if (!valid_date (year, mon->num, day->num))
    return FALSE;
  date = (DlTxDate) { year, mon->num, day->num };
  set_date (m, i + 5, date, FALSE);
  return TRUE;
}

/* 7/7/2017 (month first, unless the first number cannot be a month),
 * and 07.07.2017, which is written day first where it is written */
static gboolean
match_slashed (DlTxScanner *sc,
               guint        i,
               DlTxMatch   *m)
{
  const DlTxToken *a = dl_tx_tok (sc, i);
  const DlTxToken *b = dl_tx_tok (sc, i + 2);
  const DlTxToken *c = dl_tx_tok (sc, i + 4);
  char sep = dl_tx_is_punct (sc, i + 1, '.') ? '.' : '/';
  int year;
  DlTxDate date;

  if (b == NULL || c == NULL || a->ndigits > 2 || b->kind != DL_TX_NUM
      || b->ndigits > 2 || c->kind != DL_TX_NUM
      || (c->ndigits != 2 && c->ndigits != 4) || (sep == '.' && c->ndigits != 4))
    return FALSE;
  if (!dl_tx_is_punct (sc, i + 1, sep) || !dl_tx_is_punct (sc, i + 3, sep)
      || !dl_tx_attached (sc, i + 1) || !dl_tx_attached (sc, i + 2)
      || !dl_tx_attached (sc, i + 3) || !dl_tx_attached (sc, i + 4)
      || (dl_tx_is_punct (sc, i + 5, sep) && dl_tx_attached (sc, i + 6)))
    return FALSE;
  year = c->ndigits == 4 ? c->num : (c->num < 50 ? 2000 + c->num : 1900 + c->num);
  date = a->num > 12 || sep == '.' ? (DlTxDate) { year, b->num, a->num }
                                   : (DlTxDate) { year, a->num, b->num };
  if (!valid_date (date.year, date.month, date.day))
    return FALSE;
  set_date (m, i + 5, date, FALSE);
  return TRUE;
}

/* "July inventories", "August's sales": a month that leads its sentence's
 * subject. "May" and "March" are too often a verb to be read so, and a
 * name follows "June" or "April" the woman in a capital. */
static gboolean
month_before_noun (const DlTxScanner *sc,
                   guint              i)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  const DlTxToken *next = dl_tx_tok (sc, i + 1);

  if (!tok->capitalized || next == NULL || dl_tx_is (sc, i, "may") || dl_tx_is (sc, i, "march"))
    return FALSE;
  if ((dl_tx_is_punct (sc, i + 1, '\'') || dl_tx_is (sc, i + 1, "\xe2\x80\x99")) && dl_tx_is (sc, i + 2, "s"))
    return TRUE;
  return next->kind == DL_TX_WORD && !next->capitalized && next->space_before;
}

/* "July" of "January-July" */
static gboolean
ends_month_range (const DlTxScanner *sc,
                  guint              i)
{
  guint end;

  return i >= 2 && dl_tx_is_punct (sc, i - 1, '-') && dl_tx_attached (sc, i - 1) && dl_tx_attached (sc, i)
         && dl_tx_month_at (sc, i - 2, &end) > 0 && end == i - 1;
}

static gboolean
bare_month_ok (DlTxScanner *sc,
               guint        i,
               guint        first)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  /* Abbreviations alone are too often something else */
  if (tok->lower[0] == '\0' || strlen (tok->lower) < 3)
    return FALSE;
  {
    gboolean full = FALSE;
    int k;

    for (k = 0; full_months[k] != NULL; k++)
      full = full || strcmp (tok->lower, full_months[k]) == 0;
    if (!full)
      return FALSE;
  }
  if (first < i)
    return TRUE;
  return (i > 0 && dl_tx_is_any (sc, i - 1, month_cues)) || month_before_noun (sc, i)
         || ends_month_range (sc, i);
}

/* "the same year", "that year", "that same year" at @k: the token past
 * it, or 0 */
static guint
same_year_at (const DlTxScanner *sc,
              guint              k)
{
  if (!dl_tx_is (sc, k, "the") && !dl_tx_is (sc, k, "that"))
    return 0;
  if (dl_tx_is (sc, k + 1, "same"))
    k++;
  else if (dl_tx_is (sc, k, "the"))
    return 0;
  return dl_tx_is (sc, k + 1, "year") ? k + 2 : 0;
}

/* "January this year", "June last year", "March of last year": the
 * month of a year counted from the document date */
static gboolean
month_of_relative_year (DlTxScanner *sc,
                        guint        k,
                        int          month,
                        DlTxMatch   *m)
{
  DlTxDate date;
  int shift;
  guint end;

  /* "January of this year" */
  if (dl_tx_is (sc, k, "of"))
    k++;
  if ((end = same_year_at (sc, k)) > 0)
    {
      /* "In August the same year": the year the text is in */
      if (!dl_tx_unit_anchor (sc, TRUE, DL_TX_UNIT_YEAR, &date))
        return FALSE;
      set_date (m, end, (DlTxDate) { date.year, month, 0 }, TRUE);
      return TRUE;
    }
  if (dl_tx_is (sc, k, "this"))
    shift = 0;
  else if (dl_tx_is (sc, k, "last"))
    shift = -1;
  else if (dl_tx_is (sc, k, "next"))
    shift = 1;
  else
    return FALSE;
  if (!dl_tx_is (sc, k + 1, "year") || !dl_tx_deictic_anchor (sc, &date))
    return FALSE;
  date = (DlTxDate) { date.year + shift, month, 0 };
  /* As "June 1995", it is what "nine months later" counts from */
  set_date (m, k + 2, date, TRUE);
  return TRUE;
}

/* "the 20th century", "the eleventh century", "a 19th-century church":
 * TimeML writes the hundreds, "19" */
static gboolean
match_century (DlTxScanner *sc,
               guint        i,
               DlTxMatch   *m)
{
  static const char *const ordinals[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "twenty", NULL
  };
  guint j = skip_modifier (sc, dl_tx_is (sc, i, "the") ? i + 1 : i);
  gboolean plural;
  guint end;
  int n = 0;
  int k;

  /* "20th" reads as a day of the month would */
  if ((n = dl_tx_day_at (sc, j, &end)) > 0 && end == j + 2)
    j = end;
  else
    {
      for (k = 0, n = 0; ordinals[k] != NULL && n == 0; k++)
        if (dl_tx_is (sc, j, ordinals[k]))
          n = k + 1;
      /* "twenty-first" */
      if (n == 21 && !(dl_tx_is_punct (sc, j + 1, '-') && dl_tx_is (sc, j + 2, "first")))
        return FALSE;
      j += n == 21 ? 3 : n > 0;
    }
  /* "the 19th-century church": the article is the noun's */
  if (dl_tx_is_punct (sc, j, '-') && dl_tx_attached (sc, j) && dl_tx_attached (sc, j + 1))
    {
      if (dl_tx_is (sc, i, "the"))
        return FALSE;
      j++;
    }
  if (n <= 0 || n > 21 || dl_tx_unit_at (sc, j, &plural) != DL_TX_UNIT_CENTURY || plural)
    return FALSE;
  if (dl_tx_is (sc, j + 1, "bc") || dl_tx_is (sc, j + 1, "bce"))
    return FALSE;
  dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("%02d", n - 1), FALSE);
  return TRUE;
}

/* "January and February 1943", "June to August 1944": the first month
 * has the year of the second. The year at the end, or 0. */
static int
shared_year (const DlTxScanner *sc,
             guint              k)
{
  static const char *const joins[] = { "and", "or", "to", "through", "\xe2\x80\x93", NULL };
  guint end;

  if (!dl_tx_is_any (sc, k, joins) && !dl_tx_is_punct (sc, k, '-'))
    return 0;
  if (dl_tx_month_at (sc, k + 1, &end) == 0)
    return 0;
  return dl_tx_year_at (sc, end);
}

/* "October 1 next year", "December 1, last year": the day of a year
 * counted from the document date, the year at @k */
static gboolean
day_of_relative_year (DlTxScanner *sc,
                      guint        k,
                      int          month,
                      int          day,
                      DlTxMatch   *m)
{
  if (!month_of_relative_year (sc, k, month, m))
    return FALSE;
  m->date.day = MIN (day, (int) g_date_get_days_in_month (month, m->date.year));
  g_free (m->value);
  m->value = dl_tx_format_date (&m->date);
  return TRUE;
}

/* "July 7, 2017", "July 7th", "July 2017", "July of 2017", "July" */
static gboolean
match_month_first (DlTxScanner *sc,
                   guint        first,
                   guint        i,
                   DlTxMatch   *m)
{
  guint k, j;
  int month = dl_tx_month_at (sc, i, &k);
  int day;
  int year;

  if (month == 0)
    return FALSE;
  /* "July the 7th": an ordinal only, "July the 4" being rare */
  if (dl_tx_is (sc, k, "the") && (day = dl_tx_day_at (sc, k + 1, &j)) > 0 && j == k + 3)
    k++;
  if ((day = dl_tx_day_at (sc, k, &j)) > 0)
    {
      guint y = dl_tx_is_punct (sc, j, ',') ? j + 1 : j;

      if ((year = dl_tx_year_at (sc, y)) > 0 && valid_date (year, month, day))
        set_date (m, y + 1, (DlTxDate) { year, month, day }, FALSE);
      else if (g_date_valid_dmy (day, month, 2000) && day_of_relative_year (sc, y, month, day, m))
        return TRUE;
      else if (g_date_valid_dmy (day, month, 2000))
        set_yearless (sc, m, first, j, month, day);
      else
        return FALSE;
      return TRUE;
    }
  j = dl_tx_is (sc, k, "of") || dl_tx_is_punct (sc, k, ',') ? k + 1 : k;
  if ((year = dl_tx_year_at (sc, j)) > 0)
    {
      set_date (m, j + 1, (DlTxDate) { year, month, 0 }, FALSE);
      return TRUE;
    }
  if (month_of_relative_year (sc, k, month, m))
    return TRUE;
  if (!bare_month_ok (sc, i, first) || k != i + 1)
    return FALSE;
  if ((year = shared_year (sc, k)) > 0)
    set_date (m, k, (DlTxDate) { year, month, 0 }, FALSE);
  else
    set_yearless (sc, m, first, k, month, 0);
  return TRUE;
}

/* "7 July 2017", "7th of July", "the 7th of July" */
static gboolean
match_day_first (DlTxScanner *sc,
                 guint        first,
                 guint        i,
                 DlTxMatch   *m)
{
  guint k, j;
  int day = dl_tx_day_at (sc, i, &k);
  int month;
  int year;

  if (day == 0)
    return FALSE;
  if (dl_tx_is (sc, k, "of"))
    k++;
  /* A score's "7-5" at a line's end is no day of the "Jan" below */
  if (dl_tx_tok (sc, k) == NULL || dl_tx_tok (sc, k)->break_before
      || (month = dl_tx_month_at (sc, k, &j)) == 0)
    return FALSE;
  if (dl_tx_is_punct (sc, j, ',') && dl_tx_year_at (sc, j + 1) > 0)
    j++;
  if ((year = dl_tx_year_at (sc, j)) > 0 && valid_date (year, month, day))
    set_date (m, j + 1, (DlTxDate) { year, month, day }, FALSE);
  else if (g_date_valid_dmy (day, month, 2000))
    set_yearless (sc, m, first, j, month, day);
  else
    return FALSE;
  return TRUE;
}

gboolean
dl_tx_match_explicit (DlTxScanner *sc,
                      guint        i,
                      DlTxMatch   *m)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  guint j;

  /* Callers look past the last token ("at 3 p.m." at the very end) */
  if (tok == NULL)
    return FALSE;
  if (tok->kind == DL_TX_NUM)
    {
      if (tok->ndigits == 4 && match_iso (sc, i, m))
        return TRUE;
      if (match_slashed (sc, i, m))
        return TRUE;
    }
  j = skip_modifier (sc, i);
  if (dl_tx_is (sc, j, "the") && dl_tx_tok (sc, j + 1) != NULL
      && dl_tx_tok (sc, j + 1)->kind == DL_TX_NUM)
    j++;
  return match_month_first (sc, i, j, m) || match_day_first (sc, i, j, m);
}

/* The second year of "1914-1918" (@i at 1918), or the first when @i
 * points two tokens past it */
static gboolean
in_range (DlTxScanner *sc,
          guint        i)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  return tok != NULL && i >= 2 && tok->kind == DL_TX_NUM && dl_tx_attached (sc, i)
         && dl_tx_attached (sc, i - 1) && dl_tx_year_at (sc, i - 2) > 0
         && (dl_tx_is_punct (sc, i - 1, '-') || dl_tx_is (sc, i - 1, "\xe2\x80\x93"));
}

/* "1995-96": the second year written short */
static gboolean
match_short_range_end (DlTxScanner *sc,
                       guint        i,
                       DlTxMatch   *m)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  int first;
  int year;

  if (tok->kind != DL_TX_NUM || tok->ndigits != 2 || !in_range (sc, i)
      || (dl_tx_attached (sc, i + 1) && dl_tx_tok (sc, i + 1)->kind != DL_TX_PUNCT))
    return FALSE;
  first = dl_tx_year_at (sc, i - 2);
  year = first - first % 100 + tok->num;
  if (year <= first)
    year += 100;
  if (year - first > 30)
    return FALSE;
  set_date (m, i + 1, (DlTxDate) { year, 0, 0 }, FALSE);
  m->moves_ref = FALSE;
  return TRUE;
}

static gboolean
year_is_label (DlTxScanner *sc,
               guint        i,
               int          year)
{
  static const char *const eras[] = { "bc", "ad", "bce", "ce", NULL };
  static const char *const cues[] = {
    "in", "since", "of", "by", "until", "from", "during", "before", "after",
    "between", "and", "to", "around", "circa", "early", "late", "mid", "year",
    "summer", "spring", "autumn", "fall", "winter", "c", NULL
  };
  const DlTxToken *prev = i > 0 ? dl_tx_tok (sc, i - 1) : NULL;
  const DlTxToken *next = dl_tx_tok (sc, i + 1);

  if (prev != NULL && !dl_tx_tok (sc, i)->space_before
      && (prev->kind != DL_TX_PUNCT || strchr ("-./#$", prev->lower[0]) != NULL))
    {
      /* "G2017", "No.2017", "$2017"; "mid-2016" and "1914-1918" are fine */
      if (!(prev->lower[0] == '-' && i >= 2 && dl_tx_is (sc, i - 2, "mid"))
          && !in_range (sc, i))
        return TRUE;
    }
  if (in_range (sc, i) || in_range (sc, i + 2))
    return FALSE;
  if (next != NULL && !next->space_before && next->kind != DL_TX_PUNCT)
    return TRUE;
  if (dl_tx_is_any (sc, i + 1, count_nouns) || (i > 0 && dl_tx_is_any (sc, i - 1, label_words)))
    return TRUE;
  /* Old years only where the context says "year" */
  if (year < 1800 && !(i > 0 && dl_tx_is_any (sc, i - 1, cues)) && !dl_tx_is_any (sc, i + 1, eras))
    return TRUE;
  return FALSE;
}

/* Whose decade of life: "in my early 20s" */
static const char *const owners[] = { "my", "his", "her", "their", "your", "our", NULL };

/* "the 1990s", "the '90s", "1800s" */
static gboolean
match_decade (DlTxScanner *sc,
              guint        i,
              DlTxMatch   *m)
{
  static const char *const readings[] = { "low", "lower", "high", "upper", NULL };
  guint j = dl_tx_is (sc, i, "the") ? i + 1 : i;
  const DlTxToken *tok;
  int year;

  /* "the low 90s", "the upper 80s": temperatures, scores; "in my early
   * 20s", an age */
  if (dl_tx_is_any (sc, j, readings) || (i > 0 && dl_tx_is_any (sc, i - 1, owners)))
    return FALSE;
  j = skip_modifier (sc, j);
  if (dl_tx_is_punct (sc, j, '\'') || dl_tx_is (sc, j, "\xe2\x80\x99"))
    j++;
  else if (j == i && dl_tx_tok (sc, j) != NULL && dl_tx_tok (sc, j)->ndigits == 2)
    return FALSE;  /* "in his 30s" is an age */
  tok = dl_tx_tok (sc, j);
  if (tok == NULL || tok->kind != DL_TX_NUM || tok->num % 10 != 0)
    return FALSE;
  /* "the 1980's", as some write it */
  if (tok->ndigits == 4 && dl_tx_attached (sc, j + 1) && dl_tx_attached (sc, j + 2) && dl_tx_is (sc, j + 2, "s")
      && (dl_tx_is_punct (sc, j + 1, '\'') || dl_tx_is (sc, j + 1, "\xe2\x80\x99")))
    j++;
  if (!dl_tx_is (sc, j + 1, "s") || !dl_tx_attached (sc, j + 1))
    return FALSE;
  if (tok->ndigits == 2)
    year = tok->num < 30 ? 2000 + tok->num : 1900 + tok->num;
  else if (tok->ndigits == 4 && tok->num >= 1000 && tok->num < 2200)
    year = tok->num;
  else
    return FALSE;
  if (year % 100 == 0 && year != 2000)
    dl_tx_set_match (m, j + 2, DL_TIMEX_DATE, g_strdup_printf ("%02d", year / 100), FALSE);
  else
    dl_tx_set_match (m, j + 2, DL_TIMEX_DATE, g_strdup_printf ("%03d", year / 10), FALSE);
  return TRUE;
}

/* "April-June quarter" at @j: the calendar quarter whose three months
 * it names, or 0 */
static int
months_of_quarter_at (const DlTxScanner *sc,
                      guint              j)
{
  guint end;
  int first = dl_tx_month_at (sc, j, &end);
  int last;

  if (first == 0 || end != j + 1 || (first - 1) % 3 != 0 || !dl_tx_is_punct (sc, j + 1, '-')
      || !dl_tx_attached (sc, j + 1) || !dl_tx_attached (sc, j + 2))
    return 0;
  last = dl_tx_month_at (sc, j + 2, &end);
  if (last != first + 2 || end != j + 3 || !dl_tx_is (sc, j + 3, "quarter"))
    return 0;
  return (first - 1) / 3 + 1;
}

/* "Q3 2017", "the third quarter of 2017", "2017's second quarter",
 * "H1 2018", "the June quarter" */
static gboolean
match_quarter (DlTxScanner *sc,
               guint        i,
               DlTxMatch   *m)
{
  guint j = dl_tx_is (sc, i, "the") ? i + 1 : i;
  DlTxTense tense;
  guint end;
  int q = 0;
  int year, month;

  if (dl_tx_is (sc, j, "fiscal"))
    j++;
  /* "H1 2018": a half, with its year, as "H1N1" is not */
  if (dl_tx_is (sc, j, "h") && dl_tx_attached (sc, j + 1) && dl_tx_tok (sc, j + 1)->kind == DL_TX_NUM
      && (dl_tx_tok (sc, j + 1)->num == 1 || dl_tx_tok (sc, j + 1)->num == 2)
      && !dl_tx_attached (sc, j + 2) && (year = dl_tx_year_at (sc, j + 2)) > 0)
    {
      dl_tx_set_match (m, j + 3, DL_TIMEX_DATE,
                       g_strdup_printf ("%04d-H%d", year, dl_tx_tok (sc, j + 1)->num), FALSE);
      return TRUE;
    }
  if (dl_tx_is (sc, j, "q") && dl_tx_attached (sc, j + 1) && dl_tx_tok (sc, j + 1)->kind == DL_TX_NUM)
    {
      q = dl_tx_tok (sc, j + 1)->num;
      j += 2;
    }
  /* "the June quarter": the quarter that ends with June */
  else if (dl_tx_is (sc, i, "the") && (month = dl_tx_month_at (sc, j, &end)) > 0 && end == j + 1
           && dl_tx_is (sc, j + 1, "quarter"))
    {
      q = (month - 1) / 3 + 1;
      j += 2;
    }
  /* "the April-June quarter" */
  else if (dl_tx_is (sc, i, "the") && (q = months_of_quarter_at (sc, j)) > 0)
    j += 4;
  else if ((q = dl_tx_small_ordinal_at (sc, j)) > 0)
    {
      j++;
      /* "the third-quarter loss": the article is the noun's */
      if (dl_tx_is_punct (sc, j, '-') && dl_tx_attached (sc, j) && dl_tx_is (sc, i, "the"))
        return FALSE;
      if (dl_tx_is_punct (sc, j, '-') && dl_tx_attached (sc, j))
        j++;
      if (!dl_tx_is (sc, j, "quarter"))
        return FALSE;
      j++;
    }
  if (q < 1 || q > 4)
    return FALSE;
  if (dl_tx_is (sc, j, "of") && dl_tx_year_at (sc, j + 1) > 0)
    j++;
  m->names_quarter = TRUE;
  if ((year = dl_tx_year_at (sc, j)) > 0)
    {
      dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("%04d-Q%d", year, q), FALSE);
      return TRUE;
    }
  /* A report looks back on quarters, but one still ahead this year is
   * this year's when the sentence looks ahead or speaks in the present:
   * "expects to close the deal in the fourth quarter", written in July */
  if (sc->has_dct && 3 * q - 2 > sc->dct.month
      && (tense = dl_tx_tense_near (sc, i, j)) != DL_TX_TENSE_PAST && tense != DL_TX_TENSE_UNKNOWN)
    year = sc->dct.year;
  else
    year = dl_tx_pick_year (sc, 3 * q - 2, 0, DL_TX_TENSE_PAST);
  if (year == 0)
    dl_tx_set_match (m, j, DL_TIMEX_DATE, g_strdup_printf ("XXXX-Q%d", q), FALSE);
  else
    dl_tx_set_match (m, j, DL_TIMEX_DATE, g_strdup_printf ("%04d-Q%d", year, q), TRUE);
  return TRUE;
}

/* Events a season names: "the spring offensive" */
static const char *const season_events[] = {
  "offensive", "offensives", "campaign", "campaigns", NULL
};

/* "the spring offensive of 1918": the season alone is the expression,
 * the article is the event's; its year is the event's when written
 * after it */
static gboolean
match_season_event (DlTxScanner *sc,
                    guint        i,
                    guint        j,
                    int          k,
                    DlTxMatch   *m)
{
  int year;

  if (j != i || i == 0 || !dl_tx_is (sc, i - 1, "the"))
    return FALSE;
  year = dl_tx_is (sc, j + 2, "of") ? dl_tx_year_at (sc, j + 3) : 0;
  if (year > 0)
    {
      dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("%04d-%s", year, dl_tx_season_codes[k]), FALSE);
      return TRUE;
    }
  year = dl_tx_pick_year (sc, season_starts[k], 0, dl_tx_tense_near (sc, i, j + 1));
  if (year == 0)
    return FALSE;
  dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("%04d-%s", year, dl_tx_season_codes[k]), TRUE);
  return TRUE;
}

/* A season with no year: "in the summer", "early spring" */
static gboolean
match_bare_season (DlTxScanner *sc,
                   guint        i,
                   guint        j,
                   int          k,
                   DlTxMatch   *m)
{
  static const char *const cues[] = {
    "in", "during", "by", "until", "since", "through", "throughout", "that",
    "of", "before", "after", NULL
  };
  int year;

  if (dl_tx_is_any (sc, j + 1, season_events))
    return match_season_event (sc, i, j, k, m);
  if (dl_tx_is (sc, j + 1, "of") || (j == i && !(i > 0 && dl_tx_is_any (sc, i - 1, cues))))
    return FALSE;
  /* "the fall is very painful", "the fall of Rome": a season only
   * after "in", "by"... */
  if (strcmp (dl_tx_season_codes[k], "FA") == 0 && dl_tx_is (sc, j, "fall")
      && (j == i || (dl_tx_is (sc, i, "the") && !(i > 0 && dl_tx_is_any (sc, i - 1, cues)))))
    return FALSE;
  year = dl_tx_pick_year (sc, season_starts[k], 0, dl_tx_tense_near (sc, i, j + 1));
  if (year == 0)
    dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("XXXX-%s", dl_tx_season_codes[k]), FALSE);
  else
    dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("%04d-%s", year, dl_tx_season_codes[k]), TRUE);
  return TRUE;
}

/* "the winter of 1941-42" is one season, named by the year it starts
 * in: the last token of the expression, from the year at @j */
static guint
winter_across (const DlTxScanner *sc,
               guint              j,
               int                year)
{
  const DlTxToken *next = dl_tx_tok (sc, j + 2);

  if (next == NULL || next->kind != DL_TX_NUM || !dl_tx_attached (sc, j + 1)
      || !dl_tx_attached (sc, j + 2)
      || !(dl_tx_is_punct (sc, j + 1, '-') || dl_tx_is (sc, j + 1, "\xe2\x80\x93")))
    return j;
  if ((next->ndigits == 2 && next->num == (year + 1) % 100)
      || (next->ndigits == 4 && next->num == year + 1))
    return j + 2;
  return j;
}

/* "last year", "this year", "next year" at @i: the year it names, with
 * @end past it; 0 for none */
static int
relative_year_at (DlTxScanner *sc,
                  guint        i,
                  guint       *end)
{
  DlTxMatch year = { 0 };
  int value = 0;
  char tail;

  if ((dl_tx_is (sc, i, "last") || dl_tx_is (sc, i, "this") || dl_tx_is (sc, i, "next"))
      && dl_tx_is (sc, i + 1, "year") && dl_tx_match_relative (sc, i, &year)
      && year.end == i + 2 && sscanf (year.value, "%4d%c", &value, &tail) == 1)
    *end = year.end;
  else
    value = 0;
  g_free (year.value);
  return value;
}

/* "winter wheat" and "spring barley" are sown, not dated; actors play
 * "summer stock"; "spring tides" come with every new moon */
static const char *const season_compounds[] = {
  "wheat", "barley", "oats", "rye", "canola", "rapeseed", "crop", "crops", "grain", "grains", "stock",
  "tide", "tides", NULL
};

/* "summer 2017", "the summer of 2017", "the summer", "that summer" */
static gboolean
match_season_year (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  guint j = dl_tx_is (sc, i, "the") || dl_tx_is (sc, i, "that") ? i + 1 : i;
  guint season, end;
  int year;
  int k;

  j = skip_modifier (sc, j);
  if ((k = dl_tx_season_at (sc, j)) < 0 || dl_tx_is_any (sc, j + 1, season_compounds))
    return FALSE;
  season = j++;
  if (dl_tx_is (sc, j, "of"))
    j++;
  /* "the winter of nineteen ninety-four", as transcripts write it */
  if ((year = dl_tx_spelled_year_at (sc, j, &end)) > 0)
    j = end - 1;
  else if ((year = dl_tx_year_at (sc, j)) > 0)
    j = winter_across (sc, j, year);
  else if (dl_tx_is (sc, j - 1, "of") && (year = relative_year_at (sc, j, &end)) > 0)
    {
      /* "the spring of last year" */
      dl_tx_set_match (m, end, DL_TIMEX_DATE, g_strdup_printf ("%04d-%s", year, dl_tx_season_codes[k]), TRUE);
      return TRUE;
    }
  else
    return match_bare_season (sc, i, season, k, m);
  dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("%04d-%s", year, dl_tx_season_codes[k]), FALSE);
  return TRUE;
}

/* "241 BC", "AD 79" */
static gboolean
match_era (DlTxScanner *sc,
           guint        i,
           DlTxMatch   *m)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  guint end;

  if (tok->kind == DL_TX_WORD && tok->capitalized && dl_tx_is (sc, i, "ad")
      && dl_tx_tok (sc, i + 1) != NULL && dl_tx_tok (sc, i + 1)->kind == DL_TX_NUM
      && dl_tx_tok (sc, i + 1)->ndigits <= 4)
    {
      set_date (m, i + 2, (DlTxDate) { dl_tx_tok (sc, i + 1)->num, 0, 0 }, FALSE);
      return TRUE;
    }
  if (tok->kind != DL_TX_NUM || tok->ndigits > 4 || tok->num == 0)
    return FALSE;
  end = i + 1;
  if (dl_tx_is (sc, end, "b") && dl_tx_is_punct (sc, end + 1, '.') && dl_tx_is (sc, end + 2, "c"))
    end = dl_tx_skip_period (sc, end + 3);
  else if (dl_tx_is (sc, end, "bc") || dl_tx_is (sc, end, "bce"))
    end++;
  else
    return FALSE;
  if (!dl_tx_tok (sc, i + 1)->capitalized)
    return FALSE;
  dl_tx_set_match (m, end, DL_TIMEX_DATE, g_strdup_printf ("BC%04d", tok->num), FALSE);
  return TRUE;
}

/* Words before a bare year that make it the time the text is about */
static const char *const scene_cues[] = {
  "in", "by", "during", "throughout", "of", "early", "late", "mid", "spring",
  "summer", "autumn", "fall", "winter", NULL
};

/* "2017", "mid-2016", "fiscal 2012", "FY2012" */
gboolean
dl_tx_match_year (DlTxScanner *sc,
                  guint        i,
                  DlTxMatch   *m)
{
  guint j = i;
  int year;

  if (match_decade (sc, i, m) || match_century (sc, i, m) || match_quarter (sc, i, m)
      || match_season_year (sc, i, m)
      || match_era (sc, i, m) || match_short_range_end (sc, i, m))
    return TRUE;
  if (dl_tx_is (sc, j, "fiscal"))
    j += dl_tx_is (sc, j + 1, "year") ? 2 : 1;
  else if (dl_tx_is (sc, j, "fy"))
    j++;
  else if (dl_tx_is (sc, j, "the") && dl_tx_is (sc, j + 1, "year"))
    j += 2;  /* "by the year 2000" */
  else
    j = skip_modifier (sc, j);
  year = dl_tx_year_at (sc, j);
  /* "FY2012" is written solid, so the label test does not apply */
  if (year == 0 || (!dl_tx_is (sc, i, "fy") && year_is_label (sc, j, year)))
    return FALSE;
  set_date (m, j + 1, (DlTxDate) { year, 0, 0 }, FALSE);
  /* Only "in 1941" sets the scene; "the 2016 elections" and "since
   * 1990" do not */
  m->moves_ref = i > 0 && j == i && dl_tx_is (sc, i - 1, "in");
  if (!m->moves_ref && j == i && !dl_tx_tok (sc, i)->break_before
      && !(i > 0 && dl_tx_is_any (sc, i - 1, scene_cues)))
    m->date.year = 0;
  return TRUE;
}
