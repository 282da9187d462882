/* dl-export.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dl-render-style.h"
#include "dl-types.h"

G_BEGIN_DECLS

#define DL_EXPORT_ERROR (dl_export_error_quark ())

/* Image sizes outside this range fail with DL_EXPORT_ERROR_INVALID_SIZE */
#define DL_EXPORT_MIN_SIZE 16
#define DL_EXPORT_MAX_SIZE 16384

/* The size dateline-cli draws at when none is given */
#define DL_EXPORT_DEFAULT_WIDTH  1600
#define DL_EXPORT_DEFAULT_HEIGHT 900

typedef enum
{
  DL_EXPORT_ERROR_FAILED,
  DL_EXPORT_ERROR_INVALID_SIZE,
} DlExportError;

typedef enum
{
  DL_EXPORT_FORMAT_PNG,
  DL_EXPORT_FORMAT_SVG,
  DL_EXPORT_FORMAT_PDF,
  DL_EXPORT_FORMAT_JSON,
  DL_EXPORT_FORMAT_CSV,
  DL_EXPORT_FORMAT_TIMELINEJS,
  DL_EXPORT_FORMAT_GEXF,
  DL_EXPORT_FORMAT_GRAPHML,
} DlExportFormat;

typedef enum
{
  DL_EXPORT_VIEW_TIMELINE,
  DL_EXPORT_VIEW_GRAPH,
} DlExportView;

GQuark       dl_export_error_quark         (void);
gboolean     dl_export_format_from_string  (const char           *name,
                                            DlExportFormat       *format);
gboolean     dl_export_format_from_path    (const char           *path,
                                            DlExportFormat       *format);
const char  *dl_export_format_to_string    (DlExportFormat        format);
gboolean     dl_export_format_is_image     (DlExportFormat        format);
gboolean     dl_export_view_from_string    (const char           *name,
                                            DlExportView         *view);
const char  *dl_export_view_to_string      (DlExportView          view);
gboolean     dl_export_check_size          (int                   width,
                                            int                   height,
                                            GError              **error);
gboolean     dl_export_image               (DlCorpus             *corpus,
                                            DlExportView          view,
                                            DlViewport           *viewport,
                                            const DlRenderStyle  *style,
                                            DlExportFormat        format,
                                            int                   width,
                                            int                   height,
                                            const char           *path,
                                            GError              **error);
GBytes      *dl_export_image_to_bytes      (DlCorpus             *corpus,
                                            DlExportView          view,
                                            DlViewport           *viewport,
                                            const DlRenderStyle  *style,
                                            DlExportFormat        format,
                                            int                   width,
                                            int                   height,
                                            GError              **error);
JsonNode    *dl_export_corpus_to_json      (DlCorpus             *corpus);
GBytes      *dl_export_data_to_bytes       (DlCorpus             *corpus,
                                            DlExportFormat        format,
                                            GError              **error);
gboolean     dl_export_data                (DlCorpus             *corpus,
                                            DlExportFormat        format,
                                            const char           *path,
                                            GError              **error);

G_END_DECLS
