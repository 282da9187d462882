/* dl-analyzer.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dl-types.h"

G_BEGIN_DECLS

/**
 * DlAnalysisResult:
 * @actors: (element-type DlActor): every actor found
 * @events: (element-type DlEvent): every event, merged across articles
 * @inferred_dcts: (element-type GDateTime): one entry per article, in the
 *   order given: the date inferred for an article without one of its own
 *   from the articles that report the same events, or %NULL
 *
 * What dl_analyzer_run_full() found. The articles are left as they were;
 * dl_analysis_result_apply_dcts() gives them the inferred dates.
 */
typedef struct
{
  GPtrArray *actors;
  GPtrArray *events;
  GPtrArray *inferred_dcts;
} DlAnalysisResult;

gboolean dl_analyzer_run               (GPtrArray          *articles,
                                        GPtrArray         **actors,
                                        GPtrArray         **events,
                                        GCancellable       *cancellable,
                                        GError            **error);
gboolean dl_analyzer_run_full          (GPtrArray          *articles,
                                        DlAnalysisResult  **result,
                                        GCancellable       *cancellable,
                                        GError            **error);
void     dl_analysis_result_apply_dcts (DlAnalysisResult   *result,
                                        GPtrArray          *articles);
void     dl_analysis_result_free       (DlAnalysisResult   *result);

void     dl_analyzer_set_max_threads   (guint               n_threads);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlAnalysisResult, dl_analysis_result_free)

G_END_DECLS
