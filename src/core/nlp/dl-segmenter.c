/* dl-segmenter.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-segmenter.h"

/* STUB: replaced by the real segmenter */
GArray *
dl_segment_sentences (const char *text,
                      gsize       length)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (DlSpan));
  DlSpan all = { 0, length };

  if (length > 0)
    g_array_append_val (spans, all);
  return spans;
}

GArray *
dl_segment_tokens (const char *text,
                   gsize       start,
                   gsize       end)
{
  return g_array_new (FALSE, FALSE, sizeof (DlSpan));
}
