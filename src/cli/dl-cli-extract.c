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
  g_auto(DlCliInputs) inputs = { 0 };
  g_autoptr(DlCorpus) corpus = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok, written;
  int status;

  if (!dl_cli_parse_input_options ("extract", _("— find events and actors in articles"),
                                   _("Reads articles (text, HTML, … or “-” for standard input; a folder\n"
                                     "stands for the articles in it) and prints their events, actors and\n"
                                     "relations as one JSON document. A saved project (alone) is read as it\n"
                                     "was saved, without analysing it again."),
                                   NULL, &inputs, &argc, &argv))
    return DL_CLI_EXIT_USAGE;

  if (inputs.inputs == NULL || inputs.inputs[0] == NULL)
    return dl_cli_usage_error ("extract", _("no input files"));
  if ((status = dl_cli_parse_dct ("extract", &inputs)) != DL_CLI_EXIT_OK)
    return status;
  if (dl_cli_check_inputs ("extract", inputs.inputs) != DL_CLI_EXIT_OK)
    return DL_CLI_EXIT_USAGE;

  ok = dl_cli_load_corpus (inputs.inputs, inputs.dct, NULL, &corpus);
  bytes = dl_export_data_to_bytes (corpus, DL_EXPORT_FORMAT_JSON, &error);
  written = bytes != NULL && dl_cli_write_stdout (bytes, &error);
  return dl_cli_exit_status (ok, written, error);
}
