/* dl-events-title.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-lexicon.h"
#include "dl-types.h"

G_BEGIN_DECLS

/**
 * DlTitleParts:
 * @trigger: the event word's entry in the lexicon
 * @noun: %TRUE when the event word is a noun ("meeting")
 * @passive: %TRUE for "was killed"
 * @word: the event word as written, lower case
 * @subjects: (element-type DlActor): the participants before the event word
 * @objects: (element-type DlActor): the participants after it
 * @object: (nullable): what was acted on, when it is not an actor
 *   ("interference", "ceasefire agreement", "the border is open")
 * @preposition: (nullable): with @object, the word that joins @objects
 *   to it ("with" in "opened its border with Austria")
 * @place: (nullable): where it happened ("Syria")
 */
typedef struct
{
  const DlTrigger *trigger;
  gboolean noun;
  gboolean passive;
  const char *word;
  GPtrArray *subjects;
  GPtrArray *objects;
  const char *object;
  const char *preposition;
  const char *place;
} DlTitleParts;

char        *dl_events_build_title       (const DlTitleParts *parts);
char        *dl_events_dup_short_name    (DlActor            *actor);

G_END_DECLS
