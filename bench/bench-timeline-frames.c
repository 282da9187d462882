/* bench-timeline-frames.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Frame times of the timeline widget while it zooms: a real window of
 * 1280×800 with 10,000 made-up events over twenty years, zoomed in a
 * thousandfold and out again around a moving point, one step per frame
 * of the GTK frame clock, first in one lane and then in a lane per
 * actor. Prints, for each, the median and 99th percentile of the time
 * between frames (what the eye sees; the display's refresh rate is the
 * floor) and of the work in a frame (layout, drawing and rendering:
 * the headroom). Needs a display; skips without one. Never fails on
 * time.
 *
 *   bench-timeline-frames [N_EVENTS [SECONDS]]
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-common.h"
#include "bench-timeline-events.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-view.h"
#include "dl-viewport.h"

#define N_ACTORS 12
#define DAY G_GINT64_CONSTANT (86400)
#define T2000 G_GINT64_CONSTANT (946684800)
#define YEARS 20
/* One zoom in and out takes this long */
#define CYCLE_SECONDS 2.0
#define DEPTH 1000.0

typedef struct
{
  DlTimelineView *view;
  DlViewport *viewport;
  double full_start;
  double full_end;
  gint64 begin;
  double seconds;
  gint64 paint_start;
  gint64 last_frame;
  GArray *intervals;
  GArray *work;
  gboolean done;
} Bench;

static char *
make_title (GRand *rand,
            guint  i)
{
  const char *first = bench_word (rand);

  return g_strdup_printf ("Event %u: %s %s", i, first, bench_word (rand));
}

/* A day, or a month for one event in five */
static DlDateSpan *
make_when (GRand *rand)
{
  gint64 start = T2000 + (gint64) g_rand_int_range (rand, 0, YEARS * 365) * DAY;
  gint64 length = g_rand_int_range (rand, 0, 100) < 80 ? DAY : 30 * DAY;

  return dl_date_span_new (NULL, start, start + length, DL_CERTAINTY_STATED);
}

/* Each frame: a span between the whole and a thousandth of it, around
 * a point that walks across the years */
static gboolean
zoom_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  Bench *bench = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t, depth, span, middle;

  if (bench->begin == 0)
    bench->begin = now;
  t = (now - bench->begin) / (double) G_USEC_PER_SEC;
  if (t >= bench->seconds)
    {
      bench->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  depth = (1 - cos (2 * G_PI * t / CYCLE_SECONDS)) / 2;
  span = (bench->full_end - bench->full_start) * pow (DEPTH, -depth);
  middle = bench->full_start + (bench->full_end - bench->full_start) * (0.2 + 0.6 * t / bench->seconds);
  dl_viewport_set_range (bench->viewport, middle - span / 2, middle + span / 2);
  return G_SOURCE_CONTINUE;
}

static void
update_cb (GdkFrameClock *clock,
           Bench         *bench)
{
  bench->paint_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();
  double work = (now - bench->paint_start) / 1000.0;
  double interval;

  if (bench->begin == 0 || bench->done)
    return;
  g_array_append_val (bench->work, work);
  if (bench->last_frame != 0)
    {
      interval = (now - bench->last_frame) / 1000.0;
      g_array_append_val (bench->intervals, interval);
    }
  bench->last_frame = now;
}

static void
wait_until (gboolean *flag)
{
  while (!*flag)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
shown (DlTimelineView *view)
{
  return gtk_widget_get_mapped (GTK_WIDGET (view)) && dl_timeline_view_get_layout (view) != NULL;
}

static void
run (Bench      *bench,
     GtkWidget  *window,
     const char *lanes)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->view));
  gulong update_id, paint_id;
  double seconds;

  dl_timeline_view_set_lanes (bench->view, lanes);
  dl_viewport_set_range (bench->viewport, bench->full_start, bench->full_end);
  g_array_set_size (bench->intervals, 0);
  g_array_set_size (bench->work, 0);
  bench->begin = bench->last_frame = 0;
  bench->done = FALSE;
  update_id = g_signal_connect (clock, "update", G_CALLBACK (update_cb), bench);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
  gtk_widget_add_tick_callback (GTK_WIDGET (bench->view), zoom_tick_cb, bench, NULL);
  wait_until (&bench->done);
  g_signal_handler_disconnect (clock, update_id);
  g_signal_handler_disconnect (clock, paint_id);

  seconds = bench->last_frame > bench->begin ? (bench->last_frame - bench->begin) / (double) G_USEC_PER_SEC : 1;
  printf ("lanes %-6s %4u frames, %5.1f fps | between frames median %6.2f ms, p99 %6.2f ms"
          " | work in a frame median %6.2f ms, p99 %6.2f ms\n",
          lanes, bench->work->len, bench->work->len / seconds,
          bench_percentile (bench->intervals, 0.5), bench_percentile (bench->intervals, 0.99),
          bench_percentile (bench->work, 0.5), bench_percentile (bench->work, 0.99));
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 10000;
  Bench bench = { 0 };
  g_autoptr(GListStore) store = NULL;
  GtkWidget *window;
  gint64 start, end;

  if (!gtk_init_check ())
    {
      printf ("no display: skipped\n");
      return 77;
    }
  adw_init ();
  bench.seconds = argc > 2 ? g_ascii_strtod (argv[2], NULL) : 4.0;
  bench.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  bench.work = g_array_new (FALSE, FALSE, sizeof (double));
  store = bench_make_events (n, 20260102, N_ACTORS, make_title, make_when);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  bench.view = DL_TIMELINE_VIEW (dl_timeline_view_new ());
  bench.viewport = dl_timeline_view_get_viewport (bench.view);
  dl_timeline_view_set_events (bench.view, G_LIST_MODEL (store));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (bench.view));
  gtk_window_present (GTK_WINDOW (window));
  while (!shown (bench.view))
    g_main_context_iteration (NULL, TRUE);

  dl_timeline_events_get_range (G_LIST_MODEL (store), &start, &end);
  bench.full_start = start;
  bench.full_end = end;
  printf ("%u events over %d years, 1280x800, renderer %s, %.0f s of zooming x%.0f and back per lane choice\n",
          n, YEARS, G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), bench.seconds, DEPTH);
  run (&bench, window, "none");
  run (&bench, window, "actor");

  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (bench.intervals);
  g_array_unref (bench.work);
  return 0;
}
