/* dl-event-filter.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_EVENT_FILTER (dl_event_filter_get_type ())

G_DECLARE_FINAL_TYPE (DlEventFilter, dl_event_filter, DL, EVENT_FILTER, GObject)

typedef enum
{
  DL_EVENT_FILTER_ACTORS,
  DL_EVENT_FILTER_ARTICLES,
} DlEventFilterIds;

DlEventFilter *dl_event_filter_new                  (DlCorpus      *corpus);
DlCorpus      *dl_event_filter_get_corpus           (DlEventFilter *self);
GtkFilter     *dl_event_filter_get_events_filter    (DlEventFilter *self);
GtkFilter     *dl_event_filter_get_articles_filter  (DlEventFilter *self);
GtkFilter     *dl_event_filter_get_actors_filter    (DlEventFilter *self);
const char    *dl_event_filter_get_text             (DlEventFilter *self);
void           dl_event_filter_set_text             (DlEventFilter *self,
                                                     const char    *text);
gboolean       dl_event_filter_has_actor            (DlEventFilter *self,
                                                     DlActor       *actor);
void           dl_event_filter_set_actor            (DlEventFilter *self,
                                                     DlActor       *actor,
                                                     gboolean       chosen);
void           dl_event_filter_set_only_actor       (DlEventFilter *self,
                                                     DlActor       *actor);
guint          dl_event_filter_get_n_actors         (DlEventFilter *self);
gboolean       dl_event_filter_has_article          (DlEventFilter *self,
                                                     DlArticle     *article);
void           dl_event_filter_set_article          (DlEventFilter *self,
                                                     DlArticle     *article,
                                                     gboolean       chosen);
guint          dl_event_filter_get_n_articles       (DlEventFilter *self);
void           dl_event_filter_set_range            (DlEventFilter *self,
                                                     DlDateSpan    *from,
                                                     DlDateSpan    *to);
DlDateSpan    *dl_event_filter_get_from             (DlEventFilter *self);
DlDateSpan    *dl_event_filter_get_to               (DlEventFilter *self);
guint          dl_event_filter_get_n_hidden         (DlEventFilter *self);
gboolean       dl_event_filter_get_show_hidden      (DlEventFilter *self);
void           dl_event_filter_set_show_hidden      (DlEventFilter *self,
                                                     gboolean       show_hidden);
GStrv          dl_event_filter_dup_ids              (DlEventFilter *self,
                                                     DlEventFilterIds which);
DlActor       *dl_event_filter_get_focus            (DlEventFilter *self);
void           dl_event_filter_set_focus            (DlEventFilter *self,
                                                     DlActor       *actor);
gboolean       dl_event_filter_is_active            (DlEventFilter *self);
void           dl_event_filter_clear                (DlEventFilter *self);
gboolean       dl_event_filter_match_event          (DlEventFilter *self,
                                                     DlEvent       *event);

G_END_DECLS
