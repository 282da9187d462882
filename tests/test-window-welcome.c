/* test-window-welcome.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The welcome page of an empty window, in a real display: its buttons
 * and the first one's focus, the sample articles opened as opening
 * their folder does (and a toast naming the folder when it is missing),
 * the recent projects newest first without those deleted, a row that
 * opens its project, and how long ago in words.
 */
#include "config.h"

#include <string.h>

#include "window-fixture.h"

#include "dl-project.h"
#include "dl-window-private.h"

/* Helpers ----------------------------------------------------------------- */

static const char *
visible_page (DlWindow *window)
{
  return gtk_stack_get_visible_child_name (window->main_stack);
}

static GtkWidget *
welcome_page (DlWindow *window)
{
  return gtk_stack_get_child_by_name (window->main_stack, "welcome");
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The first widget under @widget whose action is @action */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action)
{
  return find_widget (widget, has_action, action);
}

/* A label somewhere under @widget whose text holds @part */
static gboolean
has_label_containing (GtkWidget  *widget,
                      const char *part)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), part) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_containing (child, part))
      return TRUE;
  return FALSE;
}

static GPtrArray *
recent_rows (DlWindow *window)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window->welcome_recent_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ACTION_ROW (child))
      g_ptr_array_add (rows, child);
  return rows;
}

/* The titles of the recent projects' rows, joined by "|" */
static char *
dup_recent_titles (DlWindow *window)
{
  g_autoptr(GPtrArray) rows = recent_rows (window);
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "",
                            adw_preferences_row_get_title (g_ptr_array_index (rows, i)));
  return g_string_free (titles, FALSE);
}

typedef struct
{
  DlWindow *window;
  const char *titles;
} TitlesWait;

static gboolean
shows_titles (gpointer data)
{
  TitlesWait *wait = data;
  g_autofree char *titles = dup_recent_titles (wait->window);

  return g_strcmp0 (titles, wait->titles) == 0;
}

/* Waits until the list reads @titles: the recent manager tells of a
 * change a little after it */
static void
wait_for_titles (DlWindow   *window,
                 const char *titles)
{
  TitlesWait wait = { window, titles };

  wait_for (shows_titles, &wait, 10);
}

static void
forget_recent (void)
{
  gtk_recent_manager_purge_items (gtk_recent_manager_get_default (), NULL);
  settle ();
}

/* A project of one article of the test's own, saved to @dir/@name as
 * the window saves, which puts it on the recent list */
static GFile *
save_project (const char *dir,
              const char *name)
{
  DlWindow *window = new_window (NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  add_note (window, "/notes/ferry.txt", "Ferry");
  dl_window_save_to_file (window, file);
  wait_until_idle (window);
  g_assert_nonnull (dl_window_get_file (window));
  destroy_window (window);
  return g_steal_pointer (&file);
}

/* The welcome page ------------------------------------------------------- */

static void
test_empty_window (void)
{
  DlWindow *window;
  GtkWidget *sample;

  forget_recent ();
  window = new_window (NULL);
  settle ();
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  sample = find_actionable (welcome_page (window), "win.open-sample");
  g_assert_nonnull (sample);
  g_assert_true (gtk_widget_get_mapped (sample));
  g_assert_true (gtk_widget_is_sensitive (sample));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (sample)), ==, "Open the _Sample Articles");
  /* The first way to open has the focus, and nothing recent is shown */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == find_actionable (welcome_page (window), "win.open"));
  g_assert_false (gtk_widget_get_visible (window->welcome_recent));
  destroy_window (window);
}

static gboolean
has_sample (gpointer data)
{
  return n_articles (data) > 0 && !dl_window_is_busy (data);
}

static char *
dup_article_titles (DlWindow *window)
{
  GListModel *articles = dl_corpus_get_articles (dl_window_get_corpus (window));
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(DlArticle) article = g_list_model_get_item (articles, i);

      g_string_append_printf (titles, "%s\n", dl_article_get_title (article));
    }
  return g_string_free (titles, FALSE);
}

/* The button opens the same articles as opening the sample's folder */
static void
test_open_sample (void)
{
  DlWindow *window = new_window (NULL);
  DlWindow *reference;
  g_autofree char *titles = NULL;
  g_autofree char *expected = NULL;

  settle ();
  gtk_widget_activate (find_actionable (welcome_page (window), "win.open-sample"));
  wait_for (has_sample, window, 120);
  g_assert_cmpuint (n_articles (window), ==, 8);
  g_assert_cmpstr (visible_page (window), ==, "corpus");

  reference = open_window_on (sample_dir ());
  titles = dup_article_titles (window);
  expected = dup_article_titles (reference);
  g_assert_cmpstr (titles, ==, expected);
  destroy_window (reference);
  destroy_window (window);
}

static void
test_sample_missing (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("DATELINE_SAMPLE_DIR"));
  g_autofree char *dir = g_dir_make_tmp ("dateline-welcome-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-sample-here", NULL);
  DlWindow *window = new_window (NULL);

  g_setenv ("DATELINE_SAMPLE_DIR", missing, TRUE);
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  settle ();
  g_setenv ("DATELINE_SAMPLE_DIR", saved, TRUE);

  /* A toast names the folder; the window stays as it was */
  g_assert_true (has_label_containing (GTK_WIDGET (window), missing));
  g_assert_cmpuint (n_articles (window), ==, 0);
  g_assert_false (dl_window_is_busy (window));
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  destroy_window (window);
  remove_tree (dir);
}

static void
test_sample_dir (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("DATELINE_SAMPLE_DIR"));
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *expected = g_build_filename (cwd, "some", "sample", NULL);
  g_autofree char *relative = NULL;
  g_autofree char *found = NULL;

  /* Set, it alone counts, relative to the working folder */
  g_setenv ("DATELINE_SAMPLE_DIR", "some/./sample", TRUE);
  relative = _dl_window_dup_sample_dir ();
  g_assert_cmpstr (relative, ==, expected);

  /* Unset, the installed sample or the source tree's */
  g_unsetenv ("DATELINE_SAMPLE_DIR");
  found = _dl_window_dup_sample_dir ();
  g_setenv ("DATELINE_SAMPLE_DIR", saved, TRUE);
  g_assert_true (g_file_test (found, G_FILE_TEST_IS_DIR));
  g_assert_true (g_str_has_suffix (found, G_DIR_SEPARATOR_S "sample"));
}

/* Recent projects ---------------------------------------------------------- */

static void
test_recent_projects (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dateline-welcome-XXXXXX", NULL);
  g_autoptr(GFile) alpha = NULL;
  g_autoptr(GFile) beta = NULL;
  g_autoptr(GFile) gamma = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  DlWindow *window, *other;

  forget_recent ();
  alpha = save_project (dir, "Alpha" DL_PROJECT_EXTENSION);
  run_for (20);
  beta = save_project (dir, "Beta_Notes" DL_PROJECT_EXTENSION);
  run_for (20);
  gamma = save_project (dir, "Gamma" DL_PROJECT_EXTENSION);
  g_assert_true (g_file_delete (gamma, NULL, NULL));

  /* Newest first, the deleted one left out */
  window = new_window (NULL);
  settle ();
  g_assert_true (gtk_widget_get_visible (window->welcome_recent));
  wait_for_titles (window, "Beta_Notes|Alpha");
  rows = recent_rows (window);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), dir));

  /* Opened again elsewhere, Alpha comes first here too */
  other = new_window (NULL);
  dl_window_open_project (other, alpha);
  wait_until_idle (other);
  wait_for_titles (window, "Alpha|Beta_Notes");
  destroy_window (other);

  /* A row opens its project in this window */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = recent_rows (window);
  gtk_widget_activate (g_ptr_array_index (rows, 1));
  wait_until_idle (window);
  g_assert_nonnull (dl_window_get_file (window));
  g_assert_true (g_file_equal (dl_window_get_file (window), beta));
  g_assert_cmpuint (n_articles (window), ==, 1);
  g_assert_cmpstr (visible_page (window), ==, "corpus");

  destroy_window (window);
  forget_recent ();
  remove_tree (dir);
}

/* At most six, and none when every project is gone */
static void
test_recent_limit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dateline-welcome-XXXXXX", NULL);
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GtkRecentData data = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  DlWindow *window;

  forget_recent ();
  data.mime_type = (char *) DL_PROJECT_MIME_TYPE;
  data.app_name = (char *) "Dateline";
  data.app_exec = (char *) "dateline %u";
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("p%u" DL_PROJECT_EXTENSION, i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

      g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
      g_assert_true (gtk_recent_manager_add_full (manager, uri, &data));
    }
  settle ();
  window = new_window (NULL);
  settle ();
  rows = recent_rows (window);
  g_assert_cmpuint (rows->len, ==, 6);
  g_assert_true (gtk_widget_get_visible (window->welcome_recent));

  /* All gone from the desktop's list: the page follows it */
  forget_recent ();
  wait_for_titles (window, "");
  g_assert_false (gtk_widget_get_visible (window->welcome_recent));
  destroy_window (window);
  remove_tree (dir);
}

/* Shown again, the page reads the list afresh, leaving out a project
 * deleted meanwhile (the desktop's list does not change then), and
 * takes the focus back */
static void
test_recent_on_show (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dateline-welcome-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Later" DL_PROJECT_EXTENSION, NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkRecentData data = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  DlWindow *window;

  forget_recent ();
  data.mime_type = (char *) DL_PROJECT_MIME_TYPE;
  data.app_name = (char *) "Dateline";
  data.app_exec = (char *) "dateline %u";
  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  g_assert_true (gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data));
  window = new_window (NULL);
  wait_for_titles (window, "Later");
  /* Whatever the recent manager still has to say, said */
  run_for (1500);

  gtk_stack_set_visible_child_name (window->main_stack, "corpus");
  gtk_widget_grab_focus (dl_window_get_timeline_view (window));
  g_assert_cmpint (g_unlink (path), ==, 0);
  gtk_stack_set_visible_child_name (window->main_stack, "welcome");
  settle ();
  rows = recent_rows (window);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_false (gtk_widget_get_visible (window->welcome_recent));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == window->welcome_open_button);
  destroy_window (window);
  forget_recent ();
  remove_tree (dir);
}

/* Every button and row is reached with Tab */
static void
test_tab_order (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dateline-welcome-XXXXXX", NULL);
  g_autoptr(GFile) project = NULL;
  g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  const char *actions[] = { "win.open", "win.open-folder", "win.open-sample" };
  DlWindow *window;

  forget_recent ();
  project = save_project (dir, "Tabbed" DL_PROJECT_EXTENSION);
  window = new_window (NULL);
  wait_for_titles (window, "Tabbed");
  for (guint i = 0; i < 40; i++)
    {
      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        gtk_root_set_focus (GTK_ROOT (window), NULL);
      g_hash_table_add (reached, gtk_root_get_focus (GTK_ROOT (window)));
    }
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_true (g_hash_table_contains (reached, find_actionable (welcome_page (window), actions[i])));
  rows = recent_rows (window);
  g_assert_true (g_hash_table_contains (reached, g_ptr_array_index (rows, 0)));
  destroy_window (window);
  forget_recent ();
  remove_tree (dir);
}

/* How long ago --------------------------------------------------------------- */

typedef struct
{
  int days, hours, minutes, seconds;  /* before now */
  const char *expected;
} RelativeCase;

static void
test_relative_time (void)
{
  static const RelativeCase cases[] = {
    { 0, 0, 0, 0, "Just now" },
    { 0, 0, 0, 59, "Just now" },
    { 0, 0, 0, -30, "Just now" },         /* a clock set back */
    { 0, 0, 1, 0, "1 minute ago" },
    { 0, 0, 59, 59, "59 minutes ago" },
    { 0, 1, 0, 0, "1 hour ago" },
    { 0, 14, 0, 0, "14 hours ago" },      /* 01:00 the same day */
    { 0, 16, 0, 0, "Yesterday" },         /* 23:00 the day before */
    { 1, 0, 0, 0, "Yesterday" },
    { 2, 0, 0, 0, "2 days ago" },
    { 6, 0, 0, 0, "6 days ago" },
    { 7, 0, 0, 0, "1 week ago" },
    { 20, 0, 0, 0, "2 weeks ago" },
    { 29, 0, 0, 0, "4 weeks ago" },
    { 30, 0, 0, 0, "12 February 2026" },
    { 400, 0, 0, 0, "7 February 2025" },
  };
  /* 15:00 on 14 March 2026, in the suite's time zone (UTC) */
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 14, 15, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RelativeCase *c = &cases[i];
      GTimeSpan before = c->days * G_TIME_SPAN_DAY + c->hours * G_TIME_SPAN_HOUR +
                         c->minutes * G_TIME_SPAN_MINUTE + c->seconds * G_TIME_SPAN_SECOND;
      g_autoptr(GDateTime) then = g_date_time_add (now, -before);
      g_autofree char *text = _dl_window_format_relative_time (then, now);

      g_test_message ("case %u", i);
      g_assert_cmpstr (text, ==, c->expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  char *data_home = window_tests_init (&argc, &argv);

  g_test_add_func ("/window-welcome/empty-window", test_empty_window);
  g_test_add_func ("/window-welcome/sample/open", test_open_sample);
  g_test_add_func ("/window-welcome/sample/missing", test_sample_missing);
  g_test_add_func ("/window-welcome/sample/dir", test_sample_dir);
  g_test_add_func ("/window-welcome/recent/projects", test_recent_projects);
  g_test_add_func ("/window-welcome/recent/limit", test_recent_limit);
  g_test_add_func ("/window-welcome/recent/on-show", test_recent_on_show);
  g_test_add_func ("/window-welcome/tab-order", test_tab_order);
  g_test_add_func ("/window-welcome/relative-time", test_relative_time);
  return window_tests_run (data_home);
}
