/* test-preferences.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preferences window, driven as a user would through its rows, and
 * what the application and its windows make of each setting: the style,
 * the timeline's lanes, what counts as an actor (the sample corpus is
 * analysed again), whether and where untitled work is kept. Settings
 * live in memory (GSETTINGS_BACKEND=memory) and are reset after each
 * test.
 */
#include "config.h"

#include "window-fixture.h"

#include "dl-actor.h"
#include "dl-preferences-window.h"
#include "dl-timeline-view.h"
#include "dl-window-private.h"

static const char * const used_keys[] = {
  "color-scheme", "timeline-lanes", "actor-kinds", "actor-min-mentions", "autosave", "autosave-folder",
};

/* Whether the suite's application started: it starts once */
static gboolean started;

static DlApplication *
application (void)
{
  started = TRUE;
  return get_application ();
}

static GSettings *
new_settings (void)
{
  GSettings *settings = dl_preferences_dup_settings ();

  g_assert_nonnull (settings);
  return settings;
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = new_settings ();

  for (guint i = 0; i < G_N_ELEMENTS (used_keys); i++)
    g_settings_reset (settings, used_keys[i]);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* The preferences windows on screen */
static guint
count_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      count += DL_IS_PREFERENCES_WINDOW (toplevel) && gtk_widget_get_visible (toplevel);
    }
  return count;
}

static DlPreferencesWindow *
open_preferences (void)
{
  DlPreferencesWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (application ()), "preferences", NULL);
  settle ();
  preferences = find_toplevel (DL_TYPE_PREFERENCES_WINDOW, is_visible, NULL);
  g_assert_nonnull (preferences);
  return preferences;
}

static void
close_preferences (DlPreferencesWindow *preferences)
{
  gtk_window_destroy (GTK_WINDOW (preferences));
  settle ();
  g_assert_cmpuint (count_preferences (), ==, 0);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The row of @widget's tree titled @title */
static gpointer
find_row (GtkWidget  *widget,
          const char *title)
{
  return find_widget (widget, is_row_titled, title);
}

static gboolean
is_button_explained_as (GtkWidget     *widget,
                        gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* The button of @widget's tree whose tooltip reads @tooltip */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip)
{
  return find_widget (widget, is_button_explained_as, tooltip);
}

static GtkSwitch *
find_switch (DlPreferencesWindow *preferences,
             const char          *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (preferences), title);

  g_assert_nonnull (row);
  return find_descendant (row, GTK_TYPE_SWITCH);
}

static AdwComboRow *
find_combo (DlPreferencesWindow *preferences,
            const char          *title)
{
  AdwComboRow *row = find_row (GTK_WIDGET (preferences), title);

  g_assert_true (ADW_IS_COMBO_ROW (row));
  return row;
}

/* Opening -------------------------------------------------------------------- */

/* Following the system, the application leaves libadwaita's style alone
 * at startup: what screenshots and tests force stays */
static void
test_startup_leaves_style (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  if (started)
    {
      g_test_skip ("the application started in an earlier test");
      return;
    }
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  application ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  reset_settings ();
}

static void
test_one_window (void)
{
  DlWindow *window = new_window (application ());
  DlPreferencesWindow *first, *second;

  g_assert_cmpuint (count_preferences (), ==, 0);
  first = open_preferences ();
  g_assert_cmpuint (count_preferences (), ==, 1);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (first)) == GTK_WINDOW (window));
  /* It is not one of the application's windows, all DlWindows */
  g_assert_null (gtk_window_get_application (GTK_WINDOW (first)));

  second = open_preferences ();
  g_assert_true (second == first);
  g_assert_cmpuint (count_preferences (), ==, 1);

  /* Closed, the next one is new */
  close_preferences (first);
  second = open_preferences ();
  g_assert_cmpuint (count_preferences (), ==, 1);
  close_preferences (second);
  destroy_window (window);
}

static void
test_accelerator (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application ()),
                                                                "app.preferences");

  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>comma");
}

/* The position of the item with @action in @menu's sections, -1 if none */
static int
find_menu_item (GMenuModel *menu,
                const char *action)
{
  int position = 0;

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++, position++)
        {
          g_autofree char *name = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &name)
              && g_str_equal (name, action))
            return position;
        }
    }
  return -1;
}

/* Preferences comes just before Help in the main menu, and the shortcuts
 * window lists Ctrl+, */
static void
test_menu_and_shortcuts (void)
{
  DlWindow *window = new_window (application ());
  GtkWidget *button = find_primary_menu_button (GTK_WIDGET (window));
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GMenuModel *menu;
  gboolean listed = FALSE;
  int preferences;

  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  preferences = find_menu_item (menu, "app.preferences");
  g_assert_cmpint (preferences, >=, 0);
  g_assert_cmpint (find_menu_item (menu, "win.help"), ==, preferences + 1);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      listed |= g_strcmp0 (accelerator, "<Control>comma") == 0;
    }
  g_assert_true (listed);
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  destroy_window (window);
}

/* Appearance and timeline -------------------------------------------------- */

static void
test_style (void)
{
  DlWindow *window = new_window (application ());
  DlPreferencesWindow *preferences = open_preferences ();
  AdwComboRow *row = find_combo (preferences, "_Style");
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(GSettings) settings = new_settings ();
  g_autofree char *scheme = NULL;

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  adw_combo_row_set_selected (row, 2);
  settle ();
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);

  adw_combo_row_set_selected (row, 0);
  settle ();
  g_clear_pointer (&scheme, g_free);
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "default");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  /* Set elsewhere, the row follows */
  g_settings_set_string (settings, "color-scheme", "light");
  settle ();
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  close_preferences (preferences);
  destroy_window (window);
  reset_settings ();
}

static void
test_lanes (void)
{
  static const char * const values[] = { "none", "actor", "article", "kind" };
  DlWindow *window = new_window (application ());
  DlTimelineView *timeline = DL_TIMELINE_VIEW (dl_window_get_timeline_view (window));
  DlPreferencesWindow *preferences = open_preferences ();
  AdwComboRow *row = find_combo (preferences, "Default _Lanes");
  g_autoptr(GSettings) settings = new_settings ();

  g_assert_cmpstr (dl_timeline_view_get_lanes (timeline), ==, "none");
  for (guint i = G_N_ELEMENTS (values); i-- > 0;)
    {
      g_autofree char *lanes = NULL;

      adw_combo_row_set_selected (row, i);
      settle ();
      lanes = g_settings_get_string (settings, "timeline-lanes");
      g_assert_cmpstr (lanes, ==, values[i]);
      g_assert_cmpstr (dl_timeline_view_get_lanes (timeline), ==, values[i]);
    }

  /* The window's Lanes menu changes the same setting: the row follows */
  dl_timeline_view_set_lanes (timeline, "article");
  settle ();
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);

  /* Back to one lane while the window is there to follow it */
  reset_settings ();
  close_preferences (preferences);
  destroy_window (window);
}

/* Actors ------------------------------------------------------------------- */

static guint
count_actors_of_kind (DlWindow    *window,
                      DlActorKind  kind)
{
  GListModel *actors = dl_corpus_get_actors (dl_window_get_corpus (window));
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (actors, i);

      count += dl_actor_get_kind (actor) == kind;
    }
  return count;
}

static guint
least_mentions (DlWindow *window)
{
  GListModel *actors = dl_corpus_get_actors (dl_window_get_corpus (window));
  guint least = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(DlActor) actor = g_list_model_get_item (actors, i);

      least = MIN (least, dl_actor_get_n_mentions (actor));
    }
  return least;
}

static guint
n_events (DlWindow *window)
{
  return g_list_model_get_n_items (dl_corpus_get_events (dl_window_get_corpus (window)));
}

/* Without people, the sample is analysed again and shows none; its
 * events stay */
static void
test_actor_kinds (void)
{
  DlWindow *window = new_window (application ());
  DlPreferencesWindow *preferences;
  GtkSwitch *people;
  g_autoptr(GSettings) settings = new_settings ();
  g_auto(GStrv) kinds = NULL;
  guint events, places;

  open_path (window, sample_dir ());
  events = n_events (window);
  places = count_actors_of_kind (window, DL_ACTOR_KIND_LOCATION);
  g_assert_cmpuint (events, >, 0);
  g_assert_cmpuint (count_actors_of_kind (window, DL_ACTOR_KIND_PERSON), >, 0);
  g_assert_cmpuint (places, >, 0);
  g_assert_false (dl_window_get_modified (window) && dl_window_get_file (window) != NULL);

  preferences = open_preferences ();
  people = find_switch (preferences, "_People");
  g_assert_true (gtk_switch_get_active (people));
  gtk_switch_set_active (people, FALSE);
  kinds = g_settings_get_strv (settings, "actor-kinds");
  g_assert_false (g_strv_contains ((const char * const *) kinds, "person"));
  g_assert_true (g_strv_contains ((const char * const *) kinds, "location"));

  wait_until_idle (window);
  g_assert_cmpuint (count_actors_of_kind (window, DL_ACTOR_KIND_PERSON), ==, 0);
  g_assert_cmpuint (count_actors_of_kind (window, DL_ACTOR_KIND_LOCATION), ==, places);
  g_assert_cmpuint (n_events (window), ==, events);

  /* Back on, they come back */
  gtk_switch_set_active (people, TRUE);
  wait_until_idle (window);
  g_assert_cmpuint (count_actors_of_kind (window, DL_ACTOR_KIND_PERSON), >, 0);

  /* Set elsewhere, the switches follow */
  g_settings_set_strv (settings, "actor-kinds", (const char * const[]) { "person", NULL });
  settle ();
  g_assert_true (gtk_switch_get_active (people));
  g_assert_false (gtk_switch_get_active (find_switch (preferences, "Plac_es")));
  wait_until_idle (window);
  g_assert_cmpuint (count_actors_of_kind (window, DL_ACTOR_KIND_LOCATION), ==, 0);

  close_preferences (preferences);
  destroy_window_after_slides (window);
  reset_settings ();
}

static void
test_min_mentions (void)
{
  DlWindow *window = new_window (application ());
  DlPreferencesWindow *preferences;
  GtkSpinButton *spin;
  g_autoptr(GSettings) settings = new_settings ();
  guint before;

  open_path (window, sample_dir ());
  before = g_list_model_get_n_items (dl_corpus_get_actors (dl_window_get_corpus (window)));
  g_assert_cmpuint (least_mentions (window), <, 3);

  preferences = open_preferences ();
  spin = find_descendant (find_row (GTK_WIDGET (preferences), "_Minimum Mentions"), GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 1.0);
  gtk_spin_button_set_value (spin, 3);
  g_assert_cmpuint (g_settings_get_uint (settings, "actor-min-mentions"), ==, 3);

  wait_until_idle (window);
  g_assert_cmpuint (least_mentions (window), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_actors (dl_window_get_corpus (window))), <, before);

  close_preferences (preferences);
  destroy_window_after_slides (window);
  reset_settings ();
}

/* Saving ------------------------------------------------------------------- */

static gboolean
has_recovery_file (gpointer data)
{
  const char *path = dl_window_get_recovery_path (data);

  return path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR) && !dl_window_is_busy (data);
}

static void
test_recovery_folder (void)
{
  g_autofree char *folder = g_dir_make_tmp ("dateline-recovery-XXXXXX", NULL);
  g_autofree char *folder_name = g_path_get_basename (folder);
  g_autofree char *default_folder = g_build_filename (g_get_user_data_dir (), "dateline", "recovery", NULL);
  g_autofree char *dir = NULL;
  g_autoptr(GSettings) settings = new_settings ();
  DlPreferencesWindow *preferences = open_preferences ();
  AdwActionRow *row = find_row (GTK_WIDGET (preferences), "Folder for Untitled Work");
  GtkWidget *reset = find_button (GTK_WIDGET (row), "Use the Default Folder");
  DlWindow *window;

  /* The default, shown by its name, cannot be reset */
  dir = _dl_window_dup_recovery_dir ();
  g_assert_cmpstr (dir, ==, default_folder);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "recovery");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), ==, default_folder);
  g_assert_nonnull (reset);
  g_assert_false (gtk_widget_get_sensitive (reset));

  g_settings_set_string (settings, "autosave-folder", folder);
  settle ();
  g_clear_pointer (&dir, g_free);
  dir = _dl_window_dup_recovery_dir ();
  g_assert_cmpstr (dir, ==, folder);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, folder_name);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), ==, folder);

  /* Untitled work goes there */
  window = new_window (application ());
  dl_window_set_autosave_delay (window, 50);
  add_note (window, "/notes/ferry.txt", "Ferry");
  wait_for (has_recovery_file, window, 10);
  g_assert_true (g_str_has_prefix (dl_window_get_recovery_path (window), folder));
  g_unlink (dl_window_get_recovery_path (window));
  destroy_window (window);

  /* Reset, the default again */
  g_assert_true (gtk_widget_get_sensitive (reset));
  g_signal_emit_by_name (reset, "clicked");
  settle ();
  g_assert_false (gtk_widget_get_sensitive (reset));
  g_clear_pointer (&dir, g_free);
  dir = _dl_window_dup_recovery_dir ();
  g_assert_cmpstr (dir, ==, default_folder);

  close_preferences (preferences);
  remove_tree (folder);
  reset_settings ();
}

/* Off, nothing is kept unasked; back on, the work waiting is kept */
static void
test_autosave_off (void)
{
  DlWindow *window = new_window (application ());
  DlPreferencesWindow *preferences = open_preferences ();
  GtkSwitch *autosave = find_switch (preferences, "Save _Automatically");
  g_autoptr(GSettings) settings = new_settings ();

  g_assert_true (gtk_switch_get_active (autosave));
  gtk_switch_set_active (autosave, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "autosave"));

  dl_window_set_autosave_delay (window, 50);
  add_note (window, "/notes/ferry.txt", "Ferry");
  wait_until_idle (window);
  run_for (300);
  g_assert_true (dl_window_get_modified (window));
  g_assert_null (dl_window_get_recovery_path (window));

  gtk_switch_set_active (autosave, TRUE);
  wait_for (has_recovery_file, window, 10);
  g_unlink (dl_window_get_recovery_path (window));

  close_preferences (preferences);
  destroy_window (window);
  reset_settings ();
}

int
main (int    argc,
      char **argv)
{
  char *data_home = window_tests_init (&argc, &argv);

  g_test_add_func ("/preferences/startup-leaves-style", test_startup_leaves_style);
  g_test_add_func ("/preferences/one-window", test_one_window);
  g_test_add_func ("/preferences/accelerator", test_accelerator);
  g_test_add_func ("/preferences/menu-and-shortcuts", test_menu_and_shortcuts);
  g_test_add_func ("/preferences/style", test_style);
  g_test_add_func ("/preferences/lanes", test_lanes);
  g_test_add_func ("/preferences/actor-kinds", test_actor_kinds);
  g_test_add_func ("/preferences/min-mentions", test_min_mentions);
  g_test_add_func ("/preferences/recovery-folder", test_recovery_folder);
  g_test_add_func ("/preferences/autosave-off", test_autosave_off);

  return window_tests_run (data_home);
}
