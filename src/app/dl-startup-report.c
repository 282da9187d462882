/* dl-startup-report.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For bench/bench-startup: with DATELINE_STARTUP_REPORT set, the first
 * window says on standard output when it first drew a frame, and, once
 * the articles it was given are read and analysed, when it drew the
 * first frame that shows them; then the application quits. Times are
 * those of the monotonic clock, which the benchmark shares, so it can
 * tell how long after launching the process each came.
 */
#include "config.h"

#include <stdio.h>

#include "dl-startup-report.h"

typedef struct
{
  DlWindow *window;
  gboolean drawn;
  gulong handler;
} Report;

static void
after_paint_cb (GdkFrameClock *clock,
                Report        *report)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (report->window));

  if (!report->drawn)
    {
      report->drawn = TRUE;
      printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
      fflush (stdout);
    }
  /* Given articles, the window is busy from its first frame until they
   * are shown; given none, it is ready at once */
  if (!dl_window_is_busy (report->window))
    {
      printf ("ready %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
      fflush (stdout);
      g_signal_handler_disconnect (clock, report->handler);
      g_free (report);
      if (app != NULL)
        g_application_quit (G_APPLICATION (app));
      return;
    }
  /* Keep frames coming until the articles are shown */
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
realize_cb (GtkWidget *widget,
            Report    *report)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  report->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), report);
}

/**
 * dl_startup_report_watch:
 * @window: the first window
 *
 * Reports the window's first frame and its first frame with the
 * articles shown, when DATELINE_STARTUP_REPORT is set; else nothing.
 */
void
dl_startup_report_watch (DlWindow *window)
{
  Report *report;

  if (g_getenv ("DATELINE_STARTUP_REPORT") == NULL)
    return;
  report = g_new0 (Report, 1);
  report->window = window;
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), report);
}
