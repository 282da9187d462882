/* dl-import-pdf.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF documents through poppler: the text of every page in reading
 * order, words split at a line end joined again, and running heads and
 * page numbers that repeat on most pages left out. The title and the
 * date come from the document's own metadata.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#ifdef HAVE_POPPLER
#include <poppler.h>
#endif

#include "dl-import-private.h"

/* A running head needs this many pages to be told from a first line */
#define MIN_PAGES_FOR_HEADS 3

/* The first (or last) line of a page that has text */
static char *
edge_line (const char *page,
           gboolean    last)
{
  g_auto(GStrv) lines = g_strsplit (page, "\n", -1);
  guint n = g_strv_length (lines);

  for (guint i = 0; i < n; i++)
    {
      char *line = g_strstrip (lines[last ? n - 1 - i : i]);

      if (*line != '\0')
        return g_strdup (line);
    }
  return NULL;
}

/* Page numbers change from page to page; a running head otherwise does not */
static char *
line_key (const char *line)
{
  char *key = g_strdup (line);

  for (char *p = key; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      *p = '#';
  return key;
}

static gboolean
is_page_number (const char *line)
{
  return line[strspn (line, "0123456789-–— ")] == '\0' && strpbrk (line, "0123456789") != NULL;
}

/* Keys of the edge lines (first or last) that most pages share */
static GHashTable *
find_running_lines (GPtrArray *pages,
                    gboolean   last)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *running = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *line = edge_line (g_ptr_array_index (pages, i), last);
      char *k = line != NULL ? line_key (line) : NULL;

      if (k != NULL)
        g_hash_table_replace (counts, k, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, k)) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (pages->len >= MIN_PAGES_FOR_HEADS && GPOINTER_TO_UINT (value) * 2 >= pages->len
        && GPOINTER_TO_UINT (value) >= 2)
      g_hash_table_add (running, g_strdup (key));
  return running;
}

static gboolean
is_running (GHashTable *running,
            const char *line)
{
  g_autofree char *key = line_key (line);

  return g_hash_table_contains (running, key) || is_page_number (line);
}

/* A page's lines without its running head and foot */
static GPtrArray *
page_body_lines (const char *page,
                 GHashTable *heads,
                 GHashTable *feet)
{
  g_auto(GStrv) lines = g_strsplit (page, "\n", -1);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  int first = 0, last = (int) g_strv_length (lines) - 1;

  while (first <= last && _dl_import_is_blank (lines[first]))
    first++;
  while (last >= first && _dl_import_is_blank (lines[last]))
    last--;
  if (first <= last && is_running (heads, g_strstrip (lines[first])))
    first++;
  if (last >= first && is_running (feet, g_strstrip (lines[last])))
    last--;
  for (int i = first; i <= last; i++)
    g_ptr_array_add (kept, g_strdup (lines[i]));
  return kept;
}

/* "elec-" then "tion" on the next line is "election". Without a
 * dictionary, a compound broken at its own hyphen ("well-" "known")
 * loses it too; that is rarer in typeset text than a split word */
static gboolean
joins_hyphenated (GString    *out,
                  const char *next_line)
{
  const char *next = next_line + strspn (next_line, " \t");
  const char *before;

  if (out->len < 2 || out->str[out->len - 1] != '-')
    return FALSE;
  before = g_utf8_find_prev_char (out->str, out->str + out->len - 1);
  return before != NULL && g_unichar_isalpha (g_utf8_get_char (before))
         && *next != '\0' && g_unichar_islower (g_utf8_get_char (next));
}

static void
append_page (GString   *out,
             GPtrArray *lines)
{
  gboolean first = TRUE;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (!first && joins_hyphenated (out, line))
        {
          g_string_truncate (out, out->len - 1);
          g_string_append (out, line + strspn (line, " \t"));
          continue;
        }
      if (!first)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
      first = FALSE;
    }
}

/**
 * _dl_import_pdf_join_pages:
 * @pages: (element-type utf8): each page's clean text, in order
 *
 * Returns: (transfer full): the document's text, pages apart by a
 *   blank line
 */
char *
_dl_import_pdf_join_pages (GPtrArray *pages)
{
  g_autoptr(GHashTable) heads = find_running_lines (pages, FALSE);
  g_autoptr(GHashTable) feet = find_running_lines (pages, TRUE);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < pages->len; i++)
    {
      g_autoptr(GPtrArray) lines = page_body_lines (g_ptr_array_index (pages, i), heads, feet);

      if (lines->len == 0)
        continue;
      if (out->len > 0)
        g_string_append (out, "\n\n");
      append_page (out, lines);
    }
  return g_string_free (out, FALSE);
}

#ifdef HAVE_POPPLER

static void
set_open_error (GError       **error,
                const char    *name,
                const GError  *poppler_error)
{
  if (g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is protected by a password; open it in a PDF viewer and "
                   "save a copy without one"), name);
  else
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                 _("“%s” is a damaged or incomplete PDF document"), name);
}

static GPtrArray *
read_pages (PopplerDocument  *doc,
            const char       *name,
            GError          **error)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  int n_pages = poppler_document_get_n_pages (doc);
  gsize total = 0;

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *raw = page != NULL ? poppler_page_get_text (page) : NULL;
      char *text = raw != NULL ? _dl_import_clean_text (raw, strlen (raw)) : g_strdup ("");

      /* Not every poppler has g_autoptr() for its types */
      g_clear_object (&page);
      g_ptr_array_add (pages, text);
      total += strlen (text);
      if (total > DL_IMPORT_MAX_SIZE)
        {
          g_autofree char *limit = g_format_size (DL_IMPORT_MAX_SIZE);

          g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” holds more text than Dateline reads in one article (%s)"),
                       name, limit);
          return NULL;
        }
    }
  return g_steal_pointer (&pages);
}

static DlArticle *
article_from_document (PopplerDocument *doc,
                       const char      *path,
                       const char      *text)
{
  g_autofree char *title = poppler_document_get_title (doc);
  g_autoptr(GDateTime) dct = poppler_document_get_creation_date_time (doc);
  g_autofree char *shown = NULL;
  DlArticle *article;

  if (title != NULL)
    g_strstrip (title);
  shown = _dl_import_title_or_lead (title, text);
  article = dl_article_new (path, shown, text);
  _dl_import_date_article (article, dct);
  return article;
}

DlArticle *
_dl_import_pdf (const char  *path,
                const char  *name,
                const char  *data,
                gsize        length,
                GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, length);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *text = NULL;
  PopplerDocument *doc;
  DlArticle *article = NULL;

  doc = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (doc == NULL)
    {
      set_open_error (error, name, local_error);
      return NULL;
    }
  pages = read_pages (doc, name, error);
  text = pages != NULL ? _dl_import_pdf_join_pages (pages) : NULL;
  if (text != NULL && _dl_import_is_blank (text))
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY,
                 _("“%s” has no text: it may be a scanned image"), name);
  else if (text != NULL)
    article = article_from_document (doc, path, text);
  g_object_unref (doc);
  return article;
}

#else

DlArticle *
_dl_import_pdf (const char  *path,
                const char  *name,
                const char  *data,
                gsize        length,
                GError     **error)
{
  g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_UNSUPPORTED,
               _("“%s” is a PDF document, and this copy of Dateline was built "
                 "without PDF support"), name);
  return NULL;
}

#endif
