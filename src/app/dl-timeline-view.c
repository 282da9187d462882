/* dl-timeline-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The interactive timeline. Geometry comes from DlTimelineLayout and
 * pixels from dl_timeline_render(), exactly as for export; this widget
 * only keeps them current and turns pointer, touch and keys into
 * selection, zoom and pan on a shared DlViewport. The input side (keys,
 * pointer, touch, scrolling) is in dl-timeline-view-input.c.
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

DlTimelineLayout *
_dl_timeline_view_ensure_layout (DlTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout != NULL || width <= 0 || height <= 0)
    return self->layout;
  if (self->index == NULL)
    self->index = dl_timeline_index_new (self->events, self->lanes);
  self->layout = dl_timeline_layout_new_for_index (self->index, self->viewport, width, height,
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

double
_dl_timeline_view_event_time (DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);

  if (when == NULL)
    return NAN;
  return dl_date_span_is_instant (when) ? dl_date_span_get_middle (when) : dl_date_span_get_start (when);
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

static gboolean
model_contains (GListModel *model,
                DlEvent    *event)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) item = g_list_model_get_item (model, i);

      if (item == event)
        return TRUE;
    }
  return FALSE;
}

static void
update_accessible (DlTimelineView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  g_autofree char *date = NULL;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Timeline, %u event", "Timeline, %u events",
                                        self->sorted->len), self->sorted->len);
  if (self->selected != NULL && dl_event_get_when (self->selected) != NULL)
    {
      date = dl_date_span_format (dl_event_get_when (self->selected));
      /* TRANSLATORS: the selected event of the timeline, its title and date */
      description = g_strdup_printf (_("Selected: %s, %s"), dl_event_get_title (self->selected), date);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : _("No event selected"),
                                  -1);
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
  if (self->selected != NULL && !model_contains (self->events, self->selected))
    dl_timeline_view_set_selected (self, NULL);
  if (self->hovered != NULL && !model_contains (self->events, self->hovered))
    g_clear_object (&self->hovered);
  invalidate_layout (self);
  update_accessible (self);

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

/* Pans as little as possible to bring @event into view, leaving room on
 * the right for its label. */
static void
scroll_to_event (DlTimelineView *self,
                 DlEvent        *event)
{
  double width = _dl_timeline_view_time_width (self);
  double time = _dl_timeline_view_event_time (event);
  double x, left, right;

  if (width <= 0 || isnan (time))
    return;
  x = dl_viewport_time_to_x (self->viewport, time, width);
  left = MIN (48, width * 0.1);
  right = width - MIN (240, width * 0.3);
  if (x < left)
    dl_viewport_pan (self->viewport, (x - left) * _dl_timeline_view_seconds_per_pixel (self));
  else if (x > right)
    dl_viewport_pan (self->viewport, (x - right) * _dl_timeline_view_seconds_per_pixel (self));
}

static int
sorted_index (DlTimelineView *self,
              DlEvent        *event)
{
  guint index;

  if (event != NULL && g_ptr_array_find (self->sorted, event, &index))
    return index;
  return -1;
}

void
_dl_timeline_view_select_and_show (DlTimelineView *self,
                                   DlEvent        *event)
{
  dl_timeline_view_set_selected (self, event);
  if (event != NULL)
    scroll_to_event (self, event);
}

/* The event at or after the left edge, for the first arrow press */
static int
first_visible_index (DlTimelineView *self)
{
  double start = dl_viewport_get_start (self->viewport);

  for (guint i = 0; i < self->sorted->len; i++)
    if (_dl_timeline_view_event_time (g_ptr_array_index (self->sorted, i)) >= start)
      return i;
  return self->sorted->len - 1;
}

void
_dl_timeline_view_select_relative (DlTimelineView *self,
                                   int             delta)
{
  int index = sorted_index (self, self->selected);

  if (self->sorted->len == 0)
    return;
  if (index < 0)
    index = first_visible_index (self);
  else
    index = CLAMP (index + delta, 0, (int) self->sorted->len - 1);
  _dl_timeline_view_select_and_show (self, g_ptr_array_index (self->sorted, index));
}

/* Emits DlTimelineView::event-activated, for the input handlers */
void
_dl_timeline_view_activate (DlTimelineView *self,
                            DlEvent        *event)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

/* Tooltip ----------------------------------------------------------------- */

static char *
describe_event (DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);
  GPtrArray *actors = dl_event_get_actors (event);
  g_autofree char *date = when != NULL ? dl_date_span_format (when) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (dl_event_get_title (event), -1);

  g_string_append_printf (text, "<b>%s</b>", title);
  if (date != NULL)
    {
      g_autofree char *line = g_markup_printf_escaped ("\n%s <span alpha=\"70%%\">(%s)</span>", date,
                                                       dl_certainty_to_label (dl_date_span_get_certainty (when)));
      g_string_append (text, line);
    }
  for (guint i = 0; actors != NULL && i < actors->len; i++)
    {
      g_autofree char *name = g_markup_escape_text (dl_actor_get_name (g_ptr_array_index (actors, i)), -1);

      g_string_append (text, i == 0 ? "\n" : ", ");
      if (i == 6)
        {
          g_string_append (text, "…");
          break;
        }
      g_string_append (text, name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

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

static gboolean
dl_timeline_view_query_tooltip (GtkWidget  *widget,
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
      (item = dl_timeline_layout_find_item (layout, self->selected)) != NULL)
    {
      event = self->selected;
      area = item->mark;
    }
  else if (!keyboard_tooltip)
    event = dl_timeline_layout_hit_test (layout, x, y, &area);
  if (event == NULL && !keyboard_tooltip)
    return cluster_tooltip (layout, x, y, tooltip);
  if (event == NULL)
    return FALSE;

  markup = describe_event (event);
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              floor (area.x), floor (area.y), ceil (area.width), ceil (area.height) });
  return TRUE;
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

  if (layout == NULL)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dl_timeline_render (cr, layout, &self->style, self->selected, self->hovered);
  cairo_destroy (cr);
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
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 360;
}

static void
dl_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
  if (self->layout != NULL &&
      dl_timeline_layout_get_width (self->layout) == width &&
      dl_timeline_layout_get_height (self->layout) == height)
    return;
  invalidate_layout (self);
  if (self->fit_pending && width > 0)
    dl_timeline_view_zoom_to_fit (self);
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
  g_signal_group_set_target (self->events_signals, NULL);
  g_signal_group_set_target (self->viewport_signals, NULL);
  g_clear_object (&self->events);
  g_clear_object (&self->viewport);
  g_clear_object (&self->selected);
  g_clear_object (&self->hovered);
  g_clear_pointer (&self->layout, dl_timeline_layout_free);
  g_clear_pointer (&self->index, dl_timeline_index_unref);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
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
  widget_class->query_tooltip = dl_timeline_view_query_tooltip;

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
  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dl_timeline_view_init (DlTimelineView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->pointer_x = -1;
  self->sorted = g_ptr_array_new_with_free_func (g_object_unref);

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
  update_accessible (self);
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

void
dl_timeline_view_set_selected (DlTimelineView *self,
                               DlEvent        *event)
{
  g_return_if_fail (DL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (event == NULL || DL_IS_EVENT (event));

  if (!g_set_object (&self->selected, event))
    return;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
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
