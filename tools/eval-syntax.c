/* eval-syntax.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scores the part of speech tagger, the lemmatiser and the parser on a
 * treebank in CoNLL-U, by default UD English EWT dev:
 *
 *   build/tools/eval-syntax [--by-relation] [FILE]
 *
 * The words of the treebank are given as they are (its tokenisation);
 * multiword tokens and empty nodes are left out, as the CoNLL 2018
 * shared task does. The parser sees the tagger's tags, not the true ones.
 * Attachment counts every word, punctuation included, as CoNLL 2018 does;
 * a relation counts as right only with its subtype ("obl:tmod").
 * --by-relation also prints, for each true relation, how many words have
 * it and how many of them got a wrong head, most wrong heads first.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dl-parser.h"
#include "dl-pos.h"
#include "dl-syntax-train.h"

typedef struct
{
  guint words, upos, lemmas, heads, labelled;
  GHashTable *relations;   /* true relation → guint[2]: words, wrong heads */
} Counts;

static void
count_relation (Counts     *c,
                const char *deprel,
                gboolean    right)
{
  guint *counts = g_hash_table_lookup (c->relations, deprel);

  if (counts == NULL)
    {
      counts = g_new0 (guint, 2);
      g_hash_table_insert (c->relations, g_strdup (deprel), counts);
    }
  counts[0]++;
  counts[1] += !right;
}

static gint
compare_wrong (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const guint *x = g_hash_table_lookup (data, a);
  const guint *y = g_hash_table_lookup (data, b);

  return (x[1] < y[1]) - (x[1] > y[1]);
}

static void
print_relations (Counts *c)
{
  g_autoptr(GList) names = g_hash_table_get_keys (c->relations);

  names = g_list_sort_with_data (names, compare_wrong, c->relations);
  printf ("relation        words   wrong heads  share of all errors\n");
  for (GList *l = names; l != NULL; l = l->next)
    {
      const guint *counts = g_hash_table_lookup (c->relations, l->data);

      printf ("%-14s %6u  %6u %5.1f%%  %5.1f%%\n", (const char *) l->data, counts[0], counts[1],
              100.0 * counts[1] / counts[0], 100.0 * counts[1] / MAX (c->words - c->heads, 1));
    }
}

static void
score_sentence (DlPosModel       *tagger,
                DlParserModel    *parser,
                DlSyntaxSentence *s,
                Counts           *c)
{
  const char * const *forms = (const char * const *) s->forms;
  g_autofree DlUpos *tags = dl_pos_model_tag (tagger, forms, s->n);
  g_auto(GStrv) lemmas = dl_pos_model_lemmatise (tagger, forms, tags, s->n);
  g_autofree DlDependency *deps = dl_parser_model_parse (parser, forms, tags, s->n);

  for (guint i = 0; i < s->n; i++)
    {
      gboolean head = deps[i].head + 1 == s->heads[i + 1];

      c->words++;
      c->upos += tags[i] == s->upos[i];
      c->lemmas += strcmp (lemmas[i], s->lemmas[i]) == 0;
      c->heads += head;
      c->labelled += head && strcmp (deps[i].deprel, s->deprels[i]) == 0;
      count_relation (c, s->deprels[i], head);
    }
}

int
main (int   argc,
      char *argv[])
{
  gboolean by_relation = argc > 1 && strcmp (argv[1], "--by-relation") == 0;
  const char *path = argc > 1 + by_relation ? argv[1 + by_relation]
                                            : "../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sentences = dl_syntax_read_conllu (path, &error);
  g_autoptr(GHashTable) relations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  DlPosModel *tagger = dl_pos_model_get_default ();
  DlParserModel *parser = dl_parser_model_get_default ();
  Counts c = { 0, 0, 0, 0, 0, relations };
  gint64 start;
  double seconds;

  if (sentences == NULL)
    g_error ("eval-syntax: %s", error->message);
  if (tagger == NULL || parser == NULL)
    g_error ("eval-syntax: no model; run train-syntax first");
  start = g_get_monotonic_time ();
  for (guint k = 0; k < sentences->len; k++)
    score_sentence (tagger, parser, g_ptr_array_index (sentences, k), &c);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  printf ("%s: %u sentences, %u words\n", path, sentences->len, c.words);
  printf ("UPOS accuracy   %.4f\n", (double) c.upos / MAX (c.words, 1));
  printf ("lemma accuracy  %.4f\n", (double) c.lemmas / MAX (c.words, 1));
  printf ("UAS             %.4f   (punctuation included)\n", (double) c.heads / MAX (c.words, 1));
  printf ("LAS             %.4f\n", (double) c.labelled / MAX (c.words, 1));
  printf ("%.0f words/s tagged, lemmatised and parsed\n", c.words / MAX (seconds, 1e-9));
  if (by_relation)
    print_relations (&c);
  return 0;
}
