/* dl-cli-entities.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dateline-cli entities --conll [FILE|-]`: tags CoNLL-2003 columns.
 * Every line comes back unchanged with one column appended, the
 * predicted BIO tag, so that conlleval can compare it with the gold
 * column before it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-cli-commands.h"
#include "dl-entities.h"

static gboolean
is_blank (const char *line)
{
  for (const char *p = line; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_docstart (const char *line)
{
  return g_str_has_prefix (line, "-DOCSTART-");
}

/* The token is the first column: columns are separated by spaces in
 * CoNLL-2003, by tabs in some conversions of it. */
static char *
dup_token (const char *line)
{
  gsize length = strcspn (line, " \t");

  return g_strndup (line, length);
}

static void
tag_sentence (GString  *out,
              char    **lines,
              guint     first,
              guint     end)
{
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tags = NULL;

  for (guint i = first; i < end; i++)
    g_ptr_array_add (tokens, dup_token (lines[i]));
  tags = dl_entities_tag_tokens ((const char * const *) tokens->pdata, tokens->len);

  for (guint i = first; i < end; i++)
    {
      const char *tag = tags != NULL && i - first < tags->len ? g_ptr_array_index (tags, i - first) : "O";

      g_string_append_printf (out, "%s %s\n", lines[i], tag);
    }
}

static void
strip_carriage_returns (char **lines)
{
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize length = strlen (lines[i]);

      if (length > 0 && lines[i][length - 1] == '\r')
        lines[i][length - 1] = '\0';
    }
}

/* A sentence is a run of token lines; blank lines and -DOCSTART- lines
 * stand between sentences and pass through, -DOCSTART- with the tag O
 * as conlleval expects of every non-blank line. */
static GBytes *
tag_conll (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);
  GString *out = g_string_new (NULL);
  guint first = 0;

  /* The newline that ends the last line does not start another one */
  if (n > 0 && *lines[n - 1] == '\0')
    n--;
  strip_carriage_returns (lines);

  for (guint i = 0; i <= n; i++)
    {
      gboolean boundary = i == n || is_blank (lines[i]) || is_docstart (lines[i]);

      if (!boundary)
        continue;
      if (first < i)
        tag_sentence (out, lines, first, i);
      if (i < n && is_docstart (lines[i]))
        g_string_append_printf (out, "%s O\n", lines[i]);
      else if (i < n)
        g_string_append_printf (out, "%s\n", lines[i]);
      first = i + 1;
    }
  return g_string_free_to_bytes (out);
}

int
dl_cli_entities (int    argc,
                 char **argv)
{
  gboolean conll = FALSE;
  g_auto(GStrv) inputs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) output = NULL;
  g_autofree char *text = NULL;
  gsize length;
  gboolean written;
  const GOptionEntry entries[] = {
    { "conll", 0, 0, G_OPTION_ARG_NONE, &conll,
      N_("Read and write CoNLL-2003 columns (the only format for now)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, N_("[FILE|-]") },
    { NULL }
  };

  if (!dl_cli_parse_options ("entities", _("— tag names of people, organisations, places"),
                             _("Reads CoNLL-2003 columns (token first, a blank line between\n"
                               "sentences) and prints every line with the predicted BIO tag\n"
                               "appended: B-PER, I-ORG, O, … with the types PER, ORG, LOC, MISC."),
                             entries, &argc, &argv))
    return DL_CLI_EXIT_USAGE;

  if (!conll)
    return dl_cli_usage_error ("entities", _("--conll is required (it is the only format)"));
  if (inputs != NULL && g_strv_length (inputs) > 1)
    return dl_cli_usage_error ("entities", _("one input at a time"));

  if ((text = dl_cli_read_text (inputs != NULL ? inputs[0] : "-", &length)) == NULL)
    return DL_CLI_EXIT_INPUT;

  output = tag_conll (text);
  written = dl_cli_write_stdout (output, &error);
  return dl_cli_exit_status (TRUE, written, error);
}
