/* test-project.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project file: a corpus saved and opened again is the same corpus
 * in every field; a save replaces the old project atomically, even when
 * it fails or its process is killed; a damaged or foreign file gives a
 * clear error and is never changed.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "dl-actor.h"
#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-project.h"
#include "dl-relation.h"

#include "project-checks.h"

static char *tmpdir;

static const char *fixture_texts[] = {
  "Harbour Talks in Évora\n\n"
  "Mayor Ana Lima met Minister Rui Costa in Évora on March 3, 2021. "
  "The two officials discussed the new harbour for more than an hour.\n",

  "Ana Lima and Rui Costa signed a water agreement on March 4, 2021. "
  "Lima said the deal would bring jobs to the region.\n",

  "Farmers protested outside the town hall in Évora on Friday. "
  "Costa promised to visit the farms next week.\n",
};

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* A corpus analysed as the window and the command line analyse one */
static DlCorpus *
make_analysed_corpus (void)
{
  DlCorpus *corpus = dl_corpus_new ();
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(DlAnalysisResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) dct = g_date_time_new_utc (2021, 3, 5, 9, 30, 15.25);

  for (guint i = 0; i < G_N_ELEMENTS (fixture_texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("news/article-%u.txt", i + 1);
      g_autoptr(DlArticle) article = dl_article_new (path, NULL, fixture_texts[i]);

      if (i == 2)
        dl_article_set_dct (article, dct, DL_DCT_SOURCE_META);
      dl_corpus_add_article (corpus, article);
    }
  articles = dl_corpus_dup_articles (corpus);
  g_assert_true (dl_analyzer_run_full (articles, &result, NULL, &error));
  g_assert_no_error (error);
  dl_analysis_result_apply_dcts (result, articles);
  dl_corpus_set_analysis (corpus, result->actors, result->events);
  return corpus;
}

static DlCorpus *
round_trip (DlCorpus    *corpus,
            GHashTable  *view_state,
            GPtrArray   *edits,
            const char  *name,
            GHashTable **loaded_view_state,
            GPtrArray  **loaded_edits)
{
  g_autofree char *path = tmp_path (name);
  g_autoptr(GError) error = NULL;
  DlCorpus *loaded;

  g_assert_true (dl_project_save (corpus, view_state, edits, path, &error));
  g_assert_no_error (error);
  g_assert_true (dl_project_file_is_project (path));

  loaded = dl_project_load (path, loaded_view_state, loaded_edits, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (loaded != corpus);
  return loaded;
}

static void
test_round_trip_analysed (void)
{
  g_autoptr(DlCorpus) corpus = make_analysed_corpus ();
  g_autoptr(GHashTable) view_state = make_view_state (7);
  g_autoptr(GPtrArray) edits = make_edits (5);
  g_autoptr(GHashTable) loaded_view_state = NULL;
  g_autoptr(GPtrArray) loaded_edits = NULL;
  g_autoptr(DlCorpus) loaded = NULL;

  /* The check is only worth something if there is something to check */
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_actors (corpus)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_events (corpus)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_relations (corpus)), >, 0);

  loaded = round_trip (corpus, view_state, edits, "analysed.dateline", &loaded_view_state, &loaded_edits);
  assert_corpus_equal (corpus, loaded);
  assert_view_state_equal (view_state, loaded_view_state);
  assert_edits_equal (edits, loaded_edits);
}

static DlEvent *
make_event (const char *title,
            DlDateSpan *when)
{
  DlEvent *event = dl_event_new (title);

  dl_event_set_when (event, when);
  return event;
}

/* Fields analysis rarely fills: no path, a date with microseconds and
 * its source, aliases whose first is not the name, roles, a mention
 * and a source in no article, spans without a TIMEX3 value, events
 * with no title, no date, no quote, a merge reason */
static DlCorpus *
make_unusual_corpus (void)
{
  DlCorpus *corpus = dl_corpus_new ();
  g_autoptr(DlArticle) first = dl_article_new (NULL, "A title — with a dash", "Zoë met Yann in Brest.\n");
  g_autoptr(DlArticle) second = dl_article_new ("reports/a b/c#d?.html", "", "Yann left.");
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) dct = g_date_time_new_utc (1999, 12, 31, 23, 59, 59.123456);
  g_autoptr(DlDateSpan) span = dl_date_span_new (NULL, 946684800, 946771200, DL_CERTAINTY_INFERRED);
  g_autoptr(DlDateSpan) season = dl_date_span_new_from_value ("1999-SU", DL_CERTAINTY_RELATIVE);
  DlActor *zoe = dl_actor_new ("Zoë", DL_ACTOR_KIND_PERSON);
  DlActor *yann = dl_actor_new ("Yann", DL_ACTOR_KIND_PERSON);
  DlActor *brest = dl_actor_new ("Brest", DL_ACTOR_KIND_LOCATION);
  DlEvent *meeting = make_event ("Zoë meets Yann", span);
  DlEvent *leaving = make_event (NULL, NULL);
  DlEvent *summer = make_event ("A summer", season);

  dl_article_set_dct (first, dct, DL_DCT_SOURCE_OPTION);
  dl_corpus_add_article (corpus, first);
  dl_corpus_add_article (corpus, second);

  dl_actor_set_name (zoe, "Zoë Le Gall");
  dl_actor_add_alias (zoe, "Mme Le Gall");
  dl_actor_add_role (zoe, "Mayor");
  dl_actor_add_role (zoe, "Author");
  dl_actor_add_mention (zoe, first, 0, 3);
  dl_actor_add_mention (yann, first, 8, 12);
  dl_actor_add_mention (yann, second, 0, 4);
  dl_actor_add_mention (brest, NULL, 16, 21);
  g_ptr_array_add (actors, zoe);
  g_ptr_array_add (actors, yann);
  g_ptr_array_add (actors, brest);

  dl_event_set_predicate (meeting, "meet");
  dl_event_set_merge_reason (meeting, "the same deed on the same day");
  dl_event_add_actor (meeting, yann);
  dl_event_add_actor (meeting, zoe);
  dl_event_add_actor (meeting, brest);
  dl_event_add_source (meeting, first, 0, 22, "Zoë met Yann in Brest.");
  dl_event_add_source (meeting, NULL, 2, 5, NULL);
  dl_event_add_actor (leaving, yann);
  dl_event_add_source (leaving, second, 0, 10, "Yann left.");
  dl_event_set_hidden (leaving, TRUE);
  dl_event_add_actor (summer, zoe);
  g_ptr_array_add (events, meeting);
  g_ptr_array_add (events, leaving);
  g_ptr_array_add (events, summer);

  dl_corpus_set_analysis (corpus, actors, events);
  return corpus;
}

static void
test_round_trip_unusual (void)
{
  g_autoptr(DlCorpus) corpus = make_unusual_corpus ();
  g_autoptr(DlCorpus) loaded = NULL;
  g_autoptr(GHashTable) view_state = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  DlActor *zoe;

  loaded = round_trip (corpus, NULL, NULL, "unusual.dateline", &view_state, &edits);
  assert_corpus_equal (corpus, loaded);
  g_assert_cmpuint (g_hash_table_size (view_state), ==, 0);
  g_assert_cmpuint (edits->len, ==, 0);

  /* Spot checks, in case both sides were wrong the same way */
  zoe = dl_corpus_find_actor_by_name (loaded, "Zoë Le Gall");
  g_assert_nonnull (zoe);
  g_assert_cmpstr (g_ptr_array_index (dl_actor_get_aliases (zoe), 0), ==, "Zoë");
  g_assert_null (dl_article_get_path (dl_corpus_find_article (loaded, "a1")));
  g_assert_cmpint (g_date_time_get_microsecond (dl_article_get_dct (dl_corpus_find_article (loaded, "a1"))),
                   ==, 123456);
}

static void
test_round_trip_empty (void)
{
  g_autoptr(DlCorpus) corpus = dl_corpus_new ();
  g_autoptr(DlCorpus) loaded = NULL;

  loaded = round_trip (corpus, NULL, NULL, "empty.dateline", NULL, NULL);
  assert_corpus_equal (corpus, loaded);
}

static void
test_is_project (void)
{
  g_autoptr(DlCorpus) corpus = dl_corpus_new ();
  g_autofree char *project = tmp_path ("detect.dateline");
  g_autofree char *article = tmp_path ("detect.txt");
  g_autofree char *foreign = tmp_path ("detect-foreign.db");
  g_autofree char *missing = tmp_path ("detect-missing.dateline");
  sqlite3 *db = NULL;

  g_assert_true (dl_project_save (corpus, NULL, NULL, project, NULL));
  g_assert_true (g_file_set_contents (article, "SQLite format 3 is a file format.", -1, NULL));
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE foo (x); INSERT INTO foo VALUES (1);", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (dl_project_file_is_project (project));
  g_assert_false (dl_project_file_is_project (article));
  g_assert_false (dl_project_file_is_project (foreign));
  g_assert_false (dl_project_file_is_project (missing));
  g_assert_false (dl_project_file_is_project (tmpdir));
}

/* ------------------------------------------------------------- saving */

static void
test_save_replaces (void)
{
  g_autofree char *path = tmp_path ("replace.dateline");
  g_autoptr(DlCorpus) first = make_synthetic_corpus (3);
  g_autoptr(DlCorpus) second = make_synthetic_corpus (5);
  g_autoptr(DlCorpus) loaded = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (dl_project_save (first, NULL, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (dl_project_save (second, NULL, NULL, path, &error));
  g_assert_no_error (error);
  loaded = dl_project_load (path, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_corpus_equal (second, loaded);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  assert_no_temporary_files (tmpdir);
}

/* A symbolic link to a project stays a link to the saved project */
static void
test_save_through_link (void)
{
  g_autofree char *target = tmp_path ("linked.dateline");
  g_autofree char *link = tmp_path ("link.dateline");
  g_autoptr(DlCorpus) corpus = make_synthetic_corpus (2);

  g_assert_true (dl_project_save (corpus, NULL, NULL, target, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_true (dl_project_save (corpus, NULL, NULL, link, NULL));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (dl_project_file_is_project (link));
  g_unlink (link);
}

static void
test_save_fails_cleanly (void)
{
  g_autofree char *plain = tmp_path ("not-a-folder");
  g_autofree char *under_file = g_build_filename (plain, "news.dateline", NULL);
  g_autofree char *folder = tmp_path ("folder.dateline");
  g_autoptr(DlCorpus) corpus = make_synthetic_corpus (2);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (plain, "a file", -1, NULL));
  g_assert_false (dl_project_save (corpus, NULL, NULL, under_file, &error));
  g_assert_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "news.dateline"));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_false (dl_project_save (corpus, NULL, NULL, folder, &error));
  g_assert_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "folder.dateline"));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_rmdir (folder);
  assert_no_temporary_files (tmpdir);
}

/* A save that fails half-way (here: the file may not grow past 64 KiB)
 * leaves the old project as it was, and no temporary file */
static void
test_save_fails_midway (void)
{
  g_autofree char *path = tmp_path ("midway.dateline");
  g_autoptr(DlCorpus) small = make_synthetic_corpus (2);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;

  if (g_test_subprocess ())
    {
      g_autoptr(DlCorpus) large = make_synthetic_corpus (200);
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 64 * 1024, 64 * 1024 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (dl_project_save (large, NULL, NULL, path, &error));
      g_assert_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "midway.dateline"));
      return;
    }

  g_assert_true (dl_project_save (small, NULL, NULL, path, NULL));
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
  g_assert_cmpuint (before_length, <, 64 * 1024);

  g_test_trap_subprocess (NULL, 20 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  assert_no_temporary_files (tmpdir);
}

/* Temporary files of killed saves are removed by the next save; those
 * still held by a save in progress, or just made, are not */
static void
test_save_removes_abandoned (void)
{
  g_autofree char *path = tmp_path ("tidy.dateline");
  g_autofree char *abandoned = tmp_path (".tidy.dateline.AbCd12");
  g_autofree char *held = tmp_path (".tidy.dateline.HeLd34");
  g_autofree char *fresh = tmp_path (".tidy.dateline.FrEs56");
  g_autofree char *other = tmp_path (".other.dateline.AbCd12");
  g_autoptr(DlCorpus) corpus = make_synthetic_corpus (1);
  const char *old_files[] = { abandoned, held, other };
  struct utimbuf an_hour_ago;
  int held_fd;

  g_assert_true (g_file_set_contents (fresh, "fresh", -1, NULL));
  an_hour_ago.actime = an_hour_ago.modtime = time (NULL) - 3600;
  for (guint i = 0; i < G_N_ELEMENTS (old_files); i++)
    {
      g_assert_true (g_file_set_contents (old_files[i], "old", -1, NULL));
      g_assert_cmpint (g_utime (old_files[i], &an_hour_ago), ==, 0);
    }
  held_fd = g_open (held, O_RDONLY, 0);
  g_assert_cmpint (flock (held_fd, LOCK_EX), ==, 0);

  g_assert_true (dl_project_save (corpus, NULL, NULL, path, NULL));

  g_assert_false (g_file_test (abandoned, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (held, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  close (held_fd);
  g_unlink (held);
  g_unlink (fresh);
  g_unlink (other);
}

/* --------------------------------------------------------- kill test */

#define KILL_ROUNDS 100
#define MAX_GENERATION_ARTICLES 150

static char *self_exe;

static guint
articles_in_generation (guint generation)
{
  return MIN (generation, MAX_GENERATION_ARTICLES);
}

/* The child of the kill test: saves generation after generation of a
 * growing project until it is killed */
static int
run_saver (const char *path,
           guint       first_generation)
{
  for (guint generation = first_generation; ; generation++)
    {
      g_autoptr(DlCorpus) corpus = make_synthetic_corpus (articles_in_generation (generation));
      g_autoptr(GHashTable) view_state = make_view_state (generation);
      g_autoptr(GPtrArray) edits = make_edits (generation);
      g_autoptr(GError) error = NULL;

      if (!dl_project_save (corpus, view_state, edits, path, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  return 0;
}

static guint
count_temporary_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, ".killed.dateline.");
  return n;
}

/* The project holds one complete save: generation N has N edits and
 * min (N, 150) articles */
static guint
check_generation (const char *path)
{
  g_autoptr(GHashTable) view_state = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlCorpus) corpus = dl_project_load (path, &view_state, &edits, &error);
  const char *generation_text;
  guint generation;

  g_assert_no_error (error);
  generation_text = g_hash_table_lookup (view_state, "generation");
  g_assert_nonnull (generation_text);
  generation = (guint) g_ascii_strtoull (generation_text, NULL, 10);
  g_assert_cmpuint (generation, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_articles (corpus)), ==,
                    articles_in_generation (generation));
  g_assert_cmpuint (edits->len, ==, generation);
  for (guint i = 0; i < edits->len; i++)
    {
      g_autofree char *expected = make_edit (i + 1);
      g_assert_cmpstr (g_ptr_array_index (edits, i), ==, expected);
    }
  return generation;
}

static GPid
spawn_saver (const char *path,
             guint       first_generation)
{
  g_autofree char *first = g_strdup_printf ("%u", first_generation);
  const char *argv[] = { self_exe, "--saver", path, first, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

static void
test_kill_while_saving (void)
{
  g_autofree char *folder = tmp_path ("kill");
  g_autofree char *path = g_build_filename (folder, "killed.dateline", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260308);
  guint last_generation = 0;
  guint killed_mid_save = 0;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  for (guint round = 0; round < KILL_ROUNDS; round++)
    {
      guint temporaries = count_temporary_files (folder);
      GPid pid = spawn_saver (path, last_generation + 1);
      int status;

      g_usleep (g_rand_int_range (rand, 5, 80) * 1000);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      /* A child that ended by itself failed to save */
      g_assert_true (WIFSIGNALED (status));
      killed_mid_save += count_temporary_files (folder) > temporaries;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_assert_cmpuint (last_generation, ==, 0);
          continue;
        }
      last_generation = MAX (last_generation, check_generation (path));
    }
  g_test_message ("%u saves completed, %u kills during a save", last_generation, killed_mid_save);
  g_assert_cmpuint (last_generation, >, 0);
  g_assert_cmpuint (killed_mid_save, >, 0);
  remove_folder (folder);
}

/* ---------------------------------------------------- damaged inputs */

typedef struct
{
  const char *name;
  DlProjectError code;
  const char *sql;    /* a change made to a real project, or NULL */
} DamageCase;

static void
make_damaged (const DamageCase *c,
              const char       *path,
              GRand            *rand)
{
  g_autoptr(DlCorpus) corpus = make_synthetic_corpus (20);
  g_autoptr(GHashTable) view_state = make_view_state (1);
  g_autofree char *contents = NULL;
  gsize length;

  if (strcmp (c->name, "missing") == 0)
    return;
  if (strcmp (c->name, "folder") == 0)
    {
      g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
      return;
    }
  if (strcmp (c->name, "empty") == 0 || strcmp (c->name, "random") == 0)
    {
      g_autofree guint32 *noise = g_new (guint32, 1024);

      for (guint i = 0; i < 1024; i++)
        noise[i] = g_rand_int (rand);
      g_assert_true (g_file_set_contents (path, (char *) noise, c->name[0] == 'e' ? 0 : 4096, NULL));
      return;
    }
  if (strcmp (c->name, "foreign") == 0)
    {
      run_sql (path, "CREATE TABLE foo (x TEXT); INSERT INTO foo VALUES ('bar');");
      return;
    }

  g_assert_true (dl_project_save (corpus, view_state, NULL, path, NULL));
  if (c->sql != NULL)
    run_sql (path, c->sql);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  if (strcmp (c->name, "truncated") == 0)
    length /= 2;
  else if (strcmp (c->name, "page-overwritten") == 0)
    for (gsize i = 2 * 4096; i < 3 * 4096 && i < length; i++)
      contents[i] = (char) g_rand_int (rand);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
test_damaged (void)
{
  static const DamageCase cases[] = {
    { "missing", DL_PROJECT_ERROR_FAILED },
    { "folder", DL_PROJECT_ERROR_FAILED },
    { "empty", DL_PROJECT_ERROR_NOT_A_PROJECT },
    { "random", DL_PROJECT_ERROR_NOT_A_PROJECT },
    { "foreign", DL_PROJECT_ERROR_NOT_A_PROJECT },
    { "truncated", DL_PROJECT_ERROR_DAMAGED },
    { "page-overwritten", DL_PROJECT_ERROR_DAMAGED },
    { "too-new", DL_PROJECT_ERROR_TOO_NEW, "PRAGMA user_version = 99;" },
    { "no-version", DL_PROJECT_ERROR_DAMAGED, "PRAGMA user_version = 0;" },
    { "no-table", DL_PROJECT_ERROR_DAMAGED, "DROP TABLE mentions;" },
    { "span-outside", DL_PROJECT_ERROR_DAMAGED, "UPDATE mentions SET char_end = 100000;" },
    { "bad-reference", DL_PROJECT_ERROR_DAMAGED, "UPDATE event_actors SET actor = 7777;" },
    { "not-utf8", DL_PROJECT_ERROR_DAMAGED, "UPDATE articles SET text = CAST (X'41FF42' AS TEXT);" },
    { "bad-kind", DL_PROJECT_ERROR_DAMAGED, "UPDATE actors SET kind = 'robot';" },
    { "bad-span", DL_PROJECT_ERROR_DAMAGED, "UPDATE events SET when_end = when_start - 1;" },
    { "no-certainty", DL_PROJECT_ERROR_DAMAGED, "UPDATE events SET when_certainty = NULL;" },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folder = g_build_filename (tmpdir, "damaged", NULL);
      g_autofree char *name = g_strdup_printf ("%s.dateline", cases[i].name);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(DlCorpus) corpus = NULL;
      g_autoptr(FileState) before = NULL;
      g_autoptr(FileState) after = NULL;

      g_test_message ("case %s", cases[i].name);
      g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
      make_damaged (&cases[i], path, rand);
      before = file_state_new (folder, path);

      corpus = dl_project_load (path, NULL, NULL, &error);
      g_assert_null (corpus);
      g_assert_error (error, DL_PROJECT_ERROR, (gint) cases[i].code);
      g_test_message ("  %s", error->message);
      g_assert_nonnull (strstr (error->message, name));

      after = file_state_new (folder, path);
      assert_file_state_equal (before, after);
      remove_folder (folder);
    }
}

/* ---------------------------------------------------------- migration */

/* A project of the first schema, before events could be hidden: it
 * opens, its events shown, everything else as saved, and the file is
 * left as it was */
static void
test_migrate_from_version_1 (void)
{
  g_autofree char *folder = g_build_filename (tmpdir, "version-1", NULL);
  g_autofree char *path = g_build_filename (folder, "old.dateline", NULL);
  g_autoptr(DlCorpus) corpus = make_unusual_corpus ();
  g_autoptr(DlCorpus) loaded = NULL;
  g_autoptr(GHashTable) view_state = make_view_state (3);
  g_autoptr(GHashTable) loaded_state = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FileState) before = NULL;
  g_autoptr(FileState) after = NULL;
  GListModel *events;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (dl_project_save (corpus, view_state, NULL, path, &error));
  g_assert_no_error (error);
  run_sql (path, "ALTER TABLE events DROP COLUMN hidden; PRAGMA user_version = 1;");
  before = file_state_new (folder, path);

  loaded = dl_project_load (path, &loaded_state, &edits, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  events = dl_corpus_get_events (loaded);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==,
                    g_list_model_get_n_items (dl_corpus_get_events (corpus)));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      g_autoptr(DlEvent) saved = g_list_model_get_item (dl_corpus_get_events (corpus), i);

      g_assert_false (dl_event_get_hidden (event));
      g_assert_cmpstr (dl_event_get_title (event), ==, dl_event_get_title (saved));
    }
  g_assert_cmpuint (g_hash_table_size (loaded_state), ==, g_hash_table_size (view_state));

  after = file_state_new (folder, path);
  assert_file_state_equal (before, after);
  remove_folder (folder);
}

/* ---------------------------------------------------------------- async */

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
} Waiter;

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Waiter *waiter = user_data;

  g_assert_null (source);
  waiter->result = g_object_ref (result);
  g_main_loop_quit (waiter->loop);
}

static GAsyncResult *
wait_for_result (Waiter *waiter)
{
  g_main_loop_run (waiter->loop);
  return g_steal_pointer (&waiter->result);
}

static void
test_async (void)
{
  g_autofree char *path = tmp_path ("async.dateline");
  g_autofree char *missing = tmp_path ("async-missing.dateline");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Waiter waiter = { loop, NULL };
  g_autoptr(DlCorpus) corpus = make_unusual_corpus ();
  g_autoptr(GHashTable) view_state = make_view_state (3);
  g_autoptr(GPtrArray) edits = make_edits (3);
  g_autoptr(GHashTable) loaded_view_state = NULL;
  g_autoptr(GPtrArray) loaded_edits = NULL;
  g_autoptr(DlCorpus) loaded = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) opened = NULL;
  g_autoptr(GAsyncResult) failed = NULL;
  g_autoptr(GError) error = NULL;

  dl_project_save_async (corpus, view_state, edits, path, NULL, done_cb, &waiter);
  /* What is saved was taken when the save began */
  g_hash_table_insert (view_state, g_strdup ("later"), g_strdup ("not saved"));
  g_ptr_array_add (edits, g_strdup ("{}"));
  saved = wait_for_result (&waiter);
  g_assert_true (dl_project_save_finish (saved, &error));
  g_assert_no_error (error);

  dl_project_load_async (path, NULL, done_cb, &waiter);
  opened = wait_for_result (&waiter);
  loaded = dl_project_load_finish (opened, &loaded_view_state, &loaded_edits, &error);
  g_assert_no_error (error);
  assert_corpus_equal (corpus, loaded);
  g_assert_null (g_hash_table_lookup (loaded_view_state, "later"));
  g_assert_cmpuint (loaded_edits->len, ==, 3);

  dl_project_load_async (missing, NULL, done_cb, &waiter);
  failed = wait_for_result (&waiter);
  g_assert_null (dl_project_load_finish (failed, NULL, NULL, &error));
  g_assert_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "async-missing.dateline"));
}

/* A cancelled save leaves the old project */
static void
test_async_cancelled (void)
{
  g_autofree char *path = tmp_path ("cancelled.dateline");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Waiter waiter = { loop, NULL };
  g_autoptr(DlCorpus) first = make_synthetic_corpus (1);
  g_autoptr(DlCorpus) second = make_synthetic_corpus (4);
  g_autoptr(DlCorpus) loaded = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dl_project_save (first, NULL, NULL, path, NULL));
  g_cancellable_cancel (cancellable);
  dl_project_save_async (second, NULL, NULL, path, cancellable, done_cb, &waiter);
  result = wait_for_result (&waiter);
  g_assert_false (dl_project_save_finish (result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  loaded = dl_project_load (path, NULL, NULL, NULL);
  assert_corpus_equal (first, loaded);
  assert_no_temporary_files (tmpdir);
}

/* The name a project goes by in titles, menus and printouts */
static void
test_display_name (void)
{
  static const struct
  {
    const char *path;
    const char *name;
  } cases[] = {
    { "/tmp/Berlin 1989.dateline", "Berlin 1989" },
    { "/tmp/notes.DATELINE", "notes.DATELINE" },      /* the extension is lower case */
    { "/tmp/.dateline", ".dateline" },                /* nothing would be left */
    { "/tmp/draft", "draft" },
    { "/tmp/Stra\xc3\x9f" "e.dateline", "Stra\xc3\x9f" "e" },
    { "/tmp/bad\xff.dateline", "bad\xef\xbf\xbd" }, /* not UTF-8: shown, not lost */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].path);
      g_autofree char *name = dl_project_dup_display_name (file);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc == 4 && strcmp (argv[1], "--saver") == 0)
    return run_saver (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  /* A test's subprocess works in its parent's folder */
  if (g_test_subprocess ())
    tmpdir = g_strdup (g_getenv ("DATELINE_PROJECT_TEST_DIR"));
  else
    tmpdir = g_dir_make_tmp ("dateline-project-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_setenv ("DATELINE_PROJECT_TEST_DIR", tmpdir, TRUE);

  g_test_add_func ("/project/round-trip/analysed", test_round_trip_analysed);
  g_test_add_func ("/project/round-trip/unusual", test_round_trip_unusual);
  g_test_add_func ("/project/round-trip/empty", test_round_trip_empty);
  g_test_add_func ("/project/is-project", test_is_project);
  g_test_add_func ("/project/display-name", test_display_name);
  g_test_add_func ("/project/save/replaces", test_save_replaces);
  g_test_add_func ("/project/save/through-link", test_save_through_link);
  g_test_add_func ("/project/save/fails-cleanly", test_save_fails_cleanly);
  g_test_add_func ("/project/save/fails-midway", test_save_fails_midway);
  g_test_add_func ("/project/save/removes-abandoned", test_save_removes_abandoned);
  g_test_add_func ("/project/save/killed", test_kill_while_saving);
  g_test_add_func ("/project/load/damaged", test_damaged);
  g_test_add_func ("/project/load/migrate-from-version-1", test_migrate_from_version_1);
  g_test_add_func ("/project/async/round-trip", test_async);
  g_test_add_func ("/project/async/cancelled", test_async_cancelled);

  status = g_test_run ();
  if (!g_test_subprocess ())
    remove_folder (tmpdir);
  g_free (tmpdir);
  g_free (self_exe);
  return status;
}
