/* dl-timeline-view-describe.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Words for what the timeline shows: the tooltip of an event or a
 * cluster, the citation the context menu copies, and the label and
 * description a screen reader reads for the view and its selection.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-event.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-view-private.h"
#include "dl-tooltip.h"

/* Quotes longer than this are cut in tooltips */
#define TOOLTIP_QUOTE_CHARS 240
/* Actors named in a tooltip or a description before "…" */
#define MAX_ACTORS 6

static const DlSource *
first_source (DlEvent *event)
{
  GArray *sources = dl_event_get_sources (event);

  if (sources == NULL || sources->len == 0)
    return NULL;
  return &g_array_index (sources, DlSource, 0);
}

/**
 * _dl_timeline_view_first_quote:
 *
 * Returns: (nullable): the passage of the first article that tells @event
 */
const char *
_dl_timeline_view_first_quote (DlEvent *event)
{
  const DlSource *source = first_source (event);

  return source != NULL && source->quote != NULL && *source->quote != '\0' ? source->quote : NULL;
}

static char *
join_actors (DlEvent *event)
{
  GPtrArray *actors = dl_event_get_actors (event);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; actors != NULL && i < actors->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      if (i == MAX_ACTORS)
        {
          g_string_append (text, "…");
          break;
        }
      g_string_append (text, dl_actor_get_name (g_ptr_array_index (actors, i)));
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static char *
shorten (const char *text,
         glong       max_chars)
{
  g_autofree char *flat = g_strdup (text);
  g_autofree char *head = NULL;

  /* One paragraph in a tooltip */
  g_strdelimit (flat, "\n\r\t", ' ');
  if (g_utf8_strlen (flat, -1) <= max_chars)
    return g_steal_pointer (&flat);
  head = g_utf8_substring (flat, 0, max_chars - 1);
  return g_strconcat (head, "…", NULL);
}

/**
 * _dl_timeline_view_describe_event:
 *
 * Returns: Pango markup for the tooltip of @event: its title, its date
 *   and how sure that is, its actors and the first quote
 */
char *
_dl_timeline_view_describe_event (DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);
  g_autofree char *date = when != NULL ? dl_date_span_format (when) : NULL;
  g_autofree char *actors = join_actors (event);
  const char *quote = _dl_timeline_view_first_quote (event);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (dl_event_get_title (event), -1);

  g_string_append_printf (text, "<b>%s</b>", title);
  if (date != NULL)
    {
      g_autofree char *line = g_markup_printf_escaped ("\n%s <span alpha=\"70%%\">(%s)</span>", date,
                                                       dl_certainty_to_label (dl_date_span_get_certainty (when)));
      g_string_append (text, line);
    }
  if (actors != NULL)
    {
      g_autofree char *line = g_markup_printf_escaped ("\n%s", actors);
      g_string_append (text, line);
    }
  /* Why several articles' reports count as this one event */
  if (dl_event_get_merge_reason (event) != NULL)
    {
      g_autofree char *line = g_markup_printf_escaped ("\n<span alpha=\"70%%\">%s</span>",
                                                       dl_event_get_merge_reason (event));
      g_string_append (text, line);
    }
  if (quote != NULL)
    {
      g_autofree char *cut = shorten (quote, TOOLTIP_QUOTE_CHARS);
      g_autofree char *line = g_markup_printf_escaped ("\n<i>“%s”</i>", cut);
      g_string_append (text, line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * _dl_timeline_view_format_citation:
 *
 * Returns: one line to paste in a text: title, date, the first quote
 *   and the article it comes from
 */
char *
_dl_timeline_view_format_citation (DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);
  const DlSource *source = first_source (event);
  const char *quote = _dl_timeline_view_first_quote (event);
  g_autofree char *date = when != NULL ? dl_date_span_format (when) : NULL;
  g_autoptr(GString) text = g_string_new (dl_event_get_title (event));

  if (date != NULL)
    g_string_append_printf (text, " (%s)", date);
  g_string_append_c (text, '.');
  if (quote != NULL)
    {
      g_autofree char *flat = shorten (quote, G_MAXLONG);
      g_string_append_printf (text, " “%s”", flat);
    }
  if (source != NULL && source->article != NULL)
    {
      const char *title = dl_article_get_title (source->article);

      if (title == NULL || *title == '\0')
        title = dl_article_get_display_name (source->article);
      /* TRANSLATORS: in a citation, the article an event was read in */
      g_string_append_printf (text, " %s", title != NULL ? title : _("Unknown article"));
      if (title != NULL && !g_str_has_suffix (title, "."))
        g_string_append_c (text, '.');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_selection (DlTimelineView *self)
{
  DlDateSpan *when = dl_event_get_when (self->selected);
  g_autofree char *date = when != NULL ? dl_date_span_format (when) : NULL;
  g_autofree char *actors = join_actors (self->selected);
  g_autoptr(GString) text = g_string_new (NULL);

  if (date != NULL)
    /* TRANSLATORS: the selected event of the timeline: title, date, how sure the date is */
    g_string_printf (text, _("Selected: %s, %s, %s"), dl_event_get_title (self->selected), date,
                     dl_certainty_to_label (dl_date_span_get_certainty (when)));
  else
    /* TRANSLATORS: the selected event of the timeline, which has no date */
    g_string_printf (text, _("Selected: %s, undated"), dl_event_get_title (self->selected));
  if (actors != NULL)
    /* TRANSLATORS: the actors of the selected event */
    g_string_append_printf (text, _("; with %s"), actors);
  if (self->selection->len > 1)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "; %u event selected in all",
                                               "; %u events selected in all", self->selection->len),
                            self->selection->len);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A screen reader reads the label on focus and the description after
 * it; the description follows the selection as the arrows move it. */
void
_dl_timeline_view_update_accessible (DlTimelineView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Timeline, %u event", "Timeline, %u events",
                                        self->sorted->len), self->sorted->len);
  if (self->selected != NULL)
    description = describe_selection (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : _("No event selected"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_SELECTABLE, TRUE,
                                  -1);
}

/* Tooltips ------------------------------------------------------------------ */

static gboolean
cluster_tooltip (DlTimelineLayout *layout,
                 double            x,
                 double            y,
                 GtkTooltip       *tooltip)
{
  const DlTimelineCluster *cluster = dl_timeline_layout_cluster_at (layout, x, y);
  g_autoptr(DlDateSpan) span = NULL;
  g_autofree char *date = NULL;
  g_autofree char *count = NULL;
  g_autofree char *markup = NULL;

  if (cluster == NULL)
    return FALSE;
  span = dl_date_span_new (NULL, cluster->start, cluster->end, DL_CERTAINTY_STATED);
  date = dl_date_span_format (span);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", cluster->count), cluster->count);
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s\n<span alpha=\"70%%\">%s</span>",
                                    count, date, _("Click to zoom in"));
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              floor (cluster->mark.x), floor (cluster->mark.y),
                              ceil (cluster->mark.width), ceil (cluster->mark.height) });
  return TRUE;
}

gboolean
_dl_timeline_view_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_tooltip,
                                 GtkTooltip *tooltip)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  DlTimelineLayout *layout = _dl_timeline_view_ensure_layout (self);
  const DlTimelineItem *item;
  cairo_rectangle_t area;
  DlEvent *event = NULL;
  g_autofree char *markup = NULL;

  if (layout == NULL)
    return FALSE;
  if (keyboard_tooltip && self->selected != NULL &&
      (item = dl_timeline_layout_find_item_in_lane (layout, self->selected, self->selected_lane)) != NULL)
    {
      event = self->selected;
      area = item->mark;
    }
  else if (!keyboard_tooltip && y < _dl_timeline_view_timeline_height (self))
    event = dl_timeline_layout_hit_test (layout, x, y, &area);
  if (event == NULL && !keyboard_tooltip)
    return cluster_tooltip (layout, x, y, tooltip);
  if (event == NULL)
    return FALSE;

  markup = _dl_timeline_view_describe_event (event);
  dl_tooltip_set_wrapped_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              floor (area.x), floor (area.y), ceil (area.width), ceil (area.height) });
  return TRUE;
}
