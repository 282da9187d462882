/* test-window-edit.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Corrections of events in the window, in a real display: every kind
 * of edit of an event shows in the corpus, Ctrl+Z takes it back and
 * Shift+Ctrl+Z makes it again; an article's date moves its relative
 * events; edits survive a new analysis and come back with the project;
 * the selection stays on what was corrected; and the Edit Event, Add
 * Event and article date dialogs make the edits their fields say.
 * Actors have test-window-edit-actors. The articles are the tests'
 * own, written to a temporary folder.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

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
#include "dl-source-view.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

#include "window-edit-fixture.h"

/* Undo and redo --------------------------------------------------------------- */

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
  DlWindow *window = new_window (NULL);
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

  opened = new_window (NULL);
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

int
main (int   argc,
      char *argv[])
{
  char *data_home = window_edit_tests_init (&argc, &argv);

  add_undo_redo_tests ("event-");
  g_test_add_func ("/window-edit/shortcuts", test_shortcuts);
  g_test_add_func ("/window-edit/edits-together", test_edits_together);
  g_test_add_func ("/window-edit/selection-kept", test_selection_kept);
  g_test_add_func ("/window-edit/article-date", test_article_date);
  g_test_add_func ("/window-edit/survive-new-article", test_survive_new_article);
  g_test_add_func ("/window-edit/saved-in-project", test_saved_in_project);
  g_test_add_func ("/window-edit/editor/dates", test_editor_dates);
  g_test_add_func ("/window-edit/editor/loads-dates", test_editor_loads_dates);
  g_test_add_func ("/window-edit/editor/builds-edits", test_editor_builds_edits);
  g_test_add_func ("/window-edit/dialog/edit-event", test_dialog_edit_event);
  g_test_add_func ("/window-edit/dialog/add-event", test_dialog_add_event);
  g_test_add_func ("/window-edit/dialog/article-date", test_dialog_article_date);

  return window_edit_tests_run (data_home);
}
