/* test-window-edit.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Corrections in the window, in a real display: every kind of edit
 * shows in the corpus, Ctrl+Z takes it back and Shift+Ctrl+Z makes it
 * again; an article's date moves its relative events; edits survive a
 * new analysis and come back with the project; the selection stays on
 * what was corrected; and the dialogs make the edits their fields say.
 * The articles are the tests' own, written to a temporary folder.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dl-actor-chooser.h"
#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-edit-history.h"
#include "dl-edit.h"
#include "dl-event-editor.h"
#include "dl-event-filter.h"
#include "dl-event.h"
#include "dl-graph-view.h"
#include "dl-mention-chooser.h"
#include "dl-source-view.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

#include "window-edit-fixture.h"

/* Each kind of edit, made, undone and made again --------------------------- */

typedef struct
{
  const char *name;
  DlEdit *(*make) (DlWindow *window);
  gboolean (*applied) (DlWindow *window);
} EditCase;

static DlEdit *
make_title (DlWindow *window)
{
  return dl_edit_new_event_title (get_event (window, "Bridge opened"), "Harbour bridge opens to traffic");
}

static gboolean
title_applied (DlWindow *window)
{
  return find_event (window, "Harbour bridge opens to traffic") != NULL && find_event (window, "Bridge opened") == NULL;
}

static DlEdit *
make_date (DlWindow *window)
{
  g_autoptr(DlDateSpan) when = dl_date_span_new_from_value ("2002-03-06", DL_CERTAINTY_STATED);

  return dl_edit_new_event_date (get_event (window, "Carver visits site"), when);
}

static gboolean
date_applied (DlWindow *window)
{
  DlDateSpan *when = dl_event_get_when (get_event (window, "Carver visits site"));

  return when != NULL && g_strcmp0 (dl_date_span_get_value (when), "2002-03-06") == 0 &&
         dl_date_span_get_certainty (when) == DL_CERTAINTY_STATED;
}

static DlEdit *
make_actors (DlWindow *window)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (actors, g_object_ref (get_actor (window, "Ellen Carver")));
  g_ptr_array_add (actors, dl_actor_new ("Ada Brightwater", DL_ACTOR_KIND_PERSON));
  return dl_edit_new_event_actors (get_event (window, "Bridge opened"), actors);
}

static gboolean
actors_applied (DlWindow *window)
{
  GPtrArray *actors = dl_event_get_actors (get_event (window, "Bridge opened"));
  DlActor *ada = find_actor (window, "Ada Brightwater");

  return actors->len == 2 && ada != NULL && dl_actor_get_kind (ada) == DL_ACTOR_KIND_PERSON &&
         g_ptr_array_index (actors, 0) == get_actor (window, "Ellen Carver") &&
         g_ptr_array_index (actors, 1) == ada;
}

static DlEdit *
make_hide (DlWindow *window)
{
  return dl_edit_new_event_hide (get_event (window, "Carver visits site"));
}

static gboolean
hide_applied (DlWindow *window)
{
  DlEvent *event = get_event (window, "Carver visits site");

  g_assert_cmpint (dl_event_get_hidden (event), !=, model_contains (shown_events (window), event));
  return dl_event_get_hidden (event);
}

static DlEdit *
make_delete (DlWindow *window)
{
  return dl_edit_new_event_delete (get_event (window, "Carver visits site"));
}

static gboolean
delete_applied (DlWindow *window)
{
  return find_event (window, "Carver visits site") == NULL;
}

#define TRUST_SAYS "The Harbour Trust, which paid for most of the work, said the bridge would carry 40,000 cars a day."

static DlEdit *
make_add (DlWindow *window)
{
  DlArticle *article = get_article (window, "harbour.txt");
  g_autoptr(DlDateSpan) when = dl_date_span_new_from_value ("2004-06-12", DL_CERTAINTY_STATED);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  guint start, end;

  find_passage (article, TRUST_SAYS, &start, &end);
  g_ptr_array_add (actors, g_object_ref (get_actor (window, "Harbour Trust")));
  return dl_edit_new_event_add (article, start, end, "Trust forecasts traffic", when, actors);
}

static gboolean
add_applied (DlWindow *window)
{
  DlEvent *event = find_event (window, "Trust forecasts traffic");
  DlArticle *article = get_article (window, "harbour.txt");
  const DlSource *source;
  guint start, end;

  if (event == NULL)
    return FALSE;
  find_passage (article, TRUST_SAYS, &start, &end);
  source = &g_array_index (dl_event_get_sources (event), DlSource, 0);
  g_assert_true (source->article == article);
  g_assert_cmpuint (source->start, ==, start);
  g_assert_cmpuint (source->end, ==, end);
  g_assert_true (dl_event_has_actor (event, get_actor (window, "Harbour Trust")));
  g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (event)), ==, "2004-06-12");
  return TRUE;
}

static DlEdit *
make_rename (DlWindow *window)
{
  return dl_edit_new_actor_rename (get_actor (window, "Engineer Tomas Reyes"), "Tomas Reyes");
}

static gboolean
rename_applied (DlWindow *window)
{
  DlActor *renamed = find_actor (window, "Tomas Reyes");

  if (renamed == NULL)
    return FALSE;
  g_assert_null (find_actor (window, "Engineer Tomas Reyes"));
  g_assert_true (dl_actor_has_alias (renamed, "Engineer Tomas Reyes"));
  return TRUE;
}

static DlEdit *
make_kind (DlWindow *window)
{
  return dl_edit_new_actor_kind (get_actor (window, "Harbour Trust"), DL_ACTOR_KIND_GROUP);
}

static gboolean
kind_applied (DlWindow *window)
{
  return dl_actor_get_kind (get_actor (window, "Harbour Trust")) == DL_ACTOR_KIND_GROUP;
}

static DlEdit *
make_merge (DlWindow *window)
{
  return dl_edit_new_actor_merge (get_actor (window, "Engineer Tomas Reyes"), get_actor (window, "Ellen Carver"));
}

static gboolean
merge_applied (DlWindow *window)
{
  guint n = dl_actor_get_n_mentions (get_actor (window, "Ellen Carver"));

  g_assert_cmpuint (n, ==, find_actor (window, "Engineer Tomas Reyes") == NULL ? 3 : 2);
  return n == 3;
}

static DlEdit *
make_split (DlWindow *window)
{
  DlActor *carver = get_actor (window, "Ellen Carver");
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (DlMention));

  /* The second mention, in the passage of the site visit */
  g_array_append_val (mentions, g_array_index (dl_actor_get_mentions (carver), DlMention, 1));
  return dl_edit_new_actor_split (carver, mentions, "Ellen Carver (site visit)");
}

static gboolean
split_applied (DlWindow *window)
{
  DlActor *split = find_actor (window, "Ellen Carver (site visit)");

  if (split == NULL)
    return FALSE;
  g_assert_cmpuint (dl_actor_get_n_mentions (split), ==, 1);
  g_assert_cmpuint (dl_actor_get_n_mentions (get_actor (window, "Ellen Carver")), ==, 1);
  g_assert_true (dl_event_has_actor (get_event (window, "Carver visits site"), split));
  return TRUE;
}

static const EditCase edit_cases[] = {
  { "event-title", make_title, title_applied },
  { "event-date", make_date, date_applied },
  { "event-actors", make_actors, actors_applied },
  { "event-hide", make_hide, hide_applied },
  { "event-delete", make_delete, delete_applied },
  { "event-add", make_add, add_applied },
  { "actor-rename", make_rename, rename_applied },
  { "actor-kind", make_kind, kind_applied },
  { "actor-merge", make_merge, merge_applied },
  { "actor-split", make_split, split_applied },
};

static void
test_edit_undo_redo (gconstpointer data)
{
  const EditCase *edit_case = data;
  DlWindow *window = open_harbour ();
  guint n_events = g_list_model_get_n_items (dl_corpus_get_events (corpus_of (window)));
  g_autoptr(DlEdit) edit = NULL;
  g_autofree char *description = NULL;

  g_assert_false (edit_case->applied (window));
  g_assert_false (action_enabled (window, "undo"));
  g_assert_false (action_enabled (window, "redo"));

  edit = edit_case->make (window);
  description = dl_edit_dup_description (edit);
  dl_window_apply_edit (window, edit);
  settle ();
  g_assert_true (edit_case->applied (window));
  g_assert_true (dl_window_get_modified (window));
  g_assert_true (action_enabled (window, "undo"));
  g_assert_false (action_enabled (window, "redo"));
  /* A toast says what was done, and offers to undo it */
  g_assert_true (has_label (GTK_WIDGET (window), description));

  activate (window, "win.undo");
  g_assert_false (edit_case->applied (window));
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_events (corpus_of (window))), ==, n_events);
  g_assert_false (action_enabled (window, "undo"));
  g_assert_true (action_enabled (window, "redo"));

  activate (window, "win.redo");
  g_assert_true (edit_case->applied (window));
  g_assert_cmpuint (dl_edit_history_get_edits (dl_window_get_edit_history (window))->len, ==, 1);

  destroy_window (window);
}

/* The action a key of the window's own runs, if any */
static char *
dup_action_of_key (DlWindow   *window,
                   const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
              GTK_IS_NAMED_ACTION (action))
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }
  return NULL;
}

/* The keys, and the window's menu */
static void
test_shortcuts (void)
{
  DlWindow *window = new_window ();
  g_autofree char *undo = dup_action_of_key (window, "<Control>z");
  g_autofree char *redo = dup_action_of_key (window, "<Control><Shift>z");

  g_assert_cmpstr (undo, ==, "win.undo");
  g_assert_cmpstr (redo, ==, "win.redo");

  destroy_window (window);
}

/* Edits made together are undone together */
static void
test_edits_together (void)
{
  DlWindow *window = open_harbour ();
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (edits, make_date (window));
  g_ptr_array_add (edits, make_rename (window));
  dl_window_apply_edits (window, edits);
  settle ();
  g_assert_true (date_applied (window) && rename_applied (window));

  activate (window, "win.undo");
  g_assert_false (date_applied (window));
  g_assert_false (rename_applied (window));
  activate (window, "win.redo");
  g_assert_true (date_applied (window) && rename_applied (window));

  destroy_window (window);
}

/* The event or actor selected stays selected through its correction */
static void
test_selection_kept (void)
{
  DlWindow *window = open_harbour ();
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  DlGraphView *graph = DL_GRAPH_VIEW (dl_window_get_graph_view (window));
  DlSourceView *source = DL_SOURCE_VIEW (dl_window_get_source_view (window));
  g_autoptr(DlEdit) title = NULL;
  g_autoptr(DlEdit) rename = NULL;
  double start, end, start_after, end_after;

  dl_timeline_view_set_selected (timeline, get_event (window, "Bridge opened"));
  settle ();
  dl_timeline_view_get_visible_range (timeline, &start, &end);
  title = make_title (window);
  dl_window_apply_edit (window, title);
  settle ();
  g_assert_nonnull (dl_timeline_view_get_selected (timeline));
  g_assert_cmpstr (dl_event_get_title (dl_timeline_view_get_selected (timeline)), ==,
                   "Harbour bridge opens to traffic");
  g_assert_true (dl_source_view_get_event (source) == dl_timeline_view_get_selected (timeline));
  dl_timeline_view_get_visible_range (timeline, &start_after, &end_after);
  g_assert_cmpfloat (start, ==, start_after);
  g_assert_cmpfloat (end, ==, end_after);

  dl_graph_view_set_selected (graph, get_actor (window, "Engineer Tomas Reyes"));
  settle ();
  rename = make_rename (window);
  dl_window_apply_edit (window, rename);
  settle ();
  g_assert_true (dl_graph_view_get_selected (graph) == get_actor (window, "Tomas Reyes"));
  g_assert_true (dl_event_filter_get_focus (dl_window_get_filter (window)) == get_actor (window, "Tomas Reyes"));

  /* Undone, the actor is still the one selected, by its old name */
  activate (window, "win.undo");
  g_assert_true (dl_graph_view_get_selected (graph) == get_actor (window, "Engineer Tomas Reyes"));

  dl_graph_view_set_selected (graph, NULL);
  destroy_window_after_slides (window);
}

/* An article's date ---------------------------------------------------------- */

static DlDateSpan *
holm_meeting_when (DlWindow *window)
{
  DlEvent *event = find_event (window, "Holm meets in Portsmouth");

  return event != NULL ? dl_event_get_when (event) : NULL;
}

static void
set_ferry_date (DlWindow *window,
                int       month,
                int       day)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2004, month, day, 0, 0, 0);
  g_autoptr(DlEdit) edit = dl_edit_new_article_date (get_article (window, "ferry.txt"), date);

  dl_window_apply_edit (window, edit);
  wait_until_idle (window);
}

static void
assert_meeting_on (DlWindow   *window,
                   const char *value)
{
  DlDateSpan *when = holm_meeting_when (window);

  g_assert_nonnull (when);
  g_assert_cmpstr (dl_date_span_get_value (when), ==, value);
}

static void
test_article_date (void)
{
  DlWindow *window = open_harbour ();
  DlArticle *ferry;

  open_fixture (window, "ferry.txt");
  ferry = get_article (window, "ferry.txt");
  g_assert_null (holm_meeting_when (window));

  /* Dated on a Sunday: "on Sunday" is that day */
  set_ferry_date (window, 6, 20);
  g_assert_cmpint (dl_article_get_dct_source (ferry), ==, DL_DCT_SOURCE_OPTION);
  assert_meeting_on (window, "2004-06-20");
  /* A later date moves it */
  set_ferry_date (window, 7, 4);
  assert_meeting_on (window, "2004-07-04");

  activate (window, "win.undo");
  wait_until_idle (window);
  assert_meeting_on (window, "2004-06-20");
  activate (window, "win.undo");
  wait_until_idle (window);
  g_assert_null (holm_meeting_when (window));
  g_assert_true (dl_article_get_dct_source (ferry) != DL_DCT_SOURCE_OPTION);

  activate (window, "win.redo");
  wait_until_idle (window);
  assert_meeting_on (window, "2004-06-20");

  destroy_window (window);
}

/* Edits survive a new analysis and a new project ------------------------------ */

static void
apply_several (DlWindow *window)
{
  g_autoptr(DlEdit) title = make_title (window);
  g_autoptr(DlEdit) rename = NULL;
  g_autoptr(DlEdit) hide = NULL;

  dl_window_apply_edit (window, title);
  rename = make_rename (window);
  dl_window_apply_edit (window, rename);
  hide = make_hide (window);
  dl_window_apply_edit (window, hide);
}

static void
assert_several_applied (DlWindow *window)
{
  g_assert_true (title_applied (window));
  g_assert_true (rename_applied (window));
  g_assert_true (hide_applied (window));
}

static void
test_survive_new_article (void)
{
  DlWindow *window = open_harbour ();

  apply_several (window);
  assert_several_applied (window);
  /* Adding an article analyses everything again */
  open_fixture (window, "ferry.txt");
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_articles (corpus_of (window))), ==, 2);
  g_assert_nonnull (find_actor (window, "Marta Holm"));
  assert_several_applied (window);
  g_assert_cmpuint (dl_edit_history_get_edits (dl_window_get_edit_history (window))->len, ==, 3);

  /* And undo still undoes over the new results */
  activate (window, "win.undo");
  g_assert_false (hide_applied (window));
  g_assert_true (rename_applied (window));

  destroy_window (window);
}

static void
test_saved_in_project (void)
{
  DlWindow *window = open_harbour ();
  g_autofree char *dir = g_dir_make_tmp ("dateline-window-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "harbour.dateline", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlWindow *opened;

  apply_several (window);
  activate (window, "win.undo");
  g_assert_false (hide_applied (window));
  dl_window_save_to_file (window, file);
  wait_until_idle (window);
  g_assert_false (dl_window_get_modified (window));
  destroy_window (window);

  opened = new_window ();
  dl_window_open_project (opened, file);
  wait_until_idle (opened);
  g_assert_false (dl_window_get_modified (opened));
  g_assert_cmpuint (dl_edit_history_get_edits (dl_window_get_edit_history (opened))->len, ==, 2);
  g_assert_true (title_applied (opened));
  g_assert_true (rename_applied (opened));
  g_assert_false (hide_applied (opened));
  /* What was undone before saving cannot be redone: it is not kept */
  g_assert_false (action_enabled (opened, "redo"));

  /* Undo works on what the project's articles say, analysed again */
  activate (opened, "win.undo");
  g_assert_false (rename_applied (opened));
  g_assert_true (title_applied (opened));
  g_assert_true (dl_window_get_modified (opened));
  activate (opened, "win.undo");
  g_assert_false (title_applied (opened));
  g_assert_nonnull (find_event (opened, "Bridge opened"));

  destroy_window (opened);
  remove_tree (dir);
}

/* The Edit Event dialog's fields --------------------------------------------- */

typedef struct
{
  gboolean range;
  int year, month, day;
  int year2, month2, day2;
  const char *value;          /* NULL: no date */
  const char *first_day;
  const char *last_day;
} DateCase;

static const DateCase date_cases[] = {
  { FALSE, 1989, 11, 9, 0, 0, 0, "1989-11-09", "1989-11-09", "1989-11-09" },
  { FALSE, 1989, 11, 0, 0, 0, 0, "1989-11", "1989-11-01", "1989-11-30" },
  { FALSE, 1989, 0, 0, 0, 0, 0, "1989", "1989-01-01", "1989-12-31" },
  { FALSE, 1989, 0, 9, 0, 0, 0, NULL, NULL, NULL },            /* a day without a month */
  { FALSE, 1989, 2, 30, 0, 0, 0, NULL, NULL, NULL },           /* no such day */
  { FALSE, 2004, 2, 29, 0, 0, 0, "2004-02-29", "2004-02-29", "2004-02-29" },
  { TRUE, 1989, 11, 9, 1989, 11, 12, "1989-11-09/1989-11-12", "1989-11-09", "1989-11-12" },
  { TRUE, 1989, 11, 0, 1990, 0, 0, "1989-11/1990", "1989-11-01", "1990-12-31" },
  { TRUE, 1989, 11, 9, 1989, 11, 9, NULL, NULL, NULL },        /* ends when it starts */
  { TRUE, 1990, 1, 1, 1989, 12, 31, NULL, NULL, NULL },        /* ends before */
};

static void
test_editor_dates (void)
{
  DlEventEditor *editor = DL_EVENT_EDITOR (g_object_ref_sink (dl_event_editor_new ()));

  dl_event_editor_load (editor, "Wall opens", NULL, NULL);
  g_assert_true (dl_event_editor_is_valid (editor));
  g_assert_null (dl_event_editor_dup_when (editor));

  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      const DateCase *c = &date_cases[i];
      g_autoptr(DlDateSpan) when = NULL;

      dl_event_editor_set_dated (editor, TRUE);
      dl_event_editor_set_range (editor, c->range);
      dl_event_editor_set_date_fields (editor, FALSE, c->year, c->month, c->day);
      if (c->range)
        dl_event_editor_set_date_fields (editor, TRUE, c->year2, c->month2, c->day2);
      when = dl_event_editor_dup_when (editor);
      g_test_message ("case %u: %s", i, c->value != NULL ? c->value : "(none)");
      g_assert_cmpint (dl_event_editor_get_date_valid (editor), ==, c->value != NULL);
      g_assert_cmpint (dl_event_editor_is_valid (editor), ==, c->value != NULL);
      if (c->value == NULL)
        {
          g_assert_null (when);
          continue;
        }
      g_assert_nonnull (when);
      g_assert_cmpstr (dl_date_span_get_value (when), ==, c->value);
      g_assert_cmpint (dl_date_span_get_certainty (when), ==, DL_CERTAINTY_STATED);
      {
        g_autofree char *first = dl_date_span_dup_first_day (when);
        g_autofree char *last = dl_date_span_dup_last_day (when);

        g_assert_cmpstr (first, ==, c->first_day);
        g_assert_cmpstr (last, ==, c->last_day);
      }
    }

  /* Undated: no date, and valid */
  dl_event_editor_set_dated (editor, FALSE);
  g_assert_null (dl_event_editor_dup_when (editor));
  g_assert_true (dl_event_editor_is_valid (editor));
  /* No title, no event */
  dl_event_editor_set_title (editor, "  ");
  g_assert_false (dl_event_editor_is_valid (editor));

  g_object_unref (editor);
}

/* A date loaded is shown as exactly as the fields can, and gives itself
 * back */
static void
test_editor_loads_dates (void)
{
  static const char *values[] = { "2001-05-03", "2001-06", "2001", "1989-11-09/1989-11-12", "1989-11/1990" };
  DlEventEditor *editor = DL_EVENT_EDITOR (g_object_ref_sink (dl_event_editor_new ()));

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(DlDateSpan) span = NULL;
      g_autoptr(DlDateSpan) back = NULL;
      g_auto(GStrv) ends = g_strsplit (values[i], "/", 2);
      gint64 start, end, s2, e2;

      g_assert_true (dl_timex_value_to_range (ends[0], &start, &end));
      if (ends[1] != NULL)
        g_assert_true (dl_timex_value_to_range (ends[1], &s2, &e2));
      else
        e2 = end;
      span = dl_date_span_new (values[i], start, e2, DL_CERTAINTY_RELATIVE);
      dl_event_editor_load (editor, "Talks", span, NULL);
      back = dl_event_editor_dup_when (editor);
      g_assert_nonnull (back);
      g_assert_cmpstr (dl_date_span_get_value (back), ==, values[i]);
      g_assert_cmpint (dl_date_span_get_start (back), ==, start);
      g_assert_cmpint (dl_date_span_get_end (back), ==, e2);
    }
  g_object_unref (editor);
}

/* Only what the person changed becomes an edit */
static void
test_editor_builds_edits (void)
{
  DlWindow *window = open_harbour ();
  DlEvent *event = get_event (window, "Carver visits site");
  DlEventEditor *editor = DL_EVENT_EDITOR (g_object_ref_sink (dl_event_editor_new ()));
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GPtrArray) undated = NULL;

  dl_event_editor_set_known_actors (editor, dl_corpus_get_actors (corpus_of (window)));
  dl_event_editor_load_event (editor, event);
  g_assert_cmpstr (dl_event_editor_get_title (editor), ==, "Carver visits site");
  g_assert_cmpuint (dl_event_editor_get_actors (editor)->len, ==, dl_event_get_actors (event)->len);
  none = dl_event_editor_build_edits (editor, event);
  g_assert_cmpuint (none->len, ==, 0);

  /* A title and an actor: two edits; a known name adds that actor */
  dl_event_editor_set_title (editor, "Mayor visits the damaged deck");
  g_assert_true (dl_event_editor_add_actor (editor, "Harbour Trust", DL_ACTOR_KIND_ORGANIZATION));
  g_assert_false (dl_event_editor_add_actor (editor, "Harbour Trust", DL_ACTOR_KIND_ORGANIZATION));
  g_assert_true (g_ptr_array_index (dl_event_editor_get_actors (editor), 1) == get_actor (window, "Harbour Trust"));
  edits = dl_event_editor_build_edits (editor, event);
  g_assert_cmpuint (edits->len, ==, 2);
  g_assert_cmpint (dl_edit_get_kind (g_ptr_array_index (edits, 0)), ==, DL_EDIT_EVENT_TITLE);
  g_assert_cmpint (dl_edit_get_kind (g_ptr_array_index (edits, 1)), ==, DL_EDIT_EVENT_ACTORS);

  dl_window_apply_edits (window, edits);
  settle ();
  event = get_event (window, "Mayor visits the damaged deck");
  g_assert_true (dl_event_has_actor (event, get_actor (window, "Harbour Trust")));
  g_assert_true (dl_event_has_actor (event, get_actor (window, "Ellen Carver")));

  /* Undated by the switch: a date edit to none */
  dl_event_editor_load_event (editor, event);
  dl_event_editor_set_dated (editor, FALSE);
  undated = dl_event_editor_build_edits (editor, event);
  g_assert_cmpuint (undated->len, ==, 1);
  g_assert_cmpint (dl_edit_get_kind (g_ptr_array_index (undated, 0)), ==, DL_EDIT_EVENT_DATE);
  dl_window_apply_edits (window, undated);
  settle ();
  g_assert_null (dl_event_get_when (get_event (window, "Mayor visits the damaged deck")));

  g_object_unref (editor);
  destroy_window (window);
}

/* The dialogs, driven as a person would ---------------------------------------- */

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static AdwMessageDialog *
open_dialog (DlWindow   *window,
             const char *action,
             GVariant   *target)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, target));
  settle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  return dialog;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  settle ();
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();
}

static void
test_dialog_edit_event (void)
{
  DlWindow *window = open_harbour ();
  AdwMessageDialog *dialog;
  DlEventEditor *editor;

  dialog = open_dialog (window, "win.edit-event", g_variant_new_string (dl_event_get_id (get_event (window, "Bridge opened"))));
  editor = DL_EVENT_EDITOR (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpstr (dl_event_editor_get_title (editor), ==, "Bridge opened");
  /* No title: Save is off */
  dl_event_editor_set_title (editor, "");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  dl_event_editor_set_title (editor, "Harbour bridge opens to traffic");
  respond (dialog, "save");
  g_assert_true (title_applied (window));

  /* Cancel changes nothing */
  dialog = open_dialog (window, "win.edit-event",
                        g_variant_new_string (dl_event_get_id (get_event (window, "Harbour bridge opens to traffic"))));
  dl_event_editor_set_title (DL_EVENT_EDITOR (adw_message_dialog_get_extra_child (dialog)), "Something else");
  respond (dialog, "cancel");
  g_assert_true (title_applied (window));
  g_assert_cmpuint (dl_edit_history_get_edits (dl_window_get_edit_history (window))->len, ==, 1);

  destroy_window (window);
}

static void
test_dialog_add_event (void)
{
  DlWindow *window = open_harbour ();
  DlSourceView *source = DL_SOURCE_VIEW (dl_window_get_source_view (window));
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  DlArticle *article = get_article (window, "harbour.txt");
  AdwMessageDialog *dialog;
  DlEventEditor *editor;
  g_autoptr(DlDateSpan) when = NULL;
  GPtrArray *actors;
  guint start, end;

  dl_source_view_show_article (source, article);
  find_passage (article, TRUST_SAYS, &start, &end);
  dl_source_view_select (source, start, end);
  settle ();
  dialog = open_dialog (window, "win.add-event-from-selection", NULL);
  editor = DL_EVENT_EDITOR (adw_message_dialog_get_extra_child (dialog));
  /* The title from the passage, shortened; the article's date; the
   * actors it names */
  g_assert_true (g_str_has_prefix (dl_event_editor_get_title (editor), "The Harbour Trust, which paid"));
  g_assert_true (g_str_has_suffix (dl_event_editor_get_title (editor), "…"));
  g_assert_cmpint (g_utf8_strlen (dl_event_editor_get_title (editor), -1), <=, 81);
  when = dl_event_editor_dup_when (editor);
  g_assert_cmpstr (dl_date_span_get_value (when), ==, "2004-06-12");
  actors = dl_event_editor_get_actors (editor);
  g_assert_cmpuint (actors->len, ==, 1);
  g_assert_cmpstr (dl_actor_get_name (g_ptr_array_index (actors, 0)), ==, "Harbour Trust");

  dl_event_editor_set_title (editor, "Trust forecasts traffic");
  respond (dialog, "add");
  g_assert_true (add_applied (window));
  /* The new event is selected, and shown where it is told */
  g_assert_true (dl_timeline_view_get_selected (timeline) == find_event (window, "Trust forecasts traffic"));

  activate (window, "win.undo");
  g_assert_false (add_applied (window));

  destroy_window (window);
}

static void
test_dialog_rename (void)
{
  DlWindow *window = open_harbour ();
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  dialog = open_dialog (window, "win.rename-actor",
                        g_variant_new_string (dl_actor_get_id (get_actor (window, "Engineer Tomas Reyes"))));
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Engineer Tomas Reyes");
  /* The same name is no rename */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  gtk_editable_set_text (entry, "Tomas Reyes");
  respond (dialog, "rename");
  g_assert_true (rename_applied (window));

  destroy_window (window);
}

static void
test_dialog_merge (void)
{
  DlWindow *window = open_harbour ();
  DlActor *reyes = get_actor (window, "Engineer Tomas Reyes");
  AdwMessageDialog *dialog;
  DlActorChooser *chooser;

  dialog = open_dialog (window, "win.merge-actor", g_variant_new_string (dl_actor_get_id (reyes)));
  chooser = DL_ACTOR_CHOOSER (adw_message_dialog_get_extra_child (dialog));
  /* Every actor but the one merged */
  g_assert_cmpuint (dl_actor_chooser_get_n_shown (chooser), ==,
                    g_list_model_get_n_items (dl_corpus_get_actors (corpus_of (window))) - 1);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "merge"));
  dl_actor_chooser_set_search (chooser, "carv");
  g_assert_cmpuint (dl_actor_chooser_get_n_shown (chooser), ==, 1);
  g_assert_true (dl_actor_chooser_get_selected (chooser) == get_actor (window, "Ellen Carver"));
  dl_actor_chooser_set_search (chooser, "nobody of that name");
  g_assert_cmpuint (dl_actor_chooser_get_n_shown (chooser), ==, 0);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "merge"));
  dl_actor_chooser_set_search (chooser, "ELLEN");
  respond (dialog, "merge");
  g_assert_true (merge_applied (window));

  destroy_window (window);
}

static void
test_dialog_split (void)
{
  DlWindow *window = open_harbour ();
  AdwMessageDialog *dialog;
  DlMentionChooser *chooser;

  dialog = open_dialog (window, "win.split-actor",
                        g_variant_new_string (dl_actor_get_id (get_actor (window, "Ellen Carver"))));
  chooser = DL_MENTION_CHOOSER (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpuint (dl_mention_chooser_get_n_mentions (chooser), ==, 2);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "split"));
  dl_mention_chooser_set_chosen (chooser, 1, TRUE);
  /* A name is needed */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "split"));
  dl_mention_chooser_set_name (chooser, "Ellen Carver (site visit)");
  g_assert_true (dl_mention_chooser_is_valid (chooser));
  /* Every mention would be a rename, not a split */
  dl_mention_chooser_set_chosen (chooser, 0, TRUE);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "split"));
  dl_mention_chooser_set_chosen (chooser, 0, FALSE);
  respond (dialog, "split");
  g_assert_true (split_applied (window));

  destroy_window (window);
}

/* The sentence round a mention, with the mention in bold */
static void
test_mention_context (void)
{
  g_autoptr(DlArticle) article = dl_article_new ("/notes/x.txt", "X",
                                                 "First one. Mayor Ellen Carver cut the ribbon & left. Then rain.");
  g_autofree char *markup = NULL;
  const char *text = dl_article_get_text (article);
  guint start = (guint) g_utf8_pointer_to_offset (text, strstr (text, "Ellen"));

  markup = dl_mention_dup_context_markup (article, start, start + 12);
  g_assert_cmpstr (markup, ==, "Mayor <b>Ellen Carver</b> cut the ribbon &amp; left.");
}

static void
test_dialog_article_date (void)
{
  DlWindow *window = open_harbour ();
  AdwMessageDialog *dialog;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) day = g_date_time_new_local (2004, 6, 13, 12, 0, 0);
  DlArticle *ferry;

  open_fixture (window, "ferry.txt");
  ferry = get_article (window, "ferry.txt");
  dialog = open_dialog (window, "win.set-article-date", g_variant_new_string (dl_article_get_id (ferry)));
  calendar = GTK_CALENDAR (adw_message_dialog_get_extra_child (dialog));
  gtk_calendar_select_day (calendar, day);
  respond (dialog, "set");
  wait_until_idle (window);
  assert_meeting_on (window, "2004-06-13");
  g_assert_cmpint (g_date_time_get_day_of_month (dl_article_get_dct (ferry)), ==, 13);

  destroy_window (window);
}

/* Menus ------------------------------------------------------------------------ */

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) linked = g_menu_link_iter_get_value (links);

          if (menu_has_action (linked, action))
            return TRUE;
        }
    }
  return FALSE;
}

static GtkWidget *
find_article_row (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget) && gtk_widget_has_css_class (widget, "article-row"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_article_row (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Runs what Shift+F10 runs on @widget, through its own shortcuts */
static gboolean
press_menu_key (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) key = gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      for (guint j = 0; GTK_IS_SHORTCUT_CONTROLLER (controller) &&
                        j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_ALTERNATIVE_TRIGGER (trigger) &&
              gtk_shortcut_trigger_equal (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), key))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget, NULL);
        }
    }
  return FALSE;
}

static void
test_menus (void)
{
  DlWindow *window = open_harbour ();
  GtkWidget *graph = dl_window_get_graph_view (window);
  GtkWidget *timeline = dl_window_get_timeline_view (window);
  DlActor *carver = get_actor (window, "Ellen Carver");
  GMenuModel *model;

  /* The graph's menu of the selected actor, from the keyboard */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "graph"));
  settle ();
  dl_graph_view_set_selected (DL_GRAPH_VIEW (graph), carver);
  gtk_widget_grab_focus (graph);
  settle ();
  g_assert_true (gtk_widget_activate_action (graph, "graph.popup-menu", NULL));
  model = dl_graph_view_get_menu_model (DL_GRAPH_VIEW (graph));
  g_assert_nonnull (model);
  g_assert_true (menu_has_action (model, "win.rename-actor"));
  g_assert_true (menu_has_action (model, "win.set-actor-kind"));
  g_assert_true (menu_has_action (model, "win.merge-actor"));
  g_assert_true (menu_has_action (model, "win.split-actor"));
  dl_graph_view_set_selected (DL_GRAPH_VIEW (graph), NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline"));
  settle ();

  /* The timeline's menu of an event */
  dl_timeline_view_set_selected (DL_TIMELINE_VIEW (timeline), get_event (window, "Bridge opened"));
  gtk_widget_grab_focus (timeline);
  settle ();
  g_assert_true (gtk_widget_activate_action (timeline, "timeline.menu", NULL));
  model = dl_timeline_view_get_menu_model (DL_TIMELINE_VIEW (timeline));
  g_assert_true (menu_has_action (model, "win.edit-event"));
  g_assert_true (menu_has_action (model, "win.hide-event"));
  g_assert_true (menu_has_action (model, "win.delete-event"));

  /* An article row's menu, from the keyboard */
  {
    GtkWidget *list = gtk_widget_get_parent (find_article_row (GTK_WIDGET (window)));
    GtkWidget *row = find_article_row (GTK_WIDGET (window));

    gtk_widget_grab_focus (row);
    settle ();
    g_assert_true (press_menu_key (list));
    model = dl_window_get_article_menu_model (window);
    g_assert_nonnull (model);
    g_assert_true (menu_has_action (model, "win.set-article-date"));
  }

  /* Changing the kind from the menu's action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-actor-kind", "(ss)",
                                             dl_actor_get_id (get_actor (window, "Harbour Trust")), "group"));
  settle ();
  g_assert_true (kind_applied (window));

  dl_timeline_view_set_selected (DL_TIMELINE_VIEW (timeline), NULL);
  destroy_window_after_slides (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("dateline-window-edit-data-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  fixture_dir = g_dir_make_tmp ("dateline-window-edit-fixtures-XXXXXX", NULL);
  write_fixture ("harbour.txt", harbour_text);
  write_fixture ("ferry.txt", ferry_text);

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/window-edit/undo-redo/%s", edit_cases[i].name);
      g_test_add_data_func (path, &edit_cases[i], test_edit_undo_redo);
    }
  g_test_add_func ("/window-edit/shortcuts", test_shortcuts);
  g_test_add_func ("/window-edit/edits-together", test_edits_together);
  g_test_add_func ("/window-edit/selection-kept", test_selection_kept);
  g_test_add_func ("/window-edit/article-date", test_article_date);
  g_test_add_func ("/window-edit/survive-new-article", test_survive_new_article);
  g_test_add_func ("/window-edit/saved-in-project", test_saved_in_project);
  g_test_add_func ("/window-edit/editor/dates", test_editor_dates);
  g_test_add_func ("/window-edit/editor/loads-dates", test_editor_loads_dates);
  g_test_add_func ("/window-edit/editor/builds-edits", test_editor_builds_edits);
  g_test_add_func ("/window-edit/mention-context", test_mention_context);
  g_test_add_func ("/window-edit/dialog/edit-event", test_dialog_edit_event);
  g_test_add_func ("/window-edit/dialog/add-event", test_dialog_add_event);
  g_test_add_func ("/window-edit/dialog/rename", test_dialog_rename);
  g_test_add_func ("/window-edit/dialog/merge", test_dialog_merge);
  g_test_add_func ("/window-edit/dialog/split", test_dialog_split);
  g_test_add_func ("/window-edit/dialog/article-date", test_dialog_article_date);
  g_test_add_func ("/window-edit/menus", test_menus);

  status = g_test_run ();
  remove_tree (fixture_dir);
  remove_tree (data_home);
  g_free (fixture_dir);
  return status;
}
