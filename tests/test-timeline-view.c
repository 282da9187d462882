/* test-timeline-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline widget in a real window: selection by keyboard actions,
 * several selected events, lanes and rows under the arrows, zoom and
 * its animation, the shared viewport, the context menu and clipboard,
 * the overview strip, what a screen reader hears, and pixels where the
 * marks are.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-overview.h"
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

  /* Zooms land at once unless a test asks for the animation */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
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

/* The bottom of the timeline, above the overview strip */
static double
timeline_bottom (Fixture *fixture)
{
  return dl_timeline_layout_get_height (dl_timeline_view_get_layout (fixture->view));
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
click_at (Fixture *fixture,
          int      n_press,
          double   x,
          double   y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));

  /* The primary-button click gesture: the first one added */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_GESTURE_CLICK (controller) ||
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) != GDK_BUTTON_PRIMARY)
        continue;
      g_signal_emit_by_name (controller, "pressed", n_press, x, y);
      g_signal_emit_by_name (controller, "released", n_press, x, y);
      return;
    }
  g_assert_not_reached ();
}

static void
test_click_and_double_click (Fixture       *fixture,
                             gconstpointer  data)
{
  DlTimelineLayout *layout = dl_timeline_view_get_layout (fixture->view);
  const DlTimelineItem *item = dl_timeline_layout_find_item (layout, store_event (fixture, 3));
  DlViewport *viewport = dl_timeline_view_get_viewport (fixture->view);
  double x = item->mark.x + item->mark.width / 2, y = item->mark.y + item->mark.height / 2;
  double span = view_span (fixture);

  click_at (fixture, 1, x, y);
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 3));
  g_assert_null (fixture->activated);
  /* Empty space clears it */
  click_at (fixture, 1, 2, timeline_bottom (fixture) - 2);
  g_assert_null (dl_timeline_view_get_selected (fixture->view));

  /* A double click selects, zooms in around the event and opens it */
  click_at (fixture, 1, x, y);
  click_at (fixture, 2, x, y);
  g_assert_true (fixture->activated == store_event (fixture, 3));
  g_assert_cmpfloat (view_span (fixture), <, span);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_start (viewport) + view_span (fixture) / 2,
                                  T2017 + 12.5 * DAY, 1);
}

static void
add_actor (Fixture    *fixture,
           guint       position,
           DlActor    *actor)
{
  dl_event_add_actor (store_event (fixture, position), actor);
}

static void
test_arrows_between_lanes (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DlActor) mayor = dl_actor_new ("Mayor", DL_ACTOR_KIND_PERSON);
  g_autoptr(DlActor) council = dl_actor_new ("Council", DL_ACTOR_KIND_ORGANIZATION);

  /* Lanes: Mayor (Election called, Debate, Inquiry opens), Council
   * (Campaign, Polling day), then the events of no actor */
  add_actor (fixture, 1, mayor);
  add_actor (fixture, 3, mayor);
  add_actor (fixture, 0, mayor);
  add_actor (fixture, 2, council);
  add_actor (fixture, 5, council);
  dl_timeline_view_set_lanes (fixture->view, "actor");

  dl_timeline_view_set_selected (fixture->view, store_event (fixture, 3));
  /* Down: the council's event nearest the debate (12th) is the campaign (5th) */
  activate (fixture, "timeline.select-down");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 2));
  /* Right now stays in the council's lane: polling day, not the debate */
  activate (fixture, "timeline.select-next");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 5));
  activate (fixture, "timeline.select-next");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 5));
  /* Up from polling day (26th): the inquiry (30th) is nearer than the debate */
  activate (fixture, "timeline.select-up");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 0));
  /* At the top lane Up does nothing */
  activate (fixture, "timeline.select-up");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 0));
  activate (fixture, "timeline.select-previous");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 3));

  /* Home and End go to the ends of all time */
  activate (fixture, "timeline.select-last");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 0));
  activate (fixture, "timeline.select-first");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 1));
}

static void
test_arrows_between_rows (Fixture       *fixture,
                          gconstpointer  data)
{
  DlTimelineLayout *layout;
  const DlTimelineItem *from, *to;
  guint start_row;

  /* Three events on one day need three rows; the campaign, which runs
   * over that day, would be as near */
  g_list_store_remove (fixture->store, 2);
  add_event (fixture->store, "Vote one", T2017 + 12 * DAY, T2017 + 13 * DAY);
  add_event (fixture->store, "Vote two", T2017 + 12 * DAY, T2017 + 13 * DAY);
  layout = dl_timeline_view_get_layout (fixture->view);
  from = dl_timeline_layout_find_item (layout, store_event (fixture, 2));
  g_assert_nonnull (from);
  g_assert_cmpstr (dl_event_get_title (from->event), ==, "Debate");
  start_row = from->row;
  dl_timeline_view_set_selected (fixture->view, store_event (fixture, 2));

  activate (fixture, start_row > 0 ? "timeline.select-up" : "timeline.select-down");
  layout = dl_timeline_view_get_layout (fixture->view);
  to = dl_timeline_layout_find_item (layout, dl_timeline_view_get_selected (fixture->view));
  g_assert_true (dl_timeline_view_get_selected (fixture->view) != store_event (fixture, 2));
  g_assert_cmpint (abs ((int) to->row - (int) start_row), ==, 1);
  /* The nearest in time: one of the two on the same day */
  g_assert_cmpfloat_with_epsilon (to->x, from->x, 1);

  activate (fixture, start_row > 0 ? "timeline.select-down" : "timeline.select-up");
  g_assert_true (dl_timeline_view_get_selected (fixture->view) == store_event (fixture, 2));
}

typedef struct
{
  const char *action;
  const char *target;
} MenuEntry;

static gboolean
menu_has (GMenuModel *model,
          const char *action,
          const char *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autofree char *name = NULL;
      g_autoptr(GVariant) value = NULL;

      if (section != NULL && menu_has (section, action, target))
        return TRUE;
      if (!g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) ||
          g_strcmp0 (name, action) != 0)
        continue;
      value = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
      if (target == NULL || (value != NULL && g_strcmp0 (g_variant_get_string (value, NULL), target) == 0))
        return TRUE;
    }
  return FALSE;
}

static void
test_context_menu (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DlActor) mayor = dl_actor_new ("Mayor", DL_ACTOR_KIND_PERSON);
  DlEvent *debate = store_event (fixture, 3);
  static const MenuEntry always[] = {
    { "timeline.lanes", "actor" },
    { "timeline.zoom-in", NULL },
    { "timeline.zoom-fit", NULL },
  };
  static const MenuEntry on_event[] = {
    { "timeline.copy-quote", NULL },
    { "timeline.copy-citation", NULL },
    { "win.hide-event", "e-debate" },
    { "win.show-only-actor", "a-mayor" },
    { "timeline.zoom-selection", NULL },
  };
  GMenuModel *model;

  dl_actor_set_id (mayor, "a-mayor");
  dl_event_set_id (debate, "e-debate");
  dl_event_add_actor (debate, mayor);

  /* Nothing selected: lanes and zoom only */
  activate (fixture, "timeline.menu");
  model = dl_timeline_view_get_menu_model (fixture->view);
  for (guint i = 0; i < G_N_ELEMENTS (always); i++)
    g_assert_true (menu_has (model, always[i].action, always[i].target));
  for (guint i = 0; i < G_N_ELEMENTS (on_event); i++)
    g_assert_false (menu_has (model, on_event[i].action, on_event[i].target));

  /* On an event, its own items come first, with its ids as targets */
  dl_timeline_view_set_selected (fixture->view, debate);
  activate (fixture, "timeline.menu");
  model = dl_timeline_view_get_menu_model (fixture->view);
  for (guint i = 0; i < G_N_ELEMENTS (always); i++)
    g_assert_true (menu_has (model, always[i].action, always[i].target));
  for (guint i = 0; i < G_N_ELEMENTS (on_event); i++)
    g_assert_true (menu_has (model, on_event[i].action, on_event[i].target));
  g_assert_false (menu_has (model, "win.show-only-actor", "a-council"));
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static char *
read_clipboard (Fixture *fixture)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->view));
  char *text = NULL;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  while (text == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (text);
  return text;
}

static void
test_copy_quote_and_citation (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(DlArticle) article = dl_article_new ("town.txt", "Town paper",
                                                 "Yesterday the candidates met for a debate on the harbour.");
  DlEvent *debate = store_event (fixture, 3);
  g_autofree char *quote = NULL;
  g_autofree char *citation = NULL;
  g_autofree char *title = NULL;

  dl_event_add_source (debate, article, 10, 60, "The candidates met for a debate on\nthe harbour.");
  dl_timeline_view_set_selected (fixture->view, debate);

  activate (fixture, "timeline.copy-quote");
  quote = read_clipboard (fixture);
  g_assert_cmpstr (quote, ==, "The candidates met for a debate on\nthe harbour.");

  activate (fixture, "timeline.copy-citation");
  citation = read_clipboard (fixture);
  /* Title, date, the quote on one line, the article */
  g_assert_true (g_str_has_prefix (citation, "Debate ("));
  g_assert_nonnull (strstr (citation, "2017"));
  g_assert_nonnull (strstr (citation, "“The candidates met for a debate on the harbour.”"));
  g_assert_true (g_str_has_suffix (citation, " Town paper."));

  /* An event read in no article copies its title */
  dl_timeline_view_set_selected (fixture->view, store_event (fixture, 1));
  activate (fixture, "timeline.copy-quote");
  title = read_clipboard (fixture);
  g_assert_cmpstr (title, ==, "Election called");
}

static DlTimelineOverview *
get_overview (Fixture *fixture)
{
  GtkWidget *overview = dl_timeline_view_get_overview (fixture->view);

  g_assert_true (DL_IS_TIMELINE_OVERVIEW (overview));
  g_assert_true (gtk_widget_get_parent (overview) == GTK_WIDGET (fixture->view));
  return DL_TIMELINE_OVERVIEW (overview);
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

static GtkEventController *
overview_drag (DlTimelineOverview *overview)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (overview));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        return controller;
    }
  g_assert_not_reached ();
}

static void
test_overview_drag_pans (Fixture       *fixture,
                         gconstpointer  data)
{
  DlTimelineOverview *overview = get_overview (fixture);
  DlViewport *viewport = dl_timeline_view_get_viewport (fixture->view);
  GtkEventController *drag = overview_drag (overview);
  double start, end, per_pixel, x, width, span;

  dl_viewport_set_range (viewport, T2017 + 2 * DAY, T2017 + 8 * DAY);
  dl_timeline_overview_get_range (overview, &start, &end);
  per_pixel = (end - start) / gtk_widget_get_width (GTK_WIDGET (overview));
  dl_timeline_overview_get_window (overview, &x, &width);
  g_assert_cmpfloat_with_epsilon (x, dl_timeline_overview_time_to_x (overview, T2017 + 2 * DAY), 1e-6);
  g_assert_cmpfloat_with_epsilon (width, 6 * DAY / per_pixel, 1e-6);

  /* Dragging the middle of the window pans the timeline by as much time */
  g_signal_emit_by_name (drag, "drag-begin", x + width / 2, 10.0);
  g_signal_emit_by_name (drag, "drag-update", 40.0, 0.0);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_start (viewport), T2017 + 2 * DAY + 40 * per_pixel, 1);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), 6 * DAY, 1);
  g_signal_emit_by_name (drag, "drag-end", 40.0, 0.0);
  /* The main view's layout follows */
  g_assert_null (dl_timeline_layout_find_item (dl_timeline_view_get_layout (fixture->view), store_event (fixture, 1)));

  /* Dragging its right edge zooms out, the left edge stays */
  dl_timeline_overview_get_window (overview, &x, &width);
  start = dl_viewport_get_start (viewport);
  g_signal_emit_by_name (drag, "drag-begin", x + width, 10.0);
  g_signal_emit_by_name (drag, "drag-update", 30.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 30.0, 0.0);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_start (viewport), start, 1);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), 6 * DAY + 30 * per_pixel, 1);

  /* A press elsewhere brings the window there, centred */
  span = view_span (fixture);
  x = dl_timeline_overview_time_to_x (overview, T2017 + 28 * DAY);
  g_signal_emit_by_name (drag, "drag-begin", x, 10.0);
  g_signal_emit_by_name (drag, "drag-end", 0.0, 0.0);
  g_assert_cmpfloat_with_epsilon (dl_viewport_get_start (viewport) + span / 2, T2017 + 28 * DAY, 1);
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
  ADD ("/timeline-view/scroll-and-drag-pan", test_scroll_and_drag_pan);
  ADD ("/timeline-view/tooltip", test_tooltip);
  ADD ("/timeline-view/accessible-role", test_accessible_role);
  ADD ("/timeline-view/lanes-action", test_lanes_action);
  ADD ("/timeline-view/several-selected", test_several_selected);
  ADD ("/timeline-view/click-and-double-click", test_click_and_double_click);
  ADD ("/timeline-view/arrows-between-lanes", test_arrows_between_lanes);
  ADD ("/timeline-view/arrows-between-rows", test_arrows_between_rows);
  ADD ("/timeline-view/context-menu", test_context_menu);
  ADD ("/timeline-view/copy-quote-and-citation", test_copy_quote_and_citation);
  ADD ("/timeline-view/overview-density", test_overview_density);
  ADD ("/timeline-view/overview-drag-pans", test_overview_drag_pans);
  ADD ("/timeline-view/animated-zoom", test_animated_zoom);
  ADD ("/timeline-view/zoom-to-selection", test_zoom_to_selection);
  ADD ("/timeline-view/accessible-selection", test_accessible_selection);

#undef ADD

  return g_test_run ();
}
