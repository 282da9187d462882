/* dl-import-text.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dl-import-private.h"
#include "dl-timex.h"

/* A first line longer than this is a paragraph, not a title */
#define MAX_TITLE_CHARS 200
/* When the text opens with a paragraph, its start stands in for the title */
#define MAX_LEAD_CHARS 90

/* The first sentence of @paragraph when it is short, else its first
 * words up to MAX_LEAD_CHARS, cut at a space and ended with an ellipsis */
static char *
lead_of_paragraph (const char *paragraph)
{
  const char *p = paragraph;
  const char *last_space = NULL;
  guint n = 0;

  for (; *p != '\0' && n < MAX_LEAD_CHARS; p = g_utf8_next_char (p), n++)
    {
      if ((*p == '.' || *p == '?' || *p == '!') && p[1] == ' ' && n > 20)
        return g_strndup (paragraph, p - paragraph + (*p == '.' ? 0 : 1));
      if (*p == ' ')
        last_space = p;
    }
  if (*p == '\0')
    return g_strdup (paragraph);
  if (last_space == NULL)
    last_space = p;
  return g_strdup_printf ("%.*s…", (int) (last_space - paragraph), paragraph);
}

/**
 * _dl_import_text_title:
 * @text: clean text
 *
 * The first non-empty line, when it is short enough to be a title;
 * when it is a whole paragraph, the paragraph's start. Markdown heading
 * marks are dropped.
 *
 * Returns: (transfer full) (nullable): the title
 */
char *
_dl_import_text_title (const char *text)
{
  const char *line = text;

  while (*line != '\0')
    {
      const char *end = strchr (line, '\n');
      g_autofree char *candidate = NULL;

      if (end == NULL)
        end = line + strlen (line);
      candidate = g_strstrip (g_strndup (line, end - line));
      if (*candidate != '\0')
        {
          g_autofree char *title = _dl_import_collapse_spaces (candidate + strspn (candidate, "#"));

          if (*title == '\0')
            return NULL;
          if (g_utf8_strlen (title, -1) > MAX_TITLE_CHARS)
            return lead_of_paragraph (title);
          return g_steal_pointer (&title);
        }
      line = *end != '\0' ? end + 1 : end;
    }
  return NULL;
}

/* Without metadata, the article's own date is whatever the text says
 * it was written on (a dateline, "Published ...") */
void
_dl_import_date_from_text (DlArticle *article)
{
  g_autoptr(GDateTime) dct = NULL;
  DlSpan where = { 0, };

  if (dl_timex_find_dct (dl_article_get_text (article),
                         dl_article_get_text_length (article),
                         &dct, &where)
      && dct != NULL)
    dl_article_set_dct (article, dct, DL_DCT_SOURCE_TEXT);
}

/**
 * _dl_import_date_article:
 * @meta_date: (nullable): the date the file's metadata gives
 *
 * Dates @article by its metadata or, without any, by what its text says.
 */
void
_dl_import_date_article (DlArticle *article,
                         GDateTime *meta_date)
{
  if (meta_date != NULL)
    dl_article_set_dct (article, meta_date, DL_DCT_SOURCE_META);
  else
    _dl_import_date_from_text (article);
}

/**
 * _dl_import_title_or_lead:
 * @title: (nullable): the title a file gives
 *
 * Returns: (transfer full): @title when it says something, else the
 *   first line of @text
 */
char *
_dl_import_title_or_lead (const char *title,
                          const char *text)
{
  if (title == NULL || !g_utf8_validate (title, -1, NULL) || _dl_import_is_blank (title))
    return _dl_import_text_title (text);
  return g_strdup (title);
}

DlArticle *
_dl_import_text (const char  *path,
                 const char  *name,
                 const char  *data,
                 gsize        length,
                 GError     **error)
{
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  DlArticle *article;
  gsize raw_length;

  raw = _dl_import_decode (name, data, length, NULL, &raw_length, error);
  if (raw == NULL)
    return NULL;
  text = _dl_import_clean_text (raw, raw_length);
  if (_dl_import_is_blank (text))
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY,
                   _("“%s” contains no text, only blank space"), name);
      return NULL;
    }

  title = _dl_import_text_title (text);
  article = dl_article_new (path, title, text);
  _dl_import_date_from_text (article);
  return article;
}
