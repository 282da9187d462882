/* dl-window-help.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Help (F1, or Help in the main menu): the user guide, plain HTML
 * pages shown in the desktop's browser. The guide is looked for in
 * $DATELINE_HELPDIR alone when that is set, so that uninstalled runs
 * and tests say where it is; else where it is installed; else in the
 * source tree, for a build that was never installed. Without a guide a
 * toast says so.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-window-help.h"
#include "dl-window-private.h"

#define HELP_INDEX "index.html"
/* Under a data directory, as help/meson.build installs it */
#define HELP_SUBDIR "doc/dateline/html"

static DlWindowHelpLauncher help_launcher;

/* The URI of the guide's index in @dir, or NULL when it is not there */
static char *
dup_index_uri (const char *dir)
{
  g_autofree char *canonical = g_canonicalize_filename (dir, NULL);
  g_autofree char *path = g_build_filename (canonical, HELP_INDEX, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_filename_to_uri (path, NULL, NULL);
}

static char *
find_installed (void)
{
  const char * const *data_dirs = g_get_system_data_dirs ();
  char *uri;

  /* The prefix Dateline was built for first: it need not be among the
   * desktop's data directories */
  uri = dup_index_uri (PKGDATADIR "/../" HELP_SUBDIR);
  for (guint i = 0; uri == NULL && data_dirs[i] != NULL; i++)
    {
      g_autofree char *dir = g_build_filename (data_dirs[i], HELP_SUBDIR, NULL);

      uri = dup_index_uri (dir);
    }
  return uri;
}

/**
 * _dl_window_find_help:
 *
 * Returns: (transfer full) (nullable): the file:// URI of the user
 *   guide's index page, or %NULL when there is no guide
 */
char *
_dl_window_find_help (void)
{
  const char *env = g_getenv ("DATELINE_HELPDIR");
  char *uri;

  if (env != NULL && *env != '\0')
    return dup_index_uri (env);
  uri = find_installed ();
  if (uri == NULL)
    uri = dup_index_uri (SOURCE_DATADIR "/../help/C");
  return uri;
}

/**
 * _dl_window_set_help_launcher:
 * @launcher: (nullable): what opens the guide instead of the browser,
 *   %NULL for the browser again
 */
void
_dl_window_set_help_launcher (DlWindowHelpLauncher launcher)
{
  help_launcher = launcher;
}

static void
show_uri_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error)
      || gtk_widget_in_destruction (GTK_WIDGET (source)))
    return;
  /* TRANSLATORS: %s says why the browser could not show the guide */
  message = g_strdup_printf (_("Could not open the user guide: %s"), error->message);
  _dl_window_show_toast (DL_WINDOW (source), message);
}

/* The full form of gtk_show_uri, whose failure would otherwise be only
 * a warning on the terminal */
static void
show_in_browser (GtkWindow  *window,
                 const char *uri)
{
  gtk_show_uri_full (window, uri, GDK_CURRENT_TIME, NULL, show_uri_done_cb, NULL);
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  g_autofree char *uri = _dl_window_find_help ();

  if (uri == NULL)
    {
      _dl_window_show_toast (self, _("The user guide is not installed"));
      return;
    }
  (help_launcher != NULL ? help_launcher : show_in_browser) (GTK_WINDOW (self), uri);
}

void
_dl_window_help_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
}
