/* test-window-help.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user guide: win.help (F1, and Help in the main menu) opens the
 * index page that $DATELINE_HELPDIR, the installed guide or the source
 * tree gives, and says so in a toast when there is none. No browser is
 * started: the launcher is replaced by one that records the URI. The
 * pages themselves are checked too: each is well-formed XHTML, uses no
 * resource from outside the guide, and every link inside the guide
 * leads to a page and an anchor that exist.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "window-fixture.h"

#include "dl-window-help.h"

#define NO_GUIDE_TOAST "The user guide is not installed"

/* The launcher's record ------------------------------------------------------ */

static GtkWindow *launched_window;
static char *launched_uri;
static guint n_launches;

static void
record_launch (GtkWindow  *window,
               const char *uri)
{
  launched_window = window;
  g_free (launched_uri);
  launched_uri = g_strdup (uri);
  n_launches++;
}

static void
forget_launches (void)
{
  launched_window = NULL;
  g_clear_pointer (&launched_uri, g_free);
  n_launches = 0;
}

/* Folders -------------------------------------------------------------------- */

/* A folder of the test's own holding a guide, or nothing when @empty */
static char *
make_help_dir (gboolean empty)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dateline-help-XXXXXX", &error);

  g_assert_no_error (error);
  if (!empty)
    {
      g_autofree char *index = g_build_filename (dir, "index.html", NULL);

      g_file_set_contents (index, "<html><body><p>A guide</p></body></html>\n", -1, &error);
      g_assert_no_error (error);
    }
  return dir;
}

static char *
index_uri_in (const char *dir)
{
  g_autofree char *index = g_build_filename (dir, "index.html", NULL);

  return g_filename_to_uri (index, NULL, NULL);
}

/* The guide in the source tree */
static char *
source_help_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "help", "C", NULL);
}

/* Finding the guide ------------------------------------------------------------- */

static void
test_find_in_helpdir (void)
{
  g_autofree char *dir = make_help_dir (FALSE);
  g_autofree char *expected = index_uri_in (dir);
  g_autofree char *found = NULL;

  g_setenv ("DATELINE_HELPDIR", dir, TRUE);
  found = _dl_window_find_help ();
  g_unsetenv ("DATELINE_HELPDIR");
  g_assert_cmpstr (found, ==, expected);
  remove_tree (dir);
}

/* Set to a folder without a guide, nothing else is looked at */
static void
test_helpdir_alone (void)
{
  g_autofree char *dir = make_help_dir (TRUE);
  g_autofree char *found = NULL;

  g_setenv ("DATELINE_HELPDIR", dir, TRUE);
  found = _dl_window_find_help ();
  g_unsetenv ("DATELINE_HELPDIR");
  g_assert_null (found);
  remove_tree (dir);
}

/* Unset, the installed guide or the source tree's: a file:// URI of an
 * index.html that exists */
static void
test_find_default (void)
{
  g_autofree char *found = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;

  g_unsetenv ("DATELINE_HELPDIR");
  found = _dl_window_find_help ();
  g_assert_nonnull (found);
  g_assert_true (g_str_has_prefix (found, "file:///"));
  path = g_filename_from_uri (found, NULL, NULL);
  g_assert_nonnull (path);
  base = g_path_get_basename (path);
  g_assert_cmpstr (base, ==, "index.html");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* The action ------------------------------------------------------------------ */

static void
test_action_enabled (void)
{
  DlWindow *window = new_window (NULL);
  GtkWidget *button = gtk_button_new ();

  /* A button follows whether its action exists and is enabled */
  gtk_widget_set_visible (button, FALSE);
  gtk_widget_set_parent (button, GTK_WIDGET (window));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.help");
  settle ();
  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_widget_unparent (button);
  destroy_window (window);
}

static void
test_action_opens_index (void)
{
  g_autofree char *dir = make_help_dir (FALSE);
  g_autofree char *expected = index_uri_in (dir);
  DlWindow *window = new_window (NULL);

  g_setenv ("DATELINE_HELPDIR", dir, TRUE);
  forget_launches ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help", NULL));
  settle ();
  g_assert_cmpuint (n_launches, ==, 1);
  g_assert_true (launched_window == GTK_WINDOW (window));
  g_assert_cmpstr (launched_uri, ==, expected);
  g_assert_false (has_label (GTK_WIDGET (window), NO_GUIDE_TOAST));

  g_unsetenv ("DATELINE_HELPDIR");
  destroy_window (window);
  remove_tree (dir);
}

static void
test_no_guide_toast (void)
{
  g_autofree char *dir = make_help_dir (TRUE);
  DlWindow *window = new_window (NULL);

  g_setenv ("DATELINE_HELPDIR", dir, TRUE);
  forget_launches ();
  g_assert_false (has_label (GTK_WIDGET (window), NO_GUIDE_TOAST));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help", NULL));
  settle ();
  g_assert_cmpuint (n_launches, ==, 0);
  g_assert_true (has_label (GTK_WIDGET (window), NO_GUIDE_TOAST));

  g_unsetenv ("DATELINE_HELPDIR");
  destroy_window (window);
  remove_tree (dir);
}

/* The window's F1 shortcut, activated as the key would */
static gboolean
press_f1 (DlWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_F1
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                 GTK_WIDGET (window), gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static void
test_f1 (void)
{
  g_autofree char *dir = make_help_dir (FALSE);
  g_autofree char *expected = index_uri_in (dir);
  DlWindow *window = new_window (NULL);

  g_setenv ("DATELINE_HELPDIR", dir, TRUE);
  forget_launches ();
  g_assert_true (press_f1 (window));
  settle ();
  g_assert_cmpuint (n_launches, ==, 1);
  g_assert_cmpstr (launched_uri, ==, expected);

  g_unsetenv ("DATELINE_HELPDIR");
  destroy_window (window);
  remove_tree (dir);
}

/* The position of the item with @action in @menu's sections, -1 if none */
static int
find_menu_item (GMenuModel *menu,
                const char *action)
{
  int position = 0;

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++, position++)
        {
          g_autofree char *name = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &name)
              && g_str_equal (name, action))
            {
              g_object_unref (section);
              return position;
            }
        }
      g_clear_object (&section);
    }
  return -1;
}

/* Help comes just before Keyboard Shortcuts in the main menu */
static void
test_menu_item (void)
{
  DlWindow *window = new_window (NULL);
  GtkWidget *button = find_primary_menu_button (GTK_WIDGET (window));
  GMenuModel *menu;
  int help, shortcuts;

  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  help = find_menu_item (menu, "win.help");
  shortcuts = find_menu_item (menu, "win.show-help-overlay");
  g_assert_cmpint (help, >=, 0);
  g_assert_cmpint (shortcuts, ==, help + 1);
  destroy_window (window);
}

/* The shortcuts window lists F1 */
static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  gboolean listed = FALSE;

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      listed |= g_strcmp0 (accelerator, "F1") == 0;
    }
  g_assert_true (listed);
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
}

/* The pages ------------------------------------------------------------------- */

static xmlDoc *
read_page (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  /* Strict XML: no recovery, nothing from the network */
  return xmlReadFile (path, "UTF-8", XML_PARSE_NONET);
}

static void
collect_ids (xmlNode    *node,
             GHashTable *ids)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          xmlChar *id = xmlGetProp (node, (const xmlChar *) "id");

          if (id != NULL)
            {
              g_assert_false (g_hash_table_contains (ids, id));
              g_hash_table_add (ids, g_strdup ((const char *) id));
              xmlFree (id);
            }
        }
      collect_ids (node->children, ids);
    }
}

/* The ids of @name's elements, the page read once */
static GHashTable *
page_ids (GHashTable *pages,
          const char *dir,
          const char *name)
{
  GHashTable *ids = g_hash_table_lookup (pages, name);
  xmlDoc *doc;

  if (ids != NULL)
    return ids;
  doc = read_page (dir, name);
  g_assert_nonnull (doc);
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  collect_ids (xmlDocGetRootElement (doc), ids);
  xmlFreeDoc (doc);
  g_hash_table_insert (pages, g_strdup (name), ids);
  return ids;
}

/* One href or src of @page: inside the guide, to a file and an anchor
 * that exist; the pages it leads to are added to @linked */
static void
check_reference (GHashTable *pages,
                 GHashTable *linked,
                 const char *dir,
                 const char *page,
                 const char *reference)
{
  g_auto(GStrv) parts = g_strsplit (reference, "#", 2);
  const char *target = parts[0][0] != '\0' ? parts[0] : page;
  g_autofree char *path = g_build_filename (dir, target, NULL);

  if (g_uri_peek_scheme (reference) != NULL || g_str_has_prefix (reference, "/") || strstr (target, "..") != NULL)
    g_error ("%s: %s leads outside the guide", page, reference);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_error ("%s: %s is not in the guide", page, reference);
  if (parts[1] != NULL && !g_hash_table_contains (page_ids (pages, dir, target), parts[1]))
    g_error ("%s: %s has no anchor %s", page, target, parts[1]);
  g_hash_table_add (linked, g_strdup (target));
}

static void
check_references (xmlNode    *node,
                  GHashTable *pages,
                  GHashTable *linked,
                  const char *dir,
                  const char *page)
{
  static const char * const attributes[] = { "href", "src" };

  for (; node != NULL; node = node->next)
    {
      for (guint i = 0; node->type == XML_ELEMENT_NODE && i < G_N_ELEMENTS (attributes); i++)
        {
          xmlChar *value = xmlGetProp (node, (const xmlChar *) attributes[i]);

          if (value != NULL)
            check_reference (pages, linked, dir, page, (const char *) value);
          xmlFree (value);
        }
      check_references (node->children, pages, linked, dir, page);
    }
}

/* Every page is XHTML with a title and the guide's style sheet */
static void
check_page (xmlDoc     *doc,
            const char *name)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *xml = NULL;
  xmlChar *dump = NULL;
  int size = 0;

  g_assert_cmpstr ((const char *) root->name, ==, "html");
  xmlDocDumpMemory (doc, &dump, &size);
  xml = g_strndup ((const char *) dump, size);
  xmlFree (dump);
  if (strstr (xml, "<title>") == NULL || strstr (xml, "href=\"style.css\"") == NULL)
    g_error ("%s lacks a title or the style sheet", name);
}

static void
test_pages (void)
{
  g_autofree char *dir = source_help_dir ();
  g_autoptr(GHashTable) pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GHashTable) linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".html"))
      g_ptr_array_add (names, g_strdup (name));
  g_assert_cmpuint (names->len, >, 1);

  for (guint i = 0; i < names->len; i++)
    {
      const char *page = g_ptr_array_index (names, i);
      xmlDoc *doc = read_page (dir, page);

      if (doc == NULL)
        g_error ("%s is not well-formed", page);
      check_page (doc, page);
      check_references (xmlDocGetRootElement (doc), pages, linked, dir, page);
      xmlFreeDoc (doc);
    }
  /* No page is out of reach */
  for (guint i = 0; i < names->len; i++)
    if (!g_str_equal (g_ptr_array_index (names, i), "index.html")
        && !g_hash_table_contains (linked, g_ptr_array_index (names, i)))
      g_error ("no page leads to %s", (const char *) g_ptr_array_index (names, i));
}

/* Every file of the guide is installed */
static void
test_installed (void)
{
  g_autofree char *dir = source_help_dir ();
  g_autofree char *build_file = g_test_build_filename (G_TEST_DIST, "..", "help", "meson.build", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GError) error = NULL;
  const char *name;

  g_file_get_contents (build_file, &contents, NULL, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *listed = g_strdup_printf ("'C/%s'", name);

      if (strstr (contents, listed) == NULL)
        g_error ("help/meson.build does not install %s", name);
    }
}

int
main (int   argc,
      char *argv[])
{
  char *data_home = window_tests_init (&argc, &argv);
  int status;

  _dl_window_set_help_launcher (record_launch);
  g_test_add_func ("/window-help/find/helpdir", test_find_in_helpdir);
  g_test_add_func ("/window-help/find/helpdir-alone", test_helpdir_alone);
  g_test_add_func ("/window-help/find/default", test_find_default);
  g_test_add_func ("/window-help/action/enabled", test_action_enabled);
  g_test_add_func ("/window-help/action/opens-index", test_action_opens_index);
  g_test_add_func ("/window-help/action/no-guide-toast", test_no_guide_toast);
  g_test_add_func ("/window-help/action/f1", test_f1);
  g_test_add_func ("/window-help/menu-item", test_menu_item);
  g_test_add_func ("/window-help/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/window-help/pages", test_pages);
  g_test_add_func ("/window-help/installed", test_installed);
  status = window_tests_run (data_home);
  forget_launches ();
  return status;
}
