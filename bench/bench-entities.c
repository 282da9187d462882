/* bench-entities.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Throughput of the name tagger, one thread: every sentence of CoNLL-2003
 * valid.txt through dl_entities_tag_tokens(), five times. Prints the
 * model's load time and the median in tokens per second; never fails on
 * time, and skips when the corpus is absent.
 *
 *   bench-entities [FILE]   (FILE defaults to ../shared/corpora/conll2003/valid.txt)
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dl-entities.h"
#include "dl-ner.h"

#define N_RUNS 5

/* Sentences as NULL-terminated arrays of words */
static GPtrArray *
read_sentences (const char *contents,
                guint      *n_tokens)
{
  GPtrArray *sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

  *n_tokens = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *space = strchr (lines[i], ' ');

      if (space != NULL && !g_str_has_prefix (lines[i], "-DOCSTART-"))
        {
          g_ptr_array_add (words, g_strndup (lines[i], space - lines[i]));
          continue;
        }
      if (words->len == 0)
        continue;
      *n_tokens += words->len;
      g_ptr_array_add (words, NULL);
      g_ptr_array_add (sentences, g_ptr_array_steal (words, NULL));
    }
  return sentences;
}

static double
run_once (GPtrArray *sentences,
          guint      n_tokens)
{
  gint64 start = g_get_monotonic_time ();
  double seconds;

  for (guint k = 0; k < sentences->len; k++)
    {
      const char * const *words = g_ptr_array_index (sentences, k);
      g_autoptr(GPtrArray) tags = dl_entities_tag_tokens (words, g_strv_length ((char **) words));
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  return n_tokens / MAX (seconds, 1e-9);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* argv[1]; else valid.txt from the source tree (found from
 * DATELINE_SAMPLE_DIR when run as a benchmark) or from here */
static char *
default_path (int   argc,
              char *argv[])
{
  const char *sample = g_getenv ("DATELINE_SAMPLE_DIR");

  if (argc > 1)
    return g_strdup (argv[1]);
  if (sample != NULL)
    return g_build_filename (sample, "..", "..", "..", "shared", "corpora", "conll2003",
                             "valid.txt", NULL);
  return g_strdup ("../shared/corpora/conll2003/valid.txt");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = default_path (argc, argv);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) sentences = NULL;
  DlNerModel *model;
  double rates[N_RUNS];
  guint n_tokens;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_print ("entities: %s is absent, nothing to measure\n", path);
      return 0;
    }
  sentences = read_sentences (contents, &n_tokens);
  model = dl_ner_model_get_default ();
  if (model != NULL)
    g_print ("entities: model loaded in %.2f ms\n", dl_ner_model_get_load_time (model) * 1e3);
  else
    g_print ("entities: no model, measuring the rules\n");
  for (guint k = 0; k < N_RUNS; k++)
    rates[k] = run_once (sentences, n_tokens);
  qsort (rates, N_RUNS, sizeof rates[0], compare_doubles);
  g_print ("entities: %u sentences, %u tokens; median %.0f tokens/s (min %.0f, max %.0f)\n",
           sentences->len, n_tokens, rates[N_RUNS / 2], rates[0], rates[N_RUNS - 1]);
  return 0;
}
