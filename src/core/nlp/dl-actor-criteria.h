/* dl-actor-criteria.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-actor.h"
#include "dl-analyzer.h"

G_BEGIN_DECLS

/* The bit of @kind in DlActorCriteria.kinds */
#define DL_ACTOR_KIND_BIT(kind) (1u << (kind))

/* Every kind of actor */
#define DL_ACTOR_KINDS_ALL (DL_ACTOR_KIND_BIT (DL_ACTOR_KIND_OTHER + 1) - 1)

/**
 * DlActorCriteria:
 * @kinds: the kinds of actor kept, a mask of DL_ACTOR_KIND_BIT()
 * @min_mentions: how often an actor must be mentioned across the
 *   corpus to be kept; 0 and 1 keep every actor found
 *
 * What the analysis keeps of the actors it found.
 */
typedef struct
{
  guint kinds;
  guint min_mentions;
} DlActorCriteria;

void     dl_actor_criteria_init_default     (DlActorCriteria       *criteria);
guint    dl_actor_kinds_from_strv           (const char * const    *names);
gboolean dl_actor_criteria_keeps            (const DlActorCriteria *criteria,
                                             DlActor               *actor);
gboolean dl_actor_criteria_keeps_all        (const DlActorCriteria *criteria);
void     dl_analysis_result_restrict_actors (DlAnalysisResult      *result,
                                             const DlActorCriteria *criteria);

G_END_DECLS
