/* dl-actor.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dl-types.h"

G_BEGIN_DECLS

typedef enum
{
  DL_ACTOR_KIND_PERSON,
  DL_ACTOR_KIND_ORGANIZATION,
  DL_ACTOR_KIND_LOCATION,
  DL_ACTOR_KIND_GROUP,
  DL_ACTOR_KIND_OTHER,
} DlActorKind;

/**
 * DlMention:
 * @article: (unowned): the article, owned by the corpus
 * @start: first code point of the mention
 * @end: code point after it
 */
typedef struct
{
  DlArticle *article;
  guint start;
  guint end;
} DlMention;

#define DL_TYPE_ACTOR (dl_actor_get_type ())

G_DECLARE_FINAL_TYPE (DlActor, dl_actor, DL, ACTOR, GObject)

DlActor     *dl_actor_new              (const char  *name,
                                        DlActorKind  kind);
DlActor     *dl_actor_copy             (DlActor     *self);
const char  *dl_actor_get_id           (DlActor     *self);
void         dl_actor_set_id           (DlActor     *self,
                                        const char  *id);
const char  *dl_actor_get_name         (DlActor     *self);
const char  *dl_actor_get_sort_key     (DlActor     *self);
void         dl_actor_set_name         (DlActor     *self,
                                        const char  *name);
DlActorKind  dl_actor_get_kind         (DlActor     *self);
void         dl_actor_set_kind         (DlActor     *self,
                                        DlActorKind  kind);
void         dl_actor_add_alias        (DlActor     *self,
                                        const char  *alias);
GPtrArray   *dl_actor_get_aliases      (DlActor     *self);
gboolean     dl_actor_has_alias        (DlActor     *self,
                                        const char  *alias);
void         dl_actor_add_role         (DlActor     *self,
                                        const char  *role);
GPtrArray   *dl_actor_get_roles        (DlActor     *self);
void         dl_actor_add_mention      (DlActor     *self,
                                        DlArticle   *article,
                                        guint        start,
                                        guint        end);
GArray      *dl_actor_get_mentions     (DlActor     *self);
void         dl_actor_remove_mention   (DlActor     *self,
                                        guint        index);
guint        dl_actor_get_n_mentions   (DlActor     *self);
guint        dl_actor_get_n_events     (DlActor     *self);
void         dl_actor_set_n_events     (DlActor     *self,
                                        guint        n_events);

const char  *dl_actor_kind_to_string   (DlActorKind kind);
const char  *dl_actor_kind_to_label    (DlActorKind kind);

G_END_DECLS
