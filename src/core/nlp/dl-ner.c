/* dl-ner.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statistical name tagger: a greedy averaged perceptron over the
 * features of dl-ner-features.c, trained by tools/train-entities. The
 * model file is mapped, not parsed, so that loading it costs next to
 * nothing; it is read only afterwards, so any thread may tag with it.
 */
#include "config.h"

#include <string.h>

#include "dl-ner.h"
#include "dl-ner-private.h"

#define MODEL_FILE "entities.model"

struct _DlNerModel
{
  GMappedFile *file;
  DlWeightTable table;
  const guint32 *gaz;
  guint32 gaz_mask;
  guint n_labels;
  gboolean bilou;
  DlNerLabel labels[DL_NER_MAX_LABELS];
  double load_time;
};

gboolean
dl_ner_label_parse (const char *name,
                    DlNerLabel *label)
{
  static const char * const types[] = { "PER", "ORG", "LOC", "MISC" };

  label->prefix = name[0];
  label->type = -1;
  if (strcmp (name, "O") == 0)
    return TRUE;
  if (strchr ("BILU", name[0]) == NULL || name[0] == '\0' || name[1] != '-')
    return FALSE;
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    if (strcmp (name + 2, types[t]) == 0)
      label->type = t;
  return label->type >= 0;
}

/* Keeps the tags a well-formed sequence: "I-ORG" only inside an ORG, and
 * with BILOU every name closed by "L" or made of one "U" */
gboolean
dl_ner_label_allowed (const DlNerLabel *before,
                      const DlNerLabel *label,
                      gboolean          bilou,
                      gboolean          last)
{
  gboolean inside = before != NULL && (before->prefix == 'B' || before->prefix == 'I');
  gboolean continues = inside && label->type == before->type;

  if (!bilou)
    return label->prefix != 'I' || continues;
  if (inside)
    return continues && (label->prefix == 'L' || (label->prefix == 'I' && !last));
  if (label->prefix == 'I' || label->prefix == 'L')
    return FALSE;
  return label->prefix != 'B' || !last;
}

static gboolean
is_power_of_two (guint32 n)
{
  return n > 0 && (n & (n - 1)) == 0;
}

static gboolean
read_labels (DlNerModel *model,
             const char *names)
{
  model->bilou = FALSE;
  for (guint i = 0; i < model->n_labels; i++)
    {
      char name[9] = { 0 };

      memcpy (name, names + i * 8, 8);
      if (!dl_ner_label_parse (name, &model->labels[i]))
        return FALSE;
      if (name[0] == 'L' || name[0] == 'U')
        model->bilou = TRUE;
    }
  return TRUE;
}

static gboolean
map_tables (DlNerModel *model,
            GError    **error)
{
  const char *data = g_mapped_file_get_contents (model->file);
  gsize size = g_mapped_file_get_length (model->file), expected;
  DlNerFileHeader header;

  if (size < sizeof header)
    goto invalid;
  memcpy (&header, data, sizeof header);
  if (memcmp (header.magic, DL_NER_MAGIC, 8) != 0 || header.n_labels == 0
      || header.n_labels > DL_NER_MAX_LABELS || !is_power_of_two (header.n_slots)
      || !is_power_of_two (header.n_gaz_slots))
    goto invalid;
  expected = sizeof header + header.n_labels * 8 + (gsize) header.n_slots * 8
             + (gsize) header.n_rows * header.n_labels * 2 + (gsize) header.n_gaz_slots * 8;
  if (size != expected)
    goto invalid;
  model->n_labels = header.n_labels;
  if (!read_labels (model, data + sizeof header))
    goto invalid;
  data += sizeof header + header.n_labels * 8;
  model->table.slots = (const guint32 *) data;
  model->table.mask = header.n_slots - 1;
  model->table.n_labels = header.n_labels;
  data += (gsize) header.n_slots * 8;
  model->table.rows = (const gint16 *) data;
  data += (gsize) header.n_rows * header.n_labels * 2;
  model->gaz = (const guint32 *) data;
  model->gaz_mask = header.n_gaz_slots - 1;
  return TRUE;

invalid:
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "not a name tagger model");
  return FALSE;
}

/**
 * dl_ner_model_load:
 * @path: a model file written by tools/train-entities
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the model, or %NULL with @error set
 */
DlNerModel *
dl_ner_model_load (const char  *path,
                   GError     **error)
{
  g_autoptr(DlNerModel) model = g_new0 (DlNerModel, 1);
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  model->file = dl_model_file_map (path, error);
  if (model->file == NULL || !map_tables (model, error))
    return NULL;
  model->load_time = (g_get_monotonic_time () - start) / 1e6;
  return g_steal_pointer (&model);
}

void
dl_ner_model_free (DlNerModel *model)
{
  if (model == NULL)
    return;
  g_clear_pointer (&model->file, g_mapped_file_unref);
  g_free (model);
}

/**
 * dl_ner_model_get_default:
 *
 * Loads the installed model on first use.
 *
 * Returns: (transfer none) (nullable): the model, or %NULL when there is
 *   none, in which case the rule-based finder does the work alone
 */
DlNerModel *
dl_ner_model_get_default (void)
{
  static gsize initialised = 0;
  static DlNerModel *model = NULL;

  if (g_once_init_enter (&initialised))
    {
      model = dl_model_find_default (MODEL_FILE, (DlModelLoadFunc) dl_ner_model_load, "name tagger model");
      g_once_init_leave (&initialised, 1);
    }
  return model;
}

/**
 * dl_ner_model_get_load_time:
 * @model: a model
 *
 * Returns: how long loading took, in seconds
 */
double
dl_ner_model_get_load_time (DlNerModel *model)
{
  g_return_val_if_fail (model != NULL, 0);

  return model->load_time;
}

static inline const gint16 *
find_row (DlNerModel *model,
          guint64     key)
{
  return dl_weight_table_find (&model->table, key);
}

static guint
lookup_gazetteer (gconstpointer data,
                  guint64       key)
{
  const DlNerModel *model = data;
  guint32 bits;

  return dl_slots_find (model->gaz, model->gaz_mask, key, &bits) ? bits : 0;
}

/* What each transition may be, for a token in the middle and for the
 * last one: allowed[last][before + 1][label] */
static void
fill_allowed (const DlNerLabel *labels,
              guint             n_labels,
              gboolean          bilou,
              gboolean          allowed[2][DL_NER_MAX_LABELS + 1][DL_NER_MAX_LABELS])
{
  for (guint last = 0; last < 2; last++)
    for (guint p = 0; p <= n_labels; p++)
      for (guint l = 0; l < n_labels; l++)
        allowed[last][p][l] = dl_ner_label_allowed (p > 0 ? &labels[p - 1] : NULL, &labels[l],
                                                    bilou, last);
}

/**
 * dl_ner_viterbi: (skip)
 * @labels: the tags
 * @n_labels: how many
 * @bilou: whether the tags are BILOU
 * @n_tokens: the length of the sentence
 * @emission: n_tokens × n_labels scores of the tags alone
 * @transition: n_tokens × (n_labels + 1) × n_labels scores of a tag
 *   after another; the first of each token's n_labels + 1 rows is for the
 *   start of the sentence, used by the first token only
 * @tags: (out): n_tokens tags
 *
 * The best well-formed sequence of tags.
 */
void
dl_ner_viterbi (const DlNerLabel *labels,
                guint             n_labels,
                gboolean          bilou,
                guint             n_tokens,
                const float      *emission,
                const float      *transition,
                gint             *tags)
{
  gboolean allowed[2][DL_NER_MAX_LABELS + 1][DL_NER_MAX_LABELS];
  g_autofree float *best = g_new (float, (n_tokens + 1) * n_labels);
  g_autofree gint *back = g_new (gint, (n_tokens + 1) * n_labels);
  guint width = (n_labels + 1) * n_labels;
  gint end = -1;

  if (n_tokens == 0)
    return;
  fill_allowed (labels, n_labels, bilou, allowed);
  for (guint i = 0; i < n_tokens; i++)
    for (guint l = 0; l < n_labels; l++)
      {
        gboolean last = i + 1 == n_tokens;
        float top = -G_MAXFLOAT;
        gint from = -1;

        for (guint p = i == 0 ? 0 : 1; p <= (i == 0 ? 0 : n_labels); p++)
          {
            float score;

            if (!allowed[last][p][l] || (p > 0 && back[(i - 1) * n_labels + p - 1] == -2))
              continue;
            score = (p > 0 ? best[(i - 1) * n_labels + p - 1] : 0)
                    + transition[i * width + p * n_labels + l];
            if (from < 0 || score > top)
              {
                top = score;
                from = p - 1;
              }
          }
        best[i * n_labels + l] = top + emission[i * n_labels + l];
        back[i * n_labels + l] = from < 0 && (i > 0 || !allowed[last][0][l]) ? -2 : from;
      }
  for (guint l = 0; l < n_labels; l++)
    if (back[(n_tokens - 1) * n_labels + l] != -2
        && (end < 0 || best[(n_tokens - 1) * n_labels + l] > best[(n_tokens - 1) * n_labels + end]))
      end = l;
  for (guint i = n_tokens; i-- > 0;)
    {
      tags[i] = end;
      end = back[i * n_labels + end];
    }
}

#if defined(__GNUC__)
#define PREFETCH(address) __builtin_prefetch (address)
#else
#define PREFETCH(address)
#endif

/* Looks up many features at once: the tables are far larger than the
 * cache, and asking for every slot before reading any lets the memory
 * fetches overlap */
static void
add_rows (DlNerModel     *model,
          const guint64  *keys,
          gint32 * const *targets,
          guint           n_keys,
          const gint16  **rows)
{
  guint L = model->n_labels;

  for (guint k = 0; k < n_keys; k++)
    PREFETCH (&model->table.slots[2 * (keys[k] & model->table.mask)]);
  for (guint k = 0; k < n_keys; k++)
    {
      rows[k] = find_row (model, keys[k]);
      if (rows[k] != NULL)
        PREFETCH (rows[k]);
    }
  for (guint k = 0; k < n_keys; k++)
    if (rows[k] != NULL)
      for (guint l = 0; l < L; l++)
        targets[k][l] += rows[k][l];
}

/* The scores of every tag of token @i, and of every tag after another */
static void
score_token (DlNerModel    *model,
             DlNerSentence *s,
             guint          i,
             gint32        *emission,
             gint32        *transition,
             GArray        *keys,
             GPtrArray     *targets)
{
  guint64 bases[DL_NER_MAX_HISTORY_FEATURES];
  guint n_bases = dl_ner_history_bases (s, i, bases);
  guint L = model->n_labels, first = s->offsets[i], n_static = s->offsets[i + 1] - first;
  g_autofree const gint16 **rows = NULL;

  g_array_set_size (keys, 0);
  g_ptr_array_set_size (targets, 0);
  g_array_append_vals (keys, &g_array_index (s->features, guint64, first), n_static);
  for (guint k = 0; k < n_static; k++)
    g_ptr_array_add (targets, emission);
  /* The first base is the same for every token: its rows are added
   * once per sentence, by tag_indices() */
  for (gint p = i == 0 ? -1 : 0; p < (i == 0 ? 0 : (gint) L); p++)
    for (guint b = 1; b < n_bases; b++)
      {
        guint64 key = dl_ner_history_key (bases[b], p);

        g_array_append_val (keys, key);
        g_ptr_array_add (targets, transition + (p + 1) * L);
      }
  rows = g_new (const gint16 *, keys->len);
  add_rows (model, (const guint64 *) keys->data, (gint32 * const *) targets->pdata, keys->len, rows);
}

/* The features of the tag before alone, whatever the token */
static void
add_tag_rows (DlNerModel *model,
              guint       n_tokens,
              gint32     *transition)
{
  guint64 base[DL_NER_MAX_HISTORY_FEATURES];
  guint L = model->n_labels;

  if (n_tokens == 0)
    return;
  dl_ner_history_bases (NULL, 0, base);
  for (gint p = -1; p < (gint) L; p++)
    {
      const gint16 *row = find_row (model, dl_ner_history_key (base[0], p));

      for (guint i = p < 0 ? 0 : 1; row != NULL && i < (p < 0 ? 1 : n_tokens); i++)
        for (guint l = 0; l < L; l++)
          transition[(i * (L + 1) + p + 1) * L + l] += row[l];
    }
}

/* One tag index per token */
static gint *
tag_indices (DlNerModel         *model,
             const char * const *tokens,
             guint               n_tokens)
{
  g_autoptr(DlNerSentence) s = dl_ner_sentence_new (tokens, n_tokens, lookup_gazetteer, model);
  guint L = model->n_labels, n_emission = n_tokens * L, n_transition = n_tokens * (L + 1) * L;
  g_autofree gint32 *scores = g_new0 (gint32, n_emission + n_transition + 1);
  g_autofree float *emission = g_new (float, n_emission + 1);
  g_autofree float *transition = g_new (float, n_transition + 1);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  gint *tags = g_new0 (gint, n_tokens + 1);

  for (guint i = 0; i < n_tokens; i++)
    score_token (model, s, i, scores + i * L, scores + n_emission + i * (L + 1) * L, keys, targets);
  add_tag_rows (model, n_tokens, scores + n_emission);
  for (guint k = 0; k < n_emission; k++)
    emission[k] = scores[k];
  for (guint k = 0; k < n_transition; k++)
    transition[k] = scores[n_emission + k];
  dl_ner_viterbi (model->labels, L, model->bilou, n_tokens, emission, transition, tags);
  return tags;
}

static guint lookup_phrase (DlNerModel *model,
                            const char *name);

/**
 * dl_ner_model_knows_name:
 * @model: a model
 * @name: a name, its words separated by spaces
 *
 * Returns: whether the model's gazetteer holds @name as a name: seen as
 *   one in the training data, or on one of its lists of names
 */
gboolean
dl_ner_model_knows_name (DlNerModel *model,
                         const char *name)
{
  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return (lookup_phrase (model, name) & ~(DL_NER_GAZ_LOWER | DL_NER_GAZ_TITLE)) != 0;
}

/**
 * dl_ner_model_is_common_word:
 * @model: a model
 * @word: a word
 *
 * Returns: whether @word is usually written in lower case
 */
gboolean
dl_ner_model_is_common_word (DlNerModel *model,
                             const char *word)
{
  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  return (lookup_phrase (model, word) & DL_NER_GAZ_LOWER) != 0;
}

/* The gazetteer bits of a phrase, its words separated by spaces */
static guint
lookup_phrase (DlNerModel *model,
               const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);

  if (n == 0 || n > DL_NER_GAZ_MAX_WORDS)
    return 0;
  for (guint i = 0; i < n; i++)
    {
      char *lower = dl_ner_lower (words[i]);

      g_free (words[i]);
      words[i] = lower;
    }
  return lookup_gazetteer (model, dl_ner_phrase_key ((const char * const *) words, n));
}

/**
 * dl_ner_model_tag:
 * @model: a model
 * @tokens: (array length=n_tokens): the words of one sentence, split as
 *   in CoNLL-2003 ("Trump" "'s", "U.S.", "1996-08-30")
 * @n_tokens: how many
 *
 * Returns: (transfer full) (element-type utf8): one BIO tag per token:
 *   "O", "B-PER", "I-ORG"... (types PER, ORG, LOC, MISC)
 */
GPtrArray *
dl_ner_model_tag (DlNerModel         *model,
                  const char * const *tokens,
                  guint               n_tokens)
{
  static const char * const types[] = { "PER", "ORG", "LOC", "MISC" };
  GPtrArray *out = g_ptr_array_new_full (n_tokens, g_free);
  g_autofree gint *tags = NULL;

  g_return_val_if_fail (model != NULL, out);
  g_return_val_if_fail (tokens != NULL || n_tokens == 0, out);

  tags = tag_indices (model, tokens, n_tokens);
  for (guint i = 0; i < n_tokens; i++)
    {
      const DlNerLabel *label = &model->labels[tags[i]];

      if (label->type < 0)
        g_ptr_array_add (out, g_strdup ("O"));
      else
        g_ptr_array_add (out, g_strconcat (label->prefix == 'B' || label->prefix == 'U' ? "B-" : "I-",
                                           types[label->type], NULL));
    }
  return out;
}

/**
 * dl_ner_model_find:
 * @model: a model
 * @tokens: (array length=n_tokens): the words of one sentence
 * @n_tokens: how many
 *
 * Returns: (transfer full) (element-type DlNerSpan): the names, in order
 */
GArray *
dl_ner_model_find (DlNerModel         *model,
                   const char * const *tokens,
                   guint               n_tokens)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (DlNerSpan));
  g_autofree gint *tags = NULL;

  g_return_val_if_fail (model != NULL, spans);
  g_return_val_if_fail (tokens != NULL || n_tokens == 0, spans);

  tags = tag_indices (model, tokens, n_tokens);
  for (guint i = 0; i < n_tokens; i++)
    {
      const DlNerLabel *label = &model->labels[tags[i]];
      DlNerSpan span = { i, i + 1, (DlEntityType) label->type };

      if (label->type < 0)
        continue;
      if (label->prefix == 'B' || label->prefix == 'U' || spans->len == 0
          || g_array_index (spans, DlNerSpan, spans->len - 1).end != i
          || (gint) g_array_index (spans, DlNerSpan, spans->len - 1).type != label->type)
        g_array_append_val (spans, span);
      else
        g_array_index (spans, DlNerSpan, spans->len - 1).end = i + 1;
    }
  return spans;
}
