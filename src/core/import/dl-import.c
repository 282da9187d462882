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

typedef enum
{
  FORMAT_TEXT,
  FORMAT_HTML,
  FORMAT_MARKDOWN,
  FORMAT_PDF,
  FORMAT_EPUB,
  FORMAT_EMAIL,
  FORMAT_JSONL,
} Format;

static const struct
{
  const char *extension;
  Format format;
} extensions[] = {
  { "txt", FORMAT_TEXT }, { "text", FORMAT_TEXT },
  { "html", FORMAT_HTML }, { "htm", FORMAT_HTML }, { "xhtml", FORMAT_HTML },
  { "md", FORMAT_MARKDOWN }, { "markdown", FORMAT_MARKDOWN },
  { "pdf", FORMAT_PDF }, { "epub", FORMAT_EPUB }, { "eml", FORMAT_EMAIL },
  { "jsonl", FORMAT_JSONL }, { "ndjson", FORMAT_JSONL },
};

/* The format the name says, if it says one Dateline knows */
static gboolean
format_from_path (const char *path,
                  Format     *format)
{
  g_autofree char *extension = path != NULL ? dup_extension (path) : NULL;

  if (extension == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_equal (extension, extensions[i].extension))
      {
        *format = extensions[i].format;
        return TRUE;
      }
  return FALSE;
}

/* What the content is wins over a misleading name for the two binary
 * formats, so that a PDF saved as "article.txt" still opens */
static Format
detect_format (const char *name,
               const char *data,
               gsize       length)
{
  Format format = FORMAT_TEXT;

  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return FORMAT_PDF;
  if (_dl_import_looks_like_epub (data, length))
    return FORMAT_EPUB;
  if (format_from_path (name, &format))
    return format;
  if (_dl_import_looks_like_html (data, length))
    return FORMAT_HTML;
  return FORMAT_TEXT;
}

static gsize
format_size_limit (Format format)
{
  return format == FORMAT_PDF || format == FORMAT_EPUB || format == FORMAT_JSONL
         ? DL_IMPORT_MAX_CONTAINER_SIZE : DL_IMPORT_MAX_SIZE;
}

/* Before a byte is read, only the name tells the format */
static gsize
name_size_limit (const char *name)
{
  Format format = FORMAT_TEXT;

  format_from_path (name, &format);
  return format_size_limit (format);
}

static void
set_too_large_error (GError     **error,
                     const char  *name,
                     guint64      size,
                     guint64      limit)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *limit_text = g_format_size (limit);

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
             gsize          limit,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  g_autoptr(GError) local_error = NULL;
  gssize n_read;

  buffer = g_byte_array_sized_new (MIN (size_hint, limit) + 1);
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
      if (buffer->len > limit)
        {
          g_autofree char *limit_text = g_format_size (limit);

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
static GFileInputStream *
open_file (GFile         *file,
           const char    *name,
           guint64        limit,
           guint64       *size_out,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  GFileInputStream *stream;
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
  if (size > limit)
    {
      set_too_large_error (error, name, size, limit);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    set_io_error (error, name, local_error);
  *size_out = size;
  return stream;
}

static GBytes *
read_file (GFile         *file,
           const char    *name,
           gsize          limit,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  guint64 size = 0;

  stream = open_file (file, name, limit, &size, cancellable, error);
  if (stream == NULL)
    return NULL;
  return read_stream (G_INPUT_STREAM (stream), name, size, limit, cancellable, error);
}

static DlArticle *
import_single (Format       format,
               const char  *path,
               const char  *name,
               const char  *data,
               gsize        length,
               GError     **error)
{
  switch (format)
    {
    case FORMAT_HTML:
      return _dl_import_html (path, name, data, length, error);
    case FORMAT_MARKDOWN:
      return _dl_import_markdown (path, name, data, length, error);
    case FORMAT_PDF:
      return _dl_import_pdf (path, name, data, length, error);
    case FORMAT_EPUB:
      return _dl_import_epub (path, name, data, length, error);
    case FORMAT_EMAIL:
      return _dl_import_email (path, name, data, length, error);
    case FORMAT_TEXT:
    case FORMAT_JSONL:
    default:
      return _dl_import_text (path, name, data, length, error);
    }
}

/* Every format goes through here once its bytes are in memory */
static gboolean
import_data_foreach (const char           *path,
                     const char           *name,
                     const char           *data,
                     gsize                 length,
                     DlImportArticleFunc   func,
                     gpointer              user_data,
                     GPtrArray            *errors,
                     GError              **error)
{
  g_autoptr(GInputStream) stream = NULL;
  Format format = detect_format (name, data, length);
  DlArticle *article;

  if (length == 0)
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY,
                   _("“%s” is empty"), name);
      return FALSE;
    }
  if (length > format_size_limit (format))
    {
      set_too_large_error (error, name, length, format_size_limit (format));
      return FALSE;
    }
  if (format == FORMAT_JSONL)
    {
      stream = g_memory_input_stream_new_from_data (data, length, NULL);
      return _dl_import_jsonl_foreach (path, name, stream, length, func, user_data,
                                       errors, NULL, error);
    }
  article = import_single (format, path, name, data, length, error);
  if (article == NULL)
    return FALSE;
  func (article, user_data);
  g_object_unref (article);
  return TRUE;
}

static gboolean
collect_article (DlArticle *article,
                 gpointer   user_data)
{
  g_ptr_array_add (user_data, g_object_ref (article));
  return TRUE;
}

static gboolean
keep_first_article (DlArticle *article,
                    gpointer   user_data)
{
  DlArticle **first = user_data;

  *first = g_object_ref (article);
  return FALSE;
}

static char *
dup_name (GFile      *file,
          const char *path)
{
  return path != NULL ? g_path_get_basename (path) : g_file_get_basename (file);
}

static char *
dup_file_path (GFile *file)
{
  char *path = g_file_get_path (file);

  return path != NULL ? path : g_file_get_uri (file);
}

/* @max_dump_size bounds a JSON Lines dump: its articles may be handed
 * on one by one, or all kept */
static gboolean
import_file_foreach (GFile                *file,
                     const char           *path,
                     guint64               max_dump_size,
                     DlImportArticleFunc   func,
                     gpointer              user_data,
                     GPtrArray            *errors,
                     GCancellable         *cancellable,
                     GError              **error)
{
  g_autofree char *own_path = path == NULL ? dup_file_path (file) : NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  Format format = FORMAT_TEXT;
  const char *data;
  gsize length;

  if (path == NULL)
    path = own_path;
  name = dup_name (file, path);

  /* A dump is read line by line: it may be larger than any article */
  if (format_from_path (name, &format) && format == FORMAT_JSONL)
    {
      g_autoptr(GFileInputStream) stream = NULL;
      guint64 size = 0;

      stream = open_file (file, name, max_dump_size, &size, cancellable, error);
      if (stream == NULL)
        return FALSE;
      return _dl_import_jsonl_foreach (path, name, G_INPUT_STREAM (stream), max_dump_size,
                                       func, user_data, errors, cancellable, error);
    }

  bytes = read_file (file, name, name_size_limit (name), cancellable, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return import_data_foreach (path, name, data != NULL ? data : "", length,
                              func, user_data, errors, error);
}

/**
 * dl_import_file_foreach_article:
 * @file: the file to read
 * @path: (nullable): the path to record in the articles, as the user
 *   gave it; %NULL for @file's own path or URI
 * @func: (scope call): called with each article in the file's order;
 *   it returns %FALSE to stop
 * @user_data: data for @func
 * @errors: (nullable) (element-type GError): where the problems of
 *   single records go (a bad line of a JSON Lines dump) once the file
 *   has given an article
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError in %DL_IMPORT_ERROR, naming the file and the reason
 *
 * Reads the articles of a file one at a time, without holding them
 * all: one call for most formats, one per good line of a JSON Lines
 * dump. A dump is read as it goes, so that memory does not grow with
 * it: only the line being read is held, and never more of a line than
 * %DL_IMPORT_MAX_SIZE. When a dump fails part way (an I/O error, a
 * cancellation), @func has seen the articles before the failure.
 *
 * Returns: %TRUE when the file gave at least one article and was read
 *   to its end or until @func stopped it
 */
gboolean
dl_import_file_foreach_article (GFile                *file,
                                const char           *path,
                                DlImportArticleFunc   func,
                                gpointer              user_data,
                                GPtrArray            *errors,
                                GCancellable         *cancellable,
                                GError              **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return import_file_foreach (file, path, G_MAXUINT64, func, user_data, errors,
                              cancellable, error);
}

/**
 * dl_import_file_articles:
 * @file: the file to read
 * @path: (nullable): the path to record in the articles, as the user
 *   gave it; %NULL for @file's own path or URI
 * @errors: (nullable) (element-type GError): where the problems of
 *   single records go (a bad line of a JSON Lines dump) when the rest
 *   of the file is read
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError in %DL_IMPORT_ERROR, naming the file and the reason
 *
 * Reads every article a file holds: one for most formats, one per line
 * for JSON Lines (whose articles have paths like "dump.jsonl#12", 12
 * being the line). Nothing is ever written to @file. As all of a dump
 * is kept, a dump larger than %DL_IMPORT_MAX_CONTAINER_SIZE is refused;
 * dl_import_file_foreach_article() reads one of any size.
 *
 * Returns: (transfer full) (element-type DlArticle) (nullable): at
 *   least one article, or %NULL when none could be read
 */
GPtrArray *
dl_import_file_articles (GFile         *file,
                         const char    *path,
                         GPtrArray     *errors,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GPtrArray) articles = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Every article of a dump is kept here, so the dump's size is bounded */
  articles = g_ptr_array_new_with_free_func (g_object_unref);
  if (!import_file_foreach (file, path, DL_IMPORT_MAX_CONTAINER_SIZE, collect_article,
                            articles, errors, cancellable, error))
    return NULL;
  return g_steal_pointer (&articles);
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
 * Of a file that holds several articles, the first is returned.
 *
 * Returns: (transfer full) (nullable): the article
 */
DlArticle *
dl_import_file_with_path (GFile         *file,
                          const char    *path,
                          GCancellable  *cancellable,
                          GError       **error)
{
  DlArticle *first = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!import_file_foreach (file, path, G_MAXUINT64, keep_first_article, &first, NULL,
                            cancellable, error))
    return NULL;
  return first;
}

/**
 * dl_import_file:
 * @file: the file to read
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError in %DL_IMPORT_ERROR, naming the file and the reason
 *
 * Reads an article: plain text, HTML, Markdown, PDF, EPUB or email.
 * Nothing is ever written to @file.
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

  path = dup_file_path (file);
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
  DlArticle *first = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (path == NULL || g_str_equal (path, "-"))
    name = g_strdup (_("standard input"));
  else
    name = g_path_get_basename (path);
  data = g_bytes_get_data (bytes, &length);
  if (!import_data_foreach (path, name, data != NULL ? data : "", length,
                            keep_first_article, &first, NULL, error))
    return NULL;
  return first;
}

/**
 * dl_import_is_supported:
 * @file: a file
 *
 * Whether a folder walk should pick @file up: the formats Dateline
 * reads, by extension, and files without one.
 */
gboolean
dl_import_is_supported (GFile *file)
{
  g_autofree char *base = NULL;
  g_autofree char *extension = NULL;
  Format format;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  base = g_file_get_basename (file);
  if (base == NULL)
    return FALSE;
  extension = dup_extension (base);
  return extension == NULL || format_from_path (base, &format);
}
