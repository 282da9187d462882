/* dl-event-mention-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dl-event-mention.h"

G_BEGIN_DECLS

gboolean _dl_event_mention_is_word       (DlParsedSentence  *p,
                                          guint              i,
                                          const char        *lemma);
void     _dl_event_mention_add_arguments (DlArticleAnalysis *analysis,
                                          DlParsedSentence  *p,
                                          DlEventMention    *mention);
void     _dl_event_mentions_anchor       (DlArticleAnalysis *analysis,
                                          guint              sentence,
                                          DlParsedSentence  *p,
                                          GArray            *mentions);

G_END_DECLS
