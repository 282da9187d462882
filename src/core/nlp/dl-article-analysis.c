/* dl-article-analysis.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-article.h"
#include "dl-article-analysis.h"

DlArticleAnalysis *
dl_article_analysis_new (DlArticle *article)
{
  DlArticleAnalysis *self = g_new0 (DlArticleAnalysis, 1);

  self->article = g_object_ref (article);
  if (dl_article_get_dct_source (article) != DL_DCT_SOURCE_INFERRED)
    self->dct = dl_article_get_dct (article);
  if (self->dct != NULL)
    g_date_time_ref (self->dct);
  self->mention_actors = g_ptr_array_new ();
  return self;
}

void
dl_article_analysis_free (DlArticleAnalysis *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->article);
  g_clear_pointer (&self->dct, g_date_time_unref);
  g_clear_pointer (&self->sentences, g_array_unref);
  g_clear_pointer (&self->timexes, g_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->mention_actors, g_ptr_array_unref);
  g_clear_pointer (&self->parses, g_ptr_array_unref);
  g_free (self);
}

/**
 * dl_article_analysis_get_parse:
 * @sentence: index of a sentence
 *
 * Tags and parses the sentence the first time it is asked for; the
 * second reading of an article (with an inferred date) reuses it.
 *
 * Returns: (transfer none) (nullable): the parse, or %NULL without models
 */
DlParsedSentence *
dl_article_analysis_get_parse (DlArticleAnalysis *self,
                               guint              sentence)
{
  DlParsedSentence *parse;

  g_return_val_if_fail (self != NULL && self->sentences != NULL, NULL);
  g_return_val_if_fail (sentence < self->sentences->len, NULL);

  if (self->parses == NULL)
    {
      self->parses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_parsed_sentence_free);
      g_ptr_array_set_size (self->parses, self->sentences->len);
    }
  parse = g_ptr_array_index (self->parses, sentence);
  if (parse == NULL)
    {
      parse = dl_parsed_sentence_new (dl_article_get_text (self->article),
                                      g_array_index (self->sentences, DlSpan, sentence));
      g_ptr_array_index (self->parses, sentence) = parse;
    }
  return parse;
}

/**
 * dl_article_analysis_parse:
 *
 * Tags and parses every sentence now, so that it can be done on a worker
 * thread with the rest of the article's analysis.
 */
void
dl_article_analysis_parse (DlArticleAnalysis *self)
{
  g_return_if_fail (self != NULL && self->sentences != NULL);

  for (guint i = 0; i < self->sentences->len; i++)
    dl_article_analysis_get_parse (self, i);
}
