/* bench-timeline-events.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Made-up events for the timeline benchmarks: each bench chooses its
 * titles and dates, and gets the same actors and the same store.
 */
#pragma once

#include <gio/gio.h>

#include "dl-actor.h"
#include "dl-date-span.h"
#include "dl-event.h"

typedef char       *(*BenchTitleFunc) (GRand *rand,
                                       guint  i);
typedef DlDateSpan *(*BenchWhenFunc)  (GRand *rand);

/* One of a few words of the news, for titles */
static inline const char *
bench_word (GRand *rand)
{
  static const char *words[] = {
    "council", "harbour", "minister", "strike", "treaty", "election", "flood", "border",
    "court", "summit", "protest", "bridge", "inquiry", "budget", "ceasefire", "vote",
  };

  return words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
}

/* @n events, each with a title from @make_title, a date from @make_when
 * and one of @n_actors actors ("Actor 1"…) of every kind in turn; the
 * same @seed gives the same events */
static inline GListStore *
bench_make_events (guint          n,
                   guint32        seed,
                   guint          n_actors,
                   BenchTitleFunc make_title,
                   BenchWhenFunc  make_when)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store = g_list_store_new (DL_TYPE_EVENT);

  for (guint a = 0; a < n_actors; a++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %u", a + 1);

      g_ptr_array_add (actors, dl_actor_new (name, a % (DL_ACTOR_KIND_OTHER + 1)));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = make_title (rand, i);
      DlEvent *event = dl_event_new (title);
      g_autoptr(DlDateSpan) when = make_when (rand);

      dl_event_set_when (event, when);
      dl_event_add_actor (event, g_ptr_array_index (actors, g_rand_int_range (rand, 0, n_actors)));
      g_ptr_array_add (events, event);
    }
  g_list_store_splice (store, 0, 0, events->pdata, events->len);
  return store;
}
