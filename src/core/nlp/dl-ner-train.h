/* dl-ner-train.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Training the statistical name tagger: an averaged perceptron over the
 * features of dl-ner-private.h, decoded with Viterbi over BILOU tags, and
 * the model file it writes. Reading a corpus and building the model's
 * gazetteer are left to the caller (tools/train-entities.c).
 */
#pragma once

#include <glib.h>

#include "dl-ner-private.h"

G_BEGIN_DECLS

/* "O" and B, I, L, U of PER, ORG, LOC, MISC */
#define DL_NER_TRAIN_N_LABELS (1 + 4 * 4)

/**
 * DlNerTrainSentence:
 * @words: (array zero-terminated=1): the words
 * @n: how many
 * @gold: the true label of each word, an index into the labels
 * @doc: the number of the document the sentence comes from
 * @features: (nullable): its features, set by the caller
 * @indices: (nullable): the features' dictionary indices, -1 for those
 *   left out; set by dl_ner_trainer_index_features()
 */
typedef struct
{
  char **words;
  guint n;
  gint *gold;
  guint doc;
  DlNerSentence *features;
  gint64 *indices;
} DlNerTrainSentence;

DlNerTrainSentence *dl_ner_train_sentence_new  (GPtrArray          *words,
                                                GPtrArray          *tags,
                                                guint               doc);
void                dl_ner_train_sentence_free (DlNerTrainSentence *sentence);
void                dl_ner_train_label_name    (guint               label,
                                                char                name[8]);

/**
 * DlNerGazEntry:
 * @key: a phrase key, from dl_ner_phrase_key()
 * @bits: its #DlNerGazBits, 0 for a phrase left out of the model
 */
typedef struct
{
  guint64 key;
  guint32 bits;
} DlNerGazEntry;

typedef struct _DlNerTrainer DlNerTrainer;

/* Called after each epoch with the validation F1 of its averaged weights */
typedef void (*DlNerTrainProgress) (guint    epoch,
                                    double   f1,
                                    gpointer data);

DlNerTrainer *dl_ner_trainer_new            (void);
void          dl_ner_trainer_free           (DlNerTrainer        *trainer);
guint         dl_ner_trainer_index_features (DlNerTrainer        *trainer,
                                             GPtrArray           *train,
                                             GPtrArray           *valid,
                                             guint                min_count,
                                             guint               *n_seen);
GArray       *dl_ner_trainer_train          (DlNerTrainer        *trainer,
                                             GPtrArray           *train,
                                             GPtrArray           *valid,
                                             guint32              seed,
                                             guint                max_epochs,
                                             guint                patience,
                                             DlNerTrainProgress   progress,
                                             gpointer             progress_data);
gboolean      dl_ner_trainer_write          (DlNerTrainer        *trainer,
                                             GArray              *weights,
                                             GArray              *gazetteer,
                                             const char          *path,
                                             guint               *n_rows,
                                             GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlNerTrainer, dl_ner_trainer_free)

G_END_DECLS
