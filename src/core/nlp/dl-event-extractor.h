/* dl-event-extractor.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-article-analysis.h"

G_BEGIN_DECLS

GPtrArray *dl_event_extractor_extract (DlArticleAnalysis *analysis);
GPtrArray *dl_event_extractor_merge   (GPtrArray         *events);

G_END_DECLS
