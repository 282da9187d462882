/* dl-application.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-app-resources.h"
#include "dl-application.h"
#include "dl-preferences-window.h"
#include "dl-startup-report.h"
#include "dl-window.h"

struct _DlApplication
{
  AdwApplication parent_instance;

  GSettings *settings;        /* NULL without the schema installed */
  GtkWindow *preferences;     /* the one preferences window, if shown */
};

G_DEFINE_FINAL_TYPE (DlApplication, dl_application, ADW_TYPE_APPLICATION)

static DlWindow *
get_or_create_window (DlApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (dl_window_new (self));
      dl_startup_report_watch (DL_WINDOW (window));
    }
  return DL_WINDOW (window);
}

/* Started without files: untitled work a crash or a killed session
 * left unsaved comes back */
static void
dl_application_activate (GApplication *app)
{
  gboolean first = gtk_application_get_active_window (GTK_APPLICATION (app)) == NULL;
  DlWindow *window = get_or_create_window (DL_APPLICATION (app));

  if (first)
    dl_window_recover (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
dl_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  DlWindow *window = get_or_create_window (DL_APPLICATION (app));

  dl_window_open_files (window, files, (guint) n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Dateline authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Dateline"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Dateline authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("See who did what, when, in a pile of news articles"),
                         "website", "https://github.com/dateline/dateline",
                         "issue-url", "https://github.com/dateline/dateline/issues",
                         "developers", developers,
                         "copyright", "© 2026 The Dateline authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* Each window closes as its close button would, asking about unsaved
 * changes; the application ends with the last one */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

/* One preferences window at a time: asked again, it comes to the
 * front. It is not one of the application's windows, which are all
 * DlWindows to the code that looks for the active one. */
static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  DlApplication *self = DL_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->preferences == NULL)
    {
      self->preferences = GTK_WINDOW (dl_preferences_window_new (self->settings));
      g_object_add_weak_pointer (G_OBJECT (self->preferences), (gpointer *) &self->preferences);
    }
  gtk_window_set_transient_for (self->preferences, parent);
  gtk_window_present (self->preferences);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

/* The style follows the setting at once. Left to follow the system,
 * libadwaita is not told anything, so that its own default (and the
 * ADW_DEBUG_COLOR_SCHEME of screenshots and tests) holds at startup. */
static void
color_scheme_changed_cb (DlApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  if (g_str_equal (scheme, "light"))
    adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_str_equal (scheme, "dark"))
    adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
follow_settings (DlApplication *self)
{
  g_autofree char *scheme = NULL;

  self->settings = dl_preferences_dup_settings ();
  /* Without the schema there is nothing to choose from */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "preferences")),
                               self->settings != NULL);
  if (self->settings == NULL)
    return;
  g_signal_connect_object (self->settings, "changed::color-scheme", G_CALLBACK (color_scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  scheme = g_settings_get_string (self->settings, "color-scheme");
  if (!g_str_equal (scheme, "default"))
    color_scheme_changed_cb (self);
}

static void
dl_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (dl_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  follow_settings (DL_APPLICATION (app));
}

static void
dl_application_dispose (GObject *object)
{
  DlApplication *self = DL_APPLICATION (object);

  if (self->preferences != NULL)
    gtk_window_destroy (self->preferences);
  g_clear_weak_pointer (&self->preferences);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dl_application_parent_class)->dispose (object);
}

static void
dl_application_class_init (DlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dl_application_dispose;
  app_class->activate = dl_application_activate;
  app_class->open = dl_application_open;
  app_class->startup = dl_application_startup;

  /* Before startup, where the style sheet and the icons are looked up */
  dl_app_resources_ensure ();
}

static void
dl_application_init (DlApplication *self)
{
}

/**
 * dl_application_find_project_window:
 *
 * Returns: (transfer none) (nullable): the window that shows the
 *   project @file, if one does
 */
DlWindow *
dl_application_find_project_window (DlApplication *self,
                                    GFile         *file)
{
  g_return_val_if_fail (DL_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The windows are the map from projects to windows: it cannot go
   * stale when a window closes or saves under another name */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      GFile *shown;

      if (!DL_IS_WINDOW (l->data))
        continue;
      shown = dl_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }
  return NULL;
}

DlApplication *
dl_application_new (void)
{
  return g_object_new (DL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}
