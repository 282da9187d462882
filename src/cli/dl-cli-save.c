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
                    DlCliInputs *inputs)
{
  const char *input;

  if (output == NULL)
    return dl_cli_usage_error ("save", _("-o OUT is required"));
  if (strcmp (output, "-") == 0)
    return dl_cli_usage_error ("save", _("a project cannot be written to the standard output"));
  if (inputs->inputs == NULL || inputs->inputs[0] == NULL)
    return dl_cli_usage_error ("save", _("no input files"));
  if ((input = dl_cli_find_input_named_by (output, inputs->inputs)) != NULL)
    return dl_cli_usage_error ("save", _("“%s” is an input: it would be overwritten"), input);
  if (dl_cli_check_inputs ("save", inputs->inputs) != DL_CLI_EXIT_OK)
    return DL_CLI_EXIT_USAGE;
  return dl_cli_parse_dct ("save", inputs);
}

/* Reads @inputs, never @output even if a folder holds it, and saves
 * what they give */
static int
save_inputs (const char  *output,
             DlCliInputs *inputs)
{
  g_autoptr(GFile) skip = g_file_new_for_commandline_arg (output);
  g_autoptr(DlCorpus) corpus = NULL;
  g_autoptr(GHashTable) view_state = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok, written;

  ok = dl_cli_load_inputs (inputs->inputs, inputs->dct, skip, &corpus, &view_state, &edits);
  written = dl_project_save (corpus, view_state, edits, output, &error);
  return dl_cli_exit_status (ok, written, error);
}

int
dl_cli_save (int    argc,
             char **argv)
{
  g_autofree char *output = NULL;
  g_auto(DlCliInputs) inputs = { 0 };
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The project file to write (usually NAME.dateline)"), N_("OUT") },
    { NULL }
  };

  if (!dl_cli_parse_input_options ("save", _("— save articles as a project"),
                                   _("Reads articles like “extract” and saves them, with what analysis found\n"
                                     "in them, as a project that Dateline opens. The file is replaced\n"
                                     "whole: a save that fails leaves the old project as it was. Given a\n"
                                     "project, writes a copy of it."),
                                   entries, &inputs, &argc, &argv))
    return DL_CLI_EXIT_USAGE;
  if ((status = check_save_options (output, &inputs)) != DL_CLI_EXIT_OK)
    return status;
  return save_inputs (output, &inputs);
}
