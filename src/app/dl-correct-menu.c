/* dl-correct-menu.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The menu items of corrections, the same in the timeline's context
 * menu, the graph's and the source pane's: each names a window action
 * ("win.edit-event", "win.rename-actor", ...) with the id of what it
 * corrects, which GTK finds up the widget tree. Where there is no such
 * window the items are greyed out.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-correct-menu.h"
#include "dl-event.h"

static void
append_with_id (GMenu      *menu,
                const char *label,
                const char *action,
                const char *id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (id != NULL ? id : ""));
  g_menu_append_item (menu, item);
}

/**
 * dl_correct_menu_append_event:
 *
 * Appends what can be corrected of @event: its title, date and actors,
 * hiding it and deleting it.
 */
void
dl_correct_menu_append_event (GMenu   *menu,
                              DlEvent *event)
{
  const char *id;

  g_return_if_fail (G_IS_MENU (menu));
  g_return_if_fail (DL_IS_EVENT (event));

  id = dl_event_get_id (event);
  append_with_id (menu, _("_Edit Event…"), "win.edit-event", id);
  if (!dl_event_get_hidden (event))
    append_with_id (menu, _("_Hide Event"), "win.hide-event", id);
  append_with_id (menu, _("_Delete Event"), "win.delete-event", id);
}

/**
 * dl_correct_menu_new_kinds:
 *
 * Returns: (transfer full): the kinds @actor can be given: those it
 *   does not have
 */
GMenuModel *
dl_correct_menu_new_kinds (DlActor *actor)
{
  GMenu *kinds = g_menu_new ();

  for (DlActorKind kind = DL_ACTOR_KIND_PERSON; kind <= DL_ACTOR_KIND_OTHER; kind++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (kind == dl_actor_get_kind (actor))
        continue;
      item = g_menu_item_new (dl_actor_kind_to_label (kind), NULL);
      g_menu_item_set_action_and_target_value (item, "win.set-actor-kind",
                                               g_variant_new ("(ss)", dl_actor_get_id (actor),
                                                              dl_actor_kind_to_string (kind)));
      g_menu_append_item (kinds, item);
    }
  return G_MENU_MODEL (kinds);
}

/**
 * dl_correct_menu_append_actor:
 *
 * Appends what can be corrected of @actor: its name and kind, merging
 * it into another actor, and splitting some of its mentions off.
 */
void
dl_correct_menu_append_actor (GMenu   *menu,
                              DlActor *actor)
{
  g_autoptr(GMenuModel) kinds = NULL;
  const char *id;

  g_return_if_fail (G_IS_MENU (menu));
  g_return_if_fail (DL_IS_ACTOR (actor));

  id = dl_actor_get_id (actor);
  kinds = dl_correct_menu_new_kinds (actor);
  append_with_id (menu, _("_Rename…"), "win.rename-actor", id);
  g_menu_append_submenu (menu, _("Change _Kind"), kinds);
  append_with_id (menu, _("_Merge Into…"), "win.merge-actor", id);
  if (dl_actor_get_n_mentions (actor) > 1)
    append_with_id (menu, _("_Split…"), "win.split-actor", id);
}

/**
 * dl_actor_kind_from_string:
 * @text: what dl_actor_kind_to_string() gives
 *
 * Returns: %TRUE if @text names a kind, then in @kind
 */
gboolean
dl_actor_kind_from_string (const char  *text,
                           DlActorKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (DlActorKind k = DL_ACTOR_KIND_PERSON; k <= DL_ACTOR_KIND_OTHER; k++)
    if (g_strcmp0 (text, dl_actor_kind_to_string (k)) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}
