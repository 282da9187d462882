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

#include "dl-pos.h"
#include "dl-syntax-private.h"

#define MODEL_FILE "pos.model"

struct _DlPosModel
{
  GMappedFile *file;
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
  const char *data = g_mapped_file_get_contents (model->file);
  gsize size = g_mapped_file_get_length (model->file), expected;
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
             + (gsize) h.n_rows * h.n_labels * 2 + h.pool_size;
  if (size != expected || !check_labels (data + sizeof h)
      || (h.pool_size > 0 && data[size - 1] != '\0'))
    goto invalid;
  data += sizeof h + h.n_labels * 8;
  model->table.slots = (const guint32 *) data;
  model->table.mask = h.n_slots - 1;
  model->table.n_labels = DL_UPOS_N;
  data += (gsize) h.n_slots * 8;
  model->lexicon = (const guint32 *) data;
  model->lexicon_mask = h.n_lex_slots - 1;
  data += (gsize) h.n_lex_slots * 8;
  model->lemmas = (const guint32 *) data;
  model->lemma_mask = h.n_lemma_slots - 1;
  data += (gsize) h.n_lemma_slots * 8;
  model->table.rows = (const gint16 *) data;
  data += (gsize) h.n_rows * h.n_labels * 2;
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
  g_clear_pointer (&model->file, g_mapped_file_unref);
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

static void
score_rows (gconstpointer  data,
            const guint64 *keys,
            guint          n_keys,
            float         *scores)
{
  const DlPosModel *model = data;

  for (guint k = 0; k < n_keys; k++)
    {
      const gint16 *row = dl_weight_table_find (&model->table, keys[k]);

      for (guint l = 0; row != NULL && l < DL_UPOS_N; l++)
        scores[l] += row[l];
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
  DlUpos *out;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (tokens != NULL || n_tokens == 0, NULL);

  s = dl_pos_sentence_new (tokens, n_tokens, lookup_lexicon, model);
  first = g_new0 (gint, n_tokens + 1);
  tags = g_new0 (gint, n_tokens + 1);
  /* The second pass sees the tags the first gave the words to come */
  dl_pos_decode (s, score_rows, model, NULL, first);
  dl_pos_decode (s, score_rows, model, first, tags);
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
  g_autofree char *lower = g_utf8_strdown (form, -1);
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
