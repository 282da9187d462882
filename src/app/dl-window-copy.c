/* dl-window-copy.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copy (Ctrl+C) on the selected events: a citation of each of their
 * sources (the quote, the article, the event's date and title) on the
 * clipboard as plain text and as HTML together, so that a word
 * processor keeps the quote as a quotation and a text editor gets one
 * clean paragraph per source.
 *
 * The window sees Ctrl+C before the widget with the focus, so that a
 * citation is what the timeline and the graph copy; a widget where text
 * is typed, or where text is selected, keeps its own Ctrl+C.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-article.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-window-private.h"

/* The parts of one citation, plain; the HTML escapes them */
typedef struct
{
  char *quote;
  char *article;
  const char *url;
  const char *date;
  const char *title;
} Citation;

/* A quote as one paragraph: its line breaks and runs of spaces are one
 * space each */
static char *
flatten (const char *text)
{
  GString *flat = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = flat->len > 0;
      else
        {
          if (space)
            g_string_append_c (flat, ' ');
          space = FALSE;
          g_string_append_c (flat, *p);
        }
    }
  return g_string_free (flat, FALSE);
}

static char *
dup_article_title (DlArticle *article)
{
  const char *title = dl_article_get_title (article);

  if (title == NULL || *title == '\0')
    title = dl_article_get_display_name (article);
  /* TRANSLATORS: in a citation, an article that has no title */
  return g_strdup (title != NULL && *title != '\0' ? title : _("Unknown article"));
}

/* “Quote” — Article, 7 July 2017 (Event) */
static void
append_text (GString        *text,
             const Citation *citation)
{
  if (citation->quote != NULL)
    g_string_append_printf (text, "“%s” — %s", citation->quote, citation->article);
  else
    g_string_append (text, citation->title);
  if (citation->date != NULL)
    g_string_append_printf (text, ", %s", citation->date);
  if (citation->quote != NULL)
    g_string_append_printf (text, " (%s)", citation->title);
}

/* <blockquote>Quote</blockquote> <p>— <cite>Article</cite>, 7 July 2017
 * (Event)</p>, the article linked to its address when it has one */
static void
append_html (GString        *html,
             const Citation *citation)
{
  g_autofree char *title = g_markup_escape_text (citation->title, -1);

  if (citation->quote != NULL)
    {
      g_autofree char *quote = g_markup_escape_text (citation->quote, -1);
      g_autofree char *article = g_markup_escape_text (citation->article, -1);
      g_autofree char *url = citation->url != NULL ? g_markup_escape_text (citation->url, -1) : NULL;

      g_string_append_printf (html, "<blockquote><p>%s</p></blockquote>\n<p>— <cite>", quote);
      if (url != NULL)
        g_string_append_printf (html, "<a href=\"%s\">%s</a>", url, article);
      else
        g_string_append (html, article);
      g_string_append (html, "</cite>");
    }
  else
    g_string_append_printf (html, "<p>%s", title);
  if (citation->date != NULL)
    {
      g_autofree char *date = g_markup_escape_text (citation->date, -1);

      g_string_append_printf (html, ", %s", date);
    }
  if (citation->quote != NULL)
    g_string_append_printf (html, " (%s)", title);
  g_string_append (html, "</p>\n");
}

/* A paragraph per source; an event read in no article still has its
 * title and date to cite */
static void
append_event (GString *text,
              GString *html,
              DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);
  GArray *sources = dl_event_get_sources (event);
  g_autofree char *date = when != NULL ? dl_date_span_format (when) : NULL;
  const char *title = dl_event_get_title (event);
  guint n = sources != NULL ? sources->len : 0;

  for (guint i = 0; i < MAX (n, 1); i++)
    {
      const DlSource *source = i < n ? &g_array_index (sources, DlSource, i) : NULL;
      g_autofree char *quote = source != NULL ? flatten (source->quote) : NULL;
      g_autofree char *article = source != NULL ? dup_article_title (source->article) : NULL;
      Citation citation = {
        quote != NULL && *quote != '\0' ? quote : NULL, article,
        source != NULL ? dl_article_get_url (source->article) : NULL,
        date, title != NULL ? title : "",
      };

      if (text->len > 0)
        g_string_append (text, "\n\n");
      append_text (text, &citation);
      append_html (html, &citation);
    }
}

static GdkContentProvider *
build_content (GPtrArray *events)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GString *html = g_string_new (NULL);
  g_autoptr(GBytes) html_bytes = NULL;
  GdkContentProvider *providers[2];

  for (guint i = 0; i < events->len; i++)
    append_event (text, html, g_ptr_array_index (events, i));
  html_bytes = g_string_free_to_bytes (html);
  providers[0] = gdk_content_provider_new_typed (G_TYPE_STRING, text->str);
  providers[1] = gdk_content_provider_new_for_bytes ("text/html", html_bytes);
  return gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  GPtrArray *events = dl_timeline_view_get_selection (self->timeline_view);
  g_autoptr(GdkContentProvider) content = NULL;

  if (events == NULL || events->len == 0)
    return;
  content = build_content (events);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), content);
  _dl_window_show_toast (self, _("Citation copied"));
}

/* Text typed or selected is what Ctrl+C copies there */
static gboolean
copies_own_text (GtkWidget *focus)
{
  if (focus == NULL)
    return FALSE;
  if (GTK_IS_EDITABLE (focus))
    return TRUE;
  if (GTK_IS_TEXT_VIEW (focus))
    return gtk_text_view_get_editable (GTK_TEXT_VIEW (focus)) ||
           gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)));
  if (GTK_IS_LABEL (focus))
    return gtk_label_get_selection_bounds (GTK_LABEL (focus), NULL, NULL);
  return FALSE;
}

static gboolean
copy_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  DlWindow *self = DL_WINDOW (widget);

  if (copies_own_text (gtk_root_get_focus (GTK_ROOT (self))) ||
      dl_timeline_view_get_selected (self->timeline_view) == NULL)
    return FALSE;
  return gtk_widget_activate_action (widget, "win.copy", NULL);
}

static void
update_copy_action (DlWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy",
                                 dl_timeline_view_get_selected (self->timeline_view) != NULL);
}

void
_dl_window_copy_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.copy", NULL, copy_action);
}

void
_dl_window_copy_init (DlWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_c, GDK_CONTROL_MASK),
                                            gtk_callback_action_new (copy_shortcut_cb, NULL, NULL));

  gtk_event_controller_set_name (controller, "dl-window-copy");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (self->timeline_view, "notify::selected", G_CALLBACK (update_copy_action), self,
                           G_CONNECT_SWAPPED);
  update_copy_action (self);
}
