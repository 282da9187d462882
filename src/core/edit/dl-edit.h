/* dl-edit.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A user's correction of what the extractors found: one edit, kept as
 * an edit and applied over fresh analysis results every time they are
 * made, so that analysing again (a newer model, more articles) never
 * loses it. An edit names what it changes by what survives a new
 * analysis: an article by its path, an event by the passage of its
 * first source, an actor by its name; never by ids, which a new
 * analysis gives out anew.
 */
#pragma once

#include <glib-object.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-date-span.h"
#include "dl-event.h"

G_BEGIN_DECLS

#define DL_EDIT_ERROR (dl_edit_error_quark ())

typedef enum
{
  DL_EDIT_ERROR_INVALID,   /* not an edit this version understands */
} DlEditError;

typedef enum
{
  DL_EDIT_ARTICLE_DATE,    /* the article's own date; its relative dates resolve again */
  DL_EDIT_EVENT_DATE,      /* when the event happened */
  DL_EDIT_EVENT_TITLE,
  DL_EDIT_EVENT_ACTORS,    /* who took part, in order */
  DL_EDIT_EVENT_HIDE,      /* kept, but not shown unless asked for */
  DL_EDIT_EVENT_DELETE,
  DL_EDIT_EVENT_ADD,       /* a new event, told by a passage the user chose */
  DL_EDIT_ACTOR_RENAME,
  DL_EDIT_ACTOR_KIND,
  DL_EDIT_ACTOR_MERGE,     /* one actor folded into another */
  DL_EDIT_ACTOR_SPLIT,     /* some mentions of an actor made a new actor */
} DlEditKind;

#define DL_TYPE_EDIT (dl_edit_get_type ())

G_DECLARE_FINAL_TYPE (DlEdit, dl_edit, DL, EDIT, GObject)

GQuark       dl_edit_error_quark          (void);

DlEdit      *dl_edit_new_article_date     (DlArticle    *article,
                                           GDateTime    *date);
DlEdit      *dl_edit_new_event_date       (DlEvent      *event,
                                           DlDateSpan   *when);
DlEdit      *dl_edit_new_event_title      (DlEvent      *event,
                                           const char   *title);
DlEdit      *dl_edit_new_event_actors     (DlEvent      *event,
                                           GPtrArray    *actors);
DlEdit      *dl_edit_new_event_hide       (DlEvent      *event);
DlEdit      *dl_edit_new_event_delete     (DlEvent      *event);
DlEdit      *dl_edit_new_event_add        (DlArticle    *article,
                                           guint         start,
                                           guint         end,
                                           const char   *title,
                                           DlDateSpan   *when,
                                           GPtrArray    *actors);
DlEdit      *dl_edit_new_actor_rename     (DlActor      *actor,
                                           const char   *name);
DlEdit      *dl_edit_new_actor_kind       (DlActor      *actor,
                                           DlActorKind   kind);
DlEdit      *dl_edit_new_actor_merge      (DlActor      *actor,
                                           DlActor      *into);
DlEdit      *dl_edit_new_actor_split      (DlActor      *actor,
                                           GArray       *mentions,
                                           const char   *name);

DlEditKind   dl_edit_get_kind             (DlEdit       *self);
char        *dl_edit_dup_description      (DlEdit       *self);
char        *dl_edit_to_json              (DlEdit       *self);
DlEdit      *dl_edit_new_from_json        (const char   *json,
                                           GError      **error);

/* Article dates take effect before analysis, not over its results */

gboolean     dl_edit_changes_article_dates (DlEdit     *self);
void         dl_edit_restore_article_date  (DlEdit     *self,
                                            GPtrArray  *articles);

/* Applying edits over analysis results */

void         dl_edits_set_article_dates   (GPtrArray    *edits,
                                           GPtrArray    *articles);
guint        dl_edits_apply               (GPtrArray    *edits,
                                           GPtrArray    *articles,
                                           GPtrArray    *actors,
                                           GPtrArray    *events);
void         dl_edits_apply_to_copies     (GPtrArray    *edits,
                                           GPtrArray    *articles,
                                           GPtrArray    *actors,
                                           GPtrArray    *events,
                                           GPtrArray   **edited_actors,
                                           GPtrArray   **edited_events);

G_END_DECLS
