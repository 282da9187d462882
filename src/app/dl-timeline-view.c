/* dl-timeline-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The interactive timeline. Geometry comes from DlTimelineLayout and
 * pixels from dl_timeline_render(), exactly as for export; this widget
 * only keeps them current and turns pointer, touch and keys into
 * selection, zoom and pan on a shared DlViewport. Under the timeline it
 * holds a DlTimelineOverview, so that whoever places the view gets the
 * strip with it. dl-timeline-view-private.h lists the other files.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dl-actor.h"
#include "dl-event.h"
#include "dl-theme.h"
#include "dl-timeline-layout.h"
#include "dl-timeline-overview.h"
#include "dl-timeline-render.h"
#include "dl-timeline-view-private.h"
#include "dl-viewport.h"

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_LANES,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DlTimelineView, dl_timeline_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Layout and style -------------------------------------------------------- */

static void
invalidate_layout (DlTimelineView *self)
{
  g_clear_pointer (&self->layout, dl_timeline_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
invalidate_index (DlTimelineView *self)
{
  g_clear_pointer (&self->index, dl_timeline_index_unref);
  invalidate_layout (self);
}

/* The height of the timeline above the overview strip */
int
_dl_timeline_view_timeline_height (DlTimelineView *self)
{
  return gtk_widget_get_height (GTK_WIDGET (self)) - DL_TIMELINE_VIEW_STRIP_HEIGHT;
}

DlTimelineIndex *
_dl_timeline_view_ensure_index (DlTimelineView *self)
{
  if (self->index == NULL)
    self->index = dl_timeline_index_new (self->events, self->lanes);
  return self->index;
}

DlTimelineLayout *
_dl_timeline_view_ensure_layout (DlTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = _dl_timeline_view_timeline_height (self);

  if (self->layout != NULL || width <= 0 || height <= 0)
    return self->layout;
  self->layout = dl_timeline_layout_new_for_index (_dl_timeline_view_ensure_index (self), self->viewport,
                                                   width, height,
                                                   gtk_widget_get_pango_context (GTK_WIDGET (self)));
  return self->layout;
}

/**
 * _dl_timeline_view_time_width:
 *
 * Returns: the width of the time axis: the view's, less the tray of
 *   undated events
 */
double
_dl_timeline_view_time_width (DlTimelineView *self)
{
  DlTimelineLayout *layout = _dl_timeline_view_ensure_layout (self);

  if (layout != NULL)
    return dl_timeline_layout_get_time_width (layout);
  return MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
}

static void
refresh_style (DlTimelineView *self)
{
  dl_render_style_clear (&self->style);
  dl_theme_fill_render_style (GTK_WIDGET (self), &self->style);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
_dl_timeline_view_seconds_per_pixel (DlTimelineView *self)
{
  double width = _dl_timeline_view_time_width (self);

  return (dl_viewport_get_end (self->viewport) - dl_viewport_get_start (self->viewport)) / width;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return dl_event_compare_by_time (*(DlEvent **) a, *(DlEvent **) b);
}

static void
rebuild_sorted (DlTimelineView *self)
{
  guint n = self->events != NULL ? g_list_model_get_n_items (self->events) : 0;

  g_ptr_array_set_size (self->sorted, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (self->events, i);

      if (dl_event_get_when (event) != NULL)
        g_ptr_array_add (self->sorted, g_object_ref (event));
    }
  g_ptr_array_sort (self->sorted, compare_events);
}

/* Drops from the selection what the model no longer has */
static void
prune_selection (DlTimelineView *self)
{
  g_autoptr(GHashTable) present = NULL;
  guint n = self->events != NULL ? g_list_model_get_n_items (self->events) : 0;
  DlEvent *primary;

  if (self->selection->len == 0)
    return;
  present = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  for (guint i = 0; i < n; i++)
    g_hash_table_add (present, g_list_model_get_item (self->events, i));
  for (guint i = self->selection->len; i > 0; i--)
    if (!g_hash_table_contains (present, g_ptr_array_index (self->selection, i - 1)))
      g_ptr_array_remove_index (self->selection, i - 1);
  if (self->selected == NULL || g_ptr_array_find (self->selection, self->selected, NULL))
    return;
  primary = self->selection->len > 0 ? g_ptr_array_index (self->selection, self->selection->len - 1) : NULL;
  _dl_timeline_view_set_primary (self, primary);
}

/* Signal handlers --------------------------------------------------------- */

static void
events_items_changed_cb (DlTimelineView *self,
                         guint           position,
                         guint           removed,
                         guint           added,
                         GListModel     *model)
{
  gboolean had_dated = self->sorted->len > 0;

  rebuild_sorted (self);
  g_clear_pointer (&self->index, dl_timeline_index_unref);
  prune_selection (self);
  g_clear_object (&self->hovered);
  invalidate_layout (self);
  _dl_timeline_view_update_accessible (self);

  /* The first dated events to arrive are brought into view */
  if (!had_dated && self->sorted->len > 0)
    dl_timeline_view_zoom_to_fit (self);
}

static void
viewport_changed_cb (DlTimelineView *self)
{
  invalidate_layout (self);
}

static void
style_manager_changed_cb (DlTimelineView *self)
{
  refresh_style (self);
}

/* Selection --------------------------------------------------------------- */

static void
selection_changed (DlTimelineView *self,
                   gboolean        primary_changed)
{
  double time = self->selected != NULL ? dl_timeline_event_time (self->selected) : NAN;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  dl_timeline_overview_set_marker (DL_TIMELINE_OVERVIEW (self->overview), time);
  _dl_timeline_view_update_accessible (self);
  if (primary_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Makes @event, already selected, the primary selection: the one the
 * window shows and the keys move from */
void
_dl_timeline_view_set_primary (DlTimelineView *self,
                               DlEvent        *event)
{
  if (!g_set_object (&self->selected, event))
    return;
  self->selected_lane = G_MAXUINT;
  selection_changed (self, TRUE);
}

/* Selects @event alone, remembering the lane it was picked in */
void
_dl_timeline_view_select_in_lane (DlTimelineView *self,
                                  DlEvent        *event,
                                  guint           lane)
{
  dl_timeline_view_set_selected (self, event);
  self->selected_lane = lane;
}

/* Emits DlTimelineView::event-activated, for the input handlers */
void
_dl_timeline_view_activate (DlTimelineView *self,
                            DlEvent        *event)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
draw_band (DlTimelineView *self,
           cairo_t        *cr,
           double          height)
{
  double from = MIN (self->band_from, self->band_to);
  double to = MAX (self->band_from, self->band_to);

  cairo_rectangle (cr, floor (from) + 0.5, 0.5, floor (to - from), height - 1);
  dl_color_set_source_alpha (cr, &self->style.accent, 0.18);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  dl_color_set_source (cr, &self->style.accent);
  cairo_stroke (cr);
}

/* GtkWidget --------------------------------------------------------------- */

static void
dl_timeline_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  DlTimelineLayout *layout = _dl_timeline_view_ensure_layout (self);
  cairo_t *cr;

  if (layout != NULL)
    {
      height = _dl_timeline_view_timeline_height (self);
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      dl_timeline_render (cr, layout, &self->style, self->selected, self->hovered);
      for (guint i = 0; i < self->selection->len; i++)
        if (g_ptr_array_index (self->selection, i) != self->selected)
          dl_timeline_render_highlight (cr, layout, &self->style, g_ptr_array_index (self->selection, i));
      if (self->banding && self->drag_moved)
        draw_band (self, cr, height);
      cairo_destroy (cr);
    }
  gtk_widget_snapshot_child (widget, self->overview, snapshot);
}

static void
dl_timeline_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  int strip = orientation == GTK_ORIENTATION_VERTICAL ? DL_TIMELINE_VIEW_STRIP_HEIGHT : 0;

  *minimum = (orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 160) + strip;
  *natural = (orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 360) + strip;
}

static void
dl_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  int strip = MIN (DL_TIMELINE_VIEW_STRIP_HEIGHT, height);

  gtk_widget_allocate (self->overview, width, strip, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, height - strip)));
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
  if (self->layout != NULL &&
      dl_timeline_layout_get_width (self->layout) == width &&
      dl_timeline_layout_get_height (self->layout) == height - strip)
    return;
  invalidate_layout (self);
  if (self->fit_pending && width > 0)
    dl_timeline_view_zoom_to_fit (self);
}

/* The view is one stop for Tab; its strip is for the pointer only */
static gboolean
dl_timeline_view_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  if (gtk_widget_is_focus (widget))
    return FALSE;
  return gtk_widget_grab_focus (widget);
}

static gboolean
dl_timeline_view_grab_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root == NULL || !gtk_widget_is_sensitive (widget))
    return FALSE;
  gtk_root_set_focus (root, widget);
  return TRUE;
}

static void
dl_timeline_view_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  PangoContext *context;
  const PangoFontDescription *font;
  double resolution;

  GTK_WIDGET_CLASS (dl_timeline_view_parent_class)->css_changed (widget, change);

  context = gtk_widget_get_pango_context (widget);
  font = pango_context_get_font_description (context);
  resolution = pango_cairo_context_get_resolution (context);

  /* Colours and accent come from CSS. So does the font, but CSS also
   * changes on hover and focus, where measuring every label again
   * would be wasted. */
  refresh_style (self);
  if (self->font != NULL && font != NULL && pango_font_description_equal (self->font, font) &&
      self->resolution == resolution)
    return;
  g_clear_pointer (&self->font, pango_font_description_free);
  self->font = font != NULL ? pango_font_description_copy (font) : NULL;
  self->resolution = resolution;
  if (self->index != NULL)
    dl_timeline_index_forget_labels (self->index);
  invalidate_layout (self);
}

static void
dl_timeline_view_dispose (GObject *object)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (object);

  _dl_timeline_view_stop_kinetic (self);
  _dl_timeline_view_stop_animation (self);
  g_signal_group_set_target (self->events_signals, NULL);
  g_signal_group_set_target (self->viewport_signals, NULL);
  g_clear_object (&self->events);
  g_clear_object (&self->viewport);
  g_clear_object (&self->selected);
  g_clear_object (&self->hovered);
  g_clear_pointer (&self->layout, dl_timeline_layout_free);
  g_clear_pointer (&self->index, dl_timeline_index_unref);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->overview, gtk_widget_unparent);
  if (self->selection != NULL)
    g_ptr_array_set_size (self->selection, 0);
  if (self->sorted != NULL)
    g_ptr_array_set_size (self->sorted, 0);

  G_OBJECT_CLASS (dl_timeline_view_parent_class)->dispose (object);
}

static void
dl_timeline_view_finalize (GObject *object)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (object);

  g_clear_object (&self->events_signals);
  g_clear_object (&self->viewport_signals);
  g_clear_pointer (&self->sorted, g_ptr_array_unref);
  g_clear_pointer (&self->selection, g_ptr_array_unref);
  g_clear_pointer (&self->font, pango_font_description_free);
  dl_render_style_clear (&self->style);

  G_OBJECT_CLASS (dl_timeline_view_parent_class)->finalize (object);
}

static void
dl_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    case PROP_LANES:
      g_value_set_string (value, dl_timeline_view_get_lanes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_timeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANES:
      dl_timeline_view_set_lanes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_timeline_view_class_init (DlTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_timeline_view_dispose;
  object_class->finalize = dl_timeline_view_finalize;
  object_class->get_property = dl_timeline_view_get_property;
  object_class->set_property = dl_timeline_view_set_property;

  widget_class->snapshot = dl_timeline_view_snapshot;
  widget_class->measure = dl_timeline_view_measure;
  widget_class->size_allocate = dl_timeline_view_size_allocate;
  widget_class->css_changed = dl_timeline_view_css_changed;
  widget_class->query_tooltip = _dl_timeline_view_query_tooltip;
  widget_class->focus = dl_timeline_view_focus;
  widget_class->grab_focus = dl_timeline_view_grab_focus;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, DL_TYPE_EVENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * DlTimelineView:lanes:
   *
   * How events are split into lanes: "none", "actor", "article" or
   * "kind". The "timeline.lanes" action sets it from a menu.
   */
  properties[PROP_LANES] =
    g_param_spec_string ("lanes", NULL, NULL, "none",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DlTimelineView::event-activated:
   * @event: the event
   *
   * A double click or Enter on an event: show where it comes from.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DL_TYPE_EVENT);

  _dl_timeline_view_install_actions (widget_class);
  _dl_timeline_view_install_menu_actions (widget_class);
  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dl_timeline_view_init (DlTimelineView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->pointer_x = -1;
  self->sorted = g_ptr_array_new_with_free_func (g_object_unref);
  self->selection = g_ptr_array_new_with_free_func (g_object_unref);
  self->selected_lane = G_MAXUINT;
  self->overview = dl_timeline_overview_new ();
  gtk_widget_set_parent (self->overview, GTK_WIDGET (self));

  self->events_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->events_signals, "items-changed",
                                 G_CALLBACK (events_items_changed_cb), self, G_CONNECT_SWAPPED);
  self->viewport_signals = g_signal_group_new (DL_TYPE_VIEWPORT);
  g_signal_group_connect_object (self->viewport_signals, "notify::start",
                                 G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->viewport_signals, "notify::end",
                                 G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_manager_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_manager_changed_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  _dl_timeline_view_add_controllers (self);
  _dl_timeline_view_add_menu (self);

  dl_timeline_view_set_viewport (self, NULL);
  dl_render_style_init_light (&self->style);
  _dl_timeline_view_update_accessible (self);
}

/* Public API -------------------------------------------------------------- */

GtkWidget *
dl_timeline_view_new (void)
{
  return g_object_new (DL_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * dl_timeline_view_get_events:
 *
 * Returns: (transfer none) (nullable): the events shown
 */
GListModel *
dl_timeline_view_get_events (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return self->events;
}

/**
 * dl_timeline_view_set_events:
 * @events: (nullable): a #GListModel of #DlEvent; undated ones are not drawn
 *
 * Shows @events, fitting the view to them when they have dates.
 */
void
dl_timeline_view_set_events (DlTimelineView *self,
                             GListModel     *events)
{
  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));

  if (!g_set_object (&self->events, events))
    return;
  g_signal_group_set_target (self->events_signals, events);
  dl_timeline_overview_set_events (DL_TIMELINE_OVERVIEW (self->overview), events);
  g_ptr_array_set_size (self->sorted, 0);
  events_items_changed_cb (self, 0, 0, 0, events);
}

/**
 * dl_timeline_view_get_viewport:
 *
 * Returns: (transfer none): the visible time
 */
DlViewport *
dl_timeline_view_get_viewport (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return self->viewport;
}

/**
 * dl_timeline_view_set_viewport:
 * @viewport: (nullable): a viewport shared with others, or %NULL for one
 *   of the view's own
 */
void
dl_timeline_view_set_viewport (DlTimelineView *self,
                               DlViewport     *viewport)
{
  g_autoptr(DlViewport) own = NULL;

  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (viewport == NULL || DL_IS_VIEWPORT (viewport));

  if (viewport == NULL)
    viewport = own = dl_viewport_new ();
  if (!g_set_object (&self->viewport, viewport))
    return;
  g_signal_group_set_target (self->viewport_signals, viewport);
  dl_timeline_overview_set_viewport (DL_TIMELINE_OVERVIEW (self->overview), viewport);
  _dl_timeline_view_stop_animation (self);
  invalidate_layout (self);
}

/**
 * dl_timeline_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected event
 */
DlEvent *
dl_timeline_view_get_selected (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return self->selected;
}

/**
 * dl_timeline_view_set_selected:
 * @event: (nullable): the event to select alone, or %NULL for none
 *
 * Replaces the selection with @event, which becomes the primary one.
 */
void
dl_timeline_view_set_selected (DlTimelineView *self,
                               DlEvent        *event)
{
  gboolean primary_changed;

  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (event == NULL || DL_IS_EVENT (event));

  if (self->selection->len == (event != NULL ? 1u : 0u) &&
      (event == NULL || g_ptr_array_index (self->selection, 0) == event))
    return;
  g_ptr_array_set_size (self->selection, 0);
  if (event != NULL)
    g_ptr_array_add (self->selection, g_object_ref (event));
  primary_changed = g_set_object (&self->selected, event);
  self->selected_lane = G_MAXUINT;
  selection_changed (self, primary_changed);
}

/**
 * dl_timeline_view_get_selection:
 *
 * Returns: (transfer none) (element-type DlEvent): every selected
 *   event, in the order they were selected; do not change it
 */
GPtrArray *
dl_timeline_view_get_selection (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return self->selection;
}

gboolean
dl_timeline_view_is_selected (DlTimelineView *self,
                              DlEvent        *event)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), FALSE);
  return event != NULL && g_ptr_array_find (self->selection, event, NULL);
}

/**
 * dl_timeline_view_toggle_selected:
 *
 * What Ctrl+click does: adds @event to the selection as its primary
 * event, or takes it out, the last one selected before it becoming the
 * primary one.
 */
void
dl_timeline_view_toggle_selected (DlTimelineView *self,
                                  DlEvent        *event)
{
  DlEvent *primary;

  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (DL_IS_EVENT (event));

  if (!g_ptr_array_remove (self->selection, event))
    {
      g_ptr_array_add (self->selection, g_object_ref (event));
      _dl_timeline_view_set_primary (self, event);
      selection_changed (self, FALSE);
      return;
    }
  primary = self->selection->len > 0 ? g_ptr_array_index (self->selection, self->selection->len - 1) : NULL;
  if (self->selected != event)
    selection_changed (self, FALSE);
  else
    _dl_timeline_view_set_primary (self, primary);
}

/**
 * dl_timeline_view_get_overview:
 *
 * Returns: (transfer none): the strip under the timeline, a
 *   #DlTimelineOverview
 */
GtkWidget *
dl_timeline_view_get_overview (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return self->overview;
}

/**
 * dl_timeline_view_zoom_to_fit:
 *
 * Shows every dated event. Before the view has a size, a guess is used
 * and the fit is done again once the size is known.
 */
void
dl_timeline_view_zoom_to_fit (DlTimelineView *self)
{
  int width;

  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));

  if (self->events == NULL)
    return;
  _dl_timeline_view_stop_animation (self);
  width = gtk_widget_get_width (GTK_WIDGET (self));
  self->fit_pending = width <= 0;
  dl_timeline_fit_viewport (self->viewport, self->events, width > 0 ? width : 800);
}

/**
 * dl_timeline_view_get_layout:
 *
 * Returns: (transfer none) (nullable): the current geometry, or %NULL
 *   before the view has a size
 */
DlTimelineLayout *
dl_timeline_view_get_layout (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return _dl_timeline_view_ensure_layout (self);
}

/**
 * dl_timeline_view_get_lanes:
 *
 * Returns: how events are split into lanes, see #DlTimelineView:lanes
 */
const char *
dl_timeline_view_get_lanes (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return dl_timeline_lanes_to_string (self->lanes);
}

/**
 * dl_timeline_view_set_lanes:
 * @lanes: (nullable): "none", "actor", "article" or "kind"; anything
 *   else is "none"
 */
void
dl_timeline_view_set_lanes (DlTimelineView *self,
                            const char     *lanes)
{
  DlTimelineLanes value = dl_timeline_lanes_from_string (lanes);

  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));

  if (value == self->lanes)
    return;
  self->lanes = value;
  invalidate_index (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}
