/* dl-edit-history.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edits a project holds, in the order they were made, and those
 * undone that can still be made again. Undoing an edit does not invert
 * it: the results are made again from the analysis with the edits that
 * remain, which is always exact.
 */
#pragma once

#include <gio/gio.h>

#include "dl-edit.h"

G_BEGIN_DECLS

#define DL_TYPE_EDIT_HISTORY (dl_edit_history_get_type ())

G_DECLARE_FINAL_TYPE (DlEditHistory, dl_edit_history, DL, EDIT_HISTORY, GObject)

DlEditHistory *dl_edit_history_new          (void);
void           dl_edit_history_push         (DlEditHistory  *self,
                                             DlEdit         *edit);
DlEdit        *dl_edit_history_undo         (DlEditHistory  *self);
DlEdit        *dl_edit_history_redo         (DlEditHistory  *self);
gboolean       dl_edit_history_can_undo     (DlEditHistory  *self);
gboolean       dl_edit_history_can_redo     (DlEditHistory  *self);
DlEdit        *dl_edit_history_peek_undo    (DlEditHistory  *self);
DlEdit        *dl_edit_history_peek_redo    (DlEditHistory  *self);
GPtrArray     *dl_edit_history_get_edits    (DlEditHistory  *self);
GPtrArray     *dl_edit_history_dup_json     (DlEditHistory  *self);
gboolean       dl_edit_history_set_json     (DlEditHistory  *self,
                                             GPtrArray      *json,
                                             GError        **error);
void           dl_edit_history_clear        (DlEditHistory  *self);

G_END_DECLS
