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
  g_free (self);
}
