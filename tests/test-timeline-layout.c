/* test-timeline-layout.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "dl-actor.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-render-style.h"
#include "dl-time-scale.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-render.h"
#include "dl-viewport.h"

#define DAY G_GINT64_CONSTANT (86400)
#define T2017 G_GINT64_CONSTANT (1483228800)  /* 2017-01-01 */

/* One context for every test, as a widget would have */
static PangoContext *context;

static PangoContext *
make_context (void)
{
  PangoContext *result = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");

  pango_context_set_font_description (result, font);
  return result;
}

static void
add_event (GListStore  *store,
           const char  *title,
           gint64       start,
           gint64       end,
           DlCertainty  certainty)
{
  g_autoptr(DlEvent) event = dl_event_new (title);
  g_autoptr(DlDateSpan) when = dl_date_span_new (NULL, start, end, certainty);

  dl_event_set_when (event, when);
  g_list_store_append (store, event);
}

/* A made-up season of news: days, a dense day, spans, one undated. The
 * store is deliberately not in time order. */
static GListStore *
make_events (void)
{
  GListStore *store = g_list_store_new (DL_TYPE_EVENT);
  g_autoptr(DlEvent) undated = dl_event_new ("Something happened at some point");

  add_event (store, "Harbour reopens to container traffic", T2017 + 40 * DAY, T2017 + 41 * DAY, DL_CERTAINTY_STATED);
  add_event (store, "Council meets", T2017 + 2 * DAY, T2017 + 3 * DAY, DL_CERTAINTY_STATED);
  add_event (store, "Storm season", T2017 + 10 * DAY, T2017 + 35 * DAY, DL_CERTAINTY_INFERRED);
  add_event (store, "Bridge closed after the flood damaged its pillars", T2017 + 12 * DAY, T2017 + 13 * DAY, DL_CERTAINTY_RELATIVE);
  for (int i = 0; i < 6; i++)
    {
      g_autofree char *title = g_strdup_printf ("Rescue team %d reaches the valley", i + 1);
      add_event (store, title, T2017 + 20 * DAY, T2017 + 21 * DAY, DL_CERTAINTY_STATED);
    }
  add_event (store, "Mayor visits", T2017 + 22 * DAY, T2017 + 23 * DAY, DL_CERTAINTY_INFERRED);
  add_event (store, "Press conference", T2017 + 20 * DAY + 15 * 3600, T2017 + 20 * DAY + 16 * 3600, DL_CERTAINTY_STATED);
  add_event (store, "Aid arrives", T2017 + 60 * DAY, T2017 + 61 * DAY, DL_CERTAINTY_STATED);
  g_list_store_append (store, undated);
  return store;
}

static DlViewport *
make_viewport (double start,
               double end)
{
  DlViewport *viewport = dl_viewport_new ();

  dl_viewport_set_range (viewport, start, end);
  return viewport;
}

static gboolean
rects_overlap (const cairo_rectangle_t *a,
               const cairo_rectangle_t *b)
{
  return a->width > 0 && b->width > 0 &&
         a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
assert_labels_apart (DlTimelineLayout *layout)
{
  guint n = dl_timeline_layout_get_n_items (layout);

  for (guint i = 0; i < n; i++)
    {
      const DlTimelineItem *a = dl_timeline_layout_get_item (layout, i);

      if (!a->label_visible)
        continue;
      for (guint j = 0; j < n; j++)
        {
          const DlTimelineItem *b = dl_timeline_layout_get_item (layout, j);

          if (i == j)
            continue;
          if ((b->label_visible && rects_overlap (&a->label, &b->label)) || rects_overlap (&a->label, &b->mark))
            g_test_message ("label %g+%g,%g+%g lane %u row %u inside %d over %g+%g,%g+%g lane %u row %u inst %d",
                            a->label.x, a->label.width, a->label.y, a->label.height, a->lane, a->row, a->instant,
                            b->mark.x, b->mark.width, b->mark.y, b->mark.height, b->lane, b->row, b->instant);
          if (b->label_visible)
            g_assert_false (rects_overlap (&a->label, &b->label));
          g_assert_false (rects_overlap (&a->label, &b->mark));
        }
    }
}


/* Random events over ten years, some with two of four actors */
static GListStore *
make_random_events (guint n,
                    guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store = g_list_store_new (DL_TYPE_EVENT);
  const char *names[] = { "Mayor Ana Reyes", "Port Authority", "Riverside", "Dock workers" };

  for (guint a = 0; a < G_N_ELEMENTS (names); a++)
    g_ptr_array_add (actors, dl_actor_new (names[a], a));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Report %u on the %s", i, i % 3 ? "harbour" : "long-running dispute");
      g_autoptr(DlEvent) event = dl_event_new (title);
      gint64 start = T2017 + (gint64) g_rand_int_range (rand, 0, 3650) * DAY + g_rand_int_range (rand, 0, 24) * 3600;
      gint64 length = g_rand_boolean (rand) ? DAY : g_rand_int_range (rand, 1, 90) * DAY;
      g_autoptr(DlDateSpan) when = dl_date_span_new (NULL, start, start + length, g_rand_int_range (rand, 0, 3));

      dl_event_set_when (event, when);
      dl_event_add_actor (event, g_ptr_array_index (actors, g_rand_int_range (rand, 0, 4)));
      if (i % 5 == 0)
        dl_event_add_actor (event, g_ptr_array_index (actors, g_rand_int_range (rand, 0, 4)));
      g_list_store_append (store, event);
    }
  return store;
}

/* Labels against labels, marks and cluster marks, pairwise */
static void
assert_nothing_covers_labels (DlTimelineLayout *layout)
{
  guint n = dl_timeline_layout_get_n_items (layout);

  assert_labels_apart (layout);
  for (guint i = 0; i < n; i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);

      if (!item->label_visible)
        continue;
      /* No label is cut by either edge */
      g_assert_cmpfloat (item->label.x, >=, 0);
      g_assert_cmpfloat (item->label.x + item->label.width, <=, dl_timeline_layout_get_time_width (layout));
      for (guint c = 0; c < dl_timeline_layout_get_n_clusters (layout); c++)
        g_assert_false (rects_overlap (&item->label, &dl_timeline_layout_get_cluster (layout, c)->mark));
    }
  for (guint c = 0; c < dl_timeline_layout_get_n_clusters (layout); c++)
    for (guint d = c + 1; d < dl_timeline_layout_get_n_clusters (layout); d++)
      g_assert_false (rects_overlap (&dl_timeline_layout_get_cluster (layout, c)->mark,
                                     &dl_timeline_layout_get_cluster (layout, d)->mark));
}

static void
test_random_labels_never_overlap (void)
{
  g_autoptr(GListStore) store = make_random_events (1500, 7);
  const DlTimelineLanes lanes[] = { DL_TIMELINE_LANES_NONE, DL_TIMELINE_LANES_ACTOR, DL_TIMELINE_LANES_KIND };
  const double days[] = { 4000, 365, 60, 7, 1 };

  for (guint l = 0; l < G_N_ELEMENTS (lanes); l++)
    {
      g_autoptr(DlTimelineIndex) index = dl_timeline_index_new (G_LIST_MODEL (store), lanes[l]);

      for (guint d = 0; d < G_N_ELEMENTS (days); d++)
        {
          double start = T2017 + 1800 * DAY - days[d] * DAY / 2;
          g_autoptr(DlViewport) viewport = make_viewport (start, start + days[d] * DAY);
          g_autoptr(DlTimelineLayout) layout =
            dl_timeline_layout_new_for_index (index, viewport, 1100, 600, context);

          g_test_message ("lanes %s, %g days", dl_timeline_lanes_to_string (lanes[l]), days[d]);
          assert_nothing_covers_labels (layout);
        }
    }
}

/* The events a cluster counts start within it */
static guint
count_starting_in (DlTimelineLayout *layout,
                   gint64            start,
                   gint64            end)
{
  guint count = 0;

  for (guint i = 0; i < dl_timeline_layout_get_n_items (layout); i++)
    {
      gint64 time = dl_date_span_get_start (dl_event_get_when (dl_timeline_layout_get_item (layout, i)->event));

      count += time >= start && time < end;
    }
  for (guint c = 0; c < dl_timeline_layout_get_n_clusters (layout); c++)
    {
      const DlTimelineCluster *cluster = dl_timeline_layout_get_cluster (layout, c);

      if (cluster->start >= start && cluster->end <= end)
        count += cluster->count;
    }
  return count;
}

/* Zooming in by two halves each cluster's stretch: every cluster up
 * close lies inside one from afar, and what a cluster from afar counts
 * is what its halves show up close, clusters and marks together. */
static void
test_clusters_split_and_merge (void)
{
  g_autoptr(GListStore) store = make_random_events (3000, 11);
  g_autoptr(DlTimelineIndex) index = dl_timeline_index_new (G_LIST_MODEL (store), DL_TIMELINE_LANES_NONE);
  double middle = T2017 + 1825.3 * DAY, span = 4000.0 * DAY;
  DlTimelineLayout *coarse = NULL;
  guint checked = 0;

  for (int level = 0; level < 12; level++, span /= 2)
    {
      g_autoptr(DlViewport) viewport = make_viewport (middle - span / 2, middle + span / 2);
      DlTimelineLayout *fine = dl_timeline_layout_new_for_index (index, viewport, 1000, 240, context);

      for (guint c = 0; coarse != NULL && c < dl_timeline_layout_get_n_clusters (fine); c++)
        {
          const DlTimelineCluster *cluster = dl_timeline_layout_get_cluster (fine, c);
          gboolean inside = FALSE;

          for (guint d = 0; d < dl_timeline_layout_get_n_clusters (coarse) && !inside; d++)
            {
              const DlTimelineCluster *parent = dl_timeline_layout_get_cluster (coarse, d);

              inside = parent->start <= cluster->start && cluster->end <= parent->end &&
                       parent->end - parent->start == 2 * (cluster->end - cluster->start);
            }
          g_assert_true (inside);
        }
      for (guint d = 0; coarse != NULL && d < dl_timeline_layout_get_n_clusters (coarse); d++)
        {
          const DlTimelineCluster *parent = dl_timeline_layout_get_cluster (coarse, d);

          if (parent->start < middle - span / 2 || parent->end > middle + span / 2)
            continue;
          g_assert_cmpuint (count_starting_in (fine, parent->start, parent->end), ==, parent->count);
          checked++;
        }
      g_clear_pointer (&coarse, dl_timeline_layout_free);
      coarse = fine;
    }
  /* A few hours across: no cluster is left */
  g_assert_cmpuint (dl_timeline_layout_get_n_clusters (coarse), ==, 0);
  g_assert_cmpuint (checked, >, 3);
  dl_timeline_layout_free (coarse);
}

/* With more lanes than fit with a title strip each, every lane and every
 * mark in it still lies within the view */
static void
test_many_lanes_fit (void)
{
  g_autoptr(GListStore) store = g_list_store_new (DL_TYPE_EVENT);
  g_autoptr(DlViewport) viewport = make_viewport (T2017 - DAY, T2017 + 3700 * DAY);
  g_autoptr(DlTimelineIndex) index = NULL;
  g_autoptr(DlTimelineLayout) layout = NULL;
  const DlTimelineLane *last;
  guint n;

  /* Nineteen people, an event each month for ten years in turn */
  for (guint i = 0; i < 19 * 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i % 19);
      g_autoptr(DlActor) actor = dl_actor_new (name, DL_ACTOR_KIND_PERSON);
      g_autoptr(DlEvent) event = dl_event_new (name);
      gint64 start = T2017 + (gint64) i * 30 * DAY;
      g_autoptr(DlDateSpan) when = dl_date_span_new (NULL, start, start + DAY, DL_CERTAINTY_STATED);

      dl_event_set_when (event, when);
      dl_event_add_actor (event, actor);
      g_list_store_append (store, event);
    }
  index = dl_timeline_index_new (G_LIST_MODEL (store), DL_TIMELINE_LANES_ACTOR);
  layout = dl_timeline_layout_new_for_index (index, viewport, 1200, 600, context);
  n = dl_timeline_layout_get_n_lanes (layout);
  g_assert_cmpuint (n, >=, 15);
  last = dl_timeline_layout_get_lane (layout, n - 1);
  g_assert_cmpfloat (last->y + last->height, <=, 600);
  g_assert_cmpuint (dl_timeline_layout_get_n_items (layout), >, 0);
  for (guint i = 0; i < dl_timeline_layout_get_n_items (layout); i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);
      const DlTimelineLane *lane = dl_timeline_layout_get_lane (layout, item->lane);

      g_assert_cmpfloat (item->mark.y, >=, lane->y);
      g_assert_cmpfloat (item->mark.y + item->mark.height, <=, lane->y + lane->height);
    }
}

static void
test_lanes_by_actor (void)
{
  g_autoptr(GListStore) store = make_random_events (200, 3);
  g_autoptr(DlTimelineIndex) index = dl_timeline_index_new (G_LIST_MODEL (store), DL_TIMELINE_LANES_ACTOR);
  g_autoptr(DlViewport) viewport = make_viewport (T2017 - DAY, T2017 + 3700 * DAY);
  g_autoptr(DlTimelineLayout) layout = dl_timeline_layout_new_for_index (index, viewport, 1200, 700, context);
  g_autoptr(DlTimelineIndex) kinds = dl_timeline_index_new (G_LIST_MODEL (store), DL_TIMELINE_LANES_KIND);
  guint total = 0;

  g_assert_cmpuint (dl_timeline_layout_get_n_lanes (layout), ==, 4);
  g_assert_cmpuint (dl_timeline_index_get_n_lanes (kinds), ==, 4);
  for (guint l = 0; l < 4; l++)
    {
      const DlTimelineLane *lane = dl_timeline_layout_get_lane (layout, l);
      guint n;

      g_assert_nonnull (lane->name);
      g_assert_cmpint (lane->kind, >=, 0);
      g_assert_cmpfloat (lane->rows_y, >, lane->y);
      g_assert_cmpfloat (lane->y + lane->height, <=, 700);
      if (l > 0)
        g_assert_cmpfloat_with_epsilon (dl_timeline_layout_get_lane (layout, l - 1)->y +
                                        dl_timeline_layout_get_lane (layout, l - 1)->height, lane->y, 1e-6);
      dl_timeline_index_get_entries (index, l, &n);
      total += n;
    }
  /* An event of two actors is in both lanes, and only in theirs */
  g_assert_cmpuint (total, >, 200);
  for (guint i = 0; i < dl_timeline_layout_get_n_items (layout); i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);
      const DlTimelineLane *lane = dl_timeline_layout_get_lane (layout, item->lane);
      GPtrArray *actors = dl_event_get_actors (item->event);
      gboolean found = FALSE;

      for (guint a = 0; a < actors->len; a++)
        found |= g_strcmp0 (dl_actor_get_name (g_ptr_array_index (actors, a)), lane->name) == 0;
      g_assert_true (found);
      g_assert_cmpfloat (item->mark.y, >=, lane->rows_y);
      g_assert_cmpfloat (item->mark.y + item->mark.height, <=, lane->y + lane->height);
    }
}

static gboolean
marks_cover (const cairo_rectangle_t *a,
             const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width;
}

/* In a lane per actor, one row each, marks that would cover each other
 * become a cluster that counts them: no mark hides another, and every
 * event in view is a mark or in a count */
static void
test_touching_marks_cluster (void)
{
  g_autoptr(GListStore) store = make_random_events (400, 5);
  g_autoptr(DlTimelineIndex) index = dl_timeline_index_new (G_LIST_MODEL (store), DL_TIMELINE_LANES_ACTOR);
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 3650 * DAY);
  g_autoptr(DlTimelineLayout) layout = dl_timeline_layout_new_for_index (index, viewport, 600, 190, context);
  guint n_clusters = dl_timeline_layout_get_n_clusters (layout);

  for (guint l = 0; l < dl_timeline_layout_get_n_lanes (layout); l++)
    {
      GArray *marks = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
      guint in_view = 0, shown = 0, n;
      const DlTimelineEntry *entries = dl_timeline_index_get_entries (index, l, &n);

      g_assert_cmpuint (dl_timeline_layout_get_lane (layout, l)->n_rows, ==, 1);
      for (guint i = 0; i < n; i++)
        in_view += entries[i].start >= T2017 && entries[i].start < T2017 + 3650 * DAY;
      for (guint i = 0; i < dl_timeline_layout_get_n_items (layout); i++)
        {
          const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);

          if (item->lane != l)
            continue;
          shown++;
          if (item->instant)
            g_array_append_val (marks, item->mark);
        }
      for (guint c = 0; c < n_clusters; c++)
        {
          const DlTimelineCluster *cluster = dl_timeline_layout_get_cluster (layout, c);

          if (cluster->lane != l)
            continue;
          shown += cluster->count;
          g_array_append_val (marks, cluster->mark);
        }
      g_assert_cmpuint (shown, ==, in_view);
      for (guint a = 0; a < marks->len; a++)
        for (guint b = a + 1; b < marks->len; b++)
          g_assert_false (marks_cover (&g_array_index (marks, cairo_rectangle_t, a),
                                       &g_array_index (marks, cairo_rectangle_t, b)));
      g_array_unref (marks);
    }
  g_assert_cmpuint (n_clusters, >, 0);
}

static void
test_undated_tray (void)
{
  g_autoptr(GListStore) store = make_events ();
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 70 * DAY);
  g_autoptr(DlTimelineLayout) layout = NULL;
  g_autoptr(DlTimelineLayout) narrow = NULL;
  const DlTimelineTray *tray;
  const DlTimelineItem *undated;

  layout = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 1000, 400, context);
  tray = dl_timeline_layout_get_tray (layout);
  g_assert_cmpfloat (tray->width, >, 0);
  g_assert_cmpfloat (tray->x + tray->width, ==, 1000);
  g_assert_cmpfloat (dl_timeline_layout_get_time_width (layout), ==, tray->x);
  g_assert_cmpuint (dl_timeline_layout_get_n_undated (layout), ==, 1);
  undated = dl_timeline_layout_get_undated (layout, 0);
  g_assert_null (dl_event_get_when (undated->event));
  g_assert_cmpfloat (undated->mark.x, >=, tray->x);
  g_assert_true (undated->label_visible);
  g_assert_cmpfloat (undated->label.x + undated->label.width, <=, 1000);
  g_assert_true (dl_timeline_layout_hit_test (layout, undated->x, undated->y, NULL) == undated->event);
  g_assert_true (dl_timeline_layout_find_item (layout, undated->event) == undated);
  for (guint i = 0; i < dl_timeline_layout_get_n_items (layout); i++)
    g_assert_cmpfloat (dl_timeline_layout_get_item (layout, i)->mark.x, <, tray->x);

  /* Too narrow to spare it: no tray */
  narrow = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 400, 400, context);
  g_assert_cmpfloat (dl_timeline_layout_get_tray (narrow)->width, ==, 0);
  g_assert_cmpfloat (dl_timeline_layout_get_time_width (narrow), ==, 400);
}

/* "Over two hours" is a mark from afar and a bar up close */
static void
test_short_range_becomes_bar (void)
{
  g_autoptr(GListStore) store = g_list_store_new (DL_TYPE_EVENT);
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 30 * DAY);
  g_autoptr(DlTimelineLayout) far = NULL;
  g_autoptr(DlTimelineLayout) near = NULL;
  const DlTimelineItem *item;

  add_event (store, "Talks last two hours", T2017 + 10 * DAY + 9 * 3600, T2017 + 10 * DAY + 11 * 3600,
             DL_CERTAINTY_RELATIVE);
  far = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 800, 300, context);
  g_assert_true (dl_timeline_layout_get_item (far, 0)->instant);

  dl_viewport_set_range (viewport, T2017 + 10 * DAY + 8 * 3600, T2017 + 10 * DAY + 12 * 3600);
  near = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 800, 300, context);
  item = dl_timeline_layout_get_item (near, 0);
  g_assert_false (item->instant);
  g_assert_cmpfloat_with_epsilon (item->x, 200, 1e-6);
  g_assert_cmpfloat_with_epsilon (item->x_end, 600, 1e-6);
  g_assert_cmpfloat_with_epsilon (item->mark.width, 400, 1e-6);
  /* Its label fits inside */
  g_assert_cmpfloat (item->label.x, >, item->x);
  g_assert_cmpfloat (item->label.x + item->label.width, <, item->x_end);
}

static void
test_today_marker (void)
{
  g_autoptr(GListStore) store = make_events ();
  double now = g_get_real_time () / (double) G_USEC_PER_SEC;
  g_autoptr(DlViewport) viewport = make_viewport (now - 10 * DAY, now + 10 * DAY);
  g_autoptr(DlTimelineLayout) around = NULL;
  g_autoptr(DlTimelineLayout) past = NULL;

  around = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 800, 300, context);
  g_assert_cmpfloat (fabs (dl_timeline_layout_get_today_x (around) -
                           dl_timeline_layout_get_time_width (around) / 2), <, 2);
  dl_viewport_set_range (viewport, T2017, T2017 + 70 * DAY);
  past = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 800, 300, context);
  g_assert_true (isnan (dl_timeline_layout_get_today_x (past)));
}

/* The cheap width of a title is never narrower than Pango's own */
static void
test_label_widths (void)
{
  const char *titles[] = {
    "Harbour reopens", "AVATAR WAVE Today", "Ελληνικά νέα", "Привет, мир", "Zürich fiéffi",
    "东京的新闻", "", "x",
  };
  g_autoptr(GListStore) store = g_list_store_new (DL_TYPE_EVENT);
  g_autoptr(DlTimelineIndex) index = NULL;
  g_autoptr(PangoLayout) layout = pango_layout_new (context);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    add_event (store, titles[i], T2017 + i * DAY, T2017 + (i + 1) * DAY, DL_CERTAINTY_STATED);
  index = dl_timeline_index_new (G_LIST_MODEL (store), DL_TIMELINE_LANES_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      int width;
      double estimate = dl_timeline_index_label_width (index, i, layout);

      pango_layout_set_text (layout, titles[i], -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      g_assert_cmpfloat (estimate, >=, width);
      g_assert_cmpfloat (estimate, <=, width * 1.1 + 2);
    }
}

static void
test_positions_follow_time (void)
{
  g_autoptr(GListStore) store = make_events ();
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 70 * DAY);
  g_autoptr(DlTimelineLayout) layout = NULL;
  gint64 previous_time = G_MININT64;
  double previous_x = -G_MAXDOUBLE;
  double width;
  guint n;

  layout = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 900, 500, context);
  n = dl_timeline_layout_get_n_items (layout);
  /* Every dated event is in view; the undated one is in the tray */
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (store)) - 1);
  g_assert_cmpuint (dl_timeline_layout_get_n_undated (layout), ==, 1);
  width = dl_timeline_layout_get_time_width (layout);
  g_assert_cmpfloat (width, <, 900);

  for (guint i = 0; i < n; i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);
      DlDateSpan *when = dl_event_get_when (item->event);
      gint64 time = item->instant ? dl_date_span_get_middle (when) : dl_date_span_get_start (when);

      g_assert_nonnull (when);
      g_assert_cmpint (time, >=, previous_time);
      g_assert_cmpfloat (item->x, >=, previous_x);
      if (time > previous_time && i > 0)
        g_assert_cmpfloat (item->x, >, previous_x);
      g_assert_cmpfloat_with_epsilon (item->x, dl_viewport_time_to_x (viewport, time, width), 1e-6);
      if (item->instant)
        g_assert_cmpfloat (item->x_end, ==, item->x);
      else
        g_assert_cmpfloat_with_epsilon (item->x_end,
                                        dl_viewport_time_to_x (viewport, dl_date_span_get_end (when), width), 1e-6);
      previous_time = time;
      previous_x = item->x;
    }
}

static void
test_labels_never_overlap (void)
{
  g_autoptr(GListStore) store = make_events ();
  const struct {
    double days;
    double width;
    double height;
  } cases[] = {
    { 70, 1200, 400 }, { 70, 600, 250 }, { 70, 300, 160 }, { 30, 1000, 300 },
    { 5, 800, 300 }, { 1.5, 800, 200 }, { 365, 900, 400 }, { 3650, 900, 400 }, { 70, 2400, 900 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double start = T2017 + 20 * DAY - cases[i].days * DAY / 2;
      g_autoptr(DlViewport) viewport = make_viewport (start, start + cases[i].days * DAY);
      g_autoptr(DlTimelineLayout) layout =
        dl_timeline_layout_new (G_LIST_MODEL (store), viewport, cases[i].width, cases[i].height, context);

      assert_labels_apart (layout);
      g_assert_cmpuint (dl_timeline_layout_get_n_rows (layout) * dl_timeline_layout_get_row_height (layout), <=,
                        cases[i].height);
    }
}

static guint
count_shown (DlTimelineLayout *layout)
{
  guint total = dl_timeline_layout_get_n_items (layout);

  for (guint i = 0; i < dl_timeline_layout_get_n_clusters (layout); i++)
    total += dl_timeline_layout_get_cluster (layout, i)->count;
  return total;
}

/* Forty statements in one day: a count from afar, every mark up close */
static void
test_crowded_day_clusters (void)
{
  g_autoptr(GListStore) store = g_list_store_new (DL_TYPE_EVENT);
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 30 * DAY);
  g_autoptr(DlTimelineLayout) far = NULL;
  g_autoptr(DlTimelineLayout) near = NULL;
  guint hidden = 0, n;

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Statement number %d", i);
      gint64 start = T2017 + 15 * DAY + i * 1800;

      add_event (store, title, start, start + 1800, DL_CERTAINTY_STATED);
    }
  far = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 800, 300, context);
  g_assert_cmpuint (dl_timeline_layout_get_n_clusters (far), >=, 1);
  g_assert_cmpuint (dl_timeline_layout_get_n_items (far), <, 40);
  g_assert_cmpuint (count_shown (far), ==, 40);

  dl_viewport_set_range (viewport, T2017 + 15 * DAY, T2017 + 16 * DAY);
  near = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 800, 160, context);
  n = dl_timeline_layout_get_n_items (near);
  g_assert_cmpuint (dl_timeline_layout_get_n_clusters (near), ==, 0);
  g_assert_cmpuint (n, ==, 40);
  for (guint i = 0; i < n; i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (near, i);

      g_assert_cmpfloat (item->mark.width, >, 0);
      g_assert_cmpfloat (item->mark.y + item->mark.height, <=, 160);
      if (!item->label_visible)
        {
          hidden++;
          g_assert_cmpfloat (item->label.width, ==, 0);
        }
    }
  /* Every mark is kept, but not every label can be */
  g_assert_cmpuint (hidden, >, 0);
  g_assert_cmpuint (hidden, <, 40);
  assert_labels_apart (near);
}

static void
test_long_label_is_shortened (void)
{
  g_autoptr(GListStore) store = g_list_store_new (DL_TYPE_EVENT);
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 10 * DAY);
  g_autoptr(DlTimelineLayout) layout = NULL;
  const DlTimelineItem *first;

  /* One row only: the next mark cuts the first label short */
  add_event (store, "A very long headline that goes on and on about the harbour and the bridge",
             T2017 + 2 * DAY, T2017 + 3 * DAY, DL_CERTAINTY_STATED);
  add_event (store, "Next", T2017 + 5 * DAY, T2017 + 6 * DAY, DL_CERTAINTY_STATED);
  layout = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 1000, 110, context);

  g_assert_cmpuint (dl_timeline_layout_get_n_rows (layout), ==, 1);
  first = dl_timeline_layout_get_item (layout, 0);
  g_assert_true (first->label_visible);
  g_assert_true (first->label_ellipsized);
  g_assert_cmpfloat (first->label.x + first->label.width, <,
                     dl_timeline_layout_get_item (layout, 1)->mark.x);
  g_assert_true (dl_timeline_layout_get_item (layout, 1)->label_visible);
  g_assert_false (dl_timeline_layout_get_item (layout, 1)->label_ellipsized);
  assert_labels_apart (layout);
}

static void
test_spans_are_bars (void)
{
  g_autoptr(GListStore) store = make_events ();
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 70 * DAY);
  g_autoptr(DlTimelineLayout) layout = NULL;
  gboolean seen_bar = FALSE;

  layout = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 1000, 400, context);
  for (guint i = 0; i < dl_timeline_layout_get_n_items (layout); i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);

      if (item->instant)
        {
          g_assert_cmpfloat_with_epsilon (item->mark.x + item->mark.width / 2, item->x, 1e-6);
          g_assert_cmpfloat (item->mark.width, ==, item->mark.height);
        }
      else
        {
          seen_bar = TRUE;
          g_assert_cmpstr (dl_event_get_title (item->event), ==, "Storm season");
          g_assert_cmpint (item->certainty, ==, DL_CERTAINTY_INFERRED);
          g_assert_cmpfloat_with_epsilon (item->mark.width, item->x_end - item->x, 1e-6);
          g_assert_cmpfloat_with_epsilon (item->x_end - item->x,
                                          25 * dl_timeline_layout_get_time_width (layout) / 70, 1e-6);
        }
    }
  g_assert_true (seen_bar);
}

static void
test_panning_keeps_rows (void)
{
  g_autoptr(GListStore) store = make_events ();
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 70 * DAY);
  g_autoptr(DlTimelineLayout) before = NULL;
  g_autoptr(DlTimelineLayout) after = NULL;

  before = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 800, 400, context);
  dl_viewport_pan (viewport, 3 * DAY);
  after = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 800, 400, context);

  for (guint i = 0; i < dl_timeline_layout_get_n_items (after); i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (after, i);
      const DlTimelineItem *old = dl_timeline_layout_find_item (before, item->event);

      g_assert_nonnull (old);
      g_assert_cmpuint (item->row, ==, old->row);
      g_assert_cmpfloat_with_epsilon (old->x - item->x, 3 * dl_timeline_layout_get_time_width (after) / 70, 1e-6);
    }
}

static void
assert_ticks_apart (const DlTick *ticks,
                    guint         n)
{
  double right = -G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        {
          g_assert_cmpint (ticks[i].time, >, ticks[i - 1].time);
          g_assert_cmpfloat (ticks[i].x, >, ticks[i - 1].x);
        }
      if (ticks[i].label == NULL)
        continue;
      g_assert_cmpfloat (ticks[i].label_width, >, 0);
      g_assert_cmpfloat (ticks[i].label_x, >=, right);
      right = ticks[i].label_x + ticks[i].label_width;
    }
}

static guint
count_labels (const DlTick *ticks,
              guint         n)
{
  guint labelled = 0;

  for (guint i = 0; i < n; i++)
    labelled += ticks[i].label != NULL;
  return labelled;
}

static const DlTick *
first_labelled (const DlTick *ticks,
                guint         n)
{
  for (guint i = 0; i < n; i++)
    if (ticks[i].label != NULL)
      return &ticks[i];
  return NULL;
}

static void
test_ticks_adapt (void)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 9");
  const struct {
    double seconds;
    DlTimeUnit unit;
    DlTimeUnit major;
    const char *first_label;  /* the long or the short form */
  } cases[] = {
    { 10 * 365.25 * DAY, DL_TIME_UNIT_YEAR, DL_TIME_UNIT_DECADE, "2017" },
    { 365 * DAY, DL_TIME_UNIT_MONTH, DL_TIME_UNIT_YEAR, "January|Jan" },
    { 7 * DAY, DL_TIME_UNIT_DAY, DL_TIME_UNIT_MONTH, "Sun 1|1" },
    { DAY, DL_TIME_UNIT_HOUR, DL_TIME_UNIT_DAY, "00:00" },
    { 3600, DL_TIME_UNIT_MINUTE, DL_TIME_UNIT_DAY, "00:00" },
    { 200 * 365.25 * DAY, DL_TIME_UNIT_DECADE, DL_TIME_UNIT_CENTURY, "2020" },
    { 3000 * 365.25 * DAY, DL_TIME_UNIT_CENTURY, DL_TIME_UNIT_NONE, "2000|2100|2200|2500" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DlTimeScale) scale =
        dl_time_scale_new (T2017, T2017 + cases[i].seconds, 1000, context, font, font);
      g_auto(GStrv) expected = g_strsplit (cases[i].first_label, "|", -1);
      const DlTick *ticks;
      guint n;

      g_test_message ("span of %g s", cases[i].seconds);
      g_assert_cmpint (dl_time_scale_get_unit (scale), ==, cases[i].unit);
      g_assert_cmpint (dl_time_scale_get_major_unit (scale), ==, cases[i].major);

      ticks = dl_time_scale_get_ticks (scale, &n);
      g_assert_cmpuint (n, >=, 3);
      g_assert_cmpuint (count_labels (ticks, n), >=, 2);
      g_assert_cmpint (ticks[0].time, <=, T2017);
      g_assert_cmpint (ticks[n - 1].time, >=, T2017 + cases[i].seconds);
      g_assert_true (g_strv_contains ((const char * const *) expected, first_labelled (ticks, n)->label));
      assert_ticks_apart (ticks, n);

      ticks = dl_time_scale_get_major_ticks (scale, &n);
      assert_ticks_apart (ticks, n);
      if (cases[i].major != DL_TIME_UNIT_NONE)
        g_assert_cmpuint (count_labels (ticks, n), >=, 1);
    }
}

/* From two minutes to five thousand years, on a narrow and a wide axis:
 * the unit only grows, and labels never collide. */
/* No label runs past either end of the axis, where it would be cut */
static void
assert_labels_inside (const DlTick *ticks,
                      guint         n,
                      double        width)
{
  for (guint i = 0; i < n; i++)
    if (ticks[i].label != NULL)
      {
        g_assert_cmpfloat (ticks[i].label_x, >=, 0);
        g_assert_cmpfloat (ticks[i].label_x + ticks[i].label_width, <=, width);
      }
}

static void
test_ticks_sweep (void)
{
  const double widths[] = { 250, 1200 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      DlTimeUnit previous = DL_TIME_UNIT_MINUTE;

      for (double span = 120; span < 5000 * 365.25 * DAY; span *= 1.7)
        {
          g_autoptr(DlTimeScale) scale = NULL;
          const DlTick *ticks;
          guint n;

          scale = dl_time_scale_new (T2017 - span / 2, T2017 + span / 2, widths[w], context, NULL, NULL);
          g_assert_cmpint (dl_time_scale_get_unit (scale), >=, previous);
          previous = dl_time_scale_get_unit (scale);

          ticks = dl_time_scale_get_ticks (scale, &n);
          g_assert_cmpuint (n, <, widths[w] / 10);
          g_assert_cmpuint (count_labels (ticks, n), >=, 1);
          assert_ticks_apart (ticks, n);
          assert_labels_inside (ticks, n, widths[w]);
          ticks = dl_time_scale_get_major_ticks (scale, &n);
          assert_ticks_apart (ticks, n);
          assert_labels_inside (ticks, n, widths[w]);
        }
    }
}

static void
test_time_units (void)
{
  const struct {
    DlTimeUnit unit;
    guint step;
    const char *time;
    const char *floor;
    const char *next;
  } cases[] = {
    { DL_TIME_UNIT_MINUTE, 15, "2017-07-07T14:38:12Z", "2017-07-07T14:30:00Z", "2017-07-07T14:45:00Z" },
    { DL_TIME_UNIT_HOUR, 6, "2017-07-07T14:38:12Z", "2017-07-07T12:00:00Z", "2017-07-07T18:00:00Z" },
    { DL_TIME_UNIT_DAY, 1, "1969-12-31T23:00:00Z", "1969-12-31T00:00:00Z", "1970-01-01T00:00:00Z" },
    { DL_TIME_UNIT_WEEK, 1, "2017-07-07T14:38:12Z", "2017-07-03T00:00:00Z", "2017-07-10T00:00:00Z" },
    { DL_TIME_UNIT_WEEK, 1, "1969-12-31T12:00:00Z", "1969-12-29T00:00:00Z", "1970-01-05T00:00:00Z" },
    { DL_TIME_UNIT_MONTH, 1, "2017-12-31T23:59:59Z", "2017-12-01T00:00:00Z", "2018-01-01T00:00:00Z" },
    { DL_TIME_UNIT_MONTH, 3, "2017-08-15T00:00:00Z", "2017-07-01T00:00:00Z", "2017-10-01T00:00:00Z" },
    { DL_TIME_UNIT_YEAR, 5, "2017-08-15T00:00:00Z", "2015-01-01T00:00:00Z", "2020-01-01T00:00:00Z" },
    { DL_TIME_UNIT_DECADE, 1, "1899-08-15T00:00:00Z", "1890-01-01T00:00:00Z", "1900-01-01T00:00:00Z" },
    { DL_TIME_UNIT_CENTURY, 1, "1066-10-14T00:00:00Z", "1000-01-01T00:00:00Z", "1100-01-01T00:00:00Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (cases[i].time, NULL);
      g_autoptr(GDateTime) floor_dt = g_date_time_new_from_iso8601 (cases[i].floor, NULL);
      g_autoptr(GDateTime) next_dt = g_date_time_new_from_iso8601 (cases[i].next, NULL);
      gint64 floored = dl_time_unit_floor (cases[i].unit, cases[i].step, g_date_time_to_unix (time));

      g_assert_cmpint (floored, ==, g_date_time_to_unix (floor_dt));
      g_assert_cmpint (dl_time_unit_next (cases[i].unit, cases[i].step, floored), ==,
                       g_date_time_to_unix (next_dt));
    }
}

static void
test_hit_test (void)
{
  g_autoptr(GListStore) store = make_events ();
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 70 * DAY);
  g_autoptr(DlTimelineLayout) layout = NULL;
  const DlTimelineHeader *header;
  cairo_rectangle_t area;
  guint n;

  layout = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 1000, 500, context);
  n = dl_timeline_layout_get_n_items (layout);
  g_assert_cmpuint (n, >, 0);

  for (guint i = 0; i < n; i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);
      double mx = item->mark.x + item->mark.width / 2;
      double my = item->mark.y + item->mark.height / 2;

      /* Stacked marks of one day can cover each other; the topmost wins */
      if (item->label_visible)
        {
          double lx = item->label.x + item->label.width / 2;
          double ly = item->label.y + item->label.height / 2;

          g_assert_true (dl_timeline_layout_hit_test (layout, lx, ly, &area) == item->event);
          g_assert_cmpfloat (area.x, <=, lx);
          g_assert_cmpfloat (area.x + area.width, >=, lx);
          g_assert_cmpfloat (area.y, <=, ly);
          g_assert_cmpfloat (area.y + area.height, >=, ly);
        }
      g_assert_nonnull (dl_timeline_layout_hit_test (layout, mx, my, NULL));
      if (item->instant && dl_timeline_layout_hit_test (layout, mx, my, NULL) != item->event)
        {
          const DlTimelineItem *other =
            dl_timeline_layout_find_item (layout, dl_timeline_layout_hit_test (layout, mx, my, NULL));

          g_assert_cmpfloat (fabs (other->y - item->y), <, 1);
        }
    }

  /* Nothing in the axis band, below the last row or far right */
  header = dl_timeline_layout_get_header (layout);
  g_assert_null (dl_timeline_layout_hit_test (layout, 300, header->height / 2, NULL));
  g_assert_null (dl_timeline_layout_hit_test (layout, 500, 495, NULL));
  g_assert_null (dl_timeline_layout_hit_test (layout, 999, 100, NULL));
}

static guint
count_pixels (cairo_surface_t *surface,
              int              width,
              int              y0,
              int              y1,
              guint32          rgb,
              gboolean         equal)
{
  guint32 *pixels = (guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  guint count = 0;

  cairo_surface_flush (surface);
  for (int y = y0; y < y1; y++)
    for (int x = 0; x < width; x++)
      count += ((pixels[y * stride + x] & 0xffffff) == rgb) == equal;
  return count;
}

static void
test_render_draws_marks (void)
{
  g_autoptr(GListStore) store = make_events ();
  g_autoptr(DlViewport) viewport = dl_viewport_new ();
  g_autoptr(DlTimelineLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 300);
  cairo_t *cr = cairo_create (surface);
  DlRenderStyle style = { 0 };
  const DlTimelineItem *item;
  guint32 *pixels;
  int stride, width;

  dl_render_style_init_light (&style);
  dl_timeline_fit_viewport (viewport, G_LIST_MODEL (store), 800);
  layout = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 800, 300, context);
  dl_timeline_render (cr, layout, &style, NULL, NULL);
  cairo_surface_flush (surface);

  pixels = (guint32 *) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  item = dl_timeline_layout_get_item (layout, 0);
  g_assert_true (item->instant);
  g_assert_cmpint (item->certainty, ==, DL_CERTAINTY_STATED);

  /* Dark in the middle of a stated mark; the empty bottom is white but
   * for the light gridlines */
  g_assert_cmphex (pixels[(int) item->y * stride + (int) item->x] & 0xffffff, <, 0x808080);
  width = dl_timeline_layout_get_time_width (layout);
  g_assert_cmpuint (count_pixels (surface, width, 290, 300, 0xffffff, TRUE), >, width * 10 * 9 / 10);
  /* The tray of undated events has a ground of its own */
  g_assert_cmpuint (count_pixels (surface, 800, 290, 300, 0xffffff, FALSE), >=, (800 - width) * 10);

  /* The exporter's entry point fits and draws the same */
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
  dl_timeline_render_full (cr, G_LIST_MODEL (store), NULL, 800, 300, &style);
  g_assert_cmpuint (count_pixels (surface, width, 290, 300, 0xffffff, TRUE), >, width * 10 * 9 / 10);
  g_assert_cmpuint (count_pixels (surface, 800, 0, 300, 0xff0000, TRUE), ==, 0);
  g_assert_cmpuint (count_pixels (surface, width, 60, 200, 0xffffff, FALSE), >, 500);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  dl_render_style_clear (&style);
}

/* The rightmost pixel of @rgb in rows @y0 to @y1, or -1 */
static int
rightmost_pixel (cairo_surface_t *surface,
                 int              y0,
                 int              y1,
                 guint32          rgb)
{
  guint32 *pixels = (guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  int right = -1;

  for (int y = y0; y <= y1; y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if ((pixels[y * stride + x] & 0xffffff) == rgb)
        right = MAX (right, x);
  return right;
}

/* Pixels as dark as text in a rectangle */
static guint
count_ink (cairo_surface_t         *surface,
           const cairo_rectangle_t *box,
           int                      from_x)
{
  guint32 *pixels = (guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  guint count = 0;

  for (int y = (int) box->y; y < (int) (box->y + box->height); y++)
    for (int x = MAX ((int) box->x, from_x); x < (int) (box->x + box->width); x++)
      count += (pixels[y * stride + x] & 0xff) < 0x80 && ((pixels[y * stride + x] >> 8) & 0xff) < 0x80;
  return count;
}

/* The selected event's chip shows its whole title over the next label
 * in its row; what would stick out of that label from under the chip
 * is left out, not cut in half */
static void
test_chip_hides_cut_label (void)
{
  g_autoptr(GListStore) store = g_list_store_new (DL_TYPE_EVENT);
  g_autoptr(DlViewport) viewport = make_viewport (T2017, T2017 + 40 * DAY);
  g_autoptr(DlTimelineLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 110);
  cairo_t *cr = cairo_create (surface);
  DlRenderStyle style = { 0 };
  const DlTimelineItem *first = NULL, *second = NULL;
  guint32 accent;
  int chip_right;

  add_event (store, "Council meets to debate the long-awaited plan for the harbour front", T2017 + DAY,
             T2017 + 2 * DAY, DL_CERTAINTY_STATED);
  add_event (store, "Harbour closes for the season after weeks of storms and high water", T2017 + 6 * DAY,
             T2017 + 7 * DAY, DL_CERTAINTY_STATED);
  dl_render_style_init_light (&style);
  layout = dl_timeline_layout_new (G_LIST_MODEL (store), viewport, 900, 110, context);
  g_assert_cmpuint (dl_timeline_layout_get_n_rows (layout), ==, 1);
  for (guint i = 0; i < dl_timeline_layout_get_n_items (layout); i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);

      if (first == NULL)
        first = item;
      else
        second = item;
    }
  g_assert_nonnull (second);
  g_assert_true (first->label_ellipsized);
  g_assert_true (second->label_visible);

  dl_timeline_render (cr, layout, &style, first->event, NULL);
  cairo_surface_flush (surface);
  accent = (guint32) (style.accent.red * 255 + 0.5) << 16 | (guint32) (style.accent.green * 255 + 0.5) << 8 |
           (guint32) (style.accent.blue * 255 + 0.5);
  chip_right = rightmost_pixel (surface, (int) first->y - 2, (int) first->y + 2, accent);
  g_assert_cmpint (chip_right, >, second->label.x + 20);
  g_assert_cmpint (chip_right, <, second->label.x + second->label.width - 20);
  g_assert_cmpuint (count_ink (surface, &second->label, chip_right + 2), ==, 0);

  /* Without the selection, the label is there */
  dl_timeline_render (cr, layout, &style, NULL, NULL);
  cairo_surface_flush (surface);
  g_assert_cmpuint (count_ink (surface, &second->label, chip_right + 2), >, 20);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  dl_render_style_clear (&style);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  context = make_context ();

  g_test_add_func ("/timeline-layout/positions-follow-time", test_positions_follow_time);
  g_test_add_func ("/timeline-layout/labels-never-overlap", test_labels_never_overlap);
  g_test_add_func ("/timeline-layout/crowded-day-clusters", test_crowded_day_clusters);
  g_test_add_func ("/timeline-layout/long-label-is-shortened", test_long_label_is_shortened);
  g_test_add_func ("/timeline-layout/spans-are-bars", test_spans_are_bars);
  g_test_add_func ("/timeline-layout/panning-keeps-rows", test_panning_keeps_rows);
  g_test_add_func ("/timeline-layout/time-units", test_time_units);
  g_test_add_func ("/timeline-layout/ticks-adapt", test_ticks_adapt);
  g_test_add_func ("/timeline-layout/ticks-sweep", test_ticks_sweep);
  g_test_add_func ("/timeline-layout/hit-test", test_hit_test);
  g_test_add_func ("/timeline-layout/random-labels-never-overlap", test_random_labels_never_overlap);
  g_test_add_func ("/timeline-layout/clusters-split-and-merge", test_clusters_split_and_merge);
  g_test_add_func ("/timeline-layout/lanes-by-actor", test_lanes_by_actor);
  g_test_add_func ("/timeline-layout/many-lanes-fit", test_many_lanes_fit);
  g_test_add_func ("/timeline-layout/undated-tray", test_undated_tray);
  g_test_add_func ("/timeline-layout/touching-marks-cluster", test_touching_marks_cluster);
  g_test_add_func ("/timeline-layout/short-range-becomes-bar", test_short_range_becomes_bar);
  g_test_add_func ("/timeline-layout/today-marker", test_today_marker);
  g_test_add_func ("/timeline-layout/label-widths", test_label_widths);
  g_test_add_func ("/timeline-layout/render-draws-marks", test_render_draws_marks);
  g_test_add_func ("/timeline-layout/chip-hides-cut-label", test_chip_hides_cut_label);

  status = g_test_run ();
  g_object_unref (context);
  return status;
}
