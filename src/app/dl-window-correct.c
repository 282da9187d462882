/* dl-window-correct.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actions that correct what the extractors found, and their
 * dialogs. The menus of the timeline, the graph and the source pane
 * name these actions with the id of an event, an actor or an article
 * (dl-correct-menu.c); each makes an edit and hands it to
 * dl_window_apply_edit(), which shows the result and offers to undo it.
 * Hiding, deleting and changing a kind need no dialog: they can be
 * undone. The dialogs are modal to the window, Escape cancels them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-actor-chooser.h"
#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-correct-menu.h"
#include "dl-date-span.h"
#include "dl-edit.h"
#include "dl-event-editor.h"
#include "dl-event.h"
#include "dl-mention-chooser.h"
#include "dl-window-private.h"

/* The width of the dialogs with fields, in pixels */
#define DIALOG_WIDTH 520

/* How long a title taken from a selected passage may be, in characters */
#define MAX_TITLE_CHARS 80

/* What the actions name ------------------------------------------------------ */

static DlEvent *
find_event (DlWindow *self,
            GVariant *parameter)
{
  return dl_corpus_find_event (self->corpus, g_variant_get_string (parameter, NULL));
}

static DlActor *
find_actor (DlWindow *self,
            GVariant *parameter)
{
  return dl_corpus_find_actor (self->corpus, g_variant_get_string (parameter, NULL));
}

/* Dialogs -------------------------------------------------------------------- */

static AdwMessageDialog *
new_dialog (DlWindow   *self,
            const char *heading,
            const char *body,
            const char *accept,
            const char *accept_label,
            GtkWidget  *extra)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), accept, accept_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, accept, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, accept);
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (extra != NULL)
    adw_message_dialog_set_extra_child (dialog, extra);
  /* Fields and lists need more room than a question */
  if (extra != NULL)
    gtk_window_set_default_size (GTK_WINDOW (dialog), DIALOG_WIDTH, -1);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

/* The dialog's suggested button only works when its fields make sense */
static void
enable_accept (AdwMessageDialog *dialog,
               gboolean          valid)
{
  adw_message_dialog_set_response_enabled (dialog, adw_message_dialog_get_default_response (dialog), valid);
}

/* Events --------------------------------------------------------------------- */

static void
edit_event_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        DlWindow         *self)
{
  DlEventEditor *editor = DL_EVENT_EDITOR (adw_message_dialog_get_extra_child (dialog));
  DlEvent *event = g_object_get_data (G_OBJECT (dialog), "event");
  g_autoptr(GPtrArray) edits = NULL;

  if (!g_str_equal (response, "save"))
    return;
  edits = dl_event_editor_build_edits (editor, event);
  dl_window_apply_edits (self, edits);
}

static void
editor_changed_cb (DlEventEditor    *editor,
                   AdwMessageDialog *dialog)
{
  enable_accept (dialog, dl_event_editor_is_valid (editor));
}

static DlEventEditor *
new_editor (DlWindow *self)
{
  DlEventEditor *editor = DL_EVENT_EDITOR (dl_event_editor_new ());

  dl_event_editor_set_known_actors (editor, dl_corpus_get_actors (self->corpus));
  return editor;
}

static void
present_event_editor (DlWindow *self,
                      DlEvent  *event)
{
  DlEventEditor *editor = new_editor (self);
  AdwMessageDialog *dialog = new_dialog (self, _("Edit Event"), NULL, "save", _("_Save"), GTK_WIDGET (editor));

  g_object_set_data_full (G_OBJECT (dialog), "event", g_object_ref (event), g_object_unref);
  g_signal_connect_object (editor, "changed", G_CALLBACK (editor_changed_cb), dialog, 0);
  dl_event_editor_load_event (editor, event);
  g_signal_connect_object (dialog, "response", G_CALLBACK (edit_event_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  DlEvent *event = find_event (self, parameter);

  if (event != NULL)
    present_event_editor (self, event);
}

static void
hide_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  DlEvent *event = find_event (self, parameter);
  g_autoptr(DlEdit) edit = NULL;

  if (event == NULL || dl_event_get_hidden (event))
    return;
  edit = dl_edit_new_event_hide (event);
  dl_window_apply_edit (self, edit);
}

static void
delete_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  DlEvent *event = find_event (self, parameter);
  g_autoptr(DlEdit) edit = NULL;

  if (event == NULL)
    return;
  edit = dl_edit_new_event_delete (event);
  dl_window_apply_edit (self, edit);
}

/* Adding an event from a passage ---------------------------------------------- */

/* The passage on one line, cut at a word when long */
static char *
dup_short_title (const char *passage)
{
  g_auto(GStrv) words = g_strsplit_set (passage, " \t\r\n", -1);
  g_autoptr(GString) title = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      glong length = g_utf8_strlen (title->str, -1) + g_utf8_strlen (words[i], -1);

      if (words[i][0] == '\0')
        continue;
      if (title->len > 0 && length >= MAX_TITLE_CHARS)
        {
          g_string_append (title, "…");
          break;
        }
      if (title->len > 0)
        g_string_append_c (title, ' ');
      g_string_append (title, words[i]);
    }
  return g_string_free (g_steal_pointer (&title), FALSE);
}

/* The actors named in the passage */
static GPtrArray *
dup_actors_within (DlWindow  *self,
                   DlArticle *article,
                   guint      start,
                   guint      end)
{
  GListModel *actors = dl_corpus_get_actors (self->corpus);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (actors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (actors, i);
      GArray *mentions = dl_actor_get_mentions (actor);

      for (guint m = 0; m < mentions->len; m++)
        {
          const DlMention *mention = &g_array_index (mentions, DlMention, m);

          if (mention->article == article && mention->start >= start && mention->end <= end)
            {
              g_ptr_array_add (found, g_object_ref (actor));
              break;
            }
        }
    }
  return found;
}

/* The article's own day, for the new event to start from */
static DlDateSpan *
dup_article_day (DlArticle *article)
{
  GDateTime *dct = dl_article_get_dct (article);
  g_autofree char *value = NULL;

  if (dct == NULL)
    return NULL;
  value = g_date_time_format (dct, "%Y-%m-%d");
  return dl_date_span_new_from_value (value, DL_CERTAINTY_STATED);
}

static void
add_event_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       DlWindow         *self)
{
  DlEventEditor *editor = DL_EVENT_EDITOR (adw_message_dialog_get_extra_child (dialog));
  DlArticle *article = g_object_get_data (G_OBJECT (dialog), "article");
  guint start = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "start"));
  guint end = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "end"));
  g_autoptr(DlEdit) edit = NULL;
  DlEvent *added;

  if (!g_str_equal (response, "add") || (edit = dl_event_editor_build_add (editor, article, start, end)) == NULL)
    return;
  dl_window_apply_edit (self, edit);
  /* The new event is shown where it is told */
  added = _dl_window_find_event_at (self, article, start, end);
  if (added != NULL)
    dl_timeline_view_set_selected (self->timeline_view, added);
}

static void
present_add_event (DlWindow  *self,
                   DlArticle *article,
                   guint      start,
                   guint      end)
{
  DlEventEditor *editor = new_editor (self);
  AdwMessageDialog *dialog = new_dialog (self, _("Add Event"), _("The selected passage tells the new event."),
                                         "add", _("_Add"), GTK_WIDGET (editor));
  g_autofree char *passage = dl_article_dup_slice (article, start, end);
  g_autofree char *title = dup_short_title (passage);
  g_autoptr(DlDateSpan) when = dup_article_day (article);
  g_autoptr(GPtrArray) actors = dup_actors_within (self, article, start, end);

  g_object_set_data_full (G_OBJECT (dialog), "article", g_object_ref (article), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "start", GUINT_TO_POINTER (start));
  g_object_set_data (G_OBJECT (dialog), "end", GUINT_TO_POINTER (end));
  g_signal_connect_object (editor, "changed", G_CALLBACK (editor_changed_cb), dialog, 0);
  dl_event_editor_load (editor, title, when, actors);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_event_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_event_from_selection_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  DlArticle *article = dl_source_view_get_article (self->source_view);
  guint start, end;

  if (article == NULL || !dl_source_view_get_selection (self->source_view, &start, &end))
    {
      _dl_window_show_toast (self, _("Select the passage that tells the event first"));
      return;
    }
  present_add_event (self, article, start, end);
}

/* An article's date ------------------------------------------------------------ */

static void
article_date_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          DlWindow         *self)
{
  GtkCalendar *calendar = GTK_CALENDAR (adw_message_dialog_get_extra_child (dialog));
  DlArticle *article = g_object_get_data (G_OBJECT (dialog), "article");
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(DlEdit) edit = NULL;

  if (!g_str_equal (response, "set"))
    return;
  day = gtk_calendar_get_date (calendar);
  date = g_date_time_new_utc (g_date_time_get_year (day), g_date_time_get_month (day),
                              g_date_time_get_day_of_month (day), 0, 0, 0);
  edit = dl_edit_new_article_date (article, date);
  dl_window_apply_edit (self, edit);
}

static void
present_article_date (DlWindow  *self,
                      DlArticle *article)
{
  GtkWidget *calendar = gtk_calendar_new ();
  g_autofree char *body = NULL;
  GDateTime *dct = dl_article_get_dct (article);
  AdwMessageDialog *dialog;

  /* TRANSLATORS: %s is an article's title */
  body = g_strdup_printf (_("The dates “%s” gives relative to its own, such as “yesterday” or "
                            "“on Friday”, are read again from the date you set."),
                          dl_article_get_title (article));
  dialog = new_dialog (self, _("Set Article Date"), body, "set", _("_Set Date"), calendar);
  if (dct != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_new_local (g_date_time_get_year (dct), g_date_time_get_month (dct),
                                                          g_date_time_get_day_of_month (dct), 12, 0, 0);
      gtk_calendar_select_day (GTK_CALENDAR (calendar), local);
    }
  gtk_widget_set_halign (calendar, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (dialog), "article", g_object_ref (article), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (article_date_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_article_date_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  DlArticle *article = dl_corpus_find_article (self->corpus, g_variant_get_string (parameter, NULL));

  if (article != NULL)
    present_article_date (self, article);
}

/* Actors ----------------------------------------------------------------------- */

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DlWindow         *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  DlActor *actor = g_object_get_data (G_OBJECT (dialog), "actor");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(DlEdit) edit = NULL;

  if (!g_str_equal (response, "rename") || *name == '\0' || g_str_equal (name, dl_actor_get_name (actor)))
    return;
  edit = dl_edit_new_actor_rename (actor, name);
  dl_window_apply_edit (self, edit);
}

static void
rename_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  DlActor *actor = g_object_get_data (G_OBJECT (dialog), "actor");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  enable_accept (dialog, *name != '\0' && !g_str_equal (name, dl_actor_get_name (actor)));
}

static void
present_rename (DlWindow *self,
                DlActor  *actor)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *heading = g_strdup_printf (_("Rename “%s”"), dl_actor_get_name (actor));
  AdwMessageDialog *dialog = new_dialog (self, heading,
                                         _("The old name stays as another name of the actor, "
                                           "so that searching still finds it."),
                                         "rename", _("_Rename"), entry);

  g_object_set_data_full (G_OBJECT (dialog), "actor", g_object_ref (actor), g_object_unref);
  gtk_editable_set_text (GTK_EDITABLE (entry), dl_actor_get_name (actor));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New name"), -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (rename_changed_cb), dialog, 0);
  rename_changed_cb (GTK_EDITABLE (entry), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
rename_actor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  DlActor *actor = find_actor (self, parameter);

  if (actor != NULL)
    present_rename (self, actor);
}

static void
set_actor_kind_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  const char *id, *kind_name;
  DlActorKind kind;
  DlActor *actor;
  g_autoptr(DlEdit) edit = NULL;

  g_variant_get (parameter, "(&s&s)", &id, &kind_name);
  actor = dl_corpus_find_actor (self->corpus, id);
  if (actor == NULL || !dl_actor_kind_from_string (kind_name, &kind) || kind == dl_actor_get_kind (actor))
    return;
  edit = dl_edit_new_actor_kind (actor, kind);
  dl_window_apply_edit (self, edit);
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   DlWindow         *self)
{
  DlActorChooser *chooser = DL_ACTOR_CHOOSER (adw_message_dialog_get_extra_child (dialog));
  DlActor *actor = g_object_get_data (G_OBJECT (dialog), "actor");
  DlActor *into = dl_actor_chooser_get_selected (chooser);
  g_autoptr(DlEdit) edit = NULL;

  if (!g_str_equal (response, "merge") || into == NULL || into == actor)
    return;
  edit = dl_edit_new_actor_merge (actor, into);
  dl_window_apply_edit (self, edit);
}

static void
merge_selection_cb (DlActorChooser   *chooser,
                    AdwMessageDialog *dialog)
{
  enable_accept (dialog, dl_actor_chooser_get_selected (chooser) != NULL);
}

static void
merge_activated_cb (DlActorChooser   *chooser,
                    AdwMessageDialog *dialog)
{
  if (dl_actor_chooser_get_selected (chooser) != NULL)
    adw_message_dialog_response (dialog, "merge");
}

static void
present_merge (DlWindow *self,
               DlActor  *actor)
{
  GtkWidget *chooser = dl_actor_chooser_new (dl_corpus_get_actors (self->corpus), actor);
  /* TRANSLATORS: the heading of the Merge dialog, %s is an actor's name */
  g_autofree char *heading = g_strdup_printf (_("Merge “%s” Into…"), dl_actor_get_name (actor));
  AdwMessageDialog *dialog = new_dialog (self, heading,
                                         _("The actor you choose takes its mentions and its events."),
                                         "merge", _("_Merge"), chooser);

  g_object_set_data_full (G_OBJECT (dialog), "actor", g_object_ref (actor), g_object_unref);
  g_signal_connect_object (chooser, "changed", G_CALLBACK (merge_selection_cb), dialog, 0);
  g_signal_connect_object (chooser, "activated", G_CALLBACK (merge_activated_cb), dialog, 0);
  enable_accept (dialog, FALSE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  DlActor *actor = find_actor (self, parameter);

  if (actor != NULL)
    present_merge (self, actor);
}

static void
split_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   DlWindow         *self)
{
  DlMentionChooser *chooser = DL_MENTION_CHOOSER (adw_message_dialog_get_extra_child (dialog));
  DlActor *actor = g_object_get_data (G_OBJECT (dialog), "actor");
  g_autofree char *name = g_strstrip (g_strdup (dl_mention_chooser_get_name (chooser)));
  g_autoptr(GArray) mentions = dl_mention_chooser_dup_chosen (chooser);
  g_autoptr(DlEdit) edit = NULL;

  if (!g_str_equal (response, "split") || !dl_mention_chooser_is_valid (chooser))
    return;
  edit = dl_edit_new_actor_split (actor, mentions, name);
  dl_window_apply_edit (self, edit);
}

static void
split_changed_cb (DlMentionChooser *chooser,
                  AdwMessageDialog *dialog)
{
  enable_accept (dialog, dl_mention_chooser_is_valid (chooser));
}

static void
present_split (DlWindow *self,
               DlActor  *actor)
{
  GtkWidget *chooser = dl_mention_chooser_new (actor);
  /* TRANSLATORS: the heading of the Split dialog, %s is an actor's name */
  g_autofree char *heading = g_strdup_printf (_("Split “%s”"), dl_actor_get_name (actor));
  AdwMessageDialog *dialog = new_dialog (self, heading,
                                         _("Tick the mentions that name someone else, and name them: "
                                           "they become an actor of their own."),
                                         "split", _("_Split"), chooser);

  g_object_set_data_full (G_OBJECT (dialog), "actor", g_object_ref (actor), g_object_unref);
  g_signal_connect_object (chooser, "changed", G_CALLBACK (split_changed_cb), dialog, 0);
  enable_accept (dialog, FALSE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (split_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
split_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  DlActor *actor = find_actor (self, parameter);

  if (actor != NULL && dl_actor_get_n_mentions (actor) > 1)
    present_split (self, actor);
}

/* Setup ---------------------------------------------------------------------- */

void
_dl_window_correct_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-event", "s", edit_event_action);
  gtk_widget_class_install_action (widget_class, "win.hide-event", "s", hide_event_action);
  gtk_widget_class_install_action (widget_class, "win.delete-event", "s", delete_event_action);
  gtk_widget_class_install_action (widget_class, "win.add-event-from-selection", NULL,
                                   add_event_from_selection_action);
  gtk_widget_class_install_action (widget_class, "win.set-article-date", "s", set_article_date_action);
  gtk_widget_class_install_action (widget_class, "win.rename-actor", "s", rename_actor_action);
  gtk_widget_class_install_action (widget_class, "win.set-actor-kind", "(ss)", set_actor_kind_action);
  gtk_widget_class_install_action (widget_class, "win.merge-actor", "s", merge_actor_action);
  gtk_widget_class_install_action (widget_class, "win.split-actor", "s", split_actor_action);
}
