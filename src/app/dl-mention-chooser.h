/* dl-mention-chooser.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_MENTION_CHOOSER (dl_mention_chooser_get_type ())

G_DECLARE_FINAL_TYPE (DlMentionChooser, dl_mention_chooser, DL, MENTION_CHOOSER, GtkBox)

GtkWidget  *dl_mention_chooser_new            (DlActor          *actor);
guint       dl_mention_chooser_get_n_mentions (DlMentionChooser *self);
void        dl_mention_chooser_set_chosen     (DlMentionChooser *self,
                                               guint             index,
                                               gboolean          chosen);
const char *dl_mention_chooser_get_name       (DlMentionChooser *self);
void        dl_mention_chooser_set_name       (DlMentionChooser *self,
                                               const char       *name);
GArray     *dl_mention_chooser_dup_chosen     (DlMentionChooser *self);
gboolean    dl_mention_chooser_is_valid       (DlMentionChooser *self);
char       *dl_mention_dup_context_markup     (DlArticle        *article,
                                               guint             start,
                                               guint             end);

G_END_DECLS
