/* dl-graph-view-menu.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The context menu of an actor in DlGraphView: secondary click on its
 * disc, or Shift+F10 and the Menu key on the selected actor. It holds
 * the corrections of the actor (dl-correct-menu.c) and "show only its
 * events", which are the window's actions; where there is no such
 * window they are greyed out.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-actor.h"
#include "dl-correct-menu.h"
#include "dl-graph-view-private.h"

static GMenuModel *
make_menu (DlActor *actor)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) corrections = g_menu_new ();
  g_autoptr(GMenu) filters = g_menu_new ();
  g_autoptr(GMenuItem) only = NULL;
  /* TRANSLATORS: a menu item; %s is a person, organisation or place */
  g_autofree char *label = g_strdup_printf (_("Show Only Events of %s"), dl_actor_get_name (actor));

  dl_correct_menu_append_actor (corrections, actor);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (corrections));
  only = g_menu_item_new (label, NULL);
  g_menu_item_set_action_and_target_value (only, "win.show-only-actor",
                                           g_variant_new_string (dl_actor_get_id (actor)));
  g_menu_append_item (filters, only);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (filters));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

/**
 * _dl_graph_view_popup_menu:
 *
 * Shows the menu of @actor, which becomes the selected one, at @x, @y.
 */
void
_dl_graph_view_popup_menu (DlGraphView *self,
                           DlActor     *actor,
                           double       x,
                           double       y)
{
  g_autoptr(GMenuModel) model = NULL;

  if (actor == NULL)
    return;
  dl_graph_view_set_selected (self, actor);
  model = make_menu (actor);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
secondary_pressed_cb (DlGraphView     *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  int node;

  if (!_dl_graph_view_prepare (self))
    return;
  node = _dl_graph_view_hit_test (self, x, y);
  if (node < 0)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  _dl_graph_view_popup_menu (self, dl_graph_layout_get_node (self->layout, node)->actor, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* Shift+F10 and the Menu key: the menu of the selected actor, at its disc */
static void
popup_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DlGraphView *self = DL_GRAPH_VIEW (widget);
  double x, y;

  if (self->selected == NULL)
    return;
  /* Not laid out yet: from the middle */
  if (!dl_graph_view_get_actor_position (self, self->selected, &x, &y))
    {
      x = gtk_widget_get_width (widget) / 2.0;
      y = gtk_widget_get_height (widget) / 2.0;
    }
  _dl_graph_view_popup_menu (self, self->selected, x, y);
}

void
_dl_graph_view_install_menu_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "graph.popup-menu", NULL, popup_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "graph.popup-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "graph.popup-menu", NULL);
}

void
_dl_graph_view_add_menu (DlGraphView *self)
{
  GtkGesture *secondary = gtk_gesture_click_new ();

  self->menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->menu), GTK_POS_BOTTOM);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect_swapped (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));
}

/**
 * dl_graph_view_get_menu_model:
 *
 * Returns: (transfer none) (nullable): the model of the context menu as
 *   it was last shown
 */
GMenuModel *
dl_graph_view_get_menu_model (DlGraphView *self)
{
  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), NULL);
  return gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (self->menu));
}
