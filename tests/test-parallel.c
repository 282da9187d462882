/* test-parallel.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items shared among threads are each done once, and a cancelled run
 * leaves the rest.
 */
#include "config.h"

#include "dl-parallel.h"

typedef struct
{
  gint *visits;
  GCancellable *cancellable;
  guint cancel_at;
  gint done;
} Visits;

static void
visit (guint    index,
       gpointer data)
{
  Visits *visits = data;

  g_atomic_int_inc (&visits->visits[index]);
  if (g_atomic_int_add (&visits->done, 1) + 1 == (gint) visits->cancel_at && visits->cancellable != NULL)
    g_cancellable_cancel (visits->cancellable);
}

static void
test_each_once (void)
{
  const guint counts[] = { 0, 1, 2, 7, 1000 };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    for (guint n_threads = 0; n_threads <= 5; n_threads++)
      {
        g_autofree gint *seen = g_new0 (gint, counts[c] + 1);
        Visits visits = { seen, NULL, 0, 0 };

        dl_parallel_for (counts[c], n_threads, visit, &visits, NULL);
        for (guint i = 0; i < counts[c]; i++)
          g_assert_cmpint (seen[i], ==, 1);
        g_assert_cmpint (seen[counts[c]], ==, 0);
      }
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree gint *seen = g_new0 (gint, 100000);
  Visits visits = { seen, cancellable, 10, 0 };
  guint n_seen = 0;

  dl_parallel_for (100000, 3, visit, &visits, cancellable);
  for (guint i = 0; i < 100000; i++)
    {
      g_assert_cmpint (seen[i], <=, 1);
      n_seen += seen[i];
    }
  /* Each thread finishes the item it holds, and takes no other */
  g_assert_cmpuint (n_seen, >=, 10);
  g_assert_cmpuint (n_seen, <, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallel/each-once", test_each_once);
  g_test_add_func ("/parallel/cancelled", test_cancelled);

  return g_test_run ();
}
