/* dl-events-syntax.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-event-mention.h"
#include "dl-events-sentence.h"

G_BEGIN_DECLS

const DlEventMention *dl_events_mention_at          (DlSentence           *s,
                                                     guint                 token);
gboolean              dl_events_is_setting          (DlSentence           *s,
                                                     const DlEventMention *m);
gboolean              dl_events_timex_elsewhere     (DlSentence           *s,
                                                     const DlEventMention *m,
                                                     guint                 timex);
void                  dl_events_add_arguments       (DlSentence           *s,
                                                     const DlEventMention *m,
                                                     DlSpan                clause,
                                                     GPtrArray            *subjects,
                                                     GPtrArray            *objects);
gboolean              dl_events_is_subordinate      (DlSentence           *s,
                                                     const DlEventMention *m);
gboolean              dl_events_timex_modifies      (DlSentence           *s,
                                                     const DlEventMention *m);

G_END_DECLS
