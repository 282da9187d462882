/* dl-actor-resolver.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-actor-resolver.h"

/* STUB: replaced by the real resolver */
GPtrArray *
dl_actor_resolver_resolve (GPtrArray *analyses)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}
