/* dl-import.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_IMPORT_ERROR (dl_import_error_quark ())

/**
 * DlImportError:
 * @DL_IMPORT_ERROR_NOT_FOUND: the file does not exist
 * @DL_IMPORT_ERROR_READ: it could not be read (permissions, I/O)
 * @DL_IMPORT_ERROR_EMPTY: it holds no text
 * @DL_IMPORT_ERROR_BINARY: it is not text
 * @DL_IMPORT_ERROR_ENCODING: its text encoding is unknown or broken
 * @DL_IMPORT_ERROR_TOO_LARGE: it is larger than Dateline reads
 * @DL_IMPORT_ERROR_MALFORMED: its format is broken beyond repair
 * @DL_IMPORT_ERROR_UNSUPPORTED: its format is not one Dateline reads
 */
typedef enum
{
  DL_IMPORT_ERROR_NOT_FOUND,
  DL_IMPORT_ERROR_READ,
  DL_IMPORT_ERROR_EMPTY,
  DL_IMPORT_ERROR_BINARY,
  DL_IMPORT_ERROR_ENCODING,
  DL_IMPORT_ERROR_TOO_LARGE,
  DL_IMPORT_ERROR_MALFORMED,
  DL_IMPORT_ERROR_UNSUPPORTED,
} DlImportError;

/* Larger files are refused with DL_IMPORT_ERROR_TOO_LARGE */
#define DL_IMPORT_MAX_SIZE ((gsize) 32 * 1024 * 1024)
/* PDF, EPUB and JSON Lines files hold more than their text, or many
 * articles; each article's text still has the limit above */
#define DL_IMPORT_MAX_CONTAINER_SIZE ((gsize) 256 * 1024 * 1024)

/**
 * DlImportArticleFunc:
 * @article: (transfer none): an article just read; ref it to keep it
 * @user_data: the data given with the function
 *
 * Returns: %FALSE to stop reading the file
 */
typedef gboolean (*DlImportArticleFunc) (DlArticle *article,
                                         gpointer   user_data);

GQuark      dl_import_error_quark    (void);
DlArticle  *dl_import_file           (GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error);
DlArticle  *dl_import_file_with_path (GFile         *file,
                                      const char    *path,
                                      GCancellable  *cancellable,
                                      GError       **error);
DlArticle  *dl_import_bytes          (const char    *path,
                                      GBytes        *bytes,
                                      GError       **error);
gboolean    dl_import_is_supported   (GFile         *file);
GPtrArray  *dl_import_collect_files  (GFile        **files,
                                      guint          n_files,
                                      GCancellable  *cancellable);
GPtrArray  *dl_import_file_articles  (GFile         *file,
                                      const char    *path,
                                      GPtrArray     *errors,
                                      GCancellable  *cancellable,
                                      GError       **error);
gboolean    dl_import_file_foreach_article (GFile               *file,
                                            const char          *path,
                                            DlImportArticleFunc  func,
                                            gpointer             user_data,
                                            GPtrArray           *errors,
                                            GCancellable        *cancellable,
                                            GError             **error);
guint       dl_import_mark_duplicates (GPtrArray    *articles);

DlArticle  *dl_import_text            (const char    *name,
                                      const char    *text,
                                      GError       **error);

typedef struct _DlDuplicateFinder DlDuplicateFinder;

DlDuplicateFinder *dl_duplicate_finder_new  (void);
DlArticle         *dl_duplicate_finder_add  (DlDuplicateFinder *self,
                                             DlArticle         *article);
void               dl_duplicate_finder_free (DlDuplicateFinder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlDuplicateFinder, dl_duplicate_finder_free)

G_END_DECLS
