/* dl-timex-tense.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-timex-private.h"

/* The tense of the clause around an expression, and where sentences
 * end: what a weekday or a month without a year leans on to point back
 * or ahead. */

static const char *const future_words[] = {
  "will", "shall", "would", "should", "must", "might", "next", "upcoming", "coming", "plans", "plan",
  "expected", "expects", "scheduled", "tomorrow", "going", "later", NULL
};

/* Future words only when an infinitive follows: "plans to meet", not
 * "announced the plan Aug. 21" or "better than expected" */
static const char *const future_before_to[] = {
  "plans", "plan", "expected", "expects", "going", NULL
};

/* Present tense next to a day name usually announces it: "the vote is
 * on Sunday", "Clinton, who leaves for Moscow on Sunday" */
static const char *const present_words[] = {
  "is", "are", "am", "starts", "begins", "opens", "ends", "due", "meets",
  "holds", "returns", "leaves", "arrives", "visits", "travels", "heads",
  "resumes", "closes", "expires", "departs", "testifies", "hosts",
  "convenes", "reconvenes", "flies", "plays", "faces", "goes", "votes",
  "takes", "kicks", "reopens", NULL
};

/* Present too, the bare forms that are no nouns, for plural subjects:
 * "voters go to the polls Sunday", "the leaders meet Friday"; after
 * "to" they are infinitives, and the tense is the verb's before them.
 * Headlines tell the past in the present ("Apple unveils laptops"), but
 * with a singular subject, so "-s" forms of such verbs are left out of
 * the list above. */
static const char *const bare_present_words[] = {
  "go", "meet", "begin", "arrive", "testify", "convene", "depart", "expire",
  "take", "reopen", "resume", "reconvene", "gather", "decide", "announce",
  "unveil", "consider", "discuss", "attend", "elect", "celebrate", "hear",
  "sign", "weigh", NULL
};

/* Words before an -ed word that make it an adjective: "a still
 * unspecified date", "the newly elected council" */
static const char *const determiners[] = {
  "a", "an", "the", "its", "their", "his", "her", "our", "this", "that",
  NULL
};

static const char *const past_words[] = {
  "was", "were", "had", "did", "said", "told", "met", "ago", "last",
  "yesterday", "took", "held", "came", "went", "began", "gave", "made",
  "saw", "spoke", "left", "won", "lost", "sent", "got", "found", "thought",
  "knew", "became", "broke", "fell", "rose", "led", "fought", "brought",
  "has", "have", "earlier", "wrote", "ran", "shot", "struck", "sank", "sat",
  "stood", "flew", "drove", "spoke", "grew", "threw", "swore", "rang",
  "bought", "caught", "taught", "sold", "paid", "kept", "felt", "meant",
  "heard", "built", "spent", "stole", "chose", "froze", "woke", "rode",
  "hid", "tore", "wore", "stuck", "hung", "swam", "forgot", "forgave",
  "drew", "blew", "fled", "sought", "understood", "withdrew", "overthrew",
  "arose", "ago", "previously", "once", NULL
};

/* Words ending in -ed that are not past tenses */
static const char *const not_past_ed[] = {
  "need", "feed", "speed", "seed", "indeed", "hundred", "united", "proceed",
  "exceed", "succeed", "breed", "bleed", "greed", "weed", "deed", "shed",
  "bed", "red", "fed", NULL
};

/* Words a full stop follows without ending the sentence: "Aug. 6",
 * "Mr. Smith", "Gen. Powell" */
static const char *const abbreviations[] = {
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
  "nov", "dec", "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov",
  "lt", "col", "sgt", "capt", "prof", "rev", "no", "vs", NULL
};

/* Zones that follow a clock time: "9:30 a.m. ET Friday" */
const char *const dl_tx_zones[] = {
  "et", "edt", "est", "ct", "cdt", "cst", "pt", "pdt", "pst", "gmt", "utc",
  "bst", "cet", "cest", "msk", "jst", NULL
};

/* Whether the full stop at @i closes "a.m." or "p.m." */
static gboolean
ends_meridian (const DlTxScanner *sc,
               guint              i)
{
  return i >= 3 && dl_tx_is (sc, i - 1, "m") && dl_tx_is_punct (sc, i - 2, '.')
         && (dl_tx_is (sc, i - 3, "a") || dl_tx_is (sc, i - 3, "p"));
}

/* Whether token @i ends a sentence. A full stop inside a number or an
 * abbreviation ("8,189.49", "U.S. officials", "Aug. 6") does not: the
 * tense of "Stocks rose ... to 8,189.49, leaving ..." reaches past it. */
static gboolean
ends_sentence (const DlTxScanner *sc,
               guint              i)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  const DlTxToken *next = dl_tx_tok (sc, i + 1);
  const DlTxToken *prev;
  gboolean plural;

  if (tok->kind != DL_TX_PUNCT || strchr (".!?;", tok->lower[0]) == NULL)
    return FALSE;
  if (tok->lower[0] != '.' || next == NULL || next->break_before)
    return TRUE;
  if ((!next->space_before && next->kind != DL_TX_PUNCT) || next->kind == DL_TX_NUM)
    return FALSE;
  if (next->kind == DL_TX_WORD && !next->capitalized)
    return FALSE;
  /* "9:30 a.m. ET Friday" goes on */
  if (ends_meridian (sc, i)
      && (dl_tx_is_any (sc, i + 1, dl_tx_zones) || dl_tx_weekday_at (sc, i + 1, &plural) > 0))
    return FALSE;
  prev = i > 0 ? dl_tx_tok (sc, i - 1) : NULL;
  return prev == NULL || prev->kind != DL_TX_WORD || prev->end - prev->start > 4
         || !dl_tx_is_any (sc, i - 1, abbreviations);
}

/* Whether tokens @a and @b (@a before @b) are in one sentence */
gboolean
dl_tx_same_sentence (const DlTxScanner *sc,
                     guint              a,
                     guint              b)
{
  for (guint k = a; k < b; k++)
    if (ends_sentence (sc, k) || (k > a && dl_tx_tok (sc, k)->break_before))
      return FALSE;
  return TRUE;
}

/* What a word says of the tense: the lists above, in the order they
 * win, with the future words that need an infinitive after them apart */
enum
{
  TENSE_WORD_NONE,
  TENSE_WORD_FUTURE_BEFORE_TO,
  TENSE_WORD_FUTURE,
  TENSE_WORD_PAST,
  TENSE_WORD_PRESENT,
  TENSE_WORD_NOT_PAST,
  TENSE_WORD_SET,
};

static const DlTxWordTable *
tense_table (void)
{
  static const char *const contracted_will[] = { "ll", NULL };
  static const char *const set[] = { "set", NULL };
  static gsize once = 0;
  static DlTxWordTable table;

  if (g_once_init_enter (&once))
    {
      dl_tx_word_table_add (&table, future_before_to, TENSE_WORD_FUTURE_BEFORE_TO);
      dl_tx_word_table_add (&table, future_words, TENSE_WORD_FUTURE);
      dl_tx_word_table_add (&table, contracted_will, TENSE_WORD_FUTURE);
      dl_tx_word_table_add (&table, past_words, TENSE_WORD_PAST);
      dl_tx_word_table_add (&table, present_words, TENSE_WORD_PRESENT);
      dl_tx_word_table_add (&table, bare_present_words, TENSE_WORD_PRESENT);
      dl_tx_word_table_add (&table, not_past_ed, TENSE_WORD_NOT_PAST);
      dl_tx_word_table_add (&table, set, TENSE_WORD_SET);
      g_once_init_leave (&once, 1);
    }
  return &table;
}

/* "the vote is set for Sunday", "talks set to resume" announce; "the
 * record set on Aug. 6" looks back */
static DlTxTense
set_tense (const DlTxScanner *sc,
           guint              k)
{
  static const char *const present[] = { "is", "are", "am", "be", NULL };

  if (dl_tx_is (sc, k + 1, "for") || dl_tx_is (sc, k + 1, "to")
      || (k > 0 && dl_tx_is_any (sc, k - 1, present)))
    return DL_TX_TENSE_PRESENT;
  return DL_TX_TENSE_PAST;
}

/* An -ed word right after a determiner, or after one and an adverb, is
 * an adjective: "a still unspecified date" says nothing of the tense */
static gboolean
is_adjective (const DlTxScanner *sc,
              guint              k)
{
  const DlTxToken *prev;
  gsize len;

  if (k == 0)
    return FALSE;
  if (dl_tx_is_any (sc, k - 1, determiners))
    return TRUE;
  prev = dl_tx_tok (sc, k - 1);
  len = strlen (prev->lower);
  if (k < 2 || !dl_tx_is_any (sc, k - 2, determiners))
    return FALSE;
  return strcmp (prev->lower, "still") == 0 || (len > 3 && strcmp (prev->lower + len - 2, "ly") == 0);
}

/* The tense token @k marks, if any */
static DlTxTense
tense_of_word (const DlTxScanner *sc,
               guint              k)
{
  const DlTxToken *tok = dl_tx_tok (sc, k);
  gsize len;

  if (tok->kind != DL_TX_WORD || tok->lower[0] == '\0')
    return DL_TX_TENSE_UNKNOWN;
  switch (dl_tx_word_table_get (tense_table (), tok->lower))
    {
    case TENSE_WORD_FUTURE_BEFORE_TO:
      return dl_tx_is (sc, k + 1, "to") ? DL_TX_TENSE_FUTURE : DL_TX_TENSE_UNKNOWN;
    case TENSE_WORD_FUTURE:
      return DL_TX_TENSE_FUTURE;
    case TENSE_WORD_PAST:
      return DL_TX_TENSE_PAST;
    case TENSE_WORD_PRESENT:
      return DL_TX_TENSE_PRESENT;
    case TENSE_WORD_NOT_PAST:
      return DL_TX_TENSE_UNKNOWN;
    case TENSE_WORD_SET:
      return set_tense (sc, k);
    default:
      break;
    }
  len = strlen (tok->lower);
  if (len >= 4 && tok->lower[len - 2] == 'e' && tok->lower[len - 1] == 'd' && !is_adjective (sc, k))
    return DL_TX_TENSE_PAST;
  return DL_TX_TENSE_UNKNOWN;
}

/* "had", "had been" just before token @k */
static gboolean
had_before (const DlTxScanner *sc,
            guint              k)
{
  if (k >= 1 && dl_tx_is (sc, k - 1, "had"))
    return TRUE;
  return k >= 2 && dl_tx_is (sc, k - 1, "been") && dl_tx_is (sc, k - 2, "had");
}

/* Words before a participle that carry the clause's tense themselves,
 * or leave it to a word before them */
static const char *const participle_carriers[] = {
  "be", "been", "being", "is", "are", "am", "stay", "stays", "remain", "remains", "get", "gets", NULL
};

/* Whether "due" at @k plans something: "due on Friday", "due to be
 * signed", "due to start", but not "due to the storm" or "due to lower
 * output" */
static gboolean
due_plans (const DlTxScanner *sc,
           guint              k)
{
  static const char *const planned[] = {
    "be", "start", "begin", "meet", "open", "sign", "arrive", "leave", "return", "expire", "end",
    "close", "hold", "vote", "resume", "take", "go", "visit", "report", "release", "announce", NULL
  };

  return !dl_tx_is (sc, k + 1, "to") || dl_tx_is_any (sc, k + 2, planned);
}

/* "had been scheduled", "was due", "as previously planned": a plan of
 * the past */
static gboolean
plan_of_the_past (const DlTxScanner *sc,
                  guint              k)
{
  static const char *const past[] = { "had", "was", "were", "previously", "originally", "as", NULL };

  return (k >= 1 && dl_tx_is_any (sc, k - 1, past))
         || (k >= 2 && dl_tx_is (sc, k - 1, "been") && dl_tx_is (sc, k - 2, "had"));
}

/* "slated for a December sale", "scheduled to open on Friday", "due out
 * Wednesday", "set for Monday": a date planned, ahead of the news
 * whatever the tense of its sentence. Looks at the few words before
 * token @i, within its clause. */
static gboolean
planned_before (const DlTxScanner *sc,
                guint              i)
{
  static const char *const plans[] = { "slated", "scheduled", "planned", NULL };

  for (guint k = i; k > 0 && i - k < 5; k--)
    {
      if (dl_tx_tok (sc, k - 1)->kind == DL_TX_PUNCT)
        return FALSE;
      if (dl_tx_is_any (sc, k - 1, plans) || (dl_tx_is (sc, k - 1, "due") && due_plans (sc, k - 1))
          || (dl_tx_is (sc, k - 1, "set") && (dl_tx_is (sc, k, "for") || dl_tx_is (sc, k, "to"))))
        return !plan_of_the_past (sc, k - 1);
    }
  return FALSE;
}

/* "figures due Friday", "shares fell ahead of the vote on Friday", "in
 * advance of the Nov. 5 election", "stages await Sunday's festivities":
 * what the news waits for, whatever the tense of the sentence, at @i */
gboolean
dl_tx_awaited (const DlTxScanner *sc,
               guint              i)
{
  static const char *const awaiting[] = { "await", "awaits", "awaiting", NULL };

  if (planned_before (sc, i))
    return TRUE;
  /* "the championships beginning Monday", "starting on Friday" */
  if (i >= 1 && (dl_tx_is (sc, i - 1, "beginning") || dl_tx_is (sc, i - 1, "starting")
                 || (i >= 2 && dl_tx_is (sc, i - 1, "on")
                     && (dl_tx_is (sc, i - 2, "beginning") || dl_tx_is (sc, i - 2, "starting")))))
    return TRUE;
  for (guint k = i; k >= 2 && i - k < 12; k--)
    {
      if (dl_tx_tok (sc, k - 1)->kind == DL_TX_PUNCT)
        return FALSE;
      if ((dl_tx_is (sc, k - 2, "ahead") || dl_tx_is (sc, k - 2, "advance")) && dl_tx_is (sc, k - 1, "of"))
        return TRUE;
      if (dl_tx_is_any (sc, k - 1, awaiting))
        return TRUE;
    }
  return FALSE;
}

/* The tense of the clause around tokens [@first, @end): the nearest
 * tense marker before them in the sentence, else the nearest after. */
DlTxTense
dl_tx_tense_near (const DlTxScanner *sc,
                  guint              first,
                  guint              end)
{
  DlTxTense tense;
  guint k;

  for (k = first; k > 0 && first - k < 30; k--)
    {
      const DlTxToken *tok = dl_tx_tok (sc, k - 1);

      if (ends_sentence (sc, k - 1))
        break;
      tense = tense_of_word (sc, k - 1);
      /* "will be paid", "to be held", "will stay closed": the
       * participle is not the tense; nor is "had been due to expire"
       * an infinitive's */
      if (tense == DL_TX_TENSE_PAST && k >= 2 && dl_tx_is_any (sc, k - 2, participle_carriers))
        continue;
      if (tense == DL_TX_TENSE_PRESENT && k >= 2 && dl_tx_is (sc, k - 2, "to")
          && dl_tx_is_any (sc, k - 1, bare_present_words))
        continue;
      /* "had been due to expire Friday", "was due Friday": a plan of
       * the past */
      if (tense != DL_TX_TENSE_UNKNOWN && tense != DL_TX_TENSE_PAST && had_before (sc, k - 1))
        return DL_TX_TENSE_PAST;
      if (tense == DL_TX_TENSE_PRESENT && k >= 2
          && (dl_tx_is (sc, k - 2, "was") || dl_tx_is (sc, k - 2, "were")))
        return DL_TX_TENSE_PAST;
      if (tense != DL_TX_TENSE_UNKNOWN)
        return tense;
      if (tok->break_before)
        break;
    }
  for (k = end; k < sc->tokens->len && k - end < 30; k++)
    {
      const DlTxToken *tok = dl_tx_tok (sc, k);

      if (ends_sentence (sc, k) || tok->break_before)
        break;
      if ((tense = tense_of_word (sc, k)) != DL_TX_TENSE_UNKNOWN)
        return tense;
    }
  return DL_TX_TENSE_UNKNOWN;
}
