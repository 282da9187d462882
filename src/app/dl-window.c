/* dl-window.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: the articles in a sidebar, the timeline and the actor
 * graph in a view stack, and the source pane. Selecting anything shows
 * where it is told; selecting an actor filters the timeline.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-actor.h"
#include "dl-app-resources.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-preferences-window.h"
#include "dl-viewport.h"
#include "dl-window-private.h"

G_DEFINE_FINAL_TYPE (DlWindow, dl_window, ADW_TYPE_APPLICATION_WINDOW)

/* Filtering --------------------------------------------------------------- */

/* Called when what the filters leave changes */
void
_dl_window_update_event_views (DlWindow *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown_events));
  gboolean filtered = dl_event_filter_is_active (self->filter) || dl_event_filter_get_focus (self->filter) != NULL;

  gtk_stack_set_visible_child_name (self->timeline_stack, n_shown > 0 ? "timeline" : "no-events");
  if (filtered)
    {
      adw_status_page_set_title (self->no_events_page, _("No Matching Events"));
      adw_status_page_set_description (self->no_events_page, _("No event matches all of the filters"));
    }
  else if (self->load_progress != NULL)
    {
      /* Not found yet is not "none": the articles are still being read */
      adw_status_page_set_title (self->no_events_page, _("Finding Events…"));
      adw_status_page_set_description (self->no_events_page, _("Events appear here as the articles are read"));
    }
  else
    {
      adw_status_page_set_title (self->no_events_page, _("No Events"));
      adw_status_page_set_description (self->no_events_page,
                                       _("None of the open articles tells an event Dateline could find"));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filter", filtered);
}

/* Signal handlers --------------------------------------------------------- */

/* The sidebar follows the article the source pane shows */
static void
select_article_row (DlWindow  *self,
                    DlArticle *article)
{
  dl_article_list_select (self->articles_list, article);
}

static void
show_event (DlWindow *self,
            DlEvent  *event)
{
  dl_source_view_show_event (self->source_view, event);
  select_article_row (self, dl_source_view_get_article (self->source_view));
}

static void
timeline_selected_changed_cb (DlWindow       *self,
                              GParamSpec     *pspec,
                              DlTimelineView *view)
{
  DlEvent *event = dl_timeline_view_get_selected (view);

  if (event != NULL)
    show_event (self, event);
}

/* An event opened in the timeline or in the graph's list of the events
 * two actors share */
static void
event_activated_cb (DlWindow  *self,
                    DlEvent   *event,
                    GtkWidget *view)
{
  show_event (self, event);
}

static void
graph_selected_changed_cb (DlWindow    *self,
                           GParamSpec  *pspec,
                           DlGraphView *view)
{
  DlActor *actor = dl_graph_view_get_selected (view);

  _dl_window_filter_set_focus (self, actor);
  if (actor != NULL)
    {
      dl_source_view_show_actor (self->source_view, actor);
      select_article_row (self, dl_source_view_get_article (self->source_view));
    }
}

static void
article_activated_cb (DlWindow      *self,
                      DlArticle     *article,
                      DlArticleList *list)
{
  dl_source_view_show_article (self->source_view, article);
}

static void
update_articles_heading (DlWindow *self)
{
  guint total = g_list_model_get_n_items (dl_corpus_get_articles (self->corpus));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown_articles));
  g_autofree char *text = NULL;

  if (shown < total)
    /* TRANSLATORS: the heading of the article list when filters hide some */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u Article", "%u of %u Articles", total),
                            shown, total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Article", "%u Articles", total), total);
  gtk_label_set_label (self->articles_heading, text);
}

static void
corpus_changed_cb (DlWindow *self,
                   DlCorpus *corpus)
{
  gboolean has_articles = g_list_model_get_n_items (dl_corpus_get_articles (corpus)) > 0;

  gtk_stack_set_visible_child_name (self->main_stack, has_articles ? "corpus" : "welcome");
  gtk_widget_set_visible (GTK_WIDGET (self->view_switcher), has_articles);
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), has_articles);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", has_articles);
  /* Typing searches once there is something to search */
  dl_filter_bar_set_key_capture_widget (self->filter_bar, has_articles ? GTK_WIDGET (self) : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-fit", has_articles);
  update_articles_heading (self);
  _dl_window_update_event_views (self);
  _dl_window_update_title (self);
}

/* Called by dl-window-open.c when a new analysis is in the corpus */
void
_dl_window_analysis_done (DlWindow *self)
{
  /* The first articles of a window: show them all, and let the arrow
   * keys walk through the events straight away */
  if (self->fit_after_analysis)
    {
      gboolean graph_shown = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "graph") == 0;

      dl_timeline_view_zoom_to_fit (self->timeline_view);
      /* Focusing a widget of the hidden page would switch pages */
      gtk_widget_grab_focus (graph_shown ? GTK_WIDGET (self->graph_view) : GTK_WIDGET (self->timeline_view));
    }
  self->fit_after_analysis = FALSE;
}

void
_dl_window_show_toast (DlWindow   *self,
                       const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Actions ----------------------------------------------------------------- */

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);

  dl_timeline_view_zoom_to_fit (self->timeline_view);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);

  gtk_toggle_button_set_active (self->sidebar_button,
                                !gtk_toggle_button_get_active (self->sidebar_button));
}

/* Window state ------------------------------------------------------------ */

static void
restore_window_state (DlWindow *self)
{
  if (self->settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "visible-view", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "timeline-lanes", self->timeline_view, "lanes",
                   G_SETTINGS_BIND_DEFAULT);
}

static gboolean
dl_window_close_request (GtkWindow *window)
{
  DlWindow *self = DL_WINDOW (window);
  int width, height;

  /* Unsaved changes are asked about first */
  if (_dl_window_project_close_request (self))
    return TRUE;
  g_cancellable_cancel (self->cancellable);
  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (dl_window_parent_class)->close_request (window);
}

/* GObject ----------------------------------------------------------------- */

static void
dl_window_dispose (GObject *object)
{
  DlWindow *self = (DlWindow *) object;

  g_cancellable_cancel (self->cancellable);
  _dl_window_import_dispose (self);
  _dl_window_stop_autosave (self);
  _dl_window_edit_dispose (self);
  _dl_window_print_dispose (self);
  /* The lanes action holds the timeline, and the window's action group
   * outlives the window in GTK 4.8: without this the timeline, bound to
   * the settings, would outlive it too */
  g_action_map_remove_action (G_ACTION_MAP (self), "timeline-lanes");
  gtk_widget_dispose_template (GTK_WIDGET (self), DL_TYPE_WINDOW);
  g_clear_object (&self->shown_events);
  g_clear_object (&self->shown_articles);
  g_clear_object (&self->shown_actors);
  g_clear_object (&self->filter);
  g_clear_object (&self->viewport);
  g_clear_object (&self->corpus);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dl_window_parent_class)->dispose (object);
}

static void
dl_window_finalize (GObject *object)
{
  DlWindow *self = (DlWindow *) object;

  _dl_window_open_finalize (self);
  _dl_window_import_finalize (self);
  _dl_window_project_finalize (self);
  _dl_window_edit_finalize (self);
  g_free (self->recovery_path);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (dl_window_parent_class)->finalize (object);
}

static void
dl_window_class_init (DlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dl_window_dispose;
  object_class->finalize = dl_window_finalize;
  window_class->close_request = dl_window_close_request;

  dl_app_resources_ensure ();
  g_type_ensure (DL_TYPE_ARTICLE_LIST);
  g_type_ensure (DL_TYPE_TIMELINE_VIEW);
  g_type_ensure (DL_TYPE_GRAPH_VIEW);
  g_type_ensure (DL_TYPE_SOURCE_VIEW);
  g_type_ensure (DL_TYPE_FILTER_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DlWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, open_menu);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, progress_file_label);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, articles_heading);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, articles_list);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, filter_label);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, timeline_stack);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, no_events_page);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, graph_view);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, source_view);

  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "graph");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);

  _dl_window_open_class_init (widget_class);
  _dl_window_import_class_init (widget_class);
  _dl_window_export_class_init (widget_class);
  _dl_window_print_class_init (widget_class);
  _dl_window_copy_class_init (widget_class);
  _dl_window_help_class_init (widget_class);
  _dl_window_filter_class_init (widget_class);
  _dl_window_project_class_init (widget_class);
  _dl_window_recent_class_init (widget_class);
  _dl_window_welcome_class_init (widget_class);
  _dl_window_edit_class_init (widget_class);
  _dl_window_correct_class_init (widget_class);
}

static void
dl_window_init (DlWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->corpus = dl_corpus_new ();
  self->viewport = dl_viewport_new ();
  /* Run from the build tree without the schema, the window still works;
   * it only forgets its size and preferences */
  self->settings = dl_preferences_dup_settings ();
  _dl_window_edit_init (self);
  _dl_window_autosave_init (self);
  _dl_window_project_init (self);
  _dl_window_filter_init (self);
  _dl_window_copy_init (self);
  _dl_window_preferences_init (self);
  _dl_window_print_init (self);

  dl_timeline_view_set_viewport (self->timeline_view, self->viewport);
  dl_timeline_view_set_events (self->timeline_view, G_LIST_MODEL (self->shown_events));
  dl_graph_view_set_models (self->graph_view, G_LIST_MODEL (self->shown_actors),
                            dl_corpus_get_relations (self->corpus));
  dl_article_list_set_model (self->articles_list, G_LIST_MODEL (self->shown_articles));

  g_signal_connect_object (self->corpus, "changed", G_CALLBACK (corpus_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->shown_articles, "items-changed",
                           G_CALLBACK (update_articles_heading), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "notify::selected",
                           G_CALLBACK (timeline_selected_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "event-activated",
                           G_CALLBACK (event_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph_view, "event-activated",
                           G_CALLBACK (event_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph_view, "notify::selected",
                           G_CALLBACK (graph_selected_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->articles_list, "article-activated",
                           G_CALLBACK (article_activated_cb), self, G_CONNECT_SWAPPED);

  /* Nothing to show, export or fit before the first articles */
  corpus_changed_cb (self, self->corpus);
  restore_window_state (self);
  update_articles_heading (self);
  _dl_window_open_init (self);
  _dl_window_recent_init (self);
  _dl_window_welcome_init (self);
}

DlWindow *
dl_window_new (DlApplication *application)
{
  return g_object_new (DL_TYPE_WINDOW, "application", application, NULL);
}

/**
 * dl_window_get_corpus:
 *
 * Returns: (transfer none): the window's corpus
 */
DlCorpus *
dl_window_get_corpus (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return self->corpus;
}

/**
 * dl_window_get_timeline_view:
 *
 * Returns: (transfer none): the #DlTimelineView
 */
GtkWidget *
dl_window_get_timeline_view (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->timeline_view);
}

/**
 * dl_window_get_graph_view:
 *
 * Returns: (transfer none): the #DlGraphView
 */
GtkWidget *
dl_window_get_graph_view (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->graph_view);
}

/**
 * dl_window_get_source_view:
 *
 * Returns: (transfer none): the #DlSourceView
 */
GtkWidget *
dl_window_get_source_view (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->source_view);
}

/**
 * dl_window_get_filter_bar:
 *
 * Returns: (transfer none): the #DlFilterBar
 */
GtkWidget *
dl_window_get_filter_bar (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->filter_bar);
}

/**
 * dl_window_get_filter:
 *
 * Returns: (transfer none): the filter of every view
 */
DlEventFilter *
dl_window_get_filter (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return self->filter;
}

/**
 * dl_window_get_article_menu_model:
 *
 * Returns: (transfer none) (nullable): the model of an article row's
 *   context menu as it was last shown
 */
GMenuModel *
dl_window_get_article_menu_model (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return dl_article_list_get_menu_model (self->articles_list);
}

/**
 * dl_window_get_articles:
 *
 * Returns: (transfer none): the articles the sidebar lists: those the
 *   filters leave
 */
GListModel *
dl_window_get_articles (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->shown_articles);
}
