/* dl-parallel.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * DlIndexFunc:
 * @index: which item, below the count given to dl_parallel_for()
 * @data: what dl_parallel_for() was given
 *
 * Work on one item, with nothing to share with the other items' work.
 */
typedef void (*DlIndexFunc) (guint    index,
                             gpointer data);

void dl_parallel_for (guint         n_items,
                      guint         n_threads,
                      DlIndexFunc   func,
                      gpointer      data,
                      GCancellable *cancellable);

G_END_DECLS
