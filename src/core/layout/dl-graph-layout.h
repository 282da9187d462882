/* dl-graph-layout.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry of the actor graph: a deterministic force-directed
 * placement of actors, in abstract coordinates.
 */
#pragma once

#include <gio/gio.h>

#include "dl-types.h"

G_BEGIN_DECLS

DlGraphLayout *dl_graph_layout_new   (GListModel    *actors,
                                      GListModel    *relations);
void           dl_graph_layout_free  (DlGraphLayout *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlGraphLayout, dl_graph_layout_free)

G_END_DECLS
