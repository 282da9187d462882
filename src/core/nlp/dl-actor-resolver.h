/* dl-actor-resolver.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-article-analysis.h"

G_BEGIN_DECLS

GPtrArray *dl_actor_resolver_resolve (GPtrArray *analyses);

G_END_DECLS
