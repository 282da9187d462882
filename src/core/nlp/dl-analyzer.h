/* dl-analyzer.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dl-types.h"

G_BEGIN_DECLS

gboolean dl_analyzer_run (GPtrArray     *articles,
                          GPtrArray    **actors,
                          GPtrArray    **events,
                          GCancellable  *cancellable,
                          GError       **error);

G_END_DECLS
