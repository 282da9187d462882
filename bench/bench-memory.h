/* bench-memory.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The resident memory of the benchmark's own process: now, and the
 * highest it reached since a given moment. getrusage() only knows the
 * highest of the whole life of the process, which cannot tell one
 * stage from another; a thread that reads /proc/self/statm every few
 * milliseconds can.
 */
#pragma once

#include <glib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#define BENCH_MEMORY_INTERVAL_US 2000

typedef struct
{
  GThread *thread;
  gint running;
  gsize peak;
  GMutex lock;
} BenchMemory;

static BenchMemory bench_memory;

/* Resident size in bytes, 0 where /proc is missing */
static inline gsize
bench_memory_get_rss (void)
{
  unsigned long size = 0, resident = 0;
  FILE *statm = fopen ("/proc/self/statm", "r");

  if (statm == NULL)
    return 0;
  if (fscanf (statm, "%lu %lu", &size, &resident) != 2)
    resident = 0;
  fclose (statm);
  return (gsize) resident * (gsize) sysconf (_SC_PAGESIZE);
}

/* The bytes the allocator has handed out and not had back, in every
 * arena: unlike the resident size, what is held whatever holes earlier
 * work left in the heap. 0 where the C library cannot tell. */
static inline gsize
bench_memory_get_allocated (void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
#else
  return 0;
#endif
}

/* The highest resident size of the process's whole life (ru_maxrss) */
static inline gsize
bench_memory_get_max_rss (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return 0;
  return (gsize) usage.ru_maxrss * 1024;
}

static inline void
bench_memory_sample (void)
{
  gsize rss = bench_memory_get_rss ();

  g_mutex_lock (&bench_memory.lock);
  bench_memory.peak = MAX (bench_memory.peak, rss);
  g_mutex_unlock (&bench_memory.lock);
}

static inline gpointer
bench_memory_watch (gpointer data)
{
  while (g_atomic_int_get (&bench_memory.running))
    {
      bench_memory_sample ();
      g_usleep (BENCH_MEMORY_INTERVAL_US);
    }
  return data;
}

static inline void
bench_memory_start (void)
{
  g_atomic_int_set (&bench_memory.running, TRUE);
  bench_memory.thread = g_thread_new ("bench-memory", bench_memory_watch, NULL);
}

static inline void
bench_memory_stop (void)
{
  g_atomic_int_set (&bench_memory.running, FALSE);
  g_clear_pointer (&bench_memory.thread, g_thread_join);
}

/* From now on, the peak is the highest resident size from now */
static inline void
bench_memory_reset_peak (void)
{
  g_mutex_lock (&bench_memory.lock);
  bench_memory.peak = 0;
  g_mutex_unlock (&bench_memory.lock);
  bench_memory_sample ();
}

static inline gsize
bench_memory_get_peak (void)
{
  gsize peak;

  bench_memory_sample ();
  g_mutex_lock (&bench_memory.lock);
  peak = bench_memory.peak;
  g_mutex_unlock (&bench_memory.lock);
  return peak;
}
