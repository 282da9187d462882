/* dl-timex.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-timex-private.h"

/* The temporal tagger: a rule-based TIMEX3 recogniser and normaliser.
 * The text is cut into tokens; at each token
 * every family of rules proposes a match and the longest wins, so
 * "noon Sunday" beats "Sunday" and "two years ago" beats "two years".
 * Dates are resolved while scanning, left to right, so that "two days
 * later" can count from the date the text last mentioned. */

/* The most tokens an expression has before its first head word:
 * "no more than sixty days", "the end of the year" */
#define MAX_LEAD 4

static const DlTxMatcher all_matchers[] = {
  dl_tx_match_time,
  dl_tx_match_explicit,
  dl_tx_match_year,
  dl_tx_match_weekday,
  dl_tx_match_relative,
  dl_tx_match_set,
  dl_tx_match_duration,
  dl_tx_match_named,
  dl_tx_match_fiscal,
  dl_tx_match_narrative,
  dl_tx_match_spelled,
};

static const DlTxMatcher day_matchers[] = {
  dl_tx_match_explicit,
  dl_tx_match_named,
  dl_tx_match_weekday,
  dl_tx_match_relative,
};

static void
clear_timex (gpointer data)
{
  DlTimex *timex = data;

  g_clear_pointer (&timex->value, g_free);
}

/* The longest match at @i; earlier matchers win ties */
static gboolean
longest_match (DlTxScanner       *sc,
               guint              i,
               const DlTxMatcher *matchers,
               guint              n_matchers,
               DlTxMatch         *best)
{
  guint k;

  memset (best, 0, sizeof *best);
  /* Matchers look for what follows: past the last token, nothing does */
  if (dl_tx_tok (sc, i) == NULL)
    return FALSE;
  for (k = 0; k < n_matchers; k++)
    {
      DlTxMatch m = { 0 };

      if (matchers[k] (sc, i, &m) && m.value != NULL && m.end > i
          && (best->value == NULL || m.end > best->end))
        {
          g_free (best->value);
          *best = m;
        }
      else
        g_free (m.value);
    }
  return best->value != NULL;
}

gboolean
dl_tx_match_any (DlTxScanner *sc,
                 guint        i,
                 DlTxMatch   *m)
{
  return longest_match (sc, i, all_matchers, G_N_ELEMENTS (all_matchers), m);
}

gboolean
dl_tx_match_day (DlTxScanner *sc,
                 guint        i,
                 DlTxMatch   *m)
{
  return longest_match (sc, i, day_matchers, G_N_ELEMENTS (day_matchers), m);
}

static void
append_match (GArray            *timexes,
              const DlTxScanner *sc,
              guint              first,
              DlTxMatch         *m)
{
  DlTimex timex;

  timex.start = dl_tx_tok (sc, first)->start;
  timex.end = dl_tx_tok (sc, m->end - 1)->end;
  timex.type = m->type;
  timex.value = g_steal_pointer (&m->value);
  timex.anchored = m->anchored;
  timex.mod = m->mod;
  g_array_append_val (timexes, timex);
}

/**
 * dl_timex_find:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 when nul-terminated
 * @dct: (nullable): the document creation time, for relative expressions
 *
 * Finds the temporal expressions in @text, in text order and not
 * overlapping.
 *
 * Returns: (transfer full) (element-type DlTimex): the expressions
 */
GArray *
dl_timex_find (const char *text,
               gsize       length,
               GDateTime  *dct)
{
  GArray *timexes = g_array_new (FALSE, TRUE, sizeof (DlTimex));
  DlTxScanner sc = { 0 };
  guint head = 0;
  guint i = 0;

  g_array_set_clear_func (timexes, clear_timex);
  g_return_val_if_fail (text != NULL || length == 0, timexes);
  if (length == (gsize) -1)
    length = strlen (text);
  sc.text = text;
  sc.tokens = dl_tx_tokenize (text, length);
  if (dct != NULL)
    {
      g_date_time_get_ymd (dct, &sc.dct.year, &sc.dct.month, &sc.dct.day);
      sc.has_dct = TRUE;
    }
  while (i < sc.tokens->len)
    {
      DlTxMatch m;
      guint first;

      /* Nothing starts more than a few tokens before its first head */
      while (head < sc.tokens->len && (head < i || !dl_tx_tok (&sc, head)->head))
        head++;
      if (head >= sc.tokens->len)
        break;
      if (head > i + MAX_LEAD)
        i = head - MAX_LEAD;
      sc.pos = i;
      if (!dl_tx_match_modified (&sc, i, &first, &m))
        {
          i++;
          continue;
        }
      if (m.date.year > 0 && !m.anchored)
        {
          sc.ref_year = m.date.year;
          sc.ref_year_at = i;
          if (sc.has_dct && ABS (m.date.year - sc.dct.year) >= 2)
            sc.n_far_years++;
        }
      sc.deictic_seen = sc.deictic_seen || m.deictic;
      if (m.deictic || m.from_dct)
        sc.present_at = i + 1;
      if (m.date.year > 0 && m.date.month > 0)
        {
          sc.has_month_ref = TRUE;
          sc.month_ref = m.date;
        }
      if (m.moves_ref)
        {
          sc.has_ref = TRUE;
          sc.ref = m.date;
        }
      dl_tx_note_period (&sc, first, &m);
      append_match (timexes, &sc, first, &m);
      i = m.end;
    }
  g_array_unref (sc.tokens);
  return timexes;
}

const char *
dl_timex_type_to_string (DlTimexType type)
{
  switch (type)
    {
    case DL_TIMEX_TIME:
      return "TIME";
    case DL_TIMEX_DURATION:
      return "DURATION";
    case DL_TIMEX_SET:
      return "SET";
    case DL_TIMEX_DATE:
    default:
      return "DATE";
    }
}
