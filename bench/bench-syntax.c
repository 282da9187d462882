/* bench-syntax.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Throughput of the part of speech tagger and of the parser, one thread:
 * every sentence of UD English EWT dev tagged, then parsed with those
 * tags, five times each. Prints the models' load times and the medians
 * in tokens per second of the thread's own processor time, which other
 * work on a busy machine changes less than the clock's; never fails on
 * time, and skips when the corpus or the models are absent.
 *
 *   bench-syntax [FILE]   (FILE defaults to ../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu)
 */
#include "config.h"

#include <stdlib.h>

#include "bench-common.h"
#include "dl-parser.h"
#include "dl-pos.h"
#include "dl-syntax-train.h"

#define N_RUNS 5

/* The processor time this thread has used, in seconds */
static double
cpu_now (void)
{
  return bench_cpu_seconds (CLOCK_THREAD_CPUTIME_ID);
}

/* The tags of every sentence, in the order of @sentences */
static double
tag_once (DlPosModel *tagger,
          GPtrArray  *sentences,
          GPtrArray  *tags,
          guint       n_tokens)
{
  double start = cpu_now ();

  g_ptr_array_set_size (tags, 0);
  for (guint k = 0; k < sentences->len; k++)
    {
      DlSyntaxSentence *s = g_ptr_array_index (sentences, k);

      g_ptr_array_add (tags, dl_pos_model_tag (tagger, (const char * const *) s->forms, s->n));
    }
  return n_tokens / MAX (cpu_now () - start, 1e-9);
}

static double
parse_once (DlParserModel *parser,
            GPtrArray     *sentences,
            GPtrArray     *tags,
            guint          n_tokens)
{
  double start = cpu_now ();

  for (guint k = 0; k < sentences->len; k++)
    {
      DlSyntaxSentence *s = g_ptr_array_index (sentences, k);
      g_autofree DlDependency *deps = dl_parser_model_parse (parser, (const char * const *) s->forms,
                                                             g_ptr_array_index (tags, k), s->n);
    }
  return n_tokens / MAX (cpu_now () - start, 1e-9);
}

/* argv[1]; else EWT dev from the source tree (found from
 * DATELINE_SAMPLE_DIR when run as a benchmark) or from here */
static char *
default_path (int   argc,
              char *argv[])
{
  const char *sample = g_getenv ("DATELINE_SAMPLE_DIR");

  if (argc > 1)
    return g_strdup (argv[1]);
  if (sample != NULL)
    return g_build_filename (sample, "..", "..", "..", "shared", "corpora", "ud-english-ewt",
                             "en_ewt-ud-dev.conllu", NULL);
  return g_strdup ("../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu");
}

static void
print_median (const char *what,
              double     *rates)
{
  double median = bench_median (rates, N_RUNS);

  g_print ("syntax: %s median %.0f tokens/s (min %.0f, max %.0f)\n", what, median,
           rates[0], rates[N_RUNS - 1]);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = default_path (argc, argv);
  g_autoptr(GPtrArray) sentences = dl_syntax_read_conllu (path, NULL);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  DlPosModel *tagger = dl_pos_model_get_default ();
  DlParserModel *parser = dl_parser_model_get_default ();
  double tag_rates[N_RUNS], parse_rates[N_RUNS];
  guint n_tokens = 0;

  if (sentences == NULL || tagger == NULL || parser == NULL)
    {
      g_print ("syntax: %s or the models are absent, nothing to measure\n", path);
      return 0;
    }
  for (guint k = 0; k < sentences->len; k++)
    n_tokens += ((DlSyntaxSentence *) g_ptr_array_index (sentences, k))->n;
  g_print ("syntax: tagger loaded in %.2f ms, parser in %.2f ms\n",
           dl_pos_model_get_load_time (tagger) * 1e3, dl_parser_model_get_load_time (parser) * 1e3);
  for (guint k = 0; k < N_RUNS; k++)
    tag_rates[k] = tag_once (tagger, sentences, tags, n_tokens);
  for (guint k = 0; k < N_RUNS; k++)
    parse_rates[k] = parse_once (parser, sentences, tags, n_tokens);
  g_print ("syntax: %u sentences, %u tokens\n", sentences->len, n_tokens);
  print_median ("tagging", tag_rates);
  print_median ("parsing", parse_rates);
  return 0;
}
