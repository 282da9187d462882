/* test-window-import.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing many articles into a real window: the strip at its foot
 * says how far the work is, the articles join the list while the rest
 * are still read, partial results show before the end, and Cancel
 * stops the work while keeping what was read. The articles are made up
 * here, each different, so that none is a copy of another.
 */
#include "config.h"

#include <string.h>

#include "dl-analyzer.h"
#include "dl-article-list.h"
#include "window-fixture.h"

static const char *people[] = { "Ilse Marwood", "Tomas Ferrante", "Ada Okafor", "Piet Vanderlyn", "Mira Solberg" };
static const char *places[] = { "Lisbon", "Tallinn", "Accra", "Hanoi", "Quito", "Perth", "Oslo" };
static const char *months[] = { "January", "March", "May", "July", "September", "November" };

/* A folder of @n articles, each its own story */
static char *
write_articles (guint n)
{
  char *dir = g_dir_make_tmp ("dateline-import-XXXXXX", NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("story-%05u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      const char *person = people[i % G_N_ELEMENTS (people)];
      const char *place = places[(i / 5) % G_N_ELEMENTS (places)];

      text = g_strdup_printf ("%s visits %s, story %u\n\n"
                              "%s arrived in %s on %u %s %u for talks on trade number %u. "
                              "Officials said the meeting lasted two hours. "
                              "The visit %u ended with a joint statement on ferries and ports.\n",
                              person, place, i, person, place, 1 + i % 27, months[i % G_N_ELEMENTS (months)],
                              1990 + i % 30, i * 7 + 3, i);
      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  return dir;
}

static gboolean
is_progress_revealer (GtkWidget     *widget,
                      gconstpointer  data)
{
  GtkWidget *child = GTK_IS_REVEALER (widget) ? gtk_revealer_get_child (GTK_REVEALER (widget)) : NULL;

  return child != NULL && gtk_widget_has_css_class (child, "progress-strip");
}

static GtkRevealer *
progress_strip (DlWindow *window)
{
  GtkWidget *revealer = find_widget (GTK_WIDGET (window), is_progress_revealer, NULL);

  g_assert_nonnull (revealer);
  return GTK_REVEALER (revealer);
}

static const char *
strip_text (DlWindow *window)
{
  GtkWidget *strip = gtk_revealer_get_child (progress_strip (window));
  GtkWidget *label = find_descendant (strip, GTK_TYPE_LABEL);

  return gtk_label_get_text (GTK_LABEL (label));
}

static double
strip_fraction (DlWindow *window)
{
  GtkWidget *strip = gtk_revealer_get_child (progress_strip (window));

  return gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (find_descendant (strip, GTK_TYPE_PROGRESS_BAR)));
}

static guint
n_events (DlWindow *window)
{
  return g_list_model_get_n_items (dl_corpus_get_events (dl_window_get_corpus (window)));
}

typedef struct
{
  DlWindow *window;
  guint wanted;
} Watch;

/* Some articles are in, not all, and the window still works */
static gboolean
some_arrived (gpointer data)
{
  Watch *watch = data;
  guint n = n_articles (watch->window);

  return n > 0 && n < watch->wanted && dl_window_is_busy (watch->window);
}

static gboolean
some_events_while_busy (gpointer data)
{
  Watch *watch = data;

  return n_events (watch->window) > 0 && dl_window_is_busy (watch->window);
}

static void
start_import (DlWindow   *window,
              const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  dl_window_open_files (window, &folder, 1);
}

/* The strip shows while the work goes on, counts it, and goes away;
 * articles and events appear before the end */
static void
test_import_progress (void)
{
  const guint n = 2500;
  g_autofree char *dir = write_articles (n);
  DlWindow *window = new_window (NULL);
  Watch watch = { window, n };

  /* This corpus is read in well under the usual second */
  dl_window_set_partial_results_delay (window, 1);

  g_assert_false (gtk_revealer_get_reveal_child (progress_strip (window)));
  start_import (window, dir);
  g_assert_true (gtk_revealer_get_reveal_child (progress_strip (window)));

  wait_for (some_arrived, &watch, 60);
  g_assert_true (gtk_revealer_get_reveal_child (progress_strip (window)));
  g_assert_true (g_str_has_prefix (strip_text (window), "Reading") || g_str_has_prefix (strip_text (window), "Analysing"));

  wait_for (some_events_while_busy, &watch, 120);
  g_assert_true (g_str_has_prefix (strip_text (window), "Analysing")
                 || g_str_has_prefix (strip_text (window), "Finding"));
  g_assert_cmpfloat (strip_fraction (window), >, 0.0);

  wait_until_idle (window);
  g_assert_false (gtk_revealer_get_reveal_child (progress_strip (window)));
  g_assert_cmpuint (n_articles (window), ==, n);
  /* Stories of the same people on the same day merge: fewer events than articles */
  g_assert_cmpuint (n_events (window), >=, n / 10);

  destroy_window (window);
  remove_tree (dir);
}

/* Cancel while reading: what was read stays, nothing more is read, and
 * no analysis starts by itself */
static void
test_import_cancel_reading (void)
{
  const guint n = 3000;
  g_autofree char *dir = write_articles (n);
  DlWindow *window = new_window (NULL);
  Watch watch = { window, n };
  guint kept;

  start_import (window, dir);
  wait_for (some_arrived, &watch, 60);
  g_assert_true (g_str_has_prefix (strip_text (window), "Reading"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL);
  wait_until_idle (window);

  kept = n_articles (window);
  g_assert_cmpuint (kept, >, 0);
  g_assert_cmpuint (kept, <, n);
  g_assert_cmpuint (n_events (window), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (progress_strip (window)));
  /* Nothing more arrives later */
  run_for (300);
  g_assert_cmpuint (n_articles (window), ==, kept);

  /* Asked to, the window analyses what it kept */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.analyse", NULL);
  wait_until_idle (window);
  g_assert_cmpuint (n_events (window), >, 0);

  destroy_window (window);
  remove_tree (dir);
}

static gboolean
analysing (gpointer data)
{
  Watch *watch = data;

  return g_str_has_prefix (strip_text (watch->window), "Analysing")
         && gtk_revealer_get_reveal_child (progress_strip (watch->window));
}

/* Cancel while analysing: the articles stay, the analysis stops, and a
 * later analysis finds every event */
static void
test_import_cancel_analysis (void)
{
  const guint n = 600;
  g_autofree char *dir = write_articles (n);
  DlWindow *window = new_window (NULL);
  Watch watch = { window, n };
  guint partial;

  /* On one thread the analysis lasts long enough to be caught in the
   * middle, however busy the machine keeps this test's main loop */
  dl_analyzer_set_max_threads (1);
  start_import (window, dir);
  wait_for (analysing, &watch, 120);
  g_assert_cmpuint (n_articles (window), ==, n);
  dl_window_cancel_load (window);
  wait_until_idle (window);
  dl_analyzer_set_max_threads (0);
  partial = n_events (window);

  g_assert_cmpuint (n_articles (window), ==, n);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.analyse", NULL);
  wait_until_idle (window);
  g_assert_cmpuint (n_events (window), >, partial);

  destroy_window (window);
  remove_tree (dir);
}

/* A window closed in the middle of an import stops its workers and
 * leaves nothing behind */
static void
test_import_close_midway (void)
{
  const guint n = 1500;
  g_autofree char *dir = write_articles (n);
  DlWindow *window = new_window (NULL);
  Watch watch = { window, n };

  start_import (window, dir);
  wait_for (some_arrived, &watch, 60);
  destroy_window (window);
  run_for (500);
  remove_tree (dir);
}

static gboolean
is_duplicate_row (GtkWidget     *widget,
                  gconstpointer  data)
{
  GtkWidget *subtitle = gtk_widget_get_last_child (widget);

  return GTK_IS_BOX (widget) && gtk_widget_has_css_class (widget, "article-row") && GTK_IS_LABEL (subtitle)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (subtitle)), data) == 0;
}

/* The same folder twice adds nothing the second time, and a copy of an
 * article under another name is marked a duplicate, shown dimmed in
 * the sidebar with the article it repeats */
static void
test_import_twice_and_copies (void)
{
  g_autofree char *dir = write_articles (20);
  g_autofree char *first = g_build_filename (dir, "story-00003.txt", NULL);
  g_autofree char *copy = g_build_filename (dir, "zz-copy-of-three.txt", NULL);
  g_autofree char *text = NULL;
  DlWindow *window;
  DlArticle *copied;

  g_assert_true (g_file_get_contents (first, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, text, -1, NULL));
  window = open_window_on (dir);
  g_assert_cmpuint (n_articles (window), ==, 21);
  open_path (window, dir);
  g_assert_cmpuint (n_articles (window), ==, 21);

  copied = dl_corpus_find_article_by_path (dl_window_get_corpus (window), copy);
  g_assert_nonnull (copied);
  g_assert_true (dl_article_get_duplicate_of (copied)
                 == dl_corpus_find_article_by_path (dl_window_get_corpus (window), first));

  /* The sidebar makes rows for what is on screen: the copy's is shown
   * by scrolling to it */
  {
    GtkWidget *list = find_descendant (GTK_WIDGET (window), DL_TYPE_ARTICLE_LIST);
    g_autofree char *label = g_strdup_printf ("Duplicate of “%s”",
                                              dl_article_get_title (dl_article_get_duplicate_of (copied)));
    GtkWidget *row;

    dl_article_list_select (DL_ARTICLE_LIST (list), copied);
    settle ();
    run_for (200);
    row = find_widget (list, is_duplicate_row, label);
    g_assert_nonnull (row);
    g_assert_true (gtk_widget_has_css_class (row, "dim-label"));
    g_assert_true (dl_article_list_get_selected (DL_ARTICLE_LIST (list)) == copied);
  }

  destroy_window (window);
  remove_tree (dir);
}

static gboolean
has_articles (gpointer data)
{
  Watch *watch = data;

  return n_articles (watch->window) >= watch->wanted && !dl_window_is_busy (watch->window);
}

/* Text pasted with Ctrl+V becomes an article of its own, titled by its
 * first line and analysed; the same text again is a duplicate, and a
 * blank clipboard adds nothing */
static void
test_paste_text (void)
{
  DlWindow *window = new_window (NULL);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  const char *text = "Harbour board meets in Valletta\n\n"
                     "VALLETTA, June 12, 2004 — Prime Minister Anna Borg met President Karl Weiss "
                     "in Valletta on Saturday to discuss new ferry routes.\n";
  Watch watch = { window, 1 };
  g_autoptr(DlArticle) first = NULL;
  g_autoptr(DlArticle) second = NULL;

  gdk_clipboard_set_text (clipboard, text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
  wait_for (has_articles, &watch, 60);
  first = g_list_model_get_item (dl_corpus_get_articles (dl_window_get_corpus (window)), 0);
  g_assert_cmpstr (dl_article_get_title (first), ==, "Harbour board meets in Valletta");
  g_assert_null (dl_article_get_path (first));
  g_assert_nonnull (dl_article_get_dct (first));
  g_assert_cmpuint (n_events (window), >, 0);

  watch.wanted = 2;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL);
  wait_for (has_articles, &watch, 60);
  second = g_list_model_get_item (dl_corpus_get_articles (dl_window_get_corpus (window)), 1);
  g_assert_true (dl_article_get_duplicate_of (second) == first);

  gdk_clipboard_set_text (clipboard, "  \n\t ");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL);
  run_for (300);
  wait_until_idle (window);
  g_assert_cmpuint (n_articles (window), ==, 2);

  destroy_window (window);
}

/* Files copied in a file manager are opened when pasted */
static void
test_paste_files (void)
{
  g_autofree char *dir = write_articles (3);
  DlWindow *window = new_window (NULL);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GSList *files = NULL;
  Watch watch = { window, 3 };

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("story-%05u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      files = g_slist_append (files, g_file_new_for_path (path));
    }
  gdk_clipboard_set (clipboard, GDK_TYPE_FILE_LIST, files);
  g_slist_free_full (files, g_object_unref);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL);
  wait_for (has_articles, &watch, 60);
  g_assert_cmpuint (n_articles (window), ==, 3);

  destroy_window (window);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home = window_tests_init (&argc, &argv);

  g_test_add_func ("/window-import/progress", test_import_progress);
  g_test_add_func ("/window-import/cancel-reading", test_import_cancel_reading);
  g_test_add_func ("/window-import/cancel-analysis", test_import_cancel_analysis);
  g_test_add_func ("/window-import/close-midway", test_import_close_midway);
  g_test_add_func ("/window-import/twice-and-copies", test_import_twice_and_copies);
  g_test_add_func ("/window-import/paste-text", test_paste_text);
  g_test_add_func ("/window-import/paste-files", test_paste_files);

  return window_tests_run (data_home);
}
