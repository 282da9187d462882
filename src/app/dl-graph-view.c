/* dl-graph-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actor graph widget. Geometry comes from DlGraphLayout and pixels
 * from dl_graph_render(), the same code the exporter uses; the widget
 * only keeps the view (zoom, pan, hover, selection) and turns input
 * into changes of it. The input side (keys, pointer, touch, scrolling)
 * is in dl-graph-view-input.c.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dl-actor.h"
#include "dl-graph-layout.h"
#include "dl-graph-render.h"
#include "dl-graph-view-private.h"
#include "dl-theme.h"

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DlGraphView, dl_graph_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
update_accessible_label (DlGraphView *self)
{
  guint n = self->layout != NULL ? dl_graph_layout_get_n_nodes (self->layout) : 0;
  g_autofree char *label = g_strdup_printf (ngettext ("Actor graph, %u actor",
                                                      "Actor graph, %u actors", n), n);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
ensure_style (DlGraphView *self)
{
  if (self->style_valid)
    return;
  dl_render_style_clear (&self->style);
  dl_theme_fill_render_style (GTK_WIDGET (self), &self->style);
  self->style_valid = TRUE;
  self->labels_measured = FALSE;
}

static void
apply_pins (DlGraphView *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->pins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int node = dl_graph_layout_find_actor (self->layout, key);
      double *pos = value;

      if (node >= 0)
        dl_graph_layout_move_node (self->layout, node, pos[0], pos[1]);
    }
}

/* Labels are measured with the same kind of context the renderer draws
 * with, so what was placed is what is drawn */
static void
ensure_labels (DlGraphView *self)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoContext *context;

  if (self->labels_measured)
    return;
  font = dl_graph_render_get_font (&self->style);
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  dl_graph_layout_measure_labels (self->layout, context, font);
  g_object_unref (context);
  self->labels_measured = TRUE;
}

gboolean
_dl_graph_view_ensure_layout (DlGraphView *self)
{
  if (self->actors == NULL || self->relations == NULL)
    return FALSE;
  ensure_style (self);
  if (self->layout == NULL)
    {
      self->layout = dl_graph_layout_new (self->actors, self->relations);
      self->labels_measured = FALSE;
      self->fitted = TRUE;
      self->hovered = -1;
      ensure_labels (self);
      apply_pins (self);
      update_accessible_label (self);
    }
  ensure_labels (self);
  return TRUE;
}

int
_dl_graph_view_selected_node (DlGraphView *self)
{
  if (self->layout == NULL || self->selected == NULL)
    return -1;
  return dl_graph_layout_find_actor (self->layout, self->selected);
}

/* Brings layout, fit and labels up to date for the current size */
gboolean
_dl_graph_view_prepare (DlGraphView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  DlGraphRect visible = { 0, 0, width, height };
  DlGraphRect area;

  if (!_dl_graph_view_ensure_layout (self) || width <= 0 || height <= 0)
    return FALSE;
  if (self->fitted)
    {
      dl_graph_render_get_area (width, height, TRUE, &area);
      dl_graph_layout_fit_labelled (self->layout, &area, &visible, _dl_graph_view_selected_node (self),
                                    &self->transform);
    }
  else
    dl_graph_layout_place_labels (self->layout, &self->transform, &visible, _dl_graph_view_selected_node (self));
  return TRUE;
}

static void
invalidate_layout (DlGraphView *self)
{
  g_clear_pointer (&self->layout, dl_graph_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
invalidate_style (DlGraphView *self)
{
  self->style_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
_dl_graph_view_hit_test (DlGraphView *self,
                         double       x,
                         double       y)
{
  if (self->layout == NULL)
    return -1;
  return dl_graph_layout_hit_test (self->layout, &self->transform, x, y);
}

/* Drawing and tooltips */

static void
dl_graph_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  DlGraphRenderState state = { -1, -1, TRUE };
  cairo_t *cr;

  if (!_dl_graph_view_prepare (self))
    return;
  state.selected = _dl_graph_view_selected_node (self);
  state.hovered = self->hovered;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dl_graph_render (cr, self->layout, &self->transform, width, height, &self->style, &state);
  cairo_destroy (cr);
}

static char *
describe_actor (DlActor *actor)
{
  GString *text = g_string_new (NULL);
  GPtrArray *roles = dl_actor_get_roles (actor);
  guint mentions = dl_actor_get_n_mentions (actor);
  guint events = dl_actor_get_n_events (actor);
  g_autofree char *name = g_markup_escape_text (dl_actor_get_name (actor), -1);

  g_string_append_printf (text, "<b>%s</b>\n%s", name, dl_actor_kind_to_label (dl_actor_get_kind (actor)));
  for (guint i = 0; i < roles->len; i++)
    {
      g_autofree char *role = g_markup_escape_text (g_ptr_array_index (roles, i), -1);

      g_string_append_printf (text, i == 0 ? " · %s" : ", %s", role);
    }
  g_string_append_c (text, '\n');
  g_string_append_printf (text, ngettext ("%u mention", "%u mentions", mentions), mentions);
  g_string_append (text, " · ");
  g_string_append_printf (text, ngettext ("%u event", "%u events", events), events);
  return g_string_free (text, FALSE);
}

static gboolean
dl_graph_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);
  const DlGraphNode *node;
  g_autofree char *markup = NULL;
  int index;
  double r;

  if (!_dl_graph_view_prepare (self))
    return FALSE;
  index = keyboard_mode ? _dl_graph_view_selected_node (self) : _dl_graph_view_hit_test (self, x, y);
  if (index < 0)
    return FALSE;

  node = dl_graph_layout_get_node (self->layout, index);
  r = dl_graph_layout_node_radius (node, &self->transform);
  markup = describe_actor (node->actor);
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
    floor (node->x * self->transform.scale + self->transform.dx - r),
    floor (node->y * self->transform.scale + self->transform.dy - r),
    ceil (2 * r), ceil (2 * r) });
  return TRUE;
}

/* GObject */

static void
dl_graph_view_dispose (GObject *object)
{
  DlGraphView *self = (DlGraphView *) object;

  g_clear_object (&self->actors);
  g_clear_object (&self->relations);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->layout, dl_graph_layout_free);
  g_clear_pointer (&self->pins, g_hash_table_unref);

  G_OBJECT_CLASS (dl_graph_view_parent_class)->dispose (object);
}

static void
dl_graph_view_finalize (GObject *object)
{
  DlGraphView *self = (DlGraphView *) object;

  dl_render_style_clear (&self->style);

  G_OBJECT_CLASS (dl_graph_view_parent_class)->finalize (object);
}

static void
dl_graph_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DlGraphView *self = DL_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_graph_view_class_init (DlGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_graph_view_dispose;
  object_class->finalize = dl_graph_view_finalize;
  object_class->get_property = dl_graph_view_get_property;
  widget_class->snapshot = dl_graph_view_snapshot;
  widget_class->query_tooltip = dl_graph_view_query_tooltip;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, DL_TYPE_ACTOR,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _dl_graph_view_install_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "graphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dl_graph_view_init (DlGraphView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->pins = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->hovered = -1;
  self->drag_node = -1;
  self->fitted = TRUE;
  self->transform.scale = 1.0;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  _dl_graph_view_add_controllers (self);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (invalidate_style), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (invalidate_style), self, G_CONNECT_SWAPPED);
  update_accessible_label (self);
}

/* Public API */

GtkWidget *
dl_graph_view_new (void)
{
  return g_object_new (DL_TYPE_GRAPH_VIEW, NULL);
}

DlActor *
dl_graph_view_get_selected (DlGraphView *self)
{
  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), NULL);
  return self->selected;
}

/**
 * dl_graph_view_set_selected:
 * @actor: (nullable): the actor to select, or %NULL to clear
 *
 * Selects @actor: it and its neighbours stand out, the rest fades.
 */
void
dl_graph_view_set_selected (DlGraphView *self,
                            DlActor     *actor)
{
  g_autofree char *description = NULL;

  g_return_if_fail (DL_IS_GRAPH_VIEW (self));
  g_return_if_fail (actor == NULL || DL_IS_ACTOR (actor));

  if (!g_set_object (&self->selected, actor))
    return;
  if (actor != NULL)
    description = g_strdup_printf (_("Selected: %s"), dl_actor_get_name (actor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * dl_graph_view_set_models:
 * @actors: (nullable): a #GListModel of #DlActor
 * @relations: (nullable): a #GListModel of #DlRelation
 *
 * Shows the graph of @actors and @relations, laid out again whenever
 * either changes.
 */
void
dl_graph_view_set_models (DlGraphView *self,
                          GListModel  *actors,
                          GListModel  *relations)
{
  g_return_if_fail (DL_IS_GRAPH_VIEW (self));
  g_return_if_fail (actors == NULL || G_IS_LIST_MODEL (actors));
  g_return_if_fail (relations == NULL || G_IS_LIST_MODEL (relations));

  if (self->actors != NULL)
    g_signal_handlers_disconnect_by_func (self->actors, invalidate_layout, self);
  if (self->relations != NULL)
    g_signal_handlers_disconnect_by_func (self->relations, invalidate_layout, self);
  g_set_object (&self->actors, actors);
  g_set_object (&self->relations, relations);
  if (actors != NULL)
    g_signal_connect_object (actors, "items-changed", G_CALLBACK (invalidate_layout), self, G_CONNECT_SWAPPED);
  if (relations != NULL)
    g_signal_connect_object (relations, "items-changed", G_CALLBACK (invalidate_layout), self, G_CONNECT_SWAPPED);

  g_hash_table_remove_all (self->pins);
  invalidate_layout (self);
}

/**
 * dl_graph_view_get_zoom:
 *
 * Returns: surface pixels per layout unit; changes with zoom actions
 */
double
dl_graph_view_get_zoom (DlGraphView *self)
{
  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), 1.0);

  _dl_graph_view_prepare (self);
  return self->transform.scale;
}

/**
 * dl_graph_view_get_n_nodes:
 *
 * Returns: how many actors the graph shows
 */
guint
dl_graph_view_get_n_nodes (DlGraphView *self)
{
  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), 0);

  return _dl_graph_view_ensure_layout (self) ? dl_graph_layout_get_n_nodes (self->layout) : 0;
}

/**
 * dl_graph_view_get_actor_position:
 *
 * Where @actor's disc is centred, in widget coordinates.
 *
 * Returns: %FALSE when @actor is not in the graph
 */
gboolean
dl_graph_view_get_actor_position (DlGraphView *self,
                                  DlActor     *actor,
                                  double      *x,
                                  double      *y)
{
  const DlGraphNode *node;
  int index;

  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), FALSE);

  if (!_dl_graph_view_prepare (self) || (index = dl_graph_layout_find_actor (self->layout, actor)) < 0)
    return FALSE;
  node = dl_graph_layout_get_node (self->layout, index);
  *x = node->x * self->transform.scale + self->transform.dx;
  *y = node->y * self->transform.scale + self->transform.dy;
  return TRUE;
}

/**
 * dl_graph_view_dup_tooltip_markup:
 *
 * Returns: (transfer full) (nullable): the tooltip shown at @x, @y
 */
char *
dl_graph_view_dup_tooltip_markup (DlGraphView *self,
                                  double       x,
                                  double       y)
{
  int index;

  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), NULL);

  if (!_dl_graph_view_prepare (self) || (index = _dl_graph_view_hit_test (self, x, y)) < 0)
    return NULL;
  return describe_actor (dl_graph_layout_get_node (self->layout, index)->actor);
}
