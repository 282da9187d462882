/* dl-window-welcome.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The welcome page, shown while the window is empty: the ways to open
 * articles, the sample articles to try Dateline on, and the recent
 * projects (the same list as the Open button's menu, from
 * dl-window-recent.c), each one row that opens it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-window-private.h"

#define SAMPLE_SUBDIR "sample"

/* The sample articles ---------------------------------------------------- */

static char *
dup_dir_if_exists (const char *dir)
{
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_canonicalize_filename (dir, NULL);
}

/**
 * _dl_window_dup_sample_dir:
 *
 * Where the sample articles are: $DATELINE_SAMPLE_DIR alone when that
 * is set, so that uninstalled runs and tests say where; else where they
 * are installed; else in the source tree, for a build never installed.
 *
 * Returns: (transfer full): the folder, which may be missing: then the
 *   one to name to the user
 */
char *
_dl_window_dup_sample_dir (void)
{
  const char *env = g_getenv ("DATELINE_SAMPLE_DIR");
  char *dir;

  if (env != NULL && *env != '\0')
    return g_canonicalize_filename (env, NULL);
  dir = dup_dir_if_exists (PKGDATADIR "/" SAMPLE_SUBDIR);
  if (dir == NULL)
    dir = dup_dir_if_exists (SOURCE_DATADIR "/" SAMPLE_SUBDIR);
  if (dir == NULL)
    dir = g_strdup (PKGDATADIR "/" SAMPLE_SUBDIR);
  return dir;
}

/* Opens the sample as `dateline FOLDER` does: the folder's articles */
static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  g_autofree char *dir = _dl_window_dup_sample_dir ();
  g_autoptr(GFile) folder = NULL;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s is a folder */
      message = g_strdup_printf (_("The sample articles were not found in %s"), dir);
      _dl_window_show_toast (self, message);
      return;
    }
  folder = g_file_new_for_path (dir);
  dl_window_open_files (self, &folder, 1);
}

/* When --------------------------------------------------------------------- */

/* Calendar days from @then to @now, both taken in the local time zone */
static int
days_between (GDateTime *then,
              GDateTime *now)
{
  g_autoptr(GDateTime) local_then = g_date_time_to_local (then);
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);
  GDate date_then, date_now;
  int year, month, day;

  g_date_time_get_ymd (local_then, &year, &month, &day);
  g_date_set_dmy (&date_then, day, month, year);
  g_date_time_get_ymd (local_now, &year, &month, &day);
  g_date_set_dmy (&date_now, day, month, year);
  return g_date_days_between (&date_then, &date_now);
}

/**
 * _dl_window_format_relative_time:
 * @time: when a project was last opened or saved
 * @now: the time now
 *
 * Returns: (transfer full): @time as a person would say it: "Just now",
 *   "5 minutes ago", "Yesterday", "3 days ago"; a date past a month
 */
char *
_dl_window_format_relative_time (GDateTime *time,
                                 GDateTime *now)
{
  GTimeSpan span;
  int days;
  guint n;

  g_return_val_if_fail (time != NULL && now != NULL, NULL);

  span = g_date_time_difference (now, time);
  /* A clock set back counts as now */
  if (span < G_TIME_SPAN_MINUTE)
    return g_strdup (_("Just now"));
  if (span < G_TIME_SPAN_HOUR)
    {
      n = span / G_TIME_SPAN_MINUTE;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute ago", "%u minutes ago", n), n);
    }
  days = days_between (time, now);
  if (days == 0)
    {
      n = span / G_TIME_SPAN_HOUR;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour ago", "%u hours ago", n), n);
    }
  if (days == 1)
    return g_strdup (_("Yesterday"));
  n = days;
  if (days < 7)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day ago", "%u days ago", n), n);
  if (days < 30)
    {
      n = days / 7;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week ago", "%u weeks ago", n), n);
    }
  /* TRANSLATORS: a full date, see g_date_time_format() */
  return g_date_time_format (time, _("%-d %B %Y"));
}

/* Recent projects ---------------------------------------------------------- */

/* @file's folder, the home folder written ~ as in a terminal */
static char *
dup_display_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;
  g_autofree char *path = NULL;

  if (parent == NULL)
    return g_strdup ("/");
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    path = g_build_filename ("~", relative, NULL);
  else
    path = g_file_get_path (parent);
  return g_filename_display_name (path);
}

static GtkWidget *
create_recent_row (GtkRecentInfo *info,
                   GDateTime     *now)
{
  const char *uri = gtk_recent_info_get_uri (info);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *name = _dl_window_dup_recent_name (info);
  g_autofree char *folder = dup_display_folder (file);
  g_autofree char *when = _dl_window_format_relative_time (gtk_recent_info_get_modified (info), now);
  g_autofree char *subtitle = NULL;
  g_autofree char *path = g_file_get_path (file);
  GtkWidget *row = adw_action_row_new ();

  /* TRANSLATORS: a recent project's folder, then when it was last used */
  subtitle = g_strdup_printf (_("%s · %s"), folder, when);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("x-office-document-symbolic"));
  gtk_widget_set_tooltip_text (row, path);
  /* The same action as the Open button's menu; action rows are not
   * activatable unless told */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (uri));
  return row;
}

static void
clear_recent_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
update_recent_list (DlWindow *self)
{
  g_autoptr(GPtrArray) projects = _dl_window_dup_recent_projects ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  clear_recent_list (self->welcome_recent_list);
  for (guint i = 0; i < projects->len; i++)
    gtk_list_box_append (self->welcome_recent_list, create_recent_row (g_ptr_array_index (projects, i), now));
  gtk_widget_set_visible (self->welcome_recent, projects->len > 0);
}

/* Showing the page --------------------------------------------------------- */

static gboolean
welcome_shown (DlWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0;
}

/* Focus left in the page just hidden goes to the first way to open */
static void
focus_first_button (DlWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, gtk_stack_get_visible_child (self->main_stack)))
    gtk_widget_grab_focus (self->welcome_open_button);
}

static void
main_stack_changed_cb (DlWindow   *self,
                       GParamSpec *pspec,
                       GtkStack   *stack)
{
  if (!welcome_shown (self))
    return;
  update_recent_list (self);
  focus_first_button (self);
}

static void
recent_changed_cb (DlWindow *self)
{
  if (welcome_shown (self))
    update_recent_list (self);
}

void
_dl_window_welcome_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, DlWindow, welcome_open_button);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, welcome_recent);
  gtk_widget_class_bind_template_child (widget_class, DlWindow, welcome_recent_list);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
}

void
_dl_window_welcome_init (DlWindow *self)
{
  g_signal_connect_object (self->main_stack, "notify::visible-child",
                           G_CALLBACK (main_stack_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  if (welcome_shown (self))
    {
      update_recent_list (self);
      gtk_widget_grab_focus (self->welcome_open_button);
    }
}
