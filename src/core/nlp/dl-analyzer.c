/* dl-analyzer.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-analyzer.h"
#include "dl-event.h"

/* STUB: replaced by the real pipeline */
gboolean
dl_analyzer_run (GPtrArray     *articles,
                 GPtrArray    **actors,
                 GPtrArray    **events,
                 GCancellable  *cancellable,
                 GError       **error)
{
  *actors = g_ptr_array_new_with_free_func (g_object_unref);
  *events = g_ptr_array_new_with_free_func (g_object_unref);
  return TRUE;
}
