/* dl-import-jsonl.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * JSON Lines news dumps (what crawlers such as news-please write): one
 * article per line, an object with a title, a text under one of a few
 * usual names, a date and a URL. The file is read line by line, so
 * that a dump larger than any article costs one line of memory at a
 * time, and a line too long is skipped without being held. A bad line
 * is reported by its number and the others are kept.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dl-import-private.h"

#define READ_CHUNK (64 * 1024)

static const char * const text_keys[] = { "text", "maintext", "content", "body", "article", NULL };
static const char * const title_keys[] = { "title", "headline", NULL };
static const char * const date_keys[] = {
  "date", "date_publish", "published", "date_published", "datePublished", "pubdate",
  NULL
};

typedef struct
{
  const char *path;
  const char *name;
  GPtrArray *articles;
  GPtrArray *errors;
  guint n_bad;
} Dump;

static void
add_line_error (Dump       *dump,
                GError     *error)
{
  dump->n_bad++;
  if (dump->errors != NULL)
    g_ptr_array_add (dump->errors, error);
  else
    g_error_free (error);
}

static const char *
string_member (JsonObject         *object,
               const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (object, keys[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
          && json_node_get_value_type (node) == G_TYPE_STRING)
        return json_node_get_string (node);
    }
  return NULL;
}

static DlArticle *
article_from_object (Dump        *dump,
                     JsonObject  *object,
                     guint        line_number,
                     GError     **error)
{
  const char *raw_text = string_member (object, text_keys);
  const char *title = string_member (object, title_keys);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GDateTime) dct = NULL;
  DlArticle *article;

  text = raw_text != NULL ? _dl_import_clean_text (raw_text, strlen (raw_text)) : NULL;
  if (text == NULL || _dl_import_is_blank (text))
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY,
                   _("“%s”, line %u: no article text (a “text”, “maintext” or “content” field)"),
                   dump->name, line_number);
      return NULL;
    }
  path = g_strdup_printf ("%s#%u", dump->path != NULL ? dump->path : dump->name, line_number);
  g_strstrip (text);
  shown = _dl_import_title_or_lead (title, text);
  article = dl_article_new (path, shown, text);
  dct = _dl_import_parse_date (string_member (object, date_keys));
  _dl_import_date_article (article, dct);
  return article;
}

static void
read_line (Dump       *dump,
           const char *line,
           gsize       length,
           guint       line_number)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  DlArticle *article;
  JsonNode *root;

  if (length == 0)
    return;
  copy = g_strndup (line, length);
  if (line_number == 1 && g_str_has_prefix (copy, "\xef\xbb\xbf"))
    memset (copy, ' ', 3);
  if (_dl_import_is_blank (copy))
    return;
  parser = json_parser_new_immutable ();
  if (!g_utf8_validate (copy, -1, NULL) || !_dl_import_json_depth_ok (copy)
      || !json_parser_load_from_data (parser, copy, -1, &error))
    {
      add_line_error (dump, g_error_new (DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                                         _("“%s”, line %u: not valid JSON"), dump->name, line_number));
      return;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      add_line_error (dump, g_error_new (DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                                         _("“%s”, line %u: not a JSON object"), dump->name, line_number));
      return;
    }
  article = article_from_object (dump, json_node_get_object (root), line_number, &error);
  if (article != NULL)
    g_ptr_array_add (dump->articles, article);
  else
    add_line_error (dump, g_steal_pointer (&error));
}

static void
report_long_line (Dump  *dump,
                  guint  line_number)
{
  g_autofree char *limit = g_format_size (DL_IMPORT_MAX_SIZE);

  add_line_error (dump, g_error_new (DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
                                     _("“%s”, line %u is longer than %s and was skipped"),
                                     dump->name, line_number, limit));
}

/* Splits what was read into lines; a line too long is dropped as it
 * comes in, and only reported at its end */
typedef struct
{
  GByteArray *pending;
  gboolean skipping;
  guint line_number;
} LineReader;

static void
feed_lines (Dump       *dump,
            LineReader *reader,
            const char *data,
            gsize       length)
{
  while (length > 0)
    {
      const char *nl = memchr (data, '\n', length);
      gsize n = nl != NULL ? (gsize) (nl - data) : length;

      if (!reader->skipping)
        g_byte_array_append (reader->pending, (const guint8 *) data, n);
      if (reader->pending->len > DL_IMPORT_MAX_SIZE)
        {
          reader->skipping = TRUE;
          g_byte_array_set_size (reader->pending, 0);
        }
      if (nl == NULL)
        return;
      reader->line_number++;
      if (reader->skipping)
        report_long_line (dump, reader->line_number);
      else
        read_line (dump, (const char *) reader->pending->data, reader->pending->len, reader->line_number);
      g_byte_array_set_size (reader->pending, 0);
      reader->skipping = FALSE;
      data += n + 1;
      length -= n + 1;
    }
}

static void
finish_lines (Dump       *dump,
              LineReader *reader)
{
  if (reader->skipping)
    report_long_line (dump, ++reader->line_number);
  else if (reader->pending->len > 0)
    read_line (dump, (const char *) reader->pending->data, reader->pending->len, ++reader->line_number);
}

static gboolean
read_all_lines (Dump          *dump,
                GInputStream  *stream,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *chunk = g_malloc (READ_CHUNK);
  LineReader reader = { NULL, };
  gssize n_read;
  gsize total = 0;

  reader.pending = g_byte_array_new ();
  while ((n_read = g_input_stream_read (stream, chunk, READ_CHUNK, cancellable, error)) > 0)
    {
      total += n_read;
      if (total > DL_IMPORT_MAX_CONTAINER_SIZE)
        {
          g_autofree char *limit = g_format_size (DL_IMPORT_MAX_CONTAINER_SIZE);

          g_byte_array_unref (reader.pending);
          g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” is too large; Dateline reads files of up to %s"), dump->name, limit);
          return FALSE;
        }
      feed_lines (dump, &reader, chunk, n_read);
    }
  if (n_read == 0)
    finish_lines (dump, &reader);
  g_byte_array_unref (reader.pending);
  return n_read == 0;
}

/* When no line gave an article, the file as a whole failed */
static void
set_no_article_error (Dump    *dump,
                      GError **error)
{
  GError *first;

  if (dump->n_bad == 0)
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY, _("“%s” is empty"), dump->name);
      return;
    }
  first = g_ptr_array_index (dump->errors, 0);
  if (dump->n_bad == 1)
    {
      g_propagate_error (error, g_error_copy (first));
      return;
    }
  g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
               g_dngettext (GETTEXT_PACKAGE,
                            "“%s” holds no readable article: its %u line is bad; the first: %s",
                            "“%s” holds no readable article: its %u lines are bad; the first: %s",
                            dump->n_bad),
               dump->name, dump->n_bad, first->message);
}

/**
 * _dl_import_jsonl:
 * @path: (nullable): the dump's path as given; articles get "@path#N"
 * @errors: (nullable) (element-type GError): where bad lines go
 *
 * Returns: (transfer full) (nullable): the articles, or %NULL when the
 *   file could not be read or held none (@errors is then left alone)
 */
GPtrArray *
_dl_import_jsonl (const char    *path,
                  const char    *name,
                  GInputStream  *stream,
                  GPtrArray     *errors,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GPtrArray) line_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) read_error = NULL;
  Dump dump = { path, name, articles, line_errors, 0 };

  if (!read_all_lines (&dump, stream, cancellable, &read_error))
    {
      if (read_error->domain == DL_IMPORT_ERROR
          || g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&read_error));
      else
        g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_READ,
                     _("“%s” could not be read: %s"), name, read_error->message);
      return NULL;
    }
  if (articles->len == 0)
    {
      set_no_article_error (&dump, error);
      return NULL;
    }
  for (guint i = 0; errors != NULL && i < line_errors->len; i++)
    g_ptr_array_add (errors, g_error_copy (g_ptr_array_index (line_errors, i)));
  return g_steal_pointer (&articles);
}
