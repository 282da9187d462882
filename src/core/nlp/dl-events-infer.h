/* dl-events-infer.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *dl_events_infer_dcts (GPtrArray *analyses,
                                 GPtrArray *events);

G_END_DECLS
