/* dl-export.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Format names and the dispatch from a format to its writer. The
 * writers live in one file per group of formats (dl-export-json.c,
 * dl-export-csv.c, ...); each builds the whole file in memory, so a
 * failure never leaves half a file behind.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-export-private.h"

G_DEFINE_QUARK (dl-export-error-quark, dl_export_error)

typedef struct
{
  DlExportFormat format;
  const char *name;
  const char *extension;
} FormatInfo;

/* In the order of DlExportFormat */
static const FormatInfo formats[] = {
  { DL_EXPORT_FORMAT_PNG, "png", ".png" },
  { DL_EXPORT_FORMAT_SVG, "svg", ".svg" },
  { DL_EXPORT_FORMAT_PDF, "pdf", ".pdf" },
  { DL_EXPORT_FORMAT_JSON, "json", ".json" },
  { DL_EXPORT_FORMAT_CSV, "csv", ".csv" },
  { DL_EXPORT_FORMAT_TIMELINEJS, "timelinejs", ".timeline.json" },
  { DL_EXPORT_FORMAT_GEXF, "gexf", ".gexf" },
  { DL_EXPORT_FORMAT_GRAPHML, "graphml", ".graphml" },
  { DL_EXPORT_FORMAT_ICS, "ics", ".ics" },
};

/**
 * dl_export_format_from_string:
 * @name: a format name such as `png` or `graphml` (any case)
 * @format: (out): the format
 *
 * Returns: %TRUE if @name is a format Dateline writes
 */
gboolean
dl_export_format_from_string (const char     *name,
                              DlExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

static gboolean
has_suffix_nocase (const char *text,
                   const char *suffix)
{
  gsize text_len = strlen (text);
  gsize suffix_len = strlen (suffix);

  return text_len > suffix_len &&
         g_ascii_strcasecmp (text + text_len - suffix_len, suffix) == 0;
}

/**
 * dl_export_format_from_path:
 * @path: a file name
 * @format: (out): the format its extension names
 *
 * The longest matching extension wins, so `x.timeline.json` is a
 * TimelineJS file and `x.json` a Dateline document.
 *
 * Returns: %TRUE if the extension names a format
 */
gboolean
dl_export_format_from_path (const char     *path,
                            DlExportFormat *format)
{
  gsize best = 0;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (strlen (formats[i].extension) > best && has_suffix_nocase (path, formats[i].extension))
      {
        best = strlen (formats[i].extension);
        *format = formats[i].format;
      }
  return best > 0;
}

/**
 * dl_export_format_get_extension:
 *
 * Returns: the file name extension of @format, with its dot
 * (`.timeline.json` for TimelineJS)
 */
const char *
dl_export_format_get_extension (DlExportFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (formats), NULL);
  return formats[format].extension;
}

const char *
dl_export_format_to_string (DlExportFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (formats), NULL);
  return formats[format].name;
}

gboolean
dl_export_format_is_image (DlExportFormat format)
{
  return format == DL_EXPORT_FORMAT_PNG ||
         format == DL_EXPORT_FORMAT_SVG ||
         format == DL_EXPORT_FORMAT_PDF;
}

gboolean
dl_export_view_from_string (const char   *name,
                            DlExportView *view)
{
  g_return_val_if_fail (view != NULL, FALSE);

  if (g_strcmp0 (name, "timeline") == 0)
    *view = DL_EXPORT_VIEW_TIMELINE;
  else if (g_strcmp0 (name, "graph") == 0)
    *view = DL_EXPORT_VIEW_GRAPH;
  else
    return FALSE;
  return TRUE;
}

const char *
dl_export_view_to_string (DlExportView view)
{
  return view == DL_EXPORT_VIEW_GRAPH ? "graph" : "timeline";
}

/**
 * dl_export_check_size:
 *
 * Returns: %TRUE if an image of @width x @height can be drawn, else
 *   %FALSE with %DL_EXPORT_ERROR_INVALID_SIZE
 */
gboolean
dl_export_check_size (int      width,
                      int      height,
                      GError **error)
{
  if (width >= DL_EXPORT_MIN_SIZE && width <= DL_EXPORT_MAX_SIZE &&
      height >= DL_EXPORT_MIN_SIZE && height <= DL_EXPORT_MAX_SIZE)
    return TRUE;

  g_set_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_INVALID_SIZE,
               _("An image of %d × %d is not possible: width and height must be between %d and %d"),
               width, height, DL_EXPORT_MIN_SIZE, DL_EXPORT_MAX_SIZE);
  return FALSE;
}

/**
 * dl_export_data_to_bytes:
 * @format: a data format (not an image)
 *
 * Returns: (transfer full) (nullable): the file's contents, UTF-8
 */
GBytes *
dl_export_data_to_bytes (DlCorpus        *corpus,
                         DlExportFormat   format,
                         GError         **error)
{
  g_return_val_if_fail (DL_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (!dl_export_format_is_image (format), NULL);

  switch (format)
    {
    case DL_EXPORT_FORMAT_JSON:
      return _dl_export_json_to_bytes (corpus);
    case DL_EXPORT_FORMAT_CSV:
      return _dl_export_csv_to_bytes (corpus);
    case DL_EXPORT_FORMAT_TIMELINEJS:
      return _dl_export_timelinejs_to_bytes (corpus);
    case DL_EXPORT_FORMAT_GEXF:
      return _dl_export_gexf_to_bytes (corpus, error);
    case DL_EXPORT_FORMAT_GRAPHML:
      return _dl_export_graphml_to_bytes (corpus, error);
    case DL_EXPORT_FORMAT_ICS:
      return _dl_export_ics_to_bytes (corpus);
    case DL_EXPORT_FORMAT_PNG:
    case DL_EXPORT_FORMAT_SVG:
    case DL_EXPORT_FORMAT_PDF:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * dl_export_data:
 * @format: a data format (not an image)
 * @path: the file to write; replaced if it exists
 *
 * Returns: %TRUE on success; on failure, @error names @path
 */
gboolean
dl_export_data (DlCorpus        *corpus,
                DlExportFormat   format,
                const char      *path,
                GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (!dl_export_format_is_image (format), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = dl_export_data_to_bytes (corpus, format, error);
  if (bytes == NULL)
    return FALSE;
  return _dl_export_write_bytes (bytes, path, error);
}

/* Writes through a temporary file that replaces @path at the end, so an
 * earlier version survives a failed export. */
gboolean
_dl_export_write_bytes (GBytes      *bytes,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);

  if (g_file_replace_contents (file, size > 0 ? data : "", size, NULL, FALSE,
                               G_FILE_CREATE_NONE, NULL, NULL, &local_error))
    return TRUE;

  _dl_export_set_write_error (error, DL_EXPORT_ERROR_FAILED, path, local_error->message);
  return FALSE;
}

/* Why @path was not written, worded the same for every format */
void
_dl_export_set_write_error (GError     **error,
                            int          code,
                            const char  *path,
                            const char  *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, DL_EXPORT_ERROR, code, _("Could not write “%s”: %s"), name, reason);
}

/* How an article is named where one line must do: its title, else its
 * file name. */
char *
_dl_export_dup_source_title (DlArticle *article)
{
  const char *title = dl_article_get_title (article);

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  return g_strdup (dl_article_get_display_name (article));
}
