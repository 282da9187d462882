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

guint64
dl_ner_phrase_key (const char * const *lower_words,
                   guint               n_words)
{
  guint64 h = dl_hash_seed (0);

  for (guint i = 0; i < n_words; i++)
    h = dl_hash_str (h, lower_words[i]);
  return dl_hash_mix (h);
}

char *
dl_ner_lower (const char *word)
{
  GString *out = g_string_sized_new (strlen (word));

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      guchar c = *p;

      if (c < 0x80)
        g_string_append_c (out, g_ascii_isdigit (c) ? '0' : g_ascii_tolower (c));
      else
        g_string_append_unichar (out, g_unichar_tolower (g_utf8_get_char (p)));
    }
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

/* "McDonald" → "XxXx", and its long form, runs kept, for @long_shape */
static char *
shape_of (const char *word,
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
  shape[n] = '\0';
  long_shape[n_long] = '\0';
  return g_strdup (shape);
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

/* 'A' when no word has a lower-case letter (a shouted headline), 'T'
 * when every longer word is capitalised (title case), else 'N' */
static char
mode_of (DlNerSentence *s)
{
  gboolean lower = FALSE, title = TRUE;

  for (guint i = 0; i < s->n_tokens; i++)
    {
      const char *shape = s->shape[i];

      if (strchr (shape, 'x') != NULL)
        lower = TRUE;
      if (shape[0] == 'x' && strlen (s->lower[i]) > 3)
        title = FALSE;
    }
  if (!lower)
    return 'A';
  return title && s->n_tokens > 2 ? 'T' : 'N';
}

static const char *
lower_at (DlNerSentence *s,
          gint           i)
{
  if (i < 0)
    return "<s>";
  if (i >= (gint) s->n_tokens)
    return "</s>";
  return s->lower[i];
}

static const char *
shape_at (DlNerSentence *s,
          gint           i)
{
  if (i < 0 || i >= (gint) s->n_tokens)
    return "|";
  return s->shape[i];
}

static inline void
push (GArray  *features,
      guint64  h)
{
  h = dl_hash_mix (h);
  g_array_append_val (features, h);
}

/* Prefixes and suffixes of one to four characters */
static void
add_affixes (GArray     *features,
             const char *lower)
{
  glong n_chars = g_utf8_strlen (lower, -1);
  gsize length = strlen (lower);

  for (glong k = 1; k <= 4 && k <= n_chars; k++)
    {
      const char *prefix_end = g_utf8_offset_to_pointer (lower, k);
      const char *suffix = g_utf8_offset_to_pointer (lower, n_chars - k);

      push (features, dl_hash_int (dl_hash_bytes (dl_hash_seed (F_PREFIX), lower, prefix_end - lower), k));
      push (features, dl_hash_int (dl_hash_bytes (dl_hash_seed (F_SUFFIX), suffix, length - (suffix - lower)), k));
    }
}

static void
add_context (GArray        *features,
             DlNerSentence *s,
             gint           i)
{
  static const gint offsets[] = { -2, -1, 1, 2 };

  for (guint k = 0; k < G_N_ELEMENTS (offsets); k++)
    {
      push (features, dl_hash_str (dl_hash_int (dl_hash_seed (F_LOWER_AT), offsets[k]),
                               lower_at (s, i + offsets[k])));
      push (features, dl_hash_str (dl_hash_int (dl_hash_seed (F_SHAPE_AT), offsets[k]),
                               shape_at (s, i + offsets[k])));
    }
  push (features, dl_hash_str (dl_hash_str (dl_hash_seed (F_BIGRAM_BEFORE), lower_at (s, i - 1)), s->lower[i]));
  push (features, dl_hash_str (dl_hash_str (dl_hash_seed (F_BIGRAM_AFTER), s->lower[i]), lower_at (s, i + 1)));
  push (features, dl_hash_str (dl_hash_str (dl_hash_str (dl_hash_seed (F_SHAPE_TRIGRAM), shape_at (s, i - 1)),
                                    s->shape[i]), shape_at (s, i + 1)));
  push (features, dl_hash_str (dl_hash_str (dl_hash_seed (F_SHAPE_NEXT_WORD), s->shape[i]), lower_at (s, i + 1)));
  push (features, dl_hash_str (dl_hash_str (dl_hash_seed (F_PREV_WORD_SHAPE), lower_at (s, i - 1)), s->shape[i]));
}

static void
add_token (DlNerSentence *s,
           const char    *word,
           const char    *long_shape,
           guint          i,
           char           mode)
{
  GArray *features = s->features;

  push (features, dl_hash_seed (F_BIAS));
  push (features, dl_hash_str (dl_hash_seed (F_WORD), word));
  push (features, dl_hash_str (dl_hash_seed (F_LOWER), s->lower[i]));
  push (features, dl_hash_str (dl_hash_seed (F_SHAPE), s->shape[i]));
  push (features, dl_hash_str (dl_hash_seed (F_LONG_SHAPE), long_shape));
  add_affixes (features, s->lower[i]);
  add_context (features, s, i);
  if (i == 0)
    push (features, dl_hash_str (dl_hash_seed (F_FIRST_SHAPE), s->shape[i]));
  push (features, dl_hash_str (dl_hash_int (dl_hash_seed (F_MODE_SHAPE), mode), s->shape[i]));
}

/* Every gazetteer phrase over the sentence marks its words with where
 * they stand in it (B, I, L, U) and the lists it is on */
static void
add_gazetteer (DlNerSentence  *s,
               GArray        **per_token,
               DlNerGazLookup  lookup,
               gconstpointer   lookup_data)
{
  for (guint start = 0; start < s->n_tokens; start++)
    for (guint n = 1; n <= DL_NER_GAZ_MAX_WORDS && start + n <= s->n_tokens; n++)
      {
        guint bits = lookup (lookup_data,
                             dl_ner_phrase_key ((const char * const *) s->lower + start, n));

        for (guint b = 0; bits != 0 && b < DL_NER_GAZ_N_BITS; b++)
          {
            if ((bits & (1u << b)) == 0)
              continue;
            for (guint k = start; k < start + n; k++)
              {
                char where = n == 1 ? 'U' : k == start ? 'B' : k + 1 == start + n ? 'L' : 'I';
                guint64 h = dl_hash_int (dl_hash_int (dl_hash_seed (F_GAZ), b), where);

                push (per_token[k], h);
                push (per_token[k], dl_hash_int (dl_hash_int (dl_hash_int (dl_hash_seed (F_GAZ_CASE), b), where),
                                             case_of (s->shape[k])));
              }
          }
      }
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
  g_autofree char *long_shapes = g_malloc0 ((MAX_LONG_SHAPE + 1) * (n_tokens + 1));
  g_autofree GArray **gaz = g_new0 (GArray *, n_tokens + 1);
  char mode;

  s->n_tokens = n_tokens;
  s->lower = g_new0 (char *, n_tokens + 1);
  s->shape = g_new0 (char *, n_tokens + 1);
  s->offsets = g_new0 (guint, n_tokens + 1);
  s->features = g_array_sized_new (FALSE, FALSE, sizeof (guint64), n_tokens * 48);
  for (guint i = 0; i < n_tokens; i++)
    {
      s->lower[i] = dl_ner_lower (tokens[i]);
      s->shape[i] = shape_of (tokens[i], long_shapes + i * (MAX_LONG_SHAPE + 1));
      gaz[i] = g_array_new (FALSE, FALSE, sizeof (guint64));
    }
  add_gazetteer (s, gaz, lookup, lookup_data);
  mode = mode_of (s);
  for (guint i = 0; i < n_tokens; i++)
    {
      s->offsets[i] = s->features->len;
      add_token (s, tokens[i], long_shapes + i * (MAX_LONG_SHAPE + 1), i, mode);
      g_array_append_vals (s->features, gaz[i]->data, gaz[i]->len);
      g_array_unref (gaz[i]);
    }
  s->offsets[n_tokens] = s->features->len;
  return s;
}

void
dl_ner_sentence_free (DlNerSentence *sentence)
{
  if (sentence == NULL)
    return;
  g_strfreev (sentence->lower);
  g_strfreev (sentence->shape);
  g_free (sentence->offsets);
  g_array_unref (sentence->features);
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
  out[1] = dl_hash_str (dl_hash_seed (F_TAG1_LOWER), sentence->lower[i]);
  out[2] = dl_hash_str (dl_hash_seed (F_TAG1_SHAPE), sentence->shape[i]);
  out[3] = dl_hash_str (dl_hash_seed (F_TAG1_PREV_WORD), lower_at (sentence, (gint) i - 1));
  return 4;
}
