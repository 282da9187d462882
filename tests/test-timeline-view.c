/* test-timeline-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline widget in a real window: selection by keyboard actions,
 * several selected events, zoom and its animation, the shared
 * viewport, the lanes action, the overview strip's density, what a
 * screen reader hears, and pixels where the marks are. The pointer,
 * the arrows, the context menu and the clipboard are in
 * test-timeline-interaction.c.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-timeline-view-private.h"
#include "timeline-view-fixture.h"

static void
test_fits_when_set (Fixture       *fixture,
                    gconstpointer  data)
{
  DlViewport *viewport = dl_timeline_view_get_viewport (fixture->view);
  DlTimelineLayout *layout = dl_timeline_view_get_layout (fixture->view);
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->view));

  g_assert_cmpfloat (dl_viewport_get_start (viewport), <, T2017 + 2 * DAY);
  g_assert_cmpfloat (dl_viewport_get_end (viewport), >, T2017 + 31 * DAY);
  /* Five dated events, every one in view; the undated one is left out */
  g_assert_cmpuint (dl_timeline_layout_get_n_items (layout), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);

      g_assert_cmpfloat (item->mark.x, >=, 0);
      g_assert_cmpfloat (item->mark.x + item->mark.width, <=, width);
    }
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->view)));
}

static void
test_keyboard_selection (Fixture       *fixture,
                         gconstpointer  data)
{
  g_assert_null (dl_timeline_view_get_selected (fixture->view));

  activate (fixture, "timeline.select-next");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 1));
  g_assert_cmpuint (fixture->notified, ==, 1);

  activate (fixture, "timeline.select-next");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 2));
  activate (fixture, "timeline.select-next");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 3));
  activate (fixture, "timeline.select-previous");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 2));
  g_assert_cmpuint (fixture->notified, ==, 4);

  activate (fixture, "timeline.select-last");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 0));
  /* Past the end nothing changes, and nothing is notified */
  activate (fixture, "timeline.select-next");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 0));
  g_assert_cmpuint (fixture->notified, ==, 5);

  activate (fixture, "timeline.select-first");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 1));
  g_assert_cmpuint (fixture->notified, ==, 6);
}

static void
test_selection_scrolls_into_view (Fixture       *fixture,
                                  gconstpointer  data)
{
  DlViewport *viewport = dl_timeline_view_get_viewport (fixture->view);
  DlTimelineLayout *layout;
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->view));
  const DlTimelineItem *item;

  /* Close in on the first days, then jump to the last event */
  dl_viewport_set_range (viewport, T2017, T2017 + 4 * DAY);
  activate (fixture, "timeline.select-last");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 0));
  g_assert_cmpfloat_with_epsilon (view_span (fixture), 4 * DAY, 1);

  layout = dl_timeline_view_get_layout (fixture->view);
  item = dl_timeline_layout_find_item (layout, store_event (fixture, 0));
  g_assert_nonnull (item);
  g_assert_cmpfloat (item->x, >, 0);
  g_assert_cmpfloat (item->x, <, width);
}

static void
test_zoom_actions (Fixture       *fixture,
                   gconstpointer  data)
{
  DlViewport *viewport = dl_timeline_view_get_viewport (fixture->view);
  double fitted_start = dl_viewport_get_start (viewport);
  double fitted = view_span (fixture);
  double middle = fitted_start + fitted / 2;

  activate (fixture, "timeline.zoom-in");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), fitted / 1.5, 1);
  /* Nothing selected: the middle stays in the middle */
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_start (viewport) + view_span (fixture) / 2, middle, 1);

  activate (fixture, "timeline.zoom-out");
  activate (fixture, "timeline.zoom-out");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), fitted * 1.5, 1);

  activate (fixture, "timeline.zoom-fit");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), fitted, 1);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_start (viewport), fitted_start, 1);
}

static void
test_activation (Fixture       *fixture,
                 gconstpointer  data)
{
  activate (fixture, "timeline.activate-selected");
  g_assert_null (fixture->activated);

  dl_timeline_view_set_selected (fixture->view, store_event (fixture, 3));
  activate (fixture, "timeline.activate-selected");
  g_assert_true (fixture->activated == store_event (fixture, 3));
}

static void
test_follows_the_model (Fixture       *fixture,
                        gconstpointer  data)
{
  DlTimelineLayout *layout;

  dl_timeline_view_set_selected (fixture->view, store_event (fixture, 3));
  fixture->notified = 0;

  /* Removing the selected event clears the selection */
  g_list_store_remove (fixture->store, 3);
  g_assert_null (dl_timeline_view_get_selected (fixture->view));
  g_assert_cmpuint (fixture->notified, ==, 1);
  layout = dl_timeline_view_get_layout (fixture->view);
  g_assert_cmpuint (dl_timeline_layout_get_n_items (layout), ==, 4);

  add_event (fixture->store, "Results", T2017 + 27 * DAY, T2017 + 28 * DAY);
  layout = dl_timeline_view_get_layout (fixture->view);
  g_assert_cmpuint (dl_timeline_layout_get_n_items (layout), ==, 5);
}

static void
test_shared_viewport (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DlViewport) shared = dl_viewport_new ();
  DlTimelineLayout *layout;

  dl_viewport_set_range (shared, T2017 + 20 * DAY, T2017 + 40 * DAY);
  dl_timeline_view_set_viewport (fixture->view, shared);
  g_assert_true (dl_timeline_view_get_viewport (fixture->view) == shared);

  /* Only the two events after the 20th are in view */
  layout = dl_timeline_view_get_layout (fixture->view);
  g_assert_cmpuint (dl_timeline_layout_get_n_items (layout), ==, 3);
  g_assert_nonnull (dl_timeline_layout_find_item (layout, store_event (fixture, 0)));
  g_assert_null (dl_timeline_layout_find_item (layout, store_event (fixture, 1)));

  /* Whoever moves the shared viewport moves the view */
  dl_viewport_set_range (shared, T2017, T2017 + 10 * DAY);
  layout = dl_timeline_view_get_layout (fixture->view);
  g_assert_nonnull (dl_timeline_layout_find_item (layout, store_event (fixture, 1)));
  g_assert_null (dl_timeline_layout_find_item (layout, store_event (fixture, 0)));

  /* Unsetting gives the view a fresh one of its own */
  dl_timeline_view_set_viewport (fixture->view, NULL);
  g_assert_nonnull (dl_timeline_view_get_viewport (fixture->view));
  g_assert_true (dl_timeline_view_get_viewport (fixture->view) != shared);
}

static GdkTexture *
render_view (Fixture *fixture)
{
  GtkWidget *widget = GTK_WIDGET (fixture->view);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (fixture->window));

  /* The widget's own snapshot, rendered by the window's renderer */
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static guint32
pixel_at (const guchar *data,
          gsize         stride,
          double        x,
          double        y)
{
  return *(const guint32 *) (data + (gsize) y * stride + (gsize) x * 4);
}

static void
test_draws_marks (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  DlTimelineLayout *layout;
  const DlTimelineItem *plain, *chosen;
  gsize stride;
  guint32 background, mark, selected;

  dl_timeline_view_set_selected (fixture->view, store_event (fixture, 0));
  layout = dl_timeline_view_get_layout (fixture->view);
  plain = dl_timeline_layout_find_item (layout, store_event (fixture, 1));
  chosen = dl_timeline_layout_find_item (layout, store_event (fixture, 0));

  texture = render_view (fixture);
  stride = gdk_texture_get_width (texture) * 4;
  pixels = g_malloc (stride * gdk_texture_get_height (texture));
  gdk_texture_download (texture, pixels, stride);

  /* Cairo ARGB32 order: 0xAARRGGBB */
  background = pixel_at (pixels, stride, gdk_texture_get_width (texture) - 3,
                         gdk_texture_get_height (texture) - 3);
  mark = pixel_at (pixels, stride, plain->x, plain->y);
  selected = pixel_at (pixels, stride, chosen->x, chosen->y);

  g_assert_cmphex (mark, !=, background);
  g_assert_cmphex (selected, !=, background);
  g_assert_cmphex (selected, !=, mark);
  /* The accent colour is a blue: more blue than red */
  g_assert_cmpuint (selected & 0xff, >, (selected >> 16) & 0xff);
}

/* A merged event's tooltip says why its reports count as one */
static void
test_tooltip_merge_reason (void)
{
  g_autoptr(DlEvent) event = dl_event_new ("Crossings open");
  g_autofree char *plain = _dl_timeline_view_describe_event (event);
  g_autofree char *merged = NULL;

  g_assert_null (strstr (plain, "Reports in"));
  dl_event_set_merge_reason (event, "Reports in 3 articles taken as one: the same opening");
  merged = _dl_timeline_view_describe_event (event);
  g_assert_nonnull (strstr (merged, "Crossings open"));
  g_assert_nonnull (strstr (merged, "Reports in 3 articles taken as one: the same opening"));
}

static void
test_tooltip (Fixture       *fixture,
              gconstpointer  data)
{
  DlTimelineLayout *layout = dl_timeline_view_get_layout (fixture->view);
  const DlTimelineItem *item = dl_timeline_layout_find_item (layout, store_event (fixture, 3));
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (fixture->view, "query-tooltip", (int) item->x, (int) item->y, FALSE, tooltip, &shown);
  g_assert_true (shown);

  shown = TRUE;
  g_signal_emit_by_name (fixture->view, "query-tooltip", 5, gtk_widget_get_height (GTK_WIDGET (fixture->view)) - 5,
                         FALSE, tooltip, &shown);
  g_assert_false (shown);
}

static void
test_lanes_action (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DlActor) mayor = dl_actor_new ("Mayor", DL_ACTOR_KIND_PERSON);
  g_autoptr(DlActor) council = dl_actor_new ("Council", DL_ACTOR_KIND_ORGANIZATION);
  DlTimelineLayout *layout;
  guint in_mayor = 0;

  dl_event_add_actor (store_event (fixture, 1), mayor);
  dl_event_add_actor (store_event (fixture, 1), council);
  dl_event_add_actor (store_event (fixture, 3), mayor);
  g_assert_cmpstr (dl_timeline_view_get_lanes (fixture->view), ==, "none");
  g_assert_cmpuint (dl_timeline_layout_get_n_lanes (dl_timeline_view_get_layout (fixture->view)), ==, 1);

  /* A menu item sets it with a string target */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.lanes", "s", "actor"));
  g_assert_cmpstr (dl_timeline_view_get_lanes (fixture->view), ==, "actor");
  layout = dl_timeline_view_get_layout (fixture->view);
  /* The mayor, the council, and the events of no actor */
  g_assert_cmpuint (dl_timeline_layout_get_n_lanes (layout), ==, 3);
  g_assert_cmpstr (dl_timeline_layout_get_lane (layout, 0)->name, ==, "Mayor");
  for (guint i = 0; i < dl_timeline_layout_get_n_items (layout); i++)
    in_mayor += dl_timeline_layout_get_item (layout, i)->lane == 0;
  g_assert_cmpuint (in_mayor, ==, 2);
  /* The event of both is in both lanes: five events, six marks */
  g_assert_cmpuint (dl_timeline_layout_get_n_items (layout), ==, 6);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.lanes", "s", "kind"));
  g_assert_cmpuint (dl_timeline_layout_get_n_lanes (dl_timeline_view_get_layout (fixture->view)), ==, 3);
  dl_timeline_view_set_lanes (fixture->view, "none");
  g_assert_cmpuint (dl_timeline_layout_get_n_lanes (dl_timeline_view_get_layout (fixture->view)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.menu", NULL));
}

static void
test_accessible_role (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (fixture->view)), ==,
                   GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (fixture->view)));
}

static void
test_several_selected (Fixture       *fixture,
                       gconstpointer  data)
{
  DlEvent *debate = store_event (fixture, 3);
  DlEvent *polls = store_event (fixture, 5);
  GPtrArray *selection = dl_timeline_view_get_selection (fixture->view);

  dl_timeline_view_set_selected (fixture->view, debate);
  g_assert_cmpuint (fixture->notified, ==, 1);

  /* Ctrl+click adds: the new one is primary, both are selected */
  dl_timeline_view_toggle_selected (fixture->view, polls);
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == polls);
  g_assert_cmpuint (selection->len, ==, 2);
  g_assert_true (dl_timeline_view_is_selected (fixture->view, debate));
  g_assert_true (dl_timeline_view_is_selected (fixture->view, polls));
  g_assert_cmpuint (fixture->notified, ==, 2);

  /* Ctrl+click again takes it out; the one before is primary again */
  dl_timeline_view_toggle_selected (fixture->view, polls);
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == debate);
  g_assert_cmpuint (selection->len, ==, 1);
  g_assert_false (dl_timeline_view_is_selected (fixture->view, polls));
  g_assert_cmpuint (fixture->notified, ==, 3);

  /* Taking out one that is not primary leaves the primary alone */
  dl_timeline_view_toggle_selected (fixture->view, polls);
  dl_timeline_view_toggle_selected (fixture->view, debate);
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == polls);
  g_assert_cmpuint (fixture->notified, ==, 4);
  dl_timeline_view_toggle_selected (fixture->view, store_event (fixture, 0));
  g_assert_cmpuint (fixture->notified, ==, 5);
  dl_timeline_view_toggle_selected (fixture->view, polls);
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 0));
  g_assert_cmpuint (selection->len, ==, 1);
  g_assert_cmpuint (fixture->notified, ==, 5);

  /* A plain selection replaces them all */
  dl_timeline_view_toggle_selected (fixture->view, debate);
  dl_timeline_view_set_selected (fixture->view, polls);
  g_assert_cmpuint (selection->len, ==, 1);
  g_assert_true (g_ptr_array_index (selection, 0) == polls);

  /* Events that leave the model leave the selection */
  dl_timeline_view_toggle_selected (fixture->view, debate);
  g_list_store_remove (fixture->store, 5);
  g_assert_cmpuint (selection->len, ==, 1);
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == debate);
}

static void
test_overview_density (Fixture       *fixture,
                       gconstpointer  data)
{
  DlTimelineOverview *overview = get_overview (fixture);
  const guint *bins;
  guint n_bins, total = 0, bin;
  double start, end, per_bin;

  /* Under the timeline, as wide as the view */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (overview)), ==, gtk_widget_get_width (GTK_WIDGET (fixture->view)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (overview)), >, 10);

  /* Every dated event is counted once, in the bar of its time */
  add_event (fixture->store, "Recount", T2017 + 12 * DAY, T2017 + 13 * DAY);
  dl_timeline_overview_get_range (overview, &start, &end);
  g_assert_cmpfloat (start, <, T2017 + 2 * DAY);
  g_assert_cmpfloat (end, >, T2017 + 31 * DAY);
  bins = dl_timeline_overview_get_density (overview, &n_bins);
  g_assert_cmpuint (n_bins, >, 100);
  for (guint i = 0; i < n_bins; i++)
    total += bins[i];
  g_assert_cmpuint (total, ==, 6);
  per_bin = (end - start) / n_bins;
  bin = (guint) ((T2017 + 12.5 * DAY - start) / per_bin);
  g_assert_cmpuint (bins[bin], ==, 2);
  bin = (guint) ((T2017 + 20 * DAY - start) / per_bin);
  g_assert_cmpuint (bins[bin], ==, 0);
}

static gboolean
animation_done (Fixture *fixture)
{
  return fabs (view_span (fixture) - GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (fixture->view), "target"))) < 1;
}

static void
count_cb (gpointer  counter)
{
  *(guint *) counter += 1;
}

static void
test_animated_zoom (Fixture       *fixture,
                    gconstpointer  data)
{
  DlViewport *viewport = dl_timeline_view_get_viewport (fixture->view);
  double span = view_span (fixture);
  double middle = dl_viewport_get_start (viewport) + span / 2;
  guint steps = 0;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  g_signal_connect_swapped (viewport, "notify::start", G_CALLBACK (count_cb), &steps);

  /* Twice, quickly: the second press zooms from the first one's target */
  activate (fixture, "timeline.zoom-in");
  activate (fixture, "timeline.zoom-in");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), span, 1);
  g_object_set_data (G_OBJECT (fixture->view), "target", GSIZE_TO_POINTER ((gsize) (span / 2.25)));
  wait_for (animation_done, fixture);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_start (viewport) + view_span (fixture) / 2, middle, 1);
  /* Several frames on the way, not one jump */
  g_assert_cmpuint (steps, >=, 3);

  /* The fit action animates back to where we started */
  activate (fixture, "timeline.zoom-fit");
  g_object_set_data (G_OBJECT (fixture->view), "target", GSIZE_TO_POINTER ((gsize) span));
  wait_for (animation_done, fixture);
  g_signal_handlers_disconnect_by_data (viewport, &steps);
}

static void
test_zoom_to_selection (Fixture       *fixture,
                        gconstpointer  data)
{
  DlTimelineLayout *layout;
  double fitted = view_span (fixture);
  double width;

  dl_timeline_view_set_selected (fixture->view, store_event (fixture, 1));
  dl_timeline_view_toggle_selected (fixture->view, store_event (fixture, 3));
  activate (fixture, "timeline.zoom-selection");
  g_assert_cmpfloat (view_span (fixture), <, fitted / 1.5);
  layout = dl_timeline_view_get_layout (fixture->view);
  width = dl_timeline_layout_get_time_width (layout);
  for (guint i = 1; i <= 3; i += 2)
    {
      const DlTimelineItem *item = dl_timeline_layout_find_item (layout, store_event (fixture, i));

      g_assert_nonnull (item);
      g_assert_cmpfloat (item->x, >, 0);
      g_assert_cmpfloat (item->x, <, width);
    }
  g_assert_null (dl_timeline_layout_find_item (layout, store_event (fixture, 0)));

  /* One event alone: zooms around it, to a week at least */
  dl_timeline_view_set_selected (fixture->view, store_event (fixture, 0));
  activate (fixture, "timeline.zoom-selection");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), 7 * DAY, 1);

  /* And a range, as Shift+drag gives */
  dl_timeline_view_zoom_to_range (fixture->view, T2017 + 3 * DAY, T2017 + 5 * DAY);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), 2 * DAY, 1);
}

static void
test_accessible_selection (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkAccessible *view = GTK_ACCESSIBLE (fixture->view);
  GtkAccessible *overview = GTK_ACCESSIBLE (get_overview (fixture));
  DlViewport *viewport = dl_timeline_view_get_viewport (fixture->view);
  g_autoptr(DlActor) mayor = dl_actor_new ("Mayor", DL_ACTOR_KIND_PERSON);
  double start, end;

  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline, 5 events");
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "No event selected");

  dl_event_add_actor (store_event (fixture, 3), mayor);
  activate (fixture, "timeline.select-next");
  activate (fixture, "timeline.select-next");
  activate (fixture, "timeline.select-next");
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Selected: Debate, 13 January 2017, Date stated in the text; with Mayor");
  dl_timeline_view_toggle_selected (fixture->view, store_event (fixture, 0));
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Selected: Inquiry opens, 31 January 2017, Date stated in the text; 2 events selected in all");

  /* The strip is a scroll bar whose value is where the view starts */
  gtk_test_accessible_assert_role (overview, GTK_ACCESSIBLE_ROLE_SCROLLBAR);
  dl_timeline_overview_get_range (DL_TIMELINE_OVERVIEW (overview), &start, &end);
  dl_viewport_set_range (viewport, start + (end - start) / 4, start + (end - start) / 2);
  gtk_test_accessible_assert_property (overview, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 25.0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/timeline-view/fits-when-set", test_fits_when_set);
  ADD ("/timeline-view/keyboard-selection", test_keyboard_selection);
  ADD ("/timeline-view/selection-scrolls-into-view", test_selection_scrolls_into_view);
  ADD ("/timeline-view/zoom-actions", test_zoom_actions);
  ADD ("/timeline-view/activation", test_activation);
  ADD ("/timeline-view/follows-the-model", test_follows_the_model);
  ADD ("/timeline-view/shared-viewport", test_shared_viewport);
  ADD ("/timeline-view/draws-marks", test_draws_marks);
  ADD ("/timeline-view/tooltip", test_tooltip);
  g_test_add_func ("/timeline-view/tooltip-merge-reason", test_tooltip_merge_reason);
  ADD ("/timeline-view/accessible-role", test_accessible_role);
  ADD ("/timeline-view/lanes-action", test_lanes_action);
  ADD ("/timeline-view/several-selected", test_several_selected);
  ADD ("/timeline-view/overview-density", test_overview_density);
  ADD ("/timeline-view/animated-zoom", test_animated_zoom);
  ADD ("/timeline-view/zoom-to-selection", test_zoom_to_selection);
  ADD ("/timeline-view/accessible-selection", test_accessible_selection);

#undef ADD

  return g_test_run ();
}
