/* dl-event-editor.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dl-actor.h"
#include "dl-edit.h"
#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_EVENT_EDITOR (dl_event_editor_get_type ())

G_DECLARE_FINAL_TYPE (DlEventEditor, dl_event_editor, DL, EVENT_EDITOR, AdwBin)

GtkWidget   *dl_event_editor_new             (void);
void         dl_event_editor_set_known_actors (DlEventEditor *self,
                                              GListModel    *actors);
void         dl_event_editor_load            (DlEventEditor *self,
                                              const char    *title,
                                              DlDateSpan    *when,
                                              GPtrArray     *actors);
void         dl_event_editor_load_event      (DlEventEditor *self,
                                              DlEvent       *event);
const char  *dl_event_editor_get_title       (DlEventEditor *self);
void         dl_event_editor_set_title       (DlEventEditor *self,
                                              const char    *title);
void         dl_event_editor_set_dated       (DlEventEditor *self,
                                              gboolean       dated);
void         dl_event_editor_set_range       (DlEventEditor *self,
                                              gboolean       range);
void         dl_event_editor_set_date_fields (DlEventEditor *self,
                                              gboolean       end,
                                              int            year,
                                              int            month,
                                              int            day);
gboolean     dl_event_editor_get_date_valid  (DlEventEditor *self);
DlDateSpan  *dl_event_editor_dup_when        (DlEventEditor *self);
GPtrArray   *dl_event_editor_get_actors      (DlEventEditor *self);
gboolean     dl_event_editor_add_actor       (DlEventEditor *self,
                                              const char    *name,
                                              DlActorKind    kind);
void         dl_event_editor_remove_actor    (DlEventEditor *self,
                                              guint          index);
gboolean     dl_event_editor_is_valid        (DlEventEditor *self);
GPtrArray   *dl_event_editor_build_edits     (DlEventEditor *self,
                                              DlEvent       *event);
DlEdit      *dl_event_editor_build_add       (DlEventEditor *self,
                                              DlArticle     *article,
                                              guint          start,
                                              guint          end);

G_END_DECLS
