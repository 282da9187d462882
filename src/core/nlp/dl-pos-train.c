/* dl-pos-train.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Trains the part of speech tagger: a perceptron whose weights are
 * averaged over every update, each tag predicted greedily as dl-pos.c
 * predicts it; and gathers from the same sentences the lexicon of the
 * tags every word was seen with and the lemmas the rules get wrong.
 * Nothing depends on the clock or on hash table order, so the same data
 * gives the same file, byte for byte.
 */
#include "config.h"

#include <string.h>

#include "dl-ner-private.h"
#include "dl-syntax-private.h"
#include "dl-syntax-train.h"

#define MIN_LEXICON_COUNT 2

/* How often a word in lower case with a part of speech had each lemma,
 * and how often the rules found it */
typedef struct
{
  GHashTable *lemmas;   /* lemma → count, as a pointer */
  guint rule_right;
} LemmaCounts;

/* The features and weights of one pass */
typedef struct
{
  DlFeatureDict dict;
  DlAveraged weights;
} Pass;

struct _DlPosTrainer
{
  Pass passes[2];
  DlFeatureDict words;      /* word key → index */
  GArray *tag_counts;       /* guint × DL_UPOS_N per word */
  DlFeatureDict lemma_keys; /* lemma key → index */
  GArray *lemma_counts;     /* LemmaCounts per lemma key */
};

static void
count_lemma (DlPosTrainer *p,
             const char   *form,
             DlUpos        upos,
             const char   *lemma)
{
  g_autofree char *lower = g_utf8_strdown (form, -1);
  g_autofree char *rule = dl_pos_lemma_rule (form, upos);
  guint index = dl_feature_dict_get (&p->lemma_keys, dl_pos_lemma_key (lower, upos), TRUE);
  LemmaCounts *c;
  gpointer count;

  if (index >= p->lemma_counts->len)
    {
      g_array_set_size (p->lemma_counts, index + 1);
      g_array_index (p->lemma_counts, LemmaCounts, index).lemmas =
        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  c = &g_array_index (p->lemma_counts, LemmaCounts, index);
  c->rule_right += strcmp (rule, lemma) == 0;
  count = g_hash_table_lookup (c->lemmas, lemma);
  g_hash_table_insert (c->lemmas, g_strdup (lemma), GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
}

static void
count_word (DlPosTrainer *p,
            const char   *form,
            DlUpos        upos)
{
  g_autofree char *lower = dl_ner_lower (form);
  guint64 keys[] = { dl_pos_word_key (lower), dl_pos_cased_key (form) };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      guint index = dl_feature_dict_get (&p->words, keys[k], TRUE);

      if ((index + 1) * DL_UPOS_N > p->tag_counts->len)
        g_array_set_size (p->tag_counts, (index + 1) * DL_UPOS_N);
      g_array_index (p->tag_counts, guint, index * DL_UPOS_N + upos)++;
    }
}

/**
 * dl_pos_trainer_new:
 * @train: (element-type DlSyntaxSentence): the training sentences, from
 *   which the lexicon and the lemmas are gathered
 *
 * Returns: (transfer full): a trainer
 */
DlPosTrainer *
dl_pos_trainer_new (GPtrArray *train)
{
  DlPosTrainer *p = g_new0 (DlPosTrainer, 1);

  g_return_val_if_fail (train != NULL, p);

  for (guint k = 0; k < 2; k++)
    {
      dl_feature_dict_init (&p->passes[k].dict, 1 << 20);
      dl_averaged_init (&p->passes[k].weights, DL_UPOS_N);
    }
  dl_feature_dict_init (&p->words, 1 << 16);
  p->tag_counts = g_array_new (FALSE, TRUE, sizeof (guint));
  dl_feature_dict_init (&p->lemma_keys, 1 << 16);
  p->lemma_counts = g_array_new (FALSE, TRUE, sizeof (LemmaCounts));
  for (guint k = 0; k < train->len; k++)
    {
      DlSyntaxSentence *s = g_ptr_array_index (train, k);

      for (guint i = 0; i < s->n; i++)
        {
          count_word (p, s->forms[i], s->upos[i]);
          count_lemma (p, s->forms[i], s->upos[i], s->lemmas[i]);
        }
    }
  return p;
}

void
dl_pos_trainer_free (DlPosTrainer *trainer)
{
  if (trainer == NULL)
    return;
  for (guint k = 0; k < 2; k++)
    {
      dl_feature_dict_clear (&trainer->passes[k].dict);
      dl_averaged_clear (&trainer->passes[k].weights);
    }
  dl_feature_dict_clear (&trainer->words);
  g_array_unref (trainer->tag_counts);
  dl_feature_dict_clear (&trainer->lemma_keys);
  for (guint i = 0; i < trainer->lemma_counts->len; i++)
    g_hash_table_unref (g_array_index (trainer->lemma_counts, LemmaCounts, i).lemmas);
  g_array_unref (trainer->lemma_counts);
  g_free (trainer);
}

/* The tags a word was seen with: those seen at least twice or in a tenth
 * of its uses, so that one slip of the annotators does not count */
static guint32
lexicon_bits (DlPosTrainer *p,
              guint         index)
{
  const guint *counts = &g_array_index (p->tag_counts, guint, index * DL_UPOS_N);
  guint total = 0;
  guint32 bits = 0;

  for (guint t = 0; t < DL_UPOS_N; t++)
    total += counts[t];
  if (total < MIN_LEXICON_COUNT)
    return 0;
  for (guint t = 0; t < DL_UPOS_N; t++)
    if (counts[t] >= 2 || (counts[t] > 0 && counts[t] * 10 >= total))
      bits |= 1u << t;
  return bits;
}

static guint32
lookup_lexicon (gconstpointer data,
                guint64       word_key)
{
  DlPosTrainer *p = (DlPosTrainer *) data;
  gint64 index = dl_feature_dict_get (&p->words, word_key, FALSE);

  return index < 0 ? 0 : lexicon_bits (p, index);
}

static DlPosSentence *
features_of (DlPosTrainer     *p,
             DlSyntaxSentence *s)
{
  return dl_pos_sentence_new ((const char * const *) s->forms, s->n, lookup_lexicon, p);
}

static void
update (Pass          *p,
        const guint64 *keys,
        guint          n_keys,
        gint           truth,
        gint           guess)
{
  for (guint k = 0; k < n_keys; k++)
    {
      gint64 index = dl_feature_dict_get (&p->dict, keys[k], TRUE);

      dl_averaged_grow (&p->weights, p->dict.by_index->len);
      dl_averaged_update (&p->weights, index, truth, 1);
      dl_averaged_update (&p->weights, index, guess, -1);
    }
}

/* Tags the sentence with the weights of a pass as they are, correcting
 * them after every wrong tag; the second pass sees the first pass's tags
 * in the sentence's */
static void
train_sentence (DlPosTrainer     *trainer,
                Pass             *p,
                gboolean          second,
                DlSyntaxSentence *s)
{
  g_autoptr(DlPosSentence) f = features_of (trainer, s);
  g_autofree gint *tags = g_new0 (gint, s->n + 1);
  const gint *first = second ? s->tags + 1 : NULL;

  for (guint i = 0; i < s->n; i++)
    {
      guint64 keys[DL_POS_MAX_KEYS];
      guint n_keys = dl_pos_token_keys (f, i, tags, first, keys);
      float scores[DL_UPOS_N] = { 0 };
      DlFloatScorer scorer = { &p->dict, (const float *) p->weights.weights->data,
                               p->weights.weights->len / DL_UPOS_N, DL_UPOS_N };
      gint guess = 0;

      dl_float_scorer_score (&scorer, keys, n_keys, scores);
      for (gint l = 1; l < DL_UPOS_N; l++)
        if (scores[l] > scores[guess])
          guess = l;
      if (guess != (gint) s->upos[i])
        update (p, keys, n_keys, s->upos[i], guess);
      p->weights.time++;
      tags[i] = guess;
    }
}

static void
decode_pass (DlPosTrainer  *trainer,
             guint          pass,
             GArray        *weights,
             DlPosSentence *f,
             const gint    *first,
             gint          *tags)
{
  DlFloatScorer scorer = { &trainer->passes[pass].dict, (const float *) weights->data,
                           weights->len / DL_UPOS_N, DL_UPOS_N };

  dl_pos_decode (f, dl_float_scorer_score, &scorer, first, tags);
}

/**
 * dl_pos_trainer_tag:
 * @trainer: a trainer
 * @first: (element-type float): weights of the first pass from
 *   dl_pos_trainer_train()
 * @second: (element-type float) (nullable): weights of the second pass;
 *   without them, the tags are those of the first
 * @sentence: a sentence
 * @tags: (out caller-allocates): a #DlUpos per word
 */
void
dl_pos_trainer_tag (DlPosTrainer     *trainer,
                    GArray           *first,
                    GArray           *second,
                    DlSyntaxSentence *sentence,
                    gint             *tags)
{
  g_autoptr(DlPosSentence) f = NULL;
  g_autofree gint *first_tags = NULL;

  g_return_if_fail (trainer != NULL && first != NULL && sentence != NULL);

  f = features_of (trainer, sentence);
  if (second == NULL)
    {
      decode_pass (trainer, 0, first, f, NULL, tags);
      return;
    }
  first_tags = g_new0 (gint, sentence->n + 1);
  decode_pass (trainer, 0, first, f, NULL, first_tags);
  decode_pass (trainer, 1, second, f, first_tags, tags);
}

static double
accuracy (DlPosTrainer *p,
          GArray       *first,
          GArray       *second,
          GPtrArray    *sentences)
{
  guint right = 0, total = 0;

  for (guint k = 0; k < sentences->len; k++)
    {
      DlSyntaxSentence *s = g_ptr_array_index (sentences, k);
      g_autofree gint *tags = g_new0 (gint, s->n + 1);

      dl_pos_trainer_tag (p, first, second, s, tags);
      for (guint i = 0; i < s->n; i++)
        right += tags[i] == (gint) s->upos[i];
      total += s->n;
    }
  return total > 0 ? (double) right / total : 0;
}

/**
 * dl_pos_trainer_train:
 * @trainer: a trainer
 * @train: (element-type DlSyntaxSentence): the training sentences
 * @valid: (element-type DlSyntaxSentence) (nullable): the validation
 *   sentences; without them, every epoch is run and the last one kept
 * @first: (element-type float) (nullable): without them, the first pass
 *   is trained; with the weights of the first pass, the second, which
 *   learns from the tags of the training sentences as the first pass's
 *   (those of taggers trained on other sentences)
 * @seed: the seed of the shuffling before each epoch
 * @max_epochs: the most epochs to run
 * @patience: stop when this many epochs have not beaten the best one
 * @progress: (nullable) (scope call): called after each epoch
 * @progress_data: its data
 *
 * Returns: (transfer full): the averaged weights of the epoch with the
 *   best validation accuracy
 */
GArray *
dl_pos_trainer_train (DlPosTrainer     *trainer,
                      GPtrArray        *train,
                      GPtrArray        *valid,
                      GArray           *first,
                      guint32           seed,
                      guint             max_epochs,
                      guint             patience,
                      DlSyntaxProgress  progress,
                      gpointer          progress_data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint *order = g_new (guint, train->len + 1);
  GArray *best = NULL;
  double best_score = -1;
  guint best_epoch = 0, pass = first != NULL;

  g_return_val_if_fail (trainer != NULL && train != NULL && max_epochs > 0, NULL);

  for (guint i = 0; i < train->len; i++)
    order[i] = i;
  for (guint epoch = 1; epoch <= max_epochs && epoch <= best_epoch + patience; epoch++)
    {
      g_autoptr(GArray) average = NULL;
      double score;

      dl_shuffle (order, train->len, rand);
      for (guint i = 0; i < train->len; i++)
        train_sentence (trainer, &trainer->passes[pass], pass, g_ptr_array_index (train, order[i]));
      average = dl_averaged_average (&trainer->passes[pass].weights);
      if (valid == NULL)
        score = epoch;
      else
        score = pass == 0 ? accuracy (trainer, average, NULL, valid)
                          : accuracy (trainer, first, average, valid);
      if (progress != NULL)
        progress (epoch, score, progress_data);
      if (score > best_score)
        {
          g_clear_pointer (&best, g_array_unref);
          best = g_steal_pointer (&average);
          best_score = score;
          best_epoch = epoch;
        }
    }
  return best;
}

/* -- writing ------------------------------------------------------------ */

static guint32 *
lexicon_table (DlPosTrainer *p,
               guint32      *n_slots)
{
  guint n = p->words.by_index->len;
  guint32 *slots;

  *n_slots = dl_slots_size (n);
  slots = g_new0 (guint32, 2 * *n_slots);
  for (guint i = 0; i < n; i++)
    {
      guint32 bits = lexicon_bits (p, i);

      if (bits != 0)
        dl_slots_put (slots, *n_slots - 1, g_array_index (p->words.by_index, guint64, i), bits);
    }
  return slots;
}

/* The most frequent lemma, the first in byte order on a tie */
static const char *
best_lemma (LemmaCounts *c,
            guint       *best_count)
{
  GHashTableIter iter;
  gpointer lemma, count;
  const char *best = NULL;

  *best_count = 0;
  g_hash_table_iter_init (&iter, c->lemmas);
  while (g_hash_table_iter_next (&iter, &lemma, &count))
    if (GPOINTER_TO_UINT (count) > *best_count
        || (GPOINTER_TO_UINT (count) == *best_count && strcmp (lemma, best) < 0))
      {
        best = lemma;
        *best_count = GPOINTER_TO_UINT (count);
      }
  return best;
}

/* The lemmas the rules get wrong more often than right, in a pool of
 * strings */
static guint32 *
lemma_table (DlPosTrainer *p,
             GByteArray   *pool,
             guint32      *n_slots)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint));
  guint32 *slots;

  for (guint i = 0; i < p->lemma_counts->len; i++)
    {
      guint count;

      best_lemma (&g_array_index (p->lemma_counts, LemmaCounts, i), &count);
      if (count > g_array_index (p->lemma_counts, LemmaCounts, i).rule_right)
        g_array_append_val (kept, i);
    }
  *n_slots = dl_slots_size (kept->len);
  slots = g_new0 (guint32, 2 * *n_slots);
  for (guint k = 0; k < kept->len; k++)
    {
      guint i = g_array_index (kept, guint, k), count;
      const char *lemma = best_lemma (&g_array_index (p->lemma_counts, LemmaCounts, i), &count);

      dl_slots_put (slots, *n_slots - 1, g_array_index (p->lemma_keys.by_index, guint64, i), pool->len);
      g_byte_array_append (pool, (const guint8 *) lemma, strlen (lemma) + 1);
    }
  return slots;
}

/* One row per feature of either pass: its weights in the first, then
 * in the second, zero in a pass that never saw it */
static void
merge_passes (DlPosTrainer *p,
              GArray       *first,
              GArray       *second,
              GArray       *weights,
              GArray       *keys)
{
  const float *passes[2] = { (const float *) first->data, (const float *) second->data };
  guint n_features[2] = { first->len / DL_UPOS_N, second->len / DL_UPOS_N };
  DlFeatureDict merged;

  dl_feature_dict_init (&merged, 1 << 20);
  for (guint pass = 0; pass < 2; pass++)
    for (guint f = 0; f < n_features[pass]; f++)
      {
        guint64 key = g_array_index (p->passes[pass].dict.by_index, guint64, f);
        guint row = dl_feature_dict_get (&merged, key, TRUE);

        if (row == keys->len)
          {
            g_array_append_val (keys, key);
            g_array_set_size (weights, weights->len + 2 * DL_UPOS_N);
          }
        memcpy (&g_array_index (weights, float, (row * 2 + pass) * DL_UPOS_N),
                passes[pass] + (gsize) f * DL_UPOS_N, DL_UPOS_N * sizeof (float));
      }
  dl_feature_dict_clear (&merged);
}

/**
 * dl_pos_trainer_write:
 * @trainer: a trainer
 * @first: (element-type float): weights of the first pass
 * @second: (element-type float): weights of the second pass
 * @path: the model file to write; its folder is created
 * @n_rows: (out) (optional): how many features the model keeps
 * @error: return location for a #GError
 *
 * Returns: whether the model was written
 */
gboolean
dl_pos_trainer_write (DlPosTrainer  *trainer,
                      GArray        *first,
                      GArray        *second,
                      const char    *path,
                      guint         *n_rows,
                      GError       **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GByteArray) rows = NULL;
  g_autoptr(GByteArray) pool = g_byte_array_new ();
  g_autoptr(GArray) weights = g_array_new (FALSE, TRUE, sizeof (float));
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree guint32 *slots = NULL;
  g_autofree guint32 *lexicon = NULL;
  g_autofree guint32 *lemmas = NULL;
  g_autofree char *dir = NULL;
  DlPosFileHeader h = { DL_POS_MAGIC };
  char names[DL_UPOS_N][8] = { { 0 } };

  g_return_val_if_fail (trainer != NULL && first != NULL && second != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  merge_passes (trainer, first, second, weights, keys);
  rows = dl_weights_quantise (weights, keys, 2 * DL_UPOS_N, &slots,
                              &h.n_slots, &h.n_rows, &h.scale);
  lexicon = lexicon_table (trainer, &h.n_lex_slots);
  lemmas = lemma_table (trainer, pool, &h.n_lemma_slots);
  h.n_labels = DL_UPOS_N;
  h.pool_size = pool->len;
  for (guint l = 0; l < DL_UPOS_N; l++)
    g_strlcpy (names[l], dl_upos_to_string (l), 8);
  g_byte_array_append (out, (guint8 *) &h, sizeof h);
  g_byte_array_append (out, (guint8 *) names, sizeof names);
  g_byte_array_append (out, (guint8 *) slots, h.n_slots * 8);
  g_byte_array_append (out, (guint8 *) lexicon, h.n_lex_slots * 8);
  g_byte_array_append (out, (guint8 *) lemmas, h.n_lemma_slots * 8);
  g_byte_array_append (out, rows->data, rows->len);
  g_byte_array_append (out, pool->data, pool->len);
  if (n_rows != NULL)
    *n_rows = h.n_rows;
  dir = g_path_get_dirname (path);
  g_mkdir_with_parents (dir, 0755);
  return g_file_set_contents (path, (char *) out->data, out->len, error);
}
