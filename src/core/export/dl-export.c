/* dl-export.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-corpus.h"
#include "dl-export.h"

G_DEFINE_QUARK (dl-export-error-quark, dl_export_error)

/* STUB */
gboolean
dl_export_format_from_string (const char     *name,
                              DlExportFormat *format)
{
  return FALSE;
}
