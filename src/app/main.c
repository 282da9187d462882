/* main.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "dl-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DlApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* Translations from the build tree, for an uninstalled run */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("DATELINE_LOCALEDIR") != NULL ? g_getenv ("DATELINE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = dl_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
