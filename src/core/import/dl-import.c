/* dl-import.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dl-import-private.h"

/* Read in pieces so that a file growing while it is read, or a pipe
 * without a size, still stops at the limit */
#define READ_CHUNK (64 * 1024)

G_DEFINE_QUARK (dl-import-error-quark, dl_import_error)

static const char * const html_extensions[] = { "html", "htm", "xhtml", NULL };

static char *
dup_extension (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  /* ".notes" is a hidden file without an extension, not an extension */
  if (dot == NULL || dot == base)
    return NULL;
  return g_ascii_strdown (dot + 1, -1);
}

static gboolean
has_html_extension (const char *path)
{
  g_autofree char *extension = path != NULL ? dup_extension (path) : NULL;

  return extension != NULL && g_strv_contains (html_extensions, extension);
}

static void
set_too_large_error (GError     **error,
                     const char  *name,
                     guint64      size)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *limit_text = g_format_size (DL_IMPORT_MAX_SIZE);

  g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
               _("“%s” is too large (%s); Dateline reads files of up to %s"),
               name, size_text, limit_text);
}

/* Say what went wrong in the user's terms; a cancelled import stays a
 * cancellation so that callers can tell it apart */
static void
set_io_error (GError       **error,
              const char    *name,
              const GError  *io_error)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, io_error->message);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
           || g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_NOT_FOUND,
                 _("“%s” does not exist"), name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_READ,
                 _("You do not have permission to read “%s”"), name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is a folder, not a file"), name);
  else
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_READ,
                 _("“%s” could not be read: %s"), name, io_error->message);
}

static GBytes *
read_stream (GInputStream  *stream,
             const char    *name,
             guint64        size_hint,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  g_autoptr(GError) local_error = NULL;
  gssize n_read;

  buffer = g_byte_array_sized_new (MIN (size_hint, DL_IMPORT_MAX_SIZE) + 1);
  do
    {
      guint start = buffer->len;

      g_byte_array_set_size (buffer, start + READ_CHUNK);
      n_read = g_input_stream_read (stream, buffer->data + start, READ_CHUNK,
                                    cancellable, &local_error);
      g_byte_array_set_size (buffer, start + MAX (n_read, 0));
      if (n_read < 0)
        {
          set_io_error (error, name, local_error);
          return NULL;
        }
      if (buffer->len > DL_IMPORT_MAX_SIZE)
        {
          g_autofree char *limit_text = g_format_size (DL_IMPORT_MAX_SIZE);

          /* The size was unknown (a pipe) or grew while reading */
          g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” is too large; Dateline reads files of up to %s"),
                       name, limit_text);
          return NULL;
        }
    }
  while (n_read > 0);
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Refuse what is not a readable file of a sane size before reading a
 * single byte of it */
static GBytes *
read_file (GFile         *file,
           const char    *name,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  guint64 size = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      set_io_error (error, name, local_error);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is a folder, not a file"), name);
      return NULL;
    }
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    size = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_STANDARD_SIZE);
  if (size > DL_IMPORT_MAX_SIZE)
    {
      set_too_large_error (error, name, size);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      set_io_error (error, name, local_error);
      return NULL;
    }
  return read_stream (G_INPUT_STREAM (stream), name, size, cancellable, error);
}

static DlArticle *
import_data (const char  *path,
             const char  *name,
             const char  *data,
             gsize        length,
             GError     **error)
{
  if (length == 0)
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY,
                   _("“%s” is empty"), name);
      return NULL;
    }
  if (length > DL_IMPORT_MAX_SIZE)
    {
      set_too_large_error (error, name, length);
      return NULL;
    }
  if (has_html_extension (path) || _dl_import_looks_like_html (data, length))
    return _dl_import_html (path, name, data, length, error);
  return _dl_import_text (path, name, data, length, error);
}

/**
 * dl_import_file_with_path:
 * @file: the file to read
 * @path: (nullable): the path to record in the article, as the user
 *   gave it (a relative path on the command line, say)
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError in %DL_IMPORT_ERROR, naming the file and the reason
 *
 * Like dl_import_file(), with the article's path chosen by the caller.
 *
 * Returns: (transfer full) (nullable): the article
 */
DlArticle *
dl_import_file_with_path (GFile         *file,
                          const char    *path,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = path != NULL ? g_path_get_basename (path) : g_file_get_basename (file);
  bytes = read_file (file, name, cancellable, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return import_data (path, name, data, length, error);
}

/**
 * dl_import_file:
 * @file: the file to read
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError in %DL_IMPORT_ERROR, naming the file and the reason
 *
 * Reads a plain text or HTML article. Nothing is ever written to @file.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL
 */
DlArticle *
dl_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    path = g_file_get_uri (file);
  return dl_import_file_with_path (file, path, cancellable, error);
}

/**
 * dl_import_bytes:
 * @path: (nullable): where the bytes came from, or %NULL or "-" for
 *   the standard input
 * @bytes: the content
 * @error: a #GError in %DL_IMPORT_ERROR
 *
 * Like dl_import_file() for content already in memory. HTML is told
 * from text by its extension or by its content.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL
 */
DlArticle *
dl_import_bytes (const char  *path,
                 GBytes      *bytes,
                 GError     **error)
{
  g_autofree char *name = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (path == NULL || g_str_equal (path, "-"))
    name = g_strdup (_("standard input"));
  else
    name = g_path_get_basename (path);
  data = g_bytes_get_data (bytes, &length);
  return import_data (path, name, data != NULL ? data : "", length, error);
}

/**
 * dl_import_is_supported:
 * @file: a file
 *
 * Whether a folder walk should pick @file up: plain text, Markdown and
 * HTML by extension, and files without one.
 */
gboolean
dl_import_is_supported (GFile *file)
{
  static const char * const supported[] = { "txt", "text", "md", "html", "htm", "xhtml", NULL };
  g_autofree char *base = NULL;
  g_autofree char *extension = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  base = g_file_get_basename (file);
  if (base == NULL)
    return FALSE;
  extension = dup_extension (base);
  return extension == NULL || g_strv_contains (supported, extension);
}
