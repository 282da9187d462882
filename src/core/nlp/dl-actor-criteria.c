/* dl-actor-criteria.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What counts as an actor, as the user chose it: only some kinds, and
 * only names mentioned often enough. The analysis finds every actor;
 * these criteria are applied to its result, so that changing them needs
 * no change to the analysis and the command line stays as it is.
 */
#include "config.h"

#include "dl-actor-criteria.h"
#include "dl-event.h"

/**
 * dl_actor_criteria_init_default:
 *
 * Sets @criteria to keep every actor found.
 */
void
dl_actor_criteria_init_default (DlActorCriteria *criteria)
{
  g_return_if_fail (criteria != NULL);

  criteria->kinds = DL_ACTOR_KINDS_ALL;
  criteria->min_mentions = 1;
}

/**
 * dl_actor_kinds_from_strv:
 * @names: (array zero-terminated=1) (nullable): kinds as
 *   dl_actor_kind_to_string() names them
 *
 * Returns: the mask of the kinds named; unknown names are ignored
 */
guint
dl_actor_kinds_from_strv (const char * const *names)
{
  guint kinds = 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    for (DlActorKind kind = DL_ACTOR_KIND_PERSON; kind <= DL_ACTOR_KIND_OTHER; kind++)
      if (g_str_equal (names[i], dl_actor_kind_to_string (kind)))
        kinds |= DL_ACTOR_KIND_BIT (kind);
  return kinds;
}

/**
 * dl_actor_criteria_keeps:
 *
 * Returns: whether @actor meets @criteria
 */
gboolean
dl_actor_criteria_keeps (const DlActorCriteria *criteria,
                         DlActor               *actor)
{
  g_return_val_if_fail (criteria != NULL, TRUE);
  g_return_val_if_fail (DL_IS_ACTOR (actor), TRUE);

  if ((criteria->kinds & DL_ACTOR_KIND_BIT (dl_actor_get_kind (actor))) == 0)
    return FALSE;
  return dl_actor_get_n_mentions (actor) >= criteria->min_mentions;
}

/**
 * dl_actor_criteria_keeps_all:
 *
 * Returns: whether @criteria keep every actor, whatever it is
 */
gboolean
dl_actor_criteria_keeps_all (const DlActorCriteria *criteria)
{
  g_return_val_if_fail (criteria != NULL, TRUE);

  return (criteria->kinds & DL_ACTOR_KINDS_ALL) == DL_ACTOR_KINDS_ALL && criteria->min_mentions <= 1;
}

/* Takes @dropped out of @event's participants, in their order */
static void
drop_participants (DlEvent    *event,
                   GHashTable *dropped)
{
  GPtrArray *actors = dl_event_get_actors (event);

  for (guint i = actors->len; i-- > 0;)
    if (g_hash_table_contains (dropped, g_ptr_array_index (actors, i)))
      dl_event_remove_actor (event, g_ptr_array_index (actors, i));
}

/**
 * dl_analysis_result_restrict_actors:
 * @result: an analysis's result, changed in place
 * @criteria: what to keep
 *
 * Drops the actors that do not meet @criteria from @result's actors and
 * from the participants of each of its events. The events stay, with
 * their dates and sources, even those left with no actor: an event is
 * what happened, whoever the user cares to see in it.
 */
void
dl_analysis_result_restrict_actors (DlAnalysisResult      *result,
                                    const DlActorCriteria *criteria)
{
  g_autoptr(GHashTable) dropped = NULL;

  g_return_if_fail (result != NULL);
  g_return_if_fail (criteria != NULL);

  if (result->actors == NULL || dl_actor_criteria_keeps_all (criteria))
    return;

  /* The actors stay alive in the set until no event holds them */
  dropped = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  for (guint i = result->actors->len; i-- > 0;)
    {
      DlActor *actor = g_ptr_array_index (result->actors, i);

      if (dl_actor_criteria_keeps (criteria, actor))
        continue;
      g_hash_table_add (dropped, g_object_ref (actor));
      g_ptr_array_remove_index (result->actors, i);
    }
  if (g_hash_table_size (dropped) == 0 || result->events == NULL)
    return;
  for (guint i = 0; i < result->events->len; i++)
    drop_participants (g_ptr_array_index (result->events, i), dropped);
}
