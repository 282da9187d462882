/* dl-segmenter.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DlSpan:
 * A stretch of UTF-8 text in bytes; @end is exclusive. The analysers
 * work in bytes; model objects store code points (see DlArticle).
 */
typedef struct
{
  gsize start;
  gsize end;
} DlSpan;

GArray *dl_segment_sentences (const char *text,
                              gsize       length);
GArray *dl_segment_tokens    (const char *text,
                              gsize       start,
                              gsize       end);

G_END_DECLS
