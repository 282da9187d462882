/* dl-timex-spelled.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-timex-private.h"

/* Years and decades written in words, as transcripts of broadcasts and
 * speeches have them: "nineteen ninety-six", "January nineteen
 * ninety-seven", "the year two thousand", "the nineties". */

static const char *const decade_words[] = {
  "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
  "eighties", "nineties", NULL
};

/* "nineteen ninety-six", "eighteen sixty-one", "twenty twelve",
 * "nineteen hundred": the year, or 0 */
int
dl_tx_spelled_year_at (const DlTxScanner *sc,
                       guint              i,
                       guint             *end)
{
  int century, rest;
  guint j;

  if (!dl_tx_number_word_at (sc, i, &century, &j) || j != i + 1 || century < 11 || century > 20)
    return 0;
  if (dl_tx_is (sc, j, "hundred"))
    {
      *end = j + 1;
      return century * 100;
    }
  /* "twenty twenty-five" is a year, "twenty ninety" rather two numbers */
  if (!dl_tx_number_word_at (sc, j, &rest, end) || rest < 10 || (century == 20 && rest > 50))
    return 0;
  return century * 100 + rest;
}

/* "two thousand", "two thousand and eight", "two thousand eight": only
 * after "the year", where it cannot be a count */
static int
thousands_year_at (const DlTxScanner *sc,
                   guint              i,
                   guint             *end)
{
  int rest;
  guint j;

  if (!dl_tx_is (sc, i, "two") || !dl_tx_is (sc, i + 1, "thousand"))
    return 0;
  *end = i + 2;
  j = dl_tx_is (sc, *end, "and") ? *end + 1 : *end;
  if (dl_tx_number_word_at (sc, j, &rest, &j) && rest >= 1 && rest <= 99)
    {
      *end = j;
      return 2000 + rest;
    }
  return 2000;
}

/* "the nineties", "the nineteen-nineties": the latest such decade not
 * after the document's, else in the twentieth century */
static gboolean
match_decade_word (DlTxScanner *sc,
                   guint        i,
                   DlTxMatch   *m)
{
  guint j = i + 1;
  int century = 0;
  int tens;

  if (!dl_tx_is (sc, i, "the"))
    return FALSE;
  if (dl_tx_number_word_at (sc, j, &century, &j) && (century < 11 || century > 20))
    return FALSE;
  if (century > 0 && dl_tx_is_punct (sc, j, '-') && dl_tx_attached (sc, j))
    j++;
  if (!dl_tx_is_any (sc, j, decade_words))
    return FALSE;
  for (tens = 0; !dl_tx_is (sc, j, decade_words[tens]); tens++)
    ;
  tens += 2;
  if (century == 0)
    {
      century = sc->has_dct ? sc->dct.year / 100 : 19;
      if (sc->has_dct && century * 100 + tens * 10 > sc->dct.year)
        century--;
    }
  dl_tx_set_match (m, j + 1, DL_TIMEX_DATE, g_strdup_printf ("%03d", century * 10 + tens), FALSE);
  return TRUE;
}

gboolean
dl_tx_match_spelled (DlTxScanner *sc,
                     guint        i,
                     DlTxMatch   *m)
{
  DlTxDate date = { 0 };
  guint j = i;
  guint end;

  if (dl_tx_is (sc, i, "the") && dl_tx_is (sc, i + 1, "year"))
    j = i + 2;
  else if ((date.month = dl_tx_month_at (sc, i, &end)) > 0)
    j = end;
  date.year = dl_tx_spelled_year_at (sc, j, &end);
  /* Alone, "twelve hundred" is rather a count: "twelve hundred students" */
  if (j == i && date.year % 100 == 0)
    date.year = 0;
  if (date.year == 0 && j == i + 2)
    date.year = thousands_year_at (sc, j, &end);
  if (date.year == 0)
    return match_decade_word (sc, i, m);
  dl_tx_set_match (m, end, DL_TIMEX_DATE, dl_tx_format_date (&date), FALSE);
  m->date = date;
  m->moves_ref = TRUE;
  return TRUE;
}
