/* bench-pipeline.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Throughput of the whole analysis: the sample articles, repeated to
 * about 2 MB of text, analysed five times. Prints the median; never
 * fails on time.
 */
#include "config.h"

#include <stdlib.h>

#include "dl-analyzer.h"
#include "dl-article.h"

#define TARGET_BYTES (2 * 1024 * 1024)
#define N_RUNS 5

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

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = argc > 1 ? argv[1] : g_getenv ("DATELINE_SAMPLE_DIR");
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  double seconds[N_RUNS];
  double median;
  guint n_events = 0;
  gsize total;

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
  articles = replicate (texts, &total);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GPtrArray) actors = NULL;
      g_autoptr(GPtrArray) events = NULL;
      gint64 start = g_get_monotonic_time ();

      dl_analyzer_run (articles, &actors, &events, NULL, NULL);
      seconds[run] = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
      n_events = events != NULL ? events->len : 0;
    }
  qsort (seconds, N_RUNS, sizeof (double), compare_doubles);
  median = MAX (seconds[N_RUNS / 2], 1e-9);

  g_print ("pipeline: %u articles, %.2f MB, %u events\n",
           articles->len, total / 1e6, n_events);
  g_print ("pipeline: median %.3f s: %.2f MB/s, %.0f articles/s\n",
           median, total / 1e6 / median, articles->len / median);
  return EXIT_SUCCESS;
}
