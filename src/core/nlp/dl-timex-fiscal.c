/* dl-timex-fiscal.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dl-timex-private.h"

/* The periods of business news. An earnings report names the quarter it
 * covers ("the third quarter") and then compares: "from $5 million a
 * year earlier", "in the year-ago period", "last year's quarter" all
 * mean that quarter one year before (TimeML: "1988-Q3"), while after
 * "the nine months" the same words mean the year before. */

/* How far, in tokens, the quarter a text reports on stays its subject */
#define PERIOD_REACH 400

/* The quarter the text is talking about, if any: its year and number */
static gboolean
ref_quarter (const DlTxScanner *sc,
             int               *year,
             int               *q)
{
  if (sc->period_unit != DL_TX_UNIT_QUARTER || sc->pos - sc->period_at > PERIOD_REACH)
    return FALSE;
  *year = sc->period.year;
  *q = (sc->period.month - 1) / 3 + 1;
  return TRUE;
}

static void
set_quarter (DlTxMatch *m,
             guint      end,
             int        year,
             int        q,
             gboolean   anchored)
{
  dl_tx_set_match (m, end, DL_TIMEX_DATE, g_strdup_printf ("%04d-Q%d", year, q), anchored);
}

/* "a year earlier", "two years ago": the quarter under discussion that
 * many years before; FALSE when the text is not about a quarter */
gboolean
dl_tx_period_before (const DlTxScanner *sc,
                     guint              end,
                     int                years,
                     DlTxMatch         *m)
{
  int year, q;

  if (!ref_quarter (sc, &year, &q))
    return FALSE;
  set_quarter (m, end, year - years, q, TRUE);
  return TRUE;
}

/* Whether quarter @q of @year has not ended by the document date */
static gboolean
quarter_ahead (const DlTxScanner *sc,
               int                year,
               int                q)
{
  if (!sc->has_dct)
    return FALSE;
  return year > sc->dct.year || (year == sc->dct.year && 3 * q >= sc->dct.month);
}

/* Remembers the reporting period @m names: a quarter ("2017-Q3"), or a
 * stretch of the year so far ("the nine months"), after which
 * comparisons are with the year before */
void
dl_tx_note_period (DlTxScanner     *sc,
                   guint            first,
                   const DlTxMatch *m)
{
  int year, q, ref_year, ref_q;
  char tail;

  if (m->type == DL_TIMEX_DATE && strlen (m->value) == 7 && m->value[5] == 'Q'
      && sscanf (m->value, "%4d-Q%1d%c", &year, &q, &tail) == 2 && q >= 1 && q <= 4)
    {
      /* "the latest quarter", "the year-ago quarter" keep the subject */
      if (ref_quarter (sc, &ref_year, &ref_q) && (ref_year == year || ref_year == year + 1) && ref_q == q)
        sc->period_at = first;
      /* A report is about the last quarter that has ended: once it is
       * about the third, "fourth-quarter results will suffer" in October
       * is a forecast and "after a flat second quarter" an aside, not
       * the subject. A fiscal quarter may end before the calendar one:
       * "the fourth quarter ended Aug. 26". */
      else if (m->names_quarter && (!ref_quarter (sc, &ref_year, &ref_q) || dl_tx_is (sc, m->end, "ended")
                                    || (!quarter_ahead (sc, year, q) && year * 4 + q > ref_year * 4 + ref_q)))
        {
          sc->period_unit = DL_TX_UNIT_QUARTER;
          sc->period = (DlTxDate) { year, 3 * q - 2, 0 };
          sc->period_at = first;
        }
    }
  else if (m->type == DL_TIMEX_DURATION && dl_tx_is (sc, first, "the")
           && g_str_has_prefix (m->value, "P") && g_str_has_suffix (m->value, "M"))
    {
      sc->period_unit = DL_TX_UNIT_YEAR;
      sc->period_at = first;
    }
}

/* An ordinal quarter, "third quarter" or "fiscal first quarter", at @j:
 * its number, 0 when there is none */
static int
ordinal_quarter_at (const DlTxScanner *sc,
                    guint              j,
                    guint             *end)
{
  int q;

  if (dl_tx_is (sc, j, "fiscal"))
    j++;
  if ((q = dl_tx_small_ordinal_at (sc, j)) == 0 || !dl_tx_is (sc, j + 1, "quarter"))
    return 0;
  *end = j + 2;
  return q;
}

/* The quarter a period word at @j stands for: an ordinal quarter, or
 * "quarter"/"period" meaning the one under discussion. 0 when none. */
static int
period_at (const DlTxScanner *sc,
           guint              j,
           guint             *end)
{
  int year, q;

  if ((q = ordinal_quarter_at (sc, j, end)) > 0)
    return q;
  if (!dl_tx_is (sc, j, "quarter") && !dl_tx_is (sc, j, "period"))
    return 0;
  if (!ref_quarter (sc, &year, &q))
    return 0;
  *end = j + 1;
  return q;
}

/* "year-earlier", "year-ago" at @j */
static gboolean
year_ago_at (const DlTxScanner *sc,
             guint              j)
{
  return dl_tx_is (sc, j, "year") && dl_tx_is_punct (sc, j + 1, '-') && dl_tx_attached (sc, j + 1)
         && (dl_tx_is (sc, j + 2, "earlier") || dl_tx_is (sc, j + 2, "ago"))
         && dl_tx_attached (sc, j + 2);
}

/* The year of the period under discussion: the quarter's, or the
 * document's */
static gboolean
period_year (const DlTxScanner *sc,
             int               *year)
{
  DlTxDate date;
  int q;

  if (ref_quarter (sc, year, &q))
    return TRUE;
  if (!dl_tx_deictic_anchor (sc, &date))
    return FALSE;
  *year = date.year;
  return TRUE;
}

/* "the year-ago quarter", "the comparable year-earlier third quarter",
 * and "year-earlier" alone, as in "year-earlier profit" */
static gboolean
match_year_ago (DlTxScanner *sc,
                guint        i,
                DlTxMatch   *m)
{
  static const char *const alike[] = { "comparable", "corresponding", "same", NULL };
  guint j = dl_tx_is (sc, i, "the") ? i + 1 : i;
  guint end;
  int year, q;

  if (dl_tx_is_any (sc, j, alike))
    j++;
  if (!year_ago_at (sc, j))
    return FALSE;
  if ((q = period_at (sc, j + 3, &end)) > 0 && period_year (sc, &year))
    {
      set_quarter (m, end, year - 1, q, TRUE);
      return TRUE;
    }
  if (j != i)
    return FALSE;
  /* The adjective alone: the year before the period under discussion */
  if (!dl_tx_period_before (sc, j + 3, 1, m))
    dl_tx_resolve_unit (sc, m, j + 3, FALSE, DL_TX_UNIT_YEAR, -1);
  return TRUE;
}

/* "this year's", "last year's", "next year's" at @i: the shift in years
 * from the document's, or G_MININT */
static int
relative_year_at (const DlTxScanner *sc,
                  guint              i)
{
  if (!dl_tx_is (sc, i + 1, "year") || !dl_tx_is (sc, i + 3, "s")
      || !(dl_tx_is_punct (sc, i + 2, '\'') || dl_tx_is (sc, i + 2, "\xe2\x80\x99")))
    return G_MININT;
  if (dl_tx_is (sc, i, "this"))
    return 0;
  if (dl_tx_is (sc, i, "last"))
    return -1;
  if (dl_tx_is (sc, i, "next"))
    return 1;
  return G_MININT;
}

/* "this year's third quarter", "last year's quarter", "the 1988
 * period", "the 1988 second quarter" */
static gboolean
match_year_period (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  int shift = relative_year_at (sc, i);
  int year = dl_tx_is (sc, i, "the") ? dl_tx_year_at (sc, i + 1) : 0;
  DlTxDate date;
  guint end;
  int q;

  if (year > 0)
    q = period_at (sc, i + 2, &end);
  else if (shift != G_MININT && dl_tx_deictic_anchor (sc, &date))
    {
      q = period_at (sc, i + 4, &end);
      year = date.year + shift;
    }
  else
    return FALSE;
  if (q == 0)
    return FALSE;
  set_quarter (m, end, year, q, shift != G_MININT);
  m->names_quarter = TRUE;
  return TRUE;
}

/* "the quarter", "the latest quarter", "the latest period": the quarter
 * the text reports on, or else the last one ended before the document
 * date, which is what a report in the news is about */
/* "ended June 30", "ending Sept. 30, 1996" at @i: the calendar quarter
 * that ends then. Other months end fiscal quarters, which the month
 * alone does not name. */
static gboolean
quarter_ended (const DlTxScanner *sc,
               guint              i,
               int               *year,
               int               *q)
{
  guint end;
  int month, day;

  if (!dl_tx_is (sc, i, "ended") && !dl_tx_is (sc, i, "ending"))
    return FALSE;
  month = dl_tx_month_at (sc, i + 1, &end);
  if (month == 0 || month % 3 != 0 || (day = dl_tx_day_at (sc, end, &end)) < 28)
    return FALSE;
  if (dl_tx_is_punct (sc, end, ','))
    end++;
  *year = dl_tx_year_at (sc, end);
  if (*year == 0)
    *year = dl_tx_pick_year (sc, month, day, DL_TX_TENSE_PAST);
  *q = month / 3;
  return *year > 0;
}

static gboolean
match_the_quarter (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  static const char *const which[] = { "latest", "current", "recent", "just-ended", NULL };
  guint j = i + 1;
  DlTxDate date;
  int year, q;

  if (!dl_tx_is (sc, i, "the"))
    return FALSE;
  if (dl_tx_is_any (sc, j, which))
    j++;
  if (dl_tx_is (sc, j, "period") && j > i + 1 && !dl_tx_is (sc, i + 1, "current")
      && ref_quarter (sc, &year, &q))
    {
      set_quarter (m, j + 1, year, q, TRUE);
      return TRUE;
    }
  /* "the quarter-finals" are a round of a tournament */
  if (!dl_tx_is (sc, j, "quarter") || (dl_tx_is_punct (sc, j + 1, '-') && dl_tx_attached (sc, j + 1)))
    return FALSE;
  if (quarter_ended (sc, j + 1, &year, &q))
    {
      set_quarter (m, j + 1, year, q, TRUE);
      return TRUE;
    }
  if (!dl_tx_is (sc, i + 1, "current") && ref_quarter (sc, &year, &q))
    {
      set_quarter (m, j + 1, year, q, TRUE);
      return TRUE;
    }
  if (!dl_tx_deictic_anchor (sc, &date) || date.month == 0)
    return FALSE;
  if (!dl_tx_is (sc, i + 1, "current") && dl_tx_tense_near (sc, i, j + 1) != DL_TX_TENSE_FUTURE)
    dl_tx_shift (&date, DL_TX_UNIT_QUARTER, -1);
  dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, dl_tx_format_unit (&date, DL_TX_UNIT_QUARTER), TRUE);
  return TRUE;
}

/* "the same period last year", "the corresponding quarter a year ago" */
static gboolean
match_same_period (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  static const char *const alike[] = { "comparable", "corresponding", "same", NULL };
  guint j = i + 3;

  if (!dl_tx_is (sc, i, "the") || !dl_tx_is_any (sc, i + 1, alike)
      || !(dl_tx_is (sc, i + 2, "period") || dl_tx_is (sc, i + 2, "quarter")))
    return FALSE;
  if (dl_tx_is (sc, j, "of"))
    j++;
  if (dl_tx_is (sc, j, "last") && dl_tx_is (sc, j + 1, "year"))
    j += 2;
  else if (dl_tx_is (sc, j, "a") && dl_tx_is (sc, j + 1, "year")
           && (dl_tx_is (sc, j + 2, "ago") || dl_tx_is (sc, j + 2, "earlier")))
    j += 3;
  else
    return FALSE;
  if (!dl_tx_period_before (sc, j, 1, m))
    dl_tx_resolve_unit (sc, m, j, FALSE, DL_TX_UNIT_YEAR, -1);
  return TRUE;
}

gboolean
dl_tx_match_fiscal (DlTxScanner *sc,
                    guint        i,
                    DlTxMatch   *m)
{
  static const char *const openers[] = { "the", "year", "this", "last", "next", NULL };

  /* Every expression here opens with one of these: most tokens stop here */
  if (!dl_tx_is_any (sc, i, openers))
    return FALSE;
  return match_year_ago (sc, i, m) || match_year_period (sc, i, m) || match_same_period (sc, i, m)
         || match_the_quarter (sc, i, m);
}
