/* dl-mention-chooser.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Split dialog's fields: every mention of an actor with the words
 * around it, to tick those that name someone else, and that other
 * actor's name. Splitting off every mention would only rename the
 * actor, so at least one must stay.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-mention-chooser.h"

/* How far the words around a mention reach, in bytes, at most */
#define CONTEXT_BYTES 160

struct _DlMentionChooser
{
  GtkBox parent_instance;

  AdwEntryRow *name_row;
  GtkLabel *heading;
  GtkListBox *list;
  DlActor *actor;
  GPtrArray *checks;          /* GtkCheckButton, one per mention */
};

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DlMentionChooser, dl_mention_chooser, GTK_TYPE_BOX)

/* Context ----------------------------------------------------------------- */

static gboolean
ends_sentence (const char *p)
{
  return *p == '\n' || ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\n'));
}

/* Back to the start of the sentence, or as far as CONTEXT_BYTES allow */
static const char *
sentence_start (const char *text,
                const char *from,
                gboolean   *cut)
{
  const char *p = from;

  *cut = FALSE;
  while (p > text)
    {
      const char *prev = g_utf8_prev_char (p);

      if (ends_sentence (prev))
        break;
      if (from - prev > CONTEXT_BYTES)
        {
          *cut = TRUE;
          break;
        }
      p = prev;
    }
  while (*p == ' ' || *p == '\n')
    p++;
  return p;
}

static const char *
sentence_end (const char *to,
              gboolean   *cut)
{
  const char *p = to;

  *cut = FALSE;
  while (*p != '\0' && !ends_sentence (p))
    {
      if (p - to > CONTEXT_BYTES)
        {
          *cut = TRUE;
          return p;
        }
      p = g_utf8_next_char (p);
    }
  return *p != '\0' && *p != '\n' ? p + 1 : p;
}

/**
 * dl_mention_dup_context_markup:
 * @start: first code point of the mention
 * @end: code point after it
 *
 * Returns: (transfer full): the sentence of @article round the mention,
 *   as Pango markup with the mention in bold, cut with "…" when long
 */
char *
dl_mention_dup_context_markup (DlArticle *article,
                               guint      start,
                               guint      end)
{
  const char *text = dl_article_get_text (article);
  const char *from = text + dl_article_char_to_byte (article, start);
  const char *to = text + dl_article_char_to_byte (article, end);
  gboolean cut_before, cut_after;
  const char *first = sentence_start (text, from, &cut_before);
  const char *last = sentence_end (to, &cut_after);
  g_autofree char *before = g_markup_escape_text (first, from - first);
  g_autofree char *mention = g_markup_escape_text (from, to - from);
  g_autofree char *after = g_markup_escape_text (to, last - to);

  return g_strdup_printf ("%s%s<b>%s</b>%s%s", cut_before ? "…" : "", before, mention, after,
                          cut_after ? "…" : "");
}

/* Fields ------------------------------------------------------------------ */

static void
emit_changed (DlMentionChooser *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
create_row (DlMentionChooser *self,
            const DlMention  *mention)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *markup = dl_mention_dup_context_markup (mention->article, mention->start, mention->end);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dl_article_get_title (mention->article));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (emit_changed), self);
  g_ptr_array_add (self->checks, check);
  return row;
}

static void
dl_mention_chooser_dispose (GObject *object)
{
  DlMentionChooser *self = DL_MENTION_CHOOSER (object);

  g_clear_object (&self->actor);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (dl_mention_chooser_parent_class)->dispose (object);
}

static void
dl_mention_chooser_class_init (DlMentionChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dl_mention_chooser_dispose;

  /**
   * DlMentionChooser::changed:
   *
   * The name or the mentions chosen changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dl_mention_chooser_init (DlMentionChooser *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *heading = gtk_label_new (NULL);

  self->checks = g_ptr_array_new ();
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name of the New Actor"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->name_row));
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (emit_changed), self);

  self->heading = GTK_LABEL (heading);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 300);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  gtk_box_append (GTK_BOX (self), group);
  gtk_box_append (GTK_BOX (self), heading);
  gtk_box_append (GTK_BOX (self), scrolled);
}

/**
 * dl_mention_chooser_new:
 *
 * Lists the mentions of @actor, none chosen.
 */
GtkWidget *
dl_mention_chooser_new (DlActor *actor)
{
  DlMentionChooser *self;
  g_autofree char *heading = NULL;
  GArray *mentions;

  g_return_val_if_fail (DL_IS_ACTOR (actor), NULL);

  self = g_object_new (DL_TYPE_MENTION_CHOOSER, NULL);
  self->actor = g_object_ref (actor);
  /* TRANSLATORS: above the list of an actor's mentions in the Split dialog */
  heading = g_strdup_printf (_("Mentions of “%s”"), dl_actor_get_name (actor));
  gtk_label_set_label (self->heading, heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  mentions = dl_actor_get_mentions (actor);
  for (guint i = 0; i < mentions->len; i++)
    gtk_list_box_append (self->list, create_row (self, &g_array_index (mentions, DlMention, i)));
  return GTK_WIDGET (self);
}

guint
dl_mention_chooser_get_n_mentions (DlMentionChooser *self)
{
  g_return_val_if_fail (DL_IS_MENTION_CHOOSER (self), 0);
  return self->checks->len;
}

void
dl_mention_chooser_set_chosen (DlMentionChooser *self,
                               guint             index,
                               gboolean          chosen)
{
  g_return_if_fail (DL_IS_MENTION_CHOOSER (self));
  g_return_if_fail (index < self->checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->checks, index), chosen);
}

const char *
dl_mention_chooser_get_name (DlMentionChooser *self)
{
  g_return_val_if_fail (DL_IS_MENTION_CHOOSER (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

void
dl_mention_chooser_set_name (DlMentionChooser *self,
                             const char       *name)
{
  g_return_if_fail (DL_IS_MENTION_CHOOSER (self));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
}

/**
 * dl_mention_chooser_dup_chosen:
 *
 * Returns: (transfer full) (element-type DlMention): the mentions ticked,
 *   in the actor's order
 */
GArray *
dl_mention_chooser_dup_chosen (DlMentionChooser *self)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (DlMention));
  GArray *mentions;

  g_return_val_if_fail (DL_IS_MENTION_CHOOSER (self), chosen);

  mentions = dl_actor_get_mentions (self->actor);
  for (guint i = 0; i < self->checks->len && i < mentions->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_array_append_val (chosen, g_array_index (mentions, DlMention, i));
  return chosen;
}

/**
 * dl_mention_chooser_is_valid:
 *
 * Returns: whether the fields make a split: a name, and some mentions
 *   chosen but not all of them
 */
gboolean
dl_mention_chooser_is_valid (DlMentionChooser *self)
{
  g_autofree char *name = NULL;
  g_autoptr(GArray) chosen = NULL;

  g_return_val_if_fail (DL_IS_MENTION_CHOOSER (self), FALSE);

  name = g_strstrip (g_strdup (dl_mention_chooser_get_name (self)));
  chosen = dl_mention_chooser_dup_chosen (self);
  return *name != '\0' && chosen->len > 0 && chosen->len < self->checks->len;
}
