/* dl-pos.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The part of speech tagger and lemmatiser: two greedy passes of an
 * averaged perceptron over the features of dl-pos-features.c, the second
 * seeing the tags the first gave the words on the right, trained by
 * tools/train-syntax on the Universal Dependencies English treebank, and
 * the rules of dl-pos-lemma.c with the exceptions the training data
 * taught. The model file is mapped, not parsed, and read only
 * afterwards, so any thread may tag with it.
 */
#include "config.h"

#include <string.h>

#include "dl-lexicon.h"
#include "dl-pos.h"
#include "dl-syntax-private.h"

#define MODEL_FILE "pos.model"
/* The weights of a feature in both passes */
#define ROW_WIDTH (2 * DL_UPOS_N)

struct _DlPosModel
{
  GBytes *file;
  DlWeightTable table;
  const guint32 *lexicon;
  guint32 lexicon_mask;
  const guint32 *lemmas;
  guint32 lemma_mask;
  const char *pool;
  guint32 pool_size;
  float scale;
  double load_time;
};

static const char * const upos_names[DL_UPOS_N] = {
  "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
  "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

/**
 * dl_upos_to_string:
 * @upos: a part of speech
 *
 * Returns: its name in Universal Dependencies: "NOUN", "PROPN"...
 */
const char *
dl_upos_to_string (DlUpos upos)
{
  g_return_val_if_fail ((guint) upos < DL_UPOS_N, "X");

  return upos_names[upos];
}

/**
 * dl_upos_from_string:
 * @name: a name, "NOUN"
 * @upos: (out): the part of speech
 *
 * Returns: whether @name is one of the seventeen
 */
gboolean
dl_upos_from_string (const char *name,
                     DlUpos     *upos)
{
  g_return_val_if_fail (name != NULL && upos != NULL, FALSE);

  for (guint i = 0; i < DL_UPOS_N; i++)
    if (strcmp (name, upos_names[i]) == 0)
      {
        *upos = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_power_of_two (guint32 n)
{
  return n > 0 && (n & (n - 1)) == 0;
}

/* The labels must be those of DlUpos, in its order */
static gboolean
check_labels (const char *names)
{
  for (guint i = 0; i < DL_UPOS_N; i++)
    if (strncmp (names + i * 8, upos_names[i], 8) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
map_tables (DlPosModel *model,
            GError    **error)
{
  const char *data = g_bytes_get_data (model->file, NULL);
  gsize size = g_bytes_get_size (model->file), expected;
  DlPosFileHeader h;

  if (size < sizeof h)
    goto invalid;
  memcpy (&h, data, sizeof h);
  if (memcmp (h.magic, DL_POS_MAGIC, 8) != 0 || h.n_labels != DL_UPOS_N
      || !is_power_of_two (h.n_slots) || !is_power_of_two (h.n_lex_slots)
      || !is_power_of_two (h.n_lemma_slots))
    goto invalid;
  expected = sizeof h + h.n_labels * 8
             + ((gsize) h.n_slots + h.n_lex_slots + h.n_lemma_slots) * 8
             + (gsize) h.n_rows * ROW_WIDTH * 2 + h.pool_size;
  if (size != expected || !check_labels (data + sizeof h)
      || (h.pool_size > 0 && data[size - 1] != '\0'))
    goto invalid;
  data += sizeof h + h.n_labels * 8;
  model->table.slots = (const guint32 *) data;
  model->table.mask = h.n_slots - 1;
  model->table.n_labels = ROW_WIDTH;
  data += (gsize) h.n_slots * 8;
  model->lexicon = (const guint32 *) data;
  model->lexicon_mask = h.n_lex_slots - 1;
  data += (gsize) h.n_lex_slots * 8;
  model->lemmas = (const guint32 *) data;
  model->lemma_mask = h.n_lemma_slots - 1;
  data += (gsize) h.n_lemma_slots * 8;
  model->table.rows = (const gint16 *) data;
  data += (gsize) h.n_rows * ROW_WIDTH * 2;
  model->pool = data;
  model->pool_size = h.pool_size;
  model->scale = h.scale;
  return TRUE;

invalid:
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "not a part of speech tagger model");
  return FALSE;
}

/**
 * dl_pos_model_load:
 * @path: a model file written by tools/train-syntax
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the model, or %NULL with @error set
 */
DlPosModel *
dl_pos_model_load (const char  *path,
                   GError     **error)
{
  g_autoptr(DlPosModel) model = NULL;
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  model = g_new0 (DlPosModel, 1);
  model->file = dl_model_file_map (path, error);
  if (model->file == NULL || !map_tables (model, error))
    return NULL;
  model->load_time = (g_get_monotonic_time () - start) / 1e6;
  return g_steal_pointer (&model);
}

void
dl_pos_model_free (DlPosModel *model)
{
  if (model == NULL)
    return;
  g_clear_pointer (&model->file, g_bytes_unref);
  g_free (model);
}

/**
 * dl_pos_model_get_default:
 *
 * Loads the installed model on first use.
 *
 * Returns: (transfer none) (nullable): the model, or %NULL when there is none
 */
DlPosModel *
dl_pos_model_get_default (void)
{
  static gsize initialised = 0;
  static DlPosModel *model = NULL;

  if (g_once_init_enter (&initialised))
    {
      model = dl_model_find_default (MODEL_FILE, (DlModelLoadFunc) dl_pos_model_load, "part of speech model");
      g_once_init_leave (&initialised, 1);
    }
  return model;
}

/**
 * dl_pos_model_get_load_time:
 * @model: a model
 *
 * Returns: how long loading took, in seconds
 */
double
dl_pos_model_get_load_time (DlPosModel *model)
{
  g_return_val_if_fail (model != NULL, 0);

  return model->load_time;
}

static guint32
lookup_lexicon (gconstpointer data,
                guint64       word_key)
{
  const DlPosModel *model = data;
  guint32 bits;

  return dl_slots_find (model->lexicon, model->lexicon_mask, word_key, &bits) ? bits : 0;
}

/* The sums of the features of each token that depend on no tag, for
 * both passes: ROW_WIDTH per token. The slots of every token's features
 * are asked for before any is read, then the rows found, so that the
 * sentence waits on memory about twice rather than twice a token. */
static void
static_sums (DlPosModel    *model,
             DlPosSentence *s,
             gint32        *sums)
{
  const DlWeightTable *table = &model->table;
  const guint64 *features = &g_array_index (s->features, guint64, 0);
  g_autofree const gint16 **rows = g_new (const gint16 *, s->offsets[s->n_tokens] + 1);
  g_autofree guint *ends = g_new (guint, s->n_tokens + 1);
  guint n = 0;

  for (guint i = 0; i < s->n_tokens; i++)
    for (guint k = s->offsets[i]; k < s->offsets[i] + dl_pos_static_count (s, i); k++)
      __builtin_prefetch (table->slots + 2 * (features[k] & table->mask));
  for (guint i = 0; i < s->n_tokens; i++)
    {
      for (guint k = s->offsets[i]; k < s->offsets[i] + dl_pos_static_count (s, i); k++)
        {
          const gint16 *row = dl_weight_table_find (table, features[k]);

          if (row == NULL)
            continue;
          __builtin_prefetch (row);
          __builtin_prefetch (row + ROW_WIDTH - 1);
          rows[n++] = row;
        }
      ends[i] = n;
    }
  for (guint i = 0, k = 0; i < s->n_tokens; i++)
    {
      gint32 *sum = sums + (gsize) i * ROW_WIDTH;

      for (; k < ends[i]; k++)
        for (guint l = 0; l < ROW_WIDTH; l++)
          sum[l] += rows[k][l];
    }
}

/* The tag token @i most likely gets, before its history is known: the
 * first pass's in the second, else the best by the features that
 * depend on no tag */
static gint
likely_tag (const gint32 *sums,
            const gint   *first,
            guint         i)
{
  gint best = 0;

  if (first != NULL)
    return first[i];
  for (gint l = 1; l < DL_UPOS_N; l++)
    if (sums[(gsize) i * ROW_WIDTH + l] > sums[(gsize) i * ROW_WIDTH + best])
      best = l;
  return best;
}

/* Asks for the slots of the history features token @i + 1 has when
 * token @i gets its likely tag: each token waits on memory for its
 * history's slots, then for their rows, and mostly the guess is right,
 * so that the wait for the slots overlaps the token before */
static void
prefetch_next (DlPosModel    *model,
               DlPosSentence *s,
               const gint32  *sums,
               const gint    *first,
               const gint    *tags,
               guint          i)
{
  guint64 keys[DL_POS_MAX_HISTORY + DL_POS_MAX_RIGHT];
  gint tag1;
  guint n;

  if (i + 1 >= s->n_tokens)
    return;
  tag1 = likely_tag (sums, first, i);
  n = dl_pos_history_features (s, i + 1, tag1, i > 0 ? tags[i - 1] : -1, keys);
  if (first != NULL)
    n += dl_pos_right_features (s, i + 1, tag1, first, keys + n);
  for (guint k = 0; k < n; k++)
    __builtin_prefetch (model->table.slots + 2 * (keys[k] & model->table.mask));
}

/* One pass, left to right, as dl_pos_decode() with the features of
 * dl_pos_token_keys(): those of the tags before each token, and in the
 * second pass (@first given) those of the first pass's tags after it */
static void
decode (DlPosModel    *model,
        DlPosSentence *s,
        const gint32  *sums,
        const gint    *first,
        gint          *tags)
{
  guint half = first != NULL ? DL_UPOS_N : 0;

  for (guint i = 0; i < s->n_tokens; i++)
    {
      guint64 keys[DL_POS_MAX_HISTORY + DL_POS_MAX_RIGHT];
      const gint16 *rows[DL_POS_MAX_HISTORY + DL_POS_MAX_RIGHT];
      gint32 scores[DL_UPOS_N];
      gint tag1 = i > 0 ? tags[i - 1] : -1, best = 0;
      guint n = dl_pos_history_features (s, i, tag1, i > 1 ? tags[i - 2] : -1, keys), found;

      if (first != NULL)
        n += dl_pos_right_features (s, i, tag1, first, keys + n);
      prefetch_next (model, s, sums, first, tags, i);
      memcpy (scores, sums + (gsize) i * ROW_WIDTH + half, sizeof scores);
      found = dl_weight_table_rows (&model->table, keys, n, rows);
      for (guint k = 0; k < found; k++)
        for (guint l = 0; l < DL_UPOS_N; l++)
          scores[l] += rows[k][half + l];
      for (gint l = 1; l < DL_UPOS_N; l++)
        if (scores[l] > scores[best])
          best = l;
      tags[i] = best;
    }
}

/**
 * dl_pos_model_tag:
 * @model: a model
 * @tokens: (array length=n_tokens): the words of one sentence, split as
 *   Universal Dependencies splits them ("do" "n't", "John" "'s")
 * @n_tokens: how many
 *
 * Returns: (transfer full) (array length=n_tokens): the part of speech
 *   of each token; free with g_free()
 */
DlUpos *
dl_pos_model_tag (DlPosModel         *model,
                  const char * const *tokens,
                  guint               n_tokens)
{
  g_autoptr(DlPosSentence) s = NULL;
  g_autofree gint *first = NULL;
  g_autofree gint *tags = NULL;
  g_autofree gint32 *sums = NULL;
  DlUpos *out;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (tokens != NULL || n_tokens == 0, NULL);

  s = dl_pos_sentence_new (tokens, n_tokens, lookup_lexicon, model);
  first = g_new0 (gint, n_tokens + 1);
  tags = g_new0 (gint, n_tokens + 1);
  sums = g_new0 (gint32, (gsize) n_tokens * ROW_WIDTH + 1);
  static_sums (model, s, sums);
  /* The second pass sees the tags the first gave the words to come */
  decode (model, s, sums, NULL, first);
  decode (model, s, sums, first, tags);
  out = g_new0 (DlUpos, n_tokens + 1);
  for (guint i = 0; i < n_tokens; i++)
    out[i] = tags[i];
  return out;
}

static char *
lemma_of (DlPosModel *model,
          const char *form,
          DlUpos      upos)
{
  g_autofree char *lower = dl_lexicon_strdown (form, -1);
  guint32 offset;

  if (dl_slots_find (model->lemmas, model->lemma_mask, dl_pos_lemma_key (lower, upos), &offset)
      && offset < model->pool_size)
    return g_strdup (model->pool + offset);
  return dl_pos_lemma_rule (form, upos);
}

/**
 * dl_pos_model_lemmatise:
 * @model: a model
 * @tokens: (array length=n_tokens): the words of one sentence
 * @tags: (array length=n_tokens): their parts of speech
 * @n_tokens: how many
 *
 * Returns: (transfer full): the lemma of each token, a %NULL-terminated
 *   array: names as written, other words in lower case ("met" → "meet",
 *   "leaders" → "leader")
 */
char **
dl_pos_model_lemmatise (DlPosModel         *model,
                        const char * const *tokens,
                        const DlUpos       *tags,
                        guint               n_tokens)
{
  char **lemmas;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail ((tokens != NULL && tags != NULL) || n_tokens == 0, NULL);

  lemmas = g_new0 (char *, n_tokens + 1);
  for (guint i = 0; i < n_tokens; i++)
    lemmas[i] = lemma_of (model, tokens[i], tags[i]);
  return lemmas;
}
