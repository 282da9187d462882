/* dl-timex-narrative.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-timex-private.h"

/* Days that histories name by leaning on the dates around them: "on the
 * 3rd" once a month has been named, and the first day of a pair or a
 * range, "1 and 2 July", "5 to 8 May", "June 1 and 2". As the TIDES
 * guidelines ask, each day of a pair or range is an expression of its
 * own with the full value of a date; the month and year it shares come
 * from the other day. */

/* Words that join two days of a pair or a range */
static const char *const joins[] = {
  "and", "or", "to", "through", "until", "till", "\xe2\x80\x93", NULL
};

/* Words that may follow a day standing alone ("on the 3rd, the army
 * attacked"); anything else makes "the 3rd" the start of a name, "the
 * 3rd Army", "the 3rd of the line" */
static const char *const clause_words[] = {
  "and", "or", "to", "when", "as", "the", "a", "an", "he", "she", "they",
  "it", "his", "her", "their", "its", "at", "in", "with", "after",
  "before", "until", "there", "we", "i", NULL
};

/* Words before a lone ordinal day */
static const char *const day_cues[] = {
  "on", "by", "until", "till", "from", "since", "after", "before",
  "through", "and", "to", "of", NULL
};

static gboolean
is_join (const DlTxScanner *sc,
         guint              i)
{
  return dl_tx_is_any (sc, i, joins) || dl_tx_is_punct (sc, i, '-');
}

/* Whether what follows @i leaves the day alone: the end of a clause, or
 * a word that starts one */
static gboolean
stands_alone (const DlTxScanner *sc,
              guint              i)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  guint end;

  if (tok == NULL || tok->kind == DL_TX_PUNCT)
    return tok == NULL || !dl_tx_is_punct (sc, i, '-');
  if (tok->kind != DL_TX_WORD || tok->capitalized || !dl_tx_is_any (sc, i, clause_words))
    return FALSE;
  /* "the 3rd and 4th Armies": a pair of names */
  if (is_join (sc, i) && dl_tx_day_at (sc, i + 1, &end) > 0)
    return stands_alone (sc, end);
  return TRUE;
}

/* "and 2 days", "to 5 percent": a count, not a day */
static gboolean
counts (const DlTxScanner *sc,
        guint              i)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  gboolean plural;
  guint end;

  if (tok == NULL)
    return FALSE;
  /* "2%", "2.5", "2/3", "2:30" */
  if (tok->kind == DL_TX_PUNCT)
    return dl_tx_attached (sc, i) && (tok->lower[0] == '%'
                                      || (strchr ("-/:.,", tok->lower[0]) != NULL
                                          && dl_tx_attached (sc, i + 1)
                                          && dl_tx_tok (sc, i + 1)->kind == DL_TX_NUM));
  return tok->kind != DL_TX_WORD || dl_tx_unit_at (sc, i, &plural) != DL_TX_UNIT_NONE
         || dl_tx_month_at (sc, i, &end) > 0 || dl_tx_is (sc, i, "percent");
}

static void
set_day (DlTxMatch *m,
         guint      end,
         DlTxDate   date,
         gboolean   anchored)
{
  char *value = date.year > 0 ? dl_tx_format_date (&date)
                              : g_strdup_printf ("XXXX-%02d-%02d", date.month, date.day);

  dl_tx_set_match (m, end, DL_TIMEX_DATE, value, anchored && date.year > 0);
  if (date.year > 0)
    {
      m->moves_ref = TRUE;
      m->date = date;
    }
}

/* "on the 3rd", "by the 21st": a day of the month the text is at */
static gboolean
match_day_of_month (DlTxScanner *sc,
                    guint        i,
                    DlTxMatch   *m)
{
  DlTxDate date = sc->ref;
  guint end;
  int day;

  if (!dl_tx_is (sc, i, "the") || i == 0 || !dl_tx_is_any (sc, i - 1, day_cues)
      || !sc->has_ref || sc->ref.month == 0)
    return FALSE;
  /* Only the ordinal: "the 3" is a count */
  if ((day = dl_tx_day_at (sc, i + 1, &end)) == 0 || end != i + 3 || !stands_alone (sc, end))
    return FALSE;
  date.day = day;
  if (!g_date_valid_dmy (day, date.month, date.year))
    return FALSE;
  set_day (m, end, date, TRUE);
  return TRUE;
}

/* "1 and 2 July 1916", "5 to 8 May", "the 5th and 6th of June": the
 * first day, with the month and year of the second */
static gboolean
match_first_of_pair (DlTxScanner *sc,
                     guint        i,
                     DlTxMatch   *m)
{
  guint j = dl_tx_is (sc, i, "the") ? i + 1 : i;
  DlTxMatch second = { 0 };
  DlTxDate date;
  guint end;
  int day;

  if ((day = dl_tx_day_at (sc, j, &end)) == 0 || !is_join (sc, end))
    return FALSE;
  /* "5-8 May" is written solid, "5 - 8 May" is not a range of days */
  if (dl_tx_is_punct (sc, end, '-') && !(dl_tx_attached (sc, end) && dl_tx_attached (sc, end + 1)))
    return FALSE;
  if (dl_tx_day_at (sc, end + 1, &j) == 0 || !dl_tx_match_explicit (sc, end + 1, &second))
    return FALSE;
  date = second.date;
  date.day = day;
  /* A second day with no year to go by has only its value, "XXXX-05-08" */
  if (second.date.day == 0 && second.value != NULL && g_str_has_prefix (second.value, "XXXX-"))
    date.month = (int) g_ascii_strtoll (second.value + 5, NULL, 10);
  g_free (second.value);
  if (date.month == 0 || day >= (second.date.day > 0 ? second.date.day : 32)
      || !g_date_valid_dmy (day, date.month, date.year > 0 ? date.year : 2000))
    return FALSE;
  set_day (m, end, date, second.anchored);
  return TRUE;
}

/* "June 1 and 2", "July 4-5": the second day, with the month and year of
 * the first, which the scanner has just read */
static gboolean
match_second_of_pair (DlTxScanner *sc,
                      guint        i,
                      DlTxMatch   *m)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  DlTxDate date = sc->ref;
  guint end, prev_end;

  if (tok->kind != DL_TX_NUM || i < 3 || !is_join (sc, i - 1) || !sc->has_ref
      || sc->ref.day == 0 || dl_tx_day_at (sc, i - 2, &prev_end) != sc->ref.day
      || prev_end != i - 1 || dl_tx_month_at (sc, i - 3, &end) != sc->ref.month)
    return FALSE;
  if ((date.day = dl_tx_day_at (sc, i, &end)) <= sc->ref.day || counts (sc, end)
      || !g_date_valid_dmy (date.day, date.month, date.year))
    return FALSE;
  set_day (m, end, date, TRUE);
  return TRUE;
}

gboolean
dl_tx_match_narrative (DlTxScanner *sc,
                       guint        i,
                       DlTxMatch   *m)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  /* Cheap first: every rule here starts at "the" or a number */
  if (tok->kind != DL_TX_NUM && !dl_tx_is (sc, i, "the"))
    return FALSE;
  return match_day_of_month (sc, i, m) || match_first_of_pair (sc, i, m)
         || match_second_of_pair (sc, i, m);
}
