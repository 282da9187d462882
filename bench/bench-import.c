/* bench-import.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scale benchmark: 10,000 articles of about 4 KB each (text, HTML
 * and JSON Lines dumps, written by bench/make-articles) read from disk,
 * imported and analysed end to end, as the window does it. Prints the
 * medians of three runs of each stage, the articles per second on all
 * processors and per processor, the peak memory, and how much longer
 * analysing takes than merely reading the bytes. Never fails on time.
 *
 *   bench-import [FOLDER]
 *
 * Without a folder (or $DATELINE_BENCH_DIR) the articles are written
 * into a temporary one and removed at the end; $DATELINE_BENCH_ARTICLES
 * sets how many (10000), $DATELINE_BENCH_RUNS the runs of each stage (3),
 * $DATELINE_BENCH_BUDGET the seconds they may take in all (1200): the
 * runs that would not fit are not made.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "bench-articles.h"
#include "bench-common.h"
#include "bench-memory.h"
#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-article-analysis.h"
#include "dl-import.h"

#define DEFAULT_ARTICLES 10000
#define DEFAULT_RUNS 3
#define MAX_RUNS 9
/* Fewer runs are made when more would take longer than this in all, so
 * that the benchmark ends within meson's timeout however slow it is */
#define DEFAULT_BUDGET_SECONDS 1200
/* How many articles the attribution of memory analyses one by one */
#define N_HELD_SAMPLE 400

typedef struct
{
  GPtrArray *files;
  GPtrArray **slots;
} ImportBatch;

/* One run of a stage */
typedef struct
{
  double wall;
  double cpu;
  gsize peak_rss;
} Timing;

/* Where a run started */
typedef struct
{
  double wall_ms;
  double cpu;
} Clock;

typedef enum
{
  STAGE_READ,
  STAGE_IMPORT,
  STAGE_ANALYSE,
  N_STAGES
} Stage;

static const char * const stage_names[N_STAGES] = { "raw read", "import", "analysis" };

typedef struct
{
  GFile *folder;
  GPtrArray *files;
  guint n_runs;
  guint budget;
  guint n_articles;
  guint n_events;
  guint n_actors;
  gsize n_bytes;
  gsize rss_before;
  Timing runs[N_STAGES][MAX_RUNS];
} Bench;

static guint
env_uint (const char *name,
          guint       fallback,
          guint       max)
{
  const char *value = g_getenv (name);
  guint64 parsed;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, max, &parsed, NULL))
    return fallback;
  return (guint) parsed;
}

static double
process_cpu (void)
{
  return bench_cpu_seconds (CLOCK_PROCESS_CPUTIME_ID);
}

/* Gives freed memory back, so that the resident size says what is held */
static void
trim_heap (void)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

/* (a) Every file's bytes, nothing else */
static gsize
read_raw (GPtrArray *files)
{
  gsize total = 0;

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_file_get_path (g_ptr_array_index (files, i));
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, NULL))
        total += length;
    }
  return total;
}

static void
import_in_pool (gpointer data,
                gpointer user_data)
{
  ImportBatch *batch = user_data;
  guint index = GPOINTER_TO_UINT (data) - 1;
  GFile *file = g_ptr_array_index (batch->files, index);

  batch->slots[index] = dl_import_file_articles (file, NULL, NULL, NULL, NULL);
}

/* (b) The files found and imported on one thread per processor, the
 * articles kept in the order of the files */
static GPtrArray *
import_all (GFile *folder)
{
  g_autoptr(GPtrArray) files = dl_import_collect_files (&folder, 1, NULL);
  g_autofree GPtrArray **slots = g_new0 (GPtrArray *, files->len + 1);
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);
  ImportBatch batch = { files, slots };
  GThreadPool *pool;

  pool = g_thread_pool_new (import_in_pool, &batch, g_get_num_processors (), FALSE, NULL);
  for (guint i = 0; i < files->len; i++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);

  for (guint i = 0; i < files->len; i++)
    if (slots[i] != NULL)
      g_ptr_array_extend_and_steal (articles, slots[i]);
  dl_import_mark_duplicates (articles);
  return articles;
}

/* (c) What the window analyses: the articles that are not duplicates */
static gboolean
analyse_all (GPtrArray *articles,
             guint     *n_events,
             guint     *n_actors)
{
  g_autoptr(GPtrArray) originals = g_ptr_array_new ();
  g_autoptr(DlAnalysisResult) result = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < articles->len; i++)
    if (dl_article_get_duplicate_of (g_ptr_array_index (articles, i)) == NULL)
      g_ptr_array_add (originals, g_ptr_array_index (articles, i));
  if (!dl_analyzer_run_full (originals, &result, NULL, &error))
    {
      g_printerr ("bench-import: %s\n", error->message);
      return FALSE;
    }
  *n_events = result->events->len;
  *n_actors = result->actors->len;
  return TRUE;
}

/* A run starts with the memory freed by the one before given back */
static Clock
clock_start (void)
{
  Clock clock;

  trim_heap ();
  bench_memory_reset_peak ();
  clock.wall_ms = bench_now_ms ();
  clock.cpu = process_cpu ();
  return clock;
}

static Timing
clock_stop (Clock clock)
{
  Timing timing;

  timing.wall = (bench_now_ms () - clock.wall_ms) / 1000.0;
  timing.cpu = process_cpu () - clock.cpu;
  timing.peak_rss = bench_memory_get_peak ();
  return timing;
}

/* One run of each stage, in the order the window goes through them */
static void
run_once (Bench *bench,
          guint  run)
{
  g_autoptr(GPtrArray) articles = NULL;
  Clock clock;

  clock = clock_start ();
  bench->n_bytes = read_raw (bench->files);
  bench->runs[STAGE_READ][run] = clock_stop (clock);

  clock = clock_start ();
  articles = import_all (bench->folder);
  bench->runs[STAGE_IMPORT][run] = clock_stop (clock);
  bench->n_articles = articles->len;

  clock = clock_start ();
  analyse_all (articles, &bench->n_events, &bench->n_actors);
  bench->runs[STAGE_ANALYSE][run] = clock_stop (clock);
}

static double
median_of (Bench  *bench,
           Stage   stage,
           gboolean cpu)
{
  double values[MAX_RUNS];

  for (guint i = 0; i < bench->n_runs; i++)
    values[i] = cpu ? bench->runs[stage][i].cpu : bench->runs[stage][i].wall;
  return MAX (bench_median (values, bench->n_runs), 1e-9);
}

static gsize
peak_of (Bench *bench,
         Stage  stage)
{
  gsize peak = 0;

  for (guint i = 0; i < bench->n_runs; i++)
    peak = MAX (peak, bench->runs[stage][i].peak_rss);
  return peak;
}

static double
mb (gsize bytes)
{
  return bytes / (1024.0 * 1024.0);
}

static void
print_stage (Bench *bench,
             Stage  stage)
{
  double wall = median_of (bench, stage, FALSE);
  double cpu = median_of (bench, stage, TRUE);
  gsize peak = peak_of (bench, stage);

  g_print ("bench-import: %-9s median %8.3f s wall, %8.3f s processor: %9.0f articles/s, "
           "%9.0f per processor-second; peak RSS %7.1f MB (%+.1f MB)\n",
           stage_names[stage], wall, cpu, bench->n_articles / wall, bench->n_articles / cpu,
           mb (peak), mb (peak) - mb (bench->rss_before));
}

static void
print_summary (Bench *bench)
{
  double raw = median_of (bench, STAGE_READ, FALSE);
  double imported = median_of (bench, STAGE_IMPORT, FALSE);
  double analysed = median_of (bench, STAGE_ANALYSE, FALSE);
  double cpu = median_of (bench, STAGE_IMPORT, TRUE) + median_of (bench, STAGE_ANALYSE, TRUE);

  g_print ("bench-import: %u files, %u articles, %.1f MB; %u actors, %u events; "
           "%u processors, medians of %u runs\n",
           bench->files->len, bench->n_articles, bench->n_bytes / 1e6, bench->n_actors,
           bench->n_events, g_get_num_processors (), bench->n_runs);
  for (Stage stage = 0; stage < N_STAGES; stage++)
    print_stage (bench, stage);
  g_print ("bench-import: end to end (import + analysis) %.3f s: %.0f articles/s on %u processors, "
           "%.0f articles per processor-second\n",
           imported + analysed, bench->n_articles / (imported + analysed),
           g_get_num_processors (), bench->n_articles / cpu);
  g_print ("bench-import: analysis takes %.1f times as long as reading the bytes "
           "(import and analysis: %.1f times)\n",
           analysed / raw, (imported + analysed) / raw);
  g_print ("bench-import: peak RSS %.1f MB (ru_maxrss), %.1f MB before the runs, models loaded\n",
           mb (bench_memory_get_max_rss ()), mb (bench->rss_before));
}

/* The first analysis loads the models: before the runs, so that the
 * memory before them includes the models and no run pays for loading */
static void
load_models (void)
{
  g_autoptr(DlArticle) article = dl_article_new ("warm-up.txt", NULL,
                                                 "OSLO, May 3 (Wire) - The minister met "
                                                 "Anna Berg in Oslo on Monday, May 3, 2021.");
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();
  g_autoptr(DlAnalysisResult) result = NULL;

  g_ptr_array_add (articles, article);
  dl_analyzer_run_full (articles, &result, NULL, NULL);
}

/* What dl_analyzer_run_full() holds for each article until it returns:
 * the article's analysis (sentences, temporal expressions, names, and
 * each sentence tagged and parsed), measured on a sample of the
 * articles, analysed the way dl-analyzer.c does and all kept. Measured
 * before the runs: the heap they leave behind would hide the growth. */
static void
print_held (Bench *bench)
{
  g_autoptr(GPtrArray) articles = import_all (bench->folder);
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);
  guint n = MIN (articles->len, N_HELD_SAMPLE);
  gsize text = 0, before, after;

  /* Bytes handed out where the allocator tells, else resident pages */
  gsize (*measure) (void) = bench_memory_get_allocated () > 0 ? bench_memory_get_allocated
                                                               : bench_memory_get_rss;

  trim_heap ();
  before = measure ();
  for (guint i = 0; i < n; i++)
    {
      DlArticle *article = g_ptr_array_index (articles, i);

      text += dl_article_get_text_length (article);
      g_ptr_array_add (analyses, dl_article_analysis_read (article));
    }
  trim_heap ();
  after = measure ();
  if (after <= before)
    {
      g_print ("bench-import: the memory an analysis holds could not be told apart\n");
      return;
    }
  g_print ("bench-import: an article's analysis, kept until the analysis ends, holds %.1f KB "
           "(%.1f times its %.1f KB of text; sample of %u): %.1f MB for %u articles\n",
           (after - before) / 1024.0 / n, (double) (after - before) / MAX (text, 1),
           text / 1024.0 / n, n, mb ((after - before) / n * (gsize) articles->len),
           articles->len);
}

/* Makes the runs that fit in the budget, and at least one */
static void
run_within_budget (Bench *bench)
{
  double start = bench_now_ms ();
  guint wanted = bench->n_runs;

  for (guint run = 0; run < wanted; run++)
    {
      double spent = (bench_now_ms () - start) / 1000.0;

      if (run > 0 && spent / run * (run + 1) > bench->budget)
        {
          g_print ("bench-import: %u of %u runs: one more would pass the budget of %u s "
                   "($DATELINE_BENCH_BUDGET)\n", run, wanted, bench->budget);
          bench->n_runs = run;
          return;
        }
      run_once (bench, run);
    }
}

static void
run_all (Bench *bench)
{
  bench_memory_start ();
  load_models ();
  trim_heap ();
  print_held (bench);
  trim_heap ();
  bench->rss_before = bench_memory_get_rss ();
  run_within_budget (bench);
  print_summary (bench);
  bench_memory_stop ();
}

int
main (int   argc,
      char *argv[])
{
  const char *given = argc > 1 ? argv[1] : g_getenv ("DATELINE_BENCH_DIR");
  guint n = env_uint ("DATELINE_BENCH_ARTICLES", DEFAULT_ARTICLES, 10000000);
  g_autofree char *made = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GPtrArray) files = NULL;
  Bench bench = { 0 };
  double start = bench_now_ms ();

  if (given == NULL && (made = bench_make_articles ("bench-import", n, NULL)) == NULL)
    return EXIT_SUCCESS;
  if (made != NULL)
    g_print ("bench-import: bench/make-articles wrote %u articles in %.1f s\n",
             n, (bench_now_ms () - start) / 1000.0);
  folder = g_file_new_for_path (given != NULL ? given : made);
  files = dl_import_collect_files (&folder, 1, NULL);
  bench.folder = folder;
  bench.files = files;
  bench.n_runs = env_uint ("DATELINE_BENCH_RUNS", DEFAULT_RUNS, MAX_RUNS);
  bench.budget = env_uint ("DATELINE_BENCH_BUDGET", DEFAULT_BUDGET_SECONDS, G_MAXUINT);
  if (files->len > 0)
    run_all (&bench);
  else
    g_printerr ("bench-import: no article in %s\n", g_file_peek_path (folder));
  if (made != NULL)
    bench_remove_folder (made);
  return EXIT_SUCCESS;
}
