/* test-viewport.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "dl-viewport.h"

#define DAY 86400.0
#define YEAR (365.2425 * DAY)
#define CALENDAR_START (-62135596800.0)
#define CALENDAR_END (253402300800.0)

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_zoom_keeps_anchor (void)
{
  const struct {
    double factor;
    double anchor;  /* fraction of the width */
  } cases[] = {
    { 2.0, 0.5 }, { 2.0, 0.1 }, { 0.5, 0.9 }, { 1.25, 0.0 }, { 0.8, 1.0 }, { 10.0, 0.33 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DlViewport) viewport = dl_viewport_new ();
      double width = 800, x, anchor, span;

      dl_viewport_set_range (viewport, 1e9, 1e9 + 30 * DAY);
      x = cases[i].anchor * width;
      anchor = dl_viewport_x_to_time (viewport, x, width);
      span = dl_viewport_get_end (viewport) - dl_viewport_get_start (viewport);

      dl_viewport_zoom (viewport, cases[i].factor, anchor);

      g_assert_cmpfloat_with_epsilon (dl_viewport_time_to_x (viewport, anchor, width), x, 1e-6);
      g_assert_cmpfloat_with_epsilon (dl_viewport_get_end (viewport) - dl_viewport_get_start (viewport),
                                      span / cases[i].factor, 1e-3);
    }
}

static void
test_pan (void)
{
  g_autoptr(DlViewport) viewport = dl_viewport_new ();
  guint notified = 0;

  dl_viewport_set_range (viewport, 1e9, 1e9 + 10 * DAY);
  g_signal_connect (viewport, "notify", G_CALLBACK (count_notify_cb), &notified);

  dl_viewport_pan (viewport, 2 * DAY);
  g_assert_cmpfloat (dl_viewport_get_start (viewport), ==, 1e9 + 2 * DAY);
  g_assert_cmpfloat (dl_viewport_get_end (viewport), ==, 1e9 + 12 * DAY);
  g_assert_cmpuint (notified, ==, 2);

  dl_viewport_pan (viewport, -5 * DAY);
  g_assert_cmpfloat (dl_viewport_get_start (viewport), ==, 1e9 - 3 * DAY);
  g_assert_cmpfloat (dl_viewport_get_end (viewport), ==, 1e9 + 7 * DAY);

  /* Setting the same range again says nothing */
  notified = 0;
  dl_viewport_set_range (viewport, 1e9 - 3 * DAY, 1e9 + 7 * DAY);
  g_assert_cmpuint (notified, ==, 0);
}

static void
test_x_to_time_round_trip (void)
{
  g_autoptr(DlViewport) viewport = dl_viewport_new ();

  dl_viewport_set_range (viewport, -2e9, 3e9);
  for (double x = -100; x <= 1100; x += 37.5)
    {
      double time = dl_viewport_x_to_time (viewport, x, 1000);

      g_assert_cmpfloat_with_epsilon (dl_viewport_time_to_x (viewport, time, 1000), x, 1e-6);
    }
  g_assert_cmpfloat (dl_viewport_time_to_x (viewport, -2e9, 1000), ==, 0);
  g_assert_cmpfloat (dl_viewport_time_to_x (viewport, 3e9, 1000), ==, 1000);
}

static void
test_fit_margins (void)
{
  g_autoptr(DlViewport) viewport = dl_viewport_new ();
  gint64 start = 1483228800;  /* 2017-01-01 */
  gint64 end = start + 90 * 86400;
  double margin;

  dl_viewport_fit (viewport, start, end);
  margin = (end - start) * 0.05;
  g_assert_cmpfloat (dl_viewport_get_start (viewport), <, start - margin);
  g_assert_cmpfloat (dl_viewport_get_end (viewport), >, end + margin);
  g_assert_cmpfloat (dl_viewport_get_end (viewport) - dl_viewport_get_start (viewport), <, (end - start) * 1.5);

  dl_viewport_fit_with_margins (viewport, start, end, 1000, 30, 200);
  g_assert_cmpfloat_with_epsilon (dl_viewport_time_to_x (viewport, start, 1000), 30, 1e-6);
  g_assert_cmpfloat_with_epsilon (dl_viewport_time_to_x (viewport, end, 1000), 800, 1e-6);

  /* A single instant still gets a day's worth of room, centred */
  dl_viewport_fit_with_margins (viewport, start, start, 1000, 50, 50);
  g_assert_cmpfloat_with_epsilon (dl_viewport_time_to_x (viewport, start, 1000), 500, 1e-6);
  g_assert_cmpfloat (dl_viewport_get_end (viewport) - dl_viewport_get_start (viewport), >=, DAY);

  /* Margins too wide for the width fall back to proportional ones */
  dl_viewport_fit_with_margins (viewport, start, end, 100, 60, 60);
  g_assert_cmpfloat (dl_viewport_get_start (viewport), <, start);
  g_assert_cmpfloat (dl_viewport_get_end (viewport), >, end);
}

static void
test_zoom_limits (void)
{
  g_autoptr(DlViewport) viewport = dl_viewport_new ();
  double anchor = 1e9 + 1234.5;
  double before, span;

  dl_viewport_set_range (viewport, 1e9, 1e9 + DAY);
  before = dl_viewport_time_to_x (viewport, anchor, 1000);
  for (int i = 0; i < 40; i++)
    dl_viewport_zoom (viewport, 2, anchor);

  /* Zooming stops at a minute, exactly, with the anchor in place */
  span = dl_viewport_get_end (viewport) - dl_viewport_get_start (viewport);
  g_assert_cmpfloat_with_epsilon (span, 60, 1e-6);
  g_assert_cmpfloat_with_epsilon (dl_viewport_time_to_x (viewport, anchor, 1000), before, 1e-3);

  for (int i = 0; i < 80; i++)
    dl_viewport_zoom (viewport, 0.5, anchor);
  g_assert_cmpfloat (dl_viewport_get_start (viewport), >=, CALENDAR_START);
  g_assert_cmpfloat (dl_viewport_get_end (viewport), <=, CALENDAR_END);
  span = dl_viewport_get_end (viewport) - dl_viewport_get_start (viewport);
  g_assert_cmpfloat (span, >, 9000 * YEAR);
}

static void
test_calendar_bounds (void)
{
  g_autoptr(DlViewport) viewport = dl_viewport_new ();

  /* Panning past the first or last year slides back, keeping the span */
  dl_viewport_set_range (viewport, CALENDAR_START + YEAR, CALENDAR_START + 11 * YEAR);
  dl_viewport_pan (viewport, -100 * YEAR);
  g_assert_cmpfloat (dl_viewport_get_start (viewport), ==, CALENDAR_START);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_end (viewport) - dl_viewport_get_start (viewport),
                                  10 * YEAR, 1);

  dl_viewport_set_range (viewport, CALENDAR_END - 2 * YEAR, CALENDAR_END + 5 * YEAR);
  g_assert_cmpfloat (dl_viewport_get_end (viewport), ==, CALENDAR_END);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_end (viewport) - dl_viewport_get_start (viewport),
                                  7 * YEAR, 1);

  /* A reversed range is the same range */
  dl_viewport_set_range (viewport, 2e9, 1e9);
  g_assert_cmpfloat (dl_viewport_get_start (viewport), ==, 1e9);
  g_assert_cmpfloat (dl_viewport_get_end (viewport), ==, 2e9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/viewport/zoom-keeps-anchor", test_zoom_keeps_anchor);
  g_test_add_func ("/viewport/pan", test_pan);
  g_test_add_func ("/viewport/x-to-time-round-trip", test_x_to_time_round_trip);
  g_test_add_func ("/viewport/fit-margins", test_fit_margins);
  g_test_add_func ("/viewport/zoom-limits", test_zoom_limits);
  g_test_add_func ("/viewport/calendar-bounds", test_calendar_bounds);

  return g_test_run ();
}
