/* dl-event.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dl-types.h"

G_BEGIN_DECLS

/**
 * DlSource:
 * @article: (unowned): the article, owned by the corpus
 * @start: first code point of the passage
 * @end: code point after it
 * @quote: the passage's text
 */
typedef struct
{
  DlArticle *article;
  guint start;
  guint end;
  char *quote;
} DlSource;

#define DL_TYPE_EVENT (dl_event_get_type ())

G_DECLARE_FINAL_TYPE (DlEvent, dl_event, DL, EVENT, GObject)

DlEvent     *dl_event_new              (const char  *title);
DlEvent     *dl_event_copy             (DlEvent     *self,
                                        GHashTable  *actors);
const char  *dl_event_get_id           (DlEvent     *self);
void         dl_event_set_id           (DlEvent     *self,
                                        const char  *id);
const char  *dl_event_get_title        (DlEvent     *self);
void         dl_event_set_title        (DlEvent     *self,
                                        const char  *title);
const char  *dl_event_get_predicate    (DlEvent     *self);
void         dl_event_set_predicate    (DlEvent     *self,
                                        const char  *predicate);
const char  *dl_event_get_merge_reason (DlEvent     *self);
void         dl_event_set_merge_reason (DlEvent     *self,
                                        const char  *reason);
DlDateSpan  *dl_event_get_when         (DlEvent     *self);
void         dl_event_set_when         (DlEvent     *self,
                                        DlDateSpan  *when);
void         dl_event_add_actor        (DlEvent     *self,
                                        DlActor     *actor);
gboolean     dl_event_has_actor        (DlEvent     *self,
                                        DlActor     *actor);
GPtrArray   *dl_event_get_actors       (DlEvent     *self);
void         dl_event_remove_actor     (DlEvent     *self,
                                        DlActor     *actor);
void         dl_event_replace_actor    (DlEvent     *self,
                                        DlActor     *actor,
                                        DlActor     *by);
gboolean     dl_event_get_hidden       (DlEvent     *self);
void         dl_event_set_hidden       (DlEvent     *self,
                                        gboolean     hidden);
void         dl_event_add_source       (DlEvent     *self,
                                        DlArticle   *article,
                                        guint        start,
                                        guint        end,
                                        const char  *quote);
GArray      *dl_event_get_sources      (DlEvent     *self);
gboolean     dl_event_has_source_in    (DlEvent     *self,
                                        DlArticle   *article);
int          dl_event_compare_by_time  (DlEvent     *a,
                                        DlEvent     *b);

G_END_DECLS
