/* dl-graph-layout.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-graph-layout.h"

/* STUB: replaced by the real layout */
struct _DlGraphLayout
{
  guint n_nodes;
};

DlGraphLayout *
dl_graph_layout_new (GListModel *actors,
                     GListModel *relations)
{
  DlGraphLayout *self = g_new0 (DlGraphLayout, 1);

  self->n_nodes = g_list_model_get_n_items (actors);
  return self;
}

void
dl_graph_layout_free (DlGraphLayout *self)
{
  g_free (self);
}
