/* dl-analyzer.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis pipeline: each article on its own (sentences, temporal
 * expressions, names), then everything across articles (who is who,
 * which reports tell the same event, when the undated ones were written);
 * then once more, for the articles that got a date that way, their
 * relative dates and events.
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-actor-resolver.h"
#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-article-analysis.h"
#include "dl-event.h"
#include "dl-event-extractor.h"
#include "dl-events-infer.h"
#include "dl-parallel.h"
#include "dl-timex.h"

typedef struct
{
  GPtrArray *articles;
  DlArticleAnalysis **analyses;   /* written under @lock */
  GCancellable *cancellable;
  const DlAnalyzerMonitor *monitor;
  GMutex lock;
  GCond article_done;
  guint n_done;
} Batch;

/* 0: one thread per processor, up to 8 */
static guint max_threads = 0;

/* How often progress is told, and when the first results of a long
 * analysis are shown; each later showing waits twice as long as the one
 * before, so that putting results together again and again costs at
 * most about as much as doing it once at the end */
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 20)
#define FIRST_PARTIAL_US G_USEC_PER_SEC

static GPtrArray *results_of (GPtrArray *analyses, GCancellable *cancellable);

static void
batch_store (Batch             *batch,
             guint              index,
             DlArticleAnalysis *analysis)
{
  g_mutex_lock (&batch->lock);
  batch->analyses[index] = analysis;
  batch->n_done++;
  g_cond_signal (&batch->article_done);
  g_mutex_unlock (&batch->lock);
}

static void
analyse_in_pool (gpointer data,
                 gpointer user_data)
{
  Batch *batch = user_data;
  guint index = GPOINTER_TO_UINT (data) - 1;

  if (g_cancellable_is_cancelled (batch->cancellable))
    {
      batch_store (batch, index, NULL);
      return;
    }
  batch_store (batch, index, dl_article_analysis_read (g_ptr_array_index (batch->articles, index)));
}

static void
tell_progress (Batch *batch,
               guint  done)
{
  if (batch->monitor != NULL && batch->monitor->progress != NULL)
    batch->monitor->progress (done, batch->articles->len, batch->monitor->user_data);
}

/* The analyses done so far, in the articles' order; not owned */
static GPtrArray *
done_so_far (Batch *batch)
{
  GPtrArray *done = g_ptr_array_new ();

  g_mutex_lock (&batch->lock);
  for (guint i = 0; i < batch->articles->len; i++)
    if (batch->analyses[i] != NULL)
      g_ptr_array_add (done, batch->analyses[i]);
  g_mutex_unlock (&batch->lock);
  return done;
}

/* The actors and events of the articles read so far. The workers only
 * write analyses of other articles meanwhile, and the final results,
 * made later from all of them, replace what this sets in them. */
static void
show_partial (Batch *batch)
{
  g_autoptr(GPtrArray) done = done_so_far (batch);
  DlAnalysisResult *partial;

  partial = g_new0 (DlAnalysisResult, 1);
  partial->actors = dl_actor_resolver_resolve (done);
  partial->events = results_of (done, batch->cancellable);
  batch->monitor->partial (partial, batch->monitor->user_data);
}

/* Tells the progress of the workers until all are done or the analysis
 * is cancelled; shows partial results now and then */
static void
watch_workers (Batch *batch)
{
  gboolean wants_partial = batch->monitor != NULL && batch->monitor->partial != NULL;
  gint64 partial_wait = wants_partial && batch->monitor->first_partial_ms > 0
                        ? batch->monitor->first_partial_ms * (gint64) 1000 : FIRST_PARTIAL_US;
  gint64 next_partial = g_get_monotonic_time () + partial_wait, now;
  guint told = 0, shown = 0, done;

  for (;;)
    {
      g_mutex_lock (&batch->lock);
      if (batch->n_done < batch->articles->len)
        g_cond_wait_until (&batch->article_done, &batch->lock, g_get_monotonic_time () + PROGRESS_INTERVAL_US);
      done = batch->n_done;
      g_mutex_unlock (&batch->lock);

      if (done == batch->articles->len || g_cancellable_is_cancelled (batch->cancellable))
        return;
      if (done != told)
        tell_progress (batch, told = done);
      now = g_get_monotonic_time ();
      if (wants_partial && now >= next_partial && done > shown)
        {
          shown = done;
          show_partial (batch);
          partial_wait *= 2;
          next_partial = g_get_monotonic_time () + partial_wait;
        }
    }
}

/* Articles are independent, so they are read two or more at a time.
 * The first one is read on this thread so that whatever the analysers
 * load on first use is loaded before the workers start. */
static guint
count_threads (void)
{
  guint n_threads = g_atomic_int_get (&max_threads);

  return n_threads != 0 ? n_threads : CLAMP (g_get_num_processors (), 1, 8);
}

static void
analyse_all (Batch *batch)
{
  guint n = batch->articles->len;
  guint n_threads = count_threads ();
  GThreadPool *pool;

  if (n == 0)
    return;
  tell_progress (batch, 0);
  batch_store (batch, 0, dl_article_analysis_read (g_ptr_array_index (batch->articles, 0)));
  if (n_threads == 1)
    {
      for (guint i = 1; i < n; i++)
        {
          analyse_in_pool (GUINT_TO_POINTER (i + 1), batch);
          tell_progress (batch, i + 1);
        }
      return;
    }
  if (n == 1)
    return;
  pool = g_thread_pool_new (analyse_in_pool, batch, MIN (n_threads, n - 1), FALSE, NULL);
  for (guint i = 1; i < n; i++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);
  watch_workers (batch);
  /* Once cancelled, the articles still waiting are dropped */
  g_thread_pool_free (pool, g_cancellable_is_cancelled (batch->cancellable), TRUE);
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

typedef struct
{
  GPtrArray *analyses;
  GPtrArray *per_article;
  GPtrArray *dcts;             /* for the second pass */
} Extraction;

/* A cancelled extraction leaves some articles without their array */
static void
events_unref0 (gpointer events)
{
  if (events != NULL)
    g_ptr_array_unref (events);
}

static void
extract_one (guint    index,
             gpointer data)
{
  Extraction *extraction = data;

  g_ptr_array_index (extraction->per_article, index) =
    dl_event_extractor_extract (g_ptr_array_index (extraction->analyses, index));
}

/* One array of events per analysis, so that a second pass can redo
 * some articles and keep the others; none when cancelled. Once who is
 * who is settled, each article's events are its own business, so the
 * articles go on as many threads as their reading did. */
static GPtrArray *
extract_all (GPtrArray    *analyses,
             GCancellable *cancellable)
{
  Extraction extraction = { analyses, NULL, NULL };

  extraction.per_article = g_ptr_array_new_with_free_func (events_unref0);
  g_ptr_array_set_size (extraction.per_article, analyses->len);
  dl_parallel_for (analyses->len, count_threads (), extract_one, &extraction, cancellable);
  if (g_cancellable_is_cancelled (cancellable))
    g_ptr_array_set_size (extraction.per_article, 0);
  return extraction.per_article;
}

static GPtrArray *
merge_all (GPtrArray *per_article)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new ();

  for (guint i = 0; i < per_article->len; i++)
    {
      GPtrArray *found = g_ptr_array_index (per_article, i);
      for (guint k = 0; k < found->len; k++)
        g_ptr_array_add (events, g_ptr_array_index (found, k));
    }
  return dl_event_extractor_merge (events);
}

/* The events of @analyses merged, without the dates of undated
 * articles inferred */
static GPtrArray *
results_of (GPtrArray    *analyses,
            GCancellable *cancellable)
{
  g_autoptr(GPtrArray) per_article = extract_all (analyses, cancellable);

  return merge_all (per_article);
}

static void
reread_one (guint    index,
            gpointer data)
{
  Extraction *extraction = data;
  DlArticleAnalysis *analysis = g_ptr_array_index (extraction->analyses, index);
  GDateTime *dct = g_ptr_array_index (extraction->dcts, index);
  GPtrArray *first;

  if (dct == NULL)
    return;
  analysis->dct = g_date_time_ref (dct);
  g_clear_pointer (&analysis->timexes, g_array_unref);
  analysis->timexes = dl_timex_find (dl_article_get_text (analysis->article),
                                     dl_article_get_text_length (analysis->article),
                                     analysis->dct);
  first = g_ptr_array_index (extraction->per_article, index);
  g_ptr_array_index (extraction->per_article, index) = dl_event_extractor_extract (analysis);
  g_ptr_array_unref (first);
}

/* The second pass: the articles that got a date read again with it, so
 * that their "on Thursday" and "last night" find their days */
static gboolean
reread_with_dates (GPtrArray *analyses,
                   GPtrArray *per_article,
                   GPtrArray *dcts)
{
  Extraction extraction = { analyses, per_article, dcts };
  gboolean any = FALSE;

  for (guint i = 0; i < analyses->len && i < per_article->len; i++)
    any |= g_ptr_array_index (dcts, i) != NULL;
  if (any)
    dl_parallel_for (MIN (analyses->len, per_article->len), count_threads (), reread_one, &extraction, NULL);
  return any;
}

/* The arrays of dates hold %NULL for the articles without one */
static void
date_time_unref0 (gpointer dct)
{
  if (dct != NULL)
    g_date_time_unref (dct);
}

/* The inferred dates, one per article as given (the analyses skip
 * none unless cancelled, and then nothing is returned) */
static GPtrArray *
dcts_per_article (GPtrArray *articles,
                  GPtrArray *analyses,
                  GPtrArray *dcts)
{
  GPtrArray *out = g_ptr_array_new_full (articles->len, date_time_unref0);

  g_ptr_array_set_size (out, articles->len);
  for (guint i = 0; i < analyses->len; i++)
    {
      DlArticleAnalysis *analysis = g_ptr_array_index (analyses, i);
      GDateTime *dct = g_ptr_array_index (dcts, i);
      guint at;

      if (dct != NULL && g_ptr_array_find (articles, analysis->article, &at))
        g_ptr_array_index (out, at) = g_date_time_ref (dct);
    }
  return out;
}

static GPtrArray *
read_articles (GPtrArray               *articles,
               const DlAnalyzerMonitor *monitor,
               GCancellable            *cancellable)
{
  g_autofree DlArticleAnalysis **slots = g_new0 (DlArticleAnalysis *, articles->len + 1);
  Batch batch = { articles, slots, cancellable, monitor };
  GPtrArray *analyses;

  g_mutex_init (&batch.lock);
  g_cond_init (&batch.article_done);
  analyse_all (&batch);
  analyses = collect_analyses (&batch);
  g_cond_clear (&batch.article_done);
  g_mutex_clear (&batch.lock);
  return analyses;
}

static gboolean
run (GPtrArray               *articles,
     const DlAnalyzerMonitor *monitor,
     DlAnalysisResult        *result,
     GCancellable            *cancellable,
     GError                 **error)
{
  g_autoptr(GPtrArray) analyses = NULL;
  g_autoptr(GPtrArray) per_article = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) dcts = NULL;

  analyses = read_articles (articles, monitor, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (monitor != NULL && monitor->progress != NULL)
    monitor->progress (articles->len, articles->len, monitor->user_data);

  result->actors = dl_actor_resolver_resolve (analyses);
  per_article = extract_all (analyses, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  merged = merge_all (per_article);
  dcts = dl_events_infer_dcts (analyses, merged);
  if (reread_with_dates (analyses, per_article, dcts))
    {
      g_clear_pointer (&merged, g_ptr_array_unref);
      merged = merge_all (per_article);
    }
  result->events = g_steal_pointer (&merged);
  result->inferred_dcts = dcts_per_article (articles, analyses, dcts);
  return TRUE;
}

/**
 * dl_analyzer_run_monitored:
 * @articles: (element-type DlArticle): the articles, only read
 * @monitor: (nullable): told how far the analysis is, and given
 *   partial results during a long one
 * @result: (out) (transfer full): the actors, the events merged across
 *   articles and the dates inferred for undated articles
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Analyses @articles; safe to call on a worker thread. A date that an
 * earlier analysis inferred and set on an article (%DL_DCT_SOURCE_INFERRED)
 * is not used: the article is read as undated and its date inferred
 * again from the articles now there. The actors and events are meant
 * for dl_corpus_set_analysis(), which sorts them and gives ids, after
 * dl_analysis_result_apply_dcts() on the thread that owns the articles.
 *
 * Returns: %TRUE on success; %FALSE with %G_IO_ERROR_CANCELLED when
 *   @cancellable was cancelled, and @result is then untouched
 */
gboolean
dl_analyzer_run_monitored (GPtrArray                *articles,
                           const DlAnalyzerMonitor  *monitor,
                           DlAnalysisResult        **result,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  g_autoptr(DlAnalysisResult) found = NULL;

  g_return_val_if_fail (articles != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  found = g_new0 (DlAnalysisResult, 1);
  if (!run (articles, monitor, found, cancellable, error))
    return FALSE;
  *result = g_steal_pointer (&found);
  return TRUE;
}

/**
 * dl_analyzer_run_full:
 * @articles: (element-type DlArticle): the articles, only read
 * @result: (out) (transfer full): as for dl_analyzer_run_monitored()
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * dl_analyzer_run_monitored() without a monitor.
 *
 * Returns: %TRUE on success; %FALSE with %G_IO_ERROR_CANCELLED when
 *   @cancellable was cancelled, and @result is then untouched
 */
gboolean
dl_analyzer_run_full (GPtrArray          *articles,
                      DlAnalysisResult  **result,
                      GCancellable       *cancellable,
                      GError            **error)
{
  return dl_analyzer_run_monitored (articles, NULL, result, cancellable, error);
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
 * dl_analyzer_run_full() without the inferred dates.
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
  g_autoptr(DlAnalysisResult) result = NULL;

  g_return_val_if_fail (articles != NULL, FALSE);
  g_return_val_if_fail (actors != NULL && events != NULL, FALSE);

  if (!dl_analyzer_run_full (articles, &result, cancellable, error))
    return FALSE;
  *actors = g_steal_pointer (&result->actors);
  *events = g_steal_pointer (&result->events);
  return TRUE;
}

/**
 * dl_analysis_result_apply_dcts:
 * @result: what dl_analyzer_run_full() returned for @articles
 * @articles: (element-type DlArticle): the same articles, in the same order
 *
 * Gives each undated article its inferred date, and takes back a date
 * inferred by an earlier analysis that this one no longer supports. Call
 * it on the thread that owns the articles.
 */
void
dl_analysis_result_apply_dcts (DlAnalysisResult *result,
                               GPtrArray        *articles)
{
  g_return_if_fail (result != NULL && articles != NULL);
  g_return_if_fail (result->inferred_dcts == NULL || result->inferred_dcts->len == articles->len);

  for (guint i = 0; i < articles->len; i++)
    {
      DlArticle *article = g_ptr_array_index (articles, i);
      GDateTime *dct = result->inferred_dcts != NULL ? g_ptr_array_index (result->inferred_dcts, i) : NULL;

      if (dct != NULL)
        dl_article_set_dct (article, dct, DL_DCT_SOURCE_INFERRED);
      else if (dl_article_get_dct_source (article) == DL_DCT_SOURCE_INFERRED)
        dl_article_set_dct (article, NULL, DL_DCT_SOURCE_NONE);
    }
}

/**
 * dl_analyzer_set_max_threads:
 * @n_threads: how many threads may read articles at once; 1 reads them
 *   all on the calling thread, 0 restores the default (one per processor)
 *
 * For benchmarks, which measure the work of one core, and for tests.
 * Applies to every later analysis in the process.
 */
void
dl_analyzer_set_max_threads (guint n_threads)
{
  g_atomic_int_set (&max_threads, n_threads);
}

void
dl_analysis_result_free (DlAnalysisResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->actors, g_ptr_array_unref);
  g_clear_pointer (&result->events, g_ptr_array_unref);
  g_clear_pointer (&result->inferred_dcts, g_ptr_array_unref);
  g_free (result);
}
