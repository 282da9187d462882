/* dl-event-editor.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields of the Edit Event dialog: the title, the date and the
 * actors of an event, and the edits they make. A date is as precise as
 * the fields filled in: a year alone is the whole year, a month without
 * a day the whole month; a second date makes a range, and switching
 * "Dated" off leaves the event undated. Only what the person changed
 * becomes an edit, so that opening the dialog and pressing Save over a
 * date the fields cannot show exactly (a week, a time of day) keeps it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-date-entry.h"
#include "dl-date-span.h"
#include "dl-event-editor.h"
#include "dl-event.h"

struct _DlEventEditor
{
  AdwBin parent_instance;

  AdwEntryRow *title_row;
  GtkSwitch *dated_switch;
  AdwActionRow *start_row;
  GtkBox *start_box;
  AdwActionRow *range_row;
  GtkSwitch *range_switch;
  AdwActionRow *end_row;
  GtkBox *end_box;
  GtkListBox *actors_list;
  GtkEntry *add_entry;
  GtkDropDown *add_kind;
  GtkButton *add_button;

  DlDateEntry *start;
  DlDateEntry *end;
  GListModel *known;          /* DlActor, offered when adding */
  GPtrArray *actors;          /* DlActor, as the fields show them */
  guint loading;
  gboolean when_changed;
  gboolean actors_changed;
};

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DlEventEditor, dl_event_editor, ADW_TYPE_BIN)

static void
emit_changed (DlEventEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Date fields ------------------------------------------------------------- */

static void
date_field_changed_cb (DlEventEditor *self)
{
  if (self->loading > 0)
    return;
  self->when_changed = TRUE;
  emit_changed (self);
}

static DlDateEntry *
add_date_entry (DlEventEditor *self,
                GtkBox        *box,
                const char    *label)
{
  DlDateEntry *entry = DL_DATE_ENTRY (dl_date_entry_new (label));

  gtk_box_append (box, GTK_WIDGET (entry));
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (date_field_changed_cb), self);
  return entry;
}

/* Shows @when in the fields, as exactly as they can */
static void
show_when (DlEventEditor *self,
           DlDateSpan    *when)
{
  const char *value = dl_date_span_get_value (when);
  g_auto(GStrv) ends = g_strsplit (value != NULL ? value : "", "/", 2);
  gboolean range;

  if (g_strv_length (ends) == 2 && dl_date_entry_set_value (self->start, ends[0]) &&
      dl_date_entry_set_value (self->end, ends[1]))
    range = TRUE;
  else if (dl_date_entry_set_value (self->start, value))
    range = FALSE;
  else
    {
      /* A week, a season, a time of day: by its days */
      dl_date_entry_set_time (self->start, dl_date_span_get_start (when));
      dl_date_entry_set_time (self->end, dl_date_span_get_end (when) - 1);
      range = dl_date_span_get_end (when) - dl_date_span_get_start (when) > G_TIME_SPAN_DAY / G_USEC_PER_SEC;
    }
  gtk_switch_set_active (self->range_switch, range);
}

static void
update_date_rows (DlEventEditor *self)
{
  gboolean dated = gtk_switch_get_active (self->dated_switch);
  gboolean range = gtk_switch_get_active (self->range_switch);

  gtk_widget_set_sensitive (GTK_WIDGET (self->start_row), dated);
  gtk_widget_set_sensitive (GTK_WIDGET (self->range_row), dated);
  gtk_widget_set_visible (GTK_WIDGET (self->end_row), range);
  gtk_widget_set_sensitive (GTK_WIDGET (self->end_row), dated);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row), range ? _("From") : _("On"));
  if (dl_event_editor_get_date_valid (self))
    gtk_widget_remove_css_class (GTK_WIDGET (self->start_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->start_row), "error");
}

static void
switch_changed_cb (DlEventEditor *self)
{
  date_field_changed_cb (self);
  update_date_rows (self);
}

static void
date_changed_cb (DlEventEditor *self)
{
  update_date_rows (self);
}

/* Actors ------------------------------------------------------------------ */

static void rebuild_actor_rows (DlEventEditor *self);

static void
remove_clicked_cb (GtkButton     *button,
                   DlEventEditor *self)
{
  DlActor *actor = g_object_get_data (G_OBJECT (button), "actor");
  guint index;

  if (g_ptr_array_find (self->actors, actor, &index))
    dl_event_editor_remove_actor (self, index);
}

static GtkWidget *
create_actor_row (DlEventEditor *self,
                  DlActor       *actor)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  /* TRANSLATORS: a button that takes an actor off an event, %s is its name */
  g_autofree char *tip = g_strdup_printf (_("Remove %s"), dl_actor_get_name (actor));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dl_actor_get_name (actor));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dl_actor_kind_to_label (dl_actor_get_kind (actor)));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, tip);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data_full (G_OBJECT (remove), "actor", g_object_ref (actor), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
rebuild_actor_rows (DlEventEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actors_list))) != NULL)
    gtk_list_box_remove (self->actors_list, child);
  for (guint i = 0; i < self->actors->len; i++)
    gtk_list_box_append (self->actors_list, create_actor_row (self, g_ptr_array_index (self->actors, i)));
  if (self->actors->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No actors"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->actors_list, row);
    }
}

static DlActor *
find_known (DlEventEditor *self,
            const char    *name)
{
  guint n = self->known != NULL ? g_list_model_get_n_items (self->known) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (self->known, i);

      if (g_utf8_collate (dl_actor_get_name (actor), name) == 0)
        return actor;
    }
  return NULL;
}

/* A name the corpus knows brings its kind along */
static void
add_entry_changed_cb (DlEventEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_entry))));
  DlActor *known = find_known (self, name);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), *name != '\0');
  if (known != NULL)
    gtk_drop_down_set_selected (self->add_kind, dl_actor_get_kind (known));
}

static void
add_activated_cb (DlEventEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_entry))));

  if (*name == '\0')
    return;
  dl_event_editor_add_actor (self, name, gtk_drop_down_get_selected (self->add_kind));
  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->add_entry));
}

static void
setup_add_row (DlEventEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (DlActorKind kind = DL_ACTOR_KIND_PERSON; kind <= DL_ACTOR_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, dl_actor_kind_to_label (kind));
  gtk_drop_down_set_model (self->add_kind, G_LIST_MODEL (kinds));
  g_signal_connect_swapped (self->add_entry, "changed", G_CALLBACK (add_entry_changed_cb), self);
  g_signal_connect_swapped (self->add_entry, "activate", G_CALLBACK (add_activated_cb), self);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_activated_cb), self);
}

/* Names of the corpus's actors, completed as they are typed */
static void
setup_completion (DlEventEditor *self)
{
  g_autoptr(GtkEntryCompletion) completion = gtk_entry_completion_new ();
  g_autoptr(GtkListStore) names = gtk_list_store_new (1, G_TYPE_STRING);
  guint n = g_list_model_get_n_items (self->known);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (self->known, i);
      gtk_list_store_insert_with_values (names, NULL, -1, 0, dl_actor_get_name (actor), -1);
    }
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (names));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_inline_completion (completion, TRUE);
  gtk_entry_completion_set_popup_single_match (completion, FALSE);
  gtk_entry_set_completion (self->add_entry, completion);
}

/* GObject ----------------------------------------------------------------- */

static void
dl_event_editor_dispose (GObject *object)
{
  DlEventEditor *self = DL_EVENT_EDITOR (object);

  g_clear_object (&self->known);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DL_TYPE_EVENT_EDITOR);

  G_OBJECT_CLASS (dl_event_editor_parent_class)->dispose (object);
}

static void
dl_event_editor_finalize (GObject *object)
{
  DlEventEditor *self = DL_EVENT_EDITOR (object);

  g_clear_pointer (&self->actors, g_ptr_array_unref);

  G_OBJECT_CLASS (dl_event_editor_parent_class)->finalize (object);
}

static void
dl_event_editor_class_init (DlEventEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_event_editor_dispose;
  object_class->finalize = dl_event_editor_finalize;

  /**
   * DlEventEditor::changed:
   *
   * A field changed: what dl_event_editor_is_valid() says may be new.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dl-event-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, dated_switch);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, start_box);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, range_row);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, range_switch);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, end_box);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, actors_list);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, add_entry);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, add_kind);
  gtk_widget_class_bind_template_child (widget_class, DlEventEditor, add_button);
}

static void
dl_event_editor_init (DlEventEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->actors = g_ptr_array_new_with_free_func (g_object_unref);

  /* TRANSLATORS: the first date of an event, read out before "Day" */
  self->start = add_date_entry (self, self->start_box, _("Date"));
  /* TRANSLATORS: the last date of an event that lasts, read out before "Day" */
  self->end = add_date_entry (self, self->end_box, _("Until"));
  setup_add_row (self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (emit_changed), self);
  g_signal_connect_swapped (self->dated_switch, "notify::active", G_CALLBACK (switch_changed_cb), self);
  g_signal_connect_swapped (self->range_switch, "notify::active", G_CALLBACK (switch_changed_cb), self);
  g_signal_connect (self, "changed", G_CALLBACK (date_changed_cb), NULL);
  rebuild_actor_rows (self);
  update_date_rows (self);
}

/* Public API -------------------------------------------------------------- */

GtkWidget *
dl_event_editor_new (void)
{
  return g_object_new (DL_TYPE_EVENT_EDITOR, NULL);
}

/**
 * dl_event_editor_set_known_actors:
 * @actors: (element-type DlActor): the corpus's actors
 *
 * Names offered when an actor is added; adding one of them adds it, not
 * a new actor of the same name.
 */
void
dl_event_editor_set_known_actors (DlEventEditor *self,
                                  GListModel    *actors)
{
  g_return_if_fail (DL_IS_EVENT_EDITOR (self));
  g_return_if_fail (G_IS_LIST_MODEL (actors));

  g_set_object (&self->known, actors);
  setup_completion (self);
}

/**
 * dl_event_editor_load:
 * @when: (nullable): the date, or %NULL for undated (the fields then
 *   show today, for when the person dates it)
 * @actors: (element-type DlActor) (nullable): who took part
 *
 * Fills the fields; this is no change.
 */
void
dl_event_editor_load (DlEventEditor *self,
                      const char    *title,
                      DlDateSpan    *when,
                      GPtrArray     *actors)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_if_fail (DL_IS_EVENT_EDITOR (self));

  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  dl_date_entry_set_time (self->start, g_date_time_to_unix (now));
  dl_date_entry_set_time (self->end, g_date_time_to_unix (now));
  gtk_switch_set_active (self->range_switch, FALSE);
  if (when != NULL)
    show_when (self, when);
  gtk_switch_set_active (self->dated_switch, when != NULL);
  g_ptr_array_set_size (self->actors, 0);
  for (guint i = 0; actors != NULL && i < actors->len; i++)
    g_ptr_array_add (self->actors, g_object_ref (g_ptr_array_index (actors, i)));
  rebuild_actor_rows (self);
  self->when_changed = FALSE;
  self->actors_changed = FALSE;
  self->loading--;
  update_date_rows (self);
  emit_changed (self);
}

/**
 * dl_event_editor_load_event:
 *
 * Fills the fields from @event.
 */
void
dl_event_editor_load_event (DlEventEditor *self,
                            DlEvent       *event)
{
  g_return_if_fail (DL_IS_EVENT_EDITOR (self));
  g_return_if_fail (DL_IS_EVENT (event));

  dl_event_editor_load (self, dl_event_get_title (event), dl_event_get_when (event),
                        dl_event_get_actors (event));
}

const char *
dl_event_editor_get_title (DlEventEditor *self)
{
  g_return_val_if_fail (DL_IS_EVENT_EDITOR (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->title_row));
}

void
dl_event_editor_set_title (DlEventEditor *self,
                           const char    *title)
{
  g_return_if_fail (DL_IS_EVENT_EDITOR (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
}

void
dl_event_editor_set_dated (DlEventEditor *self,
                           gboolean       dated)
{
  g_return_if_fail (DL_IS_EVENT_EDITOR (self));
  gtk_switch_set_active (self->dated_switch, dated);
}

void
dl_event_editor_set_range (DlEventEditor *self,
                           gboolean       range)
{
  g_return_if_fail (DL_IS_EVENT_EDITOR (self));
  gtk_switch_set_active (self->range_switch, range);
}

/**
 * dl_event_editor_set_date_fields:
 * @end: %TRUE for the fields of the range's end
 * @month: 1 to 12, or 0 for none: the whole year
 * @day: 1 to 31, or 0 for none: the whole month
 *
 * Fills in one date as the person would.
 */
void
dl_event_editor_set_date_fields (DlEventEditor *self,
                                 gboolean       end,
                                 int            year,
                                 int            month,
                                 int            day)
{
  g_return_if_fail (DL_IS_EVENT_EDITOR (self));

  dl_date_entry_set_date (end ? self->end : self->start, year, month, day);
}

/**
 * dl_event_editor_dup_when:
 *
 * Returns: (transfer full) (nullable): the date the fields give, a
 *   stated one; %NULL when undated, or when the fields give no date
 *   (see dl_event_editor_get_date_valid())
 */
DlDateSpan *
dl_event_editor_dup_when (DlEventEditor *self)
{
  g_autoptr(DlDateSpan) start = NULL;
  g_autoptr(DlDateSpan) end = NULL;
  g_autofree char *value = NULL;

  g_return_val_if_fail (DL_IS_EVENT_EDITOR (self), NULL);

  if (!gtk_switch_get_active (self->dated_switch) || (start = dl_date_entry_dup_span (self->start)) == NULL)
    return NULL;
  if (!gtk_switch_get_active (self->range_switch))
    return g_steal_pointer (&start);
  end = dl_date_entry_dup_span (self->end);
  if (end == NULL || dl_date_span_get_end (end) <= dl_date_span_get_end (start))
    return NULL;
  /* An ISO 8601 interval of the two ends, each as precise as given */
  value = g_strdup_printf ("%s/%s", dl_date_span_get_value (start), dl_date_span_get_value (end));
  return dl_date_span_new (value, dl_date_span_get_start (start), dl_date_span_get_end (end),
                           DL_CERTAINTY_STATED);
}

/**
 * dl_event_editor_get_date_valid:
 *
 * Returns: %FALSE when the event is dated but the fields give no date:
 *   a day without a month, a day the month does not have, or a range
 *   that ends before it starts
 */
gboolean
dl_event_editor_get_date_valid (DlEventEditor *self)
{
  g_autoptr(DlDateSpan) when = NULL;

  g_return_val_if_fail (DL_IS_EVENT_EDITOR (self), FALSE);

  if (!gtk_switch_get_active (self->dated_switch))
    return TRUE;
  when = dl_event_editor_dup_when (self);
  return when != NULL;
}

/**
 * dl_event_editor_get_actors:
 *
 * Returns: (transfer none) (element-type DlActor): the actors as the
 *   fields show them: the corpus's, or new ones for names it lacks
 */
GPtrArray *
dl_event_editor_get_actors (DlEventEditor *self)
{
  g_return_val_if_fail (DL_IS_EVENT_EDITOR (self), NULL);
  return self->actors;
}

/**
 * dl_event_editor_add_actor:
 * @kind: the kind of a new actor; an actor the corpus knows by @name
 *   keeps its own unless @kind differs
 *
 * Returns: %FALSE if the event has an actor of that name already
 */
gboolean
dl_event_editor_add_actor (DlEventEditor *self,
                           const char    *name,
                           DlActorKind    kind)
{
  DlActor *known;

  g_return_val_if_fail (DL_IS_EVENT_EDITOR (self), FALSE);
  g_return_val_if_fail (name != NULL && *name != '\0', FALSE);

  for (guint i = 0; i < self->actors->len; i++)
    if (g_utf8_collate (dl_actor_get_name (g_ptr_array_index (self->actors, i)), name) == 0)
      return FALSE;
  known = find_known (self, name);
  if (known != NULL && dl_actor_get_kind (known) == kind)
    g_ptr_array_add (self->actors, g_object_ref (known));
  else
    g_ptr_array_add (self->actors, dl_actor_new (name, kind));
  self->actors_changed = TRUE;
  rebuild_actor_rows (self);
  emit_changed (self);
  return TRUE;
}

void
dl_event_editor_remove_actor (DlEventEditor *self,
                              guint          index)
{
  g_return_if_fail (DL_IS_EVENT_EDITOR (self));
  g_return_if_fail (index < self->actors->len);

  g_ptr_array_remove_index (self->actors, index);
  self->actors_changed = TRUE;
  rebuild_actor_rows (self);
  emit_changed (self);
}

/**
 * dl_event_editor_is_valid:
 *
 * Returns: whether the fields make an event: a title, and a date when
 *   it is dated
 */
gboolean
dl_event_editor_is_valid (DlEventEditor *self)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (DL_IS_EVENT_EDITOR (self), FALSE);

  title = g_strstrip (g_strdup (dl_event_editor_get_title (self)));
  return *title != '\0' && dl_event_editor_get_date_valid (self);
}

static gboolean
same_when (DlDateSpan *a,
           DlDateSpan *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (dl_date_span_get_value (a), dl_date_span_get_value (b)) == 0 &&
         dl_date_span_get_start (a) == dl_date_span_get_start (b) &&
         dl_date_span_get_end (a) == dl_date_span_get_end (b) &&
         dl_date_span_get_certainty (a) == dl_date_span_get_certainty (b);
}

static gboolean
same_actors (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      DlActor *x = g_ptr_array_index (a, i);
      DlActor *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (dl_actor_get_name (x), dl_actor_get_name (y)) != 0 ||
          dl_actor_get_kind (x) != dl_actor_get_kind (y))
        return FALSE;
    }
  return TRUE;
}

/**
 * dl_event_editor_build_edits:
 *
 * Returns: (transfer container) (element-type DlEdit): the edits that
 *   make @event what the fields say: one for each of the title, the
 *   date and the actors the person changed; empty if nothing changed
 *   or the fields are not valid
 */
GPtrArray *
dl_event_editor_build_edits (DlEventEditor *self,
                             DlEvent       *event)
{
  GPtrArray *edits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  g_autoptr(DlDateSpan) when = NULL;

  g_return_val_if_fail (DL_IS_EVENT_EDITOR (self), edits);
  g_return_val_if_fail (DL_IS_EVENT (event), edits);

  if (!dl_event_editor_is_valid (self))
    return edits;
  title = g_strstrip (g_strdup (dl_event_editor_get_title (self)));
  if (g_strcmp0 (title, dl_event_get_title (event)) != 0)
    g_ptr_array_add (edits, dl_edit_new_event_title (event, title));
  when = dl_event_editor_dup_when (self);
  if (self->when_changed && !same_when (when, dl_event_get_when (event)))
    g_ptr_array_add (edits, dl_edit_new_event_date (event, when));
  if (self->actors_changed && !same_actors (self->actors, dl_event_get_actors (event)))
    g_ptr_array_add (edits, dl_edit_new_event_actors (event, self->actors));
  return edits;
}

/**
 * dl_event_editor_build_add:
 * @start: first code point of the passage in @article
 * @end: code point after it
 *
 * Returns: (transfer full) (nullable): the edit that adds the event the
 *   fields describe, told by that passage; %NULL if they are not valid
 */
DlEdit *
dl_event_editor_build_add (DlEventEditor *self,
                           DlArticle     *article,
                           guint          start,
                           guint          end)
{
  g_autofree char *title = NULL;
  g_autoptr(DlDateSpan) when = NULL;

  g_return_val_if_fail (DL_IS_EVENT_EDITOR (self), NULL);

  if (!dl_event_editor_is_valid (self))
    return NULL;
  title = g_strstrip (g_strdup (dl_event_editor_get_title (self)));
  when = dl_event_editor_dup_when (self);
  return dl_edit_new_event_add (article, start, end, title, when, self->actors);
}
