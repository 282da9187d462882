/* test-window-print.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing (win.print, Ctrl+P): the print operation the window builds
 * is run to a PDF file instead of through the dialog, and the file is
 * read back with poppler: as many pages as the page maths gives for the
 * paper, landscape by default, each with its footer, the events of the
 * sample articles on them; the graph on one page; the paper kept for
 * the next print; a failure told in a toast. The action is disabled
 * while there is nothing to print.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#if __has_include(<poppler.h>)
#include <poppler.h>
#define TEST_HAS_POPPLER 1
#endif

#include "window-fixture.h"

#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-event-filter.h"
#include "dl-export.h"
#include "dl-window-private.h"

#define TOAST_PREFIX "Could not print: "

/* A window on the sample articles, shared by the tests that only read
 * it; each test leaves it as it found it */
static DlWindow *sample_window;

static DlWindow *
get_sample_window (void)
{
  if (sample_window == NULL)
    sample_window = open_window_on (sample_dir ());
  return sample_window;
}

/* Eight years of harbour news, an event every 47 days: more than an
 * A4 page labels */
static const char * const people[] = { "Anna Berg", "Lars Holm", "Mette Dahl", "Jonas Lund", "Karin Vik" };
static const char * const deeds[] = { "opened the new bridge", "resigned as mayor", "visited the harbour",
                                      "signed the fisheries treaty", "announced a ferry strike" };

static char *
make_long_dir (guint n_articles)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dateline-print-long-XXXXXX", &error);
  g_autoptr(GDateTime) first = g_date_time_new_utc (1995, 1, 10, 0, 0, 0);

  g_assert_no_error (error);
  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (first, (int) (i * 47));
      g_autofree char *date = g_date_time_format (day, "%-d %B %Y");
      g_autofree char *name = g_strdup_printf ("note-%02u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = g_strdup_printf ("Harbour news %u\n\nOn %s, %s %s in Tarnby, the council said.\n",
                                               i, date, people[i % G_N_ELEMENTS (people)],
                                               deeds[(i / G_N_ELEMENTS (people)) % G_N_ELEMENTS (deeds)]);

      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
    }
  return dir;
}

/* Printing to a file ---------------------------------------------------------- */

static char *tmp_dir;

static char *
tmp_pdf_path (const char *name)
{
  if (tmp_dir == NULL)
    tmp_dir = g_dir_make_tmp ("dateline-print-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  return g_build_filename (tmp_dir, name, NULL);
}

/* A print keeps its paper and settings for the next: back to the start */
static void
forget_print_setup (DlWindow *window)
{
  g_clear_object (&window->page_setup);
  g_clear_object (&window->print_settings);
}

/* Runs the window's print operation into @path, on @page_setup instead
 * of the window's paper when given */
static GtkPrintOperationResult
print_to_file (DlWindow     *window,
               GtkPageSetup *page_setup,
               const char   *path)
{
  g_autoptr(GtkPrintOperation) operation = _dl_window_create_print_operation (window);

  if (page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window), NULL);
}

/* Paper @width × @height points, in landscape, with GTK's margins */
static GtkPageSetup *
landscape_paper (double width,
                 double height)
{
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new_custom ("dateline-test", "Test", width, height,
                                                              GTK_UNIT_POINTS);
  GtkPageSetup *page_setup = gtk_page_setup_new ();

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  return page_setup;
}

/* The page maths for what @window shows, on paper @page_width wide */
static guint
expected_pages (DlWindow *window,
                double    page_width)
{
  return dl_export_pages_for_width (G_LIST_MODEL (window->shown_events), window->viewport, page_width);
}

/* The first dated event @window shows: it starts on the first page */
static DlEvent *
first_dated_event (DlWindow *window)
{
  GListModel *events = G_LIST_MODEL (window->shown_events);
  DlEvent *first = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      DlDateSpan *when = dl_event_get_when (event);

      if (when != NULL && (first == NULL ||
                           dl_date_span_get_start (when) < dl_date_span_get_start (dl_event_get_when (first))))
        first = event;
    }
  g_assert_nonnull (first);
  return first;
}

/* Reading the PDF ------------------------------------------------------------- */

#ifdef TEST_HAS_POPPLER
static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static char *
dup_page_text (PopplerDocument *document,
               int              page)
{
  PopplerPage *pdf_page = poppler_document_get_page (document, page);
  char *text;

  g_assert_nonnull (pdf_page);
  text = poppler_page_get_text (pdf_page);
  g_object_unref (pdf_page);
  return text;
}

/* Every page of @document is wider than tall and says its number */
static void
assert_pages (PopplerDocument *document,
              int              n_pages)
{
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, n_pages);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i + 1, n_pages);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_object_unref (page);
      g_assert_cmpfloat (width, >, height);
      g_assert_nonnull (strstr (text, footer));
    }
}
#endif

static gboolean
skip_without_poppler (void)
{
#ifdef TEST_HAS_POPPLER
  return FALSE;
#else
  g_test_skip ("Reading PDF needs poppler-glib");
  return TRUE;
#endif
}

/* The tests ------------------------------------------------------------------- */

/* A short span on narrow paper takes the pages the page maths gives, in
 * landscape, each with its footer */
static void
test_narrow_pages (void)
{
  DlWindow *window = get_sample_window ();
  g_autoptr(GtkPageSetup) narrow = landscape_paper (200, 300);
  g_autofree char *path = tmp_pdf_path ("narrow.pdf");
  guint expected = expected_pages (window, gtk_page_setup_get_page_width (narrow, GTK_UNIT_POINTS));

  if (skip_without_poppler ())
    return;
  g_assert_cmpuint (expected, >, 1);
  g_assert_cmpint (print_to_file (window, narrow, path), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
#ifdef TEST_HAS_POPPLER
  {
    PopplerDocument *document = open_pdf (path);

    assert_pages (document, (int) expected);
    g_object_unref (document);
  }
#endif
}

/* The event that starts last */
static DlEvent *
last_dated_event (DlWindow *window)
{
  GListModel *events = G_LIST_MODEL (window->shown_events);
  DlEvent *last = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      DlDateSpan *when = dl_event_get_when (event);

      if (when != NULL && (last == NULL ||
                           dl_date_span_get_start (when) >= dl_date_span_get_start (dl_event_get_when (last))))
        last = event;
    }
  g_assert_nonnull (last);
  return last;
}

/* Years of events on the default paper: more than one page, the first
 * event on the first, the last on the last */
static void
test_long_span (void)
{
  g_autofree char *dir = make_long_dir (60);
  DlWindow *window = open_window_on (dir);
  g_autoptr(GtkPageSetup) paper = gtk_page_setup_new ();
  g_autofree char *path = tmp_pdf_path ("long.pdf");
  guint expected;

  if (skip_without_poppler ())
    {
      destroy_window (window);
      remove_tree (dir);
      return;
    }
  gtk_page_setup_set_orientation (paper, GTK_PAGE_ORIENTATION_LANDSCAPE);
  expected = expected_pages (window, gtk_page_setup_get_page_width (paper, GTK_UNIT_POINTS));
  g_assert_cmpuint (expected, >, 1);
  g_assert_cmpint (print_to_file (window, NULL, path), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
#ifdef TEST_HAS_POPPLER
  {
    PopplerDocument *document = open_pdf (path);
    g_autofree char *first = dup_page_text (document, 0);
    g_autofree char *last = dup_page_text (document, (int) expected - 1);

    assert_pages (document, (int) expected);
    g_assert_nonnull (strstr (first, dl_event_get_title (first_dated_event (window))));
    g_assert_nonnull (strstr (last, dl_event_get_title (last_dated_event (window))));
    g_object_unref (document);
  }
#endif
  destroy_window (window);
  remove_tree (dir);
}

/* The default paper is the locale's, turned to landscape, where the
 * first event of the sample reads in full */
static void
test_default_paper (void)
{
  DlWindow *window = get_sample_window ();
  g_autoptr(GtkPageSetup) paper = gtk_page_setup_new ();
  g_autofree char *path = tmp_pdf_path ("default.pdf");
  guint expected;

  if (skip_without_poppler ())
    return;
  gtk_page_setup_set_orientation (paper, GTK_PAGE_ORIENTATION_LANDSCAPE);
  expected = expected_pages (window, gtk_page_setup_get_page_width (paper, GTK_UNIT_POINTS));
  forget_print_setup (window);
  g_assert_cmpint (print_to_file (window, NULL, path), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  forget_print_setup (window);
#ifdef TEST_HAS_POPPLER
  {
    PopplerDocument *document = open_pdf (path);
    g_autofree char *first = dup_page_text (document, 0);

    assert_pages (document, (int) expected);
    g_assert_nonnull (strstr (first, dl_event_get_title (first_dated_event (window))));
    g_object_unref (document);
  }
#endif
}

/* The filters decide what is printed: one event alone takes one page */
static void
test_prints_the_view (void)
{
  DlWindow *window = get_sample_window ();
  DlEventFilter *filter = dl_window_get_filter (window);
  g_autoptr(DlEvent) first = g_object_ref (first_dated_event (window));
  g_autoptr(GtkPageSetup) narrow = landscape_paper (200, 300);
  g_autofree char *path = tmp_pdf_path ("filtered.pdf");

  if (skip_without_poppler ())
    return;
  dl_event_filter_set_text (filter, dl_event_get_title (first));
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->shown_events)), <, 3);
  g_assert_cmpint (print_to_file (window, narrow, path), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  dl_event_filter_set_text (filter, NULL);
  settle ();
#ifdef TEST_HAS_POPPLER
  {
    PopplerDocument *document = open_pdf (path);
    g_autofree char *text = dup_page_text (document, 0);

    assert_pages (document, 1);
    g_assert_nonnull (strstr (text, dl_event_get_title (first)));
    g_object_unref (document);
  }
#endif
}

/* With the Actors view shown, the graph is printed on one page */
static void
test_graph_one_page (void)
{
  DlWindow *window = get_sample_window ();
  g_autoptr(GtkPageSetup) narrow = landscape_paper (200, 300);
  g_autofree char *path = tmp_pdf_path ("graph.pdf");

  if (skip_without_poppler ())
    return;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "graph"));
  settle ();
  g_assert_cmpint (print_to_file (window, narrow, path), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline"));
  settle ();
#ifdef TEST_HAS_POPPLER
  {
    PopplerDocument *document = open_pdf (path);

    assert_pages (document, 1);
    g_object_unref (document);
  }
#endif
}

/* The paper of a print is that of the next one, in the same session */
static void
test_remembers_paper (void)
{
  DlWindow *window = get_sample_window ();
  g_autoptr(GtkPageSetup) narrow = landscape_paper (200, 300);
  g_autofree char *path = tmp_pdf_path ("remembered.pdf");
  g_autoptr(GtkPrintOperation) next = NULL;
  GtkPageSetup *kept;

  g_assert_cmpint (print_to_file (window, narrow, path), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  next = _dl_window_create_print_operation (window);
  kept = gtk_print_operation_get_default_page_setup (next);
  g_assert_nonnull (kept);
  g_assert_cmpfloat (fabs (gtk_paper_size_get_width (gtk_page_setup_get_paper_size (kept), GTK_UNIT_POINTS) - 200),
                     <, 0.01);
  g_assert_cmpint (gtk_page_setup_get_orientation (kept), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  forget_print_setup (window);
}

/* A label in @widget's tree that starts with @prefix */
static gboolean
has_label_prefix (GtkWidget  *widget,
                  const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_prefix (child, prefix))
      return TRUE;
  return FALSE;
}

/* A file that cannot be written fails the print, and a toast says why */
static void
test_error_toast (void)
{
  DlWindow *window = get_sample_window ();
  g_autofree char *path = tmp_pdf_path ("missing-folder/print.pdf");

  forget_print_setup (window);
  g_assert_false (has_label_prefix (GTK_WIDGET (window), TOAST_PREFIX));
  print_to_file (window, NULL, path);
  settle ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (has_label_prefix (GTK_WIDGET (window), TOAST_PREFIX));
}

/* Nothing to print, nothing to click: not in an empty window, nor when
 * the filters leave no event */
static void
test_action_enabled (void)
{
  DlWindow *empty = new_window (NULL);
  DlWindow *window = get_sample_window ();
  GtkWidget *empty_button = gtk_button_new ();
  GtkWidget *button = gtk_button_new ();

  /* A button follows whether its action is enabled */
  gtk_widget_set_visible (empty_button, FALSE);
  gtk_widget_set_parent (empty_button, GTK_WIDGET (empty));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (empty_button), "win.print");
  gtk_widget_set_visible (button, FALSE);
  gtk_widget_set_parent (button, GTK_WIDGET (window));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.print");
  settle ();
  g_assert_false (gtk_widget_get_sensitive (empty_button));
  g_assert_true (gtk_widget_get_sensitive (button));

  dl_event_filter_set_text (dl_window_get_filter (window), "zzzz no such event");
  settle ();
  g_assert_false (gtk_widget_get_sensitive (button));
  dl_event_filter_set_text (dl_window_get_filter (window), NULL);
  settle ();
  g_assert_true (gtk_widget_get_sensitive (button));

  gtk_widget_unparent (button);
  gtk_widget_unparent (empty_button);
  destroy_window (empty);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home = window_tests_init (&argc, &argv);
  int status;

  g_test_add_func ("/window-print/narrow-pages", test_narrow_pages);
  g_test_add_func ("/window-print/long-span", test_long_span);
  g_test_add_func ("/window-print/default-paper", test_default_paper);
  g_test_add_func ("/window-print/prints-the-view", test_prints_the_view);
  g_test_add_func ("/window-print/graph-one-page", test_graph_one_page);
  g_test_add_func ("/window-print/remembers-paper", test_remembers_paper);
  g_test_add_func ("/window-print/error-toast", test_error_toast);
  g_test_add_func ("/window-print/action-enabled", test_action_enabled);

  status = g_test_run ();
  if (sample_window != NULL)
    destroy_window_after_slides (sample_window);
  if (tmp_dir != NULL)
    remove_tree (tmp_dir);
  g_free (tmp_dir);
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
