/* dl-event-extractor.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-event.h"
#include "dl-event-extractor.h"

/* STUB: replaced by the real extractor */
GPtrArray *
dl_event_extractor_extract (DlArticleAnalysis *analysis)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

GPtrArray *
dl_event_extractor_merge (GPtrArray *events)
{
  return g_ptr_array_ref (events);
}
