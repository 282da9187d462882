/* test-window.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole window in a real display: open the sample corpus, select an
 * event on the timeline and see its passage highlighted in the source
 * pane, filter the timeline by an actor picked in the graph, filter
 * every view from the filter bar, and keep going when a file cannot be
 * read.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event-filter.h"
#include "dl-export-dialog.h"
#include "dl-event.h"
#include "dl-filter-bar.h"
#include "dl-graph-view.h"
#include "dl-relation.h"
#include "dl-source-view.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

#include "window-fixture.h"

/* The corpus's events of @actor (of anyone when %NULL), only the dated
 * ones if @dated */
static guint
count_events (DlCorpus *corpus,
              DlActor  *actor,
              gboolean  dated)
{
  GListModel *events = dl_corpus_get_events (corpus);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if ((!dated || dl_event_get_when (event) != NULL) && (actor == NULL || dl_event_has_actor (event, actor)))
        count++;
    }
  return count;
}

/* The events @shown are exactly the corpus's events of @actor */
static void
assert_shows_actor (GListModel *shown,
                    DlCorpus   *corpus,
                    DlActor    *actor)
{
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, count_events (corpus, actor, FALSE));
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (shown, i);
      g_assert_true (dl_event_has_actor (event, actor));
    }
}

static void
test_window_opens_sample (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlCorpus *corpus = dl_window_get_corpus (window);

  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_articles (corpus)), >=, 6);
  g_assert_cmpuint (dl_window_get_last_errors (window)->len, ==, 0);
  g_assert_cmpuint (count_events (corpus, NULL, TRUE), >=, 5);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_actors (corpus)), >=, 5);

  destroy_window (window);
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

  destroy_window (window);
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

  /* The timeline gets every event; undated ones go to its tray */
  g_assert_cmpuint (n_all, ==, g_list_model_get_n_items (dl_corpus_get_events (corpus)));
  g_assert_cmpuint (n_all, >=, count_events (corpus, NULL, TRUE));

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

  assert_shows_actor (shown, corpus, actor);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);

  /* And back to every event */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filter", NULL));
  g_assert_null (dl_graph_view_get_selected (graph));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  destroy_window (window);
}

/* An event picked from the list of events two actors share opens its
 * passage, as one picked in the timeline does */
static void
test_window_graph_edge_event_shows_passage (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlCorpus *corpus = dl_window_get_corpus (window);
  GtkWidget *graph = dl_window_get_graph_view (window);
  DlSourceView *source_view = DL_SOURCE_VIEW (dl_window_get_source_view (window));
  GListModel *relations = dl_corpus_get_relations (corpus);
  g_autoptr(DlRelation) relation = NULL;
  DlEvent *event;

  g_assert_cmpuint (g_list_model_get_n_items (relations), >=, 1);
  relation = g_list_model_get_item (relations, 0);
  event = g_ptr_array_index (dl_relation_get_events (relation), 0);
  g_assert_true (dl_source_view_get_event (source_view) != event);

  g_signal_emit_by_name (graph, "event-activated", event);
  g_assert_true (dl_source_view_get_event (source_view) == event);

  destroy_window (window);
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
  remove_tree (dir);
  destroy_window (window);
}

/* Filters ----------------------------------------------------------------- */

/* Whether @word (lower case, ASCII) is in @event's title, an actor's
 * name or a passage: what the search box promises to look at */
static gboolean
event_mentions (DlEvent    *event,
                const char *word)
{
  GPtrArray *actors = dl_event_get_actors (event);
  GArray *sources = dl_event_get_sources (event);
  g_autoptr(GString) text = g_string_new (dl_event_get_title (event));
  g_autofree char *lower = NULL;

  for (guint i = 0; i < actors->len; i++)
    g_string_append_printf (text, " %s", dl_actor_get_name (g_ptr_array_index (actors, i)));
  for (guint i = 0; i < sources->len; i++)
    g_string_append_printf (text, " %s", g_array_index (sources, DlSource, i).quote);
  lower = g_utf8_strdown (text->str, -1);
  return strstr (lower, word) != NULL;
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

/* Checks the three views against the events the timeline shows: the
 * sidebar lists an article when it tells one of them, the graph draws
 * no actor that is in none of them */
static void
assert_views_agree (DlWindow *window)
{
  DlCorpus *corpus = dl_window_get_corpus (window);
  GListModel *shown = dl_timeline_view_get_events (DL_TIMELINE_VIEW (dl_window_get_timeline_view (window)));
  GListModel *articles = dl_window_get_articles (window);
  DlGraphView *graph = DL_GRAPH_VIEW (dl_window_get_graph_view (window));
  GListModel *all_actors = dl_corpus_get_actors (corpus);
  g_autoptr(GHashTable) shown_actors = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) shown_articles = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer article;
  guint n_nodes = 0;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (shown, i);
      GPtrArray *actors = dl_event_get_actors (event);
      GArray *sources = dl_event_get_sources (event);

      for (guint j = 0; j < actors->len; j++)
        g_hash_table_add (shown_actors, g_ptr_array_index (actors, j));
      for (guint j = 0; j < sources->len; j++)
        g_hash_table_add (shown_articles, g_array_index (sources, DlSource, j).article);
    }

  /* The graph places its discs once it has a size: show it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "graph"));
  wait_for (has_size, graph, 10);

  g_hash_table_iter_init (&iter, shown_articles);
  while (g_hash_table_iter_next (&iter, &article, NULL))
    g_assert_true (model_contains (articles, article));

  for (guint i = 0; i < g_list_model_get_n_items (all_actors); i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (all_actors, i);
      double x, y;

      if (dl_graph_view_get_actor_position (graph, actor, &x, &y))
        {
          g_assert_true (g_hash_table_contains (shown_actors, actor));
          n_nodes++;
        }
    }
  g_assert_cmpuint (n_nodes, ==, dl_graph_view_get_n_nodes (graph));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline"));
  settle ();
}

static void
test_window_filter_text (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlCorpus *corpus = dl_window_get_corpus (window);
  DlFilterBar *bar = DL_FILTER_BAR (dl_window_get_filter_bar (window));
  GListModel *shown = dl_timeline_view_get_events (DL_TIMELINE_VIEW (dl_window_get_timeline_view (window)));
  GListModel *articles = dl_window_get_articles (window);
  DlGraphView *graph = DL_GRAPH_VIEW (dl_window_get_graph_view (window));
  guint n_all = g_list_model_get_n_items (dl_corpus_get_events (corpus));
  guint n_articles = g_list_model_get_n_items (articles);
  guint n_nodes = dl_graph_view_get_n_nodes (graph);
  guint n_expected = 0;
  g_autofree char *status = NULL;
  static const char *typed[] = { "k", "ko", "koh", "kohl", "KOHL" };

  g_assert_cmpuint (n_articles, ==, g_list_model_get_n_items (dl_corpus_get_articles (corpus)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_true (dl_filter_bar_get_search_mode (bar));

  /* Keystroke by keystroke, as typing does; case does not count */
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    gtk_editable_set_text (dl_filter_bar_get_entry (bar), typed[i]);
  settle ();

  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (dl_corpus_get_events (corpus), i);

      if (event_mentions (event, "kohl"))
        {
          g_assert_true (model_contains (shown, event));
          n_expected++;
        }
    }
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_expected);
  g_assert_cmpuint (n_expected, >, 0);
  g_assert_cmpuint (n_expected, <, n_all);
  assert_views_agree (window);
  g_assert_cmpuint (g_list_model_get_n_items (articles), <, n_articles);
  g_assert_cmpuint (dl_graph_view_get_n_nodes (graph), <, n_nodes);
  status = g_strdup_printf ("%u of %u events", n_expected, n_all);
  g_assert_cmpstr (dl_filter_bar_get_status (bar), ==, status);

  /* Words that nothing has leave nothing */
  gtk_editable_set_text (dl_filter_bar_get_entry (bar), "kohl zzzz");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);

  /* Closing the bar (Escape in the entry) shows everything again */
  dl_filter_bar_set_search_mode (bar, FALSE);
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, n_articles);
  g_assert_cmpuint (dl_graph_view_get_n_nodes (graph), ==, n_nodes);
  g_assert_cmpstr (gtk_editable_get_text (dl_filter_bar_get_entry (bar)), ==, "");

  destroy_window (window);
}

/* The actor with the most events, and the sample's others */
static DlActor *
busiest_actor (DlCorpus *corpus)
{
  GListModel *actors = dl_corpus_get_actors (corpus);
  DlActor *best = NULL;
  guint best_count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (actors, i);
      guint count = count_events (corpus, actor, FALSE);

      if (count > best_count)
        {
          best = actor;
          best_count = count;
        }
    }
  g_assert_nonnull (best);
  return best;
}

static void
test_window_filter_actor (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlCorpus *corpus = dl_window_get_corpus (window);
  DlEventFilter *filter = dl_window_get_filter (window);
  GListModel *shown = dl_timeline_view_get_events (DL_TIMELINE_VIEW (dl_window_get_timeline_view (window)));
  DlFilterBar *bar = DL_FILTER_BAR (dl_window_get_filter_bar (window));
  guint n_all = g_list_model_get_n_items (shown);
  DlActor *actor = busiest_actor (corpus);

  /* As a tick in the bar's actor menu does */
  dl_event_filter_set_actor (filter, actor, TRUE);
  settle ();
  g_assert_true (dl_filter_bar_get_search_mode (bar));
  assert_shows_actor (shown, corpus, actor);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);
  assert_views_agree (window);

  /* Words narrow the actor's events further, never widen them */
  dl_event_filter_set_text (filter, "zzzz");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  dl_event_filter_set_text (filter, NULL);
  dl_event_filter_set_actor (filter, actor, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  destroy_window (window);
}

static void
test_window_filter_dates (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlCorpus *corpus = dl_window_get_corpus (window);
  DlEventFilter *filter = dl_window_get_filter (window);
  GListModel *events = dl_corpus_get_events (corpus);
  GListModel *shown = dl_timeline_view_get_events (DL_TIMELINE_VIEW (dl_window_get_timeline_view (window)));
  g_autoptr(DlDateSpan) from = dl_date_span_new_from_value ("1989-11-09", DL_CERTAINTY_STATED);
  g_autoptr(DlDateSpan) to = dl_date_span_new_from_value ("1989-11", DL_CERTAINTY_STATED);
  /* From the 9th to the end of November, both ends included */
  gint64 start = dl_date_span_get_start (from);
  gint64 end = dl_date_span_get_end (to);
  guint n_expected = 0;

  dl_event_filter_set_range (filter, from, to);
  settle ();
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      DlDateSpan *when = dl_event_get_when (event);
      gboolean inside = when != NULL && dl_date_span_get_end (when) > start && dl_date_span_get_start (when) < end;

      g_assert_true (model_contains (shown, event) == inside);
      n_expected += inside;
    }
  g_assert_cmpuint (n_expected, >, 0);
  g_assert_cmpuint (n_expected, <, g_list_model_get_n_items (events));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_expected);
  assert_views_agree (window);

  dl_event_filter_set_range (filter, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (events));

  destroy_window (window);
}

/* Whether @model holds an event told by the same passage as @event: a
 * correction replaces every event with a new one */
static gboolean
model_has_passage_of (GListModel *model,
                      DlEvent    *event)
{
  const DlSource *wanted = &g_array_index (dl_event_get_sources (event), DlSource, 0);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DlEvent) item = g_list_model_get_item (model, i);
      GArray *sources = dl_event_get_sources (item);

      for (guint s = 0; s < sources->len; s++)
        {
          const DlSource *source = &g_array_index (sources, DlSource, s);

          if (source->article == wanted->article && source->start == wanted->start && source->end == wanted->end)
            return TRUE;
        }
    }
  return FALSE;
}

/* What the timeline's context menu asks of the window: hiding an event
 * is a correction, kept with the project and undone with Ctrl+Z; the
 * window's "Show Hidden Events" shows it all the same */
static void
test_window_hide_and_show_only (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlCorpus *corpus = dl_window_get_corpus (window);
  DlEventFilter *filter = dl_window_get_filter (window);
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  GListModel *shown = dl_timeline_view_get_events (timeline);
  guint n_all = g_list_model_get_n_items (shown);
  g_autoptr(DlEvent) hidden = g_list_model_get_item (shown, 0);
  DlEvent *now_hidden = NULL;
  DlActor *actor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.hide-event", "s",
                                             dl_event_get_id (hidden)));
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all - 1);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_events (corpus)), ==, n_all);
  g_assert_false (model_has_passage_of (shown, hidden));
  g_assert_true (model_has_passage_of (dl_corpus_get_events (corpus), hidden));
  g_assert_cmpuint (dl_event_filter_get_n_hidden (filter), ==, 1);
  /* A correction, not a filter: nothing to clear */
  g_assert_false (dl_event_filter_is_active (filter));

  /* Shown all the same from the window's menu, and left out again */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-hidden", NULL);
  settle ();
  g_assert_true (dl_event_filter_get_show_hidden (filter));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-hidden", NULL);
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all - 1);

  for (guint i = 0; i < g_list_model_get_n_items (dl_corpus_get_events (corpus)); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (dl_corpus_get_events (corpus), i);

      if (dl_event_get_hidden (event))
        now_hidden = event;
    }
  g_assert_nonnull (now_hidden);
  g_assert_cmpstr (dl_event_get_title (now_hidden), ==, dl_event_get_title (hidden));
  actor = busiest_actor (corpus);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-only-actor", "s",
                                             dl_actor_get_id (actor)));
  settle ();
  g_assert_cmpuint (dl_event_filter_get_n_actors (filter), ==, 1);
  g_assert_true (dl_event_filter_has_actor (filter, actor));
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (shown, i);
      g_assert_true (dl_event_has_actor (event, actor));
      g_assert_false (dl_event_get_hidden (event));
    }
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                    count_events (corpus, actor, FALSE) - (dl_event_has_actor (now_hidden, actor) ? 1 : 0));
  assert_views_agree (window);

  /* Unknown ids change nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.hide-event", "s", "no-such-event"));
  g_assert_cmpuint (dl_event_filter_get_n_hidden (filter), ==, 1);

  /* win.clear-filter (Escape) brings back everything but what was hidden */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filter", NULL));
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all - 1);
  g_assert_false (dl_event_filter_is_active (filter));
  g_assert_cmpuint (g_list_model_get_n_items (dl_window_get_articles (window)), ==,
                    g_list_model_get_n_items (dl_corpus_get_articles (corpus)));

  /* Ctrl+Z */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
  g_assert_cmpuint (dl_event_filter_get_n_hidden (filter), ==, 0);

  destroy_window (window);
}

static void
test_window_lanes_menu (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  static const char *lanes[] = { "actor", "article", "kind", "none" };
  g_autoptr(GVariant) state = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (lanes); i++)
    {
      g_autoptr(GVariant) current = NULL;

      g_action_group_activate_action (G_ACTION_GROUP (window), "timeline-lanes",
                                      g_variant_new_string (lanes[i]));
      g_assert_cmpstr (dl_timeline_view_get_lanes (timeline), ==, lanes[i]);
      current = g_action_group_get_action_state (G_ACTION_GROUP (window), "timeline-lanes");
      g_assert_cmpstr (g_variant_get_string (current, NULL), ==, lanes[i]);
    }

  /* The view's own action moves the menu's radio items too */
  dl_timeline_view_set_lanes (timeline, "kind");
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "timeline-lanes");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "kind");
  /* The choice is remembered: leave the next tests one lane */
  dl_timeline_view_set_lanes (timeline, "none");

  destroy_window (window);
}

static DlEvent *
make_event (DlArticle  *article,
            const char *title,
            const char *value)
{
  DlEvent *event = dl_event_new (title);

  if (value != NULL)
    {
      g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (value, DL_CERTAINTY_STATED);
      dl_event_set_when (event, when);
    }
  dl_event_add_source (event, article, 0, 5, "Words");
  return event;
}

/* Undated events reach the timeline, which keeps them in its tray, and
 * the filters apply to them like to the others */
static void
test_window_undated_in_timeline (void)
{
  DlWindow *window = new_window (NULL);
  DlCorpus *corpus = dl_window_get_corpus (window);
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  GListModel *shown = dl_timeline_view_get_events (timeline);
  g_autoptr(DlArticle) article = dl_article_new ("/notes/a.txt", "Notes", "Words about a harbour and a bridge.");
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  DlTimelineLayout *layout;

  dl_corpus_add_article (corpus, article);
  g_ptr_array_add (events, make_event (article, "Bridge opens", "2001-05-03"));
  g_ptr_array_add (events, make_event (article, "Harbour closes", "2001-06"));
  g_ptr_array_add (events, make_event (article, "Talks go on", NULL));
  dl_corpus_set_analysis (corpus, actors, events);
  settle ();

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  layout = dl_timeline_view_get_layout (timeline);
  g_assert_nonnull (layout);
  g_assert_cmpuint (dl_timeline_layout_get_n_undated (layout), ==, 1);
  g_assert_true (dl_timeline_layout_get_undated (layout, 0)->event == g_ptr_array_index (events, 2));

  dl_event_filter_set_text (dl_window_get_filter (window), "talks");
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  dl_event_filter_set_text (dl_window_get_filter (window), "bridge");
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  layout = dl_timeline_view_get_layout (timeline);
  g_assert_cmpuint (dl_timeline_layout_get_n_undated (layout), ==, 0);

  destroy_window (window);
}

/* Ten thousand events: each keystroke refilters the three views; the
 * time it takes is printed, not judged */
static void
test_window_filter_many_events (void)
{
  DlWindow *window = new_window (NULL);
  DlCorpus *corpus = dl_window_get_corpus (window);
  GListModel *shown = dl_timeline_view_get_events (DL_TIMELINE_VIEW (dl_window_get_timeline_view (window)));
  g_autoptr(DlArticle) article = dl_article_new ("/notes/b.txt", "Many", "Words, many words.");
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  static const char *keys[] = { "b", "br", "bri", "brid", "bridg", "bridge", "bridge 7" };
  gint64 worst = 0;

  dl_corpus_add_article (corpus, article);
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %u", i % 10 == 0 ? "Bridge" : "Harbour", i);
      g_autofree char *value = g_strdup_printf ("%04u-%02u-%02u", 1900 + i % 120, 1 + i % 12, 1 + i % 28);

      g_ptr_array_add (events, make_event (article, title, value));
    }
  dl_corpus_set_analysis (corpus, actors, events);
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 10000);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      gint64 start = g_get_monotonic_time ();

      dl_event_filter_set_text (dl_window_get_filter (window), keys[i]);
      settle ();
      worst = MAX (worst, g_get_monotonic_time () - start);
    }
  /* "Bridge 7", "Bridge 70", ... "Bridge 7990": the tens that contain a 7 */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1000 - 729);
  g_test_message ("slowest keystroke with 10000 events: %.1f ms", worst / 1000.0);

  destroy_window (window);
}

static DlExportDialog *
find_export_dialog (void)
{
  return find_toplevel (DL_TYPE_EXPORT_DIALOG, NULL, NULL);
}

/* The export dialog draws what the view shows, at the size and scale
 * chosen, and closes */
static void
test_window_export_dialog (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "view.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "all.svg", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autofree char *name = NULL;
  DlExportDialog *dialog;
  cairo_surface_t *surface;
  g_autofree char *svg_text = NULL;
  int width, height;

  dl_event_filter_set_text (dl_window_get_filter (window), "kohl");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (dl_export_dialog_get_scope (dialog), ==, DL_EXPORT_SCOPE_VIEW);
  g_assert_cmpint (dl_export_dialog_get_view (dialog), ==, DL_EXPORT_VIEW_TIMELINE);
  dl_export_dialog_get_size (dialog, &width, &height);
  g_assert_cmpint (width, >=, 800);
  g_assert_cmpint (height, >=, 450);
  name = dl_export_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "timeline.png");

  dl_export_dialog_set_size (dialog, 700, 400);
  dl_export_dialog_set_scale (dialog, 2);
  dl_export_dialog_export_to (dialog, png_file);
  settle ();
  g_assert_null (find_export_dialog ());
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1400);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 800);
  cairo_surface_destroy (surface);

  /* Everything, as SVG in the print style: the filter does not apply,
   * so events without "Kohl" are in the picture */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_export_dialog ();
  dl_export_dialog_set_format (dialog, DL_EXPORT_FORMAT_SVG);
  dl_export_dialog_set_scope (dialog, DL_EXPORT_SCOPE_EVERYTHING);
  dl_export_dialog_set_style (dialog, DL_EXPORT_STYLE_PRINT);
  dl_export_dialog_set_size (dialog, 900, 500);
  dl_export_dialog_set_scale (dialog, 1);
  dl_export_dialog_export_to (dialog, svg_file);
  settle ();
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "width=\"900pt\""));
  g_assert_nonnull (strstr (svg_text, "height=\"500pt\""));

  remove_tree (dir);
  destroy_window (window);
}

/* Every data format the command line writes is offered in the dialog
 * too, under a file name with its own extension, and the file written
 * is the command line's */
static void
test_window_export_data_formats (void)
{
  static const struct
  {
    DlExportFormat format;
    const char *file_name;
  } cases[] = {
    { DL_EXPORT_FORMAT_JSON, "events.json" },
    { DL_EXPORT_FORMAT_CSV, "events.csv" },
    { DL_EXPORT_FORMAT_TIMELINEJS, "events.timeline.json" },
    { DL_EXPORT_FORMAT_ICS, "events.ics" },
    { DL_EXPORT_FORMAT_GEXF, "actors.gexf" },
    { DL_EXPORT_FORMAT_GRAPHML, "actors.graphml" },
  };
  DlWindow *window = open_window_on (sample_dir ());
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-XXXXXX", NULL);

  /* The calendar stamps each event with the time of export: the file
   * the window wrote and the one made here a moment later would differ
   * whenever a second turned between them */
  g_setenv ("SOURCE_DATE_EPOCH", "1500000000", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autofree char *written = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GBytes) expected = NULL;
      DlExportDialog *dialog;
      DlExportFormat from_name;
      gsize length;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
      dialog = find_export_dialog ();
      dl_export_dialog_set_format (dialog, cases[i].format);
      g_assert_cmpint (dl_export_dialog_get_format (dialog), ==, cases[i].format);
      name = dl_export_dialog_dup_file_name (dialog);
      g_assert_cmpstr (name, ==, cases[i].file_name);
      g_assert_true (dl_export_format_from_path (name, &from_name));
      g_assert_cmpint (from_name, ==, cases[i].format);

      path = g_build_filename (dir, name, NULL);
      file = g_file_new_for_path (path);
      dl_export_dialog_export_to (dialog, file);
      settle ();
      g_assert_null (find_export_dialog ());
      g_assert_true (g_file_get_contents (path, &written, &length, NULL));
      expected = dl_export_data_to_bytes (dl_window_get_corpus (window), cases[i].format, NULL);
      g_assert_nonnull (expected);
      g_assert_cmpmem (written, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
      g_assert_cmpuint (length, >, 100);
      g_unlink (path);
    }
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_rmdir (dir);
  destroy_window (window);
}

static void
set_true_cb (gpointer  data,
             GObject  *where_the_object_was)
{
  *(gboolean *) data = TRUE;
}

/* A closed window leaves none of its views behind: one that lived on
 * would go on following the settings it was bound to */
static void
test_window_destroy_frees_views (void)
{
  DlWindow *window = open_window_on (sample_dir ());
  GtkWidget *views[] = { dl_window_get_timeline_view (window), dl_window_get_graph_view (window) };
  gboolean gone[G_N_ELEMENTS (views)] = { FALSE };
  gboolean window_gone = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_object_weak_ref (G_OBJECT (views[i]), set_true_cb, &gone[i]);
  g_object_weak_ref (G_OBJECT (window), set_true_cb, &window_gone);
  destroy_window_after_slides (window);
  run_for (100);
  g_assert_true (window_gone);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_assert_true (gone[i]);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home = window_tests_init (&argc, &argv);

  g_test_add_func ("/window/opens-sample", test_window_opens_sample);
  g_test_add_func ("/window/select-event-shows-passage", test_window_select_event_shows_passage);
  g_test_add_func ("/window/graph-filters-timeline", test_window_graph_filters_timeline);
  g_test_add_func ("/window/graph-edge-event-shows-passage", test_window_graph_edge_event_shows_passage);
  g_test_add_func ("/window/bad-file-keeps-the-rest", test_window_bad_file_keeps_the_rest);
  g_test_add_func ("/window/filter/text", test_window_filter_text);
  g_test_add_func ("/window/filter/actor", test_window_filter_actor);
  g_test_add_func ("/window/filter/dates", test_window_filter_dates);
  g_test_add_func ("/window/filter/hide-and-show-only", test_window_hide_and_show_only);
  g_test_add_func ("/window/filter/many-events", test_window_filter_many_events);
  g_test_add_func ("/window/lanes-menu", test_window_lanes_menu);
  g_test_add_func ("/window/undated-in-timeline", test_window_undated_in_timeline);
  g_test_add_func ("/window/export-dialog", test_window_export_dialog);
  g_test_add_func ("/window/export-data-formats", test_window_export_data_formats);
  g_test_add_func ("/window/destroy-frees-views", test_window_destroy_frees_views);

  return window_tests_run (data_home);
}
