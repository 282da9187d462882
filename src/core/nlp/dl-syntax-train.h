/* dl-syntax-train.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Training the part of speech tagger and the dependency parser on a
 * treebank in CoNLL-U, and writing the model files dl_pos_model_load()
 * and dl_parser_model_load() read. Choosing the epochs and tagging the
 * parser's training data are left to the caller (tools/train-syntax.c).
 */
#pragma once

#include <glib.h>

#include "dl-pos.h"

G_BEGIN_DECLS

/**
 * DlSyntaxSentence:
 * @n: the number of words
 * @forms: (array zero-terminated=1): the words
 * @lemmas: (array zero-terminated=1): their lemmas
 * @upos: their parts of speech
 * @heads: n + 1 heads, numbered from 1 with 0 for the root; the root's own
 *   first, -1
 * @deprels: (array zero-terminated=1): the relation of each word
 * @tags: n + 1 tags the parser sees, the root's first (%DL_UPOS_N): the
 *   true ones until the caller sets others
 * @words: the keys of each word, of its ending and of its brackets, the
 *   root's first, as dl_arc_word_keys() gives them
 *
 * A sentence of a treebank: its words, not its multiword tokens or
 * empty nodes.
 */
typedef struct
{
  guint n;
  char **forms;
  char **lemmas;
  DlUpos *upos;
  gint *heads;
  char **deprels;
  gint *tags;
  guint64 *words;
} DlSyntaxSentence;

GPtrArray *dl_syntax_read_conllu      (const char        *path,
                                       GError           **error);
void       dl_syntax_sentence_free    (DlSyntaxSentence  *sentence);

/* Called after each epoch with the validation score of its weights */
typedef void (*DlSyntaxProgress) (guint    epoch,
                                  double   score,
                                  gpointer data);

/* -- the tagger --------------------------------------------------------- */

typedef struct _DlPosTrainer DlPosTrainer;

DlPosTrainer *dl_pos_trainer_new   (GPtrArray         *train);
void          dl_pos_trainer_free  (DlPosTrainer      *trainer);
GArray       *dl_pos_trainer_train (DlPosTrainer      *trainer,
                                    GPtrArray         *train,
                                    GPtrArray         *valid,
                                    GArray            *first,
                                    guint32            seed,
                                    guint              max_epochs,
                                    guint              patience,
                                    DlSyntaxProgress   progress,
                                    gpointer           progress_data);
void          dl_pos_trainer_tag   (DlPosTrainer      *trainer,
                                    GArray            *first,
                                    GArray            *second,
                                    DlSyntaxSentence  *sentence,
                                    gint              *tags);
gboolean      dl_pos_trainer_write (DlPosTrainer      *trainer,
                                    GArray            *first,
                                    GArray            *second,
                                    const char        *path,
                                    guint             *n_rows,
                                    GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlPosTrainer, dl_pos_trainer_free)

/* -- the parser --------------------------------------------------------- */

typedef struct _DlParserTrainer DlParserTrainer;

DlParserTrainer *dl_parser_trainer_new          (GPtrArray         *train);
void             dl_parser_trainer_free         (DlParserTrainer   *trainer);
GArray          *dl_parser_trainer_train        (DlParserTrainer   *trainer,
                                                 GPtrArray         *train,
                                                 GPtrArray         *valid,
                                                 guint32            seed,
                                                 guint              max_epochs,
                                                 guint              patience,
                                                 DlSyntaxProgress   progress,
                                                 gpointer           progress_data);
double           dl_parser_trainer_score        (DlParserTrainer   *trainer,
                                                 GArray            *moves,
                                                 GPtrArray         *valid);
GArray          *dl_parser_trainer_train_labels (DlParserTrainer   *trainer,
                                                 GPtrArray         *train,
                                                 GPtrArray         *valid,
                                                 guint32            seed,
                                                 guint              max_epochs,
                                                 guint              patience,
                                                 DlSyntaxProgress   progress,
                                                 gpointer           progress_data);
gboolean         dl_parser_trainer_write        (DlParserTrainer   *trainer,
                                                 GArray            *moves,
                                                 GArray            *labels,
                                                 const char        *path,
                                                 guint             *n_rows,
                                                 GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlParserTrainer, dl_parser_trainer_free)

G_END_DECLS
