/* test-timeline-interaction.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a person does to the timeline widget in a real window: scroll
 * and drag to pan, click and double-click, the arrows between lanes
 * and rows, the context menu, copying to the clipboard and dragging
 * the overview strip's window.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "timeline-view-fixture.h"

/* The bottom of the timeline, above the overview strip */
static double
timeline_bottom (Fixture *fixture)
{
  return dl_timeline_layout_get_height (dl_timeline_view_get_layout (fixture->view));
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

/* The view's context menu, a popover among its children */
static GtkWidget *
find_menu_popover (Fixture *fixture)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      return child;
  g_assert_not_reached ();
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

  /* No tooltip over the open menu; back once it closes */
  g_assert_false (gtk_widget_get_has_tooltip (GTK_WIDGET (fixture->view)));
  gtk_popover_popdown (GTK_POPOVER (find_menu_popover (fixture)));
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (fixture->view)));
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/timeline-view/scroll-and-drag-pan", test_scroll_and_drag_pan);
  ADD ("/timeline-view/click-and-double-click", test_click_and_double_click);
  ADD ("/timeline-view/arrows-between-lanes", test_arrows_between_lanes);
  ADD ("/timeline-view/arrows-between-rows", test_arrows_between_rows);
  ADD ("/timeline-view/context-menu", test_context_menu);
  ADD ("/timeline-view/copy-quote-and-citation", test_copy_quote_and_citation);
  ADD ("/timeline-view/overview-drag-pans", test_overview_drag_pans);

#undef ADD

  return g_test_run ();
}
