/* dl-analyzer.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis pipeline: each article on its own (sentences, temporal
 * expressions, names), then everything across articles (who is who,
 * which reports tell the same event).
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-actor-resolver.h"
#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-article-analysis.h"
#include "dl-entities.h"
#include "dl-event.h"
#include "dl-event-extractor.h"
#include "dl-segmenter.h"
#include "dl-timex.h"

typedef struct
{
  GPtrArray *articles;
  DlArticleAnalysis **analyses;
  GCancellable *cancellable;
} Batch;

static DlArticleAnalysis *
analyse_article (DlArticle *article)
{
  DlArticleAnalysis *analysis = dl_article_analysis_new (article);
  const char *text = dl_article_get_text (article);
  gsize length = dl_article_get_text_length (article);

  analysis->sentences = dl_segment_sentences (text, length);
  /* Without a date of its own the article's relative dates stay
   * unresolved, but its written-out dates are still worth finding */
  analysis->timexes = dl_timex_find (text, length, dl_article_get_dct (article));
  analysis->mentions = dl_entities_find (text, length, analysis->sentences);
  return analysis;
}

static void
analyse_in_pool (gpointer data,
                 gpointer user_data)
{
  Batch *batch = user_data;
  guint index = GPOINTER_TO_UINT (data) - 1;

  if (g_cancellable_is_cancelled (batch->cancellable))
    return;
  batch->analyses[index] = analyse_article (g_ptr_array_index (batch->articles, index));
}

/* Articles are independent, so they are read two or more at a time.
 * The first one is read on this thread so that whatever the analysers
 * load on first use is loaded before the workers start. */
static void
analyse_all (Batch *batch)
{
  guint n = batch->articles->len;
  guint n_threads = CLAMP (g_get_num_processors (), 1, 8);
  GThreadPool *pool;

  if (n == 0)
    return;
  batch->analyses[0] = analyse_article (g_ptr_array_index (batch->articles, 0));
  if (n == 1)
    return;
  pool = g_thread_pool_new (analyse_in_pool, batch, MIN (n_threads, n - 1), FALSE, NULL);
  for (guint i = 1; i < n; i++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
}

static GPtrArray *
collect_analyses (Batch *batch)
{
  GPtrArray *analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);

  for (guint i = 0; i < batch->articles->len; i++)
    if (batch->analyses[i] != NULL)
      g_ptr_array_add (analyses, batch->analyses[i]);
  return analyses;
}

static GPtrArray *
extract_all (GPtrArray    *analyses,
             GCancellable *cancellable)
{
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < analyses->len; i++)
    {
      g_autoptr(GPtrArray) found = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      found = dl_event_extractor_extract (g_ptr_array_index (analyses, i));
      g_ptr_array_extend_and_steal (events, g_steal_pointer (&found));
    }
  return events;
}

/**
 * dl_analyzer_run:
 * @articles: (element-type DlArticle): the articles, only read
 * @actors: (out) (transfer full) (element-type DlActor): every actor found
 * @events: (out) (transfer full) (element-type DlEvent): every event,
 *   merged across articles
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Analyses @articles; safe to call on a worker thread. The results are
 * meant for dl_corpus_set_analysis(), which sorts them and gives ids.
 *
 * Returns: %TRUE on success; %FALSE with %G_IO_ERROR_CANCELLED when
 *   @cancellable was cancelled, and @actors and @events are then untouched
 */
gboolean
dl_analyzer_run (GPtrArray     *articles,
                 GPtrArray    **actors,
                 GPtrArray    **events,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree DlArticleAnalysis **slots = NULL;
  g_autoptr(GPtrArray) analyses = NULL;
  g_autoptr(GPtrArray) found_actors = NULL;
  g_autoptr(GPtrArray) found_events = NULL;
  Batch batch;

  g_return_val_if_fail (articles != NULL, FALSE);
  g_return_val_if_fail (actors != NULL && events != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  slots = g_new0 (DlArticleAnalysis *, articles->len + 1);
  batch.articles = articles;
  batch.analyses = slots;
  batch.cancellable = cancellable;
  analyse_all (&batch);
  analyses = collect_analyses (&batch);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  found_actors = dl_actor_resolver_resolve (analyses);
  found_events = extract_all (analyses, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  *events = dl_event_extractor_merge (found_events);
  *actors = g_steal_pointer (&found_actors);
  return TRUE;
}
