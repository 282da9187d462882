/* test-window-project.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects in the window, in a real display: save a project and open it
 * again with the same corpus and the same view, the title that names it
 * and says whether it changed, autosave and recovery, a damaged project
 * that costs nothing, a project opened twice, and the question before
 * closing with unsaved changes.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-application.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-edit.h"
#include "dl-event.h"
#include "dl-event-filter.h"
#include "dl-graph-view.h"
#include "dl-project.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

/* Set up in main(): recovery files and recent files go here */
static char *data_home;

/* Helpers ----------------------------------------------------------------- */

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
settle (void)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @done says so, for at most @seconds */
static void
wait_for (gboolean (*done) (gpointer data),
          gpointer   data,
          guint      seconds)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (seconds, timeout_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  settle ();
}

static gboolean
window_is_idle (gpointer data)
{
  return !dl_window_is_busy (data);
}

static void
wait_until_idle (DlWindow *window)
{
  wait_for (window_is_idle, window, 120);
}

static DlWindow *
new_window (DlApplication *app)
{
  DlWindow *window = dl_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 780);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static DlWindow *
open_window_on (const char *path)
{
  DlWindow *window = new_window (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  dl_window_open_files (window, &file, 1);
  wait_until_idle (window);
  return window;
}

static const char *
sample_dir (void)
{
  const char *dir = g_getenv ("DATELINE_SAMPLE_DIR");

  g_assert_nonnull (dir);
  return dir;
}

static void
add_note (DlWindow   *window,
          const char *path,
          const char *title)
{
  g_autoptr(DlArticle) article = dl_article_new (path, title, "The ferry to the island stopped on 4 March 2003.");

  dl_corpus_add_article (dl_window_get_corpus (window), article);
}

/* A change to save: the first article's date, set by the user */
static void
date_first_article (DlWindow *window,
                    int       day)
{
  g_autoptr(DlArticle) article = g_list_model_get_item (dl_corpus_get_articles (dl_window_get_corpus (window)), 0);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2003, 3, day, 0, 0, 0);
  g_autoptr(DlEdit) edit = dl_edit_new_article_date (article, date);

  dl_window_apply_edit (window, edit);
}

static DlEditKind
edit_kind (GPtrArray *json,
           guint      index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlEdit) edit = dl_edit_new_from_json (g_ptr_array_index (json, index), &error);

  g_assert_no_error (error);
  return dl_edit_get_kind (edit);
}

static guint
n_articles (DlWindow *window)
{
  return g_list_model_get_n_items (dl_corpus_get_articles (dl_window_get_corpus (window)));
}

/* The DlWindows on screen, that @app holds if given */
static guint
count_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      count += DL_IS_WINDOW (toplevel);
    }
  return count;
}

static DlWindow *
find_window_with_file (GFile *file)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (DL_IS_WINDOW (toplevel) && dl_window_get_file (DL_WINDOW (toplevel)) != NULL &&
          g_file_equal (dl_window_get_file (DL_WINDOW (toplevel)), file))
        return DL_WINDOW (toplevel);
    }
  return NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
destroy_window (DlWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* Runs the main loop for @msec, letting animations end */
static void
run_for (guint msec)
{
  gboolean done = FALSE;

  g_timeout_add (msec, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* GTK 4.8 may warn of a frame clock handler when a window is destroyed
 * while the filter bar slides open or shut, with or without projects:
 * the bar is closed, and left the time to finish sliding */
static void
close_filter_and_destroy (DlWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filter", NULL));
  dl_timeline_view_set_selected (DL_TIMELINE_VIEW (dl_window_get_timeline_view (window)), NULL);
  run_for (500);
  destroy_window (window);
}

/* Saves @window to @path (maybe without its extension) and waits */
static GFile *
save_to (DlWindow   *window,
         const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  dl_window_save_to_file (window, file);
  wait_until_idle (window);
  g_assert_nonnull (dl_window_get_file (window));
  return g_object_ref (dl_window_get_file (window));
}

/* Save As, then Open ------------------------------------------------------ */

static void
assert_same_corpus (DlCorpus *a,
                    DlCorpus *b)
{
  GListModel *models_a[] = { dl_corpus_get_articles (a), dl_corpus_get_events (a), dl_corpus_get_actors (a) };
  GListModel *models_b[] = { dl_corpus_get_articles (b), dl_corpus_get_events (b), dl_corpus_get_actors (b) };
  static const char *properties[] = { "title", "title", "name" };

  for (guint m = 0; m < G_N_ELEMENTS (models_a); m++)
    {
      guint n = g_list_model_get_n_items (models_a[m]);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (models_b[m]), ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item_a = g_list_model_get_item (models_a[m], i);
          g_autoptr(GObject) item_b = g_list_model_get_item (models_b[m], i);
          g_autofree char *id_a = NULL, *id_b = NULL, *text_a = NULL, *text_b = NULL;

          g_assert_true (item_a != item_b);
          g_object_get (item_a, "id", &id_a, properties[m], &text_a, NULL);
          g_object_get (item_b, "id", &id_b, properties[m], &text_b, NULL);
          g_assert_cmpstr (id_a, ==, id_b);
          g_assert_cmpstr (text_a, ==, text_b);
        }
    }
}

/* The events of @window's corpus that have a date, the first two */
static void
pick_two_events (DlWindow  *window,
                 DlEvent  **first,
                 DlEvent  **second)
{
  GListModel *events = dl_corpus_get_events (dl_window_get_corpus (window));

  *first = *second = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (events) && *second == NULL; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if (dl_event_get_when (event) == NULL)
        continue;
      if (*first == NULL)
        *first = event;
      else
        *second = event;
    }
  g_assert_nonnull (*second);
}

/* Two corrections, the same in any window on the sample: the first
 * actor renamed, the last event hidden */
static void
correct_sample (DlWindow *window)
{
  DlCorpus *corpus = dl_window_get_corpus (window);
  GListModel *events = dl_corpus_get_events (corpus);
  g_autoptr(DlActor) actor = g_list_model_get_item (dl_corpus_get_actors (corpus), 0);
  g_autoptr(DlEdit) rename = dl_edit_new_actor_rename (actor, "Someone Renamed");
  g_autoptr(DlEvent) last = NULL;

  dl_window_apply_edit (window, rename);
  last = g_list_model_get_item (events, g_list_model_get_n_items (events) - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.hide-event", "s", dl_event_get_id (last)));
  g_assert_nonnull (dl_corpus_find_actor_by_name (corpus, "Someone Renamed"));
}

static void
test_save_as_and_open (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  DlGraphView *graph = DL_GRAPH_VIEW (dl_window_get_graph_view (window));
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "berlin", NULL);
  g_autofree char *expected = g_build_filename (dir, "berlin.dateline", NULL);
  g_autoptr(GFile) file = NULL;
  DlEvent *first, *second;
  g_autofree char *first_id = NULL;
  g_autofree char *second_id = NULL;
  DlWindow *opened;
  DlTimelineView *opened_timeline;
  DlGraphView *opened_graph;
  GPtrArray *selection;
  GPtrArray *edits;
  g_autofree char *color_by = NULL;
  double start, end, scale, dx, dy;
  guint min_mentions;

  /* A view to come back to: the graph, coloured by community, zoomed;
   * a stretch of the timeline by actor, two events selected */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "graph"));
  g_object_set (graph, "color-by", "community", "min-mentions", 2, NULL);
  dl_graph_view_set_transform (graph, 3.5, -20, 40);
  g_action_group_activate_action (G_ACTION_GROUP (window), "timeline-lanes", g_variant_new_string ("actor"));
  dl_timeline_view_set_visible_range (timeline, 626000000.0, 628000000.5);
  pick_two_events (window, &first, &second);
  first_id = g_strdup (dl_event_get_id (first));
  second_id = g_strdup (dl_event_get_id (second));
  dl_timeline_view_set_selected (timeline, first);
  dl_timeline_view_toggle_selected (timeline, second);
  correct_sample (window);
  g_assert_true (dl_window_get_modified (window));
  /* The corrections keep the selection */
  g_assert_cmpstr (dl_event_get_id (dl_timeline_view_get_selected (timeline)), ==, second_id);
  g_assert_cmpuint (dl_timeline_view_get_selection (timeline)->len, ==, 2);

  /* Save As without the extension: it is added */
  file = save_to (window, path);
  g_assert_cmpstr (g_file_peek_path (file), ==, expected);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_false (dl_window_get_modified (window));
  g_assert_cmpuint (dl_window_get_last_errors (window) != NULL ? dl_window_get_last_errors (window)->len : 0, ==, 0);

  /* Opened from a window that shows a corpus: a new window */
  close_filter_and_destroy (window);
  window = open_window_on (sample_dir ());
  correct_sample (window);
  g_assert_cmpuint (count_windows (), ==, 1);
  dl_window_open_project (window, file);
  wait_until_idle (window);
  g_assert_cmpuint (count_windows (), ==, 2);
  opened = find_window_with_file (file);
  g_assert_nonnull (opened);
  g_assert_true (opened != window);
  g_assert_false (dl_window_get_modified (opened));

  assert_same_corpus (dl_window_get_corpus (window), dl_window_get_corpus (opened));
  edits = dl_edit_history_get_edits (dl_window_get_edit_history (opened));
  g_assert_cmpuint (edits->len, ==, 2);
  g_assert_cmpint (dl_edit_get_kind (g_ptr_array_index (edits, 0)), ==, DL_EDIT_ACTOR_RENAME);
  g_assert_cmpint (dl_edit_get_kind (g_ptr_array_index (edits, 1)), ==, DL_EDIT_EVENT_HIDE);
  g_assert_nonnull (dl_corpus_find_actor_by_name (dl_window_get_corpus (opened), "Someone Renamed"));

  /* The same view */
  opened_timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (opened));
  opened_graph = DL_GRAPH_VIEW (dl_window_get_graph_view (opened));
  settle ();
  dl_timeline_view_get_visible_range (opened_timeline, &start, &end);
  g_assert_cmpfloat (start, ==, 626000000.0);
  g_assert_cmpfloat (end, ==, 628000000.5);
  g_assert_cmpstr (dl_timeline_view_get_lanes (opened_timeline), ==, "actor");
  selection = dl_timeline_view_get_selection (opened_timeline);
  g_assert_cmpuint (selection->len, ==, 2);
  g_assert_cmpstr (dl_event_get_id (dl_timeline_view_get_selected (opened_timeline)), ==, second_id);
  g_assert_cmpstr (dl_event_get_id (g_ptr_array_index (selection, 0)), ==, first_id);
  g_assert_cmpuint (dl_event_filter_get_n_hidden (dl_window_get_filter (opened)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dl_timeline_view_get_events (opened_timeline)), ==,
                    g_list_model_get_n_items (dl_corpus_get_events (dl_window_get_corpus (opened))) - 1);
  g_object_get (opened_graph, "color-by", &color_by, "min-mentions", &min_mentions, NULL);
  g_assert_cmpstr (color_by, ==, "community");
  g_assert_cmpuint (min_mentions, ==, 2);
  g_assert_true (dl_graph_view_get_transform (opened_graph, &scale, &dx, &dy));
  g_assert_cmpfloat (scale, ==, 3.5);
  g_assert_cmpfloat (dx, ==, -20);
  g_assert_cmpfloat (dy, ==, 40);
  {
    g_autoptr(GHashTable) state = dl_window_dup_view_state (opened);

    g_assert_cmpstr (g_hash_table_lookup (state, "view"), ==, "graph");
  }

  /* Leave the next tests one lane and the timeline */
  dl_timeline_view_set_lanes (opened_timeline, "none");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (opened), "win.show-view", "s", "timeline"));
  close_filter_and_destroy (opened);
  destroy_window (window);
  remove_tree (dir);
}

/* Title ------------------------------------------------------------------- */

static void
test_title (void)
{
  DlWindow *window = new_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Ferry Notes.dateline", NULL);
  g_autoptr(GFile) file = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Dateline");
  g_assert_false (dl_window_get_modified (window));

  add_note (window, "/notes/ferry.txt", "Ferry");
  g_assert_true (dl_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Untitled Project");
  g_assert_cmpstr (dl_window_get_subtitle (window), ==, "");

  file = save_to (window, path);
  g_assert_false (dl_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ferry Notes");
  g_assert_cmpstr (dl_window_get_subtitle (window), ==, dir);

  /* Any change brings the marker back; saving (Ctrl+S) clears it */
  date_first_article (window, 4);
  wait_until_idle (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ferry Notes");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_until_idle (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ferry Notes");

  destroy_window (window);
  remove_tree (dir);
}

/* Autosave and recovery --------------------------------------------------- */

static gboolean
window_is_saved (gpointer data)
{
  return !dl_window_get_modified (data) && !dl_window_is_busy (data);
}

static void
test_autosave (void)
{
  DlWindow *window = new_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "auto.dateline", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlCorpus) corpus = NULL;

  dl_window_set_autosave_delay (window, 100);
  add_note (window, "/notes/ferry.txt", "Ferry");
  file = save_to (window, path);
  date_first_article (window, 4);
  g_assert_true (dl_window_get_modified (window));

  /* No one saves: the window does, soon */
  wait_for (window_is_saved, window, 10);
  corpus = dl_project_load (path, NULL, &edits, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (edits->len, ==, 1);
  g_assert_cmpint (edit_kind (edits, 0), ==, DL_EDIT_ARTICLE_DATE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "auto");

  destroy_window (window);
  remove_tree (dir);
}

static gboolean
has_recovery_file (gpointer data)
{
  const char *path = dl_window_get_recovery_path (data);

  return path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR) && !dl_window_is_busy (data);
}

static void
test_recovery (void)
{
  DlWindow *window = new_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kept.dateline", NULL);
  g_autofree char *recovery_dir = g_build_filename (data_home, "dateline", "recovery", NULL);
  g_autofree char *recovery = NULL;
  g_autofree char *orphan = g_build_filename (recovery_dir, "2147483000-1.dateline", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  DlWindow *third;
  gsize length;

  /* Untitled work is kept in a recovery file, and stays unsaved */
  dl_window_set_autosave_delay (window, 100);
  add_note (window, "/notes/ferry.txt", "Ferry");
  wait_for (has_recovery_file, window, 10);
  recovery = g_strdup (dl_window_get_recovery_path (window));
  g_assert_true (g_str_has_prefix (recovery, recovery_dir));
  g_assert_true (dl_window_get_modified (window));
  g_assert_null (dl_window_get_file (window));

  /* A process that ended left it behind: the next start opens it */
  g_assert_true (g_file_get_contents (recovery, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (orphan, contents, length, NULL));

  /* Saved properly, the window's own recovery file goes */
  file = save_to (window, path);
  g_assert_false (g_file_test (recovery, G_FILE_TEST_EXISTS));
  destroy_window (window);

  window = new_window (NULL);
  g_assert_true (dl_window_recover (window));
  wait_until_idle (window);
  g_assert_cmpuint (n_articles (window), ==, 1);
  g_assert_null (dl_window_get_file (window));
  g_assert_true (dl_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Untitled Project");
  /* Taken over under the window's own name: not recovered twice */
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
  g_assert_nonnull (dl_window_get_recovery_path (window));
  g_assert_true (g_file_test (dl_window_get_recovery_path (window), G_FILE_TEST_IS_REGULAR));
  g_free (recovery);
  recovery = g_strdup (dl_window_get_recovery_path (window));

  /* A file this process keeps is not another window's to recover */
  third = new_window (NULL);
  g_assert_false (dl_window_recover (third));
  destroy_window (third);

  destroy_window (window);
  g_unlink (recovery);
  remove_tree (dir);
}

/* Errors ------------------------------------------------------------------ */

static void
write_random_bytes (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  guint8 bytes[4096];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, sizeof bytes, NULL));
}

static void
test_damaged_project (void)
{
  DlWindow *window = new_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "x.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DlArticle) before = NULL;
  GPtrArray *errors;
  const GError *error;

  add_note (window, "/notes/ferry.txt", "Ferry");
  before = g_list_model_get_item (dl_corpus_get_articles (dl_window_get_corpus (window)), 0);
  write_random_bytes (path);

  dl_window_open_files (window, &file, 1);
  wait_until_idle (window);

  errors = dl_window_get_last_errors (window);
  g_assert_nonnull (errors);
  g_assert_cmpuint (errors->len, ==, 1);
  error = g_ptr_array_index (errors, 0);
  g_assert_nonnull (strstr (error->message, "x.dateline"));
  /* Nothing else changed, and no window opened */
  g_assert_cmpuint (n_articles (window), ==, 1);
  {
    g_autoptr(DlArticle) after = g_list_model_get_item (dl_corpus_get_articles (dl_window_get_corpus (window)), 0);
    g_assert_true (after == before);
  }
  g_assert_null (dl_window_get_file (window));
  g_assert_cmpuint (count_windows (), ==, 1);

  destroy_window (window);
  remove_tree (dir);
}

/* A project another window holds is neither opened nor saved over */
static void
test_locked_elsewhere (void)
{
  DlWindow *window = new_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "held.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DlCorpus) empty = dl_corpus_new ();
  g_autoptr(GError) error = NULL;
  DlProjectLock *elsewhere;
  const GError *shown;

  g_assert_true (dl_project_save (empty, NULL, NULL, path, &error));
  g_assert_no_error (error);
  elsewhere = dl_project_lock (path, &error);
  g_assert_no_error (error);

  dl_window_open_project (window, file);
  wait_until_idle (window);
  g_assert_null (dl_window_get_file (window));
  g_assert_cmpuint (dl_window_get_last_errors (window)->len, ==, 1);
  shown = g_ptr_array_index (dl_window_get_last_errors (window), 0);
  g_assert_nonnull (strstr (shown->message, "held.dateline"));

  add_note (window, "/notes/ferry.txt", "Ferry");
  dl_window_save_to_file (window, file);
  wait_until_idle (window);
  g_assert_null (dl_window_get_file (window));

  /* Let go of, it opens */
  dl_project_lock_release (elsewhere);
  dl_window_save_to_file (window, file);
  wait_until_idle (window);
  g_assert_true (dl_window_get_file (window) != NULL && g_file_equal (dl_window_get_file (window), file));
  /* and this window now keeps the others off it */
  g_assert_null (dl_project_lock (path, &error));
  g_assert_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_LOCKED);

  destroy_window (window);
  remove_tree (dir);
}

/* With the application ---------------------------------------------------- */

static DlApplication *
get_application (void)
{
  static DlApplication *app;
  g_autoptr(GError) error = NULL;

  if (app == NULL)
    {
      app = dl_application_new ();
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }
  return app;
}

static void
test_open_twice (void)
{
  DlApplication *app = get_application ();
  DlWindow *window = new_window (app);
  DlWindow *other = new_window (app);
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "once.dateline", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) same = g_file_new_for_path (path);

  add_note (window, "/notes/ferry.txt", "Ferry");
  file = save_to (window, path);
  g_assert_true (dl_application_find_project_window (app, same) == window);

  /* From another window, empty or not, and from the Open dialog's
   * path: the window that shows it comes forward, nothing opens */
  dl_window_open_project (other, same);
  wait_until_idle (other);
  g_assert_cmpuint (n_articles (other), ==, 0);
  g_assert_null (dl_window_get_file (other));
  dl_window_open_files (window, &same, 1);
  wait_until_idle (window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);
  g_assert_cmpuint (n_articles (window), ==, 1);

  /* Closed, it opens again */
  destroy_window (window);
  g_assert_null (dl_application_find_project_window (app, same));
  dl_window_open_project (other, same);
  wait_until_idle (other);
  g_assert_true (dl_application_find_project_window (app, same) == other);
  g_assert_cmpuint (n_articles (other), ==, 1);

  destroy_window (other);
  remove_tree (dir);
}

/* Closing ----------------------------------------------------------------- */

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_close_asks (void)
{
  DlWindow *window = new_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "close.dateline", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(DlCorpus) corpus = NULL;
  AdwMessageDialog *dialog;
  gpointer weak = window;

  add_note (window, "/notes/ferry.txt", "Ferry");
  file = save_to (window, path);

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  date_first_article (window, 4);
  gtk_window_close (GTK_WINDOW (window));
  settle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));

  /* Cancel keeps the window and its changes */
  adw_message_dialog_response (dialog, "cancel");
  settle ();
  g_assert_nonnull (weak);
  g_assert_true (dl_window_get_modified (window));

  /* Save saves, then closes */
  gtk_window_close (GTK_WINDOW (window));
  settle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");
  wait_for (is_null, &weak, 30);
  corpus = dl_project_load (path, NULL, &edits, NULL);
  g_assert_nonnull (corpus);
  g_assert_cmpuint (edits->len, ==, 1);

  /* Discard closes and keeps the file as it was */
  window = new_window (NULL);
  weak = window;
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  dl_window_open_project (window, file);
  wait_until_idle (window);
  date_first_article (window, 5);
  gtk_window_close (GTK_WINDOW (window));
  settle ();
  adw_message_dialog_response (find_message_dialog (), "discard");
  settle ();
  g_assert_null (weak);
  g_clear_pointer (&edits, g_ptr_array_unref);
  g_clear_object (&corpus);
  corpus = dl_project_load (path, NULL, &edits, NULL);
  g_assert_cmpuint (edits->len, ==, 1);

  remove_tree (dir);
}

/* Recent projects --------------------------------------------------------- */

static void
test_recent (void)
{
  DlWindow *window = new_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "recent.dateline", NULL);
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  GtkRecentInfo *info;

  add_note (window, "/notes/ferry.txt", "Ferry");
  file = save_to (window, path);
  uri = g_file_get_uri (file);
  info = gtk_recent_manager_lookup_item (gtk_recent_manager_get_default (), uri, NULL);
  g_assert_nonnull (info);
  g_assert_cmpstr (gtk_recent_info_get_mime_type (info), ==, "application/x-dateline-project");
  gtk_recent_info_unref (info);
  destroy_window (window);

  /* The Open menu's entries open it */
  window = new_window (NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri));
  wait_until_idle (window);
  g_assert_nonnull (dl_window_get_file (window));
  g_assert_true (g_file_equal (dl_window_get_file (window), file));
  g_assert_cmpuint (n_articles (window), ==, 1);

  destroy_window (window);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Recovery and recent files of the tests' own, before anything
   * reads the user's folders */
  data_home = g_dir_make_tmp ("dateline-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-project/save-as-and-open", test_save_as_and_open);
  g_test_add_func ("/window-project/title", test_title);
  g_test_add_func ("/window-project/autosave", test_autosave);
  g_test_add_func ("/window-project/recovery", test_recovery);
  g_test_add_func ("/window-project/damaged", test_damaged_project);
  g_test_add_func ("/window-project/locked-elsewhere", test_locked_elsewhere);
  g_test_add_func ("/window-project/open-twice", test_open_twice);
  g_test_add_func ("/window-project/close-asks", test_close_asks);
  g_test_add_func ("/window-project/recent", test_recent);

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}
