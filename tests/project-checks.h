/* project-checks.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers of test-project.c: a synthetic corpus made without the
 * analyser, view states and edits, a field-by-field comparison of two
 * corpora, and snapshots of files and folders to prove that nothing
 * was changed.
 */
#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-relation.h"

/* ----------------------------------------------------- a made corpus */

static const char synthetic_sentence[] =
  "The council of Évora met the harbour board on Tuesday and agreed on a new plan. ";

/* @n articles of about a kilobyte, three actors each mentioned twice in
 * every article, and one dated event per article */
static DlCorpus *
make_synthetic_corpus (guint n)
{
  DlCorpus *corpus = dl_corpus_new ();
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  static const char *names[] = { "Évora", "Harbour Board", "Ana Lima" };
  static const DlActorKind kinds[] = { DL_ACTOR_KIND_LOCATION, DL_ACTOR_KIND_ORGANIZATION,
                                       DL_ACTOR_KIND_PERSON };

  for (guint a = 0; a < G_N_ELEMENTS (names); a++)
    g_ptr_array_add (actors, dl_actor_new (names[a], kinds[a]));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *path = g_strdup_printf ("news/%04u.txt", i);
      g_autofree char *title = g_strdup_printf ("Report %u", i);
      g_autofree char *value = g_strdup_printf ("%04u-03-%02u", 2000 + i % 20, 1 + i % 28);
      g_autoptr(DlArticle) article = NULL;
      g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (value, DL_CERTAINTY_STATED);
      DlEvent *event = dl_event_new (title);

      for (guint s = 0; s < 12; s++)
        g_string_append (text, synthetic_sentence);
      article = dl_article_new (path, title, text->str);
      dl_corpus_add_article (corpus, article);
      for (guint a = 0; a < actors->len; a++)
        {
          dl_actor_add_mention (g_ptr_array_index (actors, a), article, 4 + a, 9 + a);
          dl_actor_add_mention (g_ptr_array_index (actors, a), article, 100 + a, 110 + a);
          dl_event_add_actor (event, g_ptr_array_index (actors, a));
        }
      dl_event_set_predicate (event, "meet");
      dl_event_set_when (event, when);
      dl_event_add_source (event, article, 0, 80, synthetic_sentence);
      g_ptr_array_add (events, event);
    }
  dl_corpus_set_analysis (corpus, actors, events);
  return corpus;
}

/* ------------------------------------------- view state and edits */

static GHashTable *
make_view_state (guint generation)
{
  GHashTable *view_state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_hash_table_insert (view_state, g_strdup ("generation"), g_strdup_printf ("%u", generation));
  g_hash_table_insert (view_state, g_strdup ("view"), g_strdup ("graph"));
  g_hash_table_insert (view_state, g_strdup ("timeline-span"), g_strdup ("1614556800 1617235200"));
  g_hash_table_insert (view_state, g_strdup ("selection"), g_strdup ("é1 “quoted”"));
  return view_state;
}

static char *
make_edit (guint seq)
{
  return g_strdup_printf ("{\"op\": \"rename-actor\", \"seq\": %u, \"name\": \"Ana Lima %u\"}", seq, seq);
}

static GPtrArray *
make_edits (guint n)
{
  GPtrArray *edits = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 1; i <= n; i++)
    g_ptr_array_add (edits, make_edit (i));
  return edits;
}

static void
assert_view_state_equal (GHashTable *a,
                         GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpstr (g_hash_table_lookup (b, key), ==, value);
}

static void
assert_edits_equal (GPtrArray *a,
                    GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

/* ---------------------------------------------------- equal corpora */

/* Objects are compared by their ids, pointers to articles by theirs */
static const char *
article_id (DlArticle *article)
{
  return article != NULL ? dl_article_get_id (article) : NULL;
}

static void
assert_strings_equal (GPtrArray *a,
                      GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

static void
assert_article_equal (DlArticle *a,
                      DlArticle *b)
{
  GDateTime *dct_a = dl_article_get_dct (a);
  GDateTime *dct_b = dl_article_get_dct (b);

  g_assert_cmpstr (dl_article_get_id (a), ==, dl_article_get_id (b));
  g_assert_cmpstr (dl_article_get_path (a), ==, dl_article_get_path (b));
  g_assert_cmpstr (dl_article_get_display_name (a), ==, dl_article_get_display_name (b));
  g_assert_cmpstr (dl_article_get_title (a), ==, dl_article_get_title (b));
  g_assert_cmpstr (dl_article_get_text (a), ==, dl_article_get_text (b));
  g_assert_cmpuint (dl_article_get_n_chars (a), ==, dl_article_get_n_chars (b));
  g_assert_true ((dct_a == NULL) == (dct_b == NULL));
  if (dct_a != NULL)
    g_assert_true (g_date_time_equal (dct_a, dct_b));
  g_assert_cmpint (dl_article_get_dct_source (a), ==, dl_article_get_dct_source (b));
  g_assert_cmpuint (dl_article_get_n_events (a), ==, dl_article_get_n_events (b));
  g_assert_cmpuint (dl_article_get_n_actors (a), ==, dl_article_get_n_actors (b));
}

static void
assert_actor_equal (DlActor *a,
                    DlActor *b)
{
  GArray *mentions_a = dl_actor_get_mentions (a);
  GArray *mentions_b = dl_actor_get_mentions (b);

  g_assert_cmpstr (dl_actor_get_id (a), ==, dl_actor_get_id (b));
  g_assert_cmpstr (dl_actor_get_name (a), ==, dl_actor_get_name (b));
  g_assert_cmpint (dl_actor_get_kind (a), ==, dl_actor_get_kind (b));
  g_assert_cmpuint (dl_actor_get_n_events (a), ==, dl_actor_get_n_events (b));
  assert_strings_equal (dl_actor_get_aliases (a), dl_actor_get_aliases (b));
  assert_strings_equal (dl_actor_get_roles (a), dl_actor_get_roles (b));
  g_assert_cmpuint (mentions_a->len, ==, mentions_b->len);
  for (guint i = 0; i < mentions_a->len; i++)
    {
      DlMention *x = &g_array_index (mentions_a, DlMention, i);
      DlMention *y = &g_array_index (mentions_b, DlMention, i);

      g_assert_cmpstr (article_id (x->article), ==, article_id (y->article));
      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
    }
}

static void
assert_when_equal (DlDateSpan *a,
                   DlDateSpan *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  g_assert_cmpstr (dl_date_span_get_value (a), ==, dl_date_span_get_value (b));
  g_assert_cmpint (dl_date_span_get_start (a), ==, dl_date_span_get_start (b));
  g_assert_cmpint (dl_date_span_get_end (a), ==, dl_date_span_get_end (b));
  g_assert_cmpint (dl_date_span_get_certainty (a), ==, dl_date_span_get_certainty (b));
}

static void
assert_event_equal (DlEvent *a,
                    DlEvent *b)
{
  GPtrArray *actors_a = dl_event_get_actors (a);
  GPtrArray *actors_b = dl_event_get_actors (b);
  GArray *sources_a = dl_event_get_sources (a);
  GArray *sources_b = dl_event_get_sources (b);

  g_assert_cmpstr (dl_event_get_id (a), ==, dl_event_get_id (b));
  g_assert_cmpstr (dl_event_get_title (a), ==, dl_event_get_title (b));
  g_assert_cmpstr (dl_event_get_predicate (a), ==, dl_event_get_predicate (b));
  g_assert_cmpstr (dl_event_get_merge_reason (a), ==, dl_event_get_merge_reason (b));
  g_assert_cmpint (dl_event_get_hidden (a), ==, dl_event_get_hidden (b));
  assert_when_equal (dl_event_get_when (a), dl_event_get_when (b));
  g_assert_cmpuint (actors_a->len, ==, actors_b->len);
  for (guint i = 0; i < actors_a->len; i++)
    g_assert_cmpstr (dl_actor_get_id (g_ptr_array_index (actors_a, i)), ==,
                     dl_actor_get_id (g_ptr_array_index (actors_b, i)));
  g_assert_cmpuint (sources_a->len, ==, sources_b->len);
  for (guint i = 0; i < sources_a->len; i++)
    {
      DlSource *x = &g_array_index (sources_a, DlSource, i);
      DlSource *y = &g_array_index (sources_b, DlSource, i);

      g_assert_cmpstr (article_id (x->article), ==, article_id (y->article));
      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpstr (x->quote, ==, y->quote);
    }
}

static void
assert_relation_equal (DlRelation *a,
                       DlRelation *b)
{
  GPtrArray *events_a = dl_relation_get_events (a);
  GPtrArray *events_b = dl_relation_get_events (b);

  g_assert_cmpstr (dl_actor_get_id (dl_relation_get_source (a)), ==,
                   dl_actor_get_id (dl_relation_get_source (b)));
  g_assert_cmpstr (dl_actor_get_id (dl_relation_get_target (a)), ==,
                   dl_actor_get_id (dl_relation_get_target (b)));
  g_assert_cmpuint (dl_relation_get_weight (a), ==, dl_relation_get_weight (b));
  g_assert_cmpstr (dl_relation_get_label (a), ==, dl_relation_get_label (b));
  g_assert_cmpuint (events_a->len, ==, events_b->len);
  for (guint i = 0; i < events_a->len; i++)
    g_assert_cmpstr (dl_event_get_id (g_ptr_array_index (events_a, i)), ==,
                     dl_event_get_id (g_ptr_array_index (events_b, i)));
}

typedef void (*AssertEqual) (gpointer a,
                             gpointer b);

static void
assert_models_equal (GListModel  *a,
                     GListModel  *b,
                     AssertEqual  assert_equal)
{
  guint n = g_list_model_get_n_items (a);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (a, i);
      g_autoptr(GObject) y = g_list_model_get_item (b, i);

      g_assert_true (x != y);
      assert_equal (x, y);
    }
}

/* Every field of every article, actor, event and relation, in order */
static void
assert_corpus_equal (DlCorpus *a,
                     DlCorpus *b)
{
  assert_models_equal (dl_corpus_get_articles (a), dl_corpus_get_articles (b),
                       (AssertEqual) assert_article_equal);
  assert_models_equal (dl_corpus_get_actors (a), dl_corpus_get_actors (b),
                       (AssertEqual) assert_actor_equal);
  assert_models_equal (dl_corpus_get_events (a), dl_corpus_get_events (b),
                       (AssertEqual) assert_event_equal);
  assert_models_equal (dl_corpus_get_relations (a), dl_corpus_get_relations (b),
                       (AssertEqual) assert_relation_equal);
}

/* ------------------------------------------------------ files, folders */

static void
run_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_folder (path);
      else
        g_unlink (path);
    }
  g_rmdir (folder);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static char *
dup_folder_listing (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static void
assert_no_temporary_files (const char *folder)
{
  g_autofree char *listing = dup_folder_listing (folder);

  g_assert_false (listing[0] == '.' || strstr (listing, "\n.") != NULL);
}

/* What a file and its folder were: contents, time and the folder's
 * names (no journal or lock file may appear) */
typedef struct
{
  char *contents;
  gsize length;
  gint64 mtime;
  char *listing;
} FileState;

static FileState *
file_state_new (const char *folder,
                const char *path)
{
  FileState *state = g_new0 (FileState, 1);
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    state->mtime = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_assert_true (g_file_get_contents (path, &state->contents, &state->length, NULL));
  state->listing = dup_folder_listing (folder);
  return state;
}

static void
file_state_free (FileState *state)
{
  g_free (state->contents);
  g_free (state->listing);
  g_free (state);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FileState, file_state_free)

static void
assert_file_state_equal (FileState *a,
                         FileState *b)
{
  g_assert_cmpmem (a->contents, a->length, b->contents, b->length);
  g_assert_cmpint (a->mtime, ==, b->mtime);
  g_assert_cmpstr (a->listing, ==, b->listing);
}
