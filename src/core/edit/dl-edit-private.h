/* dl-edit-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The insides of an edit, shared by the files DlEdit is split over:
 * making and describing (dl-edit.c), JSON (dl-edit-json.c) and
 * applying (dl-edit-apply.c).
 */
#pragma once

#include "dl-edit.h"

G_BEGIN_DECLS

/* An event as it can be found again: the passage of its first source
 * and its title at the time. @article is %NULL for an event told by no
 * article, which is then known by its title alone. */
typedef struct
{
  char *article;
  guint start;
  guint end;
  char *title;
} DlEditEventRef;

/* An actor as it can be found again, and made when it is gone */
typedef struct
{
  char *name;
  DlActorKind kind;
} DlEditActorRef;

/* A stretch of an article's text, in code points */
typedef struct
{
  char *article;
  guint start;
  guint end;
} DlEditPassage;

struct _DlEdit
{
  GObject parent_instance;

  DlEditKind kind;
  DlEditEventRef event;         /* event edits but add */
  DlEditActorRef actor;         /* actor edits */
  DlEditActorRef into;          /* merge: the actor that stays */
  DlEditPassage passage;        /* article date: the article; add: the passage */
  GDateTime *date;              /* article date */
  GDateTime *previous_date;     /* article date: the date it replaced, or %NULL */
  DlDctSource previous_source;
  DlDateSpan *when;             /* event date and add; %NULL: undated */
  char *text;                   /* title, add's title, rename's and split's name */
  DlActorKind new_kind;         /* actor kind */
  GArray *actors;               /* DlEditActorRef: event actors and add */
  GArray *mentions;             /* DlEditPassage: split */
};

DlEdit      *_dl_edit_new              (DlEditKind  kind);
void         _dl_edit_add_actor_ref    (DlEdit     *self,
                                        const char *name,
                                        DlActorKind kind);
void         _dl_edit_add_mention_ref  (DlEdit     *self,
                                        const char *article,
                                        guint       start,
                                        guint       end);

const char  *_dl_edit_kind_to_string   (DlEditKind  kind);
gboolean     _dl_edit_kind_from_string (const char *string,
                                        DlEditKind *kind);

G_END_DECLS
