/* dl-syntax-conllu.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a treebank in CoNLL-U: a word per line, ten columns separated by
 * tabs, a blank line after each sentence. As in the evaluation of the
 * CoNLL 2018 shared task, the lines of multiword tokens ("1-2") and of
 * empty nodes ("8.1") are left out: only words are tagged and parsed.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dl-syntax-private.h"
#include "dl-syntax-train.h"

void
dl_syntax_sentence_free (DlSyntaxSentence *sentence)
{
  if (sentence == NULL)
    return;
  g_strfreev (sentence->forms);
  g_strfreev (sentence->lemmas);
  g_free (sentence->upos);
  g_free (sentence->heads);
  g_strfreev (sentence->deprels);
  g_free (sentence->tags);
  g_free (sentence->words);
  g_free (sentence);
}

typedef struct
{
  GPtrArray *forms, *lemmas, *deprels;
  GArray *upos, *heads;
} Pending;

static char **
steal_strv (GPtrArray *array)
{
  g_ptr_array_add (array, NULL);
  return (char **) g_ptr_array_steal (array, NULL);
}

static DlSyntaxSentence *
finish_sentence (Pending *p)
{
  DlSyntaxSentence *s;

  if (p->forms->len == 0)
    return NULL;
  s = g_new0 (DlSyntaxSentence, 1);
  s->n = p->forms->len;
  s->words = dl_arc_word_keys ((const char * const *) p->forms->pdata, s->n);
  s->forms = steal_strv (p->forms);
  s->lemmas = steal_strv (p->lemmas);
  s->deprels = steal_strv (p->deprels);
  s->upos = (DlUpos *) g_array_steal (p->upos, NULL);
  s->heads = g_new (gint, s->n + 1);
  s->tags = g_new (gint, s->n + 1);
  s->heads[0] = -1;
  s->tags[0] = DL_UPOS_N;
  for (guint i = 0; i < s->n; i++)
    {
      s->heads[i + 1] = g_array_index (p->heads, gint, i);
      s->tags[i + 1] = s->upos[i];
    }
  g_array_set_size (p->heads, 0);
  return s;
}

static gboolean
add_word (Pending  *p,
          char    **columns)
{
  DlUpos upos;
  char *end;
  gint head = strtol (columns[6], &end, 10);

  if (*end != '\0' || head < 0)
    return FALSE;
  if (!dl_upos_from_string (columns[3], &upos))
    upos = DL_UPOS_X;
  g_ptr_array_add (p->forms, g_strdup (columns[1]));
  g_ptr_array_add (p->lemmas, g_strdup (columns[2]));
  g_ptr_array_add (p->deprels, g_strdup (columns[7]));
  g_array_append_val (p->upos, upos);
  g_array_append_val (p->heads, head);
  return TRUE;
}

/**
 * dl_syntax_read_conllu:
 * @path: a CoNLL-U file
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DlSyntaxSentence) (nullable):
 *   the sentences, or %NULL with @error set
 */
GPtrArray *
dl_syntax_read_conllu (const char  *path,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) sentences = NULL;
  Pending p = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free),
                g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (DlUpos)),
                g_array_new (FALSE, FALSE, sizeof (gint)) };
  DlSyntaxSentence *s;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, NULL, error))
    ok = FALSE;
  sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_syntax_sentence_free);
  lines = ok ? g_strsplit (contents, "\n", -1) : g_new0 (char *, 1);
  for (guint i = 0; ok && lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;

      g_strchomp (lines[i]);
      if (lines[i][0] == '#')
        continue;
      if (lines[i][0] == '\0')
        {
          if ((s = finish_sentence (&p)) != NULL)
            g_ptr_array_add (sentences, s);
          continue;
        }
      columns = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (columns) != 10)
        ok = FALSE;
      else if (strchr (columns[0], '-') == NULL && strchr (columns[0], '.') == NULL)
        ok = add_word (&p, columns);
      if (!ok)
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: not CoNLL-U", path, i + 1);
    }
  if (ok && (s = finish_sentence (&p)) != NULL)
    g_ptr_array_add (sentences, s);
  g_ptr_array_unref (p.forms);
  g_ptr_array_unref (p.lemmas);
  g_ptr_array_unref (p.deprels);
  g_array_unref (p.upos);
  g_array_unref (p.heads);
  return ok ? g_steal_pointer (&sentences) : NULL;
}
