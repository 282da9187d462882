/* bench-project.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving and opening a large project: 10,000 articles of about 4 KB,
 * each with ten actors mentioned three times and three events reported
 * once or twice, made directly (the analyser would take minutes). The
 * actors come from a shared pool, as the same people recur in the news.
 * Prints the median save and load times over five runs and the file's
 * size; never fails on time.
 *
 *   bench-project [N_ARTICLES]
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-common.h"
#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-project.h"

#define N_RUNS 5
#define DEFAULT_ARTICLES 10000
#define TEXT_BYTES 4000
#define ACTORS_PER_ARTICLE 10
#define MENTIONS_PER_ACTOR 3
#define EVENTS_PER_ARTICLE 3

static const char *words[] = {
  "the", "council", "minister", "agreed", "on", "a", "new", "harbour", "plan", "after", "talks",
  "with", "the", "union", "in", "Évora", "yesterday", "officials", "said", "that", "prices",
  "rose", "sharply", "while", "farmers", "protested", "outside", "parliament", "and", "the",
  "mayor", "promised", "reforms", "before", "winter", "café", "owners", "welcomed", "decision",
};

static char *
make_text (GRand *rand)
{
  GString *text = g_string_sized_new (TEXT_BYTES + 64);

  while (text->len < TEXT_BYTES)
    {
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append_c (text, g_rand_int_range (rand, 0, 12) == 0 ? '.' : ' ');
    }
  return g_string_free (text, FALSE);
}

static GPtrArray *
make_actor_pool (guint  n,
                 GRand *rand)
{
  GPtrArray *pool = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %u Lima", i);
      g_autofree char *alias = g_strdup_printf ("Lima %u", i);
      DlActor *actor = dl_actor_new (name, (DlActorKind) g_rand_int_range (rand, 0, DL_ACTOR_KIND_OTHER + 1));

      dl_actor_add_alias (actor, alias);
      if (i % 5 == 0)
        dl_actor_add_role (actor, "Minister");
      g_ptr_array_add (pool, actor);
    }
  return pool;
}

static DlEvent *
make_event (DlArticle *article,
            DlArticle *other,
            DlActor  **actors,
            GRand     *rand)
{
  g_autofree char *value = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 2000, 2021),
                                            g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
  g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (value, DL_CERTAINTY_STATED);
  guint start = g_rand_int_range (rand, 0, 3000);
  g_autofree char *quote = dl_article_dup_slice (article, start, start + 120);
  DlEvent *event = dl_event_new ("Officials agree on a harbour plan");

  dl_event_set_predicate (event, "agree");
  dl_event_set_when (event, when);
  dl_event_add_source (event, article, start, start + 120, quote);
  if (other != NULL)
    dl_event_add_source (event, other, start, start + 120, quote);
  for (guint a = 0; a < 3; a++)
    dl_event_add_actor (event, actors[g_rand_int_range (rand, 0, ACTORS_PER_ARTICLE)]);
  return event;
}

static DlCorpus *
make_corpus (guint n_articles)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  g_autoptr(GPtrArray) pool = make_actor_pool (n_articles * 2, rand);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  DlCorpus *corpus = dl_corpus_new ();

  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *path = g_strdup_printf ("news/%05u.html", i);
      g_autofree char *text = make_text (rand);
      DlArticle *article = dl_article_new (path, NULL, text);
      DlActor *chosen[ACTORS_PER_ARTICLE];

      dl_corpus_add_article (corpus, article);
      g_ptr_array_add (articles, article);
      for (guint a = 0; a < ACTORS_PER_ARTICLE; a++)
        {
          chosen[a] = g_ptr_array_index (pool, g_rand_int_range (rand, 0, pool->len));
          g_hash_table_add (used, chosen[a]);
          for (guint m = 0; m < MENTIONS_PER_ACTOR; m++)
            {
              guint start = g_rand_int_range (rand, 0, 3900);
              dl_actor_add_mention (chosen[a], article, start, start + 12);
            }
        }
      for (guint e = 0; e < EVENTS_PER_ARTICLE; e++)
        g_ptr_array_add (events, make_event (article, i > 0 && e == 0 ? g_ptr_array_index (articles, i - 1) : NULL,
                                             chosen, rand));
    }
  for (guint i = 0; i < pool->len; i++)
    if (g_hash_table_contains (used, g_ptr_array_index (pool, i)))
      g_ptr_array_add (actors, g_object_ref (g_ptr_array_index (pool, i)));
  dl_corpus_set_analysis (corpus, actors, events);
  return corpus;
}

static GHashTable *
make_view_state (void)
{
  GHashTable *view_state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_hash_table_insert (view_state, g_strdup ("view"), g_strdup ("timeline"));
  g_hash_table_insert (view_state, g_strdup ("timeline-span"), g_strdup ("946684800 1609459200"));
  return view_state;
}

static GPtrArray *
make_edits (void)
{
  GPtrArray *edits = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 200; i++)
    g_ptr_array_add (edits, g_strdup_printf ("{\"op\": \"rename-actor\", \"actor\": \"p%u\", \"name\": \"X\"}", i));
  return edits;
}

int
main (int   argc,
      char *argv[])
{
  guint n_articles = argc > 1 ? (guint) atoi (argv[1]) : DEFAULT_ARTICLES;
  g_autofree char *dir = g_dir_make_tmp ("dateline-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.dateline", NULL);
  g_autoptr(GHashTable) view_state = make_view_state ();
  g_autoptr(GPtrArray) edits = make_edits ();
  g_autoptr(DlCorpus) corpus = NULL;
  double save_ms[N_RUNS], load_ms[N_RUNS], start;
  GStatBuf st = { 0 };

  start = bench_now_ms ();
  corpus = make_corpus (n_articles);
  printf ("corpus: %u articles, %u actors, %u events (made in %.0f ms)\n", n_articles,
          g_list_model_get_n_items (dl_corpus_get_actors (corpus)),
          g_list_model_get_n_items (dl_corpus_get_events (corpus)), bench_now_ms () - start);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DlCorpus) loaded = NULL;

      start = bench_now_ms ();
      if (!dl_project_save (corpus, view_state, edits, path, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      save_ms[run] = bench_now_ms () - start;

      start = bench_now_ms ();
      loaded = dl_project_load (path, NULL, NULL, &error);
      if (loaded == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      load_ms[run] = bench_now_ms () - start;
    }

  g_stat (path, &st);
  printf ("save: median %.0f ms\n", bench_median (save_ms, N_RUNS));
  printf ("load: median %.0f ms\n", bench_median (load_ms, N_RUNS));
  printf ("file: %.1f MB\n", st.st_size / 1e6);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
