/* dl-text-offsets.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-types.h"

G_BEGIN_DECLS

DlTextOffsets *dl_text_offsets_new           (const char          *text,
                                              gsize                length);
void           dl_text_offsets_free          (DlTextOffsets       *self);
guint          dl_text_offsets_get_n_chars   (const DlTextOffsets *self);
guint          dl_text_offsets_byte_to_char  (const DlTextOffsets *self,
                                              gsize                byte_offset);
gsize          dl_text_offsets_char_to_byte  (const DlTextOffsets *self,
                                              guint                char_offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlTextOffsets, dl_text_offsets_free)

G_END_DECLS
