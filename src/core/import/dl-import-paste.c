/* dl-import-paste.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text that comes from no file: pasted from the clipboard. It is read
 * as a plain text file is, but named for what it is in messages, and
 * has no path: it is told apart from other articles by its text.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-import.h"
#include "dl-import-private.h"

/**
 * dl_import_text:
 * @name: what the text is, for messages ("pasted text")
 * @text: the text, UTF-8
 * @error: a #GError in %DL_IMPORT_ERROR
 *
 * An article of @text: cleaned as a text file's, titled by its first
 * line and dated by its dateline, if it has one.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL when the
 *   text is blank, too large or not UTF-8
 */
DlArticle *
dl_import_text (const char  *name,
                const char  *text,
                GError     **error)
{
  gsize length;

  g_return_val_if_fail (name != NULL && text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  length = strlen (text);
  if (length > DL_IMPORT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (DL_IMPORT_MAX_SIZE);

      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
                   /* TRANSLATORS: "pasted text", its size, the largest text Dateline reads */
                   _("The %s is too large to read (%s; the limit is %s)"), name, size, limit);
      return NULL;
    }
  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_ENCODING,
                   _("The %s is not valid text"), name);
      return NULL;
    }
  return _dl_import_text (NULL, name, text, length, error);
}
