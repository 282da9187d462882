/* bench-pipeline.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Throughput of the whole analysis: the sample articles, repeated to
 * about 2 MB of text, analysed several times. Prints medians: on one
 * thread (the figure per core that the requirements speak of), on the
 * analyser's own thread pool, and stage by stage on one thread, so that
 * it shows where the time goes. The figures on one thread are measured
 * in processor time, which other programs running at the same time
 * hardly change; the thread pool's in wall-clock time. Never fails on
 * time.
 */
#include "config.h"

#include <stdlib.h>

#include "bench-common.h"
#include "dl-actor-resolver.h"
#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-article-analysis.h"
#include "dl-entities.h"
#include "dl-event-extractor.h"
#include "dl-events-infer.h"
#include "dl-segmenter.h"
#include "dl-timex.h"

#define TARGET_BYTES (2 * 1024 * 1024)
#define N_RUNS 5

/* The stages as dl-analyzer.c runs them, in order */
enum
{
  STAGE_SEGMENT,
  STAGE_TIMEX,
  STAGE_ENTITIES,
  STAGE_SYNTAX,
  STAGE_ACTORS,
  STAGE_EVENTS,
  STAGE_INFER,
  N_STAGES
};

static const char * const stage_names[N_STAGES] = {
  "segmentation",
  "timex",
  "entities (NER)",
  "tags and parse",
  "actor resolution",
  "events (extract, merge)",
  "inferred dates",
};

typedef struct
{
  GPtrArray *articles;
  gsize total;
  guint n_events;
} Bench;

static GPtrArray *
load_texts (const char *dir_path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  dir = g_dir_open (dir_path, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return texts;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      char *contents = NULL;

      if (g_file_get_contents (path, &contents, NULL, NULL) && g_utf8_validate (contents, -1, NULL))
        g_ptr_array_add (texts, contents);
      else
        g_free (contents);
    }
  return texts;
}

/* Copies of the samples, as distinct articles, up to the target size */
static GPtrArray *
replicate (GPtrArray *texts,
           gsize     *total)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  *total = 0;
  for (guint i = 0; *total < TARGET_BYTES; i++)
    {
      const char *text = g_ptr_array_index (texts, i % texts->len);
      g_autofree char *path = g_strdup_printf ("copy-%u.txt", i);
      DlArticle *article = dl_article_new (path, NULL, text);

      *total += dl_article_get_text_length (article);
      g_ptr_array_add (articles, article);
    }
  return articles;
}

static double
median_of (double *seconds)
{
  return MAX (bench_median (seconds, N_RUNS), 1e-9);
}

/* Processor time of the process, in seconds */
static double
cpu_time (void)
{
  return bench_cpu_seconds (CLOCK_PROCESS_CPUTIME_ID);
}

static double
seconds_since (double start)
{
  return cpu_time () - start;
}

/* The whole analysis as the application runs it: in processor time on
 * one thread, in wall-clock time on more */
static double
time_analyzer (Bench *bench,
               guint  n_threads)
{
  double seconds[N_RUNS];

  dl_analyzer_set_max_threads (n_threads);
  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GPtrArray) actors = NULL;
      g_autoptr(GPtrArray) events = NULL;
      gint64 wall = g_get_monotonic_time ();
      double start = cpu_time ();

      dl_analyzer_run (bench->articles, &actors, &events, NULL, NULL);
      if (n_threads == 1)
        seconds[run] = seconds_since (start);
      else
        seconds[run] = (g_get_monotonic_time () - wall) / (double) G_USEC_PER_SEC;
      bench->n_events = events != NULL ? events->len : 0;
    }
  dl_analyzer_set_max_threads (0);
  return median_of (seconds);
}

/* The per-article stages of dl-analyzer.c's analyse_article(), each timed */
static GPtrArray *
analyse_articles (Bench  *bench,
                  double *seconds)
{
  GPtrArray *analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);

  for (guint i = 0; i < bench->articles->len; i++)
    {
      DlArticle *article = g_ptr_array_index (bench->articles, i);
      DlArticleAnalysis *analysis = dl_article_analysis_new (article);
      const char *text = dl_article_get_text (article);
      gsize length = dl_article_get_text_length (article);
      double start = cpu_time ();

      analysis->sentences = dl_segment_sentences (text, length);
      seconds[STAGE_SEGMENT] += seconds_since (start);
      start = cpu_time ();
      analysis->timexes = dl_timex_find (text, length, analysis->dct);
      seconds[STAGE_TIMEX] += seconds_since (start);
      start = cpu_time ();
      analysis->mentions = dl_entities_find (text, length, analysis->sentences);
      seconds[STAGE_ENTITIES] += seconds_since (start);
      start = cpu_time ();
      dl_article_analysis_parse (analysis);
      seconds[STAGE_SYNTAX] += seconds_since (start);
      g_ptr_array_add (analyses, analysis);
    }
  return analyses;
}

static GPtrArray *
extract_events (GPtrArray *analyses)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < analyses->len; i++)
    {
      g_autoptr(GPtrArray) found = dl_event_extractor_extract (g_ptr_array_index (analyses, i));

      for (guint k = 0; k < found->len; k++)
        g_ptr_array_add (events, g_object_ref (g_ptr_array_index (found, k)));
    }
  return dl_event_extractor_merge (events);
}

/* One run of the stages on this thread; the second reading of the
 * articles that get a date (dl-analyzer.c) is left out */
static void
time_stages_once (Bench  *bench,
                  double *seconds)
{
  g_autoptr(GPtrArray) analyses = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) dcts = NULL;
  double start;

  analyses = analyse_articles (bench, seconds);
  start = cpu_time ();
  actors = dl_actor_resolver_resolve (analyses);
  seconds[STAGE_ACTORS] += seconds_since (start);
  start = cpu_time ();
  merged = extract_events (analyses);
  seconds[STAGE_EVENTS] += seconds_since (start);
  start = cpu_time ();
  dcts = dl_events_infer_dcts (analyses, merged);
  seconds[STAGE_INFER] += seconds_since (start);
}

static void
time_stages (Bench  *bench,
             double  medians[N_STAGES])
{
  double seconds[N_STAGES][N_RUNS];

  for (guint run = 0; run < N_RUNS; run++)
    {
      double once[N_STAGES] = { 0 };

      time_stages_once (bench, once);
      for (guint s = 0; s < N_STAGES; s++)
        seconds[s][run] = once[s];
    }
  for (guint s = 0; s < N_STAGES; s++)
    medians[s] = median_of (seconds[s]);
}

static void
print_stages (Bench        *bench,
              const double  medians[N_STAGES],
              double        one_thread)
{
  double sum = 0;

  g_print ("pipeline: stages on one thread (medians):\n");
  for (guint s = 0; s < N_STAGES; s++)
    {
      g_print ("  %-24s %7.3f s %8.2f MB/s %5.1f%%\n", stage_names[s], medians[s],
               bench->total / 1e6 / medians[s], 100 * medians[s] / one_thread);
      sum += medians[s];
    }
  /* The second pass over the dated articles, and the noise of taking
   * each stage's median apart: it may come out below zero */
  g_print ("  %-24s %7.3f s %8s      %5.1f%%\n", "the rest, second pass",
           one_thread - sum, "", 100 * (one_thread - sum) / one_thread);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = argc > 1 ? argv[1] : g_getenv ("DATELINE_SAMPLE_DIR");
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  double medians[N_STAGES];
  double one_thread, pool;
  Bench bench = { 0 };

  if (dir == NULL)
    {
      g_printerr ("Usage: %s DIRECTORY (or set DATELINE_SAMPLE_DIR)\n", argv[0]);
      return EXIT_SUCCESS;
    }
  texts = load_texts (dir);
  if (texts->len == 0)
    {
      g_printerr ("No UTF-8 text in %s\n", dir);
      return EXIT_SUCCESS;
    }
  articles = replicate (texts, &bench.total);
  bench.articles = articles;

  /* Loads the models, so that no run below pays for it */
  time_stages_once (&bench, medians);
  one_thread = time_analyzer (&bench, 1);
  pool = time_analyzer (&bench, 0);
  time_stages (&bench, medians);

  g_print ("pipeline: %u articles, %.2f MB, %u events, %u processors\n",
           articles->len, bench.total / 1e6, bench.n_events, g_get_num_processors ());
  g_print ("pipeline: one thread (per core, processor time): median %.3f s: %.2f MB/s, %.0f articles/s\n",
           one_thread, bench.total / 1e6 / one_thread, articles->len / one_thread);
  g_print ("pipeline: thread pool (wall-clock time): median %.3f s: %.2f MB/s, %.0f articles/s\n",
           pool, bench.total / 1e6 / pool, articles->len / pool);
  print_stages (&bench, medians, one_thread);
  return EXIT_SUCCESS;
}
