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
#include <string.h>

#include "dl-actor.h"
#include "dl-event.h"
#include "dl-graph-layout.h"
#include "dl-graph-render.h"
#include "dl-graph-view-private.h"
#include "dl-tooltip.h"
#include "dl-theme.h"

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_COLOR_BY,
  PROP_SIZE_BY,
  PROP_MIN_MENTIONS,
  PROP_EGO_STEPS,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DlGraphView, dl_graph_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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

/* Where the user put the actor of @node, under its name or, renamed
 * since, one of its former names */
static const double *
find_pin (DlGraphView *self,
          DlActor     *actor)
{
  const double *pos = g_hash_table_lookup (self->pins, dl_actor_get_name (actor));
  GPtrArray *aliases = dl_actor_get_aliases (actor);

  for (guint i = 0; pos == NULL && aliases != NULL && i < aliases->len; i++)
    pos = g_hash_table_lookup (self->pins, g_ptr_array_index (aliases, i));
  return pos;
}

static void
apply_pins (DlGraphView *self)
{
  if (g_hash_table_size (self->pins) == 0)
    return;
  for (guint i = 0; i < dl_graph_layout_get_n_nodes (self->layout); i++)
    {
      const double *pos = find_pin (self, dl_graph_layout_get_node (self->layout, i)->actor);

      if (pos != NULL)
        dl_graph_layout_move_node (self->layout, i, pos[0], pos[1]);
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
  self->placed_generation = 0;
}

gboolean
_dl_graph_view_ensure_layout (DlGraphView *self)
{
  if (self->actors == NULL || self->relations == NULL)
    return FALSE;
  ensure_style (self);
  if (self->layout == NULL)
    {
      DlGraphLayoutOptions options;

      dl_graph_layout_options_init (&options);
      options.min_mentions = self->min_mentions;
      options.size_by = self->size_by;
      options.ego = self->ego_steps > 0 ? self->ego : NULL;
      options.ego_steps = self->ego_steps;
      options.previous = self->previous;
      self->layout = dl_graph_layout_new_with_options (self->actors, self->relations, &options);
      g_clear_pointer (&self->previous, dl_graph_layout_free);
      self->labels_measured = FALSE;
      self->hovered_edge = -1;
      self->fitted = TRUE;
      _dl_graph_view_apply_pending_transform (self);
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

/* Placing the labels of a big graph takes a while: not again for a
 * frame that only moves the hover */
static gboolean
labels_placed (DlGraphView *self,
               int          width,
               int          height,
               int          focus)
{
  return self->placed_generation != 0 &&
         self->placed_generation == dl_graph_layout_get_generation (self->layout) &&
         self->placed_width == width && self->placed_height == height && self->placed_focus == focus &&
         self->placed_fitted == self->fitted &&
         memcmp (&self->placed_transform, &self->transform, sizeof self->transform) == 0;
}

/* Brings layout, fit and labels up to date for the current size */
gboolean
_dl_graph_view_prepare (DlGraphView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  DlGraphRect visible = { 0, 0, width, height };
  DlGraphRect area;
  int focus;

  if (!_dl_graph_view_ensure_layout (self) || width <= 0 || height <= 0)
    return FALSE;
  focus = _dl_graph_view_selected_node (self);
  if (labels_placed (self, width, height, focus))
    return TRUE;
  if (self->fitted)
    {
      dl_graph_render_get_area (width, height, TRUE, &area);
      dl_graph_layout_fit_labelled (self->layout, &area, &visible, focus, &self->transform);
    }
  else
    dl_graph_layout_place_labels (self->layout, &self->transform, &visible, focus);
  self->placed_generation = dl_graph_layout_get_generation (self->layout);
  self->placed_width = width;
  self->placed_height = height;
  self->placed_focus = focus;
  self->placed_fitted = self->fitted;
  self->placed_transform = self->transform;
  return TRUE;
}

/* The corpus changed: the next layout grows from this one, so the
 * picture keeps its shape */
static void
invalidate_layout (DlGraphView *self)
{
  if (self->layout != NULL)
    {
      g_clear_pointer (&self->previous, dl_graph_layout_free);
      self->previous = g_steal_pointer (&self->layout);
    }
  if (self->edge_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->edge_popover));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * _dl_graph_view_relayout:
 *
 * The options changed: which actors show, or how big. Actors that stay
 * keep their places.
 */
void
_dl_graph_view_relayout (DlGraphView *self)
{
  invalidate_layout (self);
  self->fitted = TRUE;
  update_accessible_label (self);
}

void
_dl_graph_view_set_hovered_edge (DlGraphView *self,
                                 int          edge)
{
  if (self->hovered_edge == edge)
    return;
  self->hovered_edge = edge;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_dl_graph_view_activate_event (DlGraphView *self,
                               DlEvent     *event)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
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
  DlGraphRenderState state;
  cairo_t *cr;

  if (!_dl_graph_view_prepare (self))
    return;
  dl_graph_render_state_init (&state);
  state.selected = _dl_graph_view_selected_node (self);
  state.hovered = self->hovered;
  state.hovered_edge = self->hovered_edge;
  state.color_by = self->color_by;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dl_graph_render_cached (cr, self->layout, &self->transform, width, height, &self->style, &state, self->cache);
  cairo_destroy (cr);
  gtk_widget_snapshot_child (widget, self->options_button, snapshot);
}

/* The options button sits in the top right corner, over the graph */
static void
dl_graph_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);
  GtkRequisition natural;

  gtk_widget_get_preferred_size (self->options_button, NULL, &natural);
  gtk_widget_size_allocate (self->options_button,
                            &(GtkAllocation) { MAX (width - natural.width - 6, 0), 6, natural.width, natural.height },
                            -1);
  if (self->edge_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->edge_popover));
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
dl_graph_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);

  gtk_widget_measure (self->options_button, orientation, -1, minimum, natural, NULL, NULL);
  *natural = MAX (*natural, 200);
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
  if (index < 0 && !keyboard_mode)
    {
      int edge = dl_graph_layout_hit_test_edge (self->layout, &self->transform, x, y);

      if (edge < 0)
        return FALSE;
      markup = _dl_graph_view_describe_edge (self, edge);
      dl_tooltip_set_wrapped_markup (tooltip, markup);
      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { x - 4, y - 4, 8, 8 });
      return TRUE;
    }
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

/* What a screen reader says as the keyboard moves from actor to actor */
static char *
describe_selection (DlGraphView *self,
                    DlActor     *actor)
{
  guint mentions = dl_actor_get_n_mentions (actor);
  guint events = dl_actor_get_n_events (actor);
  int node = self->layout != NULL ? dl_graph_layout_find_actor (self->layout, actor) : -1;
  guint neighbours = node >= 0 ? dl_graph_layout_get_node (self->layout, node)->degree : 0;
  g_autofree char *n_mentions = g_strdup_printf (ngettext ("%u mention", "%u mentions", mentions), mentions);
  g_autofree char *n_events = g_strdup_printf (ngettext ("%u event", "%u events", events), events);
  g_autofree char *n_neighbours = g_strdup_printf (ngettext ("%u neighbour", "%u neighbours", neighbours),
                                                   neighbours);

  /* TRANSLATORS: read out when an actor of the graph is selected:
   * name, kind, then counts */
  return g_strdup_printf (_("Selected: %s, %s, %s, %s, %s"), dl_actor_get_name (actor),
                          dl_actor_kind_to_label (dl_actor_get_kind (actor)), n_mentions, n_events, n_neighbours);
}

/* GObject */

static void
dl_graph_view_dispose (GObject *object)
{
  DlGraphView *self = (DlGraphView *) object;

  g_clear_object (&self->actors);
  g_clear_object (&self->relations);
  g_clear_object (&self->selected);
  g_clear_object (&self->ego);
  g_clear_pointer (&self->layout, dl_graph_layout_free);
  g_clear_pointer (&self->previous, dl_graph_layout_free);
  g_clear_pointer (&self->cache, dl_graph_render_cache_free);
  g_clear_pointer (&self->pins, g_hash_table_unref);
  g_clear_pointer (&self->options_button, gtk_widget_unparent);
  g_clear_pointer (&self->edge_popover, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);

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
    case PROP_COLOR_BY:
      g_value_set_string (value, self->color_by == DL_GRAPH_COLOR_BY_COMMUNITY ? "community" : "kind");
      break;
    case PROP_SIZE_BY:
      g_value_set_string (value, self->size_by == DL_GRAPH_SIZE_BY_EVENTS ? "events" : "mentions");
      break;
    case PROP_MIN_MENTIONS:
      g_value_set_uint (value, self->min_mentions);
      break;
    case PROP_EGO_STEPS:
      g_value_set_uint (value, self->ego_steps);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_color_by (DlGraphView *self,
              const char  *name)
{
  DlGraphColorBy color_by = g_strcmp0 (name, "community") == 0 ? DL_GRAPH_COLOR_BY_COMMUNITY
                                                               : DL_GRAPH_COLOR_BY_KIND;

  if (self->color_by == color_by)
    return;
  self->color_by = color_by;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_BY]);
}

static void
set_size_by (DlGraphView *self,
             const char  *name)
{
  DlGraphSizeBy size_by = g_strcmp0 (name, "events") == 0 ? DL_GRAPH_SIZE_BY_EVENTS : DL_GRAPH_SIZE_BY_MENTIONS;

  if (self->size_by == size_by)
    return;
  self->size_by = size_by;
  _dl_graph_view_relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE_BY]);
}

static void
set_min_mentions (DlGraphView *self,
                  guint        min_mentions)
{
  if (self->min_mentions == min_mentions)
    return;
  self->min_mentions = min_mentions;
  _dl_graph_view_relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_MENTIONS]);
}

/* The ego network is drawn round the actor selected when it is asked
 * for, or the biggest one; a new picture, so no growing from the old */
static void
set_ego_steps (DlGraphView *self,
               guint        steps)
{
  steps = MIN (steps, 2);
  if (self->ego_steps == steps)
    return;
  if (steps > 0 && self->selected != NULL)
    g_set_object (&self->ego, self->selected);
  else if (steps > 0 && self->ego == NULL && _dl_graph_view_ensure_layout (self) &&
           dl_graph_layout_get_n_nodes (self->layout) > 0)
    g_set_object (&self->ego, dl_graph_layout_get_node (self->layout, dl_graph_layout_get_size_order (self->layout)[0])->actor);
  self->ego_steps = steps;
  g_clear_pointer (&self->layout, dl_graph_layout_free);
  _dl_graph_view_relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EGO_STEPS]);
}

static void
dl_graph_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DlGraphView *self = DL_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_COLOR_BY:
      set_color_by (self, g_value_get_string (value));
      break;
    case PROP_SIZE_BY:
      set_size_by (self, g_value_get_string (value));
      break;
    case PROP_MIN_MENTIONS:
      set_min_mentions (self, g_value_get_uint (value));
      break;
    case PROP_EGO_STEPS:
      set_ego_steps (self, g_value_get_uint (value));
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
  object_class->set_property = dl_graph_view_set_property;
  widget_class->snapshot = dl_graph_view_snapshot;
  widget_class->query_tooltip = dl_graph_view_query_tooltip;
  widget_class->size_allocate = dl_graph_view_size_allocate;
  widget_class->measure = dl_graph_view_measure;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, DL_TYPE_ACTOR,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR_BY] =
    g_param_spec_string ("color-by", NULL, NULL, "kind",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE_BY] =
    g_param_spec_string ("size-by", NULL, NULL, "events",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIN_MENTIONS] =
    g_param_spec_uint ("min-mentions", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EGO_STEPS] =
    g_param_spec_uint ("ego-steps", NULL, NULL, 0, 2, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DlGraphView::event-activated:
   * @event: an event shared by the actors of an edge
   *
   * The user asked for an event's source, from the list of an edge's
   * shared events.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DL_TYPE_EVENT);

  gtk_widget_class_install_property_action (widget_class, "graph.color-by", "color-by");
  gtk_widget_class_install_property_action (widget_class, "graph.size-by", "size-by");
  gtk_widget_class_install_property_action (widget_class, "graph.ego-steps", "ego-steps");

  _dl_graph_view_install_actions (widget_class);
  _dl_graph_view_install_menu_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "graphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dl_graph_view_init (DlGraphView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->pins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cache = dl_graph_render_cache_new ();
  self->size_by = DL_GRAPH_SIZE_BY_EVENTS;
  self->hovered = -1;
  self->hovered_edge = -1;
  self->drag_node = -1;
  self->fitted = TRUE;
  self->transform.scale = 1.0;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  _dl_graph_view_add_controllers (self);
  _dl_graph_view_add_menu (self);
  _dl_graph_view_init_controls (self);

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
    description = describe_selection (self, actor);
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

  if (!_dl_graph_view_prepare (self))
    return NULL;
  if ((index = _dl_graph_view_hit_test (self, x, y)) >= 0)
    return describe_actor (dl_graph_layout_get_node (self->layout, index)->actor);
  if ((index = dl_graph_layout_hit_test_edge (self->layout, &self->transform, x, y)) >= 0)
    return _dl_graph_view_describe_edge (self, index);
  return NULL;
}

/**
 * dl_graph_view_find:
 * @text: part of a name, in any case
 *
 * Selects the biggest actor whose name or an alias contains @text.
 *
 * Returns: %TRUE if one was found
 */
gboolean
dl_graph_view_find (DlGraphView *self,
                    const char  *text)
{
  g_autofree char *needle = NULL;
  const guint *order;

  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), FALSE);

  if (text == NULL || *text == '\0' || !_dl_graph_view_ensure_layout (self))
    return FALSE;
  needle = g_utf8_casefold (text, -1);
  order = dl_graph_layout_get_size_order (self->layout);
  for (guint i = 0; i < dl_graph_layout_get_n_nodes (self->layout); i++)
    {
      DlActor *actor = dl_graph_layout_get_node (self->layout, order[i])->actor;
      GPtrArray *aliases = dl_actor_get_aliases (actor);
      g_autofree char *name = g_utf8_casefold (dl_actor_get_name (actor), -1);
      gboolean found = strstr (name, needle) != NULL;

      for (guint a = 0; !found && aliases != NULL && a < aliases->len; a++)
        {
          g_autofree char *alias = g_utf8_casefold (g_ptr_array_index (aliases, a), -1);

          found = strstr (alias, needle) != NULL;
        }
      if (found)
        {
          dl_graph_view_set_selected (self, actor);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * dl_graph_view_get_n_edges:
 *
 * Returns: how many edges the graph shows
 */
guint
dl_graph_view_get_n_edges (DlGraphView *self)
{
  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), 0);

  return _dl_graph_view_ensure_layout (self) ? dl_graph_layout_get_n_edges (self->layout) : 0;
}

static int
find_edge (DlGraphView *self,
           DlActor     *a,
           DlActor     *b)
{
  int na, nb;

  if (!_dl_graph_view_prepare (self))
    return -1;
  na = dl_graph_layout_find_actor (self->layout, a);
  nb = dl_graph_layout_find_actor (self->layout, b);
  return na >= 0 && nb >= 0 ? dl_graph_layout_find_edge (self->layout, na, nb) : -1;
}

/**
 * dl_graph_view_get_edge_position:
 *
 * Where the middle of the edge between @a and @b is, in widget
 * coordinates.
 *
 * Returns: %FALSE when there is no such edge
 */
gboolean
dl_graph_view_get_edge_position (DlGraphView *self,
                                 DlActor     *a,
                                 DlActor     *b,
                                 double      *x,
                                 double      *y)
{
  const DlGraphEdge *edge;
  const DlGraphNode *na, *nb;
  int index;

  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), FALSE);

  if ((index = find_edge (self, a, b)) < 0)
    return FALSE;
  edge = dl_graph_layout_get_edge (self->layout, index);
  na = dl_graph_layout_get_node (self->layout, edge->source);
  nb = dl_graph_layout_get_node (self->layout, edge->target);
  *x = (na->x + nb->x) / 2 * self->transform.scale + self->transform.dx;
  *y = (na->y + nb->y) / 2 * self->transform.scale + self->transform.dy;
  return TRUE;
}

/**
 * dl_graph_view_show_shared_events:
 *
 * Opens the list of the events @a and @b share, as a click on their
 * edge does.
 */
void
dl_graph_view_show_shared_events (DlGraphView *self,
                                  DlActor     *a,
                                  DlActor     *b)
{
  int index;

  g_return_if_fail (DL_IS_GRAPH_VIEW (self));

  if ((index = find_edge (self, a, b)) >= 0)
    _dl_graph_view_show_edge (self, index);
}
