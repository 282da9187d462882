/* dl-correct-menu.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dl-actor.h"
#include "dl-types.h"

G_BEGIN_DECLS

void         dl_correct_menu_append_event  (GMenu       *menu,
                                            DlEvent     *event);
void         dl_correct_menu_append_actor  (GMenu       *menu,
                                            DlActor     *actor);
GMenuModel  *dl_correct_menu_new_kinds     (DlActor     *actor);
gboolean     dl_actor_kind_from_string     (const char  *text,
                                            DlActorKind *kind);

G_END_DECLS
