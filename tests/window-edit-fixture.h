/* window-edit-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two articles of the tests' own for test-window-edit, written to a
 * temporary folder, and helpers to open them in a window, find their
 * events and actors by what they are called, and run the main loop.
 */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-event.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

static const char harbour_text[] =
  "Harbour Bridge Opens After Years of Delay\n"
  "\n"
  "Published: 12 June 2004\n"
  "\n"
  "PORTSMOUTH – The new harbour bridge opened to traffic on 11 June 2004, two years later than "
  "planned. Mayor Ellen Carver cut the ribbon before a crowd of several thousand people.\n"
  "\n"
  "The Harbour Trust, which paid for most of the work, said the bridge would carry 40,000 cars a "
  "day. Engineer Tomas Reyes, who led the design team, thanked the workers who had built the "
  "towers through two hard winters.\n"
  "\n"
  "On 3 March 2002 a storm damaged the half-finished deck, and the Harbour Trust stopped the work "
  "for four months. Ellen Carver visited the site on 5 March 2002 and promised that the bridge "
  "would be finished.\n";

/* No date of its own: its days of the week wait for one */
static const char ferry_text[] =
  "Ferry Crews Walk Out\n"
  "\n"
  "The ferry crews of the Channel Line went on strike on Friday, leaving hundreds of passengers "
  "stranded at the quay. Union leader Marta Holm said the crews would not return until the company "
  "restored their pay.\n"
  "\n"
  "The Channel Line said on Saturday that it would meet the union next week. Marta Holm met the "
  "company's directors in Portsmouth on Sunday.\n";

static char *fixture_dir;

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

static void
wait_until_idle (DlWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (120, timeout_cb, &timed_out);

  while (dl_window_is_busy (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  settle ();
}

static char *
fixture_path (const char *name)
{
  return g_build_filename (fixture_dir, name, NULL);
}

static void
write_fixture (const char *name,
               const char *text)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static DlWindow *
new_window (void)
{
  DlWindow *window = dl_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 780);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
open_fixture (DlWindow   *window,
              const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  dl_window_open_files (window, &file, 1);
  wait_until_idle (window);
}

static DlWindow *
open_harbour (void)
{
  DlWindow *window = new_window ();

  open_fixture (window, "harbour.txt");
  return window;
}

static DlCorpus *
corpus_of (DlWindow *window)
{
  return dl_window_get_corpus (window);
}

static DlEvent *
find_event (DlWindow   *window,
            const char *title)
{
  GListModel *events = dl_corpus_get_events (corpus_of (window));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (dl_event_get_title (event), title) == 0)
        return event;
    }
  return NULL;
}

static DlEvent *
get_event (DlWindow   *window,
           const char *title)
{
  DlEvent *event = find_event (window, title);

  if (event == NULL)
    g_error ("No event “%s” in the fixture's corpus", title);
  return event;
}

static DlActor *
find_actor (DlWindow   *window,
            const char *name)
{
  return dl_corpus_find_actor_by_name (corpus_of (window), name);
}

static DlActor *
get_actor (DlWindow   *window,
           const char *name)
{
  DlActor *actor = find_actor (window, name);

  if (actor == NULL)
    g_error ("No actor “%s” in the fixture's corpus", name);
  return actor;
}

static DlArticle *
get_article (DlWindow   *window,
             const char *name)
{
  g_autofree char *path = fixture_path (name);
  DlArticle *article = dl_corpus_find_article_by_path (corpus_of (window), path);

  g_assert_nonnull (article);
  return article;
}

/* The code points of @words in @article's text */
static void
find_passage (DlArticle  *article,
              const char *words,
              guint      *start,
              guint      *end)
{
  const char *text = dl_article_get_text (article);
  const char *found = strstr (text, words);

  g_assert_nonnull (found);
  *start = (guint) g_utf8_pointer_to_offset (text, found);
  *end = *start + (guint) g_utf8_strlen (words, -1);
}

static void
activate (DlWindow   *window,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  settle ();
}

static GListModel *
shown_events (DlWindow *window)
{
  return dl_timeline_view_get_events (DL_TIMELINE_VIEW (dl_window_get_timeline_view (window)));
}

static gboolean
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

/* What win.undo and win.redo follow */
static gboolean
action_enabled (DlWindow   *window,
                const char *name)
{
  DlEditHistory *history = dl_window_get_edit_history (window);

  return g_str_equal (name, "undo") ? dl_edit_history_can_undo (history) : dl_edit_history_can_redo (history);
}

/* A label somewhere in @widget's tree that reads @text */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

static void
destroy_window (DlWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* GTK 4.8 may warn of a frame clock handler when a window is destroyed
 * while a revealer slides (the graph's focus shows one above the
 * timeline): the slides are left the time to end */
static void
destroy_window_after_slides (DlWindow *window)
{
  gboolean done = FALSE;

  g_timeout_add (500, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  destroy_window (window);
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

