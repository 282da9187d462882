/* train-syntax.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Trains the part of speech tagger (src/core/nlp/dl-pos.c) and the
 * dependency parser (src/core/nlp/dl-parser.c) on Universal Dependencies
 * English EWT, the epochs of each picked on its dev set. From the top of
 * the source tree, after building:
 *
 *   build/tools/train-syntax [CORPUS_DIR [MODELS_DIR]]
 *
 * CORPUS_DIR defaults to ../shared/corpora/ud-english-ewt, MODELS_DIR to
 * data/models; pos.model and parser.model are written there. The result
 * is the same on every run: the shuffling has a fixed seed and nothing
 * depends on the clock.
 *
 * The parser learns from the tags it will see: those of taggers trained
 * on the other folds of the training set, not the true ones, which are
 * better than any tagger's.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dl-pos.h"
#include "dl-syntax-train.h"

#define SEED 20260501
#define POS_MAX_EPOCHS 15
#define PARSER_MAX_EPOCHS 30
#define LABEL_MAX_EPOCHS 10
#define PATIENCE 3
/* The parser's dev score climbs slowly, by small steps and drops */
#define PARSER_PATIENCE 5
/* Folds of nine tenths tag the parser's training sentences almost as
 * well as the whole set tags new text */
#define N_FOLDS 10

typedef struct
{
  const char *what;
  guint epoch;
  double score;
} Best;

static void
print_epoch (guint    epoch,
             double   score,
             gpointer data)
{
  Best *best = data;

  g_printerr ("%s epoch %2u: %.4f\n", best->what, epoch, score);
  if (score > best->score)
    {
      best->epoch = epoch;
      best->score = score;
    }
}

static GPtrArray *
read_or_die (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *sentences = dl_syntax_read_conllu (path, &error);

  if (sentences == NULL)
    g_error ("train-syntax: %s", error->message);
  return sentences;
}

/* The taggers of the folds of the training set, each trained on the
 * others */
typedef struct
{
  DlPosTrainer *trainers[N_FOLDS];
  GArray *first[N_FOLDS];
} Folds;

static void
folds_clear (Folds *folds)
{
  for (guint fold = 0; fold < N_FOLDS; fold++)
    {
      g_clear_pointer (&folds->trainers[fold], dl_pos_trainer_free);
      g_clear_pointer (&folds->first[fold], g_array_unref);
    }
}

static GPtrArray *
others_of (GPtrArray *train,
           guint      fold)
{
  GPtrArray *others = g_ptr_array_new ();

  for (guint k = 0; k < train->len; k++)
    if (k % N_FOLDS != fold)
      g_ptr_array_add (others, g_ptr_array_index (train, k));
  return others;
}

/* Gives the training sentences of each fold the tags of the first pass
 * of a tagger trained on the others, as many epochs as the model's */
static void
jackknife_first (GPtrArray *train,
                 guint      epochs,
                 Folds     *folds)
{
  for (guint fold = 0; fold < N_FOLDS; fold++)
    {
      g_autoptr(GPtrArray) others = others_of (train, fold);
      DlPosTrainer *trainer = dl_pos_trainer_new (others);

      folds->trainers[fold] = trainer;
      folds->first[fold] = dl_pos_trainer_train (trainer, others, NULL, NULL, SEED + fold,
                                                 epochs, epochs, NULL, NULL);
      for (guint k = fold; k < train->len; k += N_FOLDS)
        {
          DlSyntaxSentence *s = g_ptr_array_index (train, k);

          dl_pos_trainer_tag (trainer, folds->first[fold], NULL, s, s->tags + 1);
        }
    }
  g_printerr ("tagged the folds, first pass\n");
}

/* Then the tags of both passes: the second pass of each fold's tagger
 * learns from the first pass's tags of the other folds */
static void
jackknife_second (GPtrArray *train,
                  guint      epochs,
                  Folds     *folds)
{
  g_autoptr(GPtrArray) tagged = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (tagged, train->len);
  for (guint fold = 0; fold < N_FOLDS; fold++)
    {
      g_autoptr(GPtrArray) others = others_of (train, fold);
      g_autoptr(GArray) second = NULL;

      second = dl_pos_trainer_train (folds->trainers[fold], others, NULL, folds->first[fold],
                                     SEED + fold, epochs, epochs, NULL, NULL);
      for (guint k = fold; k < train->len; k += N_FOLDS)
        {
          DlSyntaxSentence *s = g_ptr_array_index (train, k);
          gint *tags = g_new0 (gint, s->n + 1);

          dl_pos_trainer_tag (folds->trainers[fold], folds->first[fold], second, s, tags);
          g_ptr_array_index (tagged, k) = tags;
        }
    }
  for (guint k = 0; k < train->len; k++)
    {
      DlSyntaxSentence *s = g_ptr_array_index (train, k);

      memcpy (s->tags + 1, g_ptr_array_index (tagged, k), s->n * sizeof (gint));
    }
  g_printerr ("tagged the folds, second pass\n");
}

/* Trains both passes of the tagger and leaves in the training sentences
 * the tags of the folds' taggers, for the parser */
static void
train_tagger (GPtrArray  *train,
              GPtrArray  *dev,
              const char *path)
{
  g_autoptr(DlPosTrainer) trainer = dl_pos_trainer_new (train);
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) second = NULL;
  g_autoptr(GError) error = NULL;
  Best best = { "tagger", 0, -1 };
  Best best_second = { "second pass", 0, -1 };
  Folds folds = { { NULL } };
  guint n_rows;

  first = dl_pos_trainer_train (trainer, train, dev, NULL, SEED, POS_MAX_EPOCHS, PATIENCE,
                                print_epoch, &best);
  jackknife_first (train, best.epoch, &folds);
  second = dl_pos_trainer_train (trainer, train, dev, first, SEED, POS_MAX_EPOCHS, PATIENCE,
                                 print_epoch, &best_second);
  if (!dl_pos_trainer_write (trainer, first, second, path, &n_rows, &error))
    g_error ("train-syntax: %s", error->message);
  g_printerr ("wrote %s: epochs %u and %u, dev UPOS %.4f and %.4f, %u features\n", path,
              best.epoch, best_second.epoch, best.score, best_second.score, n_rows);
  jackknife_second (train, best_second.epoch, &folds);
  folds_clear (&folds);
}

/* The dev set as the parser will see it: tagged by the model written */
static void
tag_with_model (GPtrArray  *sentences,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlPosModel) model = dl_pos_model_load (path, &error);

  if (model == NULL)
    g_error ("train-syntax: %s", error->message);
  for (guint k = 0; k < sentences->len; k++)
    {
      DlSyntaxSentence *s = g_ptr_array_index (sentences, k);
      g_autofree DlUpos *tags = dl_pos_model_tag (model, (const char * const *) s->forms, s->n);

      for (guint i = 0; i < s->n; i++)
        s->tags[i + 1] = tags[i];
    }
}

static void
train_parser (GPtrArray  *train,
              GPtrArray  *dev,
              const char *path)
{
  g_autoptr(DlParserTrainer) trainer = dl_parser_trainer_new (train);
  g_autoptr(GArray) moves = NULL;
  g_autoptr(GArray) labels = NULL;
  g_autoptr(GError) error = NULL;
  Best best = { "parser", 0, -1 };
  Best best_labels = { "relations", 0, -1 };
  guint n_rows;

  labels = dl_parser_trainer_train_labels (trainer, train, dev, SEED, LABEL_MAX_EPOCHS, PATIENCE,
                                           print_epoch, &best_labels);
  moves = dl_parser_trainer_train (trainer, train, dev, SEED, PARSER_MAX_EPOCHS, PARSER_PATIENCE,
                                   print_epoch, &best);
  if (!dl_parser_trainer_write (trainer, moves, labels, path, &n_rows, &error))
    g_error ("train-syntax: %s", error->message);
  g_printerr ("wrote %s: epoch %u, dev UAS %.4f; relations epoch %u, %.4f on true trees; "
              "%u features\n", path, best.epoch, best.score, best_labels.epoch,
              best_labels.score, n_rows);
}

int
main (int   argc,
      char *argv[])
{
  const char *corpus = argc > 1 ? argv[1] : "../shared/corpora/ud-english-ewt";
  const char *models = argc > 2 ? argv[2] : "data/models";
  g_autofree char *pos_path = g_build_filename (models, "pos.model", NULL);
  g_autofree char *parser_path = g_build_filename (models, "parser.model", NULL);
  g_autoptr(GPtrArray) train = read_or_die (corpus, "en_ewt-ud-train.conllu");
  g_autoptr(GPtrArray) dev = read_or_die (corpus, "en_ewt-ud-dev.conllu");
  gint64 start = g_get_monotonic_time ();

  g_printerr ("%u training sentences, %u dev sentences\n", train->len, dev->len);
  train_tagger (train, dev, pos_path);
  tag_with_model (dev, pos_path);
  g_printerr ("tagger done in %.0f s\n", (g_get_monotonic_time () - start) / 1e6);
  train_parser (train, dev, parser_path);
  g_printerr ("done in %.0f s\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}
