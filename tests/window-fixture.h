/* window-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the suites that drive the whole window share: setting up GTK
 * with data folders of their own, opening windows and waiting until
 * they have read and analysed everything, finding windows and dialogs
 * on screen, closing windows without GTK's warnings, and removing the
 * temporary folders they wrote.
 */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dl-application.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-window.h"

/* Main loop ----------------------------------------------------------------- */

static inline gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the views lay out and draw what arrived */
static inline void
settle (void)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @done says so, for at most @seconds */
static inline void
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

static inline gboolean
window_is_idle (gpointer data)
{
  return !dl_window_is_busy (data);
}

/* Runs the main loop until the window has read and analysed everything */
static inline void
wait_until_idle (DlWindow *window)
{
  wait_for (window_is_idle, window, 120);
}

/* Runs the main loop for @msec, letting animations end */
static inline void
run_for (guint msec)
{
  gboolean done = FALSE;

  g_timeout_add (msec, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Windows -------------------------------------------------------------------- */

static inline DlWindow *
new_window (DlApplication *app)
{
  DlWindow *window = dl_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 780);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The suite's one application, registered: its actions (app.about,
 * win.show-help-overlay...) exist from then on */
static inline DlApplication *
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

static inline void
open_path (DlWindow   *window,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  dl_window_open_files (window, &file, 1);
  wait_until_idle (window);
}

static inline DlWindow *
open_window_on (const char *path)
{
  DlWindow *window = new_window (NULL);

  open_path (window, path);
  return window;
}

static inline const char *
sample_dir (void)
{
  const char *dir = g_getenv ("DATELINE_SAMPLE_DIR");

  g_assert_nonnull (dir);
  return dir;
}

static inline void
destroy_window (DlWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* GTK 4.8 may warn of a frame clock handler when a window is destroyed
 * while a revealer slides (the filter bar, or the graph's focus above
 * the timeline): the slides are left the time to end */
static inline void
destroy_window_after_slides (DlWindow *window)
{
  run_for (500);
  destroy_window (window);
}

static inline guint
n_articles (DlWindow *window)
{
  return g_list_model_get_n_items (dl_corpus_get_articles (dl_window_get_corpus (window)));
}

/* An article of the test's own, added as the Open dialog would */
static inline void
add_note (DlWindow   *window,
          const char *path,
          const char *title)
{
  g_autoptr(DlArticle) article = dl_article_new (path, title, "The ferry to the island stopped on 4 March 2003.");

  dl_corpus_add_article (dl_window_get_corpus (window), article);
}

static inline gboolean
model_contains (GListModel *model,
                gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return TRUE;
    }
  return FALSE;
}

/* On screen ------------------------------------------------------------------ */

/* The first toplevel of @type that @match takes (any, without one) */
static inline gpointer
find_toplevel (GType      type,
               gboolean (*match) (GtkWindow *toplevel,
                                  gpointer   data),
               gpointer   data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && (match == NULL || match (toplevel, data)))
        return toplevel;
    }
  return NULL;
}

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

/* The first widget of @root's tree, @root included, that @match takes */
static inline gpointer
find_widget (GtkWidget     *root,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* The first widget of @type in @root's tree */
static inline gpointer
find_descendant (GtkWidget *root,
                 GType      type)
{
  return find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

static inline gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* A label somewhere in @widget's tree that reads @text: a toast's */
static inline gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  return find_widget (widget, is_label_reading, text) != NULL;
}

static inline gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* The window's main menu button */
static inline GtkWidget *
find_primary_menu_button (GtkWidget *root)
{
  return find_widget (root, is_primary_menu_button, NULL);
}

/* The DlWindows on screen */
static inline guint
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

static inline gboolean
shows_file (GtkWindow *toplevel,
            gpointer   file)
{
  GFile *shown = dl_window_get_file (DL_WINDOW (toplevel));

  return shown != NULL && g_file_equal (shown, file);
}

static inline DlWindow *
find_window_with_file (GFile *file)
{
  return find_toplevel (DL_TYPE_WINDOW, shows_file, file);
}

static inline gboolean
is_visible (GtkWindow *toplevel,
            gpointer   data)
{
  return gtk_widget_get_visible (GTK_WIDGET (toplevel));
}

static inline AdwMessageDialog *
find_message_dialog (void)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG, is_visible, NULL);
}

/* Folders -------------------------------------------------------------------- */

static inline void
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

/* Sets up GTK for a suite. A window with articles keeps them in a
 * recovery file after a few seconds, and a saved project goes to the
 * recent files: in a folder of the suite's own, returned, set before
 * anything reads the user's folders. */
static inline char *
window_tests_init (int    *argc,
                   char ***argv)
{
  char *data_home = g_dir_make_tmp ("dateline-window-data-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  return data_home;
}

/* Runs the suite's tests, then removes and frees @data_home */
static inline int
window_tests_run (char *data_home)
{
  int status = g_test_run ();

  remove_tree (data_home);
  g_free (data_home);
  return status;
}
