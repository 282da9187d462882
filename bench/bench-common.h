/* bench-common.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clocks and the medians the benchmarks share, so that every one
 * of them times and sums up its runs the same way.
 */
#pragma once

#include <glib.h>
#include <stdlib.h>
#include <time.h>

static inline int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @values, smallest first, and returns the middle one */
static inline double
bench_median (double *values,
              guint   n)
{
  qsort (values, n, sizeof (double), bench_compare_doubles);
  return values[n / 2];
}

/* Processor time in seconds, of the process or of this thread
 * (CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID): it changes less
 * than the wall clock's on a busy machine */
static inline double
bench_cpu_seconds (clockid_t clock)
{
  struct timespec now;

  clock_gettime (clock, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* Monotonic wall-clock time, in milliseconds */
static inline double
bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}
