/* bench-startup.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long after it is launched the application draws its window, and
 * how long until the sample corpus is read, analysed and shown: the
 * real program, started afresh each time (five times each, medians),
 * with DATELINE_STARTUP_REPORT set so that it says when it drew (see
 * src/app/dl-startup-report.c) on the monotonic clock this benchmark
 * shares. Needs a display; skips without one. Never fails on time.
 *
 *   bench-startup [RUNS]
 */
#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-articles.h"
#include "bench-common.h"

#define DEFAULT_RUNS 5

typedef struct
{
  double first_frame_ms;
  double ready_ms;
} Startup;

/* Launches the application on @path (none when NULL) and reads what it
 * reports; FALSE when it could not be run or said nothing */
static gboolean
launch (const char *data_home,
        const char *path,
        Startup    *startup)
{
  const char *argv[] = { BENCH_APP, path, NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 start, first = 0, ready = 0;
  int status;

  env = g_environ_setenv (env, "DATELINE_STARTUP_REPORT", "1", TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", data_home, TRUE);
  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                     &status, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return FALSE;
    }
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "first-frame "))
        first = g_ascii_strtoll (lines[i] + 12, NULL, 10);
      else if (g_str_has_prefix (lines[i], "ready "))
        ready = g_ascii_strtoll (lines[i] + 6, NULL, 10);
    }
  if (first == 0 || ready == 0)
    return FALSE;
  startup->first_frame_ms = (first - start) / 1000.0;
  startup->ready_ms = (ready - start) / 1000.0;
  return TRUE;
}

static void
measure (const char *what,
         const char *path,
         guint       runs)
{
  g_autofree double *first = g_new0 (double, runs);
  g_autofree double *ready = g_new0 (double, runs);
  guint done = 0;

  for (guint r = 0; r < runs; r++)
    {
      /* No recovery file nor settings of an earlier run */
      g_autofree char *data_home = g_dir_make_tmp ("dateline-bench-data-XXXXXX", NULL);
      Startup startup;

      if (launch (data_home, path, &startup))
        {
          first[done] = startup.first_frame_ms;
          ready[done] = startup.ready_ms;
          done++;
        }
      bench_remove_folder (data_home);
    }
  if (done == 0)
    {
      printf ("startup: %-18s the application reported nothing\n", what);
      return;
    }
  printf ("startup: %-18s window drawn after median %6.1f ms, ready after median %6.1f ms (%u runs)\n",
          what, bench_median (first, done), bench_median (ready, done), done);
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : DEFAULT_RUNS;
  const char *sample = g_getenv ("DATELINE_SAMPLE_DIR");

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("no display: skipped\n");
      return 77;
    }
  runs = MAX (runs, 1);
  measure ("empty window", NULL, runs);
  if (sample != NULL)
    measure ("the sample corpus", sample, runs);
  return 0;
}
