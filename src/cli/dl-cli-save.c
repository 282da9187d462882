/* dl-cli-save.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dateline-cli save [--dct DATE] -o OUT FILE...`: analyses articles as
 * "extract" does and saves them as a project the window opens, or
 * copies a project (its view state and edits too).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-cli-commands.h"
#include "dl-corpus.h"
#include "dl-project.h"

static int
check_save_options (const char  *output,
                    char       **inputs)
{
  const char *input;

  if (output == NULL)
    return dl_cli_usage_error ("save", _("-o OUT is required"));
  if (strcmp (output, "-") == 0)
    return dl_cli_usage_error ("save", _("a project cannot be written to the standard output"));
  if (inputs == NULL || inputs[0] == NULL)
    return dl_cli_usage_error ("save", _("no input files"));
  if ((input = dl_cli_find_input_named_by (output, inputs)) != NULL)
    return dl_cli_usage_error ("save", _("“%s” is an input: it would be overwritten"), input);
  return dl_cli_check_inputs ("save", inputs);
}

int
dl_cli_save (int    argc,
             char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *dct_text = NULL;
  g_auto(GStrv) inputs = NULL;
  g_autoptr(GDateTime) dct = NULL;
  g_autoptr(DlCorpus) corpus = NULL;
  g_autoptr(GHashTable) view_state = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GFile) skip = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The project file to write (usually NAME.dateline)"), N_("OUT") },
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct_text,
      N_("Date of articles that have none of their own (ISO 8601)"), N_("DATE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, N_("FILE…") },
    { NULL }
  };

  if (!dl_cli_parse_options ("save", _("— save articles as a project"),
                             _("Reads articles like “extract” and saves them, with what analysis found\n"
                               "in them, as a project that Dateline opens. The file is replaced\n"
                               "whole: a save that fails leaves the old project as it was. Given a\n"
                               "project, writes a copy of it."),
                             entries, &argc, &argv))
    return DL_CLI_EXIT_USAGE;
  if ((status = check_save_options (output, inputs)) != DL_CLI_EXIT_OK)
    return status;
  if (dct_text != NULL && (dct = dl_cli_parse_date (dct_text)) == NULL)
    return dl_cli_usage_error ("save", _("“%s” is not an ISO 8601 date"), dct_text);

  skip = g_file_new_for_commandline_arg (output);
  ok = dl_cli_load_inputs (inputs, dct, skip, &corpus, &view_state, &edits);
  if (!dl_project_save (corpus, view_state, edits, output, &error))
    {
      g_printerr ("dateline-cli: %s\n", error->message);
      return DL_CLI_EXIT_INPUT;
    }
  return ok ? DL_CLI_EXIT_OK : DL_CLI_EXIT_INPUT;
}
