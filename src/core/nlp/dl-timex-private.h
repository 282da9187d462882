/* dl-timex-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "dl-timex.h"

G_BEGIN_DECLS

/* The tagger works on a flat token list: runs of letters, runs of digits
 * and single punctuation characters, each with its byte span. Matchers
 * look at tokens from a start index and report how many they consume;
 * the driver keeps the longest match at each position.
 */
typedef enum
{
  DL_TX_WORD,
  DL_TX_NUM,
  DL_TX_PUNCT,
} DlTxTokenKind;

typedef struct
{
  gsize start;
  gsize end;
  DlTxTokenKind kind;
  gboolean space_before;    /* whitespace or text start precedes */
  gboolean break_before;    /* a blank line or line start precedes */
  gboolean capitalized;     /* first letter upper case */
  gboolean head;            /* a number or a word every expression needs
                             * one of: a unit, month, day name... */
  guint ndigits;            /* for numbers */
  int num;                  /* value of a number, -1 when too long */
  char lower[24];           /* ASCII-lowered text, "" when too long */
} DlTxToken;

typedef enum
{
  DL_TX_UNIT_NONE,
  DL_TX_UNIT_SECOND,
  DL_TX_UNIT_MINUTE,
  DL_TX_UNIT_HOUR,
  DL_TX_UNIT_DAY,
  DL_TX_UNIT_WEEK,
  DL_TX_UNIT_MONTH,
  DL_TX_UNIT_QUARTER,
  DL_TX_UNIT_YEAR,
  DL_TX_UNIT_DECADE,
  DL_TX_UNIT_CENTURY,
} DlTxUnit;

typedef enum
{
  DL_TX_TENSE_UNKNOWN,
  DL_TX_TENSE_PAST,
  DL_TX_TENSE_PRESENT,
  DL_TX_TENSE_FUTURE,
} DlTxTense;

/* A calendar date of year, month or day granularity: month and day are 0
 * when not known. */
typedef struct
{
  int year;
  int month;
  int day;
} DlTxDate;

typedef struct
{
  const char *text;
  GArray *tokens;           /* DlTxToken */
  gboolean has_dct;
  DlTxDate dct;
  gboolean has_ref;         /* a date mentioned earlier in the text */
  DlTxDate ref;
  gboolean has_month_ref;   /* a month named earlier, even one that */
  DlTxDate month_ref;       /* did not move @ref: "in July ... the
                             * same month last year" */
  int ref_year;             /* the last year written out, or 0 */
  guint ref_year_at;        /* the token where it was written */
  guint present_at;         /* past the last date counted from the
                             * document date, or 0 */
  guint pos;                /* the token being matched */
  gboolean deictic_seen;    /* a day counted from the document date
                             * came before: the text is news */
  guint n_far_years;        /* years written out far from the document's */
  DlTxUnit period_unit;     /* the reporting period the text is about: */
  DlTxDate period;          /* a quarter (its first month) or a year */
  guint period_at;          /* the token where it was named */
} DlTxScanner;

typedef struct
{
  guint end;                /* token after the match */
  DlTimexType type;
  char *value;
  gboolean anchored;
  gboolean moves_ref;       /* later relative expressions count from it */
  DlTxDate date;            /* the calendar date named, if any */
  const char *mod;          /* TIMEX3 mod, or NULL */
  gboolean deictic;         /* a day counted from the document date */
  gboolean from_dct;        /* a week or month counted from it too:
                             * "next month" */
  gboolean names_quarter;   /* a quarter a report may be about */
} DlTxMatch;

typedef gboolean (*DlTxMatcher) (DlTxScanner *sc,
                                 guint        i,
                                 DlTxMatch   *m);

/* Token @i, or NULL past the end. Inline: the matchers call these for
 * nearly every token of the text. */
static inline const DlTxToken *
dl_tx_tok (const DlTxScanner *sc,
           guint              i)
{
  if (i >= sc->tokens->len)
    return NULL;
  return &g_array_index (sc->tokens, DlTxToken, i);
}

/* Whether token @i is @word (lower case) */
static inline gboolean
dl_tx_is (const DlTxScanner *sc,
          guint              i,
          const char        *word)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  /* Two letters rule out most words before a call; past a first letter
   * that is not the nul, both strings have a second byte to read */
  return tok != NULL && tok->lower[0] == word[0]
         && (word[0] == '\0' || tok->lower[1] == word[1]) && strcmp (tok->lower, word) == 0;
}

/* Word lists the scanner consults for nearly every word of a text, in
 * open-addressing tables of their hashes, so that a lookup costs little
 * more than hashing the word. Each word maps to a small value. */
#define DL_TX_WORD_SLOTS 1024

typedef struct
{
  const char *words[DL_TX_WORD_SLOTS];
  guint8 values[DL_TX_WORD_SLOTS];
} DlTxWordTable;

/* dl-timex-scan.c: tokens and words */
GArray      *dl_tx_tokenize          (const char        *text,
                                      gsize              length);
gboolean     dl_tx_is_any            (const DlTxScanner *sc,
                                      guint              i,
                                      const char *const *words);
gboolean     dl_tx_is_punct          (const DlTxScanner *sc,
                                      guint              i,
                                      char               c);
gboolean     dl_tx_attached          (const DlTxScanner *sc,
                                      guint              i);
guint        dl_tx_skip_period       (const DlTxScanner *sc,
                                      guint              i);
int          dl_tx_month_at          (const DlTxScanner *sc,
                                      guint              i,
                                      guint             *end);
extern const char *const dl_tx_season_codes[];

int          dl_tx_season_at         (const DlTxScanner *sc,
                                      guint              i);
int          dl_tx_small_ordinal_at  (const DlTxScanner *sc,
                                      guint              i);
int          dl_tx_weekday_at        (const DlTxScanner *sc,
                                      guint              i,
                                      gboolean          *plural);
int          dl_tx_day_at            (const DlTxScanner *sc,
                                      guint              i,
                                      guint             *end);
int          dl_tx_year_at           (const DlTxScanner *sc,
                                      guint              i);
gboolean     dl_tx_number_word_at    (const DlTxScanner *sc,
                                      guint              i,
                                      int               *value,
                                      guint             *end);
gboolean     dl_tx_number_at         (const DlTxScanner *sc,
                                      guint              i,
                                      int               *value,
                                      guint             *end);
DlTxUnit     dl_tx_unit_at           (const DlTxScanner *sc,
                                      guint              i,
                                      gboolean          *plural);
void         dl_tx_word_table_add    (DlTxWordTable     *table,
                                      const char *const *words,
                                      guint8             value);
guint8       dl_tx_word_table_get    (const DlTxWordTable *table,
                                      const char          *word);

/* dl-timex-tense.c: sentences and the tense of a clause */
extern const char *const dl_tx_zones[];

gboolean     dl_tx_awaited           (const DlTxScanner *sc,
                                      guint              i);
gboolean     dl_tx_same_sentence     (const DlTxScanner *sc,
                                      guint              a,
                                      guint              b);
DlTxTense    dl_tx_tense_near        (const DlTxScanner *sc,
                                      guint              first,
                                      guint              end);

/* dl-timex-calendar.c: date arithmetic and TIMEX3 values */
gboolean     dl_tx_deictic_anchor    (const DlTxScanner *sc,
                                      DlTxDate          *date);
gboolean     dl_tx_anaphoric_anchor  (const DlTxScanner *sc,
                                      DlTxDate          *date);
void         dl_tx_shift             (DlTxDate          *date,
                                      DlTxUnit           unit,
                                      int                n);
int          dl_tx_weekday_of        (const DlTxDate    *date);
char        *dl_tx_format_date       (const DlTxDate    *date);
char        *dl_tx_format_unit       (const DlTxDate    *date,
                                      DlTxUnit           unit);
char        *dl_tx_format_duration   (DlTxUnit           unit,
                                      int                n);
gboolean     dl_tx_news_now          (const DlTxScanner *sc);
int          dl_tx_pick_year         (const DlTxScanner *sc,
                                      int                month,
                                      int                day,
                                      DlTxTense          tense);
gboolean     dl_tx_unit_anchor       (const DlTxScanner *sc,
                                      gboolean           anaphoric,
                                      DlTxUnit           unit,
                                      DlTxDate          *date);
void         dl_tx_resolve_unit      (const DlTxScanner *sc,
                                      DlTxMatch         *m,
                                      guint              end,
                                      gboolean           anaphoric,
                                      DlTxUnit           unit,
                                      int                n);
void         dl_tx_set_match         (DlTxMatch         *m,
                                      guint              end,
                                      DlTimexType        type,
                                      char              *value,
                                      gboolean           anchored);

/* Matchers, one file per family */
gboolean     dl_tx_match_explicit    (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_year        (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_relative    (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_weekday     (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_time        (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_duration    (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_set         (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_named       (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_fiscal      (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_spelled     (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_narrative   (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);

/* dl-timex-spelled.c: "nineteen ninety-four" at @i, or 0 */
int          dl_tx_spelled_year_at   (const DlTxScanner *sc,
                                      guint              i,
                                      guint             *end);

/* dl-timex-fiscal.c: the reporting period of business news */
gboolean     dl_tx_period_before     (const DlTxScanner *sc,
                                      guint              end,
                                      int                years,
                                      DlTxMatch         *m);
void         dl_tx_note_period       (DlTxScanner       *sc,
                                      guint              first,
                                      const DlTxMatch   *m);

/* dl-timex-mods.c: modifiers around an expression ("about", "early",
 * "or so") */
gboolean     dl_tx_match_modified    (DlTxScanner       *sc,
                                      guint              i,
                                      guint             *first,
                                      DlTxMatch         *m);

/* dl-timex.c: the longest expression at @i; one naming a day, for times
 * that sit next to one */
gboolean     dl_tx_match_any         (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);
gboolean     dl_tx_match_day         (DlTxScanner       *sc,
                                      guint              i,
                                      DlTxMatch         *m);

G_END_DECLS
