/* dl-source-view.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_SOURCE_VIEW (dl_source_view_get_type ())

G_DECLARE_FINAL_TYPE (DlSourceView, dl_source_view, DL, SOURCE_VIEW, AdwBin)

GtkWidget  *dl_source_view_new             (void);
void        dl_source_view_show_article    (DlSourceView *self,
                                            DlArticle    *article);
void        dl_source_view_show_event      (DlSourceView *self,
                                            DlEvent      *event);
void        dl_source_view_show_actor      (DlSourceView *self,
                                            DlActor      *actor);
void        dl_source_view_clear           (DlSourceView *self);
DlArticle  *dl_source_view_get_article     (DlSourceView *self);
DlEvent    *dl_source_view_get_event       (DlSourceView *self);
DlActor    *dl_source_view_get_actor       (DlSourceView *self);
gboolean    dl_source_view_get_selection   (DlSourceView *self,
                                            guint        *start,
                                            guint        *end);
void        dl_source_view_select          (DlSourceView *self,
                                            guint         start,
                                            guint         end);
gboolean    dl_source_view_get_passage     (DlSourceView *self,
                                            guint        *start,
                                            guint        *end);
guint       dl_source_view_count_actor_highlights (DlSourceView *self);

G_END_DECLS
