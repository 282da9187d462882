/* eval-entities.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scores the entity tagger on a CoNLL-2003 file the way conlleval does:
 * a phrase counts when its type and both of its boundaries are right.
 *
 *   eval-entities [FILE]    (default: ../shared/corpora/conll2003/valid.txt)
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dl-entities.h"

static const char * const types[] = { "PER", "ORG", "LOC", "MISC" };

typedef struct
{
  guint gold[G_N_ELEMENTS (types)];
  guint predicted[G_N_ELEMENTS (types)];
  guint correct[G_N_ELEMENTS (types)];
} Counts;

static gint
type_index (const char *tag)
{
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (strcmp (tag + 2, types[i]) == 0)
      return i;
  return -1;
}

/* Phrases as "start:end:type" strings, from BIO (or IOB1) tags */
static GHashTable *
phrases_of (GPtrArray *tags)
{
  GHashTable *phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint start = -1, type = -1;

  for (guint i = 0; i <= tags->len; i++)
    {
      const char *tag = i < tags->len ? g_ptr_array_index (tags, i) : "O";
      gint t = tag[0] == 'O' ? -1 : type_index (tag);
      gboolean begins = t >= 0 && (tag[0] == 'B' || t != type);

      if (start >= 0 && (t < 0 || begins))
        {
          g_hash_table_add (phrases, g_strdup_printf ("%d:%u:%d", start, i, type));
          start = -1;
        }
      if (begins)
        start = i;
      type = t;
    }
  return phrases;
}

static void
count_phrases (Counts    *counts,
               GPtrArray *gold,
               GPtrArray *predicted)
{
  g_autoptr(GHashTable) gold_phrases = phrases_of (gold);
  g_autoptr(GHashTable) predicted_phrases = phrases_of (predicted);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, gold_phrases);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint t = atoi (strrchr (key, ':') + 1);

      counts->gold[t]++;
      counts->correct[t] += g_hash_table_contains (predicted_phrases, key) ? 1 : 0;
    }
  g_hash_table_iter_init (&iter, predicted_phrases);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    counts->predicted[atoi (strrchr (key, ':') + 1)]++;
}

static void
score_sentence (Counts    *counts,
                GPtrArray *words,
                GPtrArray *gold)
{
  g_autoptr(GPtrArray) predicted = NULL;

  if (words->len == 0)
    return;
  predicted = dl_entities_tag_tokens ((const char * const *) words->pdata, words->len);
  count_phrases (counts, gold, predicted);
  g_ptr_array_set_size (words, 0);
  g_ptr_array_set_size (gold, 0);
}

static void
print_line (const char *label,
            guint       gold,
            guint       predicted,
            guint       correct)
{
  double p = predicted > 0 ? 100.0 * correct / predicted : 0;
  double r = gold > 0 ? 100.0 * correct / gold : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;

  printf ("%-8s precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (gold %u, found %u, correct %u)\n",
          label, p, r, f, gold, predicted, correct);
}

static void
print_counts (Counts *counts)
{
  guint gold = 0, predicted = 0, correct = 0;

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      gold += counts->gold[t];
      predicted += counts->predicted[t];
      correct += counts->correct[t];
    }
  print_line ("overall", gold, predicted, correct);
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    print_line (types[t], counts->gold[t], counts->predicted[t], counts->correct[t]);
}

int
main (int   argc,
      char *argv[])
{
  const char *path = argc > 1 ? argv[1] : "../shared/corpora/conll2003/valid.txt";
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) gold = g_ptr_array_new_with_free_func (g_free);
  Counts counts = { { 0 } };

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_printerr ("eval-entities: %s\n", error->message);
      return 1;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = g_strsplit (g_strstrip (lines[i]), " ", -1);
      guint n = g_strv_length (columns);

      if (n < 2 || g_str_equal (columns[0], "-DOCSTART-"))
        {
          score_sentence (&counts, words, gold);
          continue;
        }
      g_ptr_array_add (words, g_strdup (columns[0]));
      g_ptr_array_add (gold, g_strdup (columns[n - 1]));
    }
  score_sentence (&counts, words, gold);
  print_counts (&counts);
  return 0;
}
