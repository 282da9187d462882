/* dl-export.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dl-render-style.h"
#include "dl-timeline-index.h"
#include "dl-types.h"

G_BEGIN_DECLS

#define DL_EXPORT_ERROR (dl_export_error_quark ())

/* Image sizes outside this range fail with DL_EXPORT_ERROR_INVALID_SIZE */
#define DL_EXPORT_MIN_SIZE 16
#define DL_EXPORT_MAX_SIZE 16384

/* The size dateline-cli draws at when none is given */
#define DL_EXPORT_DEFAULT_WIDTH  1600
#define DL_EXPORT_DEFAULT_HEIGHT 900

/* Scales and PDF pages accepted by dl_export_picture() */
#define DL_EXPORT_MAX_SCALE 4.0
#define DL_EXPORT_MAX_PAGES 50

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
  DL_EXPORT_FORMAT_ICS,
} DlExportFormat;

typedef enum
{
  DL_EXPORT_VIEW_TIMELINE,
  DL_EXPORT_VIEW_GRAPH,
} DlExportView;

typedef enum
{
  DL_EXPORT_STYLE_LIGHT,
  DL_EXPORT_STYLE_DARK,
  DL_EXPORT_STYLE_PRINT,
} DlExportStyle;

/**
 * DlExportPicture:
 * @view: the timeline or the actor graph
 * @format: PNG, SVG or PDF
 * @events: (nullable): the events of the timeline, %NULL for all of
 *   the corpus's (a filtered list exports what a filtered view shows)
 * @actors: (nullable): the actors of the graph, %NULL for the corpus's
 * @relations: (nullable): the relations of the graph, %NULL for the
 *   corpus's
 * @viewport: (nullable): the time the timeline shows, %NULL to fit
 *   every dated event
 * @lanes: how the timeline splits its events into lanes
 * @style: (nullable): the colours, %NULL for the light defaults
 * @width: the width the picture is laid out at
 * @height: the height it is laid out at
 * @scale: how many pixels (PNG) or points (SVG, PDF) a unit of the
 *   layout takes: 2 gives a picture twice as large with the same layout
 * @pages: for a PDF of the timeline, how many pages the time is split
 *   across, left to right; 0 or 1 for one page
 *
 * Everything a picture export needs. Fill it with
 * dl_export_picture_init(), then change what differs.
 */
typedef struct
{
  DlExportView view;
  DlExportFormat format;
  GListModel *events;
  GListModel *actors;
  GListModel *relations;
  DlViewport *viewport;
  DlTimelineLanes lanes;
  const DlRenderStyle *style;
  int width;
  int height;
  double scale;
  guint pages;
} DlExportPicture;

GQuark       dl_export_error_quark         (void);
gboolean     dl_export_format_from_string  (const char           *name,
                                            DlExportFormat       *format);
gboolean     dl_export_format_from_path    (const char           *path,
                                            DlExportFormat       *format);
const char  *dl_export_format_to_string    (DlExportFormat        format);
const char  *dl_export_format_get_extension (DlExportFormat       format);
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
void         dl_export_picture_init        (DlExportPicture      *picture,
                                            DlExportView          view,
                                            DlExportFormat        format,
                                            int                   width,
                                            int                   height);
void         dl_export_picture_get_output_size (const DlExportPicture *picture,
                                            int                  *width,
                                            int                  *height);
guint        dl_export_picture_get_n_pages (const DlExportPicture *picture);
void         dl_export_picture_draw_page   (cairo_t              *cr,
                                            DlCorpus             *corpus,
                                            const DlExportPicture *picture,
                                            guint                 page);
gboolean     dl_export_picture_get_page_span (DlCorpus           *corpus,
                                            const DlExportPicture *picture,
                                            guint                 page,
                                            double               *start,
                                            double               *end);
GBytes      *dl_export_picture_to_bytes    (DlCorpus             *corpus,
                                            const DlExportPicture *picture,
                                            GError              **error);
gboolean     dl_export_picture             (DlCorpus             *corpus,
                                            const DlExportPicture *picture,
                                            const char           *path,
                                            GError              **error);
guint        dl_export_suggest_pages       (GListModel           *events,
                                            DlViewport           *viewport);
guint        dl_export_pages_for_width     (GListModel           *events,
                                            DlViewport           *viewport,
                                            double                width);
void         dl_export_style_init          (DlRenderStyle        *style,
                                            DlExportStyle         which);
gboolean     dl_export_style_from_string   (const char           *name,
                                            DlExportStyle        *which);
const char  *dl_export_style_to_string     (DlExportStyle         which);
JsonNode    *dl_export_corpus_to_json      (DlCorpus             *corpus);
GBytes      *dl_export_data_to_bytes       (DlCorpus             *corpus,
                                            DlExportFormat        format,
                                            GError              **error);
gboolean     dl_export_data                (DlCorpus             *corpus,
                                            DlExportFormat        format,
                                            const char           *path,
                                            GError              **error);

G_END_DECLS
