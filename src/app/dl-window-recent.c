/* dl-window-recent.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recent projects: every project opened or saved goes to the desktop's
 * list of recent files, and the Open button's menu and the welcome page
 * (dl-window-welcome.c) offer the latest that still exist.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-project.h"
#include "dl-window-private.h"

#define MAX_RECENT_PROJECTS 6

/* The name the desktop's list knows Dateline by; not shown to users */
#define RECENT_APP_NAME "Dateline"
#define RECENT_APP_EXEC "dateline %u"

void
_dl_window_add_recent (DlWindow *self,
                       GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0 };

  data.mime_type = (char *) DL_PROJECT_MIME_TYPE;
  data.app_name = (char *) RECENT_APP_NAME;
  data.app_exec = (char *) RECENT_APP_EXEC;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static gboolean
is_project (GtkRecentInfo *info)
{
  return (g_strcmp0 (gtk_recent_info_get_mime_type (info), DL_PROJECT_MIME_TYPE) == 0 ||
          g_str_has_suffix (gtk_recent_info_get_uri (info), DL_PROJECT_EXTENSION)) &&
         gtk_recent_info_is_local (info) && gtk_recent_info_exists (info);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  /* Most recent first */
  return g_date_time_compare (gtk_recent_info_get_modified (info_b), gtk_recent_info_get_modified (info_a));
}

/**
 * _dl_window_dup_recent_projects:
 *
 * The one list of recent projects, for the Open button's menu and the
 * welcome page alike.
 *
 * Returns: (transfer container) (element-type GtkRecentInfo): the
 *   latest projects that still exist, most recent first, at most
 *   MAX_RECENT_PROJECTS
 */
GPtrArray *
_dl_window_dup_recent_projects (void)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GPtrArray *projects = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    if (is_project (l->data))
      g_ptr_array_add (projects, gtk_recent_info_ref (l->data));
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (projects, compare_recent);
  if (projects->len > MAX_RECENT_PROJECTS)
    g_ptr_array_set_size (projects, MAX_RECENT_PROJECTS);
  return projects;
}

/**
 * _dl_window_dup_recent_name:
 * @info: a recent project
 *
 * Returns: (transfer full): the project's name as users know it: its
 *   file's name without the extension
 */
char *
_dl_window_dup_recent_name (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));

  return dl_project_dup_display_name (file);
}

/* A menu label: the name, its underscores not taken for mnemonics */
static char *
dup_label (GtkRecentInfo *info)
{
  g_autofree char *name = _dl_window_dup_recent_name (info);
  g_auto(GStrv) parts = g_strsplit (name, "_", -1);

  return g_strjoinv ("__", parts);
}

static GMenu *
build_recent_section (void)
{
  g_autoptr(GPtrArray) projects = _dl_window_dup_recent_projects ();
  GMenu *section = g_menu_new ();

  for (guint i = 0; i < projects->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (projects, i);
      g_autofree char *label = dup_label (info);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (section, item);
    }
  return section;
}

/* The Open menu's first section is the ways to open; a second one,
 * when there are recent projects, lists them */
static void
update_recent_menu (DlWindow *self)
{
  g_autoptr(GMenu) section = build_recent_section ();

  if (g_menu_model_get_n_items (G_MENU_MODEL (self->open_menu)) > 1)
    g_menu_remove (self->open_menu, 1);
  if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
    g_menu_append_section (self->open_menu, _("Recent Projects"), G_MENU_MODEL (section));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  dl_window_open_project (DL_WINDOW (widget), file);
}

void
_dl_window_recent_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
}

void
_dl_window_recent_init (DlWindow *self)
{
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
}
