/* dl-corpus.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_CORPUS (dl_corpus_get_type ())

G_DECLARE_FINAL_TYPE (DlCorpus, dl_corpus, DL, CORPUS, GObject)

DlCorpus    *dl_corpus_new                    (void);
GListModel  *dl_corpus_get_articles           (DlCorpus   *self);
GListModel  *dl_corpus_get_actors             (DlCorpus   *self);
GListModel  *dl_corpus_get_events             (DlCorpus   *self);
GListModel  *dl_corpus_get_relations          (DlCorpus   *self);
void         dl_corpus_add_article            (DlCorpus   *self,
                                               DlArticle  *article);
void         dl_corpus_add_articles           (DlCorpus   *self,
                                               GPtrArray  *articles);
DlArticle   *dl_corpus_find_article           (DlCorpus   *self,
                                               const char *id);
DlArticle   *dl_corpus_find_article_by_path   (DlCorpus   *self,
                                               const char *path);
DlActor     *dl_corpus_find_actor             (DlCorpus   *self,
                                               const char *id);
DlActor     *dl_corpus_find_actor_by_name     (DlCorpus   *self,
                                               const char *name);
DlEvent     *dl_corpus_find_event             (DlCorpus   *self,
                                               const char *id);
GPtrArray   *dl_corpus_dup_articles           (DlCorpus   *self);
GPtrArray   *dl_corpus_dup_actors             (DlCorpus   *self);
GPtrArray   *dl_corpus_dup_events             (DlCorpus   *self);
void         dl_corpus_set_analysis           (DlCorpus   *self,
                                               GPtrArray  *actors,
                                               GPtrArray  *events);
gboolean     dl_corpus_get_time_bounds        (DlCorpus   *self,
                                               gint64     *start,
                                               gint64     *end);

G_END_DECLS
