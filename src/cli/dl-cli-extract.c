/* dl-cli-extract.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dateline-cli extract [--dct DATE] FILE...`: the Dateline document of
 * the given articles, or of a saved project, on standard output.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-cli-commands.h"
#include "dl-corpus.h"
#include "dl-export.h"

int
dl_cli_extract (int    argc,
                char **argv)
{
  g_autofree char *dct_text = NULL;
  g_auto(GStrv) inputs = NULL;
  g_autoptr(GDateTime) dct = NULL;
  g_autoptr(DlCorpus) corpus = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;
  const GOptionEntry entries[] = {
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct_text,
      N_("Date of articles that have none of their own (ISO 8601)"), N_("DATE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, N_("FILE…") },
    { NULL }
  };

  if (!dl_cli_parse_options ("extract", _("— find events and actors in articles"),
                             _("Reads articles (text, HTML, … or “-” for standard input; a folder\n"
                               "stands for the articles in it) and prints their events, actors and\n"
                               "relations as one JSON document. A saved project (alone) is read as it\n"
                               "was saved, without analysing it again."),
                             entries, &argc, &argv))
    return DL_CLI_EXIT_USAGE;

  if (inputs == NULL || inputs[0] == NULL)
    return dl_cli_usage_error ("extract", _("no input files"));
  if (dct_text != NULL && (dct = dl_cli_parse_date (dct_text)) == NULL)
    return dl_cli_usage_error ("extract", _("“%s” is not an ISO 8601 date"), dct_text);
  if (dl_cli_check_inputs ("extract", inputs) != DL_CLI_EXIT_OK)
    return DL_CLI_EXIT_USAGE;

  ok = dl_cli_load_corpus (inputs, dct, NULL, &corpus);
  bytes = dl_export_data_to_bytes (corpus, DL_EXPORT_FORMAT_JSON, &error);
  if (bytes == NULL || !dl_cli_write_stdout (bytes, &error))
    {
      g_printerr ("dateline-cli: %s\n", error->message);
      return DL_CLI_EXIT_INPUT;
    }
  return ok ? DL_CLI_EXIT_OK : DL_CLI_EXIT_INPUT;
}
