/* dl-events-discourse.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-events-sentence.h"
#include "dl-types.h"

G_BEGIN_DECLS

gboolean  dl_events_add_named_pair (DlSentence *s,
                                    guint       from,
                                    guint       to,
                                    GPtrArray  *subjects);
DlActor  *dl_events_find_asker     (DlSentence *s,
                                    DlActor    *denier);
gboolean  dl_events_is_reply_verb  (const char *lemma);

G_END_DECLS
