/* dl-import-email.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Mail messages (.eml, RFC 5322 and MIME): the Subject is the title,
 * the Date header the article's date, the body its text. Of a
 * multipart message the plain text part is preferred, else the HTML
 * part read as a web page. Quoted-printable and base64 bodies are
 * decoded and every charset converted to UTF-8.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dl-import-private.h"

/* Parts in parts in parts: a message nested deeper is not news */
#define MAX_PART_DEPTH 4
/* More headers than this is not a mail header */
#define MAX_HEADERS 1000

typedef struct
{
  GHashTable *headers;   /* lower-case name → unfolded value */
  const char *body;
  gsize body_length;
} Part;

static void
part_clear (Part *part)
{
  g_clear_pointer (&part->headers, g_hash_table_unref);
}

/* Headers ---------------------------------------------------------------- */

static const char *
find_line_end (const char *p,
               const char *end)
{
  const char *nl = memchr (p, '\n', end - p);

  return nl != NULL ? nl : end;
}

static gboolean
is_blank_line (const char *p,
               const char *line_end)
{
  return line_end == p || (line_end == p + 1 && *p == '\r');
}

static void
add_header (GHashTable *headers,
            GString    *line)
{
  const char *colon = memchr (line->str, ':', line->len);
  g_autofree char *name = NULL;

  if (colon == NULL || colon == line->str)
    return;
  name = g_ascii_strdown (line->str, colon - line->str);
  g_strstrip (name);
  /* The first of a repeated header counts (a forwarded "Date:" is later) */
  if (!g_hash_table_contains (headers, name))
    g_hash_table_insert (headers, g_steal_pointer (&name), g_strstrip (g_strdup (colon + 1)));
}

/* Reads "Name: value" lines, folded lines joined, up to the blank line;
 * returns FALSE when the start is no header at all */
static gboolean
parse_part (const char *data,
            gsize       length,
            Part       *part)
{
  const char *p = data;
  const char *end = data + length;
  g_autoptr(GString) line = g_string_new (NULL);
  guint n = 0;

  part->headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while (p < end && n < MAX_HEADERS)
    {
      const char *line_end = find_line_end (p, end);
      const char *next = line_end < end ? line_end + 1 : end;
      gsize n_chars = line_end - p - (line_end > p && line_end[-1] == '\r');

      if (is_blank_line (p, line_end))
        {
          p = next;
          break;
        }
      if ((*p == ' ' || *p == '\t') && line->len > 0)
        g_string_append_len (g_string_append_c (line, ' '), p + strspn (p, " \t"),
                             MAX (0, (gssize) n_chars - (gssize) strspn (p, " \t")));
      else
        {
          if (line->len > 0)
            add_header (part->headers, line);
          g_string_assign (line, "");
          /* A line that is no header starts the body, blank line or not */
          if (memchr (p, ':', n_chars) == NULL)
            break;
          g_string_append_len (line, p, n_chars);
          n++;
        }
      p = next;
    }
  if (line->len > 0)
    add_header (part->headers, line);
  part->body = p;
  part->body_length = end - p;
  return g_hash_table_size (part->headers) > 0;
}

static const char *
part_header (const Part *part,
             const char *name)
{
  return g_hash_table_lookup (part->headers, name);
}

/* The value of a parameter: "text/plain; charset="utf-8"" */
static char *
header_parameter (const char *value,
                  const char *parameter)
{
  g_autofree char *lower = value != NULL ? g_ascii_strdown (value, -1) : NULL;
  g_autofree char *key = g_strconcat (parameter, "=", NULL);
  const char *found = lower != NULL ? strstr (lower, key) : NULL;
  const char *start;
  gsize n;

  while (found != NULL && found > lower && !strchr ("; \t", found[-1]))
    found = strstr (found + 1, key);
  if (found == NULL)
    return NULL;
  start = value + (found - lower) + strlen (key);
  if (*start == '"')
    {
      const char *close = strchr (start + 1, '"');

      return close != NULL ? g_strndup (start + 1, close - start - 1) : NULL;
    }
  n = strcspn (start, "; \t");
  return n > 0 ? g_strndup (start, n) : NULL;
}

static char *
content_type (const Part *part)
{
  const char *value = part_header (part, "content-type");
  gsize n;

  if (value == NULL)
    return g_strdup ("text/plain");
  n = strcspn (value, "; \t");
  return g_ascii_strdown (value, n);
}

/* Encoded words (RFC 2047) --------------------------------------------------- */

static int
hex_value (char c)
{
  return g_ascii_isxdigit (c) ? g_ascii_xdigit_value (c) : -1;
}

/* After "=" at @at: the end of a soft line break ("=" then spaces then
 * the line end), or 0 when it is none */
static gsize
soft_break_end (const char *data,
                gsize       length,
                gsize       at)
{
  gsize j = at + 1;

  while (j < length && (data[j] == ' ' || data[j] == '\t'))
    j++;
  if (j < length && data[j] == '\r')
    j++;
  if (j >= length)
    return length;
  return data[j] == '\n' ? j + 1 : 0;
}

static GBytes *
decode_quoted_printable (const char *data,
                         gsize       length,
                         gboolean    underscore_is_space)
{
  GByteArray *out = g_byte_array_sized_new (length);
  gsize i = 0;

  while (i < length)
    {
      guint8 c = data[i];
      gsize next = i + 1;

      if (c == '=' && i + 2 < length && hex_value (data[i + 1]) >= 0 && hex_value (data[i + 2]) >= 0)
        {
          c = hex_value (data[i + 1]) * 16 + hex_value (data[i + 2]);
          next = i + 3;
        }
      else if (c == '=' && (next = soft_break_end (data, length, i)) > 0)
        {
          i = next;
          continue;
        }
      else if (c == '=')
        next = i + 1;
      else if (c == '_' && underscore_is_space)
        c = ' ';
      g_byte_array_append (out, &c, 1);
      i = next;
    }
  return g_byte_array_free_to_bytes (out);
}

static GBytes *
decode_base64 (const char *data,
               gsize       length)
{
  g_autofree char *copy = g_strndup (data, length);
  guchar *decoded;
  gsize n = 0;

  decoded = g_base64_decode_inplace (copy, &n);
  return g_bytes_new (decoded, n);
}

static char *
to_utf8 (const char *data,
         gsize       length,
         const char *charset)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *decoded = NULL;
  gsize n = 0;

  decoded = _dl_import_decode ("", data, length, charset, &n, &error);
  if (decoded == NULL)
    return g_utf8_make_valid (data, length);
  return _dl_import_clean_text (decoded, n);
}

/* "=?utf-8?Q?Caf=C3=A9?=" → "Café"; returns where the word ends */
static const char *
append_encoded_word (GString    *out,
                     const char *word)
{
  g_auto(GStrv) parts = NULL;
  const char *end = strstr (word + 2, "?=");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *inner = NULL;
  g_autofree char *text = NULL;
  const char *data;
  gsize n;

  /* "?=" may close the encoding letter's "?Q?" too early */
  while (end != NULL && end - word < 6)
    end = strstr (end + 1, "?=");
  if (end == NULL)
    return NULL;
  inner = g_strndup (word + 2, end - word - 2);
  parts = g_strsplit (inner, "?", 3);
  if (g_strv_length (parts) != 3)
    return NULL;
  if (g_ascii_strcasecmp (parts[1], "B") == 0)
    bytes = decode_base64 (parts[2], strlen (parts[2]));
  else if (g_ascii_strcasecmp (parts[1], "Q") == 0)
    bytes = decode_quoted_printable (parts[2], strlen (parts[2]), TRUE);
  else
    return NULL;
  data = g_bytes_get_data (bytes, &n);
  text = to_utf8 (data, n, parts[0]);
  g_string_append (out, text);
  return end + 2;
}

static char *
decode_header (const char *value)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = value;
  gboolean after_word = FALSE;

  while (*p != '\0')
    {
      const char *word = strstr (p, "=?");
      const char *after;

      if (word == NULL)
        break;
      /* The space between two encoded words is not text */
      if (!after_word || (gsize) (word - p) != strspn (p, " \t"))
        g_string_append_len (out, p, word - p);
      after = append_encoded_word (out, word);
      after_word = after != NULL;
      if (after == NULL)
        g_string_append (out, "=?");
      p = after != NULL ? after : word + 2;
    }
  g_string_append (out, p);
  return to_utf8 (out->str, out->len, NULL);
}

/* Dates (RFC 5322 section 3.3) ----------------------------------------------- */

static int
month_number (const char *name)
{
  static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";

  for (int i = 0; i < 12; i++)
    if (g_ascii_strncasecmp (name, months + 3 * i, 3) == 0)
      return i + 1;
  return 0;
}

/* "+0200", "-0500", or an old name ("GMT", "EST") */
static int
zone_offset_seconds (const char *zone)
{
  static const struct { const char *name; int hours; } names[] = {
    { "UT", 0 }, { "GMT", 0 }, { "Z", 0 }, { "EST", -5 }, { "EDT", -4 }, { "CST", -6 },
    { "CDT", -5 }, { "MST", -7 }, { "MDT", -6 }, { "PST", -8 }, { "PDT", -7 },
  };
  int value;

  if ((zone[0] == '+' || zone[0] == '-') && strspn (zone + 1, "0123456789") == 4)
    {
      value = atoi (zone + 1);
      return (zone[0] == '-' ? -1 : 1) * ((value / 100) * 3600 + (value % 100) * 60);
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (zone, names[i].name) == 0)
      return names[i].hours * 3600;
  return 0;
}

/**
 * _dl_import_parse_rfc2822_date:
 * @value: a mail date, "Fri, 7 Jul 2017 14:03:00 +0200"
 *
 * Returns: (transfer full) (nullable): the date-time
 */
GDateTime *
_dl_import_parse_rfc2822_date (const char *value)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  const char *p;
  int day, month, year, hour = 0, minute = 0, second = 0;
  guint i = 0;

  if (value == NULL)
    return NULL;
  p = strchr (value, ',') != NULL ? strchr (value, ',') + 1 : value;
  words = g_strsplit_set (p, " \t\r\n", -1);
  while (words[i] != NULL && *words[i] == '\0')
    i++;
  if (g_strv_length (words + i) < 3)
    return NULL;
  day = atoi (words[i]);
  month = month_number (words[i + 1]);
  year = atoi (words[i + 2]);
  if (year < 100)
    year += year < 50 ? 2000 : 1900;
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  for (i += 3; words[i] != NULL && *words[i] == '\0'; i++)
    ;
  if (words[i] != NULL && sscanf (words[i], "%d:%d:%d", &hour, &minute, &second) >= 2)
    for (i++; words[i] != NULL && *words[i] == '\0'; i++)
      ;
  zone = g_time_zone_new_offset (words[i] != NULL ? zone_offset_seconds (words[i]) : 0);
  return g_date_time_new (zone, year, month, day, CLAMP (hour, 0, 23), CLAMP (minute, 0, 59),
                          CLAMP (second, 0, 60) == 60 ? 59 : CLAMP (second, 0, 59));
}

/* Bodies -------------------------------------------------------------------- */

static GBytes *
decode_transfer (const Part *part)
{
  const char *encoding = part_header (part, "content-transfer-encoding");

  if (encoding != NULL && g_ascii_strncasecmp (encoding, "base64", 6) == 0)
    return decode_base64 (part->body, part->body_length);
  if (encoding != NULL && g_ascii_strncasecmp (encoding, "quoted-printable", 16) == 0)
    return decode_quoted_printable (part->body, part->body_length, FALSE);
  return g_bytes_new (part->body, part->body_length);
}

/* The text of a text/plain or text/html part; NULL for other types */
static char *
part_text (const Part *part,
           const char *name,
           gboolean    html)
{
  g_autofree char *type = content_type (part);
  g_autofree char *charset = header_parameter (part_header (part, "content-type"), "charset");
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize n;

  if (!g_str_equal (type, html ? "text/html" : "text/plain"))
    return NULL;
  bytes = decode_transfer (part);
  data = g_bytes_get_data (bytes, &n);
  if (n == 0)
    return NULL;
  if (html)
    return _dl_import_html_text (name, data, n, charset, NULL);
  return to_utf8 (data, n, charset);
}

static char *find_body (const Part *part,
                        const char *name,
                        gboolean    html,
                        guint       depth);

/* Each part between "--boundary" lines, the first that has the text */
static char *
find_body_in_parts (const Part *part,
                    const char *name,
                    const char *boundary,
                    gboolean    html,
                    guint       depth)
{
  g_autofree char *delimiter = g_strconcat ("--", boundary, NULL);
  const char *end = part->body + part->body_length;
  const char *p = g_strstr_len (part->body, part->body_length, delimiter);

  while (p != NULL)
    {
      const char *start = find_line_end (p, end);
      const char *next = start < end ? g_strstr_len (start, end - start, delimiter) : NULL;
      Part child = { NULL, };
      char *text = NULL;

      if (g_str_has_prefix (p + strlen (delimiter), "--") || start >= end)
        break;
      start++;
      /* A part without headers is plain text */
      parse_part (start, (next != NULL ? next : end) - start, &child);
      text = find_body (&child, name, html, depth + 1);
      part_clear (&child);
      if (text != NULL && !_dl_import_is_blank (text))
        return text;
      g_free (text);
      p = next;
    }
  return NULL;
}

static char *
find_body (const Part *part,
           const char *name,
           gboolean    html,
           guint       depth)
{
  g_autofree char *type = content_type (part);
  g_autofree char *boundary = NULL;

  if (!g_str_has_prefix (type, "multipart/"))
    return part_text (part, name, html);
  boundary = header_parameter (part_header (part, "content-type"), "boundary");
  if (boundary == NULL || depth >= MAX_PART_DEPTH)
    return NULL;
  return find_body_in_parts (part, name, boundary, html, depth);
}

static char *
message_text (const Part *message,
              const char *name)
{
  char *text = find_body (message, name, FALSE, 0);

  if (text == NULL || _dl_import_is_blank (text))
    {
      g_free (text);
      text = find_body (message, name, TRUE, 0);
    }
  return text;
}

static DlArticle *
article_from_message (const char *path,
                      const Part *message,
                      const char *text)
{
  const char *subject = part_header (message, "subject");
  g_autofree char *title = subject != NULL ? decode_header (subject) : NULL;
  g_autoptr(GDateTime) dct = _dl_import_parse_rfc2822_date (part_header (message, "date"));
  g_autofree char *shown = _dl_import_title_or_lead (title, text);
  DlArticle *article = dl_article_new (path, shown, text);

  _dl_import_date_article (article, dct);
  return article;
}

DlArticle *
_dl_import_email (const char  *path,
                  const char  *name,
                  const char  *data,
                  gsize        length,
                  GError     **error)
{
  Part message = { NULL, };
  g_autofree char *text = NULL;
  DlArticle *article;

  if (memchr (data, '\0', length) != NULL || !parse_part (data, length, &message)
      || (part_header (&message, "from") == NULL && part_header (&message, "subject") == NULL
          && part_header (&message, "date") == NULL))
    {
      part_clear (&message);
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                   _("“%s” is not a mail message: it has no mail headers"), name);
      return NULL;
    }
  text = message_text (&message, name);
  if (text == NULL || _dl_import_is_blank (text))
    {
      part_clear (&message);
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY,
                   _("“%s” is a mail message without a readable text body"), name);
      return NULL;
    }
  article = article_from_message (path, &message, g_strstrip (text));
  part_clear (&message);
  return article;
}
