/* dl-events-parse.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-parser.h"
#include "dl-pos.h"
#include "dl-segmenter.h"

G_BEGIN_DECLS

/**
 * DlParsedSentence:
 * @n: how many tokens
 * @tokens: (array length=n): each token's bytes in the article's text
 * @words: (array length=n): the tokens as the tagger read them
 * @tags: (array length=n): their parts of speech
 * @lemmas: (array length=n): their lemmas
 * @deps: (array length=n): their heads (0-based, -1 for the root) and
 *   relations
 *
 * One sentence tagged, lemmatised and parsed. The tokens are the
 * segmenter's, with contractions split as Universal Dependencies splits
 * them ("don't" is "do" and "n't"), so that the parser reads what it was
 * trained on.
 */
typedef struct
{
  guint n;
  DlSpan *tokens;
  char **words;
  DlUpos *tags;
  char **lemmas;
  DlDependency *deps;
} DlParsedSentence;

DlParsedSentence *dl_parsed_sentence_new         (const char       *text,
                                                  DlSpan            span);
DlParsedSentence *dl_parsed_sentence_new_with_names (const char   *text,
                                                     DlSpan        span,
                                                     const DlSpan *names,
                                                     guint         n_names);
void              dl_parsed_sentence_free        (DlParsedSentence *self);
gint              dl_parsed_sentence_token_at    (DlParsedSentence *self,
                                                  gsize             byte);
gboolean          dl_parsed_sentence_dominates   (DlParsedSentence *self,
                                                  guint             ancestor,
                                                  guint             i);
void              dl_parsed_sentence_subtree     (DlParsedSentence *self,
                                                  guint             i,
                                                  guint            *first,
                                                  guint            *last);
gint              dl_parsed_sentence_child       (DlParsedSentence *self,
                                                  guint             head,
                                                  const char       *deprel);
gboolean          dl_parsed_sentence_has_rel     (DlParsedSentence *self,
                                                  guint             i,
                                                  const char       *deprel);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlParsedSentence, dl_parsed_sentence_free)

G_END_DECLS
