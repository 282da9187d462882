/* dl-events-sentence.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-article-analysis.h"
#include "dl-lexicon.h"

G_BEGIN_DECLS

/**
 * DlSentence:
 * @analysis: the article's analysis
 * @text: the article's text
 * @span: the sentence, bytes
 * @paragraph_start: first byte of the sentence's paragraph
 * @tokens: (element-type DlSpan): its tokens
 * @words: the tokens in lower case ("cease fire" joined into one word)
 * @index: the sentence's index in the analysis
 * @mentions: (element-type DlEventMention) (nullable): its event
 *   mentions, from the parse; %NULL until dl_events_mention_at() needs
 *   them, empty without the models
 * @pair: (element-type DlActor) (nullable): the two people of the
 *   article's last event with two people in it, for "the two leaders";
 *   set by the extractor, not owned
 *
 * One sentence as the event extractor reads it.
 */
typedef struct
{
  DlArticleAnalysis *analysis;
  const char *text;
  DlSpan span;
  gsize paragraph_start;
  GArray *tokens;
  GPtrArray *words;
  guint index;
  GArray *mentions;
  GPtrArray *pair;
} DlSentence;

void           dl_sentence_init                  (DlSentence        *s,
                                                  DlArticleAnalysis *analysis,
                                                  guint              index,
                                                  gsize              paragraph_start);
void           dl_sentence_clear                 (DlSentence        *s);
const char    *dl_sentence_word                  (DlSentence        *s,
                                                  guint              i);
const DlSpan  *dl_sentence_token                 (DlSentence        *s,
                                                  guint              i);
guint          dl_sentence_token_at_or_after     (DlSentence        *s,
                                                  gsize              byte);
gboolean       dl_sentence_is_word               (DlSentence        *s,
                                                  guint              i);
void           dl_sentence_clause                (DlSentence        *s,
                                                  guint              index,
                                                  guint             *start,
                                                  guint             *end);
gboolean       dl_sentence_mention_is_place      (DlSentence        *s,
                                                  DlEntityMention   *mention,
                                                  DlActor           *actor);
gboolean       dl_sentence_mention_is_modifier   (DlSentence        *s,
                                                  DlEntityMention   *mention,
                                                  DlActor           *actor);
gboolean       dl_sentence_mention_is_reporter   (DlSentence        *s,
                                                  DlEntityMention   *mention,
                                                  guint              trigger);
gboolean       dl_sentence_relative_antecedent   (DlSentence        *s,
                                                  guint              clause_start,
                                                  guint             *from,
                                                  guint             *to);
gboolean       dl_sentence_is_object_position    (DlSentence        *s,
                                                  guint              trigger,
                                                  DlEntityMention   *mention);
gboolean       dl_sentence_in_subordinate_clause (DlSentence        *s,
                                                  guint              i);
gboolean       dl_sentence_timex_is_background   (DlSentence        *s,
                                                  DlTimex           *timex,
                                                  guint              clause_start,
                                                  guint              clause_end);
gboolean       dl_sentence_is_realised           (DlSentence        *s,
                                                  guint              trigger,
                                                  DlWordForm         form);
gboolean       dl_sentence_is_passive            (DlSentence        *s,
                                                  guint              trigger,
                                                  DlWordForm         form);
char          *dl_sentence_dup_object            (DlSentence        *s,
                                                  guint              trigger,
                                                  const DlTrigger   *entry);
char          *dl_sentence_dup_patient           (DlSentence        *s,
                                                  guint              trigger);
char          *dl_sentence_dup_subject_noun      (DlSentence        *s,
                                                  guint              trigger);
gsize          dl_sentence_paragraph_start       (DlArticleAnalysis *analysis,
                                                  guint              index,
                                                  gsize              previous);

G_END_DECLS
