/* dl-parser-train.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Trains the dependency parser: an averaged perceptron over arc-eager
 * moves with the dynamic oracle of Goldberg and Nivre (2012), made
 * non-monotonic as Honnibal, Goldberg and Johnson (2013) do. The oracle
 * tells, from any state, which moves lose the fewest arcs of the true
 * tree, so that after the first epoch the parser can learn from states
 * its own mistakes lead to, and non-projective trees need no special
 * case: their crossing arcs are simply lost. The arc from the root is
 * made last, so the oracle counts it lost only once the word has another
 * head. The model keeps the features of largest weights. A second
 * perceptron learns the relation of each arc. The same data gives the
 * same file, byte for byte.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dl-syntax-private.h"
#include "dl-syntax-train.h"

#define EXPLORE_FROM_EPOCH 2
#define EXPLORE_PROBABILITY 0.9
/* Features of relations corrected fewer times than this are left out of
 * the model: they are most of its features and change few decisions */
#define MIN_UPDATES 3
/* The features of the moves the model keeps, those of largest weights:
 * their table of 2^20 slots then stays a little over half full */
#define MAX_MOVE_FEATURES 600000

struct _DlParserTrainer
{
  DlFeatureDict dict;
  DlAveraged weights;
  DlFeatureDict label_dict;
  DlAveraged label_weights;
  GArray *label_updates;    /* guint per feature of label_dict */
  GPtrArray *deprels;       /* sorted */
  GRand *rand;
  guint epoch;
  GArray *labels;           /* the averaged weights of the relations */
  DlFloatScorer label_scorer;
};

/* -- the oracle --------------------------------------------------------- */

static gboolean
on_stack (DlArcState *s,
          gint        token)
{
  for (guint k = 0; k < s->depth; k++)
    if ((gint) s->stack[k] == token)
      return TRUE;
  return FALSE;
}

/* The true dependents of @head in the buffer */
static guint
children_in_buffer (DlArcState *s,
                    const gint *gold,
                    guint       head)
{
  guint count = 0;

  for (guint k = s->next; k <= s->n; k++)
    count += gold[k] == (gint) head;
  return count;
}

/* The words on the stack whose true head is @head: once @head is on
 * the stack too, none can have it, with or without a head now */
static guint
children_on_stack (DlArcState *s,
                   const gint *gold,
                   guint       head)
{
  guint count = 0;

  for (guint k = 1; k < s->depth; k++)
    count += gold[s->stack[k]] == (gint) head;
  return count;
}

/* Whether the true head of @token, on the stack or in the buffer, can
 * still be given to it: a head in the buffer by a left move, even in
 * place of another; the word below it by reducing it without a head;
 * the root at the end, if it has none */
static gboolean
head_reachable (DlArcState *s,
                const gint *gold,
                guint       token,
                guint       below)
{
  gint head = s->heads[token];

  if (head >= 0 && head == gold[token])
    return TRUE;
  if (gold[token] >= (gint) s->next)
    return TRUE;
  if (head >= 0)
    return FALSE;
  return gold[token] == 0 || (below != 0 && gold[token] == (gint) below);
}

/* The true dependents of @head on the stack still without a head */
static guint
headless_children_on_stack (DlArcState *s,
                            const gint *gold,
                            guint       head)
{
  guint count = 0;

  for (guint k = 0; k < s->depth; k++)
    count += gold[s->stack[k]] == (gint) head && s->heads[s->stack[k]] < 0;
  return count;
}

/* How many arcs of the true tree @move would make unreachable were no
 * arc ever undone */
static guint
monotonic_cost (DlArcState *s,
                const gint *gold,
                DlArcMove   move)
{
  guint top = s->stack[s->depth - 1], b = s->next;

  switch (move)
    {
    case DL_ARC_LEFT:
      return children_in_buffer (s, gold, top) + (gold[top] > (gint) b || gold[top] == 0);
    case DL_ARC_RIGHT:
      return headless_children_on_stack (s, gold, b)
             + (gold[b] != (gint) top && (gold[b] > (gint) b || on_stack (s, gold[b])));
    case DL_ARC_REDUCE:
      return children_in_buffer (s, gold, top);
    case DL_ARC_SHIFT:
      return headless_children_on_stack (s, gold, b) + (gold[b] != 0 && on_stack (s, gold[b]));
    default:
      return G_MAXUINT;
    }
}

/* How many arcs of the true tree @move makes unreachable, in the
 * non-monotonic system: an arc to the top of the stack may still be
 * undone by a left move, a word shifted without a head may still be
 * reduced to the word below it */
static guint
cost (DlArcState *s,
      const gint *gold,
      DlArcMove   move)
{
  guint top = s->stack[s->depth - 1], b = s->next;
  guint below = s->depth > 1 ? s->stack[s->depth - 2] : 0;

  switch (move)
    {
    case DL_ARC_LEFT:
      return children_in_buffer (s, gold, top)
             + (gold[top] != (gint) b && head_reachable (s, gold, top, below));
    case DL_ARC_RIGHT:
      return children_on_stack (s, gold, b)
             + (gold[b] != (gint) top && gold[b] < (gint) b
                && (gold[b] == 0 || on_stack (s, gold[b])));
    case DL_ARC_REDUCE:
      if (s->heads[top] < 0)
        return children_in_buffer (s, gold, top)
               + (gold[top] != (gint) below && head_reachable (s, gold, top, below));
      return children_in_buffer (s, gold, top)
             + (s->heads[top] != gold[top] && head_reachable (s, gold, top, below));
    case DL_ARC_SHIFT:
      /* The root's arc is made at the end, to a word left without a
       * head; a true head on top of the stack is reached by a reduce */
      return children_on_stack (s, gold, b)
             + (gold[b] != 0 && gold[b] != (gint) top && on_stack (s, gold[b]));
    default:
      return G_MAXUINT;
    }
}

/* -- training the moves ------------------------------------------------- */

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * dl_parser_trainer_new:
 * @train: (element-type DlSyntaxSentence): the training sentences, from
 *   which the relations are gathered
 *
 * Returns: (transfer full): a trainer
 */
DlParserTrainer *
dl_parser_trainer_new (GPtrArray *train)
{
  DlParserTrainer *p = g_new0 (DlParserTrainer, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  dl_feature_dict_init (&p->dict, 1 << 22);
  dl_averaged_init (&p->weights, DL_ARC_N_MOVES);
  p->label_updates = g_array_new (FALSE, TRUE, sizeof (guint));
  dl_feature_dict_init (&p->label_dict, 1 << 20);
  p->deprels = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; train != NULL && k < train->len; k++)
    {
      DlSyntaxSentence *s = g_ptr_array_index (train, k);

      for (guint i = 0; i < s->n; i++)
        if (strlen (s->deprels[i]) < DL_PARSER_DEPREL_SIZE && g_hash_table_add (seen, s->deprels[i]))
          g_ptr_array_add (p->deprels, g_strdup (s->deprels[i]));
    }
  g_ptr_array_sort (p->deprels, compare_names);
  dl_averaged_init (&p->label_weights, MAX (p->deprels->len, 1));
  return p;
}

void
dl_parser_trainer_free (DlParserTrainer *trainer)
{
  if (trainer == NULL)
    return;
  dl_feature_dict_clear (&trainer->dict);
  dl_averaged_clear (&trainer->weights);
  dl_feature_dict_clear (&trainer->label_dict);
  dl_averaged_clear (&trainer->label_weights);
  g_array_unref (trainer->label_updates);
  g_ptr_array_unref (trainer->deprels);
  g_clear_pointer (&trainer->rand, g_rand_free);
  g_clear_pointer (&trainer->labels, g_array_unref);
  g_free (trainer);
}

/* Moves the weights of @keys toward @truth and away from @guess, and
 * counts the updates of each feature in @updates, if given */
static void
update (DlFeatureDict *dict,
        DlAveraged    *weights,
        GArray        *updates,
        const guint64 *keys,
        guint          n_keys,
        gint           truth,
        gint           guess)
{
  for (guint k = 0; k < n_keys; k++)
    {
      gint64 index = dl_feature_dict_get (dict, keys[k], TRUE);

      dl_averaged_grow (weights, dict->by_index->len);
      if (updates != NULL)
        {
          if (updates->len <= index)
            g_array_set_size (updates, index + 1);
          g_array_index (updates, guint, index)++;
        }
      dl_averaged_update (weights, index, truth, 1);
      dl_averaged_update (weights, index, guess, -1);
    }
}

/* The best scored of the moves that lose fewest arcs */
static DlArcMove
best_oracle_move (DlArcState  *s,
                  const gint  *gold,
                  const float *scores,
                  guint       *costs)
{
  guint least = G_MAXUINT;
  gint best = -1;

  /* Of the moves that lose fewest arcs, those that need no later repair:
   * a repair is for the parser's own mistakes, not a second way to
   * every tree */
  for (gint m = 0; m < DL_ARC_N_MOVES; m++)
    {
      costs[m] = dl_arc_state_allows (s, m)
                 ? cost (s, gold, m) * 256 + MIN (monotonic_cost (s, gold, m), 255) : G_MAXUINT;
      least = MIN (least, costs[m]);
    }
  for (gint m = 0; m < DL_ARC_N_MOVES; m++)
    if (costs[m] == least && (best < 0 || scores[m] > scores[best]))
      best = m;
  return best;
}

/* Labels arcs with the relations trained before the moves */
static DlArcLabeller
labeller_of (DlParserTrainer *p)
{
  DlArcLabeller labeller = { dl_float_scorer_score, &p->label_scorer, p->deprels->len };

  p->label_scorer = (DlFloatScorer) { &p->label_dict, (const float *) p->labels->data,
                                      p->labels->len / p->deprels->len, p->deprels->len };
  return labeller;
}

static void
train_sentence (DlParserTrainer  *p,
                DlSyntaxSentence *sentence)
{
  g_autoptr(DlArcState) s = dl_arc_state_new (sentence->n);
  gboolean explore = p->epoch >= EXPLORE_FROM_EPOCH;
  DlArcLabeller labeller = labeller_of (p);

  while (!dl_arc_state_done (s))
    {
      guint64 keys[DL_ARC_N_FEATURES];
      float scores[DL_ARC_N_MOVES] = { 0 };
      guint costs[DL_ARC_N_MOVES];
      guint n_keys = dl_arc_features (s, sentence->words, sentence->tags, keys);
      DlFloatScorer scorer = { &p->dict, (const float *) p->weights.weights->data,
                               p->weights.weights->len / DL_ARC_N_MOVES, DL_ARC_N_MOVES };
      DlArcMove guess, truth;

      dl_float_scorer_score (&scorer, keys, n_keys, scores);
      guess = dl_arc_best (s, scores);
      truth = best_oracle_move (s, sentence->heads, scores, costs);
      if (costs[guess] > costs[truth])
        update (&p->dict, &p->weights, NULL, keys, n_keys, truth, guess);
      p->weights.time++;
      if (costs[guess] > costs[truth] && !(explore && g_rand_double (p->rand) < EXPLORE_PROBABILITY))
        guess = truth;
      dl_arc_state_step (s, guess, sentence->words, sentence->tags, &labeller);
    }
}

static double
attachment (DlParserTrainer *p,
            GArray          *weights,
            GPtrArray       *sentences)
{
  DlFloatScorer scorer = { &p->dict, (const float *) weights->data,
                           weights->len / DL_ARC_N_MOVES, DL_ARC_N_MOVES };
  DlArcLabeller labeller = labeller_of (p);
  guint right = 0, total = 0;

  for (guint k = 0; k < sentences->len; k++)
    {
      DlSyntaxSentence *sentence = g_ptr_array_index (sentences, k);
      g_autoptr(DlArcState) s = dl_arc_state_new (sentence->n);

      dl_arc_parse (s, sentence->words, sentence->tags, dl_float_scorer_score, &scorer, &labeller);
      for (guint i = 1; i <= sentence->n; i++)
        right += s->heads[i] == sentence->heads[i];
      total += sentence->n;
    }
  return total > 0 ? (double) right / total : 0;
}

typedef void   (*TrainOne) (DlParserTrainer  *p,
                            DlSyntaxSentence *s);
typedef double (*Score)    (DlParserTrainer  *p,
                            GArray           *weights,
                            GPtrArray        *sentences);

/* Epochs until the validation score has not improved for @patience */
static GArray *
run_epochs (DlParserTrainer  *p,
            DlAveraged       *weights,
            TrainOne          train_one,
            Score             score_of,
            GPtrArray        *train,
            GPtrArray        *valid,
            guint32           seed,
            guint             max_epochs,
            guint             patience,
            DlSyntaxProgress  progress,
            gpointer          progress_data)
{
  g_autofree guint *order = g_new (guint, train->len + 1);
  GArray *best = NULL;
  double best_score = -1;
  guint best_epoch = 0;

  g_clear_pointer (&p->rand, g_rand_free);
  p->rand = g_rand_new_with_seed (seed);
  for (guint i = 0; i < train->len; i++)
    order[i] = i;
  for (p->epoch = 1; p->epoch <= max_epochs && p->epoch <= best_epoch + patience; p->epoch++)
    {
      g_autoptr(GArray) average = NULL;
      double score;

      dl_shuffle (order, train->len, p->rand);
      for (guint i = 0; i < train->len; i++)
        train_one (p, g_ptr_array_index (train, order[i]));
      average = dl_averaged_average (weights);
      score = score_of (p, average, valid);
      if (progress != NULL)
        progress (p->epoch, score, progress_data);
      if (score > best_score)
        {
          g_clear_pointer (&best, g_array_unref);
          best = g_steal_pointer (&average);
          best_score = score;
          best_epoch = p->epoch;
        }
    }
  return best;
}

/**
 * dl_parser_trainer_train:
 * @trainer: a trainer
 * @train: (element-type DlSyntaxSentence): the training sentences, with
 *   the tags the parser will see
 * @valid: (element-type DlSyntaxSentence): the validation sentences
 * @seed: the seed of the shuffling and of the exploration
 * @max_epochs: the most epochs to run
 * @patience: stop when this many epochs have not beaten the best one
 * @progress: (nullable) (scope call): called after each epoch with the
 *   unlabelled attachment score
 * @progress_data: its data
 *
 * The relations must have been trained first: the moves see those of
 * the arcs already made.
 *
 * Returns: (transfer full): the averaged weights of the moves at the
 *   epoch of best validation attachment
 */
GArray *
dl_parser_trainer_train (DlParserTrainer  *trainer,
                         GPtrArray        *train,
                         GPtrArray        *valid,
                         guint32           seed,
                         guint             max_epochs,
                         guint             patience,
                         DlSyntaxProgress  progress,
                         gpointer          progress_data)
{
  g_return_val_if_fail (trainer != NULL && train != NULL && valid != NULL, NULL);
  g_return_val_if_fail (max_epochs > 0 && trainer->labels != NULL, NULL);

  return run_epochs (trainer, &trainer->weights, train_sentence, attachment, train, valid,
                     seed, max_epochs, patience, progress, progress_data);
}

/**
 * dl_parser_trainer_score:
 * @trainer: a trainer whose relations are trained
 * @moves: (element-type float): weights of the moves
 * @valid: (element-type DlSyntaxSentence): sentences with their tags
 *
 * Returns: the share of the words of @valid given their true head
 */
double
dl_parser_trainer_score (DlParserTrainer *trainer,
                         GArray          *moves,
                         GPtrArray       *valid)
{
  g_return_val_if_fail (trainer != NULL && moves != NULL && valid != NULL, 0);
  g_return_val_if_fail (trainer->labels != NULL, 0);

  return attachment (trainer, moves, valid);
}

/* -- training the relations --------------------------------------------- */

static gint
deprel_index (DlParserTrainer *p,
              const char      *deprel)
{
  guint lo = 0, hi = p->deprels->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      gint c = strcmp (g_ptr_array_index (p->deprels, mid), deprel);

      if (c == 0)
        return mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

static gint
best_label (const float *scores,
            guint        n)
{
  gint best = 0;

  for (guint l = 1; l < n; l++)
    if (scores[l] > scores[best])
      best = l;
  return best;
}

static void
train_labels (DlParserTrainer  *p,
              DlSyntaxSentence *s)
{
  guint L = p->deprels->len;
  g_autofree float *scores = g_new (float, L);

  for (guint d = 1; d <= s->n; d++)
    {
      guint64 keys[DL_LABEL_N_FEATURES];
      guint n_keys = dl_label_features (s->words, s->tags, s->heads, s->n, d, keys);
      gint truth = deprel_index (p, s->deprels[d - 1]), guess;
      DlFloatScorer scorer = { &p->label_dict, (const float *) p->label_weights.weights->data,
                               p->label_weights.weights->len / L, L };

      if (truth < 0)
        continue;
      memset (scores, 0, L * sizeof (float));
      dl_float_scorer_score (&scorer, keys, n_keys, scores);
      guess = best_label (scores, L);
      if (guess != truth)
        update (&p->label_dict, &p->label_weights, p->label_updates, keys, n_keys, truth, guess);
      p->label_weights.time++;
    }
}

/* The share of words given their true relation, their true head known */
static double
label_accuracy (DlParserTrainer *p,
                GArray          *weights,
                GPtrArray       *sentences)
{
  guint L = p->deprels->len, right = 0, total = 0;
  DlFloatScorer scorer = { &p->label_dict, (const float *) weights->data, weights->len / L, L };
  g_autofree float *scores = g_new (float, L);

  for (guint k = 0; k < sentences->len; k++)
    {
      DlSyntaxSentence *s = g_ptr_array_index (sentences, k);

      for (guint d = 1; d <= s->n; d++)
        {
          guint64 keys[DL_LABEL_N_FEATURES];
          guint n_keys = dl_label_features (s->words, s->tags, s->heads, s->n, d, keys);

          memset (scores, 0, L * sizeof (float));
          dl_float_scorer_score (&scorer, keys, n_keys, scores);
          right += deprel_index (p, s->deprels[d - 1]) == best_label (scores, L);
          total++;
        }
    }
  return total > 0 ? (double) right / total : 0;
}

/**
 * dl_parser_trainer_train_labels:
 * @trainer: a trainer
 * @train: (element-type DlSyntaxSentence): the training sentences
 * @valid: (element-type DlSyntaxSentence): the validation sentences
 * @seed: the seed of the shuffling
 * @max_epochs: the most epochs to run
 * @patience: stop when this many epochs have not beaten the best one
 * @progress: (nullable) (scope call): called after each epoch with the
 *   accuracy of the relations on the true trees
 * @progress_data: its data
 *
 * Returns: (transfer full): the averaged weights of the relations
 */
GArray *
dl_parser_trainer_train_labels (DlParserTrainer  *trainer,
                                GPtrArray        *train,
                                GPtrArray        *valid,
                                guint32           seed,
                                guint             max_epochs,
                                guint             patience,
                                DlSyntaxProgress  progress,
                                gpointer          progress_data)
{
  GArray *labels;

  g_return_val_if_fail (trainer != NULL && train != NULL && valid != NULL, NULL);
  g_return_val_if_fail (max_epochs > 0 && trainer->deprels->len > 0, NULL);

  labels = run_epochs (trainer, &trainer->label_weights, train_labels, label_accuracy, train,
                       valid, seed, max_epochs, patience, progress, progress_data);
  g_clear_pointer (&trainer->labels, g_array_unref);
  trainer->labels = g_array_ref (labels);
  return labels;
}

/* -- writing ------------------------------------------------------------ */

static gint
compare_floats_down (gconstpointer a,
                     gconstpointer b)
{
  float x = *(const float *) a, y = *(const float *) b;

  return (x < y) - (x > y);
}

/* The largest weight of each feature, in magnitude */
static float *
row_magnitudes (GArray *weights,
                guint   n_labels)
{
  guint n_features = weights->len / n_labels;
  float *magnitudes = g_new0 (float, n_features + 1);

  for (guint f = 0; f < n_features; f++)
    for (guint l = 0; l < n_labels; l++)
      magnitudes[f] = MAX (magnitudes[f], fabsf (g_array_index (weights, float, f * n_labels + l)));
  return magnitudes;
}

/* Keeps the @keep features of largest weights, rather than those most
 * often updated: a feature updated often may end near zero, and one
 * updated rarely with a large weight still decides moves */
static void
prune_smallest (GArray *weights,
                guint   n_labels,
                guint   keep)
{
  guint n_features = weights->len / n_labels;
  g_autofree float *magnitudes = row_magnitudes (weights, n_labels);
  g_autofree float *sorted = NULL;
  float least;

  if (n_features <= keep)
    return;
  sorted = g_memdup2 (magnitudes, n_features * sizeof (float));
  qsort (sorted, n_features, sizeof (float), compare_floats_down);
  /* Strictly above the first left out, so that ties never exceed @keep */
  least = sorted[keep];
  for (guint f = 0; f < n_features; f++)
    if (magnitudes[f] <= least)
      memset (&g_array_index (weights, float, f * n_labels), 0, n_labels * sizeof (float));
}

static void
prune (GArray *weights,
       GArray *updates,
       guint   n_labels)
{
  float *w = (float *) weights->data;

  for (guint f = 0; f < weights->len / n_labels; f++)
    if (f >= updates->len || g_array_index (updates, guint, f) < MIN_UPDATES)
      memset (w + f * n_labels, 0, n_labels * sizeof (float));
}

/**
 * dl_parser_trainer_write:
 * @trainer: a trainer
 * @moves: (element-type float): weights from dl_parser_trainer_train()
 * @labels: (element-type float): weights from
 *   dl_parser_trainer_train_labels()
 * @path: the model file to write; its folder is created
 * @n_rows: (out) (optional): how many features the model keeps
 * @error: return location for a #GError
 *
 * Returns: whether the model was written
 */
gboolean
dl_parser_trainer_write (DlParserTrainer  *trainer,
                         GArray           *moves,
                         GArray           *labels,
                         const char       *path,
                         guint            *n_rows,
                         GError          **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GByteArray) label_rows = NULL;
  g_autofree DlInlineSlot *slots = NULL;
  g_autofree guint32 *label_slots = NULL;
  g_autofree char *names = NULL;
  g_autofree char *dir = NULL;
  DlParserFileHeader h = { DL_PARSER_MAGIC };

  g_return_val_if_fail (trainer != NULL && moves != NULL && labels != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  h.n_moves = DL_ARC_N_MOVES;
  h.n_deprels = trainer->deprels->len;
  prune_smallest (moves, DL_ARC_N_MOVES, MAX_MOVE_FEATURES);
  prune (labels, trainer->label_updates, h.n_deprels);
  slots = dl_weights_quantise_inline (moves, trainer->dict.by_index, DL_ARC_N_MOVES,
                                      &h.n_slots, &h.n_rows, &h.scale);
  label_rows = dl_weights_quantise (labels, trainer->label_dict.by_index, h.n_deprels,
                                    &label_slots, &h.n_label_slots, &h.n_label_rows,
                                    &h.label_scale);
  names = g_malloc0 ((gsize) h.n_deprels * DL_PARSER_DEPREL_SIZE);
  for (guint l = 0; l < h.n_deprels; l++)
    g_strlcpy (names + l * DL_PARSER_DEPREL_SIZE, g_ptr_array_index (trainer->deprels, l),
               DL_PARSER_DEPREL_SIZE);
  g_byte_array_append (out, (guint8 *) &h, sizeof h);
  g_byte_array_append (out, (guint8 *) names, h.n_deprels * DL_PARSER_DEPREL_SIZE);
  g_byte_array_append (out, (guint8 *) slots, h.n_slots * sizeof (DlInlineSlot));
  g_byte_array_append (out, (guint8 *) label_slots, h.n_label_slots * 8);
  g_byte_array_append (out, label_rows->data, label_rows->len);
  if (n_rows != NULL)
    *n_rows = h.n_rows + h.n_label_rows;
  dir = g_path_get_dirname (path);
  g_mkdir_with_parents (dir, 0755);
  return g_file_set_contents (path, (char *) out->data, out->len, error);
}
