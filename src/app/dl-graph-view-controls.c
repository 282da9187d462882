/* dl-graph-view-controls.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widgets DlGraphView holds over its drawing: an options button
 * (find an actor, hide the rarely mentioned, colour and size, the
 * network round one actor) and the popover that lists the events two
 * actors share, each leading to its source.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-actor.h"
#include "dl-event.h"
#include "dl-graph-view-private.h"
#include "dl-relation.h"

#define MAX_LISTED_EVENTS 30
#define MAX_TOOLTIP_EVENTS 5
#define QUOTE_CHARS 160

/* Edges: tooltip and shared events ---------------------------------------- */

static char *
dup_short (const char *text,
           guint       max_chars)
{
  g_autofree char *flat = g_strdup (text != NULL ? text : "");

  g_strdelimit (flat, "\n\t", ' ');
  if (g_utf8_strlen (flat, -1) <= max_chars)
    return g_steal_pointer (&flat);
  return g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (flat, max_chars) - flat), flat);
}

static const char *
edge_name (const DlGraphEdge *edge,
           DlGraphLayout     *layout,
           gboolean           target)
{
  return dl_actor_get_name (dl_graph_layout_get_node (layout, target ? edge->target : edge->source)->actor);
}

/**
 * _dl_graph_view_describe_edge:
 *
 * Returns: (transfer full): the tooltip of an edge: who, how many
 *   shared events, the usual predicate, and the first events
 */
char *
_dl_graph_view_describe_edge (DlGraphView *self,
                              int          index)
{
  const DlGraphEdge *edge = dl_graph_layout_get_edge (self->layout, index);
  GPtrArray *events = dl_relation_get_events (edge->relation);
  const char *label = dl_relation_get_label (edge->relation);
  g_autofree char *a = g_markup_escape_text (edge_name (edge, self->layout, FALSE), -1);
  g_autofree char *b = g_markup_escape_text (edge_name (edge, self->layout, TRUE), -1);
  GString *text = g_string_new (NULL);

  /* TRANSLATORS: the tooltip of an edge of the graph, two actors */
  g_string_append_printf (text, _("<b>%s</b> and <b>%s</b>"), a, b);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, ngettext ("%u shared event", "%u shared events", edge->weight), edge->weight);
  if (label != NULL && *label != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (label, -1);

      /* TRANSLATORS: after the count of shared events: their most frequent verb */
      g_string_append_printf (text, _(" · mostly “%s”"), escaped);
    }
  for (guint i = 0; events != NULL && i < MIN (events->len, MAX_TOOLTIP_EVENTS); i++)
    {
      g_autofree char *title = dup_short (dl_event_get_title (g_ptr_array_index (events, i)), 80);
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      g_string_append_printf (text, "\n• %s", escaped);
    }
  if (events != NULL && events->len > MAX_TOOLTIP_EVENTS)
    g_string_append (text, "\n…");
  return g_string_free (text, FALSE);
}

static void
event_button_clicked_cb (DlGraphView *self,
                         GtkButton   *button)
{
  DlEvent *event = g_object_get_data (G_OBJECT (button), "event");

  gtk_popover_popdown (GTK_POPOVER (self->edge_popover));
  _dl_graph_view_activate_event (self, event);
}

static GtkWidget *
create_event_row (DlGraphView *self,
                  DlEvent     *event)
{
  GArray *sources = dl_event_get_sources (event);
  const char *quote = sources != NULL && sources->len > 0 ? g_array_index (sources, DlSource, 0).quote : NULL;
  g_autofree char *short_quote = dup_short (quote, QUOTE_CHARS);
  g_autofree char *title = g_markup_escape_text (dl_event_get_title (event), -1);
  g_autofree char *escaped = g_markup_escape_text (short_quote, -1);
  g_autofree char *markup = NULL;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  markup = *escaped != '\0' ? g_strdup_printf ("<b>%s</b>\n<i>“%s”</i>", title, escaped)
                            : g_strdup_printf ("<b>%s</b>", title);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Show the source"));
  g_object_set_data_full (G_OBJECT (button), "event", g_object_ref (event), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (event_button_clicked_cb), self, G_CONNECT_SWAPPED);
  return button;
}

static GtkWidget *
create_edge_content (DlGraphView       *self,
                     const DlGraphEdge *edge)
{
  GPtrArray *events = dl_relation_get_events (edge->relation);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autofree char *heading = NULL;
  GtkWidget *title;

  /* TRANSLATORS: heading of the list of events two actors share */
  heading = g_strdup_printf (_("%s and %s"), edge_name (edge, self->layout, FALSE), edge_name (edge, self->layout, TRUE));
  title = gtk_label_new (heading);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  for (guint i = 0; events != NULL && i < MIN (events->len, MAX_LISTED_EVENTS); i++)
    gtk_box_append (GTK_BOX (list), create_event_row (self, g_ptr_array_index (events, i)));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_box_append (GTK_BOX (box), scroller);
  return box;
}

static void
edge_popover_closed_cb (DlGraphView *self)
{
  _dl_graph_view_set_hovered_edge (self, -1);
}

/**
 * _dl_graph_view_show_edge:
 *
 * Opens the list of an edge's shared events, each with its quote, by
 * the middle of the edge.
 */
void
_dl_graph_view_show_edge (DlGraphView *self,
                          int          index)
{
  const DlGraphEdge *edge = dl_graph_layout_get_edge (self->layout, index);
  const DlGraphNode *a = dl_graph_layout_get_node (self->layout, edge->source);
  const DlGraphNode *b = dl_graph_layout_get_node (self->layout, edge->target);
  double x = (a->x + b->x) / 2 * self->transform.scale + self->transform.dx;
  double y = (a->y + b->y) / 2 * self->transform.scale + self->transform.dy;

  gtk_popover_set_child (GTK_POPOVER (self->edge_popover), create_edge_content (self, edge));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->edge_popover), &(GdkRectangle) { x - 2, y - 2, 4, 4 });
  _dl_graph_view_set_hovered_edge (self, index);
  gtk_popover_popup (GTK_POPOVER (self->edge_popover));
}

/* The options popover ----------------------------------------------------- */

static void
search_changed_cb (DlGraphView    *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  gboolean found = dl_graph_view_find (self, text);

  if (found || *text == '\0')
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

/* @target: "kind", "events", or "2" for a number */
static GtkWidget *
create_choice (const char *label,
               const char *action,
               const char *target,
               GtkWidget  *group)
{
  GtkWidget *button = gtk_check_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (g_ascii_isdigit (*target))
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                            g_variant_new_uint32 ((guint32) g_ascii_strtoull (target, NULL, 10)));
  else
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (target));
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), GTK_CHECK_BUTTON (group));
  return button;
}

static void
append_heading (GtkWidget  *box,
                const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (GTK_BOX (box), label);
}

static void
append_choices (GtkWidget         *box,
                const char        *heading,
                const char        *action,
                const char *const *targets,
                const char *const *labels)
{
  GtkWidget *first = NULL;

  append_heading (box, heading);
  for (guint i = 0; targets[i] != NULL; i++)
    {
      GtkWidget *button = create_choice (labels[i], action, targets[i], first);

      first = first != NULL ? first : button;
      gtk_box_append (GTK_BOX (box), button);
    }
}

static GtkWidget *
create_mentions_scale (DlGraphView *self)
{
  GtkAdjustment *adjustment = gtk_adjustment_new (0, 0, 50, 1, 5, 0);
  GtkWidget *scale = gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, adjustment);

  gtk_scale_set_digits (GTK_SCALE (scale), 0);
  gtk_scale_set_draw_value (GTK_SCALE (scale), TRUE);
  gtk_scale_set_value_pos (GTK_SCALE (scale), GTK_POS_RIGHT);
  gtk_widget_set_size_request (scale, 200, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Least mentions"), -1);
  g_object_bind_property (self, "min-mentions", adjustment, "value", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return scale;
}

static GtkWidget *
create_options (DlGraphView *self)
{
  static const char *const color_targets[] = { "kind", "community", NULL };
  static const char *const size_targets[] = { "mentions", "events", NULL };
  static const char *const ego_targets[] = { "0", "1", "2", NULL };
  const char *color_labels[] = { _("Kind"), _("Community"), NULL };
  const char *size_labels[] = { _("Mentions"), _("Events"), NULL };
  const char *ego_labels[] = { _("Every actor"), _("The selected actor and its neighbours"),
                               _("Neighbours of neighbours too"), NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *search = gtk_search_entry_new ();

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  g_object_set (search, "placeholder-text", _("Find an actor"), NULL);
  g_signal_connect_object (search, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), search);

  append_heading (box, _("Hide actors mentioned fewer times than"));
  gtk_box_append (GTK_BOX (box), create_mentions_scale (self));
  append_choices (box, _("Colour by"), "graph.color-by", color_targets, color_labels);
  append_choices (box, _("Size by"), "graph.size-by", size_targets, size_labels);
  append_choices (box, _("Show"), "graph.ego-steps", ego_targets, ego_labels);
  return box;
}

/**
 * _dl_graph_view_init_controls:
 *
 * Creates the options button and the (empty) popover of edges.
 */
void
_dl_graph_view_init_controls (DlGraphView *self)
{
  GtkWidget *popover = gtk_popover_new ();

  gtk_popover_set_child (GTK_POPOVER (popover), create_options (self));
  self->options_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->options_button), "view-more-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->options_button), popover);
  gtk_widget_set_tooltip_text (self->options_button, _("Graph Options"));
  gtk_widget_add_css_class (self->options_button, "osd");
  gtk_widget_add_css_class (self->options_button, "circular");
  gtk_widget_set_parent (self->options_button, GTK_WIDGET (self));

  self->edge_popover = gtk_popover_new ();
  gtk_popover_set_position (GTK_POPOVER (self->edge_popover), GTK_POS_BOTTOM);
  gtk_widget_set_parent (self->edge_popover, GTK_WIDGET (self));
  g_signal_connect_object (self->edge_popover, "closed", G_CALLBACK (edge_popover_closed_cb), self,
                           G_CONNECT_SWAPPED);
}
