/* dl-ner-train.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Trains the statistical name tagger: a perceptron over BILOU tags whose
 * weights are averaged over every update, decoded with the same Viterbi
 * search as dl-ner.c, and written as a model file dl_ner_model_load()
 * reads. Nothing here depends on the clock or on hash table order, so
 * the same data gives the same file, byte for byte.
 */
#include "config.h"

#include <string.h>

#include "dl-ner-train.h"

#define N_LABELS DL_NER_TRAIN_N_LABELS

static const char * const type_names[] = { "PER", "ORG", "LOC", "MISC" };
static const char prefixes[] = "BILU";

struct _DlNerTrainer
{
  DlFeatureDict dict;
  DlAveraged weights;   /* N_LABELS per feature */
  DlNerLabel labels[N_LABELS];
};

/* -- sentences and labels ----------------------------------------------- */

static gint
label_of (char prefix,
          gint type)
{
  return type < 0 ? 0 : 1 + type * 4 + (strchr (prefixes, prefix) - prefixes);
}

static gint
type_of_tag (const char *tag)
{
  for (guint t = 0; t < G_N_ELEMENTS (type_names); t++)
    if (tag[0] != 'O' && strcmp (tag + 2, type_names[t]) == 0)
      return t;
  return -1;
}

/* BIO (or IOB1) to BILOU */
static void
set_gold (DlNerTrainSentence *s,
          GPtrArray          *tags)
{
  s->gold = g_new0 (gint, s->n);
  for (guint i = 0; i < s->n; i++)
    {
      const char *tag = g_ptr_array_index (tags, i);
      gint type = type_of_tag (tag);
      gint before = i > 0 ? type_of_tag (g_ptr_array_index (tags, i - 1)) : -1;
      const char *next = i + 1 < s->n ? g_ptr_array_index (tags, i + 1) : "O";
      gboolean begins = type >= 0 && (tag[0] == 'B' || before != type);
      gboolean goes_on = type >= 0 && next[0] == 'I' && type_of_tag (next) == type;

      s->gold[i] = label_of (begins ? (goes_on ? 'B' : 'U') : (goes_on ? 'I' : 'L'), type);
    }
}

/**
 * dl_ner_train_sentence_new:
 * @words: (element-type utf8): the words; they are moved into the
 *   sentence and @words is left empty
 * @tags: (element-type utf8): a BIO or IOB1 tag per word ("B-PER", "O");
 *   emptied too
 * @doc: the number of the document
 *
 * Returns: (transfer full) (nullable): the sentence, its tags as BILOU
 *   labels, or %NULL when @words is empty
 */
DlNerTrainSentence *
dl_ner_train_sentence_new (GPtrArray *words,
                           GPtrArray *tags,
                           guint      doc)
{
  DlNerTrainSentence *s;

  g_return_val_if_fail (words != NULL && tags != NULL, NULL);
  g_return_val_if_fail (words->len == tags->len, NULL);

  if (words->len == 0)
    return NULL;
  s = g_new0 (DlNerTrainSentence, 1);
  s->n = words->len;
  s->doc = doc;
  g_ptr_array_add (words, NULL);
  s->words = (char **) g_ptr_array_steal (words, NULL);
  set_gold (s, tags);
  g_ptr_array_set_size (tags, 0);
  return s;
}

void
dl_ner_train_sentence_free (DlNerTrainSentence *sentence)
{
  if (sentence == NULL)
    return;
  g_strfreev (sentence->words);
  g_free (sentence->gold);
  g_clear_pointer (&sentence->features, dl_ner_sentence_free);
  g_free (sentence->indices);
  g_free (sentence);
}

/**
 * dl_ner_train_label_name:
 * @label: a label, below %DL_NER_TRAIN_N_LABELS
 * @name: (out caller-allocates): its name, "O" or "B-PER" to "U-MISC"
 */
void
dl_ner_train_label_name (guint label,
                         char  name[8])
{
  g_return_if_fail (label < N_LABELS);

  if (label == 0)
    strcpy (name, "O");
  else
    g_snprintf (name, 8, "%c-%s", prefixes[(label - 1) % 4], type_names[(label - 1) / 4]);
}

/* -- the perceptron ----------------------------------------------------- */

DlNerTrainer *
dl_ner_trainer_new (void)
{
  DlNerTrainer *p = g_new0 (DlNerTrainer, 1);

  dl_averaged_init (&p->weights, N_LABELS);
  dl_feature_dict_init (&p->dict, 1 << 22);
  for (guint l = 0; l < N_LABELS; l++)
    {
      char name[8];

      dl_ner_train_label_name (l, name);
      dl_ner_label_parse (name, &p->labels[l]);
    }
  return p;
}

void
dl_ner_trainer_free (DlNerTrainer *trainer)
{
  if (trainer == NULL)
    return;
  dl_feature_dict_clear (&trainer->dict);
  dl_averaged_clear (&trainer->weights);
  g_free (trainer);
}

static void
perceptron_grow (DlNerTrainer *p)
{
  dl_averaged_grow (&p->weights, p->dict.by_index->len);
}

static void
count_features (DlFeatureDict *counted,
                GArray    *counts,
                GPtrArray *train)
{
  for (guint k = 0; k < train->len; k++)
    {
      DlNerTrainSentence *s = g_ptr_array_index (train, k);
      GArray *features = s->features->features;

      for (guint f = 0; f < features->len; f++)
        {
          guint index = dl_feature_dict_get (counted, g_array_index (features, guint64, f), TRUE);

          if (index >= counts->len)
            g_array_set_size (counts, index + 1);
          g_array_index (counts, guint, index)++;
        }
    }
}

static void
set_indices (DlFeatureDict *dict,
             GPtrArray *sentences)
{
  for (guint k = 0; k < sentences->len; k++)
    {
      DlNerTrainSentence *s = g_ptr_array_index (sentences, k);
      GArray *features = s->features->features;

      g_free (s->indices);
      s->indices = g_new (gint64, features->len);
      for (guint f = 0; f < features->len; f++)
        s->indices[f] = dl_feature_dict_get (dict, g_array_index (features, guint64, f), FALSE);
    }
}

/**
 * dl_ner_trainer_index_features:
 * @trainer: a trainer
 * @train: (element-type DlNerTrainSentence): the training sentences,
 *   their features computed
 * @valid: (element-type DlNerTrainSentence): the validation sentences,
 *   their features computed
 * @min_count: features seen fewer times in @train are left out
 * @n_seen: (out) (optional): how many features @train has
 *
 * Gives the features of @train their weights and every sentence the
 * indices of its features.
 *
 * Returns: how many features are kept
 */
guint
dl_ner_trainer_index_features (DlNerTrainer *trainer,
                               GPtrArray    *train,
                               GPtrArray    *valid,
                               guint         min_count,
                               guint        *n_seen)
{
  DlFeatureDict counted;
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));

  g_return_val_if_fail (trainer != NULL && train != NULL && valid != NULL, 0);

  dl_feature_dict_init (&counted, 1 << 20);
  count_features (&counted, counts, train);
  for (guint i = 0; i < counts->len; i++)
    if (g_array_index (counts, guint, i) >= min_count)
      dl_feature_dict_get (&trainer->dict, g_array_index (counted.by_index, guint64, i), TRUE);
  set_indices (&trainer->dict, train);
  set_indices (&trainer->dict, valid);
  if (n_seen != NULL)
    *n_seen = counted.by_index->len;
  dl_feature_dict_clear (&counted);
  perceptron_grow (trainer);
  return trainer->dict.by_index->len;
}

static void
add_scores (const float  *weights,
            const gint64 *indices,
            guint         n,
            float        *scores)
{
  for (guint k = 0; k < n; k++)
    if (indices[k] >= 0)
      for (guint l = 0; l < N_LABELS; l++)
        scores[l] += weights[indices[k] * N_LABELS + l];
}

/* The dictionary index of a history feature: token @i after tag @tag1;
 * with @add, an unseen one is added */
static gint64
history_index (DlNerTrainer *p,
               guint64       base,
               gint          tag1,
               gboolean      add)
{
  gint64 index = dl_feature_dict_get (&p->dict, dl_ner_history_key (base, tag1), add);

  if (add)
    perceptron_grow (p);
  return index;
}

static void
decode (DlNerTrainer       *p,
        const float        *weights,
        DlNerTrainSentence *s,
        gint               *tags)
{
  guint width = (N_LABELS + 1) * N_LABELS;
  g_autofree float *emission = g_new0 (float, s->n * N_LABELS);
  g_autofree float *transition = g_new0 (float, s->n * width);

  for (guint i = 0; i < s->n; i++)
    {
      guint64 bases[DL_NER_MAX_HISTORY_FEATURES];
      guint n_bases = dl_ner_history_bases (s->features, i, bases);
      guint first = s->features->offsets[i];

      add_scores (weights, s->indices + first, s->features->offsets[i + 1] - first,
                  emission + i * N_LABELS);
      for (gint before = i == 0 ? -1 : 0; before < (i == 0 ? 0 : N_LABELS); before++)
        for (guint b = 0; b < n_bases; b++)
          {
            gint64 index = history_index (p, bases[b], before, FALSE);

            add_scores (weights, &index, 1, transition + i * width + (before + 1) * N_LABELS);
          }
    }
  dl_ner_viterbi (p->labels, N_LABELS, TRUE, s->n, emission, transition, tags);
}

static void
update_one (DlNerTrainer *p,
            gint64        feature,
            gint          label,
            float         delta)
{
  dl_averaged_update (&p->weights, feature, label, delta);
}

/* Moves the weights of token @i towards the true tags, away from the
 * guessed ones */
static void
update (DlNerTrainer       *p,
        DlNerTrainSentence *s,
        guint               i,
        const gint         *guess)
{
  guint64 bases[DL_NER_MAX_HISTORY_FEATURES];
  guint n_bases = dl_ner_history_bases (s->features, i, bases);
  gint truth_before = i > 0 ? s->gold[i - 1] : -1;
  gint guess_before = i > 0 ? guess[i - 1] : -1;

  if (guess[i] != s->gold[i])
    for (guint k = s->features->offsets[i]; k < s->features->offsets[i + 1]; k++)
      if (s->indices[k] >= 0)
        {
          update_one (p, s->indices[k], s->gold[i], 1);
          update_one (p, s->indices[k], guess[i], -1);
        }
  if (guess[i] == s->gold[i] && guess_before == truth_before)
    return;
  for (guint b = 0; b < n_bases; b++)
    {
      update_one (p, history_index (p, bases[b], truth_before, TRUE), s->gold[i], 1);
      update_one (p, history_index (p, bases[b], guess_before, TRUE), guess[i], -1);
    }
}

static void
train_sentence (DlNerTrainer       *p,
                DlNerTrainSentence *s)
{
  g_autofree gint *guess = g_new0 (gint, s->n);

  decode (p, (const float *) p->weights.weights->data, s, guess);
  p->weights.time++;
  for (guint i = 0; i < s->n; i++)
    update (p, s, i, guess);
}

/* -- scoring ------------------------------------------------------------ */

/* Phrases as (start, end, type) triples, from BILOU tags */
static GArray *
phrases_of (DlNerTrainer *p,
            const gint   *tags,
            guint         n)
{
  GArray *phrases = g_array_new (FALSE, FALSE, sizeof (gint) * 3);
  gint start = -1;

  for (guint i = 0; i < n; i++)
    {
      const DlNerLabel *label = &p->labels[tags[i]];

      if (label->prefix == 'B' || label->prefix == 'U')
        start = i;
      if ((label->prefix == 'L' || label->prefix == 'U') && start >= 0)
        {
          gint phrase[3] = { start, i + 1, label->type };

          g_array_append_vals (phrases, phrase, 1);
          start = -1;
        }
    }
  return phrases;
}

static guint
count_common (GArray *a,
              GArray *b)
{
  guint common = 0;

  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      common += memcmp ((gint *) a->data + 3 * i, (gint *) b->data + 3 * j, 3 * sizeof (gint)) == 0;
  return common;
}

/* Phrase F1 of @weights on @sentences, as conlleval counts it */
static double
score (DlNerTrainer *p,
       GArray       *weights,
       GPtrArray    *sentences)
{
  guint gold = 0, found = 0, correct = 0;
  double precision, recall;

  for (guint k = 0; k < sentences->len; k++)
    {
      DlNerTrainSentence *s = g_ptr_array_index (sentences, k);
      g_autofree gint *tags = g_new0 (gint, s->n);
      g_autoptr(GArray) truth = NULL;
      g_autoptr(GArray) guess = NULL;

      decode (p, (const float *) weights->data, s, tags);
      truth = phrases_of (p, s->gold, s->n);
      guess = phrases_of (p, tags, s->n);
      gold += truth->len;
      found += guess->len;
      correct += count_common (truth, guess);
    }
  precision = found > 0 ? (double) correct / found : 0;
  recall = gold > 0 ? (double) correct / gold : 0;
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

/* -- training ----------------------------------------------------------- */

/**
 * dl_ner_trainer_train:
 * @trainer: a trainer whose features are indexed
 * @train: (element-type DlNerTrainSentence): the training sentences
 * @valid: (element-type DlNerTrainSentence): the validation sentences
 * @seed: the seed of the shuffling before each epoch
 * @max_epochs: the most epochs to run
 * @patience: stop when this many epochs have not beaten the best one
 * @progress: (nullable) (scope call): called after each epoch
 * @progress_data: its data
 *
 * Returns: (transfer full): the averaged weights of the epoch with the
 *   best validation F1
 */
GArray *
dl_ner_trainer_train (DlNerTrainer       *trainer,
                      GPtrArray          *train,
                      GPtrArray          *valid,
                      guint32             seed,
                      guint               max_epochs,
                      guint               patience,
                      DlNerTrainProgress  progress,
                      gpointer            progress_data)
{
  g_autoptr(GRand) rand = NULL;
  g_autofree guint *order = NULL;
  GArray *best = NULL;
  double best_f1 = -1;
  guint best_epoch = 0;

  g_return_val_if_fail (trainer != NULL && train != NULL && valid != NULL, NULL);
  g_return_val_if_fail (max_epochs > 0, NULL);

  rand = g_rand_new_with_seed (seed);
  order = g_new (guint, train->len);
  for (guint i = 0; i < train->len; i++)
    order[i] = i;
  for (guint epoch = 1; epoch <= max_epochs && epoch <= best_epoch + patience; epoch++)
    {
      g_autoptr(GArray) average = NULL;
      double f1;

      dl_shuffle (order, train->len, rand);
      for (guint i = 0; i < train->len; i++)
        train_sentence (trainer, g_ptr_array_index (train, order[i]));
      average = dl_averaged_average (&trainer->weights);
      f1 = score (trainer, average, valid);
      if (progress != NULL)
        progress (epoch, f1, progress_data);
      if (f1 > best_f1)
        {
          g_clear_pointer (&best, g_array_unref);
          best = g_steal_pointer (&average);
          best_f1 = f1;
          best_epoch = epoch;
        }
    }
  return best;
}

/* -- writing ------------------------------------------------------------ */

static guint32 *
gazetteer_table (GArray  *gazetteer,
                 guint32 *n_slots)
{
  guint32 *slots;

  *n_slots = dl_slots_size (gazetteer->len);
  slots = g_new0 (guint32, 2 * *n_slots);
  for (guint i = 0; i < gazetteer->len; i++)
    {
      DlNerGazEntry *entry = &g_array_index (gazetteer, DlNerGazEntry, i);

      if (entry->bits != 0)
        dl_slots_put (slots, *n_slots - 1, entry->key, entry->bits);
    }
  return slots;
}

/**
 * dl_ner_trainer_write:
 * @trainer: a trainer
 * @weights: (element-type float): weights from dl_ner_trainer_train()
 * @gazetteer: (element-type DlNerGazEntry): the model's gazetteer; on a
 *   collision of keys the first entry wins
 * @path: the model file to write; its folder is created
 * @n_rows: (out) (optional): how many features the model keeps
 * @error: return location for a #GError
 *
 * Returns: whether the model was written
 */
gboolean
dl_ner_trainer_write (DlNerTrainer  *trainer,
                      GArray        *weights,
                      GArray        *gazetteer,
                      const char    *path,
                      guint         *n_rows,
                      GError       **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GByteArray) rows = NULL;
  g_autofree guint32 *slots = NULL;
  g_autofree guint32 *gaz = NULL;
  g_autofree char *dir = NULL;
  DlNerFileHeader header = { DL_NER_MAGIC };
  char names[N_LABELS][8] = { { 0 } };

  g_return_val_if_fail (trainer != NULL && weights != NULL && gazetteer != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rows = dl_weights_quantise (weights, trainer->dict.by_index, N_LABELS, &slots,
                              &header.n_slots, &header.n_rows, &header.scale);
  gaz = gazetteer_table (gazetteer, &header.n_gaz_slots);
  header.n_labels = N_LABELS;
  for (guint l = 0; l < N_LABELS; l++)
    dl_ner_train_label_name (l, names[l]);
  g_byte_array_append (out, (guint8 *) &header, sizeof header);
  g_byte_array_append (out, (guint8 *) names, sizeof names);
  g_byte_array_append (out, (guint8 *) slots, header.n_slots * 8);
  g_byte_array_append (out, rows->data, rows->len);
  g_byte_array_append (out, (guint8 *) gaz, header.n_gaz_slots * 8);
  if (n_rows != NULL)
    *n_rows = header.n_rows;
  dir = g_path_get_dirname (path);
  g_mkdir_with_parents (dir, 0755);
  return g_file_set_contents (path, (char *) out->data, out->len, error);
}
