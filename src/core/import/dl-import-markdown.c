/* dl-import-markdown.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Markdown read as the prose it renders to: the marks go, the words
 * stay. Links keep their text, images and link targets go, code keeps
 * its content without its fences. Offsets are into the result, as for
 * every format. A YAML ("---") or TOML ("+++") front matter gives the
 * title and the date.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dl-import-private.h"

/* A front matter longer than this is a document that starts with a rule */
#define MAX_FRONT_MATTER_LINES 100
/* Links in links in links: past this, brackets are text */
#define MAX_INLINE_DEPTH 8

typedef struct
{
  char *title;
  char *date;
  char *heading;
} MarkdownMeta;

static void
markdown_meta_clear (MarkdownMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->date, g_free);
  g_clear_pointer (&meta->heading, g_free);
}

static void
strip_inline (GString    *out,
              const char *text,
              gsize       length,
              guint       depth);

/* Front matter --------------------------------------------------------- */

static char *
unquote (const char *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (value));
  gsize n = strlen (copy);

  if (n >= 2 && (copy[0] == '"' || copy[0] == '\'') && copy[n - 1] == copy[0])
    return g_strndup (copy + 1, n - 2);
  return g_steal_pointer (&copy);
}

/* "title: A story" (YAML) or "title = "A story"" (TOML) */
static void
read_front_matter_line (MarkdownMeta *meta,
                        const char   *line)
{
  gsize key_length = strcspn (line, ":=");
  g_autofree char *raw_key = NULL;
  g_autofree char *key = NULL;

  if (line[key_length] == '\0' || g_ascii_isspace (line[0]))
    return;
  raw_key = g_strndup (line, key_length);
  key = g_ascii_strdown (g_strstrip (raw_key), -1);
  if (meta->title == NULL && g_str_equal (key, "title"))
    meta->title = unquote (line + key_length + 1);
  else if (meta->date == NULL && (g_str_equal (key, "date") || g_str_equal (key, "published")))
    meta->date = unquote (line + key_length + 1);
}

/* Returns the index of the first line after the front matter */
static guint
skip_front_matter (char         **lines,
                   MarkdownMeta  *meta)
{
  const char *fence;
  guint end;

  if (lines[0] == NULL)
    return 0;
  fence = g_str_has_prefix (lines[0], "---") ? "---" : g_str_has_prefix (lines[0], "+++") ? "+++" : NULL;
  if (fence == NULL || lines[0][strspn (lines[0], fence)] != '\0')
    return 0;
  for (end = 1; lines[end] != NULL && end <= MAX_FRONT_MATTER_LINES; end++)
    if (g_str_equal (lines[end], fence) || (fence[0] == '-' && g_str_equal (lines[end], "...")))
      break;
  if (lines[end] == NULL || end > MAX_FRONT_MATTER_LINES)
    return 0;
  for (guint i = 1; i < end; i++)
    read_front_matter_line (meta, lines[i]);
  return end + 1;
}

/* Inline marks ------------------------------------------------------------ */

static gboolean
is_boundary (const char *text,
             gsize       length,
             gssize      at)
{
  return at < 0 || (gsize) at >= length || g_ascii_isspace (text[at]) || g_ascii_ispunct (text[at]);
}

/* The closing bracket that matches the one at @open, or -1 */
static gssize
find_closing (const char *text,
              gsize       length,
              gsize       open,
              char        opening,
              char        closing)
{
  guint level = 0;

  for (gsize i = open; i < length; i++)
    {
      if (text[i] == '\\' && i + 1 < length)
        i++;
      else if (text[i] == opening)
        level++;
      else if (text[i] == closing && --level == 0)
        return i;
    }
  return -1;
}

/* After "]", a target "(url)" or a reference "[ref]": the end of it */
static gsize
skip_link_target (const char *text,
                  gsize       length,
                  gsize       after)
{
  gssize close;

  if (after < length && text[after] == '(')
    close = find_closing (text, length, after, '(', ')');
  else if (after < length && text[after] == '[')
    close = find_closing (text, length, after, '[', ']');
  else
    return after;
  return close >= 0 ? (gsize) close + 1 : after;
}

/* "[text](url)" keeps the text, "![alt](src)" goes; returns where the
 * link ends, or @at when it is no link */
static gsize
strip_link (GString    *out,
            const char *text,
            gsize       length,
            gsize       at,
            guint       depth)
{
  gboolean image = text[at] == '!';
  gsize open = at + image;
  gssize close = find_closing (text, length, open, '[', ']');
  gsize end;

  if (close < 0)
    return at;
  end = skip_link_target (text, length, close + 1);
  if (end == (gsize) close + 1 && !image)
    return at;    /* "[sic]" is text */
  if (!image)
    strip_inline (out, text + open + 1, close - open - 1, depth + 1);
  return end;
}

/* `code` keeps its content; returns where it ends, or @at */
static gsize
strip_code_span (GString    *out,
                 const char *text,
                 gsize       length,
                 gsize       at)
{
  gsize run = strspn (text + at, "`");
  g_autofree char *fence = g_strndup (text + at, run);
  const char *close = g_strstr_len (text + at + run, length - at - run, fence);
  g_autofree char *content = NULL;

  if (close == NULL)
    return at;
  content = g_strndup (text + at + run, close - (text + at + run));
  g_string_append (out, g_strstrip (content));
  return close - text + run;
}

/* <https://...> keeps its address; an HTML tag goes */
static gsize
strip_angle (GString    *out,
             const char *text,
             gsize       length,
             gsize       at)
{
  const char *inner = text + at + 1;
  const char *close = memchr (inner, '>', length - at - 1);
  gsize n = close != NULL ? (gsize) (close - inner) : 0;
  gboolean spaced;

  if (n == 0)
    return at;
  spaced = memchr (inner, ' ', n) != NULL;
  if (!spaced && (g_strstr_len (inner, n, "://") != NULL || memchr (inner, '@', n) != NULL))
    g_string_append_len (out, inner, n);
  else if (!g_ascii_isalpha (inner[0]) && inner[0] != '/' && inner[0] != '!')
    return at;
  return close - text + 1;
}

/* "*", "**", "_", "__" and "~~" are emphasis where they open or close a
 * word; "snake_case" and "3 * 4" keep theirs */
static gsize
strip_emphasis (GString    *out,
                const char *text,
                gsize       length,
                gsize       at)
{
  char mark = text[at];
  gsize run = 0;
  gboolean before, after;

  while (at + run < length && text[at + run] == mark)
    run++;
  before = is_boundary (text, length, (gssize) at - 1);
  after = is_boundary (text, length, at + run);
  if ((mark == '~' && run < 2) || (before && after) || (mark == '_' && !before && !after))
    g_string_append_len (out, text + at, run);
  return at + run;
}

static void
strip_inline (GString    *out,
              const char *text,
              gsize       length,
              guint       depth)
{
  gsize i = 0;

  while (i < length)
    {
      char c = text[i];
      gsize next = i;

      if (c == '\\' && i + 1 < length && g_ascii_ispunct (text[i + 1]))
        {
          g_string_append_c (out, text[i + 1]);
          i += 2;
          continue;
        }
      if (depth < MAX_INLINE_DEPTH && (c == '[' || (c == '!' && i + 1 < length && text[i + 1] == '[')))
        next = strip_link (out, text, length, i, depth);
      else if (c == '`')
        next = strip_code_span (out, text, length, i);
      else if (c == '<')
        next = strip_angle (out, text, length, i);
      else if (c == '*' || c == '_' || c == '~')
        next = strip_emphasis (out, text, length, i);
      if (next == i)
        g_string_append_c (out, text[i++]);
      else
        i = next;
    }
}

/* Block marks -------------------------------------------------------------- */

static gboolean
is_rule (const char *line,
         char        mark)
{
  guint n = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == mark)
        n++;
      else if (*p != ' ' && *p != '\t')
        return FALSE;
    }
  return n >= 3 || (mark == '=' && n >= 1);
}

static gboolean
is_fence (const char *line)
{
  return g_str_has_prefix (line, "```") || g_str_has_prefix (line, "~~~");
}

/* "[1]: https://..." defines a link target and says nothing */
static gboolean
is_reference_definition (const char *line)
{
  const char *close = line[0] == '[' ? strstr (line, "]:") : NULL;

  return close != NULL && close > line + 1 && memchr (line, ' ', close - line) == NULL;
}

static gboolean
is_table_separator (const char *line)
{
  return line[0] == '|' && line[strspn (line, "|-: \t")] == '\0';
}

/* The start of a line's text after its quote marks, list marker or
 * heading marks; *@heading says whether it was a heading */
static const char *
skip_block_marks (const char *line,
                  gboolean   *heading)
{
  const char *p = line + strspn (line, " \t");
  gsize digits;

  while (*p == '>')
    p += 1 + strspn (p + 1, " \t");
  *heading = FALSE;
  if (*p == '#' && strspn (p, "#") <= 6 && (p[strspn (p, "#")] == ' ' || p[strspn (p, "#")] == '\0'))
    {
      *heading = TRUE;
      return p + strspn (p, "#") + strspn (p + strspn (p, "#"), " \t");
    }
  if ((*p == '-' || *p == '*' || *p == '+') && (p[1] == ' ' || p[1] == '\t'))
    p += 2;
  else if ((digits = strspn (p, "0123456789")) > 0 && digits < 10
           && (p[digits] == '.' || p[digits] == ')') && p[digits + 1] == ' ')
    p += digits + 2;
  p += strspn (p, " \t");
  if (g_str_has_prefix (p, "[ ] ") || g_str_has_prefix (p, "[x] ") || g_str_has_prefix (p, "[X] "))
    p += 4;
  return p;
}

static char *
strip_line (const char *line,
            gboolean   *heading)
{
  const char *start = skip_block_marks (line, heading);
  gsize length = strlen (start);
  GString *out = g_string_sized_new (length);

  /* "## Title ##": the closing marks go too */
  if (*heading)
    while (length > 0 && (start[length - 1] == '#' || start[length - 1] == ' '))
      length--;
  strip_inline (out, start, length, 0);
  return g_strstrip (g_string_free (out, FALSE));
}

static void
append_line (GString    *out,
             const char *line)
{
  gboolean blank = *line == '\0';

  /* One blank line between paragraphs, none at the start */
  if (blank && (out->len == 0 || g_str_has_suffix (out->str, "\n\n")))
    return;
  g_string_append (out, line);
  g_string_append_c (out, '\n');
}

/* Text under a "===" or "---" underline is a heading */
static void
note_setext_heading (MarkdownMeta *meta,
                     GString      *out)
{
  const char *last;

  if (meta->heading != NULL || out->len < 2 || out->str[out->len - 2] == '\n')
    return;
  last = g_strrstr_len (out->str, out->len - 1, "\n");
  meta->heading = g_strndup (last != NULL ? last + 1 : out->str,
                             out->str + out->len - 1 - (last != NULL ? last + 1 : out->str));
}

static void
strip_block_line (GString      *out,
                  MarkdownMeta *meta,
                  const char   *line)
{
  const char *body = line + strspn (line, " \t");
  g_autofree char *text = NULL;
  gboolean heading;

  if ((*body == '=' || *body == '-') && is_rule (body, *body))
    {
      note_setext_heading (meta, out);
      append_line (out, "");
      return;
    }
  if (is_rule (body, '*') || is_rule (body, '_') || is_reference_definition (body)
      || is_table_separator (body))
    {
      append_line (out, "");
      return;
    }
  text = strip_line (line, &heading);
  if (heading && meta->heading == NULL && *text != '\0')
    meta->heading = g_strdup (text);
  append_line (out, text);
  if (heading)
    append_line (out, "");
}

static char *
strip_markdown (const char   *markdown,
                MarkdownMeta *meta)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  GString *out = g_string_new (NULL);
  gboolean in_code = FALSE;

  for (guint i = skip_front_matter (lines, meta); lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (is_fence (line + strspn (line, " ")))
        {
          in_code = !in_code;
          append_line (out, "");
        }
      else if (in_code)
        append_line (out, line);
      else
        strip_block_line (out, meta, line);
    }
  return g_strchomp (g_string_free (out, FALSE));
}

/**
 * _dl_import_markdown_strip:
 * @markdown: UTF-8 Markdown with Unix line ends
 *
 * Returns: (transfer full): the plain text it renders to
 */
char *
_dl_import_markdown_strip (const char *markdown)
{
  MarkdownMeta meta = { NULL, };
  char *text = strip_markdown (markdown, &meta);

  markdown_meta_clear (&meta);
  return text;
}

DlArticle *
_dl_import_markdown (const char  *path,
                     const char  *name,
                     const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autofree char *raw = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) dct = NULL;
  MarkdownMeta meta = { NULL, };
  DlArticle *article;
  gsize raw_length;

  raw = _dl_import_decode (name, data, length, NULL, &raw_length, error);
  if (raw == NULL)
    return NULL;
  clean = _dl_import_clean_text (raw, raw_length);
  text = strip_markdown (clean, &meta);
  if (_dl_import_is_blank (text))
    {
      markdown_meta_clear (&meta);
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY,
                   _("“%s” contains no text, only Markdown marks"), name);
      return NULL;
    }

  if (meta.title == NULL)
    meta.title = meta.heading != NULL ? g_strdup (meta.heading) : _dl_import_text_title (text);
  article = dl_article_new (path, meta.title, text);
  dct = _dl_import_parse_date (meta.date);
  _dl_import_date_article (article, dct);
  markdown_meta_clear (&meta);
  return article;
}
