/* dl-parser.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dependency parser: greedy arc-eager transitions scored by an
 * averaged perceptron (dl-parser-state.c), each arc labelled by a second
 * perceptron as it is made and labelled again once the tree is whole,
 * both trained by tools/train-syntax on the Universal Dependencies
 * English treebank. The model file is mapped, not parsed, and read only
 * afterwards, so any thread may parse with it.
 */
#include "config.h"

#include <string.h>

#include "dl-parser.h"
#include "dl-syntax-private.h"

#define MODEL_FILE "parser.model"

struct _DlParserModel
{
  GMappedFile *file;
  DlWeightTable moves;
  DlWeightTable relations;
  const char *deprels;
  guint n_deprels;
  double load_time;
};

static gboolean
is_power_of_two (guint32 n)
{
  return n > 0 && (n & (n - 1)) == 0;
}

/* Every relation's name must end within its 16 bytes */
static gboolean
check_deprels (const char *names,
               guint       n)
{
  for (guint i = 0; i < n; i++)
    if (names[(i + 1) * DL_PARSER_DEPREL_SIZE - 1] != '\0' || names[i * DL_PARSER_DEPREL_SIZE] == '\0')
      return FALSE;
  return TRUE;
}

static gboolean
map_tables (DlParserModel *model,
            GError       **error)
{
  const char *data = g_mapped_file_get_contents (model->file);
  gsize size = g_mapped_file_get_length (model->file), expected;
  DlParserFileHeader h;

  if (size < sizeof h)
    goto invalid;
  memcpy (&h, data, sizeof h);
  if (memcmp (h.magic, DL_PARSER_MAGIC, 8) != 0 || h.n_moves != DL_ARC_N_MOVES
      || h.n_deprels == 0 || h.n_deprels > 256
      || !is_power_of_two (h.n_slots) || !is_power_of_two (h.n_label_slots))
    goto invalid;
  expected = sizeof h + (gsize) h.n_deprels * DL_PARSER_DEPREL_SIZE
             + ((gsize) h.n_slots + h.n_label_slots) * 8
             + (gsize) h.n_rows * h.n_moves * 2 + (gsize) h.n_label_rows * h.n_deprels * 2;
  if (size != expected || !check_deprels (data + sizeof h, h.n_deprels))
    goto invalid;
  model->deprels = data + sizeof h;
  model->n_deprels = h.n_deprels;
  data += sizeof h + (gsize) h.n_deprels * DL_PARSER_DEPREL_SIZE;
  model->moves = (DlWeightTable) { (const guint32 *) data, h.n_slots - 1, NULL, DL_ARC_N_MOVES };
  data += (gsize) h.n_slots * 8;
  model->relations = (DlWeightTable) { (const guint32 *) data, h.n_label_slots - 1, NULL, h.n_deprels };
  data += (gsize) h.n_label_slots * 8;
  model->moves.rows = (const gint16 *) data;
  data += (gsize) h.n_rows * h.n_moves * 2;
  model->relations.rows = (const gint16 *) data;
  return TRUE;

invalid:
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "not a dependency parser model");
  return FALSE;
}

/**
 * dl_parser_model_load:
 * @path: a model file written by tools/train-syntax
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the model, or %NULL with @error set
 */
DlParserModel *
dl_parser_model_load (const char  *path,
                      GError     **error)
{
  g_autoptr(DlParserModel) model = NULL;
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  model = g_new0 (DlParserModel, 1);
  model->file = dl_model_file_map (path, error);
  if (model->file == NULL || !map_tables (model, error))
    return NULL;
  model->load_time = (g_get_monotonic_time () - start) / 1e6;
  return g_steal_pointer (&model);
}

void
dl_parser_model_free (DlParserModel *model)
{
  if (model == NULL)
    return;
  g_clear_pointer (&model->file, g_mapped_file_unref);
  g_free (model);
}

/**
 * dl_parser_model_get_default:
 *
 * Loads the installed model on first use.
 *
 * Returns: (transfer none) (nullable): the model, or %NULL when there is none
 */
DlParserModel *
dl_parser_model_get_default (void)
{
  static gsize initialised = 0;
  static DlParserModel *model = NULL;

  if (g_once_init_enter (&initialised))
    {
      model = dl_model_find_default (MODEL_FILE, (DlModelLoadFunc) dl_parser_model_load, "parser model");
      g_once_init_leave (&initialised, 1);
    }
  return model;
}

/**
 * dl_parser_model_get_load_time:
 * @model: a model
 *
 * Returns: how long loading took, in seconds
 */
double
dl_parser_model_get_load_time (DlParserModel *model)
{
  g_return_val_if_fail (model != NULL, 0);

  return model->load_time;
}

static void
score_rows (gconstpointer  data,
            const guint64 *keys,
            guint          n_keys,
            float         *scores)
{
  const DlWeightTable *table = data;

  for (guint k = 0; k < n_keys; k++)
    {
      const gint16 *row = dl_weight_table_find (table, keys[k]);

      for (guint l = 0; row != NULL && l < table->n_labels; l++)
        scores[l] += row[l];
    }
}

static const char *
relation_of (DlParserModel *model,
             const guint64 *words,
             const gint    *tags,
             const gint    *heads,
             guint          n,
             guint          d)
{
  guint64 keys[DL_LABEL_N_FEATURES];
  guint n_keys = dl_label_features (words, tags, heads, n, d, keys);
  g_autofree float *scores = g_new0 (float, model->n_deprels);
  gint best = -1;

  /* "root" is the root's relation, and no other word's */
  if (heads[d] == 0)
    return "root";
  score_rows (&model->relations, keys, n_keys, scores);
  for (guint l = 0; l < model->n_deprels; l++)
    if (strcmp (model->deprels + l * DL_PARSER_DEPREL_SIZE, "root") != 0
        && (best < 0 || scores[l] > scores[best]))
      best = l;
  return best < 0 ? "dep" : model->deprels + best * DL_PARSER_DEPREL_SIZE;
}

/**
 * dl_parser_model_parse:
 * @model: a model
 * @tokens: (array length=n_tokens): the words of one sentence, split as
 *   Universal Dependencies splits them
 * @tags: (array length=n_tokens): their parts of speech, from
 *   dl_pos_model_tag()
 * @n_tokens: how many
 *
 * Returns: (transfer full) (array length=n_tokens): the head and relation
 *   of each token, a tree with one root; free with g_free()
 */
DlDependency *
dl_parser_model_parse (DlParserModel      *model,
                       const char * const *tokens,
                       const DlUpos       *tags,
                       guint               n_tokens)
{
  g_autoptr(DlArcState) state = NULL;
  g_autofree guint64 *words = NULL;
  g_autofree gint *all_tags = NULL;
  DlArcLabeller labeller = { score_rows, NULL, 0 };
  DlDependency *out;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail ((tokens != NULL && tags != NULL) || n_tokens == 0, NULL);

  labeller.data = &model->relations;
  labeller.n_labels = model->n_deprels;
  words = dl_arc_word_keys (tokens, n_tokens);
  all_tags = g_new (gint, n_tokens + 1);
  all_tags[0] = DL_UPOS_N;
  for (guint i = 0; i < n_tokens; i++)
    all_tags[i + 1] = tags[i];
  state = dl_arc_state_new (n_tokens);
  dl_arc_parse (state, words, all_tags, score_rows, &model->moves, &labeller);
  out = g_new0 (DlDependency, n_tokens + 1);
  for (guint i = 0; i < n_tokens; i++)
    {
      out[i].head = state->heads[i + 1] - 1;
      out[i].deprel = relation_of (model, words, all_tags, state->heads, n_tokens, i + 1);
    }
  return out;
}
