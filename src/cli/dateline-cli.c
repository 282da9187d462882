/* dateline-cli.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command-line twin of the window: the same core, no GTK. The
 * subcommands and their output are specified in FORMAT.md.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "dl-cli-commands.h"

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "extract", dl_cli_extract, N_("Find events and actors in articles; print them as JSON") },
  { "timex", dl_cli_timex, N_("Find temporal expressions in one plain text") },
  { "entities", dl_cli_entities, N_("Tag names in CoNLL-2003 columns") },
  { "export", dl_cli_export, N_("Draw the timeline or the graph, or write data for other tools") },
  { "save", dl_cli_save, N_("Save articles and what they tell as a project") },
};

static void
print_help (void)
{
  g_print ("%s\n", _("Usage: dateline-cli COMMAND [OPTION…] [FILE…]"));
  g_print ("%s\n\n", _("Find the dated events and the actors in news articles."));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  %-10s %s\n", "--help", _("Show this help and exit"));
  g_print ("  %-10s %s\n\n", "--version", _("Show the version and exit"));
  g_print ("%s\n", _("“dateline-cli COMMAND --help” describes each command."));
  g_print ("%s\n", _("Exit status: 0 on success, 1 if an input could not be used, 2 on a usage error."));
}

static void
print_version (void)
{
  g_print ("dateline-cli (Dateline) %s\n", PACKAGE_VERSION);
  g_print ("Copyright 2026 The Dateline authors\n");
  g_print ("%s\n", _("License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
                     "This is free software: you are free to change and redistribute it.\n"
                     "There is NO WARRANTY, to the extent permitted by law."));
}

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

/* "dateline-cli help extract" is "dateline-cli extract --help" */
static int
run_help (int    argc,
          char **argv)
{
  const Command *command;
  char *help_argv[] = { argv[1], (char *) "--help", NULL };

  if (argc < 2)
    {
      print_help ();
      return DL_CLI_EXIT_OK;
    }
  if ((command = find_command (argv[1])) == NULL)
    return dl_cli_usage_error (NULL, _("unknown command “%s”"), argv[1]);
  return command->run (2, help_argv);
}

int
main (int   argc,
      char *argv[])
{
  const Command *command;
  const char *first;

  setlocale (LC_ALL, "");
  /* Translations from the build tree, for an uninstalled run */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("DATELINE_LOCALEDIR") != NULL ? g_getenv ("DATELINE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("dateline-cli");

  if (argc < 2)
    return dl_cli_usage_error (NULL, _("no command given"));

  first = argv[1];
  if (strcmp (first, "--help") == 0 || strcmp (first, "-h") == 0)
    {
      print_help ();
      return DL_CLI_EXIT_OK;
    }
  if (strcmp (first, "--version") == 0 || strcmp (first, "-V") == 0)
    {
      print_version ();
      return DL_CLI_EXIT_OK;
    }
  if (strcmp (first, "help") == 0)
    return run_help (argc - 1, argv + 1);
  if ((command = find_command (first)) != NULL)
    return command->run (argc - 1, argv + 1);
  if (first[0] == '-')
    return dl_cli_usage_error (NULL, _("unknown option “%s”"), first);
  return dl_cli_usage_error (NULL, _("unknown command “%s”"), first);
}
