/* test-export-picture.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Images of the timeline and the graph: sizes, scale, pages of a PDF,
 * the events, span and lanes of a view, and the styles they are drawn
 * in, on the corpus built by hand in export-fixture.h.
 */
#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export.h"
#include "dl-timeline-layout.h"
#include "dl-viewport.h"
#include "export-checks.h"
#include "export-fixture.h"

/* --------------------------------------------------------------- images */

static void
assert_image_size (DlExportFormat  format,
                   const char     *path,
                   int             width,
                   int             height)
{
  switch (format)
    {
    case DL_EXPORT_FORMAT_PNG:
      assert_png_size (path, width, height);
      break;
    case DL_EXPORT_FORMAT_SVG:
      assert_svg_size (path, width, height);
      break;
    case DL_EXPORT_FORMAT_PDF:
      assert_pdf_size (path, width, height);
      break;
    case DL_EXPORT_FORMAT_JSON:
    case DL_EXPORT_FORMAT_CSV:
    case DL_EXPORT_FORMAT_TIMELINEJS:
    case DL_EXPORT_FORMAT_GEXF:
    case DL_EXPORT_FORMAT_GRAPHML:
    default:
      g_assert_not_reached ();
    }
}

static void
test_image_sizes (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    DlExportFormat format;
    DlExportView view;
    int width;
    int height;
  } cases[] = {
    { DL_EXPORT_FORMAT_PNG, DL_EXPORT_VIEW_TIMELINE, 640, 360 },
    { DL_EXPORT_FORMAT_PNG, DL_EXPORT_VIEW_GRAPH, 16, 16 },
    { DL_EXPORT_FORMAT_SVG, DL_EXPORT_VIEW_TIMELINE, 800, 450 },
    { DL_EXPORT_FORMAT_SVG, DL_EXPORT_VIEW_GRAPH, 300, 500 },
    { DL_EXPORT_FORMAT_PDF, DL_EXPORT_VIEW_TIMELINE, 842, 595 },
    { DL_EXPORT_FORMAT_PDF, DL_EXPORT_VIEW_GRAPH, 1000, 1000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("image-%u.%s", i, dl_export_format_to_string (cases[i].format));
      g_autofree char *path = tmp_path (fixture, name);
      g_autoptr(GError) error = NULL;

      g_assert_true (dl_export_image (fixture->corpus, cases[i].view, NULL, NULL, cases[i].format,
                                      cases[i].width, cases[i].height, path, &error));
      g_assert_no_error (error);
      assert_image_size (cases[i].format, path, cases[i].width, cases[i].height);
    }
}

static void
test_image_invalid_size (Fixture       *fixture,
                         gconstpointer  data)
{
  static const int sizes[][2] = { { 15, 100 }, { 100, 15 }, { 0, 0 }, { -1, 100 }, { 16385, 100 }, { 100, 20000 } };
  g_autofree char *path = tmp_path (fixture, "bad.png");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (dl_export_image (fixture->corpus, DL_EXPORT_VIEW_TIMELINE, NULL, NULL,
                                       DL_EXPORT_FORMAT_PNG, sizes[i][0], sizes[i][1], path, &error));
      g_assert_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_INVALID_SIZE);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* The style reaches the renderer: a dark export is darker than a light
 * one where the background shows (a corner). */
static double
corner_brightness (GBytes *png)
{
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  guint32 pixel;
  double brightness;
  int fd = g_file_open_tmp ("dateline-corner-XXXXXX.png", &path, NULL);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL));
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  pixel = *(guint32 *) cairo_image_surface_get_data (surface);
  brightness = ((pixel >> 16 & 0xff) + (pixel >> 8 & 0xff) + (pixel & 0xff)) / (3.0 * 255);
  cairo_surface_destroy (surface);
  g_unlink (path);
  return brightness;
}

static void
test_image_style (Fixture       *fixture,
                  gconstpointer  data)
{
  DlRenderStyle dark = { 0 };
  g_autoptr(GBytes) light_png = NULL;
  g_autoptr(GBytes) dark_png = NULL;
  g_autoptr(GError) error = NULL;

  dl_render_style_init_dark (&dark);
  light_png = dl_export_image_to_bytes (fixture->corpus, DL_EXPORT_VIEW_TIMELINE, NULL, NULL,
                                        DL_EXPORT_FORMAT_PNG, 64, 64, &error);
  g_assert_no_error (error);
  dark_png = dl_export_image_to_bytes (fixture->corpus, DL_EXPORT_VIEW_TIMELINE, NULL, &dark,
                                       DL_EXPORT_FORMAT_PNG, 64, 64, &error);
  g_assert_no_error (error);
  dl_render_style_clear (&dark);

  g_assert_cmpfloat (corner_brightness (light_png), >, 0.8);
  g_assert_cmpfloat (corner_brightness (dark_png), <, 0.3);
}

/* -------------------------------------------------------------- pictures */

/* Pages of a PDF as cairo writes it: one "/Type /Page" object per page
 * and the page tree's "/Count" */
static guint
pdf_count_pages (const char *path,
                 guint      *tree_count)
{
  static const char page[] = "/Type /Page";
  static const char pages[] = "/Type /Pages";
  static const char count[] = "/Count ";
  g_autofree char *contents = NULL;
  const char *p, *end, *tree;
  gsize length;
  guint n = 0;

  /* Embedded fonts hold NULs: search the whole length */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  end = contents + length;
  for (p = memmem (contents, length, page, strlen (page)); p != NULL;
       p = memmem (p + 1, end - p - 1, page, strlen (page)))
    if (p + strlen (page) < end && p[strlen (page)] != 's')
      n++;
  tree = memmem (contents, length, pages, strlen (pages));
  g_assert_nonnull (tree);
  p = memmem (tree, end - tree, count, strlen (count));
  g_assert_nonnull (p);
  *tree_count = (guint) g_ascii_strtoull (p + strlen (count), NULL, 10);
  return n;
}

/* The fixture's two dated events of 2017-2018 that Putin is in, as a
 * filtered view would give them */
static GListModel *
putin_events (Fixture *fixture)
{
  GListModel *events = dl_corpus_get_events (fixture->corpus);
  GListStore *store = g_list_store_new (DL_TYPE_EVENT);
  DlActor *putin = dl_corpus_find_actor_by_name (fixture->corpus, "Vladimir Putin");

  g_assert_nonnull (putin);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if (dl_event_has_actor (event, putin))
        g_list_store_append (store, event);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  return G_LIST_MODEL (store);
}

static void
test_picture_sizes (Fixture       *fixture,
                    gconstpointer  data)
{
  static const DlExportFormat formats[] = { DL_EXPORT_FORMAT_PNG, DL_EXPORT_FORMAT_SVG, DL_EXPORT_FORMAT_PDF };
  static const double scales[] = { 1.0, 2.0, 1.5 };
  static const DlExportView views[] = { DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_VIEW_GRAPH };
  g_autoptr(GListModel) events = putin_events (fixture);
  g_autoptr(DlViewport) viewport = dl_viewport_new ();
  g_autoptr(GListStore) actors = g_list_store_new (DL_TYPE_ACTOR);
  guint n = 0;

  dl_viewport_set_range (viewport, 1483228800.0 /* 2017-01-01 */, 1546300800.0 /* 2019-01-01 */);
  g_list_store_append (actors, dl_corpus_find_actor_by_name (fixture->corpus, "Vladimir Putin"));
  g_list_store_append (actors, dl_corpus_find_actor_by_name (fixture->corpus, "Donald Trump"));

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        for (guint scope = 0; scope < 2; scope++)
          {
            g_autofree char *name = g_strdup_printf ("picture-%u.%s", n++, dl_export_format_to_string (formats[f]));
            g_autofree char *path = tmp_path (fixture, name);
            g_autoptr(GError) error = NULL;
            DlExportPicture picture;
            int width, height;

            dl_export_picture_init (&picture, views[v], formats[f], 333, 201);
            picture.scale = scales[s];
            /* The current view: its events, actors, span and lanes */
            if (scope == 1)
              {
                picture.events = events;
                picture.actors = G_LIST_MODEL (actors);
                picture.viewport = viewport;
                picture.lanes = DL_TIMELINE_LANES_ACTOR;
              }
            g_assert_true (dl_export_picture (fixture->corpus, &picture, path, &error));
            g_assert_no_error (error);

            dl_export_picture_get_output_size (&picture, &width, &height);
            /* 333 × 1.5 = 499.5: a part of a pixel is a whole one */
            g_assert_cmpint (width, ==, (int) ceil (333 * scales[s]));
            g_assert_cmpint (height, ==, (int) ceil (201 * scales[s]));
            assert_image_size (formats[f], path, width, height);
          }
}

static void
test_picture_pdf_pages (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct {
    DlExportView view;
    guint pages;
    double scale;
    guint expected;
  } cases[] = {
    { DL_EXPORT_VIEW_TIMELINE, 1, 1.0, 1 },
    { DL_EXPORT_VIEW_TIMELINE, 0, 1.0, 1 },
    { DL_EXPORT_VIEW_TIMELINE, 3, 1.0, 3 },
    { DL_EXPORT_VIEW_TIMELINE, 4, 2.0, 4 },
    /* A graph has no time to split */
    { DL_EXPORT_VIEW_GRAPH, 3, 1.0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("pages-%u.pdf", i);
      g_autofree char *path = tmp_path (fixture, name);
      g_autoptr(GError) error = NULL;
      DlExportPicture picture;
      guint tree_count;

      dl_export_picture_init (&picture, cases[i].view, DL_EXPORT_FORMAT_PDF, 842, 595);
      picture.pages = cases[i].pages;
      picture.scale = cases[i].scale;
      g_assert_cmpuint (dl_export_picture_get_n_pages (&picture), ==, cases[i].expected);
      g_assert_true (dl_export_picture (fixture->corpus, &picture, path, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (pdf_count_pages (path, &tree_count), ==, cases[i].expected);
      g_assert_cmpuint (tree_count, ==, cases[i].expected);
      /* Every page has the size asked for */
      assert_pdf_size (path, (int) (842 * cases[i].scale), (int) (595 * cases[i].scale));
    }

  /* PNG and SVG are one picture whatever the pages */
  {
    DlExportPicture picture;

    dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_SVG, 100, 100);
    picture.pages = 5;
    g_assert_cmpuint (dl_export_picture_get_n_pages (&picture), ==, 1);
  }
}

static GBytes *
picture_png (Fixture         *fixture,
             DlExportPicture *picture)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = dl_export_picture_to_bytes (fixture->corpus, picture, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The view's events, span and lanes reach the picture */
static void
test_picture_scope (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) events = putin_events (fixture);
  g_autoptr(GBytes) everything = NULL;
  g_autoptr(GBytes) filtered = NULL;
  g_autoptr(GBytes) lanes = NULL;
  g_autoptr(GBytes) again = NULL;
  DlExportPicture picture;

  dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_PNG, 400, 240);
  everything = picture_png (fixture, &picture);
  again = picture_png (fixture, &picture);
  picture.events = events;
  filtered = picture_png (fixture, &picture);
  picture.lanes = DL_TIMELINE_LANES_ACTOR;
  lanes = picture_png (fixture, &picture);

  /* The same choices draw the same picture; other choices another */
  g_assert_true (g_bytes_equal (everything, again));
  g_assert_false (g_bytes_equal (everything, filtered));
  g_assert_false (g_bytes_equal (filtered, lanes));
}

static void
test_picture_invalid (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct {
    int width;
    int height;
    double scale;
    guint pages;
  } cases[] = {
    { 100, 100, 5.0, 1 },
    { 100, 100, -1.0, 1 },
    { 100, 100, 1.0, DL_EXPORT_MAX_PAGES + 1 },
    { 9000, 100, 2.0, 1 },
    { 10, 100, 2.0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      DlExportPicture picture;

      dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_PDF,
                              cases[i].width, cases[i].height);
      picture.scale = cases[i].scale;
      picture.pages = cases[i].pages;
      bytes = dl_export_picture_to_bytes (fixture->corpus, &picture, &error);
      g_assert_null (bytes);
      g_assert_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_INVALID_SIZE);
    }
}

static void
test_export_styles (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct {
    const char *name;
    double min_brightness;
    double max_brightness;
  } cases[] = {
    { "light", 0.8, 1.0 },
    { "dark", 0.0, 0.3 },
    { "print", 0.9, 1.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DlRenderStyle style = { 0 };
      DlExportStyle which;
      DlExportPicture picture;
      g_autoptr(GBytes) png = NULL;
      double brightness;

      g_assert_true (dl_export_style_from_string (cases[i].name, &which));
      g_assert_cmpstr (dl_export_style_to_string (which), ==, cases[i].name);
      dl_export_style_init (&style, which);
      dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_PNG, 64, 64);
      picture.style = &style;
      png = picture_png (fixture, &picture);
      brightness = corner_brightness (png);
      g_assert_cmpfloat (brightness, >=, cases[i].min_brightness);
      g_assert_cmpfloat (brightness, <=, cases[i].max_brightness);
      if (which == DL_EXPORT_STYLE_PRINT)
        {
          /* Text on paper is black, not grey */
          g_assert_cmpfloat (style.foreground.alpha, ==, 1.0);
          g_assert_cmpfloat (style.foreground.red + style.foreground.green + style.foreground.blue, ==, 0.0);
        }
      dl_render_style_clear (&style);
    }
  {
    DlExportStyle which;
    g_assert_false (dl_export_style_from_string ("sepia", &which));
    g_assert_false (dl_export_style_from_string (NULL, &which));
  }
}

/* One event a day for @n days from 1 January 2001 */
static GListModel *
make_daily_events (guint n)
{
  GListStore *many = g_list_store_new (DL_TYPE_EVENT);
  g_autoptr(GDateTime) first = g_date_time_new_utc (2001, 1, 1, 0, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = dl_event_new ("Day");
      g_autoptr(GDateTime) day = g_date_time_add_days (first, (int) i);
      g_autofree char *value = g_date_time_format (day, "%Y-%m-%d");
      g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (value, DL_CERTAINTY_STATED);

      dl_event_set_when (event, when);
      g_list_store_append (many, event);
    }
  return G_LIST_MODEL (many);
}

static void
test_suggest_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) none = make_daily_events (0);
  g_autoptr(GListModel) many = make_daily_events (100);
  g_autoptr(DlViewport) viewport = dl_viewport_new ();

  g_assert_cmpuint (dl_export_suggest_pages (dl_corpus_get_events (fixture->corpus), NULL), ==, 1);
  g_assert_cmpuint (dl_export_suggest_pages (none, NULL), ==, 1);
  g_assert_cmpuint (dl_export_suggest_pages (many, NULL), ==, 3);
  /* The view shows January alone: 31 events fit a page */
  dl_viewport_set_range (viewport, 978307200.0 /* 2001-01-01 */, 980985600.0 /* 2001-02-01 */);
  g_assert_cmpuint (dl_export_suggest_pages (many, viewport), ==, 1);
}

/* The page maths of printing: a page 800 points wide labels 40 events,
 * a narrower one fewer, in proportion */
static void
test_pages_for_width (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct {
    guint n_events;
    gboolean january;
    double width;
    guint expected;
  } cases[] = {
    { 100, FALSE, 800, 3 },     /* 40 a page */
    { 100, FALSE, 400, 5 },     /* 20 a page */
    { 100, FALSE, 300, 7 },     /* 15 a page */
    { 100, FALSE, 1600, 2 },    /* 80 a page */
    { 80, FALSE, 800, 2 },      /* exactly two pages full */
    { 100, TRUE, 400, 2 },      /* January's 31 events */
    { 0, FALSE, 400, 1 },
    { 100, FALSE, 10, DL_EXPORT_MAX_PAGES },    /* one a page, at most so many */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListModel) events = make_daily_events (cases[i].n_events);
      g_autoptr(DlViewport) viewport = dl_viewport_new ();

      dl_viewport_set_range (viewport, 978307200.0 /* 2001-01-01 */, 980985600.0 /* 2001-02-01 */);
      g_assert_cmpuint (dl_export_pages_for_width (events, cases[i].january ? viewport : NULL, cases[i].width),
                        ==, cases[i].expected);
    }
  /* The export's suggestion is the A4 page's, and never many */
  {
    g_autoptr(GListModel) events = make_daily_events (1000);

    g_assert_cmpuint (dl_export_pages_for_width (events, NULL, 800), ==, 25);
    g_assert_cmpuint (dl_export_suggest_pages (events, NULL), ==, 20);
  }
}

/* The pages of a long timeline split its events' time into stretches
 * of one length, end to end; within a view, only the time it shows
 * that has events */
static void
test_page_spans (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GListModel) events = make_daily_events (100);
  g_autoptr(DlViewport) viewport = dl_viewport_new ();
  DlExportPicture picture;
  double start, end, previous_end = 0, length = 0;
  gint64 first, last;

  g_assert_true (dl_timeline_events_get_range (events, &first, &last));
  dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_PDF, 842, 595);
  picture.events = events;
  picture.pages = 4;
  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (dl_export_picture_get_page_span (fixture->corpus, &picture, i, &start, &end));
      g_assert_cmpfloat (end, >, start);
      if (i == 0)
        {
          g_assert_cmpfloat (start, ==, (double) first);
          length = end - start;
        }
      else
        g_assert_cmpfloat (start, ==, previous_end);
      g_assert_cmpfloat (fabs ((end - start) - length), <, 1);
      previous_end = end;
    }
  g_assert_cmpfloat (previous_end, ==, (double) last);
  g_assert_false (dl_export_picture_get_page_span (fixture->corpus, &picture, 4, &start, &end));

  /* A view from a month before to a month after: only the events' days */
  dl_viewport_set_range (viewport, first - 31 * 86400.0, last + 31 * 86400.0);
  picture.viewport = viewport;
  g_assert_true (dl_export_picture_get_page_span (fixture->corpus, &picture, 0, &start, &end));
  g_assert_cmpfloat (start, ==, (double) first);
  /* A view of January: January */
  dl_viewport_set_range (viewport, 978307200.0 /* 2001-01-01 */, 980985600.0 /* 2001-02-01 */);
  picture.pages = 1;
  g_assert_true (dl_export_picture_get_page_span (fixture->corpus, &picture, 0, &start, &end));
  g_assert_cmpfloat (start, ==, (double) first);
  g_assert_cmpfloat (end, ==, 980985600.0);

  /* A graph has no time */
  picture.view = DL_EXPORT_VIEW_GRAPH;
  g_assert_false (dl_export_picture_get_page_span (fixture->corpus, &picture, 0, &start, &end));
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Page @page of @picture drawn alone, as printing draws it, as a PNG */
static GBytes *
draw_page_png (Fixture               *fixture,
               const DlExportPicture *picture,
               guint                  page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, picture->width, picture->height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  dl_export_picture_draw_page (cr, fixture->corpus, picture, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

/* A page drawn alone is the picture an export draws: one drawer */
static void
test_draw_page (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GListModel) events = make_daily_events (100);
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) drawn = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) first_again = NULL;
  g_autoptr(GBytes) second = NULL;
  DlExportPicture picture;

  dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_PNG, 400, 240);
  exported = picture_png (fixture, &picture);
  drawn = draw_page_png (fixture, &picture, 0);
  g_assert_true (g_bytes_equal (exported, drawn));

  /* The pages of a long span differ, and each is drawn the same again */
  dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_PDF, 400, 240);
  picture.events = events;
  picture.pages = 3;
  first = draw_page_png (fixture, &picture, 0);
  first_again = draw_page_png (fixture, &picture, 0);
  second = draw_page_png (fixture, &picture, 1);
  g_assert_true (g_bytes_equal (first, first_again));
  g_assert_false (g_bytes_equal (first, second));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/export/image/sizes", Fixture, NULL, fixture_set_up, test_image_sizes, fixture_tear_down);
  g_test_add ("/export/image/invalid-size", Fixture, NULL, fixture_set_up, test_image_invalid_size,
              fixture_tear_down);
  g_test_add ("/export/image/style", Fixture, NULL, fixture_set_up, test_image_style, fixture_tear_down);
  g_test_add ("/export/picture/sizes", Fixture, NULL, fixture_set_up, test_picture_sizes, fixture_tear_down);
  g_test_add ("/export/picture/pdf-pages", Fixture, NULL, fixture_set_up, test_picture_pdf_pages,
              fixture_tear_down);
  g_test_add ("/export/picture/scope", Fixture, NULL, fixture_set_up, test_picture_scope, fixture_tear_down);
  g_test_add ("/export/picture/invalid", Fixture, NULL, fixture_set_up, test_picture_invalid,
              fixture_tear_down);
  g_test_add ("/export/picture/styles", Fixture, NULL, fixture_set_up, test_export_styles, fixture_tear_down);
  g_test_add ("/export/picture/suggest-pages", Fixture, NULL, fixture_set_up, test_suggest_pages,
              fixture_tear_down);
  g_test_add ("/export/picture/pages-for-width", Fixture, NULL, fixture_set_up, test_pages_for_width,
              fixture_tear_down);
  g_test_add ("/export/picture/page-spans", Fixture, NULL, fixture_set_up, test_page_spans, fixture_tear_down);
  g_test_add ("/export/picture/draw-page", Fixture, NULL, fixture_set_up, test_draw_page, fixture_tear_down);

  return g_test_run ();
}
