/* dl-parallel.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Independent items shared among a few threads: each thread takes the
 * next item not yet taken, so that a long item holds up no other.
 */
#include "config.h"

#include "dl-parallel.h"

typedef struct
{
  guint n_items;
  DlIndexFunc func;
  gpointer data;
  GCancellable *cancellable;
  gint next;
} Shared;

static gpointer
take_items (gpointer data)
{
  Shared *shared = data;
  guint i;

  while ((i = (guint) g_atomic_int_add (&shared->next, 1)) < shared->n_items
         && !g_cancellable_is_cancelled (shared->cancellable))
    shared->func (i, shared->data);
  return NULL;
}

/**
 * dl_parallel_for:
 * @n_items: how many items
 * @n_threads: on how many threads at most, this one included
 * @func: called once for each item, on any of the threads
 * @data: for @func
 * @cancellable: (nullable): when cancelled, the items not begun are left
 *
 * Calls @func for items 0 to @n_items - 1, on this thread and up to
 * @n_threads - 1 others, and returns when all are done.
 */
void
dl_parallel_for (guint         n_items,
                 guint         n_threads,
                 DlIndexFunc   func,
                 gpointer      data,
                 GCancellable *cancellable)
{
  Shared shared = { n_items, func, data, cancellable, 0 };
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();

  g_return_if_fail (func != NULL);

  n_threads = CLAMP (n_threads, 1, MAX (n_items, 1));
  for (guint t = 1; t < n_threads; t++)
    {
      GThread *thread = g_thread_try_new ("dateline-worker", take_items, &shared, NULL);

      /* Without another thread this one does the work alone */
      if (thread != NULL)
        g_ptr_array_add (threads, thread);
    }
  take_items (&shared);
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (g_ptr_array_index (threads, t));
}
