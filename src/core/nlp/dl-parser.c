/* dl-parser.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dependency parser: greedy non-monotonic arc-eager transitions
 * scored by an averaged perceptron (dl-parser-state.c,
 * dl-parser-features.c), each arc labelled by a second perceptron as it
 * is made and labelled again once the tree is whole, both trained by
 * tools/train-syntax on the Universal Dependencies English treebank. For speed, the weights of
 * the moves sit in the slots of their table, so a feature costs one
 * miss of the cache, and the features of each word in each role are
 * summed once per sentence. The model file is mapped, not parsed, and
 * read only afterwards, so any thread may parse with it.
 */
#include "config.h"

#include <string.h>

#include "dl-parser.h"
#include "dl-syntax-private.h"

#define MODEL_FILE "parser.model"

struct _DlParserModel
{
  GBytes *file;
  DlInlineTable moves;
  DlWeightTable relations;
  const char *deprels;
  guint n_deprels;
  gint root;          /* the index of "root" among deprels, -1 for none */
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
  const char *data = g_bytes_get_data (model->file, NULL);
  gsize size = g_bytes_get_size (model->file), expected;
  DlParserFileHeader h;

  if (size < sizeof h)
    goto invalid;
  memcpy (&h, data, sizeof h);
  if (memcmp (h.magic, DL_PARSER_MAGIC, 8) != 0 || h.n_moves != DL_ARC_N_MOVES
      || h.n_deprels == 0 || h.n_deprels > 256
      || !is_power_of_two (h.n_slots) || !is_power_of_two (h.n_label_slots))
    goto invalid;
  expected = sizeof h + (gsize) h.n_deprels * DL_PARSER_DEPREL_SIZE
             + (gsize) h.n_slots * sizeof (DlInlineSlot) + (gsize) h.n_label_slots * 8
             + (gsize) h.n_label_rows * h.n_deprels * 2;
  if (size != expected || !check_deprels (data + sizeof h, h.n_deprels))
    goto invalid;
  model->deprels = data + sizeof h;
  model->n_deprels = h.n_deprels;
  data += sizeof h + (gsize) h.n_deprels * DL_PARSER_DEPREL_SIZE;
  model->moves = (DlInlineTable) { (const DlInlineSlot *) data, h.n_slots - 1, DL_ARC_N_MOVES };
  data += (gsize) h.n_slots * sizeof (DlInlineSlot);
  model->relations = (DlWeightTable) { (const guint32 *) data, h.n_label_slots - 1, NULL, h.n_deprels };
  data += (gsize) h.n_label_slots * 8;
  model->relations.rows = (const gint16 *) data;
  model->root = -1;
  for (guint l = 0; l < model->n_deprels; l++)
    if (strcmp (model->deprels + l * DL_PARSER_DEPREL_SIZE, "root") == 0)
      model->root = l;
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
  dl_inline_table_init_filter (&model->moves);
  model->load_time = (g_get_monotonic_time () - start) / 1e6;
  return g_steal_pointer (&model);
}

void
dl_parser_model_free (DlParserModel *model)
{
  if (model == NULL)
    return;
  g_clear_pointer (&model->file, g_bytes_unref);
  dl_key_filter_clear (&model->moves.filter);
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

/* Eight weights, and eight sums, added in one go */
typedef gint16 Weights8 __attribute__ ((vector_size (16)));
typedef gint32 Sums8 __attribute__ ((vector_size (32)));

/* Adds @row to @sums, @width of each: eight at a time, then the rest */
static inline void
add_row (const gint16 *row,
         guint         width,
         gint32       *sums)
{
  guint l = 0;

  for (; l + 8 <= width; l += 8)
    {
      Weights8 w;
      Sums8 sum;

      memcpy (&w, row + l, sizeof w);
      memcpy (&sum, sums + l, sizeof sum);
      sum += __builtin_convertvector (w, Sums8);
      memcpy (sums + l, &sum, sizeof sum);
    }
  for (; l < width; l++)
    sums[l] += row[l];
}

/* As dl_weight_table_score(), the rows of the relations being wide */
static void
score_rows (gconstpointer  data,
            const guint64 *keys,
            guint          n_keys,
            float         *scores)
{
  const DlWeightTable *table = data;
  const gint16 *rows[DL_LABEL_N_FEATURES];
  gint32 *sums = g_newa (gint32, table->n_labels);
  guint found;

  g_assert (n_keys <= DL_LABEL_N_FEATURES);
  memset (sums, 0, table->n_labels * sizeof (gint32));
  found = dl_weight_table_rows (table, keys, n_keys, rows);
  for (guint k = 0; k < found; k++)
    add_row (rows[k], table->n_labels, sums);
  for (guint l = 0; l < table->n_labels; l++)
    scores[l] += sums[l];
}

#define MAX_KEYS (DL_ARC_N_FEATURES + DL_ARC_N_ROLES * DL_ARC_ROLE_FEATURES)

/* The sums of the features of each word in each role: a word keeps
 * its role for several moves and comes back to it */
typedef struct
{
  gint32 *sums;     /* DL_ARC_N_MOVES per (word + 1, role) */
  guint8 *known;    /* per (word + 1, role) */
} RoleCache;

/* The four weights of a move row, and four sums, added in one go */
typedef gint16 Weights4 __attribute__ ((vector_size (8)));
typedef gint32 Sums4 __attribute__ ((vector_size (16)));

G_STATIC_ASSERT (DL_ARC_N_MOVES == 4);

static inline void
add_rows (const gint16 * const *rows,
          guint                 n,
          gint32               *sums)
{
  Sums4 total;

  memcpy (&total, sums, sizeof total);
  for (guint k = 0; k < n; k++)
    {
      Weights4 w;

      if (rows[k] == NULL)
        continue;
      memcpy (&w, rows[k], sizeof w);
      total += __builtin_convertvector (w, Sums4);
    }
  memcpy (sums, &total, sizeof total);
}

/* The scores of the moves from the state: the features of the words in
 * roles not summed yet are looked up with the others, in one batch */
static void
score_moves (DlParserModel *model,
             DlArcState    *state,
             const guint64 *words,
             const gint    *tags,
             RoleCache     *cache,
             float         *scores)
{
  guint64 keys[MAX_KEYS];
  const gint16 *rows[MAX_KEYS];
  gint roles[DL_ARC_N_ROLES];
  guint starts[DL_ARC_N_ROLES + 1];
  gint32 total[DL_ARC_N_MOVES] = { 0 };
  guint n_context = dl_arc_context_features (state, words, tags, roles, keys), n = n_context;

  for (guint r = 0; r < DL_ARC_N_ROLES; r++)
    {
      starts[r] = n;
      if (!cache->known[(roles[r] + 1) * DL_ARC_N_ROLES + r])
        n += dl_arc_role_features (words, tags, r, roles[r], keys + n);
    }
  starts[DL_ARC_N_ROLES] = n;
  dl_inline_table_rows (&model->moves, keys, n, rows);
  add_rows (rows, n_context, total);
  for (guint r = 0; r < DL_ARC_N_ROLES; r++)
    {
      gsize at = (gsize) (roles[r] + 1) * DL_ARC_N_ROLES + r;
      gint32 *sums = cache->sums + at * DL_ARC_N_MOVES;

      if (!cache->known[at])
        {
          add_rows (rows + starts[r], starts[r + 1] - starts[r], sums);
          cache->known[at] = TRUE;
        }
      for (guint m = 0; m < DL_ARC_N_MOVES; m++)
        total[m] += sums[m];
    }
  for (guint m = 0; m < DL_ARC_N_MOVES; m++)
    scores[m] = total[m];
}

/* As dl_arc_parse(), with the same weights, the features of the words
 * in their roles summed once */
static void
parse_greedy (DlParserModel       *model,
              DlArcState          *state,
              const guint64       *words,
              const gint          *tags,
              const DlArcLabeller *labeller)
{
  gsize size = (gsize) (state->n + 2) * DL_ARC_N_ROLES;
  g_autofree gint32 *sums = g_new0 (gint32, size * DL_ARC_N_MOVES);
  g_autofree guint8 *known = g_new0 (guint8, size);
  RoleCache cache = { sums, known };

  while (!dl_arc_state_done (state))
    {
      float scores[DL_ARC_N_MOVES];

      score_moves (model, state, words, tags, &cache, scores);
      dl_arc_state_step (state, dl_arc_best (state, scores), words, tags, labeller);
    }
  dl_arc_state_finish (state);
}

static const char *
relation_of (DlParserModel *model,
             DlArcState    *state,
             const guint64 *words,
             const gint    *tags,
             guint          d)
{
  guint64 keys[DL_LABEL_N_FEATURES];
  guint n_keys = dl_label_features (words, tags, state->heads, state->n, d, keys);
  float *scores = g_newa (float, model->n_deprels);
  gint best = -1;

  /* "root" is the root's relation, and no other word's */
  if (state->heads[d] == 0)
    return "root";
  memset (scores, 0, model->n_deprels * sizeof (float));
  score_rows (&model->relations, keys, n_keys, scores);
  for (guint l = 0; l < model->n_deprels; l++)
    if ((gint) l != model->root && (best < 0 || scores[l] > scores[best]))
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
  parse_greedy (model, state, words, all_tags, &labeller);
  out = g_new0 (DlDependency, n_tokens + 1);
  for (guint i = 0; i < n_tokens; i++)
    {
      out[i].head = state->heads[i + 1] - 1;
      out[i].deprel = relation_of (model, state, words, all_tags, i + 1);
    }
  return out;
}
