/* dl-window-filter.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One filter for the window: the filter bar's words, actors, articles
 * and dates, the events the user hid (unless shown all the same) and the actor
 * picked in the graph narrow the timeline, the graph and the article
 * list together, each through a GtkFilterListModel over the corpus.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-actor.h"
#include "dl-corpus.h"
#include "dl-event.h"
#include "dl-window-private.h"

static void
update_focus_revealer (DlWindow *self)
{
  DlActor *focus = dl_event_filter_get_focus (self->filter);
  g_autofree char *label = NULL;

  if (focus != NULL)
    /* TRANSLATORS: shown above the timeline when it is filtered by an actor */
    label = g_strdup_printf (_("Showing the events of %s"), dl_actor_get_name (focus));
  gtk_label_set_label (self->filter_label, label != NULL ? label : "");
  gtk_revealer_set_reveal_child (self->filter_revealer, focus != NULL);
}

static void
filter_changed_cb (DlWindow *self)
{
  update_focus_revealer (self);
  _dl_window_update_event_views (self);
}

/* Called when the graph's selection changes: the timeline shows the
 * events of the selected actor only */
void
_dl_window_filter_set_focus (DlWindow *self,
                             DlActor  *actor)
{
  if (actor == dl_event_filter_get_focus (self->filter))
    return;
  dl_event_filter_set_focus (self->filter, actor);
  /* Not when the same actor is selected again after a correction */
  if (actor != NULL && self->keeping_selection == 0)
    dl_timeline_view_zoom_to_fit (self->timeline_view);
}

/* Back from the bar, the keyboard goes on where it was before: in the
 * view, not in the first row of the sidebar */
static void
search_mode_changed_cb (DlWindow *self)
{
  gboolean graph = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "graph") == 0;

  if (dl_filter_bar_get_search_mode (self->filter_bar) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "corpus") != 0)
    return;
  gtk_widget_grab_focus (graph ? GTK_WIDGET (self->graph_view) : GTK_WIDGET (self->timeline_view));
}

/* Actions ------------------------------------------------------------------ */

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);

  dl_filter_bar_set_search_mode (self->filter_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (dl_filter_bar_get_entry (self->filter_bar)));
}

static void
clear_filter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);

  dl_graph_view_set_selected (self->graph_view, NULL);
  dl_event_filter_set_focus (self->filter, NULL);
  dl_event_filter_clear (self->filter);
  dl_filter_bar_set_search_mode (self->filter_bar, FALSE);
}

static void
show_only_actor_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  DlActor *actor = dl_corpus_find_actor (self->corpus, g_variant_get_string (parameter, NULL));

  if (actor == NULL)
    return;
  dl_event_filter_set_only_actor (self->filter, actor);
  dl_timeline_view_zoom_to_fit (self->timeline_view);
}

void
_dl_window_filter_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filter", NULL, clear_filter_action);
  gtk_widget_class_install_action (widget_class, "win.show-only-actor", "s", show_only_actor_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.clear-filter", NULL);
}

/* "Show Hidden Events" in the window's menu, a check item */
static void
show_hidden_change_state_cb (GSimpleAction *action,
                             GVariant      *state,
                             DlWindow      *self)
{
  dl_event_filter_set_show_hidden (self->filter, g_variant_get_boolean (state));
}

static void
sync_show_hidden_cb (DlWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-hidden");
  gboolean shown = dl_event_filter_get_show_hidden (self->filter);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (shown));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), shown || dl_event_filter_get_n_hidden (self->filter) > 0);
}

static void
add_show_hidden_action (DlWindow *self)
{
  g_autoptr(GSimpleAction) action = g_simple_action_new_stateful ("show-hidden", NULL,
                                                                  g_variant_new_boolean (FALSE));

  g_signal_connect_object (action, "change-state", G_CALLBACK (show_hidden_change_state_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (sync_show_hidden_cb), self, G_CONNECT_SWAPPED);
  sync_show_hidden_cb (self);
}

static GListModel *
filter_model (GListModel *model,
              GtkFilter  *filter)
{
  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (model), g_object_ref (filter)));
}

void
_dl_window_filter_init (DlWindow *self)
{
  g_autoptr(GAction) lanes = NULL;

  self->filter = dl_event_filter_new (self->corpus);
  self->shown_events = GTK_FILTER_LIST_MODEL (filter_model (dl_corpus_get_events (self->corpus),
                                                            dl_event_filter_get_events_filter (self->filter)));
  self->shown_articles = GTK_FILTER_LIST_MODEL (filter_model (dl_corpus_get_articles (self->corpus),
                                                              dl_event_filter_get_articles_filter (self->filter)));
  self->shown_actors = GTK_FILTER_LIST_MODEL (filter_model (dl_corpus_get_actors (self->corpus),
                                                            dl_event_filter_get_actors_filter (self->filter)));
  dl_filter_bar_set_filter (self->filter_bar, self->filter, G_LIST_MODEL (self->shown_events));

  g_signal_connect_object (self->filter, "changed", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->shown_events, "items-changed",
                           G_CALLBACK (_dl_window_update_event_views), self, G_CONNECT_SWAPPED);

  /* The timeline's lanes in the window's menu, as radio items */
  lanes = G_ACTION (g_property_action_new ("timeline-lanes", self->timeline_view, "lanes"));
  g_action_map_add_action (G_ACTION_MAP (self), lanes);
  add_show_hidden_action (self);
}
