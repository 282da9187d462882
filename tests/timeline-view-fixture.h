/* timeline-view-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A timeline view of a few events of 2017 in a real window, shared by
 * test-timeline-view and test-timeline-interaction, with the helpers
 * both use to wait for it, find its parts and ask it things.
 */
#pragma once

#include <adwaita.h>

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

static DlTimelineOverview *
get_overview (Fixture *fixture)
{
  GtkWidget *overview = dl_timeline_view_get_overview (fixture->view);

  g_assert_true (DL_IS_TIMELINE_OVERVIEW (overview));
  g_assert_true (gtk_widget_get_parent (overview) == GTK_WIDGET (fixture->view));
  return DL_TIMELINE_OVERVIEW (overview);
}
