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
word_slot (const DlTxWordTable *table,
           const char          *word)
{
  guint slot = word_hash (word) % DL_TX_WORD_SLOTS;

  while (table->words[slot] != NULL
         && (table->words[slot][0] != word[0] || strcmp (table->words[slot], word) != 0))
    slot = (slot + 1) % DL_TX_WORD_SLOTS;
  return slot;
}

/* Adds @words with @value; a word already there keeps its first value */
void
dl_tx_word_table_add (DlTxWordTable     *table,
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
guint8
dl_tx_word_table_get (const DlTxWordTable *table,
                      const char          *word)
{
  guint slot = word_slot (table, word);

  return table->words[slot] != NULL ? table->values[slot] : 0;
}

static const DlTxWordTable *
head_table (void)
{
  static gsize once = 0;
  static DlTxWordTable table;

  if (g_once_init_enter (&once))
    {
      dl_tx_word_table_add (&table, head_words, 1);
      g_once_init_leave (&once, 1);
    }
  return &table;
}

static gboolean
is_head_word (const char *word)
{
  return dl_tx_word_table_get (head_table (), word) != 0;
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
