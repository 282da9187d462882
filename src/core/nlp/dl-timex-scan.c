/* dl-timex-scan.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-timex-private.h"

/* Tokens and the small word lists the matchers share. Everything here is
 * about recognising words; no calendar logic. */

static const char *const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december", NULL
};

static const char *const month_abbrevs[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul",
  "aug", "sep", "oct", "nov", "dec", NULL
};

static const char *const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", NULL
};

/* The seasons and their TimeML codes, in the same order */
static const char *const season_names[] = {
  "spring", "summer", "autumn", "fall", "winter", NULL
};

const char *const dl_tx_season_codes[] = { "SP", "SU", "FA", "FA", "WI" };

static const char *const weekday_abbrevs[] = {
  "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL
};

static const char *const small_numbers[] = {
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
  "sixteen", "seventeen", "eighteen", "nineteen", NULL
};

static const char *const tens[] = {
  "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
  "eighty", "ninety", NULL
};

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

/* Words that can carry a temporal expression: every expression the
 * matchers know holds at least one of them (or a number) near its start,
 * so the driver skips the stretches of text that hold none. Plurals are
 * found by stripping a final "s". Keep it in step with the matchers. */
static const char *const head_words[] = {
  /* months, days, seasons, parts of the day */
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon",
  "evening", "night", "noon", "midday", "midnight", "tonight", "overnight",
  "weekend", "today", "yesterday", "tomorrow", "half", "dawn", "daybreak",
  "sunrise", "dusk", "nightfall", "sunset",
  /* units */
  "second", "sec", "minute", "min", "hour", "hr", "hrs", "yrs", "day", "week", "month",
  "quarter", "year", "yr", "decade", "century", "centurie", "millennium",
  "millennia", "fortnight", "period",
  /* the present, past and future; repetitions */
  "now", "currently", "nowadays", "recently", "lately", "present", "past",
  "future", "current", "soon", "previously", "formerly", "annually",
  "yearly", "daily", "everyday", "nightly", "weekly", "monthly", "hourly",
  "quarterly", "once", "twice", "biweekly", "fortnightly", "bimonthly",
  "semiannually",
  /* named days, eras, fiscal years, spelled years and decades */
  "christmas", "boxing", "halloween", "thanksgiving", "easter",
  "independence", "eve", "fy", "q", "h", "bc", "bce", "ad", "ce", "fiscal",
  "nineteen", "twenty", "thousand", "hundred", "eighties", "nineties",
  "eighteen", "seventeen", "sixteen", "fifteen", "fourteen",
  "seventies", "sixties", "fifties", "forties", "thirties", "twenties",
  NULL
};

/* Word lists the scanner consults for nearly every word of a text, in
 * open-addressing tables of their hashes, so that a lookup costs little
 * more than hashing the word. Each word maps to a small value. */
#define WORD_SLOTS 1024

typedef struct
{
  const char *words[WORD_SLOTS];
  guint8 values[WORD_SLOTS];
} WordTable;

static guint32
word_hash (const char *word)
{
  guint32 h = 2166136261u;

  for (; *word != '\0'; word++)
    h = (h ^ (guchar) *word) * 16777619u;
  return h;
}

/* The slot of @word in @table, or of the empty slot where it would go */
static guint
word_slot (const WordTable *table,
           const char      *word)
{
  guint slot = word_hash (word) % WORD_SLOTS;

  while (table->words[slot] != NULL
         && (table->words[slot][0] != word[0] || strcmp (table->words[slot], word) != 0))
    slot = (slot + 1) % WORD_SLOTS;
  return slot;
}

/* Adds @words with @value; a word already there keeps its first value */
static void
word_table_add (WordTable         *table,
                const char *const *words,
                guint8             value)
{
  for (guint k = 0; words[k] != NULL; k++)
    {
      guint slot = word_slot (table, words[k]);

      if (table->words[slot] == NULL)
        {
          table->words[slot] = words[k];
          table->values[slot] = value;
        }
    }
}

/* The value of @word in @table, 0 when it is not there */
static guint8
word_table_get (const WordTable *table,
                const char      *word)
{
  guint slot = word_slot (table, word);

  return table->words[slot] != NULL ? table->values[slot] : 0;
}

static const WordTable *
head_table (void)
{
  static gsize once = 0;
  static WordTable table;

  if (g_once_init_enter (&once))
    {
      word_table_add (&table, head_words, 1);
      g_once_init_leave (&once, 1);
    }
  return &table;
}

static gboolean
is_head_word (const char *word)
{
  return word_table_get (head_table (), word) != 0;
}

static gboolean
is_head (const DlTxToken *tok)
{
  char word[24];
  gsize len;

  if (tok->kind == DL_TX_NUM)
    return TRUE;
  if (tok->kind != DL_TX_WORD || tok->lower[0] == '\0')
    return FALSE;
  if (is_head_word (tok->lower))
    return TRUE;
  /* "hours", "minutess", "centuries" */
  len = strlen (tok->lower);
  if (len < 4 || tok->lower[len - 1] != 's')
    return FALSE;
  memcpy (word, tok->lower, len + 1);
  while (len > 3 && word[len - 1] == 's')
    word[--len] = '\0';
  return is_head_word (word);
}

static void
lower_into (DlTxToken  *tok,
            const char *text)
{
  gsize len = tok->end - tok->start;
  gsize k;

  if (len >= sizeof tok->lower)
    {
      tok->lower[0] = '\0';
      return;
    }
  /* Inline rather than g_ascii_tolower(): this runs on every byte */
  for (k = 0; k < len; k++)
    {
      char c = text[tok->start + k];

      tok->lower[k] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
  tok->lower[len] = '\0';
}

static gsize
run_end (const char *text,
         gsize       pos,
         gsize       length,
         gboolean    digits)
{
  while (pos < length)
    {
      const char *p = text + pos;
      gunichar c;

      /* ASCII needs no decoding */
      if ((guchar) *p < 0x80)
        {
          if (digits ? !g_ascii_isdigit (*p) : !g_ascii_isalpha (*p))
            break;
          pos++;
          continue;
        }
      c = g_utf8_get_char_validated (p, length - pos);
      if (digits || c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (!g_unichar_isalpha (c) && !g_unichar_ismark (c))
        break;
      pos = g_utf8_next_char (p) - text;
    }
  return pos;
}

static void
finish_token (DlTxToken  *tok,
              const char *text)
{
  lower_into (tok, text);
  tok->capitalized = g_ascii_isupper (text[tok->start]);
  tok->head = is_head (tok);
  if (tok->kind == DL_TX_NUM)
    {
      tok->ndigits = tok->end - tok->start;
      tok->num = tok->ndigits <= 9 ? (int) g_ascii_strtoll (tok->lower, NULL, 10) : -1;
    }
}

GArray *
dl_tx_tokenize (const char *text,
                gsize       length)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (DlTxToken));
  gboolean space = TRUE;
  gboolean line = TRUE;
  gsize pos = 0;

  while (pos < length)
    {
      const char *p = text + pos;
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char_validated (p, length - pos);
      gsize next = pos + 1;
      DlTxToken tok = { 0 };

      /* Invalid bytes become one-byte punctuation */
      if (c == (gunichar) -1 || c == (gunichar) -2)
        c = '?';
      else
        next = g_utf8_next_char (p) - text;
      if (c < 0x80 ? g_ascii_isspace (c) : g_unichar_isspace (c) || c == 0xA0)
        {
          space = TRUE;
          line = line || c == '\n';
          pos = next;
          continue;
        }
      tok.start = pos;
      tok.space_before = space;
      tok.break_before = line;
      if (g_ascii_isdigit (*p))
        {
          tok.kind = DL_TX_NUM;
          tok.end = run_end (text, pos, length, TRUE);
        }
      else if (g_unichar_isalpha (c))
        {
          tok.kind = DL_TX_WORD;
          tok.end = run_end (text, pos, length, FALSE);
        }
      else
        {
          tok.kind = DL_TX_PUNCT;
          tok.end = next;
        }
      if (tok.end <= tok.start)
        tok.end = tok.start + 1;
      finish_token (&tok, text);
      g_array_append_val (tokens, tok);
      pos = tok.end;
      space = line = FALSE;
    }
  return tokens;
}

static int
word_index (const char        *word,
            const char *const *words)
{
  int k;

  if (word[0] == '\0')
    return -1;
  /* The first two letters rule most words out without a call; past a
   * first letter that matched and is not the nul, both strings have a
   * second byte to read */
  for (k = 0; words[k] != NULL; k++)
    if (word[0] == words[k][0] && word[1] == words[k][1] && strcmp (word, words[k]) == 0)
      return k;
  return -1;
}

gboolean
dl_tx_is_any (const DlTxScanner *sc,
              guint              i,
              const char *const *words)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  return tok != NULL && tok->lower[0] != '\0' && word_index (tok->lower, words) >= 0;
}

gboolean
dl_tx_is_punct (const DlTxScanner *sc,
                guint              i,
                char               c)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  return tok != NULL && tok->kind == DL_TX_PUNCT && tok->lower[0] == c;
}

/* TRUE when token @i exists and touches the one before it */
gboolean
dl_tx_attached (const DlTxScanner *sc,
                guint              i)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  return tok != NULL && i > 0 && !tok->space_before;
}

guint
dl_tx_skip_period (const DlTxScanner *sc,
                   guint              i)
{
  if (dl_tx_is_punct (sc, i, '.') && dl_tx_attached (sc, i))
    return i + 1;
  return i;
}

/* A capitalised month name or abbreviation ("Sept.", "Nov") at @i. */
int
dl_tx_month_at (const DlTxScanner *sc,
                guint              i,
                guint             *end)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  int k;

  if (tok == NULL || tok->kind != DL_TX_WORD || !tok->capitalized)
    return 0;
  k = word_index (tok->lower, month_names);
  if (k >= 0)
    {
      *end = i + 1;
      return k + 1;
    }
  k = word_index (tok->lower, month_abbrevs);
  if (k < 0 && strcmp (tok->lower, "sept") == 0)
    k = 8;
  if (k < 0)
    return 0;
  *end = dl_tx_skip_period (sc, i + 1);
  return k + 1;
}

/* "first" to "fourth" at @i: 1 to 4, or 0. The quarters of a year and
 * the weeks of a month are counted so. */
int
dl_tx_small_ordinal_at (const DlTxScanner *sc,
                        guint              i)
{
  static const char *const ordinals[] = { "first", "second", "third", "fourth", NULL };
  const DlTxToken *tok = dl_tx_tok (sc, i);

  return tok != NULL && tok->kind == DL_TX_WORD ? word_index (tok->lower, ordinals) + 1 : 0;
}

/* The season named at @i, as an index of dl_tx_season_codes, or -1 */
int
dl_tx_season_at (const DlTxScanner *sc,
                 guint              i)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  return tok != NULL && tok->kind == DL_TX_WORD ? word_index (tok->lower, season_names) : -1;
}

/* Whether a month's date starts at @i, past a period and a comma:
 * "Fri, Jul 7, 2017" */
static gboolean
dates_follow (const DlTxScanner *sc,
              guint              i)
{
  guint end;

  i = dl_tx_skip_period (sc, i);
  if (dl_tx_is_punct (sc, i, ','))
    i++;
  return dl_tx_month_at (sc, i, &end) > 0 && dl_tx_day_at (sc, end, &end) > 0;
}

/* 1 (Monday) to 7, or 0. "Mondays" sets @plural; "Fri" is Friday
 * only before a date, as web pages print it. */
int
dl_tx_weekday_at (const DlTxScanner *sc,
                  guint              i,
                  gboolean          *plural)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  char word[24];
  gsize len;
  int k;

  *plural = FALSE;
  if (tok == NULL || tok->kind != DL_TX_WORD || !tok->capitalized)
    return 0;
  g_strlcpy (word, tok->lower, sizeof word);
  len = strlen (word);
  if (len > 6 && word[len - 1] == 's')
    {
      word[len - 1] = '\0';
      *plural = TRUE;
    }
  k = word_index (word, weekday_names);
  if (k < 0 && len == 3 && (k = word_index (word, weekday_abbrevs)) >= 0 && !dates_follow (sc, i + 1))
    k = -1;
  return k + 1;
}

static gboolean
continues_number (const DlTxScanner *sc,
                  guint              i)
{
  /* "300,000", "2.5", "7:30", "40%" make the digits part of something else */
  if (dl_tx_attached (sc, i + 1) && dl_tx_tok (sc, i + 2) != NULL
      && dl_tx_tok (sc, i + 2)->kind == DL_TX_NUM && dl_tx_attached (sc, i + 2)
      && (dl_tx_is_punct (sc, i + 1, ',') || dl_tx_is_punct (sc, i + 1, '.')
          || dl_tx_is_punct (sc, i + 1, ':')))
    return TRUE;
  return dl_tx_attached (sc, i + 1) && dl_tx_is_punct (sc, i + 1, '%');
}

/* A day of the month, "7" or "7th", at @i. */
int
dl_tx_day_at (const DlTxScanner *sc,
              guint              i,
              guint             *end)
{
  static const char *const suffixes[] = { "st", "nd", "rd", "th", NULL };
  const DlTxToken *tok = dl_tx_tok (sc, i);

  if (tok == NULL || tok->kind != DL_TX_NUM || tok->ndigits > 2
      || tok->num < 1 || tok->num > 31 || continues_number (sc, i))
    return 0;
  if (dl_tx_attached (sc, i + 1) && dl_tx_tok (sc, i + 1)->kind == DL_TX_WORD)
    {
      if (!dl_tx_is_any (sc, i + 1, suffixes))
        return 0;
      *end = i + 2;
    }
  else
    *end = i + 1;
  return tok->num;
}

/* A four-digit year in a plausible range, or 0 */
int
dl_tx_year_at (const DlTxScanner *sc,
               guint              i)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  if (tok == NULL || tok->kind != DL_TX_NUM || tok->ndigits != 4
      || tok->num < 1000 || tok->num > 2199 || continues_number (sc, i))
    return 0;
  return tok->num;
}

/* A number written in words, "seven" to "ninety-nine" */
gboolean
dl_tx_number_word_at (const DlTxScanner *sc,
                      guint              i,
                      int               *value,
                      guint             *end)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  int k;

  if (tok == NULL || tok->kind != DL_TX_WORD)
    return FALSE;
  if ((k = word_index (tok->lower, small_numbers)) >= 0)
    {
      *value = k;
      *end = i + 1;
      return TRUE;
    }
  if ((k = word_index (tok->lower, tens)) < 2)
    return FALSE;
  *value = k * 10;
  *end = i + 1;
  /* "twenty-four", "twenty four" */
  {
    guint j = dl_tx_is_punct (sc, i + 1, '-') && dl_tx_attached (sc, i + 1) ? i + 2 : i + 1;
    const DlTxToken *next = dl_tx_tok (sc, j);

    if (next != NULL && (k = word_index (next->lower, small_numbers)) >= 1 && k <= 9)
      {
        *value += k;
        *end = j + 1;
      }
  }
  return TRUE;
}

/* Whether the digits at @i end a number begun before: the "5" of "2.5",
 * the "4" of "1/4" */
static gboolean
ends_number (const DlTxScanner *sc,
             guint              i)
{
  return i >= 2 && dl_tx_attached (sc, i) && dl_tx_attached (sc, i - 1)
         && (dl_tx_is_punct (sc, i - 1, '.') || dl_tx_is_punct (sc, i - 1, ',')
             || dl_tx_is_punct (sc, i - 1, '/'))
         && dl_tx_tok (sc, i - 2)->kind == DL_TX_NUM;
}

/* "2,000": digits in groups of three after a comma. %FALSE for any
 * other number the digits at @i are part of ("2.5", "7:30", "40%") */
static gboolean
grouped_number_at (const DlTxScanner *sc,
                   guint              i,
                   int               *value,
                   guint             *end)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  gint64 total = tok->num;
  guint j = i + 1;

  if (tok->ndigits > 3)
    return FALSE;
  while (dl_tx_is_punct (sc, j, ',') && dl_tx_attached (sc, j) && dl_tx_attached (sc, j + 1)
         && dl_tx_tok (sc, j + 1)->kind == DL_TX_NUM && dl_tx_tok (sc, j + 1)->ndigits == 3
         && total < 1000)
    {
      total = total * 1000 + dl_tx_tok (sc, j + 1)->num;
      j += 2;
    }
  if (j == i + 1 || continues_number (sc, j - 1))
    return FALSE;
  *value = total;
  *end = j;
  return TRUE;
}

/* "a hundred", "two thousand", "three hundred thousand": the count
 * before, @value, multiplied */
static void
multiply_at (const DlTxScanner *sc,
             int               *value,
             guint             *end)
{
  if (*value >= 1 && *value < 100 && dl_tx_is (sc, *end, "hundred"))
    {
      *value *= 100;
      (*end)++;
    }
  if (*value >= 1 && *value < 1000 && dl_tx_is (sc, *end, "thousand"))
    {
      *value *= 1000;
      (*end)++;
    }
}

/* A count in digits or words; vague counts ("several", "a few") give -1.
 * "a"/"an" give 1. */
gboolean
dl_tx_number_at (const DlTxScanner *sc,
                 guint              i,
                 int               *value,
                 guint             *end)
{
  static const char *const vague[] = { "several", "few", "many", "some", NULL };
  const DlTxToken *tok = dl_tx_tok (sc, i);

  if (tok == NULL)
    return FALSE;
  if (tok->kind == DL_TX_NUM)
    {
      if (tok->num < 0 || tok->ndigits > 6 || ends_number (sc, i))
        return FALSE;
      if (continues_number (sc, i))
        return grouped_number_at (sc, i, value, end);
      *value = tok->num;
      *end = i + 1;
      return TRUE;
    }
  if (dl_tx_is_any (sc, i, vague))
    {
      *value = -1;
      *end = i + 1;
      return TRUE;
    }
  if (dl_tx_is (sc, i, "a") || dl_tx_is (sc, i, "an"))
    {
      *value = 1;
      *end = i + 1;
      if (dl_tx_is (sc, i + 1, "few"))
        {
          *value = -1;
          *end = i + 2;
        }
      else if (dl_tx_is (sc, i + 1, "couple") && dl_tx_is (sc, i + 2, "of"))
        {
          *value = 2;
          *end = i + 3;
        }
      multiply_at (sc, value, end);
      return TRUE;
    }
  if (!dl_tx_number_word_at (sc, i, value, end))
    return FALSE;
  multiply_at (sc, value, end);
  return TRUE;
}

/* A time unit word, forgiving doubled plurals ("minutess") and the
 * usual abbreviations. */
DlTxUnit
dl_tx_unit_at (const DlTxScanner *sc,
               guint              i,
               gboolean          *plural)
{
  static const struct { const char *word; DlTxUnit unit; } units[] = {
    { "second", DL_TX_UNIT_SECOND }, { "sec", DL_TX_UNIT_SECOND },
    { "minute", DL_TX_UNIT_MINUTE }, { "min", DL_TX_UNIT_MINUTE },
    { "hour", DL_TX_UNIT_HOUR }, { "hr", DL_TX_UNIT_HOUR },
    { "day", DL_TX_UNIT_DAY }, { "week", DL_TX_UNIT_WEEK },
    { "month", DL_TX_UNIT_MONTH }, { "quarter", DL_TX_UNIT_QUARTER },
    { "year", DL_TX_UNIT_YEAR }, { "yr", DL_TX_UNIT_YEAR },
    { "decade", DL_TX_UNIT_DECADE }, { "century", DL_TX_UNIT_CENTURY },
    { "centurie", DL_TX_UNIT_CENTURY },
  };
  const DlTxToken *tok = dl_tx_tok (sc, i);
  char word[24];
  gsize len;
  guint k;

  *plural = FALSE;
  if (tok == NULL || !tok->head || tok->kind != DL_TX_WORD || tok->lower[0] == '\0')
    return DL_TX_UNIT_NONE;
  g_strlcpy (word, tok->lower, sizeof word);
  len = strlen (word);
  /* "hrs" and "yrs" are plurals too */
  while (len > 2 && word[len - 1] == 's')
    {
      word[--len] = '\0';
      *plural = TRUE;
    }
  for (k = 0; k < G_N_ELEMENTS (units); k++)
    if (strcmp (word, units[k].word) == 0)
      return units[k].unit;
  return DL_TX_UNIT_NONE;
}

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

static const WordTable *
tense_table (void)
{
  static const char *const contracted_will[] = { "ll", NULL };
  static const char *const set[] = { "set", NULL };
  static gsize once = 0;
  static WordTable table;

  if (g_once_init_enter (&once))
    {
      word_table_add (&table, future_before_to, TENSE_WORD_FUTURE_BEFORE_TO);
      word_table_add (&table, future_words, TENSE_WORD_FUTURE);
      word_table_add (&table, contracted_will, TENSE_WORD_FUTURE);
      word_table_add (&table, past_words, TENSE_WORD_PAST);
      word_table_add (&table, present_words, TENSE_WORD_PRESENT);
      word_table_add (&table, bare_present_words, TENSE_WORD_PRESENT);
      word_table_add (&table, not_past_ed, TENSE_WORD_NOT_PAST);
      word_table_add (&table, set, TENSE_WORD_SET);
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
  switch (word_table_get (tense_table (), tok->lower))
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
