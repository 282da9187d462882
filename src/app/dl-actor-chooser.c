/* dl-actor-chooser.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of actors to pick one from, with a search entry above it that
 * narrows the list as one types: the Merge dialog's. The first actor
 * left is picked as the list narrows, so that typing a few letters and
 * Enter is enough.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-actor-chooser.h"

struct _DlActorChooser
{
  GtkBox parent_instance;

  GtkSearchEntry *search_entry;
  GtkListBox *list;
  char *folded;               /* the search, case folded */
};

enum { ACTIVATED, CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DlActorChooser, dl_actor_chooser, GTK_TYPE_BOX)

static DlActor *
row_actor (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "actor") : NULL;
}

static gboolean
matches (DlActor    *actor,
         const char *folded)
{
  g_autofree char *name = NULL;
  GPtrArray *aliases;

  if (folded == NULL || *folded == '\0')
    return TRUE;
  name = g_utf8_casefold (dl_actor_get_name (actor), -1);
  if (strstr (name, folded) != NULL)
    return TRUE;
  aliases = dl_actor_get_aliases (actor);
  for (guint i = 0; aliases != NULL && i < aliases->len; i++)
    {
      g_autofree char *alias = g_utf8_casefold (g_ptr_array_index (aliases, i), -1);

      if (strstr (alias, folded) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  DlActorChooser *self = user_data;

  return matches (row_actor (row), self->folded);
}

static GtkListBoxRow *
first_shown_row (DlActorChooser *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && matches (row_actor (GTK_LIST_BOX_ROW (child)), self->folded))
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

static void
search_changed_cb (DlActorChooser *self)
{
  g_free (self->folded);
  self->folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_select_row (self->list, first_shown_row (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
row_selected_cb (DlActorChooser *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
search_activate_cb (DlActorChooser *self)
{
  if (dl_actor_chooser_get_selected (self) != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0);
}

static void
row_activated_cb (DlActorChooser *self,
                  GtkListBoxRow  *row)
{
  gtk_list_box_select_row (self->list, row);
  g_signal_emit (self, signals[ACTIVATED], 0);
}

static GtkWidget *
create_row (DlActor *actor)
{
  GtkWidget *row = adw_action_row_new ();
  guint n = dl_actor_get_n_mentions (actor);
  /* TRANSLATORS: under an actor's name: its kind and how often it is named */
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u mention",
                                                            "%s · %u mentions", n),
                                               dl_actor_kind_to_label (dl_actor_get_kind (actor)), n);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dl_actor_get_name (actor));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "actor", g_object_ref (actor), g_object_unref);
  return row;
}

/* The rows go with the list: no word of it */
static void
dl_actor_chooser_dispose (GObject *object)
{
  DlActorChooser *self = DL_ACTOR_CHOOSER (object);

  g_signal_handlers_disconnect_by_data (self->list, self);

  G_OBJECT_CLASS (dl_actor_chooser_parent_class)->dispose (object);
}

static void
dl_actor_chooser_finalize (GObject *object)
{
  DlActorChooser *self = DL_ACTOR_CHOOSER (object);

  g_free (self->folded);

  G_OBJECT_CLASS (dl_actor_chooser_parent_class)->finalize (object);
}

static void
dl_actor_chooser_class_init (DlActorChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dl_actor_chooser_dispose;
  object_class->finalize = dl_actor_chooser_finalize;

  /**
   * DlActorChooser::activated:
   *
   * An actor was chosen outright: a row activated, or Enter in the
   * search with an actor picked.
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * DlActorChooser::changed:
   *
   * The actor picked changed, or the search hid it or showed it again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dl_actor_chooser_init (DlActorChooser *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search actors"), NULL);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_filter_func (self->list, filter_func, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Actors"), -1);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), FALSE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (self), scrolled);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
}

/**
 * dl_actor_chooser_new:
 * @actors: (element-type DlActor): the actors to choose from
 * @except: (nullable): one of them not to offer (the actor to merge)
 */
GtkWidget *
dl_actor_chooser_new (GListModel *actors,
                      DlActor    *except)
{
  DlActorChooser *self = g_object_new (DL_TYPE_ACTOR_CHOOSER, NULL);
  guint n = g_list_model_get_n_items (actors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (actors, i);

      if (actor != except)
        gtk_list_box_append (self->list, create_row (actor));
    }
  return GTK_WIDGET (self);
}

void
dl_actor_chooser_set_search (DlActorChooser *self,
                             const char     *text)
{
  g_return_if_fail (DL_IS_ACTOR_CHOOSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* Not after the entry's delay: now */
  search_changed_cb (self);
}

/* How many actors the search leaves */
guint
dl_actor_chooser_get_n_shown (DlActorChooser *self)
{
  guint n = 0;

  g_return_val_if_fail (DL_IS_ACTOR_CHOOSER (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && matches (row_actor (GTK_LIST_BOX_ROW (child)), self->folded))
      n++;
  return n;
}

/**
 * dl_actor_chooser_get_selected:
 *
 * Returns: (transfer none) (nullable): the actor picked, if the search
 *   leaves it shown
 */
DlActor *
dl_actor_chooser_get_selected (DlActorChooser *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (DL_IS_ACTOR_CHOOSER (self), NULL);

  row = gtk_list_box_get_selected_row (self->list);
  if (row == NULL || !matches (row_actor (row), self->folded))
    return NULL;
  return row_actor (row);
}

void
dl_actor_chooser_set_selected (DlActorChooser *self,
                               DlActor        *actor)
{
  g_return_if_fail (DL_IS_ACTOR_CHOOSER (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && row_actor (GTK_LIST_BOX_ROW (child)) == actor)
      gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (child));
}
