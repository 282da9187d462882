/* dl-import-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/HTMLparser.h>

#include "dl-article.h"
#include "dl-import.h"

G_BEGIN_DECLS

/* dl-import-encoding.c: bytes to clean UTF-8 */
char        *_dl_import_decode             (const char    *name,
                                            const char    *data,
                                            gsize          length,
                                            const char    *charset,
                                            gsize         *out_length,
                                            GError       **error);
char        *_dl_import_clean_text         (const char    *text,
                                            gsize          length);
gboolean     _dl_import_is_blank           (const char    *text);

/* dl-import-text.c: plain text */
DlArticle   *_dl_import_text               (const char    *path,
                                            const char    *name,
                                            const char    *data,
                                            gsize          length,
                                            GError       **error);
char        *_dl_import_text_title         (const char    *text);
void         _dl_import_date_from_text     (DlArticle     *article);
void         _dl_import_date_article       (DlArticle     *article,
                                            GDateTime     *meta_date);
char        *_dl_import_title_or_lead      (const char    *title,
                                            const char    *text);

/* dl-import-html.c: HTML pages */
gboolean     _dl_import_looks_like_html    (const char    *data,
                                            gsize          length);
DlArticle   *_dl_import_html               (const char    *path,
                                            const char    *name,
                                            const char    *data,
                                            gsize          length,
                                            GError       **error);
void         _dl_import_ensure_parser      (void);
char        *_dl_import_html_text          (const char    *name,
                                            const char    *data,
                                            gsize          length,
                                            const char    *charset,
                                            GError       **error);

/* dl-import-html-meta.c: what a page says about itself */
char        *_dl_import_html_title         (htmlDocPtr     doc);
GDateTime   *_dl_import_html_date          (htmlDocPtr     doc);
GDateTime   *_dl_import_parse_date         (const char    *value);
gboolean     _dl_import_node_is            (xmlNode       *node,
                                            const char    *name);
char        *_dl_import_node_attr          (xmlNode       *node,
                                            const char    *name);
char        *_dl_import_collapse_spaces    (const char    *text);
xmlNode     *_dl_import_next_node          (xmlNode       *node,
                                            xmlNode       *top);
gboolean     _dl_import_json_is_safe      (const char    *text);

/* dl-import-markdown.c */
DlArticle   *_dl_import_markdown           (const char    *path,
                                            const char    *name,
                                            const char    *data,
                                            gsize          length,
                                            GError       **error);
char        *_dl_import_markdown_strip     (const char    *markdown);

/* dl-import-pdf.c */
DlArticle   *_dl_import_pdf                (const char    *path,
                                            const char    *name,
                                            const char    *data,
                                            gsize          length,
                                            GError       **error);
char        *_dl_import_pdf_join_pages     (GPtrArray     *pages);

/* dl-import-zip.c: a bounded reader of ZIP archives in memory */
typedef struct _DlZip DlZip;

DlZip       *_dl_zip_open                  (const char    *name,
                                            const char    *data,
                                            gsize          length,
                                            GError       **error);
GBytes      *_dl_zip_read                  (DlZip         *zip,
                                            const char    *entry,
                                            GError       **error);
gboolean     _dl_zip_has                   (DlZip         *zip,
                                            const char    *entry);
void         _dl_zip_free                  (DlZip         *zip);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlZip, _dl_zip_free)

/* dl-import-epub.c */
gboolean     _dl_import_looks_like_epub    (const char    *data,
                                            gsize          length);
DlArticle   *_dl_import_epub               (const char    *path,
                                            const char    *name,
                                            const char    *data,
                                            gsize          length,
                                            GError       **error);

/* dl-import-email.c */
DlArticle   *_dl_import_email              (const char    *path,
                                            const char    *name,
                                            const char    *data,
                                            gsize          length,
                                            GError       **error);
GDateTime   *_dl_import_parse_rfc2822_date (const char    *value);

/* dl-import-jsonl.c */
gboolean     _dl_import_jsonl_foreach      (const char    *path,
                                            const char    *name,
                                            GInputStream  *stream,
                                            guint64        max_size,
                                            DlImportArticleFunc func,
                                            gpointer       user_data,
                                            GPtrArray     *errors,
                                            GCancellable  *cancellable,
                                            GError       **error);

G_END_DECLS
