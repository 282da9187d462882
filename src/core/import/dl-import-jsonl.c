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
  DlImportArticleFunc func;
  gpointer user_data;
  GPtrArray *errors;
  /* Until an article has come, a bad line may be all there is: its
   * error then becomes the file's, and is not reported twice */
  GPtrArray *held;
  GError *first_error;
  guint n_bad;
  guint n_articles;
  gboolean stopped;
} Dump;

static void
add_line_error (Dump       *dump,
                GError     *error)
{
  dump->n_bad++;
  if (dump->first_error == NULL)
    dump->first_error = g_error_copy (error);
  if (dump->errors == NULL)
    g_error_free (error);
  else if (dump->n_articles > 0)
    g_ptr_array_add (dump->errors, error);
  else
    g_ptr_array_add (dump->held, error);
}

/* The caller keeps what it wants of @article; the line's memory goes */
static void
hand_over (Dump      *dump,
           DlArticle *article)
{
  if (dump->n_articles++ == 0 && dump->errors != NULL)
    g_ptr_array_extend_and_steal (dump->errors, g_steal_pointer (&dump->held));
  if (!dump->func (article, dump->user_data))
    dump->stopped = TRUE;
  g_object_unref (article);
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

/* @line is NUL-terminated, and may be changed */
static void
read_line (Dump  *dump,
           char  *line,
           gsize  length,
           guint  line_number)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  DlArticle *article;
  JsonNode *root;
  gboolean valid;

  if (line_number == 1 && g_str_has_prefix (line, "\xef\xbb\xbf"))
    memset (line, ' ', 3);
  if (length == 0)
    return;
  /* Blank or not, invalid UTF-8 is never walked as text */
  valid = g_utf8_validate_len (line, length, NULL);
  if (valid && _dl_import_is_blank (line))
    return;
  parser = json_parser_new_immutable ();
  if (!valid || !_dl_import_json_is_safe (line)
      || !json_parser_load_from_data (parser, line, length, &error))
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
    hand_over (dump, article);
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

/* Splits what was read into lines. A line is held until its end, but
 * no more of it than an article may be: past that it is dropped as it
 * comes in, and only reported at its end */
typedef struct
{
  GByteArray *pending;
  gboolean skipping;
  guint line_number;
} LineReader;

static void
end_line (Dump       *dump,
          LineReader *reader)
{
  reader->line_number++;
  if (reader->skipping)
    report_long_line (dump, reader->line_number);
  else
    {
      gsize length = reader->pending->len;

      g_byte_array_append (reader->pending, (const guint8 *) "", 1);
      read_line (dump, (char *) reader->pending->data, length, reader->line_number);
    }
  g_byte_array_set_size (reader->pending, 0);
  reader->skipping = FALSE;
}

static void
feed_lines (Dump       *dump,
            LineReader *reader,
            const char *data,
            gsize       length)
{
  while (length > 0 && !dump->stopped)
    {
      const char *nl = memchr (data, '\n', length);
      gsize n = nl != NULL ? (gsize) (nl - data) : length;

      if (!reader->skipping && reader->pending->len + n > DL_IMPORT_MAX_SIZE)
        {
          reader->skipping = TRUE;
          g_byte_array_set_size (reader->pending, 0);
        }
      if (!reader->skipping)
        g_byte_array_append (reader->pending, (const guint8 *) data, n);
      if (nl == NULL)
        return;
      end_line (dump, reader);
      data += n + 1;
      length -= n + 1;
    }
}

static void
set_dump_too_large_error (GError     **error,
                          const char  *name,
                          guint64      max_size)
{
  g_autofree char *limit = g_format_size (max_size);

  g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
               _("“%s” is too large; Dateline reads files of up to %s"), name, limit);
}

static gboolean
read_all_lines (Dump          *dump,
                GInputStream  *stream,
                guint64        max_size,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *chunk = g_malloc (READ_CHUNK);
  g_autoptr(GByteArray) pending = g_byte_array_new ();
  LineReader reader = { pending, FALSE, 0 };
  gssize n_read = 0;
  guint64 total = 0;

  while (!dump->stopped
         && (n_read = g_input_stream_read (stream, chunk, READ_CHUNK, cancellable, error)) > 0)
    {
      total += n_read;
      if (total > max_size)
        {
          set_dump_too_large_error (error, dump->name, max_size);
          return FALSE;
        }
      feed_lines (dump, &reader, chunk, n_read);
    }
  if (n_read < 0)
    return FALSE;
  if (!dump->stopped && (reader.skipping || reader.pending->len > 0))
    end_line (dump, &reader);
  return TRUE;
}

/* When no line gave an article, the file as a whole failed */
static void
set_no_article_error (Dump    *dump,
                      GError **error)
{
  if (dump->n_bad == 0)
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY, _("“%s” is empty"), dump->name);
      return;
    }
  if (dump->n_bad == 1)
    {
      g_propagate_error (error, g_error_copy (dump->first_error));
      return;
    }
  g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
               g_dngettext (GETTEXT_PACKAGE,
                            "“%s” holds no readable article: its %u line is bad; the first: %s",
                            "“%s” holds no readable article: its %u lines are bad; the first: %s",
                            dump->n_bad),
               dump->name, dump->n_bad, dump->first_error->message);
}

static void
set_read_error (GError     **error,
                const char  *name,
                GError      *read_error)
{
  if (read_error->domain == DL_IMPORT_ERROR
      || g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, read_error);
  else
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_READ,
                   _("“%s” could not be read: %s"), name, read_error->message);
      g_error_free (read_error);
    }
}

/**
 * _dl_import_jsonl_foreach:
 * @path: (nullable): the dump's path as given; articles get "@path#N"
 * @max_size: the most bytes read from @stream before giving up
 * @errors: (nullable) (element-type GError): where bad lines go, once
 *   the dump has given an article
 *
 * Hands each line's article to @func as it is read; only the line being
 * read is in memory.
 *
 * Returns: %TRUE when at least one article was handed over, and the
 *   dump read to its end or until @func stopped it
 */
gboolean
_dl_import_jsonl_foreach (const char           *path,
                          const char           *name,
                          GInputStream         *stream,
                          guint64               max_size,
                          DlImportArticleFunc   func,
                          gpointer              user_data,
                          GPtrArray            *errors,
                          GCancellable         *cancellable,
                          GError              **error)
{
  GError *read_error = NULL;
  Dump dump = { path, name, func, user_data, errors, NULL, NULL, 0, 0, FALSE };
  gboolean ok;

  dump.held = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  ok = read_all_lines (&dump, stream, max_size, cancellable, &read_error);
  if (!ok)
    set_read_error (error, name, read_error);
  else if (dump.n_articles == 0)
    {
      set_no_article_error (&dump, error);
      ok = FALSE;
    }
  g_clear_pointer (&dump.held, g_ptr_array_unref);
  g_clear_error (&dump.first_error);
  return ok;
}
