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

#include "window-fixture.h"

/* Set up in main(): recovery files and recent files go here */
static char *data_home;

/* Helpers ----------------------------------------------------------------- */

/* A folder for the test's project, and the project's path in it */
typedef struct
{
  char *dir;
  char *path;
} ProjectFixture;

static void
project_fixture_set_up (ProjectFixture *fixture,
                        gconstpointer   name)
{
  fixture->dir = g_dir_make_tmp ("dateline-window-project-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->path = g_build_filename (fixture->dir, name, NULL);
}

static void
project_fixture_tear_down (ProjectFixture *fixture,
                           gconstpointer   name)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

#define add_project_test(path, name, test) \
  g_test_add (path, ProjectFixture, name, project_fixture_set_up, test, project_fixture_tear_down)

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

/* The filter bar slides shut, with or without projects: see
 * destroy_window_after_slides() */
static void
close_filter_and_destroy (DlWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filter", NULL));
  dl_timeline_view_set_selected (DL_TIMELINE_VIEW (dl_window_get_timeline_view (window)), NULL);
  destroy_window_after_slides (window);
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

/* A project of one article of the test's own, saved to @path */
static GFile *
save_note (DlWindow   *window,
           const char *path)
{
  add_note (window, "/notes/ferry.txt", "Ferry");
  return save_to (window, path);
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
test_save_as_and_open (ProjectFixture *fixture,
                       gconstpointer   name)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  DlGraphView *graph = DL_GRAPH_VIEW (dl_window_get_graph_view (window));
  g_autofree char *expected = g_build_filename (fixture->dir, "berlin.dateline", NULL);
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
  file = save_to (window, fixture->path);
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
}

/* Title ------------------------------------------------------------------- */

static void
test_title (ProjectFixture *fixture,
            gconstpointer   name)
{
  DlWindow *window = new_window (NULL);
  g_autoptr(GFile) file = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Dateline");
  g_assert_false (dl_window_get_modified (window));

  add_note (window, "/notes/ferry.txt", "Ferry");
  g_assert_true (dl_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Untitled Project");
  g_assert_cmpstr (dl_window_get_subtitle (window), ==, "");

  file = save_to (window, fixture->path);
  g_assert_false (dl_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ferry Notes");
  g_assert_cmpstr (dl_window_get_subtitle (window), ==, fixture->dir);

  /* Any change brings the marker back; saving (Ctrl+S) clears it */
  date_first_article (window, 4);
  wait_until_idle (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ferry Notes");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_until_idle (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Ferry Notes");

  destroy_window (window);
}

/* Autosave and recovery --------------------------------------------------- */

static gboolean
window_is_saved (gpointer data)
{
  return !dl_window_get_modified (data) && !dl_window_is_busy (data);
}

static void
test_autosave (ProjectFixture *fixture,
               gconstpointer   name)
{
  DlWindow *window = new_window (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlCorpus) corpus = NULL;

  dl_window_set_autosave_delay (window, 100);
  file = save_note (window, fixture->path);
  date_first_article (window, 4);
  g_assert_true (dl_window_get_modified (window));

  /* No one saves: the window does, soon */
  wait_for (window_is_saved, window, 10);
  corpus = dl_project_load (fixture->path, NULL, &edits, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (edits->len, ==, 1);
  g_assert_cmpint (edit_kind (edits, 0), ==, DL_EDIT_ARTICLE_DATE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "auto");

  destroy_window (window);
}

static gboolean
has_recovery_file (gpointer data)
{
  const char *path = dl_window_get_recovery_path (data);

  return path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR) && !dl_window_is_busy (data);
}

static void
test_recovery (ProjectFixture *fixture,
               gconstpointer   name)
{
  DlWindow *window = new_window (NULL);
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
  file = save_to (window, fixture->path);
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

  /* A damaged one is reported once, then set aside */
  g_assert_true (g_file_set_contents (orphan, "not a project at all", -1, NULL));
  g_assert_true (dl_window_recover (third));
  wait_until_idle (third);
  g_assert_cmpuint (dl_window_get_last_errors (third)->len, ==, 1);
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
  {
    g_autofree char *aside = g_strconcat (orphan, ".damaged", NULL);

    g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
    g_assert_false (dl_window_recover (third));
    g_unlink (aside);
  }
  destroy_window (third);

  destroy_window (window);
  g_unlink (recovery);
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
test_damaged_project (ProjectFixture *fixture,
                      gconstpointer   name)
{
  DlWindow *window = new_window (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(DlArticle) before = NULL;
  GPtrArray *errors;
  const GError *error;

  add_note (window, "/notes/ferry.txt", "Ferry");
  before = g_list_model_get_item (dl_corpus_get_articles (dl_window_get_corpus (window)), 0);
  write_random_bytes (fixture->path);

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
}

/* A project another window holds is neither opened nor saved over */
static void
test_locked_elsewhere (ProjectFixture *fixture,
                       gconstpointer   name)
{
  DlWindow *window = new_window (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(DlCorpus) empty = dl_corpus_new ();
  g_autoptr(GError) error = NULL;
  DlProjectLock *elsewhere;
  const GError *shown;

  g_assert_true (dl_project_save (empty, NULL, NULL, fixture->path, &error));
  g_assert_no_error (error);
  elsewhere = dl_project_lock (fixture->path, &error);
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
  g_assert_null (dl_project_lock (fixture->path, &error));
  g_assert_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_LOCKED);

  destroy_window (window);
}

/* With the application ---------------------------------------------------- */

static void
test_open_twice (ProjectFixture *fixture,
                 gconstpointer   name)
{
  DlApplication *app = get_application ();
  DlWindow *window = new_window (app);
  DlWindow *other = new_window (app);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) same = g_file_new_for_path (fixture->path);

  file = save_note (window, fixture->path);
  g_assert_true (dl_application_find_project_window (app, same) == window);

  /* From another window, empty or not, and from the Open dialog's
   * fixture->path: the window that shows it comes forward, nothing opens */
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
}

/* Closing ----------------------------------------------------------------- */

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_close_asks (ProjectFixture *fixture,
                 gconstpointer   name)
{
  DlWindow *window = new_window (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(DlCorpus) corpus = NULL;
  AdwMessageDialog *dialog;
  gpointer weak = window;

  file = save_note (window, fixture->path);

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
  corpus = dl_project_load (fixture->path, NULL, &edits, NULL);
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
  corpus = dl_project_load (fixture->path, NULL, &edits, NULL);
  g_assert_cmpuint (edits->len, ==, 1);
}

/* Recent projects --------------------------------------------------------- */

static void
test_recent (ProjectFixture *fixture,
             gconstpointer   name)
{
  DlWindow *window = new_window (NULL);
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  GtkRecentInfo *info;

  file = save_note (window, fixture->path);
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
}

int
main (int   argc,
      char *argv[])
{
  data_home = window_tests_init (&argc, &argv);

  add_project_test ("/window-project/save-as-and-open", "berlin", test_save_as_and_open);
  add_project_test ("/window-project/title", "Ferry Notes.dateline", test_title);
  add_project_test ("/window-project/autosave", "auto.dateline", test_autosave);
  add_project_test ("/window-project/recovery", "kept.dateline", test_recovery);
  add_project_test ("/window-project/damaged", "x.dateline", test_damaged_project);
  add_project_test ("/window-project/locked-elsewhere", "held.dateline", test_locked_elsewhere);
  add_project_test ("/window-project/open-twice", "once.dateline", test_open_twice);
  add_project_test ("/window-project/close-asks", "close.dateline", test_close_asks);
  add_project_test ("/window-project/recent", "recent.dateline", test_recent);

  return window_tests_run (data_home);
}
