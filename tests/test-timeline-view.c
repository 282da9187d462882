/* test-timeline-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline widget in a real window: selection by keyboard actions,
 * zoom, the shared viewport, and pixels where the marks are.
 */
#include "config.h"

#include <adwaita.h>

#include "dl-actor.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-view.h"
#include "dl-viewport.h"

#define DAY G_GINT64_CONSTANT (86400)
#define T2017 G_GINT64_CONSTANT (1483228800)  /* 2017-01-01 */

typedef struct
{
  GtkWidget *window;
  DlTimelineView *view;
  GListStore *store;
  guint notified;
  DlEvent *activated;
} Fixture;

static void
add_event (GListStore *store,
           const char *title,
           gint64      start,
           gint64      end)
{
  g_autoptr(DlEvent) event = dl_event_new (title);
  g_autoptr(DlDateSpan) when = NULL;

  if (start != end)
    {
      when = dl_date_span_new (NULL, start, end, DL_CERTAINTY_STATED);
      dl_event_set_when (event, when);
    }
  g_list_store_append (store, event);
}

static void
wait_for (gboolean (*condition) (Fixture *),
          Fixture  *fixture)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (fixture) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_true (condition (fixture));
}

static gboolean
is_shown (Fixture *fixture)
{
  GtkWidget *widget = GTK_WIDGET (fixture->view);

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0 &&
         dl_timeline_view_get_layout (fixture->view) != NULL;
}

static void
selected_notify_cb (Fixture *fixture)
{
  fixture->notified++;
}

static void
event_activated_cb (DlTimelineView *view,
                    DlEvent        *event,
                    Fixture        *fixture)
{
  fixture->activated = event;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = g_list_store_new (DL_TYPE_EVENT);
  /* Not in time order on purpose */
  add_event (fixture->store, "Inquiry opens", T2017 + 30 * DAY, T2017 + 31 * DAY);
  add_event (fixture->store, "Election called", T2017 + 2 * DAY, T2017 + 3 * DAY);
  add_event (fixture->store, "Campaign", T2017 + 5 * DAY, T2017 + 25 * DAY);
  add_event (fixture->store, "Debate", T2017 + 12 * DAY, T2017 + 13 * DAY);
  add_event (fixture->store, "Rumours", 0, 0);
  add_event (fixture->store, "Polling day", T2017 + 26 * DAY, T2017 + 27 * DAY);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 400);
  fixture->view = DL_TIMELINE_VIEW (dl_timeline_view_new ());
  dl_timeline_view_set_events (fixture->view, G_LIST_MODEL (fixture->store));
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  g_signal_connect_swapped (fixture->view, "notify::selected", G_CALLBACK (selected_notify_cb), fixture);
  g_signal_connect (fixture->view, "event-activated", G_CALLBACK (event_activated_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_for (is_shown, fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
}

static DlEvent *
store_event (Fixture *fixture,
             guint    position)
{
  g_autoptr(DlEvent) event = g_list_model_get_item (G_LIST_MODEL (fixture->store), position);

  /* The store keeps it alive */
  return event;
}

static double
view_span (Fixture *fixture)
{
  DlViewport *viewport = dl_timeline_view_get_viewport (fixture->view);

  return dl_viewport_get_end (viewport) - dl_viewport_get_start (viewport);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL));
}

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

static GtkEventController *
find_controller (Fixture *fixture,
                 GType    type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  g_assert_not_reached ();
}

static void
test_scroll_and_drag_pan (Fixture       *fixture,
                          gconstpointer  data)
{
  DlViewport *viewport = dl_timeline_view_get_viewport (fixture->view);
  /* The time axis is narrower than the view by the tray of undated events */
  double width = dl_timeline_layout_get_time_width (dl_timeline_view_get_layout (fixture->view));
  double span = view_span (fixture);
  double start = dl_viewport_get_start (viewport);
  GtkEventController *scroll = find_controller (fixture, GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  GtkEventController *drag = find_controller (fixture, GTK_TYPE_GESTURE_DRAG);
  gboolean handled = FALSE;

  /* A wheel step down moves later in time, without zooming */
  g_signal_emit_by_name (scroll, "scroll", 0.0, 1.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (dl_viewport_get_start (viewport), >, start);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), span, 1e-3);

  /* Dragging right by a tenth of the width shows a tenth earlier */
  start = dl_viewport_get_start (viewport);
  g_signal_emit_by_name (drag, "drag-begin", 100.0, 100.0);
  g_signal_emit_by_name (drag, "drag-update", width / 10.0, 0.0);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_start (viewport), start - span / 10, 1);
  g_signal_emit_by_name (drag, "drag-update", 0.0, 0.0);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_start (viewport), start, 1);
  g_signal_emit_by_name (drag, "drag-end", 0.0, 0.0);
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
  ADD ("/timeline-view/scroll-and-drag-pan", test_scroll_and_drag_pan);
  ADD ("/timeline-view/tooltip", test_tooltip);
  ADD ("/timeline-view/accessible-role", test_accessible_role);
  ADD ("/timeline-view/lanes-action", test_lanes_action);

#undef ADD

  return g_test_run ();
}
