/* dl-events-when.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-event-mention.h"
#include "dl-events-sentence.h"
#include "dl-types.h"

G_BEGIN_DECLS

/**
 * DlEventPlace:
 * @index: the event word's token in the sentence
 * @form: how the event word is written
 * @clause_start: first token of its clause
 * @clause_end: token after its clause
 * @mention: (nullable): the event word as the parse reads it
 *
 * Where in a sentence an event is told, for finding when it happened.
 */
typedef struct
{
  guint index;
  DlWordForm form;
  guint clause_start;
  guint clause_end;
  const DlEventMention *mention;
} DlEventPlace;

DlDateSpan *dl_events_find_when          (DlSentence         *s,
                                          const DlEventPlace *place,
                                          gboolean           *dated_here);
DlDateSpan *dl_events_date_across_gap    (DlDateSpan         *reference,
                                          const char         *duration,
                                          int                 sign);

G_END_DECLS
