/* dl-import.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-article.h"
#include "dl-import.h"

G_DEFINE_QUARK (dl-import-error-quark, dl_import_error)

/* STUB: replaced by the real importers */
DlArticle *
dl_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = g_file_get_path (file);
  gsize length;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  return dl_article_new (path, NULL, contents);
}

DlArticle *
dl_import_bytes (const char  *path,
                 GBytes      *bytes,
                 GError     **error)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return dl_article_new (path, NULL, text);
}

gboolean
dl_import_is_supported (GFile *file)
{
  return TRUE;
}

GPtrArray *
dl_import_collect_files (GFile        **files,
                         guint          n_files,
                         GCancellable  *cancellable)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (result, g_object_ref (files[i]));
  return result;
}
