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

/**
 * DlAnalyzerProgressFunc:
 * @done: how many articles have been read
 * @total: how many there are; @done equals it while the articles are
 *   put together (actors, events across articles)
 * @user_data: the monitor's data
 */
typedef void (*DlAnalyzerProgressFunc) (guint    done,
                                        guint    total,
                                        gpointer user_data);

/**
 * DlAnalyzerPartialFunc:
 * @partial: (transfer full): the actors and events of the articles read
 *   so far, without inferred dates
 * @user_data: the monitor's data
 */
typedef void (*DlAnalyzerPartialFunc) (DlAnalysisResult *partial,
                                       gpointer          user_data);

/**
 * DlAnalyzerMonitor:
 * @progress: (nullable): told how far the analysis is
 * @partial: (nullable): given results of the articles read so far, now
 *   and then during a long analysis
 * @user_data: passed to both
 * @first_partial_ms: how long the analysis runs before the first
 *   partial results, 0 for a second
 *
 * Both are called on the thread that runs the analysis, one at a time.
 */
typedef struct
{
  DlAnalyzerProgressFunc progress;
  DlAnalyzerPartialFunc partial;
  gpointer user_data;
  guint first_partial_ms;
} DlAnalyzerMonitor;

gboolean dl_analyzer_run               (GPtrArray          *articles,
                                        GPtrArray         **actors,
                                        GPtrArray         **events,
                                        GCancellable       *cancellable,
                                        GError            **error);
gboolean dl_analyzer_run_full          (GPtrArray          *articles,
                                        DlAnalysisResult  **result,
                                        GCancellable       *cancellable,
                                        GError            **error);
gboolean dl_analyzer_run_monitored     (GPtrArray                *articles,
                                        const DlAnalyzerMonitor  *monitor,
                                        DlAnalysisResult        **result,
                                        GCancellable             *cancellable,
                                        GError                  **error);
void     dl_analysis_result_apply_dcts (DlAnalysisResult   *result,
                                        GPtrArray          *articles);
void     dl_analysis_result_free       (DlAnalysisResult   *result);

void     dl_analyzer_set_max_threads   (guint               n_threads);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlAnalysisResult, dl_analysis_result_free)

G_END_DECLS
