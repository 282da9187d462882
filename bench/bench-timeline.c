/* bench-timeline.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline at scale: 100,000 made-up events over fifty years in
 * twenty lanes (one per actor), laid out and drawn at 1920×1080. Prints
 * the median time to lay out a new viewport (the whole span, a year, a
 * day, a pan step), the median full draw on a cairo image surface and
 * the bytes of geometry per event. Never fails on time.
 *
 *   bench-timeline [N_EVENTS]
 */
#include "config.h"

#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"
#include "bench-timeline-events.h"
#include "dl-render-style.h"
#include "dl-timeline-index.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-render.h"
#include "dl-viewport.h"

#define WIDTH 1920
#define HEIGHT 1080
#define N_LANES 20
#define N_RUNS 21
#define DAY G_GINT64_CONSTANT (86400)
#define YEAR (365.2425 * DAY)
#define T1975 G_GINT64_CONSTANT (157766400)

static char *
make_title (GRand *rand,
            guint  i)
{
  GString *title = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 2, 9);

  g_string_append_printf (title, "Event %u:", i);
  for (guint w = 0; w < n; w++)
    g_string_append_printf (title, " %s", bench_word (rand));
  return g_string_free (title, FALSE);
}

/* A day, two hours, a week, a month or a year, with a certainty */
static DlDateSpan *
make_when (GRand *rand)
{
  gint64 day = T1975 + (gint64) g_rand_int_range (rand, 0, (int) (50 * 365.2425)) * DAY;
  int shape = g_rand_int_range (rand, 0, 100);
  int certainty = g_rand_int_range (rand, 0, 100);
  gint64 start = day, end = day + DAY;

  if (shape < 15)
    {
      start = day + g_rand_int_range (rand, 0, 22) * 3600;
      end = start + 2 * 3600;
    }
  else if (shape < 25)
    end = day + 7 * DAY;
  else if (shape < 37)
    end = day + 30 * DAY;
  else if (shape < 42)
    end = day + 365 * DAY;
  return dl_date_span_new (NULL, start, end,
                           certainty < 60 ? DL_CERTAINTY_STATED :
                           certainty < 85 ? DL_CERTAINTY_RELATIVE : DL_CERTAINTY_INFERRED);
}

typedef struct
{
  DlTimelineIndex *index;
  PangoContext *context;
  DlViewport *viewport;
} Bench;

/* The first layout of a viewport measures its labels; the median is of
 * new viewports a pixel apart, as a slow pan gives them */
static void
bench_layout (Bench      *bench,
              const char *name,
              double      start,
              double      end)
{
  double times[N_RUNS], cold, t;
  double step = (end - start) / WIDTH;
  guint items = 0, clusters = 0;

  dl_viewport_set_range (bench->viewport, start, end);
  t = bench_now_ms ();
  dl_timeline_layout_free (dl_timeline_layout_new_for_index (bench->index, bench->viewport, WIDTH, HEIGHT,
                                                             bench->context));
  cold = bench_now_ms () - t;
  for (guint r = 0; r < N_RUNS; r++)
    {
      DlTimelineLayout *layout;

      dl_viewport_set_range (bench->viewport, start + r * step, end + r * step);
      t = bench_now_ms ();
      layout = dl_timeline_layout_new_for_index (bench->index, bench->viewport, WIDTH, HEIGHT, bench->context);
      times[r] = bench_now_ms () - t;
      items = dl_timeline_layout_get_n_items (layout);
      clusters = dl_timeline_layout_get_n_clusters (layout);
      dl_timeline_layout_free (layout);
    }
  printf ("layout %-12s median %7.3f ms  (first, labels unmeasured: %7.3f ms)  %5u marks, %4u clusters\n",
          name, bench_median (times, N_RUNS), cold, items, clusters);
}

/* A pan step of a tenth of the width, as a drag or a flick gives */
static void
bench_pan (Bench  *bench,
           double  start,
           double  end)
{
  double times[N_RUNS], t;
  double step = (end - start) / 10;

  for (guint r = 0; r < N_RUNS; r++)
    {
      dl_viewport_set_range (bench->viewport, start + r * step, end + r * step);
      t = bench_now_ms ();
      dl_timeline_layout_free (dl_timeline_layout_new_for_index (bench->index, bench->viewport, WIDTH, HEIGHT,
                                                                 bench->context));
      times[r] = bench_now_ms () - t;
    }
  printf ("layout %-12s median %7.3f ms  (a tenth of a year view per step)\n", "pan step", bench_median (times, N_RUNS));
}

static void
bench_draw (Bench      *bench,
            const char *name,
            double      start,
            double      end)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  DlRenderStyle style = { 0 };
  g_autoptr(DlTimelineLayout) layout = NULL;
  double times[N_RUNS], t;

  dl_render_style_init_light (&style);
  dl_viewport_set_range (bench->viewport, start, end);
  layout = dl_timeline_layout_new_for_index (bench->index, bench->viewport, WIDTH, HEIGHT, bench->context);
  for (guint r = 0; r < N_RUNS; r++)
    {
      t = bench_now_ms ();
      dl_timeline_render (cr, layout, &style, NULL, NULL);
      cairo_surface_flush (surface);
      times[r] = bench_now_ms () - t;
    }
  /* To look at what was timed: BENCH_TIMELINE_PNG=prefix */
  if (g_getenv ("BENCH_TIMELINE_PNG") != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s-%s.png", g_getenv ("BENCH_TIMELINE_PNG"), name);

      g_strdelimit (path + strlen (g_getenv ("BENCH_TIMELINE_PNG")), " ", '-');
      cairo_surface_write_to_png (surface, path);
    }
  printf ("draw   %-12s median %7.3f ms  (%u marks, %u clusters)\n", name, bench_median (times, N_RUNS),
          dl_timeline_layout_get_n_items (layout), dl_timeline_layout_get_n_clusters (layout));
  dl_render_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_memory (Bench *bench,
              guint  n)
{
  double start, end;
  gsize largest = 0;
  const double spans[] = { 50 * YEAR, YEAR, DAY };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      g_autoptr(DlTimelineLayout) layout = NULL;

      start = T1975 + 25 * YEAR - spans[i] / 2;
      end = start + spans[i];
      dl_viewport_set_range (bench->viewport, start, end);
      layout = dl_timeline_layout_new_for_index (bench->index, bench->viewport, WIDTH, HEIGHT, bench->context);
      largest = MAX (largest, dl_timeline_layout_get_size (layout));
    }
  printf ("memory index %.1f bytes/event, largest layout %.1f bytes/event, together %.1f bytes/event\n",
          dl_timeline_index_get_size (bench->index) / (double) n, largest / (double) n,
          (dl_timeline_index_get_size (bench->index) + largest) / (double) n);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  Bench bench = { 0 };
  double t, middle = T1975 + 25 * YEAR;

  store = bench_make_events (n, 20260101, N_LANES, make_title, make_when);
  bench.context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_context_set_font_description (bench.context, font);
  bench.viewport = dl_viewport_new ();

  t = bench_now_ms ();
  bench.index = dl_timeline_index_new (G_LIST_MODEL (store), DL_TIMELINE_LANES_ACTOR);
  printf ("%u events over 50 years in %u lanes, %dx%d\n", n, dl_timeline_index_get_n_lanes (bench.index),
          WIDTH, HEIGHT);
  printf ("index  built in %.1f ms (once per list of events)\n", bench_now_ms () - t);

  bench_layout (&bench, "whole span", T1975 - YEAR, T1975 + 51 * YEAR);
  bench_layout (&bench, "a year", middle, middle + YEAR);
  bench_layout (&bench, "a day", middle, middle + DAY);
  bench_pan (&bench, middle, middle + YEAR);
  bench_draw (&bench, "whole span", T1975 - YEAR, T1975 + 51 * YEAR);
  bench_draw (&bench, "a year", middle, middle + YEAR);
  bench_draw (&bench, "a day", middle, middle + DAY);
  bench_memory (&bench, n);

  dl_timeline_index_unref (bench.index);
  g_object_unref (bench.viewport);
  g_object_unref (bench.context);
  return 0;
}
