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

/**
 * _dl_import_text_title:
 * @text: clean text
 *
 * The first non-empty line, when it is short enough to be a title.
 * Markdown heading marks are dropped.
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

          if (*title == '\0' || g_utf8_strlen (title, -1) > MAX_TITLE_CHARS)
            return NULL;
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
