/* dl-ner-features.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The features of the statistical tagger. Every feature is a template
 * number and one or more strings, hashed straight to 64 bits without
 * building the string, so that tagging allocates little per token. The
 * training tool and the tagger share this file: a change here needs a
 * newly trained model.
 */
#include "config.h"

#include <string.h>

#include "dl-ner-private.h"
#include "dl-perceptron.h"

#define MAX_SHAPE 10
#define MAX_LONG_SHAPE 8

enum
{
  F_BIAS = 1,
  F_WORD,
  F_LOWER,
  F_SHAPE,
  F_LONG_SHAPE,
  F_PREFIX,
  F_SUFFIX,
  F_LOWER_AT,      /* a neighbour's word, by offset */
  F_SHAPE_AT,      /* a neighbour's shape, by offset */
  F_BIGRAM_BEFORE,
  F_BIGRAM_AFTER,
  F_SHAPE_TRIGRAM,
  F_FIRST_SHAPE,
  F_MODE_SHAPE,
  F_SHAPE_NEXT_WORD,
  F_PREV_WORD_SHAPE,
  F_GAZ,
  F_GAZ_CASE,
  F_TAG1,
  F_TAG1_LOWER,
  F_TAG1_SHAPE,
  F_TAG1_PREV_WORD,
};

/* The hashes of a token's lower case that features start with or go
 * on from: from the seeds of templates (the first eleven), and from the
 * hashes of the tokens before it, for features of several words (a
 * bigram's second word, a gazetteer phrase's later words). They are all
 * made in one pass over the word, see hash_many(). */
enum
{
  LW_LOWER,
  LW_AT_M2,            /* as the word two before another */
  LW_AT_M1,
  LW_AT_P1,
  LW_AT_P2,
  LW_BIGRAM_BEFORE,    /* the first word of the next token's bigram */
  LW_BIGRAM_AFTER,     /* the first word of its own */
  LW_PREV_WORD_SHAPE,  /* the word before the next token's shape */
  LW_TAG1_LOWER,
  LW_TAG1_PREV_WORD,   /* the next token's word before */
  LW_PHRASE,           /* a gazetteer phrase of one word */
  N_LOWER_SEEDS,
  LW_BIGRAM_BEFORE_2 = N_LOWER_SEEDS, /* its own bigram with the word before */
  LW_BIGRAM_AFTER_2,   /* the token before's bigram with this word */
  LW_NEXT_WORD_2,      /* the token before's shape with this word */
  LW_PHRASE_2,         /* the phrase of the token before and this one */
  LW_PHRASE_3,         /* of the two before and this one */
  LW_PHRASE_4,         /* of the three before and this one */
  N_LOWER_HASHES
};

/* The same for a token's shape */
enum
{
  SH_SHAPE,
  SH_AT_M2,
  SH_AT_M1,
  SH_AT_P1,
  SH_AT_P2,
  SH_TRIGRAM,          /* the first shape of the next token's trigram */
  SH_NEXT_WORD,        /* its shape before the next word */
  SH_MODE,
  SH_TAG1_SHAPE,
  SH_FIRST,
  N_SHAPE_SEEDS,
  SH_PREV_WORD_SHAPE = N_SHAPE_SEEDS, /* the word before and this shape */
  SH_TRIGRAM_2,        /* the shape before and this one */
  SH_TRIGRAM_3,        /* the token before's trigram, ending with this */
  N_SHAPE_HASHES
};

/* The hashes of the words past the ends of the sentence */
enum
{
  EDGE_START = 0,                      /* "<s>", N_LOWER_SEEDS of them */
  EDGE_END = N_LOWER_SEEDS,            /* "</s>" */
  EDGE_SHAPE = 2 * N_LOWER_SEEDS,      /* "|", N_SHAPE_SEEDS */
  N_EDGE_HASHES = 2 * N_LOWER_SEEDS + N_SHAPE_SEEDS
};

static void
lower_seeds (guint64 *h)
{
  h[LW_LOWER] = dl_hash_seed (F_LOWER);
  h[LW_AT_M2] = dl_hash_int (dl_hash_seed (F_LOWER_AT), -2);
  h[LW_AT_M1] = dl_hash_int (dl_hash_seed (F_LOWER_AT), -1);
  h[LW_AT_P1] = dl_hash_int (dl_hash_seed (F_LOWER_AT), 1);
  h[LW_AT_P2] = dl_hash_int (dl_hash_seed (F_LOWER_AT), 2);
  h[LW_BIGRAM_BEFORE] = dl_hash_seed (F_BIGRAM_BEFORE);
  h[LW_BIGRAM_AFTER] = dl_hash_seed (F_BIGRAM_AFTER);
  h[LW_PREV_WORD_SHAPE] = dl_hash_seed (F_PREV_WORD_SHAPE);
  h[LW_TAG1_LOWER] = dl_hash_seed (F_TAG1_LOWER);
  h[LW_TAG1_PREV_WORD] = dl_hash_seed (F_TAG1_PREV_WORD);
  h[LW_PHRASE] = dl_hash_seed (0);
}

static void
shape_seeds (guint64 *h,
             char     mode)
{
  h[SH_SHAPE] = dl_hash_seed (F_SHAPE);
  h[SH_AT_M2] = dl_hash_int (dl_hash_seed (F_SHAPE_AT), -2);
  h[SH_AT_M1] = dl_hash_int (dl_hash_seed (F_SHAPE_AT), -1);
  h[SH_AT_P1] = dl_hash_int (dl_hash_seed (F_SHAPE_AT), 1);
  h[SH_AT_P2] = dl_hash_int (dl_hash_seed (F_SHAPE_AT), 2);
  h[SH_TRIGRAM] = dl_hash_seed (F_SHAPE_TRIGRAM);
  h[SH_NEXT_WORD] = dl_hash_seed (F_SHAPE_NEXT_WORD);
  h[SH_MODE] = dl_hash_int (dl_hash_seed (F_MODE_SHAPE), mode);
  h[SH_TAG1_SHAPE] = dl_hash_seed (F_TAG1_SHAPE);
  h[SH_FIRST] = dl_hash_seed (F_FIRST_SHAPE);
}

/* The hashes of token @i's lower case: those of the tokens before it
 * are made already */
static void
hash_lower (DlNerSentence *s,
            guint          i)
{
  guint64 *h = s->lower_hashes + (gsize) i * N_LOWER_HASHES;
  const guint64 *before = i > 0 ? h - N_LOWER_HASHES : NULL;

  lower_seeds (h);
  h[LW_BIGRAM_BEFORE_2] = before != NULL ? before[LW_BIGRAM_BEFORE]
                                         : s->edge_hashes[EDGE_START + LW_BIGRAM_BEFORE];
  /* Chains with no token before them run for nothing: simpler than
   * telling the pass how many there are */
  h[LW_BIGRAM_AFTER_2] = before != NULL ? before[LW_BIGRAM_AFTER] : 0;
  h[LW_NEXT_WORD_2] = before != NULL ? s->shape_hashes[(gsize) (i - 1) * N_SHAPE_HASHES + SH_NEXT_WORD] : 0;
  h[LW_PHRASE_2] = before != NULL ? before[LW_PHRASE] : 0;
  h[LW_PHRASE_3] = before != NULL ? before[LW_PHRASE_2] : 0;
  h[LW_PHRASE_4] = before != NULL ? before[LW_PHRASE_3] : 0;
  dl_hash_str_many (h, N_LOWER_HASHES, s->lower[i]);
}

static void
hash_shape (DlNerSentence *s,
            guint          i,
            char           mode)
{
  guint64 *h = s->shape_hashes + (gsize) i * N_SHAPE_HASHES;
  const guint64 *before = i > 0 ? h - N_SHAPE_HASHES : NULL;

  shape_seeds (h, mode);
  h[SH_PREV_WORD_SHAPE] = i > 0 ? s->lower_hashes[(gsize) (i - 1) * N_LOWER_HASHES + LW_PREV_WORD_SHAPE]
                                : s->edge_hashes[EDGE_START + LW_PREV_WORD_SHAPE];
  h[SH_TRIGRAM_2] = before != NULL ? before[SH_TRIGRAM] : s->edge_hashes[EDGE_SHAPE + SH_TRIGRAM];
  h[SH_TRIGRAM_3] = before != NULL ? before[SH_TRIGRAM_2] : 0;
  dl_hash_str_many (h, N_SHAPE_HASHES, s->shape[i]);
}

/* Every hash of every token, in order: each token's go on from those
 * of the token before */
static void
hash_words (DlNerSentence *s,
            char           mode)
{
  guint64 *edges = s->edge_hashes;

  lower_seeds (edges + EDGE_START);
  dl_hash_str_many (edges + EDGE_START, N_LOWER_SEEDS, "<s>");
  lower_seeds (edges + EDGE_END);
  dl_hash_str_many (edges + EDGE_END, N_LOWER_SEEDS, "</s>");
  shape_seeds (edges + EDGE_SHAPE, mode);
  dl_hash_str_many (edges + EDGE_SHAPE, N_SHAPE_SEEDS, "|");
  for (guint i = 0; i < s->n_tokens; i++)
    {
      hash_lower (s, i);
      hash_shape (s, i, mode);
    }
}

/* The hash of token @i's lower case from seed @seed (LW_AT_M2...), or
 * of the word past the end of the sentence there */
static guint64
lower_hash_at (DlNerSentence *s,
               gint           i,
               guint          seed)
{
  if (i < 0)
    return s->edge_hashes[EDGE_START + seed];
  if (i >= (gint) s->n_tokens)
    return s->edge_hashes[EDGE_END + seed];
  return s->lower_hashes[(gsize) i * N_LOWER_HASHES + seed];
}

static guint64
shape_hash_at (DlNerSentence *s,
               gint           i,
               guint          seed)
{
  if (i < 0 || i >= (gint) s->n_tokens)
    return s->edge_hashes[EDGE_SHAPE + seed];
  return s->shape_hashes[(gsize) i * N_SHAPE_HASHES + seed];
}

guint64
dl_ner_phrase_key (const char * const *lower_words,
                   guint               n_words)
{
  guint64 h = dl_hash_seed (0);

  for (guint i = 0; i < n_words; i++)
    h = dl_hash_str (h, lower_words[i]);
  return dl_hash_mix (h);
}

/* Appends the lower case of @word, digits as 0, and its NUL */
static void
append_lower (GString    *out,
              const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      guchar c = *p;

      if (c < 0x80)
        g_string_append_c (out, g_ascii_isdigit (c) ? '0' : g_ascii_tolower (c));
      else
        g_string_append_unichar (out, g_unichar_tolower (g_utf8_get_char (p)));
    }
  g_string_append_c (out, '\0');
}

/* Lower-cases an ASCII @word into @out, digits as 0; %FALSE, @out
 * unfinished, at the first byte that is not ASCII */
static gboolean
lower_ascii (const char *word,
             char       *out)
{
  for (; *word != '\0'; word++, out++)
    {
      guchar c = *word;

      if (c >= 0x80)
        return FALSE;
      *out = g_ascii_isdigit (c) ? '0' : g_ascii_tolower (c);
    }
  *out = '\0';
  return TRUE;
}

char *
dl_ner_lower (const char *word)
{
  gsize length = strlen (word);
  char *lower = g_malloc (length + 1);
  GString *out;

  /* Most words are ASCII, and then the lower case has the same length:
   * one allocation rather than a GString's three */
  if (lower_ascii (word, lower))
    return lower;
  g_free (lower);
  out = g_string_sized_new (length + 1);
  append_lower (out, word);
  return g_string_free (out, FALSE);
}

static char
class_of (const char *p)
{
  guchar c = *p;
  gunichar u;

  if (c < 0x80)
    {
      if (g_ascii_isupper (c))
        return 'X';
      if (g_ascii_islower (c))
        return 'x';
      if (g_ascii_isdigit (c))
        return 'd';
      return c;
    }
  u = g_utf8_get_char (p);
  if (g_unichar_isupper (u) || g_unichar_istitle (u))
    return 'X';
  if (g_unichar_isalpha (u))
    return 'x';
  if (g_unichar_isdigit (u))
    return 'd';
  return '?';
}

/* Appends the shape of @word and its NUL: "McDonald" → "XxXx"; and
 * writes its long form, runs kept, to @long_shape */
static void
append_shape (GString    *out,
              const char *word,
              char       *long_shape)
{
  char shape[MAX_SHAPE + 1];
  guint n = 0, n_long = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      char c = class_of (p);

      if (n_long < MAX_LONG_SHAPE)
        long_shape[n_long++] = c;
      if ((n == 0 || shape[n - 1] != c) && n < MAX_SHAPE)
        shape[n++] = c;
    }
  long_shape[n_long] = '\0';
  g_string_append_len (out, shape, n);
  g_string_append_c (out, '\0');
}

/* 'A' all capitals, 'C' capitalised, 'l' lower case, 'o' anything else */
static char
case_of (const char *shape)
{
  if (shape[0] == 'X')
    return strchr (shape, 'x') == NULL ? 'A' : 'C';
  if (shape[0] == 'x')
    return 'l';
  return 'o';
}

/* Features are written straight into the array, which grows by
 * doubling: appending one at a time through GArray costs a call each,
 * and a token has some fifty */
typedef struct
{
  GArray *array;
  guint len;
} Writer;

static inline void
push (Writer  *w,
      guint64  h)
{
  if (G_UNLIKELY (w->len == w->array->len))
    g_array_set_size (w->array, MAX (w->len * 2, 256));
  g_array_index (w->array, guint64, w->len++) = dl_hash_mix (h);
}

static gboolean
is_ascii (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Prefixes and suffixes of one to four characters */
static void
add_affixes (Writer     *w,
             const char *lower)
{
  gsize length = strlen (lower);
  gboolean ascii = is_ascii (lower);
  glong n_chars = ascii ? (glong) length : g_utf8_strlen (lower, -1);

  for (glong k = 1; k <= 4 && k <= n_chars; k++)
    {
      const char *prefix_end = ascii ? lower + k : g_utf8_offset_to_pointer (lower, k);
      const char *suffix = ascii ? lower + length - k : g_utf8_offset_to_pointer (lower, n_chars - k);

      push (w, dl_hash_int (dl_hash_bytes (dl_hash_seed (F_PREFIX), lower, prefix_end - lower), k));
      push (w, dl_hash_int (dl_hash_bytes (dl_hash_seed (F_SUFFIX), suffix, length - (suffix - lower)), k));
    }
}

static void
add_context (Writer        *w,
             DlNerSentence *s,
             gint           i)
{
  static const gint offsets[] = { -2, -1, 1, 2 };
  static const guint lower_seed[] = { LW_AT_M2, LW_AT_M1, LW_AT_P1, LW_AT_P2 };
  static const guint shape_seed[] = { SH_AT_M2, SH_AT_M1, SH_AT_P1, SH_AT_P2 };
  const guint64 *lower = s->lower_hashes + (gsize) i * N_LOWER_HASHES;
  const guint64 *shape = s->shape_hashes + (gsize) i * N_SHAPE_HASHES;
  gboolean last = i + 1 == (gint) s->n_tokens;

  for (guint k = 0; k < G_N_ELEMENTS (offsets); k++)
    {
      push (w, lower_hash_at (s, i + offsets[k], lower_seed[k]));
      push (w, shape_hash_at (s, i + offsets[k], shape_seed[k]));
    }
  push (w, lower[LW_BIGRAM_BEFORE_2]);
  /* The features that end with the next word are made with its hashes;
   * the last token's end past the sentence */
  push (w, last ? dl_hash_str (lower[LW_BIGRAM_AFTER], "</s>") : lower[N_LOWER_HASHES + LW_BIGRAM_AFTER_2]);
  push (w, last ? dl_hash_str (shape[SH_TRIGRAM_2], "|") : shape[N_SHAPE_HASHES + SH_TRIGRAM_3]);
  push (w, last ? dl_hash_str (shape[SH_NEXT_WORD], "</s>") : lower[N_LOWER_HASHES + LW_NEXT_WORD_2]);
  push (w, shape[SH_PREV_WORD_SHAPE]);
}

static void
add_token (Writer        *w,
           DlNerSentence *s,
           const char    *word,
           const char    *long_shape,
           guint          i)
{
  const guint64 *shape = s->shape_hashes + (gsize) i * N_SHAPE_HASHES;

  push (w, dl_hash_seed (F_BIAS));
  push (w, dl_hash_str (dl_hash_seed (F_WORD), word));
  push (w, s->lower_hashes[(gsize) i * N_LOWER_HASHES + LW_LOWER]);
  push (w, shape[SH_SHAPE]);
  push (w, dl_hash_str (dl_hash_seed (F_LONG_SHAPE), long_shape));
  add_affixes (w, s->lower[i]);
  add_context (w, s, i);
  if (i == 0)
    push (w, shape[SH_FIRST]);
  push (w, shape[SH_MODE]);
}

/* The gazetteer bits of every phrase of one to four words:
 * gaz_bits[start * DL_NER_GAZ_MAX_WORDS + n - 1]. A phrase's key is
 * its first words' key carried on by one more word. The keys of the
 * whole sentence are made first, so that @prefetch may ask for all of
 * them before @lookup reads any: they mostly miss the processor's
 * cache. */
static void
look_up_phrases (DlNerSentence    *s,
                 DlNerGazLookup    lookup,
                 DlNerGazPrefetch  prefetch,
                 gconstpointer     lookup_data)
{
  static const guint chains[DL_NER_GAZ_MAX_WORDS] = { LW_PHRASE, LW_PHRASE_2, LW_PHRASE_3, LW_PHRASE_4 };

  for (guint start = 0; start < s->n_tokens; start++)
    for (guint n = 1; n <= DL_NER_GAZ_MAX_WORDS && start + n <= s->n_tokens; n++)
      {
        /* The phrase's chain ends in its last word's hashes */
        guint64 key = dl_hash_mix (s->lower_hashes[(gsize) (start + n - 1) * N_LOWER_HASHES + chains[n - 1]]);

        s->gaz_keys[start * DL_NER_GAZ_MAX_WORDS + n - 1] = key;
        if (prefetch != NULL)
          prefetch (lookup_data, key);
      }
  for (guint start = 0; start < s->n_tokens; start++)
    for (guint n = 1; n <= DL_NER_GAZ_MAX_WORDS; n++)
      {
        guint k = start * DL_NER_GAZ_MAX_WORDS + n - 1;

        s->gaz_bits[k] = start + n <= s->n_tokens ? lookup (lookup_data, s->gaz_keys[k]) : 0;
      }
}

/* Every gazetteer phrase over token @k marks it with where it stands in
 * the phrase (B, I, L, U) and the lists the phrase is on; in the order
 * of the phrases' starts, then lengths, then bits */
static void
add_gazetteer (Writer        *w,
               DlNerSentence *s,
               guint          k)
{
  guint first = k + 1 >= DL_NER_GAZ_MAX_WORDS ? k + 1 - DL_NER_GAZ_MAX_WORDS : 0;

  for (guint start = first; start <= k; start++)
    for (guint n = k - start + 1; n <= DL_NER_GAZ_MAX_WORDS && start + n <= s->n_tokens; n++)
      {
        guint bits = s->gaz_bits[start * DL_NER_GAZ_MAX_WORDS + n - 1];
        char where = n == 1 ? 'U' : k == start ? 'B' : k + 1 == start + n ? 'L' : 'I';

        for (guint b = 0; bits != 0 && b < DL_NER_GAZ_N_BITS; b++)
          {
            if ((bits & (1u << b)) == 0)
              continue;
            push (w, dl_hash_int (dl_hash_int (dl_hash_seed (F_GAZ), b), where));
            push (w, dl_hash_int (dl_hash_int (dl_hash_int (dl_hash_seed (F_GAZ_CASE), b), where),
                                  case_of (s->shape[k])));
          }
      }
}

/* Room for @n_tokens, keeping what a sentence before left allocated */
static void
reserve (DlNerSentence *s,
         guint          n_tokens)
{
  if (s->features == NULL)
    {
      s->features = g_array_new (FALSE, FALSE, sizeof (guint64));
      s->strings = g_string_sized_new (256);
    }
  /* Room for the usual number of features, so that they seldom grow */
  if (s->features->len < n_tokens * 48)
    g_array_set_size (s->features, n_tokens * 48);
  if (n_tokens + 1 <= s->capacity)
    return;
  s->capacity = MAX (n_tokens + 1, 2 * s->capacity);
  s->lower = g_renew (char *, s->lower, s->capacity);
  s->shape = g_renew (char *, s->shape, s->capacity);
  s->offsets = g_renew (guint, s->offsets, s->capacity);
  s->gaz_bits = g_renew (guint, s->gaz_bits, s->capacity * DL_NER_GAZ_MAX_WORDS);
  s->gaz_keys = g_renew (guint64, s->gaz_keys, s->capacity * DL_NER_GAZ_MAX_WORDS);
  s->long_shapes = g_renew (char, s->long_shapes, s->capacity * (MAX_LONG_SHAPE + 1));
  s->lower_hashes = g_renew (guint64, s->lower_hashes, (gsize) s->capacity * N_LOWER_HASHES);
  s->shape_hashes = g_renew (guint64, s->shape_hashes, (gsize) s->capacity * N_SHAPE_HASHES);
  if (s->edge_hashes == NULL)
    s->edge_hashes = g_new (guint64, N_EDGE_HASHES);
}

/* The lower case and shape of every token, in one buffer: the pointers
 * are set once it has stopped growing, and until then the offsets of
 * the features hold where each token's strings start */
static void
fill_strings (DlNerSentence      *s,
              const char * const *tokens)
{
  g_string_truncate (s->strings, 0);
  for (guint i = 0; i < s->n_tokens; i++)
    {
      s->offsets[i] = s->strings->len;
      append_lower (s->strings, tokens[i]);
      append_shape (s->strings, tokens[i], s->long_shapes + i * (MAX_LONG_SHAPE + 1));
    }
  for (guint i = 0; i < s->n_tokens; i++)
    {
      s->lower[i] = s->strings->str + s->offsets[i];
      s->shape[i] = s->lower[i] + strlen (s->lower[i]) + 1;
    }
  s->lower[s->n_tokens] = NULL;
  s->shape[s->n_tokens] = NULL;
}

/**
 * dl_ner_sentence_fill: (skip)
 * @s: a sentence, new or used for another one before
 * @tokens: the words of one sentence
 * @n_tokens: how many
 * @lookup: the gazetteer: phrase key → set of #DlNerGazBits
 * @prefetch: (nullable): told every key before @lookup is asked, so
 *   that the table may start to fetch them from memory
 * @lookup_data: passed to @lookup and @prefetch
 *
 * Computes every feature of every token that does not depend on the
 * tags already given, in the memory @s holds from before when there is
 * enough: a tagger reuses one for sentence after sentence.
 */
void
dl_ner_sentence_fill (DlNerSentence      *s,
                      const char * const *tokens,
                      guint               n_tokens,
                      DlNerGazLookup      lookup,
                      DlNerGazPrefetch    prefetch,
                      gconstpointer       lookup_data)
{
  Writer w;
  char mode;

  reserve (s, n_tokens);
  s->n_tokens = n_tokens;
  fill_strings (s, tokens);
  mode = dl_sentence_mode (s->shape, s->lower, s->n_tokens);
  hash_words (s, mode);
  look_up_phrases (s, lookup, prefetch, lookup_data);
  w.array = s->features;
  w.len = 0;
  for (guint i = 0; i < n_tokens; i++)
    {
      s->offsets[i] = w.len;
      add_token (&w, s, tokens[i], s->long_shapes + i * (MAX_LONG_SHAPE + 1), i);
      add_gazetteer (&w, s, i);
    }
  s->offsets[n_tokens] = w.len;
  g_array_set_size (s->features, w.len);
}

/**
 * dl_ner_sentence_new: (skip)
 * @tokens: the words of one sentence
 * @n_tokens: how many
 * @lookup: the gazetteer: phrase key → set of #DlNerGazBits
 * @lookup_data: passed to @lookup
 *
 * Computes every feature of every token that does not depend on the
 * tags already given.
 */
DlNerSentence *
dl_ner_sentence_new (const char * const *tokens,
                     guint               n_tokens,
                     DlNerGazLookup      lookup,
                     gconstpointer       lookup_data)
{
  DlNerSentence *s = g_new0 (DlNerSentence, 1);

  dl_ner_sentence_fill (s, tokens, n_tokens, lookup, NULL, lookup_data);
  return s;
}

void
dl_ner_sentence_free (DlNerSentence *sentence)
{
  if (sentence == NULL)
    return;
  g_free (sentence->lower);
  g_free (sentence->shape);
  g_free (sentence->offsets);
  g_free (sentence->gaz_bits);
  g_free (sentence->gaz_keys);
  g_free (sentence->long_shapes);
  g_free (sentence->lower_hashes);
  g_free (sentence->shape_hashes);
  g_free (sentence->edge_hashes);
  g_clear_pointer (&sentence->features, g_array_unref);
  if (sentence->strings != NULL)
    g_string_free (sentence->strings, TRUE);
  g_free (sentence);
}

/**
 * dl_ner_history_bases: (skip)
 * @sentence: the sentence
 * @i: the token
 * @out: room for %DL_NER_MAX_HISTORY_FEATURES hashes
 *
 * The features that pair token @i with the tag before it, without the
 * tag: dl_ner_history_key() adds it, cheaply, for every tag tried. The
 * first is the tag alone, the same for every token: with a %NULL
 * @sentence, only that one is written.
 *
 * Returns: how many were written to @out
 */
guint
dl_ner_history_bases (DlNerSentence *sentence,
                      guint          i,
                      guint64       *out)
{
  out[0] = dl_hash_seed (F_TAG1);
  if (sentence == NULL)
    return 1;
  out[1] = lower_hash_at (sentence, i, LW_TAG1_LOWER);
  out[2] = shape_hash_at (sentence, i, SH_TAG1_SHAPE);
  out[3] = lower_hash_at (sentence, (gint) i - 1, LW_TAG1_PREV_WORD);
  return 4;
}
