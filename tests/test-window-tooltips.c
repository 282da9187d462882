/* test-window-tooltips.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every button that shows only an icon says what it does: a tooltip on
 * the button, or on the menu button it belongs to. The whole widget
 * tree of each window Dateline opens is walked, views and popovers
 * that are not on screen included, so a button added anywhere later is
 * checked without a test of its own.
 */
#include "config.h"

#include "window-fixture.h"

/* Buttons GTK and libadwaita make and name themselves */
static gboolean
is_toolkit_part (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_WINDOW_CONTROLS (w) || GTK_IS_SPIN_BUTTON (w))
      return TRUE;
  return FALSE;
}

static gboolean
has_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0' &&
      gtk_widget_get_visible (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_text (child))
      return TRUE;
  return FALSE;
}

static gboolean
has_icon (GtkWidget *widget)
{
  if (GTK_IS_IMAGE (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_icon (child))
      return TRUE;
  return FALSE;
}

/* A tooltip on the button or on the widget that wraps it: a menu
 * button's inner toggle, a split button's halves */
static gboolean
has_tooltip (GtkWidget *button)
{
  for (GtkWidget *w = button; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *text = gtk_widget_get_tooltip_text (w);

      if (text != NULL && *text != '\0')
        return TRUE;
      if (w != button && !GTK_IS_MENU_BUTTON (w) && !ADW_IS_SPLIT_BUTTON (w))
        return FALSE;
    }
  return FALSE;
}

static const char *
describe_icon (GtkWidget *widget)
{
  if (GTK_IS_IMAGE (widget) && gtk_image_get_icon_name (GTK_IMAGE (widget)) != NULL)
    return gtk_image_get_icon_name (GTK_IMAGE (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = describe_icon (child);

      if (name != NULL)
        return name;
    }
  return NULL;
}

/* Adds to @missing the icon of each icon-only button under @widget
 * without a tooltip; returns how many icon-only buttons it saw */
static guint
collect_missing (GtkWidget *widget,
                 GString   *missing)
{
  guint n_seen = 0;

  if (GTK_IS_BUTTON (widget) && !is_toolkit_part (widget) && has_icon (widget) && !has_text (widget))
    {
      n_seen++;
      if (!has_tooltip (widget))
        {
          g_string_append_printf (missing, " %s (%s) in", G_OBJECT_TYPE_NAME (widget),
                                  describe_icon (widget) ? describe_icon (widget) : "no icon name");
          for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
            g_string_append_printf (missing, " %s", G_OBJECT_TYPE_NAME (w));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_seen += collect_missing (child, missing);
  return n_seen;
}

static void
assert_icon_buttons_explained (GtkWidget *root,
                               guint      min_seen)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n_seen = collect_missing (root, missing);

  if (missing->len > 0)
    g_error ("Icon-only buttons without a tooltip in %s:%s", G_OBJECT_TYPE_NAME (root), missing->str);
  g_test_message ("%u icon-only buttons in %s", n_seen, G_OBJECT_TYPE_NAME (root));
  /* The walk found the buttons it is meant to check */
  g_assert_cmpuint (n_seen, >=, min_seen);
}

/* Menu buttons make their popovers on first use: open each, so that
 * buttons inside popovers are walked too */
static void
open_popovers (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget))
    {
      gtk_menu_button_popup (GTK_MENU_BUTTON (widget));
      settle ();
      gtk_menu_button_popdown (GTK_MENU_BUTTON (widget));
      settle ();
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    open_popovers (child);
}

/* The checks --------------------------------------------------------------- */

static void
test_empty_window (void)
{
  DlWindow *window = new_window (NULL);

  settle ();
  open_popovers (GTK_WIDGET (window));
  assert_icon_buttons_explained (GTK_WIDGET (window), 1);
  destroy_window (window);
}

static void
test_window_with_sample (void)
{
  DlWindow *window = open_window_on (sample_dir ());

  open_popovers (GTK_WIDGET (window));
  /* The graph view's controls, once shown */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "graph"));
  settle ();
  open_popovers (GTK_WIDGET (window));
  assert_icon_buttons_explained (GTK_WIDGET (window), 5);
  destroy_window_after_slides (window);
}

static gboolean
is_other_window (GtkWindow *toplevel,
                 gpointer   window)
{
  return toplevel != window && gtk_widget_get_visible (GTK_WIDGET (toplevel));
}

/* The dialogs of Dateline's own the window opens, each checked as it
 * opens (the shortcuts and about windows are the toolkit's) */
static void
test_dialogs (void)
{
  static const char *const actions[] = { "win.export", "app.preferences" };
  DlWindow *window = new_window (get_application ());

  open_path (window, sample_dir ());
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWindow *dialog;

      if (!gtk_widget_activate_action (GTK_WIDGET (window), actions[i], NULL))
        {
          g_test_message ("%s is not available", actions[i]);
          continue;
        }
      settle ();
      dialog = find_toplevel (GTK_TYPE_WINDOW, is_other_window, window);
      g_assert_nonnull (dialog);
      open_popovers (GTK_WIDGET (dialog));
      assert_icon_buttons_explained (GTK_WIDGET (dialog), 0);
      gtk_window_destroy (dialog);
      settle ();
    }
  destroy_window_after_slides (window);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home = window_tests_init (&argc, &argv);

  g_test_add_func ("/window-tooltips/empty", test_empty_window);
  g_test_add_func ("/window-tooltips/sample", test_window_with_sample);
  g_test_add_func ("/window-tooltips/dialogs", test_dialogs);
  return window_tests_run (data_home);
}
