/* dl-export-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files of the exporter, one per group of formats.
 */
#pragma once

#include "dl-export.h"

G_BEGIN_DECLS

GBytes   *_dl_export_json_node_to_bytes   (JsonNode    *root);
GBytes   *_dl_export_json_to_bytes        (DlCorpus    *corpus);
GBytes   *_dl_export_csv_to_bytes         (DlCorpus    *corpus);
GBytes   *_dl_export_timelinejs_to_bytes  (DlCorpus    *corpus);
GBytes   *_dl_export_gexf_to_bytes        (DlCorpus    *corpus,
                                           GError     **error);
GBytes   *_dl_export_graphml_to_bytes     (DlCorpus    *corpus,
                                           GError     **error);
GBytes   *_dl_export_ics_to_bytes         (DlCorpus    *corpus);
gboolean  _dl_export_write_bytes          (GBytes      *bytes,
                                           const char  *path,
                                           GError     **error);
void      _dl_export_set_write_error      (GError     **error,
                                           int          code,
                                           const char  *path,
                                           const char  *reason);
char     *_dl_export_dup_source_title     (DlArticle   *article);

G_END_DECLS
