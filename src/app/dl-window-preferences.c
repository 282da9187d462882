/* dl-window-preferences.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window takes from the preferences: the actors it shows are
 * those the user chose to count as actors. The analysis itself finds
 * every actor, so a change of mind needs only an analysis again, done
 * at once so that the views show the change.
 */
#include "config.h"

#include "dl-corpus.h"
#include "dl-preferences-window.h"
#include "dl-window-private.h"

/**
 * _dl_window_restrict_actors:
 * @result: an analysis's result, full or partial, before it is shown
 *
 * Drops from @result the actors the preferences do not count.
 */
void
_dl_window_restrict_actors (DlWindow         *self,
                            DlAnalysisResult *result)
{
  DlActorCriteria criteria;

  dl_preferences_get_actor_criteria (self->settings, &criteria);
  dl_analysis_result_restrict_actors (result, &criteria);
}

/* The analysis runs again quietly: what it finds is no change to the
 * project, which keeps its articles and corrections, not its actors */
static void
actor_criteria_changed_cb (DlWindow *self)
{
  if (g_list_model_get_n_items (dl_corpus_get_articles (self->corpus)) == 0)
    return;
  _dl_window_reanalyze (self, TRUE);
}

void
_dl_window_preferences_init (DlWindow *self)
{
  if (self->settings == NULL)
    return;
  g_signal_connect_object (self->settings, "changed::actor-kinds", G_CALLBACK (actor_criteria_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::actor-min-mentions",
                           G_CALLBACK (actor_criteria_changed_cb), self, G_CONNECT_SWAPPED);
}
