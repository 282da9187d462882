/* dl-article.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dl-types.h"

G_BEGIN_DECLS

/**
 * DlDctSource:
 * Where an article's own date (its document creation time) came from.
 */
typedef enum
{
  DL_DCT_SOURCE_NONE,
  DL_DCT_SOURCE_TEXT,
  DL_DCT_SOURCE_META,
  DL_DCT_SOURCE_OPTION,
  DL_DCT_SOURCE_INFERRED,
  DL_DCT_SOURCE_FILE,
} DlDctSource;

#define DL_TYPE_ARTICLE (dl_article_get_type ())

G_DECLARE_FINAL_TYPE (DlArticle, dl_article, DL, ARTICLE, GObject)

DlArticle   *dl_article_new                (const char  *path,
                                            const char  *title,
                                            const char  *text);
const char  *dl_article_get_id             (DlArticle   *self);
void         dl_article_set_id             (DlArticle   *self,
                                            const char  *id);
const char  *dl_article_get_path           (DlArticle   *self);
const char  *dl_article_get_url            (DlArticle   *self);
const char  *dl_article_get_display_name   (DlArticle   *self);
const char  *dl_article_get_title          (DlArticle   *self);
void         dl_article_set_title          (DlArticle   *self,
                                            const char  *title);
const char  *dl_article_get_text           (DlArticle   *self);
gsize        dl_article_get_text_length    (DlArticle   *self);
guint        dl_article_get_n_chars        (DlArticle   *self);
guint        dl_article_byte_to_char       (DlArticle   *self,
                                            gsize        byte_offset);
gsize        dl_article_char_to_byte       (DlArticle   *self,
                                            guint        char_offset);
char        *dl_article_dup_slice          (DlArticle   *self,
                                            guint        char_start,
                                            guint        char_end);
GDateTime   *dl_article_get_dct            (DlArticle   *self);
DlDctSource  dl_article_get_dct_source     (DlArticle   *self);
void         dl_article_set_dct            (DlArticle   *self,
                                            GDateTime   *dct,
                                            DlDctSource  source);
char        *dl_article_dup_dct_string     (DlArticle   *self);
guint        dl_article_get_n_events       (DlArticle   *self);
guint        dl_article_get_n_actors       (DlArticle   *self);
void         dl_article_set_counts         (DlArticle   *self,
                                            guint        n_events,
                                            guint        n_actors);
DlArticle   *dl_article_get_duplicate_of   (DlArticle   *self);
void         dl_article_set_duplicate_of   (DlArticle   *self,
                                            DlArticle   *original);

const char  *dl_dct_source_to_string       (DlDctSource source);

G_END_DECLS
