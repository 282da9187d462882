/* bench-common.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clocks, medians and percentiles the benchmarks share, so that every one
 * of them times and sums up its runs the same way.
 */
#pragma once

#include <glib.h>
#include <math.h>
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

/* The value below which @fraction of @values lie (the median for 0.5),
 * NAN for none; sorts @values */
static inline double
bench_percentile (GArray *values,
                  double  fraction)
{
  guint index;

  if (values->len == 0)
    return NAN;
  g_array_sort (values, bench_compare_doubles);
  index = MIN ((guint) ceil (fraction * values->len) - 1, values->len - 1);
  return g_array_index (values, double, fraction == 0.5 ? values->len / 2 : index);
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
