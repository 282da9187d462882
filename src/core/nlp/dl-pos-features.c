/* dl-pos-features.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The features of the part of speech tagger and its greedy decoding, left
 * to right, each tag seeing the two before it. Besides the words around
 * a token, its features hold the parts of speech the lexicon knows for
 * it and for the words after it: the tags to come are unknown to a
 * greedy tagger, but what they can be is not.
 */
#include "config.h"

#include <string.h>

#include "dl-ner-private.h"
#include "dl-syntax-private.h"

#define MAX_SHAPE 8

enum
{
  F_BIAS = 1,
  F_WORD,
  F_LOWER,
  F_PREFIX,
  F_SUFFIX,
  F_SHAPE,
  F_FIRST_SHAPE,
  F_LOWER_AT,
  F_SUFFIX_AT,
  F_SHAPE_AT,
  F_BIGRAM_BEFORE,
  F_BIGRAM_AFTER,
  F_CLASS_AT,
  F_CLASS_PAIR,
  F_CLASS_NEXT_WORD,
  F_TAG1,
  F_TAG2,
  F_TAG1_WORD,
  F_TAG1_CLASS,
  F_TAG1_NEXT_WORD,
  F_TAG2_ALONE,
  F_CASED_CLASS,
  F_SHAPE_PAIR,
  F_MODE_SHAPE,
  F_WORD_NEXT_CLASS,
  F_AFTER_HYPHEN,
  F_TAG1_SHAPE,
  F_UNKNOWN,
  F_UNKNOWN_SUFFIX,
  F_RIGHT1,
  F_RIGHT2,
  F_RIGHT_OWN,
  F_RIGHT_LEFT,
  F_RIGHT_WORD,
  F_RIGHT_CLASS,
  F_RIGHT_OWN_WORD,
};

/* The hashes of a token's lower case that features start with or go
 * on from: from the seeds of templates, and from the hashes of the
 * token before it for a bigram's second word; all made in one pass over
 * the word, see hash_many() */
enum
{
  LW_KEY,              /* the word's key, dl_pos_word_key() */
  LW_LOWER,
  LW_AT_M2,
  LW_AT_M1,
  LW_AT_P1,
  LW_AT_P2,
  LW_BIGRAM_BEFORE,    /* the first word of the next token's bigram */
  LW_BIGRAM_AFTER,     /* the first word of its own */
  LW_WORD_NEXT_CLASS,
  N_LOWER_SEEDS,
  LW_BIGRAM_BEFORE_2 = N_LOWER_SEEDS, /* its own bigram with the word before */
  LW_BIGRAM_AFTER_2,   /* the token before's bigram with this word */
  N_LOWER_HASHES
};

/* The same for a token's shape */
enum
{
  SH_SHAPE,
  SH_FIRST,
  SH_AT_M1,
  SH_AT_P1,
  SH_PAIR,             /* the first shape of a pair */
  SH_MODE,
  N_SHAPE_SEEDS,
  SH_PAIR_2 = N_SHAPE_SEEDS, /* the pair of the shape before and this one */
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

/* The hashes of a sentence's words */
typedef struct
{
  guint64 *lower;      /* N_LOWER_HASHES per token */
  guint64 *shape;      /* N_SHAPE_HASHES per token */
  guint64 edges[N_EDGE_HASHES];
} Hashes;

static void
lower_seeds (guint64 *h)
{
  h[LW_KEY] = dl_hash_seed (0);
  h[LW_LOWER] = dl_hash_seed (F_LOWER);
  h[LW_AT_M2] = dl_hash_int (dl_hash_seed (F_LOWER_AT), -2);
  h[LW_AT_M1] = dl_hash_int (dl_hash_seed (F_LOWER_AT), -1);
  h[LW_AT_P1] = dl_hash_int (dl_hash_seed (F_LOWER_AT), 1);
  h[LW_AT_P2] = dl_hash_int (dl_hash_seed (F_LOWER_AT), 2);
  h[LW_BIGRAM_BEFORE] = dl_hash_seed (F_BIGRAM_BEFORE);
  h[LW_BIGRAM_AFTER] = dl_hash_seed (F_BIGRAM_AFTER);
  h[LW_WORD_NEXT_CLASS] = dl_hash_seed (F_WORD_NEXT_CLASS);
}

static void
shape_seeds (guint64 *h,
             char     mode)
{
  h[SH_SHAPE] = dl_hash_seed (F_SHAPE);
  h[SH_FIRST] = dl_hash_seed (F_FIRST_SHAPE);
  h[SH_AT_M1] = dl_hash_int (dl_hash_seed (F_SHAPE_AT), -1);
  h[SH_AT_P1] = dl_hash_int (dl_hash_seed (F_SHAPE_AT), 1);
  h[SH_PAIR] = dl_hash_seed (F_SHAPE_PAIR);
  h[SH_MODE] = dl_hash_int (dl_hash_seed (F_MODE_SHAPE), mode);
}

/* Every hash of every token, in order: each token's bigram goes on from
 * the hashes of the token before */
static void
hash_words (DlPosSentence *s,
            Hashes        *hashes)
{
  guint64 *edges = hashes->edges;

  lower_seeds (edges + EDGE_START);
  dl_hash_str_many (edges + EDGE_START, N_LOWER_SEEDS, "<s>");
  lower_seeds (edges + EDGE_END);
  dl_hash_str_many (edges + EDGE_END, N_LOWER_SEEDS, "</s>");
  shape_seeds (edges + EDGE_SHAPE, s->mode);
  dl_hash_str_many (edges + EDGE_SHAPE, N_SHAPE_SEEDS, "|");
  for (guint i = 0; i < s->n_tokens; i++)
    {
      guint64 *lower = hashes->lower + (gsize) i * N_LOWER_HASHES;
      guint64 *shape = hashes->shape + (gsize) i * N_SHAPE_HASHES;
      const guint64 *lower_before = i > 0 ? lower - N_LOWER_HASHES : NULL;

      lower_seeds (lower);
      lower[LW_BIGRAM_BEFORE_2] = lower_before != NULL ? lower_before[LW_BIGRAM_BEFORE]
                                                       : edges[EDGE_START + LW_BIGRAM_BEFORE];
      /* The first token's runs for nothing */
      lower[LW_BIGRAM_AFTER_2] = lower_before != NULL ? lower_before[LW_BIGRAM_AFTER] : 0;
      dl_hash_str_many (lower, N_LOWER_HASHES, s->lower[i]);
      shape_seeds (shape, s->mode);
      shape[SH_PAIR_2] = i > 0 ? shape[SH_PAIR - N_SHAPE_HASHES] : edges[EDGE_SHAPE + SH_PAIR];
      dl_hash_str_many (shape, N_SHAPE_HASHES, s->shapes[i]);
    }
}

/* The hash of token @i's lower case from seed @seed (LW_AT_M2...), or
 * of the word past the end of the sentence there */
static guint64
lower_hash_at (DlPosSentence *s,
               const Hashes  *hashes,
               gint           i,
               guint          seed)
{
  if (i < 0)
    return hashes->edges[EDGE_START + seed];
  if (i >= (gint) s->n_tokens)
    return hashes->edges[EDGE_END + seed];
  return hashes->lower[(gsize) i * N_LOWER_HASHES + seed];
}

static guint64
shape_hash_at (DlPosSentence *s,
               const Hashes  *hashes,
               gint           i,
               guint          seed)
{
  if (i < 0 || i >= (gint) s->n_tokens)
    return hashes->edges[EDGE_SHAPE + seed];
  return hashes->shape[(gsize) i * N_SHAPE_HASHES + seed];
}

/* "McDonald's" → "XxXx'x": character classes, runs collapsed */
static void
shape_of (const char *word,
          char       *shape)
{
  guint n = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar u = (guchar) *p < 0x80 ? (guchar) *p : g_utf8_get_char (p);
      char c = g_unichar_isupper (u) ? 'X' : g_unichar_isalpha (u) ? 'x'
               : g_unichar_isdigit (u) ? 'd' : u < 0x80 ? (char) u : '?';

      if ((n == 0 || shape[n - 1] != c) && n < MAX_SHAPE)
        shape[n++] = c;
    }
  shape[n] = '\0';
}

/**
 * dl_pos_word_key: (skip)
 * @lower: a word as dl_ner_lower() gives it
 *
 * Returns: the key of the word in the lexicon and in the parser's features
 */
guint64
dl_pos_word_key (const char *lower)
{
  return dl_hash_mix (dl_hash_str (dl_hash_seed (0), lower));
}

/**
 * dl_pos_cased_key: (skip)
 * @word: a word as it is written
 *
 * Returns: the key of the word in the lexicon, its case kept
 */
guint64
dl_pos_cased_key (const char *word)
{
  return dl_hash_mix (dl_hash_str (dl_hash_seed (2), word));
}

static const char *
lower_at (DlPosSentence *s,
          gint           i)
{
  if (i < 0)
    return "<s>";
  if (i >= (gint) s->n_tokens)
    return "</s>";
  return s->lower[i];
}

static guint32
class_at (DlPosSentence *s,
          gint           i)
{
  if (i < 0 || i >= (gint) s->n_tokens)
    return 1u << 31;
  return s->classes[i];
}

/* The length of @word in bytes when it is all ASCII, else -1 */
static gssize
ascii_length (const char *word)
{
  const char *p = word;

  for (; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return -1;
  return p - word;
}

/* The last @k characters of @lower, or all of it when shorter: most
 * words are ASCII, whose characters are bytes */
static const char *
suffix_of (const char *lower,
           glong       k)
{
  gssize length = ascii_length (lower);
  glong n;

  if (length >= 0)
    return length <= k ? lower : lower + length - k;
  n = g_utf8_strlen (lower, -1);
  return n <= k ? lower : g_utf8_offset_to_pointer (lower, n - k);
}

/* Features are written straight into the array, which grows by
 * doubling: g_array_append_val() costs a call per feature, and a token
 * has some forty */
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

static void
add_word (Writer        *f,
          const char    *word,
          const char    *lower,
          const guint64 *lower_hashes,
          const guint64 *shape_hashes,
          guint          i)
{
  gssize length = ascii_length (lower);
  glong n_chars = length >= 0 ? length : g_utf8_strlen (lower, -1);

  push (f, dl_hash_seed (F_BIAS));
  push (f, dl_hash_str (dl_hash_seed (F_WORD), word));
  push (f, lower_hashes[LW_LOWER]);
  push (f, shape_hashes[SH_SHAPE]);
  if (i == 0)
    push (f, shape_hashes[SH_FIRST]);
  for (glong k = 1; k <= 5 && k <= n_chars; k++)
    {
      const char *end = length >= 0 ? lower + k : g_utf8_offset_to_pointer (lower, k);
      const char *suffix = length >= 0 ? lower + length - k : suffix_of (lower, k);

      push (f, dl_hash_int (dl_hash_str (dl_hash_seed (F_SUFFIX), suffix), k));
      if (k <= 3)
        push (f, dl_hash_int (dl_hash_bytes (dl_hash_seed (F_PREFIX), lower, end - lower), k));
    }
}

/* What tells apart the words the lexicon does not know: whether they
 * are capitalised, at the start of the sentence, and known in another
 * case; a capital means little at the start or in a title */
static void
add_unknown (Writer        *f,
             DlPosSentence *s,
             gint           i)
{
  guint64 h;

  if (s->classes[i] != 0)
    return;
  h = dl_hash_int (dl_hash_seed (F_UNKNOWN), s->shapes[i][0]);
  h = dl_hash_int (dl_hash_int (h, i == 0), s->mode);
  h = dl_hash_int (h, s->cased_classes[i] != 0);
  push (f, h);
  push (f, dl_hash_str (dl_hash_u64 (dl_hash_seed (F_UNKNOWN_SUFFIX), h), suffix_of (s->lower[i], 3)));
}

static void
add_context (Writer        *f,
             DlPosSentence *s,
             const Hashes  *hashes,
             gint           i)
{
  static const gint offsets[] = { -2, -1, 1, 2 };
  static const guint lower_seed[] = { LW_AT_M2, LW_AT_M1, LW_AT_P1, LW_AT_P2 };
  /* Shapes are seen one word away at most */
  static const guint shape_seed[] = { 0, SH_AT_M1, SH_AT_P1, 0 };
  const guint64 *lower = hashes->lower + (gsize) i * N_LOWER_HASHES;
  const guint64 *shape = hashes->shape + (gsize) i * N_SHAPE_HASHES;
  gboolean last = i + 1 == (gint) s->n_tokens;
  const char *hyphen = strrchr (s->lower[i], '-');

  for (guint k = 0; k < G_N_ELEMENTS (offsets); k++)
    {
      gint at = i + offsets[k];

      push (f, lower_hash_at (s, hashes, at, lower_seed[k]));
      push (f, dl_hash_int (dl_hash_int (dl_hash_seed (F_CLASS_AT), offsets[k]), class_at (s, at)));
      if (offsets[k] != -1 && offsets[k] != 1)
        continue;
      push (f, dl_hash_str (dl_hash_int (dl_hash_seed (F_SUFFIX_AT), offsets[k]),
                            suffix_of (lower_at (s, at), 3)));
      push (f, shape_hash_at (s, hashes, at, shape_seed[k]));
    }
  push (f, dl_hash_int (dl_hash_seed (F_CASED_CLASS), s->cased_classes[i]));
  /* The pairs of shapes before and after: the one after is the next
   * token's pair before */
  push (f, shape[SH_PAIR_2]);
  push (f, last ? dl_hash_str (shape[SH_PAIR], "|") : shape[N_SHAPE_HASHES + SH_PAIR_2]);
  push (f, shape[SH_MODE]);
  push (f, dl_hash_int (lower[LW_WORD_NEXT_CLASS], class_at (s, i + 1)));
  if (hyphen != NULL && hyphen[1] != '\0')
    push (f, dl_hash_str (dl_hash_seed (F_AFTER_HYPHEN), hyphen + 1));
  push (f, dl_hash_int (dl_hash_seed (F_CLASS_AT), class_at (s, i)));
  add_unknown (f, s, i);
  push (f, lower[LW_BIGRAM_BEFORE_2]);
  push (f, last ? dl_hash_str (lower[LW_BIGRAM_AFTER], "</s>") : lower[N_LOWER_HASHES + LW_BIGRAM_AFTER_2]);
  push (f, dl_hash_int (dl_hash_int (dl_hash_seed (F_CLASS_PAIR), class_at (s, i)), class_at (s, i + 1)));
  push (f, dl_hash_str (dl_hash_int (dl_hash_seed (F_CLASS_NEXT_WORD), class_at (s, i)),
                        lower_at (s, i + 1)));
}

static void
add_features (DlPosSentence      *s,
              const char * const *tokens,
              const Hashes       *hashes)
{
  Writer w = { s->features, 0 };

  /* Room for the usual number of features, so that they seldom grow */
  g_array_set_size (s->features, s->n_tokens * 48 + 1);
  for (guint i = 0; i < s->n_tokens; i++)
    {
      s->offsets[i] = w.len;
      add_word (&w, tokens[i], s->lower[i], hashes->lower + (gsize) i * N_LOWER_HASHES,
                hashes->shape + (gsize) i * N_SHAPE_HASHES, i);
      add_context (&w, s, hashes, i);
    }
  s->offsets[s->n_tokens] = w.len;
  g_array_set_size (s->features, w.len);
}

/**
 * dl_pos_sentence_new: (skip)
 * @tokens: the words of one sentence
 * @n_tokens: how many
 * @lexicon: the parts of speech of a word
 * @lexicon_data: passed to @lexicon
 *
 * Computes every feature of every token that does not depend on the
 * tags already given.
 */
DlPosSentence *
dl_pos_sentence_new (const char * const *tokens,
                     guint               n_tokens,
                     DlPosLexicon        lexicon,
                     gconstpointer       lexicon_data)
{
  DlPosSentence *s = g_new0 (DlPosSentence, 1);
  g_autofree char **shapes = g_new0 (char *, n_tokens + 1);
  g_autofree guint64 *hashed = g_new (guint64, (gsize) n_tokens * (N_LOWER_HASHES + N_SHAPE_HASHES) + 1);
  Hashes hashes = { hashed, hashed + (gsize) n_tokens * N_LOWER_HASHES, { 0 } };

  s->n_tokens = n_tokens;
  s->lower = g_new0 (char *, n_tokens + 1);
  s->word_keys = g_new0 (guint64, n_tokens + 1);
  s->classes = g_new0 (guint32, n_tokens + 1);
  s->cased_classes = g_new0 (guint32, n_tokens + 1);
  s->offsets = g_new0 (guint, n_tokens + 1);
  /* One block rather than an allocation per token */
  s->shape_block = g_malloc ((gsize) n_tokens * (MAX_SHAPE + 1) + 1);
  s->features = g_array_new (FALSE, FALSE, sizeof (guint64));
  for (guint i = 0; i < n_tokens; i++)
    {
      s->lower[i] = dl_ner_lower (tokens[i]);
      shapes[i] = s->shape_block + (gsize) i * (MAX_SHAPE + 1);
      shape_of (tokens[i], shapes[i]);
    }
  s->mode = dl_sentence_mode (shapes, s->lower, s->n_tokens);
  s->shapes = g_steal_pointer (&shapes);
  hash_words (s, &hashes);
  for (guint i = 0; i < n_tokens; i++)
    s->word_keys[i] = dl_hash_mix (hashes.lower[(gsize) i * N_LOWER_HASHES + LW_KEY]);
  /* Apart, so that the look-ups, which mostly miss the cache, overlap */
  for (guint i = 0; i < n_tokens; i++)
    {
      s->classes[i] = lexicon (lexicon_data, s->word_keys[i]);
      s->cased_classes[i] = lexicon (lexicon_data, dl_pos_cased_key (tokens[i]));
    }
  add_features (s, tokens, &hashes);
  return s;
}

void
dl_pos_sentence_free (DlPosSentence *sentence)
{
  if (sentence == NULL)
    return;
  g_strfreev (sentence->lower);
  g_free (sentence->word_keys);
  g_free (sentence->classes);
  g_free (sentence->cased_classes);
  g_free (sentence->shapes);
  g_free (sentence->shape_block);
  g_free (sentence->offsets);
  g_array_unref (sentence->features);
  g_free (sentence);
}

/**
 * dl_pos_history_features: (skip)
 * @sentence: the sentence
 * @i: the token
 * @tag1: the tag before it, -1 at the start
 * @tag2: the tag before that one
 * @out: room for %DL_POS_MAX_HISTORY keys
 *
 * Returns: how many features of token @i depend on the tags before it
 */
guint
dl_pos_history_features (DlPosSentence *sentence,
                         guint          i,
                         gint           tag1,
                         gint           tag2,
                         guint64       *out)
{
  DlPosSentence *s = sentence;

  out[0] = dl_hash_int (dl_hash_seed (F_TAG1), tag1);
  out[1] = dl_hash_int (dl_hash_int (dl_hash_seed (F_TAG2), tag1), tag2);
  out[2] = dl_hash_str (dl_hash_int (dl_hash_seed (F_TAG1_WORD), tag1), s->lower[i]);
  out[3] = dl_hash_int (dl_hash_int (dl_hash_seed (F_TAG1_CLASS), tag1), s->classes[i]);
  out[4] = dl_hash_str (dl_hash_int (dl_hash_seed (F_TAG1_NEXT_WORD), tag1), lower_at (s, (gint) i + 1));
  out[5] = dl_hash_int (dl_hash_seed (F_TAG2_ALONE), tag2);
  out[6] = dl_hash_str (dl_hash_int (dl_hash_seed (F_TAG1_SHAPE), tag1), s->shapes[i]);
  for (guint k = 0; k < DL_POS_MAX_HISTORY; k++)
    out[k] = dl_hash_mix (out[k]);
  return DL_POS_MAX_HISTORY;
}

/**
 * dl_pos_right_features: (skip)
 * @sentence: the sentence
 * @i: the token
 * @tag1: the tag of the second pass before it, -1 at the start
 * @first: the tags of the first pass
 * @out: room for %DL_POS_MAX_RIGHT keys
 *
 * Returns: how many features of the second pass look at the tags the
 *   first pass gave the words after @i, and at its own
 */
guint
dl_pos_right_features (DlPosSentence *sentence,
                       guint          i,
                       gint           tag1,
                       const gint    *first,
                       guint64       *out)
{
  DlPosSentence *s = sentence;
  gint r1 = i + 1 < s->n_tokens ? first[i + 1] : -1;
  gint r2 = i + 2 < s->n_tokens ? first[i + 2] : -1;
  guint n = 0;

  out[n++] = dl_hash_int (dl_hash_seed (F_RIGHT1), r1);
  out[n++] = dl_hash_int (dl_hash_int (dl_hash_seed (F_RIGHT2), r1), r2);
  out[n++] = dl_hash_int (dl_hash_seed (F_RIGHT_OWN), first[i]);
  out[n++] = dl_hash_int (dl_hash_int (dl_hash_seed (F_RIGHT_LEFT), tag1), r1);
  out[n++] = dl_hash_str (dl_hash_int (dl_hash_seed (F_RIGHT_WORD), r1), s->lower[i]);
  out[n++] = dl_hash_int (dl_hash_int (dl_hash_seed (F_RIGHT_CLASS), r1), s->classes[i]);
  out[n++] = dl_hash_str (dl_hash_int (dl_hash_seed (F_RIGHT_OWN_WORD), first[i]), s->lower[i]);
  for (guint k = 0; k < n; k++)
    out[k] = dl_hash_mix (out[k]);
  return n;
}

/**
 * dl_pos_static_count: (skip)
 * @sentence: the sentence
 * @i: the token
 *
 * Returns: how many of the features of token @i that do not depend on
 *   any tag count, from sentence->offsets[i]
 */
guint
dl_pos_static_count (DlPosSentence *sentence,
                     guint          i)
{
  return MIN (sentence->offsets[i + 1] - sentence->offsets[i],
              DL_POS_MAX_KEYS - DL_POS_MAX_HISTORY - DL_POS_MAX_RIGHT);
}

/**
 * dl_pos_token_keys: (skip)
 * @sentence: the sentence
 * @i: the token
 * @tags: the tags of the tokens before @i
 * @first: (nullable): the tags of the first pass, for the second
 * @out: room for %DL_POS_MAX_KEYS keys
 *
 * Returns: how many features token @i has in the pass @first tells;
 *   each pass has weights of its own
 */
guint
dl_pos_token_keys (DlPosSentence *sentence,
                   guint          i,
                   const gint    *tags,
                   const gint    *first,
                   guint64       *out)
{
  guint start = sentence->offsets[i];
  guint n = dl_pos_static_count (sentence, i);
  gint tag1 = i > 0 ? tags[i - 1] : -1;

  memcpy (out, &g_array_index (sentence->features, guint64, start), n * sizeof (guint64));
  n += dl_pos_history_features (sentence, i, tag1, i > 1 ? tags[i - 2] : -1, out + n);
  if (first == NULL)
    return n;
  return n + dl_pos_right_features (sentence, i, tag1, first, out + n);
}

/**
 * dl_pos_decode: (skip)
 * @sentence: the sentence
 * @scorer: the weights
 * @scorer_data: passed to @scorer
 * @first: (nullable): the tags of the first pass, to run the second
 * @tags: (out): a #DlUpos per token
 *
 * Tags the sentence greedily, left to right.
 */
void
dl_pos_decode (DlPosSentence *sentence,
               DlScorer       scorer,
               gconstpointer  scorer_data,
               const gint    *first,
               gint          *tags)
{
  for (guint i = 0; i < sentence->n_tokens; i++)
    {
      guint64 keys[DL_POS_MAX_KEYS];
      float scores[DL_UPOS_N] = { 0 };
      guint n = dl_pos_token_keys (sentence, i, tags, first, keys);
      gint best = 0;

      scorer (scorer_data, keys, n, scores);
      for (gint l = 1; l < DL_UPOS_N; l++)
        if (scores[l] > scores[best])
          best = l;
      tags[i] = best;
    }
}
