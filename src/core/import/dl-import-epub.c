/* dl-import-epub.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * EPUB books: META-INF/container.xml names the package (OPF), whose
 * spine lists the chapters in reading order; each chapter is XHTML,
 * read as any web page is. The title and date come from the package's
 * Dublin Core metadata. The archive is read through dl-import-zip.c,
 * which refuses to unpack more than a book can hold.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>

#include "dl-import-private.h"

#define CONTAINER_PATH "META-INF/container.xml"
#define EPUB_MAGIC "mimetypeapplication/epub+zip"

#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

typedef struct
{
  char *title;
  char *date;
  GPtrArray *chapters;   /* entry names, in reading order */
} Package;

static void
package_clear (Package *package)
{
  g_clear_pointer (&package->title, g_free);
  g_clear_pointer (&package->date, g_free);
  g_clear_pointer (&package->chapters, g_ptr_array_unref);
}

/**
 * _dl_import_looks_like_epub:
 *
 * Whether the content is a ZIP archive whose first entry says it is an
 * EPUB book, as the format asks of every book.
 */
gboolean
_dl_import_looks_like_epub (const char *data,
                            gsize       length)
{
  return length >= 30 + strlen (EPUB_MAGIC)
         && memcmp (data, "PK\3\4", 4) == 0
         && memcmp (data + 30, EPUB_MAGIC, strlen (EPUB_MAGIC)) == 0;
}

static xmlDocPtr
read_xml (DlZip       *zip,
          const char  *name,
          const char  *entry,
          GError     **error)
{
  g_autoptr(GBytes) bytes = _dl_zip_read (zip, entry, error);
  xmlDocPtr doc;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  _dl_import_ensure_parser ();
  /* A package declares no entities; one that does may be a billion
   * laughs, which no parser option fully defuses */
  doc = g_strstr_len (data, length, "<!ENTITY") == NULL
        ? xmlReadMemory (data, length, NULL, NULL, XML_OPTIONS) : NULL;
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                   _("“%s” is damaged: “%s” in it is not valid XML"), name, entry);
    }
  return doc;
}

/* The first element of that (local) name, in document order */
static xmlNode *
find_element (xmlNode    *top,
              const char *element)
{
  for (xmlNode *node = top; node != NULL; node = _dl_import_next_node (node, top))
    if (node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, element))
      return node;
  return NULL;
}

static char *
find_element_text (xmlNode    *top,
                   const char *element)
{
  xmlNode *node = top != NULL ? find_element (top, element) : NULL;
  g_autoptr(GString) content = g_string_new (NULL);
  char *text;

  if (node == NULL)
    return NULL;
  /* Only the text itself: an entity reference is never expanded, so
   * that a billion laughs stays a few bytes */
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content != NULL)
      g_string_append (content, (const char *) child->content);
  text = _dl_import_collapse_spaces (content->str);
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static char *
find_package_path (DlZip       *zip,
                   const char  *name,
                   GError     **error)
{
  xmlDocPtr doc;
  xmlNode *rootfile;
  char *path = NULL;

  if (!_dl_zip_has (zip, CONTAINER_PATH))
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                   _("“%s” is not an EPUB book: it has no %s"), name, CONTAINER_PATH);
      return NULL;
    }
  doc = read_xml (zip, name, CONTAINER_PATH, error);
  if (doc == NULL)
    return NULL;
  rootfile = find_element (xmlDocGetRootElement (doc), "rootfile");
  if (rootfile != NULL)
    path = _dl_import_node_attr (rootfile, "full-path");
  xmlFreeDoc (doc);
  if (path == NULL || *path == '\0')
    {
      g_clear_pointer (&path, g_free);
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                   _("“%s” is damaged: its %s names no package"), name, CONTAINER_PATH);
    }
  return path;
}

/* A manifest href ("../Text/ch%201.xhtml#top") as an entry name */
static char *
resolve_href (const char *base_dir,
              const char *href)
{
  g_autofree char *unescaped = g_uri_unescape_string (href, NULL);
  g_autofree char *joined = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  char *fragment;

  if (unescaped == NULL)
    unescaped = g_strdup (href);
  if ((fragment = strchr (unescaped, '#')) != NULL)
    *fragment = '\0';
  joined = g_str_equal (base_dir, ".") ? g_strdup (unescaped) : g_build_path ("/", base_dir, unescaped, NULL);
  parts = g_strsplit (joined, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_equal (parts[i], "..") && kept->len > 0)
        g_ptr_array_remove_index (kept, kept->len - 1);
      else if (*parts[i] != '\0' && !g_str_equal (parts[i], ".") && !g_str_equal (parts[i], ".."))
        g_ptr_array_add (kept, parts[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **) kept->pdata);
}

static GHashTable *
read_manifest (xmlNode    *manifest,
               const char *base_dir)
{
  GHashTable *items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (xmlNode *node = manifest != NULL ? manifest->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *href = NULL;

      if (node->type != XML_ELEMENT_NODE || !g_str_equal ((const char *) node->name, "item"))
        continue;
      id = _dl_import_node_attr (node, "id");
      href = _dl_import_node_attr (node, "href");
      if (id != NULL && href != NULL)
        g_hash_table_replace (items, g_steal_pointer (&id), resolve_href (base_dir, href));
    }
  return items;
}

static GPtrArray *
read_spine (xmlNode    *spine,
            GHashTable *manifest)
{
  GPtrArray *chapters = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *node = spine != NULL ? spine->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *idref = NULL;
      const char *entry;

      if (node->type != XML_ELEMENT_NODE || !g_str_equal ((const char *) node->name, "itemref"))
        continue;
      idref = _dl_import_node_attr (node, "idref");
      entry = idref != NULL ? g_hash_table_lookup (manifest, idref) : NULL;
      if (entry != NULL)
        g_ptr_array_add (chapters, g_strdup (entry));
    }
  return chapters;
}

static gboolean
read_package (DlZip       *zip,
              const char  *name,
              Package     *package,
              GError     **error)
{
  g_autofree char *path = find_package_path (zip, name, error);
  g_autofree char *base_dir = NULL;
  g_autoptr(GHashTable) manifest = NULL;
  xmlNode *root, *metadata;
  xmlDocPtr doc;

  if (path == NULL || (doc = read_xml (zip, name, path, error)) == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  base_dir = g_path_get_dirname (path);
  metadata = find_element (root, "metadata");
  package->title = find_element_text (metadata, "title");
  package->date = find_element_text (metadata, "date");
  manifest = read_manifest (find_element (root, "manifest"), base_dir);
  package->chapters = read_spine (find_element (root, "spine"), manifest);
  xmlFreeDoc (doc);
  return TRUE;
}

static gboolean
append_chapter (GString     *text,
                DlZip       *zip,
                const char  *name,
                const char  *entry,
                GError     **error)
{
  g_autoptr(GBytes) bytes = _dl_zip_read (zip, entry, error);
  g_autofree char *chapter = NULL;
  g_autofree char *chapter_name = NULL;
  const char *data;
  gsize length;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    return TRUE;
  chapter_name = g_strdup_printf ("%s: %s", name, entry);
  chapter = _dl_import_html_text (chapter_name, data, length, NULL, error);
  if (chapter == NULL)
    return FALSE;
  if (_dl_import_is_blank (chapter))
    return TRUE;
  if (text->len > 0)
    g_string_append (text, "\n\n");
  g_string_append (text, g_strstrip (chapter));
  return TRUE;
}

static char *
read_chapters (DlZip       *zip,
               const char  *name,
               GPtrArray   *chapters,
               GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < chapters->len; i++)
    {
      if (!append_chapter (text, zip, name, g_ptr_array_index (chapters, i), error))
        return NULL;
      if (text->len > DL_IMPORT_MAX_SIZE)
        {
          g_autofree char *limit = g_format_size (DL_IMPORT_MAX_SIZE);

          g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” holds more text than Dateline reads in one article (%s)"),
                       name, limit);
          return NULL;
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

DlArticle *
_dl_import_epub (const char  *path,
                 const char  *name,
                 const char  *data,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(DlZip) zip = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) dct = NULL;
  Package package = { NULL, };
  DlArticle *article;

  zip = _dl_zip_open (name, data, length, error);
  if (zip == NULL || !read_package (zip, name, &package, error))
    {
      package_clear (&package);
      return NULL;
    }
  text = read_chapters (zip, name, package.chapters, error);
  if (text == NULL || _dl_import_is_blank (text))
    {
      if (text != NULL)
        g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY,
                     _("“%s” contains no readable text"), name);
      package_clear (&package);
      return NULL;
    }

  if (package.title == NULL)
    package.title = _dl_import_text_title (text);
  article = dl_article_new (path, package.title, text);
  dct = _dl_import_parse_date (package.date);
  _dl_import_date_article (article, dct);
  package_clear (&package);
  return article;
}
