/* dl-source-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows an article's text. For a selected event it shows the passage of
 * one of its sources highlighted, with the event's actors marked inside
 * it, and lets the reader step through the other articles that tell the
 * same event. For a selected actor it marks every mention of the actor,
 * one article at a time. Its header offers the corrections of what it
 * shows (dl-correct-menu.c), and a passage selected in the text can
 * become a new event.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-correct-menu.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-source-view.h"
#include "dl-theme.h"

struct _DlSourceView
{
  AdwBin parent_instance;

  GtkStack *stack;
  GtkLabel *title_label;
  GtkLabel *meta_label;
  GtkRevealer *event_revealer;
  GtkLabel *event_label;
  GtkLabel *event_date_label;
  GtkLabel *source_position_label;
  GtkWidget *source_nav_box;
  GtkMenuButton *correct_button;
  GtkButton *article_date_button;
  GtkRevealer *selection_revealer;
  GtkTextView *text_view;

  GtkTextTag *passage_tag;
  GtkTextTag *actor_tag;

  DlArticle *article;
  DlEvent *event;
  DlActor *actor;
  GArray *stops;        /* Stop: the places the arrows step through */
  guint stop_index;
};

/* A passage of an event, or the first mention of an actor in an article */
typedef struct
{
  DlArticle *article;
  guint start;
  guint end;
} Stop;

G_DEFINE_FINAL_TYPE (DlSourceView, dl_source_view, ADW_TYPE_BIN)

static char *
describe_article (DlArticle *article)
{
  g_autofree char *date = NULL;
  GDateTime *dct = dl_article_get_dct (article);

  if (dct == NULL)
    /* TRANSLATORS: the article's file name, when it has no date */
    return g_strdup_printf (_("Undated · %s"), dl_article_get_display_name (article));

  /* TRANSLATORS: a full date, see g_date_time_format() */
  date = g_date_time_format (dct, _("%-d %B %Y"));
  /* TRANSLATORS: "date · file name" */
  return g_strdup_printf (_("%s · %s"), date, dl_article_get_display_name (article));
}

/* "7 July 2017 · Date stated in the text" */
static char *
describe_when (DlEvent *event)
{
  DlDateSpan *span = dl_event_get_when (event);
  g_autofree char *date = NULL;

  if (span == NULL)
    return g_strdup (dl_certainty_to_label (DL_CERTAINTY_UNKNOWN));
  date = dl_date_span_format (span);
  /* TRANSLATORS: an event's date and how sure it is, "date · certainty" */
  return g_strdup_printf (_("%s · %s"), date, dl_certainty_to_label (dl_date_span_get_certainty (span)));
}

static void
set_article (DlSourceView *self,
             DlArticle    *article)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *meta = NULL;

  if (self->article == article)
    return;
  g_set_object (&self->article, article);

  gtk_text_buffer_set_text (buffer, dl_article_get_text (article), -1);
  gtk_label_set_label (self->title_label, dl_article_get_title (article));
  meta = describe_article (article);
  gtk_label_set_label (self->meta_label, meta);
  /* The target first: the action takes one */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->article_date_button), "s", dl_article_get_id (article));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->article_date_button), "win.set-article-date");
  gtk_stack_set_visible_child_name (self->stack, "article");
}

/* The menu of corrections follows what the header shows */
static void
update_correct_menu (DlSourceView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  if (self->event != NULL)
    dl_correct_menu_append_event (menu, self->event);
  else if (self->actor != NULL)
    dl_correct_menu_append_actor (menu, self->actor);
  gtk_menu_button_set_menu_model (self->correct_button, G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->correct_button),
                               self->event != NULL ? _("Correct the Event") : _("Correct the Actor"));
}

static void
has_selection_cb (DlSourceView  *self,
                  GParamSpec    *pspec,
                  GtkTextBuffer *buffer)
{
  gtk_revealer_set_reveal_child (self->selection_revealer, gtk_text_buffer_get_has_selection (buffer));
}

static void
clear_highlights (DlSourceView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->passage_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->actor_tag, &start, &end);
}

static void
apply_tag (DlSourceView *self,
           GtkTextTag   *tag,
           guint         start,
           guint         end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter from, to;

  gtk_text_buffer_get_iter_at_offset (buffer, &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, (int) end);
  gtk_text_buffer_apply_tag (buffer, tag, &from, &to);
}

/* Marks every mention of the event's actors that lies inside the passage */
static void
highlight_actors (DlSourceView   *self,
                  const DlSource *source)
{
  GPtrArray *actors = dl_event_get_actors (self->event);

  for (guint i = 0; i < actors->len; i++)
    {
      GArray *mentions = dl_actor_get_mentions (g_ptr_array_index (actors, i));

      for (guint m = 0; m < mentions->len; m++)
        {
          const DlMention *mention = &g_array_index (mentions, DlMention, m);

          if (mention->article == source->article &&
              mention->start >= source->start && mention->end <= source->end)
            apply_tag (self, self->actor_tag, mention->start, mention->end);
        }
    }
}

static void
scroll_to_passage (DlSourceView *self,
                   guint         start)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  GtkTextMark *mark;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start);
  mark = gtk_text_buffer_get_mark (buffer, "passage");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "passage", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &iter);
  /* scroll_to_mark waits for the text to be laid out, scroll_to_iter not */
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.05, TRUE, 0.0, 0.3);
}

static void
update_source_navigation (DlSourceView *self)
{
  guint n_stops = self->stops->len;
  g_autofree char *position = NULL;

  gtk_widget_set_visible (self->source_nav_box, n_stops > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "source.previous", self->stop_index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "source.next", self->stop_index + 1 < n_stops);
  if (n_stops > 1 && self->event != NULL)
    /* TRANSLATORS: which of the articles telling this event is shown, "2 of 3" */
    position = g_strdup_printf (_("Source %u of %u"), self->stop_index + 1, n_stops);
  else if (n_stops > 1)
    /* TRANSLATORS: which of the articles naming this actor is shown, "2 of 3" */
    position = g_strdup_printf (_("Article %u of %u"), self->stop_index + 1, n_stops);
  gtk_label_set_label (self->source_position_label, position != NULL ? position : "");
}

/* Marks every mention of the selected actor in the article shown */
static void
highlight_actor_mentions (DlSourceView *self)
{
  GArray *mentions = dl_actor_get_mentions (self->actor);

  for (guint m = 0; m < mentions->len; m++)
    {
      const DlMention *mention = &g_array_index (mentions, DlMention, m);

      if (mention->article == self->article)
        apply_tag (self, self->actor_tag, mention->start, mention->end);
    }
}

static void
show_stop (DlSourceView *self,
           guint         index)
{
  const Stop *stop;

  if (index >= self->stops->len)
    return;
  stop = &g_array_index (self->stops, Stop, index);
  self->stop_index = index;

  set_article (self, stop->article);
  clear_highlights (self);
  if (self->event != NULL)
    {
      DlSource source = { stop->article, stop->start, stop->end, NULL };

      apply_tag (self, self->passage_tag, stop->start, stop->end);
      highlight_actors (self, &source);
    }
  else if (self->actor != NULL)
    highlight_actor_mentions (self);
  scroll_to_passage (self, stop->start);
  update_source_navigation (self);
}

static void
source_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlSourceView *self = DL_SOURCE_VIEW (widget);
  gboolean forward = g_str_equal (action_name, "source.next");

  if (forward)
    show_stop (self, self->stop_index + 1);
  else if (self->stop_index > 0)
    show_stop (self, self->stop_index - 1);
}

static void
update_tag_colors (DlSourceView *self)
{
  DlRenderStyle style = { 0 };
  GdkRGBA passage, actor;

  dl_theme_fill_render_style (GTK_WIDGET (self), &style);
  passage = (GdkRGBA) { style.accent.red, style.accent.green, style.accent.blue,
                        style.high_contrast ? 0.45 : (style.dark ? 0.3 : 0.18) };
  actor = (GdkRGBA) { style.accent.red, style.accent.green, style.accent.blue, 1.0 };
  g_object_set (self->passage_tag, "background-rgba", &passage, NULL);
  g_object_set (self->actor_tag, "underline-rgba", &actor, NULL);
  dl_render_style_clear (&style);
}

static void
dl_source_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (dl_source_view_parent_class)->css_changed (widget, change);
  update_tag_colors (DL_SOURCE_VIEW (widget));
}

static void
dl_source_view_dispose (GObject *object)
{
  DlSourceView *self = (DlSourceView *) object;

  g_clear_object (&self->article);
  g_clear_object (&self->event);
  g_clear_object (&self->actor);
  /* The bin owns the template's root: let it go before the template
   * clears its references, or both would unparent it */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DL_TYPE_SOURCE_VIEW);

  G_OBJECT_CLASS (dl_source_view_parent_class)->dispose (object);
}

static void
dl_source_view_finalize (GObject *object)
{
  DlSourceView *self = (DlSourceView *) object;

  g_clear_pointer (&self->stops, g_array_unref);

  G_OBJECT_CLASS (dl_source_view_parent_class)->finalize (object);
}

static void
dl_source_view_class_init (DlSourceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_source_view_dispose;
  object_class->finalize = dl_source_view_finalize;
  widget_class->css_changed = dl_source_view_css_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dl-source-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, stack);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, event_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, event_label);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, event_date_label);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, source_position_label);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, source_nav_box);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, correct_button);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, article_date_button);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, selection_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlSourceView, text_view);

  gtk_widget_class_install_action (widget_class, "source.previous", NULL, source_step_action);
  gtk_widget_class_install_action (widget_class, "source.next", NULL, source_step_action);
}

/* The text wraps, so it never needs to scroll sideways; but scrolling a
 * passage that starts mid-line into view aligns its first letter with
 * the left edge, cutting the words before it. Keep the text in place. */
static void
keep_left_aligned (GtkAdjustment *hadjustment)
{
  if (gtk_adjustment_get_value (hadjustment) != gtk_adjustment_get_lower (hadjustment))
    gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_lower (hadjustment));
}

/* Selected text can become an event the extractors missed */
static void
add_extra_menu (DlSourceView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  g_menu_append (menu, _("Add _Event from Selection…"), "win.add-event-from-selection");
  gtk_text_view_set_extra_menu (self->text_view, G_MENU_MODEL (menu));
}

static void
dl_source_view_init (DlSourceView *self)
{
  GtkTextBuffer *buffer;
  GtkAdjustment *hadjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->text_view));
  if (hadjustment != NULL)
    g_signal_connect (hadjustment, "value-changed", G_CALLBACK (keep_left_aligned), NULL);
  self->stops = g_array_new (FALSE, FALSE, sizeof (Stop));

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->passage_tag = gtk_text_buffer_create_tag (buffer, "passage", NULL);
  self->actor_tag = gtk_text_buffer_create_tag (buffer, "actor",
                                                "weight", PANGO_WEIGHT_BOLD,
                                                "underline", PANGO_UNDERLINE_SINGLE,
                                                NULL);
  update_tag_colors (self);
  update_source_navigation (self);
  add_extra_menu (self);
  g_signal_connect_object (buffer, "notify::has-selection", G_CALLBACK (has_selection_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dl_source_view_new (void)
{
  return g_object_new (DL_TYPE_SOURCE_VIEW, NULL);
}

/* Forgets the selected event or actor and what the arrows step through */
static void
reset_subject (DlSourceView *self)
{
  g_clear_object (&self->event);
  g_clear_object (&self->actor);
  g_array_set_size (self->stops, 0);
  self->stop_index = 0;
}

static void
show_subject_header (DlSourceView *self,
                     const char   *title,
                     const char   *subtitle)
{
  gtk_label_set_label (self->event_label, title);
  gtk_label_set_label (self->event_date_label, subtitle);
  gtk_revealer_set_reveal_child (self->event_revealer, TRUE);
  update_correct_menu (self);
}

/**
 * dl_source_view_show_article:
 *
 * Shows the whole article, with nothing highlighted.
 */
void
dl_source_view_show_article (DlSourceView *self,
                             DlArticle    *article)
{
  g_return_if_fail (DL_IS_SOURCE_VIEW (self));
  g_return_if_fail (DL_IS_ARTICLE (article));

  reset_subject (self);
  set_article (self, article);
  clear_highlights (self);
  gtk_revealer_set_reveal_child (self->event_revealer, FALSE);
  update_source_navigation (self);
}

/**
 * dl_source_view_show_event:
 *
 * Shows the first passage that tells @event, highlighted.
 */
void
dl_source_view_show_event (DlSourceView *self,
                           DlEvent      *event)
{
  g_autofree char *when = NULL;
  GArray *sources;

  g_return_if_fail (DL_IS_SOURCE_VIEW (self));
  g_return_if_fail (DL_IS_EVENT (event));

  reset_subject (self);
  self->event = g_object_ref (event);
  sources = dl_event_get_sources (event);
  for (guint i = 0; i < sources->len; i++)
    {
      const DlSource *source = &g_array_index (sources, DlSource, i);
      Stop stop = { source->article, source->start, source->end };

      g_array_append_val (self->stops, stop);
    }

  when = describe_when (event);
  show_subject_header (self, dl_event_get_title (event), when);
  update_source_navigation (self);
  show_stop (self, 0);
}

/**
 * dl_source_view_show_actor:
 *
 * Marks every mention of @actor in the first article that names it; the
 * arrows step through the other articles.
 */
void
dl_source_view_show_actor (DlSourceView *self,
                           DlActor      *actor)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autofree char *subtitle = NULL;
  GArray *mentions;

  g_return_if_fail (DL_IS_SOURCE_VIEW (self));
  g_return_if_fail (DL_IS_ACTOR (actor));

  reset_subject (self);
  self->actor = g_object_ref (actor);
  mentions = dl_actor_get_mentions (actor);
  for (guint i = 0; i < mentions->len; i++)
    {
      const DlMention *mention = &g_array_index (mentions, DlMention, i);
      Stop stop = { mention->article, mention->start, mention->end };

      if (g_hash_table_add (seen, mention->article))
        g_array_append_val (self->stops, stop);
    }

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u mention", "%s · %u mentions",
                                           mentions->len),
                              dl_actor_kind_to_label (dl_actor_get_kind (actor)), mentions->len);
  show_subject_header (self, dl_actor_get_name (actor), subtitle);
  update_source_navigation (self);
  show_stop (self, 0);
}

void
dl_source_view_clear (DlSourceView *self)
{
  g_return_if_fail (DL_IS_SOURCE_VIEW (self));

  reset_subject (self);
  g_clear_object (&self->article);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * dl_source_view_get_article:
 *
 * Returns: (transfer none) (nullable): the article shown
 */
DlArticle *
dl_source_view_get_article (DlSourceView *self)
{
  g_return_val_if_fail (DL_IS_SOURCE_VIEW (self), NULL);
  return self->article;
}

/**
 * dl_source_view_get_event:
 *
 * Returns: (transfer none) (nullable): the event whose passage is shown
 */
DlEvent *
dl_source_view_get_event (DlSourceView *self)
{
  g_return_val_if_fail (DL_IS_SOURCE_VIEW (self), NULL);
  return self->event;
}

/**
 * dl_source_view_get_passage:
 * @start: (out): first highlighted code point
 * @end: (out): code point after the highlight
 *
 * Reads the highlight back from the text buffer, as a person sees it.
 *
 * Returns: %TRUE if a passage is highlighted
 */
gboolean
dl_source_view_get_passage (DlSourceView *self,
                            guint        *start,
                            guint        *end)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_val_if_fail (DL_IS_SOURCE_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, self->passage_tag) &&
      !gtk_text_iter_forward_to_tag_toggle (&iter, self->passage_tag))
    return FALSE;
  *start = (guint) gtk_text_iter_get_offset (&iter);
  gtk_text_iter_forward_to_tag_toggle (&iter, self->passage_tag);
  *end = (guint) gtk_text_iter_get_offset (&iter);
  return *end > *start;
}

/* The number of actor mentions highlighted inside the passage */
guint
dl_source_view_count_actor_highlights (DlSourceView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  guint count = 0;

  g_return_val_if_fail (DL_IS_SOURCE_VIEW (self), 0);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    if (gtk_text_iter_starts_tag (&iter, self->actor_tag))
      count++;
  while (gtk_text_iter_forward_to_tag_toggle (&iter, self->actor_tag));
  return count;
}

/**
 * dl_source_view_get_actor:
 *
 * Returns: (transfer none) (nullable): the actor whose mentions are
 *   marked
 */
DlActor *
dl_source_view_get_actor (DlSourceView *self)
{
  g_return_val_if_fail (DL_IS_SOURCE_VIEW (self), NULL);
  return self->actor;
}

/**
 * dl_source_view_get_selection:
 * @start: (out): first code point selected
 * @end: (out): code point after the selection
 *
 * Returns: %TRUE if some of the article's text is selected
 */
gboolean
dl_source_view_get_selection (DlSourceView *self,
                              guint        *start,
                              guint        *end)
{
  GtkTextBuffer *buffer;
  GtkTextIter from, to;

  g_return_val_if_fail (DL_IS_SOURCE_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (self->article == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &from, &to))
    return FALSE;
  *start = (guint) gtk_text_iter_get_offset (&from);
  *end = (guint) gtk_text_iter_get_offset (&to);
  return *end > *start;
}

/**
 * dl_source_view_select:
 * @start: first code point to select
 * @end: code point after the selection
 *
 * Selects that part of the article shown, as a reader would.
 */
void
dl_source_view_select (DlSourceView *self,
                       guint         start,
                       guint         end)
{
  GtkTextBuffer *buffer;
  GtkTextIter from, to;

  g_return_if_fail (DL_IS_SOURCE_VIEW (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, (int) end);
  gtk_text_buffer_select_range (buffer, &from, &to);
}
