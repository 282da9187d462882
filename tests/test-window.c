/* test-window.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole window in a real display: open the sample corpus, select an
 * event on the timeline and see its passage highlighted in the source
 * pane, filter the timeline by an actor picked in the graph, and keep
 * going when a file cannot be read.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-graph-view.h"
#include "dl-source-view.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the window has read and analysed everything */
static void
wait_until_idle (DlWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (120, timeout_cb, &timed_out);

  while (dl_window_is_busy (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);

  /* Let the views lay out and draw what arrived */
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static DlWindow *
open_window_on (const char *path)
{
  DlWindow *window = dl_window_new (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 780);
  gtk_window_present (GTK_WINDOW (window));
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

static guint
count_dated_events_with (DlCorpus *corpus,
                         DlActor  *actor)
{
  GListModel *events = dl_corpus_get_events (corpus);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if (dl_event_get_when (event) != NULL && (actor == NULL || dl_event_has_actor (event, actor)))
        count++;
    }
  return count;
}

static void
test_window_opens_sample (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlCorpus *corpus = dl_window_get_corpus (window);

  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_articles (corpus)), >=, 6);
  g_assert_cmpuint (dl_window_get_last_errors (window)->len, ==, 0);
  g_assert_cmpuint (count_dated_events_with (corpus, NULL), >=, 5);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_actors (corpus)), >=, 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_select_event_shows_passage (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  DlSourceView *source_view = DL_SOURCE_VIEW (dl_window_get_source_view (window));
  const DlSource *source;
  g_autofree char *shown = NULL;
  g_autofree char *quote = NULL;
  DlEvent *event;
  guint start, end;

  /* As the keyboard does: focus the timeline and move to the next event */
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.select-next", NULL));
  event = dl_timeline_view_get_selected (timeline);
  g_assert_nonnull (event);
  g_assert_true (dl_source_view_get_event (source_view) == event);

  source = &g_array_index (dl_event_get_sources (event), DlSource, 0);
  g_assert_true (dl_source_view_get_article (source_view) == source->article);
  g_assert_true (dl_source_view_get_passage (source_view, &start, &end));
  g_assert_cmpuint (start, ==, source->start);
  g_assert_cmpuint (end, ==, source->end);

  /* The highlighted text is the quote the event gives */
  shown = dl_article_dup_slice (source->article, start, end);
  quote = g_strdup (source->quote);
  g_assert_cmpstr (shown, ==, quote);

  /* Moving on selects another event and moves the highlight with it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.select-next", NULL));
  g_assert_true (dl_timeline_view_get_selected (timeline) != event);
  g_assert_true (dl_source_view_get_event (source_view) == dl_timeline_view_get_selected (timeline));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_graph_filters_timeline (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlCorpus *corpus = dl_window_get_corpus (window);
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  DlGraphView *graph = DL_GRAPH_VIEW (dl_window_get_graph_view (window));
  GListModel *shown = dl_timeline_view_get_events (timeline);
  guint n_all = g_list_model_get_n_items (shown);
  DlSourceView *source_view;
  DlActor *actor;

  g_assert_cmpuint (n_all, ==, count_dated_events_with (corpus, NULL));

  /* Pick the graph's first actor as the keyboard would */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (graph), "graph.select-next", NULL));
  actor = dl_graph_view_get_selected (graph);
  g_assert_nonnull (actor);

  /* The source pane marks the actor's mentions in the first article
   * that names it */
  source_view = DL_SOURCE_VIEW (dl_window_get_source_view (window));
  g_assert_true (dl_source_view_get_article (source_view) ==
                 g_array_index (dl_actor_get_mentions (actor), DlMention, 0).article);
  g_assert_cmpuint (dl_source_view_count_actor_highlights (source_view), >=, 1);

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, count_dated_events_with (corpus, actor));
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (shown, i);
      g_assert_true (dl_event_has_actor (event, actor));
    }

  /* And back to every event */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filter", NULL));
  g_assert_null (dl_graph_view_get_selected (graph));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_bad_file_keeps_the_rest (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlCorpus *corpus = dl_window_get_corpus (window);
  guint n_before = g_list_model_get_n_items (dl_corpus_get_articles (corpus));
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "good.txt", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  GFile *files[3];
  GError *error;

  g_assert_true (g_file_set_contents (good, "A short note\n\nThe mayor opened the bridge on 3 May 2001.\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  files[0] = g_file_new_for_path (good);
  files[1] = g_file_new_for_path (empty);
  files[2] = g_file_new_for_path (missing);

  dl_window_open_files (window, files, 3);
  wait_until_idle (window);

  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_articles (corpus)), ==, n_before + 1);
  g_assert_cmpuint (dl_window_get_last_errors (window)->len, ==, 2);
  error = g_ptr_array_index (dl_window_get_last_errors (window), 0);
  g_assert_nonnull (strstr (error->message, "empty.txt"));
  error = g_ptr_array_index (dl_window_get_last_errors (window), 1);
  g_assert_nonnull (strstr (error->message, "missing.txt"));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
  g_unlink (good);
  g_unlink (empty);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/opens-sample", test_window_opens_sample);
  g_test_add_func ("/window/select-event-shows-passage", test_window_select_event_shows_passage);
  g_test_add_func ("/window/graph-filters-timeline", test_window_graph_filters_timeline);
  g_test_add_func ("/window/bad-file-keeps-the-rest", test_window_bad_file_keeps_the_rest);

  return g_test_run ();
}
