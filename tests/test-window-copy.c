/* test-window-copy.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copying a citation of the selected event: win.copy puts it on the
 * clipboard as text and as HTML, Ctrl+C runs it unless the focus is
 * where text is typed or selected, and it is off while nothing is
 * selected.
 */
#include <string.h>

#include "window-fixture.h"

#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-source-view.h"
#include "dl-timeline-view.h"

#define ARTICLE_TITLE "Bridge <news> & views"
#define ARTICLE \
  ARTICLE_TITLE "\n\n" \
  "On 7 July 2017, the mayor of Hamburg opened the new bridge;\n" \
  "Smith & Sons built it for <5 million euros.\n"
/* The passage as a citation quotes it: on one line */
#define QUOTE \
  "On 7 July 2017, the mayor of Hamburg opened the new bridge; " \
  "Smith & Sons built it for <5 million euros."

typedef struct
{
  DlWindow *window;
  DlTimelineView *timeline;
  DlEvent *event;
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GListModel *events;

  fixture->dir = g_dir_make_tmp ("dateline-copy-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "bridge.txt", NULL);
  g_file_set_contents (path, ARTICLE, -1, &error);
  g_assert_no_error (error);

  fixture->window = new_window (NULL);
  open_path (fixture->window, path);
  fixture->timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (fixture->window));
  events = dl_timeline_view_get_events (fixture->timeline);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  fixture->event = g_list_model_get_item (events, 0);
  g_assert_nonnull (dl_event_get_when (fixture->event));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->event);
  destroy_window_after_slides (fixture->window);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The clipboard --------------------------------------------------------------- */

static GdkClipboard *
clipboard (Fixture *fixture)
{
  return gtk_widget_get_clipboard (GTK_WIDGET (fixture->window));
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static char *
read_text (Fixture *fixture)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (clipboard (fixture), NULL, read_text_cb, &text);
  wait_for (is_set, &text, 10);
  return text;
}

static void
read_stream_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GInputStream **stream = user_data;
  g_autoptr(GError) error = NULL;
  const char *mime_type = NULL;

  *stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, &mime_type, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mime_type, ==, "text/html");
}

static void
splice_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error);
  g_assert_no_error (error);
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* The clipboard writes from the main loop: the stream is read while
 * the loop runs */
static char *
read_html (Fixture *fixture)
{
  const char *mime_types[] = { "text/html", NULL };
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  gsize size;
  const char *data;
  gboolean done = FALSE;

  gdk_clipboard_read_async (clipboard (fixture), mime_types, G_PRIORITY_DEFAULT, NULL, read_stream_cb, &stream);
  wait_for (is_set, &stream, 10);
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, splice_cb, &done);
  wait_for (is_true, &done, 10);
  data = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory));
  size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory));
  return g_strndup (data, size);
}

static void
set_sentinel (Fixture *fixture)
{
  gdk_clipboard_set_text (clipboard (fixture), "sentinel");
}

/* Ctrl+C ----------------------------------------------------------------------- */

/* What the window does on Ctrl+C before the focus sees it: %TRUE if it
 * took the key */
static gboolean
press_ctrl_c (Fixture *fixture)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      g_autoptr(GtkShortcut) shortcut = NULL;
      GtkShortcutTrigger *trigger;

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "dl-window-copy") != 0)
        continue;
      /* Ahead of the focus widget's own Ctrl+C */
      g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_CAPTURE);
      shortcut = g_list_model_get_item (G_LIST_MODEL (controller), 0);
      trigger = gtk_shortcut_get_trigger (shortcut);
      g_assert_true (GTK_IS_KEYVAL_TRIGGER (trigger));
      g_assert_cmpuint (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)), ==, GDK_KEY_c);
      g_assert_cmpint (gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)), ==, GDK_CONTROL_MASK);
      return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                           GTK_WIDGET (fixture->window), NULL);
    }
  g_assert_not_reached ();
  return FALSE;
}

static void
focus (Fixture   *fixture,
       GtkWidget *widget)
{
  gtk_widget_grab_focus (widget);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == widget);
}

/* Tests ------------------------------------------------------------------------ */

static char *
expected_citation (DlEvent    *event,
                   const char *article_title,
                   const char *quote)
{
  g_autofree char *date = dl_date_span_format (dl_event_get_when (event));

  return g_strdup_printf ("“%s” — %s, %s (%s)", quote, article_title, date, dl_event_get_title (event));
}

static void
test_copy_citation (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *expected = expected_citation (fixture->event, ARTICLE_TITLE, QUOTE);
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  g_autofree char *cite = NULL;

  dl_timeline_view_set_selected (fixture->timeline, fixture->event);
  set_sentinel (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.copy", NULL));

  /* Quote, article, date and title, as one line */
  text = read_text (fixture);
  g_assert_cmpstr (text, ==, expected);
  g_assert_nonnull (strstr (text, "7 July 2017"));

  /* The same as HTML, every "<" and "&" escaped */
  html = read_html (fixture);
  g_assert_nonnull (strstr (html, "<blockquote><p>On 7 July 2017, the mayor of Hamburg opened the new bridge; "
                                  "Smith &amp; Sons built it for &lt;5 million euros.</p></blockquote>"));
  cite = g_strdup_printf ("<cite>%s</cite>, %s", "Bridge &lt;news&gt; &amp; views", "7 July 2017");
  g_assert_nonnull (strstr (html, cite));
  g_assert_null (strstr (html, "Smith & Sons"));
  g_assert_null (strstr (html, "<5"));
}

/* Every source is cited, one paragraph each; an article from the web
 * is linked */
static void
test_several_sources (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DlArticle) web = dl_article_new ("https://example.org/bridge?a=1&b=2", "Harbour Daily",
                                             "The bridge opened at last.");
  g_autofree char *first = expected_citation (fixture->event, ARTICLE_TITLE, QUOTE);
  g_autofree char *second = expected_citation (fixture->event, "Harbour Daily", "The bridge opened at last.");
  g_autofree char *expected = g_strconcat (first, "\n\n", second, NULL);
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;

  dl_event_add_source (fixture->event, web, 0, 26, "The bridge\nopened at last.");
  dl_timeline_view_set_selected (fixture->timeline, fixture->event);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.copy", NULL);

  text = read_text (fixture);
  g_assert_cmpstr (text, ==, expected);
  html = read_html (fixture);
  g_assert_nonnull (strstr (html, "<cite><a href=\"https://example.org/bridge?a=1&amp;b=2\">Harbour Daily</a></cite>"));
  g_assert_nonnull (strstr (html, "<blockquote><p>The bridge opened at last.</p></blockquote>"));
}

/* Nothing selected: the action is off and copies nothing */
static void
test_disabled_without_selection (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *button = gtk_button_new ();
  g_autofree char *text = NULL;

  /* A button follows whether its action is enabled */
  gtk_widget_set_visible (button, FALSE);
  gtk_widget_set_parent (button, GTK_WIDGET (fixture->window));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.copy");
  settle ();
  g_assert_false (gtk_widget_get_sensitive (button));

  dl_timeline_view_set_selected (fixture->timeline, fixture->event);
  settle ();
  g_assert_true (gtk_widget_get_sensitive (button));

  dl_timeline_view_set_selected (fixture->timeline, NULL);
  settle ();
  g_assert_false (gtk_widget_get_sensitive (button));
  set_sentinel (fixture);
  g_assert_false (press_ctrl_c (fixture));
  text = read_text (fixture);
  g_assert_cmpstr (text, ==, "sentinel");
  gtk_widget_unparent (button);
}

static void
test_ctrl_c (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *expected = expected_citation (fixture->event, ARTICLE_TITLE, QUOTE);
  DlSourceView *source = DL_SOURCE_VIEW (dl_window_get_source_view (fixture->window));
  GtkWidget *text_view = find_descendant (GTK_WIDGET (source), GTK_TYPE_TEXT_VIEW);
  g_autofree char *from_timeline = NULL;
  g_autofree char *from_selection = NULL;
  g_autofree char *from_source = NULL;
  g_autofree char *from_menu = NULL;
  g_autofree char *from_entry = NULL;

  dl_timeline_view_set_selected (fixture->timeline, fixture->event);
  settle ();

  /* On the timeline, the window takes Ctrl+C: a citation */
  focus (fixture, GTK_WIDGET (fixture->timeline));
  set_sentinel (fixture);
  g_assert_true (press_ctrl_c (fixture));
  from_timeline = read_text (fixture);
  g_assert_cmpstr (from_timeline, ==, expected);

  /* Text selected in the source pane is what the pane copies */
  g_assert_nonnull (text_view);
  focus (fixture, text_view);
  dl_source_view_select (source, 0, 6);
  set_sentinel (fixture);
  g_assert_false (press_ctrl_c (fixture));
  g_assert_true (gtk_widget_activate_action (text_view, "clipboard.copy", NULL));
  from_selection = read_text (fixture);
  g_assert_cmpstr (from_selection, ==, "Bridge");

  /* The pane with nothing selected: the citation again */
  dl_source_view_select (source, 0, 0);
  g_assert_true (press_ctrl_c (fixture));
  from_source = read_text (fixture);
  g_assert_cmpstr (from_source, ==, expected);

  /* The timeline's "Copy as Citation" gives the window's, with HTML */
  set_sentinel (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.copy-citation", NULL));
  from_menu = read_text (fixture);
  g_assert_cmpstr (from_menu, ==, expected);
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard (fixture)),
                                                        "text/html"));

  /* A search field keeps its own Ctrl+C */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL);
  settle ();
  g_assert_true (GTK_IS_EDITABLE (gtk_root_get_focus (GTK_ROOT (fixture->window))));
  set_sentinel (fixture);
  g_assert_false (press_ctrl_c (fixture));
  from_entry = read_text (fixture);
  g_assert_cmpstr (from_entry, ==, "sentinel");
}

int
main (int   argc,
      char *argv[])
{
  char *data_home = window_tests_init (&argc, &argv);

  g_test_add ("/window-copy/citation", Fixture, NULL, fixture_set_up, test_copy_citation, fixture_tear_down);
  g_test_add ("/window-copy/several-sources", Fixture, NULL, fixture_set_up, test_several_sources,
              fixture_tear_down);
  g_test_add ("/window-copy/disabled-without-selection", Fixture, NULL, fixture_set_up,
              test_disabled_without_selection, fixture_tear_down);
  g_test_add ("/window-copy/ctrl-c", Fixture, NULL, fixture_set_up, test_ctrl_c, fixture_tear_down);

  return window_tests_run (data_home);
}
