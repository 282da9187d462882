/* dl-timex-mods.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-timex-private.h"

/* Modifiers around an expression, which the mod attribute describes:
 * "more than four hours" (MORE_THAN), "early Tuesday" (START), "the next
 * year or so" (APPROX). Bounds and parts of a period are inside the span;
 * words that only say how exact it is ("about", "nearly") and the
 * comparatives "earlier" and "later" stay outside, as in the TIDES
 * guidelines. */

typedef enum
{
  ANY,                      /* any expression */
  COUNT,                    /* a length that starts with a count */
  POINT,                    /* a date or time with a value of its own */
} Applies;

typedef struct
{
  const char *words[3];
  const char *mod;
  Applies applies;
  gboolean outside;         /* TIDES: the word says how exact the value
                             * is, and stays out of the span */
} Modifier;

static const Modifier prefixes[] = {
  { { "no", "more", "than" }, "EQUAL_OR_LESS", COUNT },
  { { "no", "less", "than" }, "EQUAL_OR_MORE", COUNT },
  { { "more", "than" }, "MORE_THAN", COUNT },
  { { "less", "than" }, "LESS_THAN", COUNT },
  { { "at", "least" }, "EQUAL_OR_MORE", COUNT },
  { { "at", "most" }, "EQUAL_OR_LESS", COUNT },
  { { "up", "to" }, "EQUAL_OR_LESS", COUNT },
  { { "over" }, "MORE_THAN", COUNT, TRUE },
  { { "under" }, "LESS_THAN", COUNT },
  { { "nearly" }, "LESS_THAN", ANY, TRUE },
  { { "almost" }, "LESS_THAN", ANY, TRUE },
  { { "about" }, "APPROX", ANY, TRUE },
  { { "around" }, "APPROX", ANY, TRUE },
  { { "approximately" }, "APPROX", ANY, TRUE },
  { { "roughly" }, "APPROX", ANY, TRUE },
  { { "some" }, "APPROX", COUNT },
  { { "early", "in" }, "START", POINT },
  { { "late", "in" }, "END", POINT },
  { { "early" }, "START", POINT },
  { { "earlier" }, "START", POINT, TRUE },
  { { "late" }, "END", POINT },
  { { "later" }, "END", POINT, TRUE },
  { { "mid" }, "MID", POINT },
};

static const Modifier suffixes[] = {
  { { "or", "so" }, "APPROX", ANY },
  { { "or", "more" }, "EQUAL_OR_MORE", COUNT },
  { { "or", "less" }, "EQUAL_OR_LESS", COUNT },
  { { "or", "later" }, "ON_OR_AFTER", POINT },
  { { "or", "earlier" }, "ON_OR_BEFORE", POINT },
  { { "and", "beyond" }, "ON_OR_AFTER", POINT },
};

/* The number of words of @modifier at @i, or 0 */
static guint
words_at (const DlTxScanner *sc,
          guint              i,
          const Modifier    *modifier)
{
  guint n;

  for (n = 0; n < G_N_ELEMENTS (modifier->words) && modifier->words[n] != NULL; n++)
    if (!dl_tx_is (sc, i + n, modifier->words[n]))
      return 0;
  /* "mid-afternoon" is written solid */
  if (n == 1 && modifier->words[0][0] == 'm' && dl_tx_is (sc, i, "mid")
      && dl_tx_is_punct (sc, i + 1, '-') && dl_tx_attached (sc, i + 1))
    n++;
  return n;
}

static gboolean
applies (const DlTxScanner *sc,
         const Modifier    *modifier,
         guint              first,
         const DlTxMatch   *m)
{
  int n;
  guint end;

  switch (modifier->applies)
    {
    case COUNT:
      /* "over two hours", not "over the weekend" */
      return m->type == DL_TIMEX_DURATION && dl_tx_number_at (sc, first, &n, &end);
    case POINT:
      /* "late Tuesday", not "later recently" */
      return (m->type == DL_TIMEX_DATE || m->type == DL_TIMEX_TIME)
             && !g_str_has_suffix (m->value, "_REF");
    case ANY:
    default:
      return m->type != DL_TIMEX_SET;
    }
}

/* "the nine months", "the four days": the determiner belongs to a
 * length with a count, unless the length is a modifier ("the five-year
 * plan", "the two day rally", a count above one with a unit in the
 * singular) */
static gboolean
takes_article (const DlTxScanner *sc,
               guint              first,
               const DlTxMatch   *m)
{
  gboolean plural;
  guint k, end;
  int n;

  if (m->type != DL_TIMEX_DURATION || dl_tx_is (sc, first, "a") || dl_tx_is (sc, first, "an")
      || !dl_tx_number_at (sc, first, &n, &end) || n <= 0)
    return FALSE;
  for (k = first + 1; k < m->end; k++)
    if (dl_tx_is_punct (sc, k, '-'))
      return FALSE;
  return n == 1 || dl_tx_unit_at (sc, m->end - 1, &plural) == DL_TX_UNIT_NONE || plural;
}

/* A suffix modifier after @m: extends it and sets its mod */
static void
add_suffix (const DlTxScanner *sc,
            guint              first,
            DlTxMatch         *m)
{
  guint k, n;

  for (k = 0; k < G_N_ELEMENTS (suffixes); k++)
    if ((n = words_at (sc, m->end, &suffixes[k])) > 0 && applies (sc, &suffixes[k], first, m))
      {
        m->end += n;
        m->mod = suffixes[k].mod;
        return;
      }
}

/* The mod of words a matcher took in itself: "early 1990", "the end of
 * the year", "mid-November" */
static const char *
inner_mod (const DlTxScanner *sc,
           guint              first)
{
  guint j = dl_tx_is (sc, first, "the") ? first + 1 : first;

  if (dl_tx_is (sc, j, "early") || dl_tx_is (sc, j, "earlier") || dl_tx_is (sc, j, "beginning")
      || dl_tx_is (sc, j, "start"))
    return "START";
  if (dl_tx_is (sc, j, "late") || dl_tx_is (sc, j, "later") || dl_tx_is (sc, j, "end"))
    return "END";
  if (dl_tx_is (sc, j, "mid") || dl_tx_is (sc, j, "middle"))
    return "MID";
  return NULL;
}

/* The expression at @i with the modifiers around it. Returns FALSE when
 * there is none; @first and @m->end are the bounds of the span. */
gboolean
dl_tx_match_modified (DlTxScanner *sc,
                      guint        i,
                      guint       *first,
                      DlTxMatch   *m)
{
  gboolean found = dl_tx_match_any (sc, i, m);
  guint k, n;

  *first = i;
  /* Every modifier before an expression is a word */
  for (k = dl_tx_tok (sc, i)->kind == DL_TX_WORD ? 0 : G_N_ELEMENTS (prefixes) + 1;
       k < G_N_ELEMENTS (prefixes) + 1; k++)
    {
      DlTxMatch inner;
      gboolean article = k == G_N_ELEMENTS (prefixes);

      n = article ? (guint) dl_tx_is (sc, i, "the") : words_at (sc, i, &prefixes[k]);
      if (n == 0 || !dl_tx_match_any (sc, i + n, &inner))
        continue;
      if ((article ? takes_article (sc, i + n, &inner) : applies (sc, &prefixes[k], i + n, &inner))
          && (!found || inner.end > m->end))
        {
          g_free (m->value);
          *m = inner;
          m->mod = article ? NULL : prefixes[k].mod;
          *first = article || !prefixes[k].outside ? i : i + n;
          found = TRUE;
          break;
        }
      g_free (inner.value);
    }
  if (!found)
    return FALSE;
  if (m->mod == NULL)
    m->mod = inner_mod (sc, i);
  add_suffix (sc, i, m);
  return TRUE;
}
