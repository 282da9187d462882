/* dl-timeline-view-menu.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The context menu of DlTimelineView. On an event it starts with what
 * can be done with that event (copy its quote or a citation, correct,
 * hide or delete it, show only one of its actors, zoom to it); then,
 * anywhere, the lanes and the zoom. Corrections and filtering are the
 * window's business: the items name its actions ("win.edit-event",
 * "win.show-only-actor", see dl-correct-menu.c), which GTK finds up the
 * widget tree, and are greyed out where there is no such window.
 * Copying is the view's own, on the primary selection.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-actor.h"
#include "dl-correct-menu.h"
#include "dl-event.h"
#include "dl-timeline-view-private.h"

/* Actors offered for "show only" before the list gets too long */
#define MAX_ACTOR_ITEMS 5

static void
copy_text (DlTimelineView *self,
           const char     *text)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  gdk_clipboard_set_text (clipboard, text);
}

static void
copy_quote_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  const char *quote;

  if (self->selected == NULL)
    return;
  /* An event read in no article still has its title to copy */
  quote = _dl_timeline_view_first_quote (self->selected);
  copy_text (self, quote != NULL ? quote : dl_event_get_title (self->selected));
}

static void
copy_citation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (widget);
  g_autofree char *citation = NULL;

  /* In a window, its citation: as text and as HTML, of every source */
  if (self->selected == NULL || gtk_widget_activate_action (widget, "win.copy", NULL))
    return;
  citation = _dl_timeline_view_format_citation (self->selected);
  copy_text (self, citation);
}

void
_dl_timeline_view_install_menu_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.copy-quote", NULL, copy_quote_action);
  gtk_widget_class_install_action (widget_class, "timeline.copy-citation", NULL, copy_citation_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "timeline.copy-quote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "timeline.copy-citation", NULL);
}

static GMenuItem *
item_with_target (const char *label,
                  const char *action,
                  const char *target)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (target != NULL ? target : ""));
  return item;
}

static void
append_filters (GMenu   *section,
                DlEvent *event)
{
  GPtrArray *actors = dl_event_get_actors (event);

  for (guint i = 0; actors != NULL && i < actors->len && i < MAX_ACTOR_ITEMS; i++)
    {
      DlActor *actor = g_ptr_array_index (actors, i);
      /* TRANSLATORS: a menu item; %s is a person, organisation or place */
      g_autofree char *label = g_strdup_printf (_("Show Only Events of %s"), dl_actor_get_name (actor));
      g_autoptr(GMenuItem) item = item_with_target (label, "win.show-only-actor", dl_actor_get_id (actor));

      g_menu_append_item (section, item);
    }
}

static void
append_event_sections (GMenu          *menu,
                       DlTimelineView *self,
                       DlEvent        *event)
{
  g_autoptr(GMenu) copy = g_menu_new ();
  g_autoptr(GMenu) corrections = g_menu_new ();
  g_autoptr(GMenu) filters = g_menu_new ();
  g_autoptr(GMenu) zoom = g_menu_new ();

  g_menu_append (copy, _("_Copy Quote"), "timeline.copy-quote");
  g_menu_append (copy, _("Copy as C_itation"), "timeline.copy-citation");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (copy));
  dl_correct_menu_append_event (corrections, event);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (corrections));
  append_filters (filters, event);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (filters));
  g_menu_append (zoom, _("Open _Source"), "timeline.activate-selected");
  g_menu_append (zoom, self->selection->len > 1 ? _("_Zoom to Selection") : _("_Zoom to Event"),
                 "timeline.zoom-selection");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (zoom));
}

static GMenuModel *
make_menu (DlTimelineView *self,
           DlEvent        *event)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) lanes = g_menu_new ();
  g_autoptr(GMenu) zoom = g_menu_new ();

  if (event != NULL)
    append_event_sections (menu, self, event);
  g_menu_append (lanes, _("_One Lane"), "timeline.lanes::none");
  g_menu_append (lanes, _("Lane per _Actor"), "timeline.lanes::actor");
  g_menu_append (lanes, _("Lane per A_rticle"), "timeline.lanes::article");
  g_menu_append (lanes, _("Lane per _Kind of Actor"), "timeline.lanes::kind");
  g_menu_append_section (menu, _("Lanes"), G_MENU_MODEL (lanes));
  g_menu_append (zoom, _("Zoom _In"), "timeline.zoom-in");
  g_menu_append (zoom, _("Zoom _Out"), "timeline.zoom-out");
  g_menu_append (zoom, _("_Fit All Events"), "timeline.zoom-fit");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (zoom));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

/* The tooltip would cover the menu's first items: none while it is open */
static void
menu_closed_cb (DlTimelineView *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

void
_dl_timeline_view_add_menu (DlTimelineView *self)
{
  g_autoptr(GMenuModel) model = make_menu (self, NULL);

  self->menu = gtk_popover_menu_new_from_model (model);
  g_signal_connect_swapped (self->menu, "closed", G_CALLBACK (menu_closed_cb), self);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->menu), GTK_POS_BOTTOM);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
}

/**
 * _dl_timeline_view_popup_menu:
 * @event: (nullable): the event the menu is for, which must be the
 *   primary selection, or %NULL for the view's menu alone
 *
 * Shows the context menu at @x, @y.
 */
void
_dl_timeline_view_popup_menu (DlTimelineView *self,
                              double          x,
                              double          y,
                              DlEvent        *event)
{
  g_autoptr(GMenuModel) model = make_menu (self, event);

  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { x, y, 1, 1 });
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), FALSE);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/**
 * dl_timeline_view_get_menu_model:
 *
 * Returns: (transfer none) (nullable): the model of the context menu as
 *   it was last shown
 */
GMenuModel *
dl_timeline_view_get_menu_model (DlTimelineView *self)
{
  g_return_val_if_fail (DL_IS_TIMELINE_VIEW (self), NULL);
  return gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (self->menu));
}
