/* dl-article-analysis.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-types.h"
#include "dl-entities.h"
#include "dl-events-parse.h"
#include "dl-segmenter.h"
#include "dl-timex.h"

G_BEGIN_DECLS

/**
 * DlArticleAnalysis:
 * @article: the article (a reference is held)
 * @dct: (nullable): the date the analysis reads the article at: its own
 *   date, or one inferred from other articles; never one that an earlier
 *   analysis inferred and set on @article, so that a new analysis of a
 *   changed corpus infers it afresh
 * @sentences: (element-type DlSpan): sentence spans, bytes
 * @timexes: (element-type DlTimex): temporal expressions, in text order
 * @mentions: (element-type DlEntityMention): names, in text order
 * @mention_actors: (element-type DlActor): for each mention, the actor it
 *   was resolved to (no reference held; %NULL when it is not an actor).
 *   Filled by dl_actor_resolver_resolve().
 * @parses: (element-type DlParsedSentence) (nullable): each sentence
 *   tagged and parsed, %NULL until asked for; see
 *   dl_article_analysis_get_parse()
 *
 * What the per-article analysers found in one article, before anything
 * is resolved across articles.
 */
typedef struct
{
  DlArticle *article;
  GDateTime *dct;
  GArray *sentences;
  GArray *timexes;
  GArray *mentions;
  GPtrArray *mention_actors;
  GPtrArray *parses;
} DlArticleAnalysis;

DlArticleAnalysis *dl_article_analysis_new   (DlArticle         *article);
void               dl_article_analysis_free  (DlArticleAnalysis *self);
DlArticleAnalysis *dl_article_analysis_read  (DlArticle         *article);
void               dl_article_analysis_parse (DlArticleAnalysis *self);
gboolean           dl_article_analysis_has_name_or_date (DlArticleAnalysis *self,
                                                         guint              sentence);
gboolean           dl_article_analysis_may_tell_event (DlArticleAnalysis *self,
                                                       guint              sentence);
DlParsedSentence  *dl_article_analysis_get_parse (DlArticleAnalysis *self,
                                                  guint              sentence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlArticleAnalysis, dl_article_analysis_free)

G_END_DECLS
