/* dl-filter-bar.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search bar over the views: words, and menus of actors, articles
 * and dates, all driving one DlEventFilter, with how many events are
 * left and a way back to all of them. Ctrl+F or typing opens it;
 * Escape or its close button shows everything again.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-app-resources.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-filter-bar.h"

struct _DlFilterBar
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkMenuButton *actors_button;
  GtkPopover *actors_popover;
  GtkSearchEntry *actors_search;
  GtkListView *actors_list;
  GtkMenuButton *articles_button;
  GtkPopover *articles_popover;
  GtkListView *articles_list;
  GtkMenuButton *dates_button;
  GtkEntry *from_entry;
  GtkEntry *to_entry;
  GtkLabel *status_label;
  GtkButton *hidden_button;
  GtkButton *clear_button;

  /* State */
  DlEventFilter *filter;
  GListModel *shown;
  GtkStringFilter *actor_names;
  gboolean syncing;
};

enum { PROP_0, PROP_SEARCH_MODE_ENABLED, N_PROPS };

G_DEFINE_FINAL_TYPE (DlFilterBar, dl_filter_bar, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Rows of the actor and article menus -------------------------------------- */

static gboolean
item_is_chosen (DlEventFilter *filter,
                gpointer       item)
{
  if (DL_IS_ACTOR (item))
    return dl_event_filter_has_actor (filter, item);
  return dl_event_filter_has_article (filter, item);
}

static void
sync_row (GtkListItem *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  DlEventFilter *filter = g_object_get_data (G_OBJECT (list_item), "filter");
  gpointer item = gtk_list_item_get_item (list_item);

  if (item != NULL && filter != NULL)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), item_is_chosen (filter, item));
}

/* The row is one target: a click anywhere on it (or Enter) activates
 * the list, which toggles the choice; the check box only shows it. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              DlFilterBar              *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_can_target (check, FALSE);
  gtk_widget_set_can_focus (check, FALSE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 36);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             DlFilterBar              *self)
{
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *check = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *name = gtk_widget_get_next_sibling (check);
  GtkWidget *count = gtk_widget_get_next_sibling (name);
  g_autofree char *n_events = NULL;
  const char *label;
  gulong handler;

  if (DL_IS_ACTOR (item))
    {
      label = dl_actor_get_name (item);
      n_events = g_strdup_printf ("%u", dl_actor_get_n_events (item));
    }
  else
    {
      label = dl_article_get_title (item);
      n_events = g_strdup_printf ("%u", dl_article_get_n_events (item));
    }
  gtk_label_set_label (GTK_LABEL (name), label);
  gtk_widget_set_tooltip_text (name, label);
  gtk_label_set_label (GTK_LABEL (count), n_events);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  g_object_set_data (G_OBJECT (list_item), "filter", self->filter);
  handler = g_signal_connect_object (self->filter, "changed", G_CALLBACK (sync_row), list_item,
                                     G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (list_item), "handler", GSIZE_TO_POINTER (handler));
  sync_row (list_item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               DlFilterBar              *self)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "handler"));

  if (handler != 0 && self->filter != NULL)
    g_signal_handler_disconnect (self->filter, handler);
  g_object_set_data (G_OBJECT (list_item), "handler", NULL);
  g_object_set_data (G_OBJECT (list_item), "filter", NULL);
}

static void
choice_activated_cb (DlFilterBar *self,
                     guint        position,
                     GtkListView *list)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  if (item == NULL || self->filter == NULL)
    return;
  if (DL_IS_ACTOR (item))
    dl_event_filter_set_actor (self->filter, DL_ACTOR (item), !item_is_chosen (self->filter, item));
  else
    dl_event_filter_set_article (self->filter, DL_ARTICLE (item), !item_is_chosen (self->filter, item));
}

static void
setup_choice_list (DlFilterBar *self,
                   GtkListView *list)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  gtk_list_view_set_factory (list, factory);
  g_signal_connect_object (list, "activate", G_CALLBACK (choice_activated_cb), self, G_CONNECT_SWAPPED);
}

/* The most active actors first, then by name */
static int
compare_actors (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  guint na = dl_actor_get_n_events ((DlActor *) a);
  guint nb = dl_actor_get_n_events ((DlActor *) b);

  if (na != nb)
    return na > nb ? -1 : 1;
  return strcmp (dl_actor_get_sort_key ((DlActor *) a), dl_actor_get_sort_key ((DlActor *) b));
}

/* The lists of the menus have models only while they are shown: sorting
 * thousands of actors again, and making rows for them, each time an
 * analysis gives new ones would hold up the window for nothing */
static void
actors_popover_shown_cb (DlFilterBar *self)
{
  DlCorpus *corpus = dl_event_filter_get_corpus (self->filter);
  GtkFilterListModel *named;
  GtkSortListModel *sorted;
  g_autoptr(GtkNoSelection) actors = NULL;

  named = gtk_filter_list_model_new (g_object_ref (dl_corpus_get_actors (corpus)),
                                     GTK_FILTER (g_object_ref (self->actor_names)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (named),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_actors, NULL, NULL)));
  actors = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_list_view_set_model (self->actors_list, GTK_SELECTION_MODEL (actors));
  gtk_editable_set_text (GTK_EDITABLE (self->actors_search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->actors_search));
}

static void
articles_popover_shown_cb (DlFilterBar *self)
{
  DlCorpus *corpus = dl_event_filter_get_corpus (self->filter);
  g_autoptr(GtkNoSelection) articles = gtk_no_selection_new (g_object_ref (dl_corpus_get_articles (corpus)));

  gtk_list_view_set_model (self->articles_list, GTK_SELECTION_MODEL (articles));
}

static void
choices_popover_hidden_cb (GtkListView *list)
{
  gtk_list_view_set_model (list, NULL);
}

/* Labels that say what is chosen ------------------------------------------ */

static DlActor *
find_only_actor (DlFilterBar *self)
{
  GListModel *actors = dl_corpus_get_actors (dl_event_filter_get_corpus (self->filter));
  guint n = g_list_model_get_n_items (actors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (actors, i);

      if (dl_event_filter_has_actor (self->filter, actor))
        return g_steal_pointer (&actor);
    }
  return NULL;
}

static void
update_actors_button (DlFilterBar *self)
{
  guint n = dl_event_filter_get_n_actors (self->filter);
  g_autoptr(DlActor) only = n == 1 ? find_only_actor (self) : NULL;
  g_autofree char *label = NULL;

  if (only != NULL)
    label = g_strdup (dl_actor_get_name (only));
  else if (n > 0)
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Actor", "%u Actors", n), n);
  gtk_menu_button_set_label (self->actors_button, label != NULL ? label : _("Actors"));
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->actors_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->actors_button), "accent");
}

static void
update_articles_button (DlFilterBar *self)
{
  guint n = dl_event_filter_get_n_articles (self->filter);
  g_autofree char *label = NULL;

  if (n > 0)
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Article", "%u Articles", n), n);
  gtk_menu_button_set_label (self->articles_button, label != NULL ? label : _("Articles"));
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->articles_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->articles_button), "accent");
}

static void
update_dates_button (DlFilterBar *self)
{
  DlDateSpan *from = dl_event_filter_get_from (self->filter);
  DlDateSpan *to = dl_event_filter_get_to (self->filter);
  g_autofree char *label = NULL;

  if (from != NULL && to != NULL)
    /* TRANSLATORS: a date range on the filter bar's dates button */
    label = g_strdup_printf (_("%s – %s"), dl_date_span_get_value (from), dl_date_span_get_value (to));
  else if (from != NULL)
    /* TRANSLATORS: an open date range on the filter bar's dates button */
    label = g_strdup_printf (_("From %s"), dl_date_span_get_value (from));
  else if (to != NULL)
    /* TRANSLATORS: an open date range on the filter bar's dates button */
    label = g_strdup_printf (_("Until %s"), dl_date_span_get_value (to));
  gtk_menu_button_set_label (self->dates_button, label != NULL ? label : _("Dates"));
  if (label != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->dates_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->dates_button), "accent");
}

static void
update_status (DlFilterBar *self)
{
  DlCorpus *corpus;
  guint shown, total;
  g_autofree char *text = NULL;

  if (self->filter == NULL || self->shown == NULL)
    return;
  corpus = dl_event_filter_get_corpus (self->filter);
  shown = g_list_model_get_n_items (self->shown);
  total = g_list_model_get_n_items (dl_corpus_get_events (corpus));
  if (shown < total)
    /* TRANSLATORS: how many events the filters leave, of all of them */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u event", "%u of %u events", total),
                            shown, total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", total), total);
  gtk_label_set_label (self->status_label, text);
}

static void
update_hidden_button (DlFilterBar *self)
{
  guint n = dl_event_filter_get_n_hidden (self->filter);
  g_autofree char *label = NULL;

  if (dl_event_filter_get_show_hidden (self->filter))
    /* TRANSLATORS: a button that leaves out again the events the user hid */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Leave Out %u Hidden", "Leave Out %u Hidden", n), n);
  else
    /* TRANSLATORS: a button that shows the events the user hid all the same */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u Hidden", "Show %u Hidden", n), n);
  gtk_button_set_label (self->hidden_button, label);
  gtk_widget_set_visible (GTK_WIDGET (self->hidden_button), n > 0);
}

/* What a date entry holds: %NULL when empty or not a date, and then
 * @valid tells which */
static DlDateSpan *
parse_date_entry (GtkEntry *entry,
                  gboolean *valid)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  DlDateSpan *span = NULL;

  if (text[0] != '\0')
    span = dl_date_span_new_from_value (text, DL_CERTAINTY_STATED);
  if (valid != NULL)
    *valid = text[0] == '\0' || span != NULL;
  return span;
}

/* A date entry shows the filter's end of the range unless it holds
 * something the person is still typing */
static void
sync_date_entry (GtkEntry   *entry,
                 DlDateSpan *span)
{
  g_autoptr(DlDateSpan) typed = parse_date_entry (entry, NULL);

  if (span == NULL && typed != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else if (span != NULL && (typed == NULL || g_strcmp0 (dl_date_span_get_value (typed),
                                                        dl_date_span_get_value (span)) != 0))
    gtk_editable_set_text (GTK_EDITABLE (entry), dl_date_span_get_value (span));
}

static void
filter_changed_cb (DlFilterBar *self)
{
  const char *text = dl_event_filter_get_text (self->filter);

  self->syncing = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  sync_date_entry (self->from_entry, dl_event_filter_get_from (self->filter));
  sync_date_entry (self->to_entry, dl_event_filter_get_to (self->filter));
  self->syncing = FALSE;

  update_actors_button (self);
  update_articles_button (self);
  update_dates_button (self);
  update_hidden_button (self);
  update_status (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), dl_event_filter_is_active (self->filter));
  /* A filter set elsewhere (a context menu) shows where it can be undone */
  if (dl_event_filter_is_active (self->filter))
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
}

/* What the person does ------------------------------------------------------ */

static void
search_changed_cb (DlFilterBar *self)
{
  if (!self->syncing && self->filter != NULL)
    dl_event_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
actors_search_changed_cb (DlFilterBar *self)
{
  gtk_string_filter_set_search (self->actor_names,
                                gtk_editable_get_text (GTK_EDITABLE (self->actors_search)));
}

static void
dates_changed_cb (DlFilterBar *self)
{
  g_autoptr(DlDateSpan) from = NULL;
  g_autoptr(DlDateSpan) to = NULL;
  gboolean from_valid, to_valid;

  if (self->syncing || self->filter == NULL)
    return;
  from = parse_date_entry (self->from_entry, &from_valid);
  to = parse_date_entry (self->to_entry, &to_valid);
  if (from_valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->from_entry), "error");
  if (to_valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
  /* Half-typed dates leave the range as it was */
  if (from_valid && to_valid)
    dl_event_filter_set_range (self->filter, from, to);
}

static void
hidden_clicked_cb (DlFilterBar *self)
{
  if (self->filter != NULL)
    dl_event_filter_set_show_hidden (self->filter, !dl_event_filter_get_show_hidden (self->filter));
}

static void
clear_clicked_cb (DlFilterBar *self)
{
  if (self->filter != NULL)
    dl_event_filter_clear (self->filter);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Closing the bar, with its button or Escape, shows every event again:
 * no filter stays at work out of sight */
static void
search_mode_changed_cb (DlFilterBar *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar) && self->filter != NULL)
    dl_event_filter_clear (self->filter);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE_ENABLED]);
}

/* GObject ------------------------------------------------------------------ */

static void
dl_filter_bar_dispose (GObject *object)
{
  DlFilterBar *self = DL_FILTER_BAR (object);

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DL_TYPE_FILTER_BAR);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->actor_names);

  G_OBJECT_CLASS (dl_filter_bar_parent_class)->dispose (object);
}

static void
dl_filter_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DlFilterBar *self = DL_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE_ENABLED:
      g_value_set_boolean (value, dl_filter_bar_get_search_mode (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_filter_bar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DlFilterBar *self = DL_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE_ENABLED:
      dl_filter_bar_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_filter_bar_class_init (DlFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_filter_bar_dispose;
  object_class->get_property = dl_filter_bar_get_property;
  object_class->set_property = dl_filter_bar_set_property;

  /**
   * DlFilterBar:search-mode-enabled:
   *
   * Whether the bar is shown. Hiding it shows every event again.
   */
  properties[PROP_SEARCH_MODE_ENABLED] =
    g_param_spec_boolean ("search-mode-enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  dl_app_resources_ensure ();

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dl-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, actors_button);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, actors_popover);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, actors_search);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, actors_list);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, articles_button);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, articles_popover);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, articles_list);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, dates_button);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, from_entry);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, to_entry);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, status_label);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, hidden_button);
  gtk_widget_class_bind_template_child (widget_class, DlFilterBar, clear_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "filterbar");
}

/* GtkSearchBar makes its close button without a tooltip: give it one,
 * as every icon-only button has */
static void
explain_close_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) &&
        g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "window-close-symbolic") == 0)
      gtk_widget_set_tooltip_text (child, _("Close the Filter Bar"));
    else
      explain_close_button (child);
}

static void
dl_filter_bar_init (DlFilterBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->actor_names = gtk_string_filter_new (gtk_property_expression_new (DL_TYPE_ACTOR, NULL, "name"));
  gtk_string_filter_set_match_mode (self->actor_names, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  explain_close_button (GTK_WIDGET (self->search_bar));
  setup_choice_list (self, self->actors_list);
  setup_choice_list (self, self->articles_list);

  g_signal_connect_object (self->search_entry, "changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actors_search, "search-changed", G_CALLBACK (actors_search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actors_popover, "show", G_CALLBACK (actors_popover_shown_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->articles_popover, "show", G_CALLBACK (articles_popover_shown_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actors_popover, "hide", G_CALLBACK (choices_popover_hidden_cb),
                           self->actors_list, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->articles_popover, "hide", G_CALLBACK (choices_popover_hidden_cb),
                           self->articles_list, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_entry, "changed", G_CALLBACK (dates_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_entry, "changed", G_CALLBACK (dates_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->hidden_button, "clicked", G_CALLBACK (hidden_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clear_button, "clicked", G_CALLBACK (clear_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Public API --------------------------------------------------------------- */

GtkWidget *
dl_filter_bar_new (void)
{
  return g_object_new (DL_TYPE_FILTER_BAR, NULL);
}

/**
 * dl_filter_bar_set_filter:
 * @filter: the filter the bar drives
 * @shown_events: the events the filter leaves, to count them
 *
 * Can be called once.
 */
void
dl_filter_bar_set_filter (DlFilterBar   *self,
                          DlEventFilter *filter,
                          GListModel    *shown_events)
{
  g_return_if_fail (DL_IS_FILTER_BAR (self));
  g_return_if_fail (DL_IS_EVENT_FILTER (filter));
  g_return_if_fail (G_IS_LIST_MODEL (shown_events));
  g_return_if_fail (self->filter == NULL);

  self->filter = g_object_ref (filter);
  self->shown = g_object_ref (shown_events);
  g_signal_connect_object (filter, "changed", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (shown_events, "items-changed", G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dl_corpus_get_events (dl_event_filter_get_corpus (filter)), "items-changed",
                           G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  filter_changed_cb (self);
}

/**
 * dl_filter_bar_get_filter:
 *
 * Returns: (transfer none) (nullable): the filter the bar drives
 */
DlEventFilter *
dl_filter_bar_get_filter (DlFilterBar *self)
{
  g_return_val_if_fail (DL_IS_FILTER_BAR (self), NULL);
  return self->filter;
}

gboolean
dl_filter_bar_get_search_mode (DlFilterBar *self)
{
  g_return_val_if_fail (DL_IS_FILTER_BAR (self), FALSE);
  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * dl_filter_bar_set_search_mode:
 * @search_mode: %TRUE to show the bar, %FALSE to hide it and show every
 *   event again
 */
void
dl_filter_bar_set_search_mode (DlFilterBar *self,
                               gboolean     search_mode)
{
  g_return_if_fail (DL_IS_FILTER_BAR (self));

  if (search_mode == gtk_search_bar_get_search_mode (self->search_bar))
    return;
  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
  if (search_mode)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * dl_filter_bar_set_key_capture_widget:
 * @widget: (nullable): where typing opens the bar and starts a search
 */
void
dl_filter_bar_set_key_capture_widget (DlFilterBar *self,
                                      GtkWidget   *widget)
{
  g_return_if_fail (DL_IS_FILTER_BAR (self));
  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

/**
 * dl_filter_bar_get_entry:
 *
 * Returns: (transfer none): the search entry
 */
GtkEditable *
dl_filter_bar_get_entry (DlFilterBar *self)
{
  g_return_val_if_fail (DL_IS_FILTER_BAR (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

/**
 * dl_filter_bar_get_status:
 *
 * Returns: what the bar says of the events shown, such as "3 of 12 events"
 */
const char *
dl_filter_bar_get_status (DlFilterBar *self)
{
  g_return_val_if_fail (DL_IS_FILTER_BAR (self), NULL);
  return gtk_label_get_label (self->status_label);
}
