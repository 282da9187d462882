/* test-window-edit-actors.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Corrections of actors in the window, in a real display: a rename, a
 * new kind, a merge and a split show in the corpus, Ctrl+Z takes each
 * back and Shift+Ctrl+Z makes it again; the Rename, Merge and Split
 * dialogs make the edits their fields say; and the menus of the graph,
 * the timeline and the article list offer the corrections. Events have
 * test-window-edit.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "dl-actor-chooser.h"
#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-graph-view.h"
#include "dl-mention-chooser.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

#include "window-edit-fixture.h"

/* The dialogs, driven as a person would ---------------------------------------- */

/* The dialog @action opens for the actor called @name */
static AdwMessageDialog *
open_actor_dialog (DlWindow   *window,
                   const char *action,
                   const char *name)
{
  return open_dialog (window, action, g_variant_new_string (dl_actor_get_id (get_actor (window, name))));
}

static void
test_dialog_rename (void)
{
  DlWindow *window = open_harbour ();
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  dialog = open_actor_dialog (window, "win.rename-actor", "Engineer Tomas Reyes");
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Engineer Tomas Reyes");
  /* The same name is no rename */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  gtk_editable_set_text (entry, "Tomas Reyes");
  respond (dialog, "rename");
  g_assert_true (rename_applied (window));

  destroy_window (window);
}

static void
test_dialog_merge (void)
{
  DlWindow *window = open_harbour ();
  AdwMessageDialog *dialog;
  DlActorChooser *chooser;

  dialog = open_actor_dialog (window, "win.merge-actor", "Engineer Tomas Reyes");
  chooser = DL_ACTOR_CHOOSER (adw_message_dialog_get_extra_child (dialog));
  /* Every actor but the one merged */
  g_assert_cmpuint (dl_actor_chooser_get_n_shown (chooser), ==,
                    g_list_model_get_n_items (dl_corpus_get_actors (corpus_of (window))) - 1);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "merge"));
  dl_actor_chooser_set_search (chooser, "carv");
  g_assert_cmpuint (dl_actor_chooser_get_n_shown (chooser), ==, 1);
  g_assert_true (dl_actor_chooser_get_selected (chooser) == get_actor (window, "Ellen Carver"));
  dl_actor_chooser_set_search (chooser, "nobody of that name");
  g_assert_cmpuint (dl_actor_chooser_get_n_shown (chooser), ==, 0);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "merge"));
  dl_actor_chooser_set_search (chooser, "ELLEN");
  respond (dialog, "merge");
  g_assert_true (merge_applied (window));

  destroy_window (window);
}

static void
test_dialog_split (void)
{
  DlWindow *window = open_harbour ();
  AdwMessageDialog *dialog;
  DlMentionChooser *chooser;

  dialog = open_actor_dialog (window, "win.split-actor", "Ellen Carver");
  chooser = DL_MENTION_CHOOSER (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpuint (dl_mention_chooser_get_n_mentions (chooser), ==, 2);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "split"));
  dl_mention_chooser_set_chosen (chooser, 1, TRUE);
  /* A name is needed */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "split"));
  dl_mention_chooser_set_name (chooser, "Ellen Carver (site visit)");
  g_assert_true (dl_mention_chooser_is_valid (chooser));
  /* Every mention would be a rename, not a split */
  dl_mention_chooser_set_chosen (chooser, 0, TRUE);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "split"));
  dl_mention_chooser_set_chosen (chooser, 0, FALSE);
  respond (dialog, "split");
  g_assert_true (split_applied (window));

  destroy_window (window);
}

/* The sentence round a mention, with the mention in bold */
static void
test_mention_context (void)
{
  g_autoptr(DlArticle) article = dl_article_new ("/notes/x.txt", "X",
                                                 "First one. Mayor Ellen Carver cut the ribbon & left. Then rain.");
  g_autofree char *markup = NULL;
  const char *text = dl_article_get_text (article);
  guint start = (guint) g_utf8_pointer_to_offset (text, strstr (text, "Ellen"));

  markup = dl_mention_dup_context_markup (article, start, start + 12);
  g_assert_cmpstr (markup, ==, "Mayor <b>Ellen Carver</b> cut the ribbon &amp; left.");
}

/* Menus ------------------------------------------------------------------------ */

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) linked = g_menu_link_iter_get_value (links);

          if (menu_has_action (linked, action))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  name)
{
  return gtk_widget_has_css_class (widget, name);
}

static GtkWidget *
find_article_row (GtkWidget *widget)
{
  return find_widget (widget, has_css_class, "article-row");
}

/* Runs what Shift+F10 runs on @widget, through its own shortcuts */
static gboolean
press_menu_key (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) key = gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      for (guint j = 0; GTK_IS_SHORTCUT_CONTROLLER (controller) &&
                        j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_ALTERNATIVE_TRIGGER (trigger) &&
              gtk_shortcut_trigger_equal (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), key))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget, NULL);
        }
    }
  return FALSE;
}

/* Gives the first article row the focus and returns its list. The row's
 * box sits in the list's own focusable row; on a busy machine the list
 * may still be laying out its rows after the switch of views, and the
 * focus only holds once it is done. */
static GtkWidget *
focus_article_row (DlWindow *window)
{
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      GtkWidget *row = find_article_row (GTK_WIDGET (window));
      GtkWidget *list = row != NULL ? gtk_widget_get_ancestor (row, GTK_TYPE_LIST_VIEW) : NULL;

      if (list != NULL && gtk_widget_grab_focus (gtk_widget_get_parent (row)))
        {
          settle ();
          if (gtk_widget_get_focus_child (list) != NULL)
            return list;
        }
      run_for (20);
    }
  g_assert_not_reached ();
}

static void
test_menus (void)
{
  DlWindow *window = open_harbour ();
  GtkWidget *graph = dl_window_get_graph_view (window);
  GtkWidget *timeline = dl_window_get_timeline_view (window);
  DlActor *carver = get_actor (window, "Ellen Carver");
  GMenuModel *model;

  /* The graph's menu of the selected actor, from the keyboard */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "graph"));
  settle ();
  dl_graph_view_set_selected (DL_GRAPH_VIEW (graph), carver);
  gtk_widget_grab_focus (graph);
  settle ();
  g_assert_true (gtk_widget_activate_action (graph, "graph.popup-menu", NULL));
  model = dl_graph_view_get_menu_model (DL_GRAPH_VIEW (graph));
  g_assert_nonnull (model);
  g_assert_true (menu_has_action (model, "win.rename-actor"));
  g_assert_true (menu_has_action (model, "win.set-actor-kind"));
  g_assert_true (menu_has_action (model, "win.merge-actor"));
  g_assert_true (menu_has_action (model, "win.split-actor"));
  dl_graph_view_set_selected (DL_GRAPH_VIEW (graph), NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline"));
  settle ();

  /* The timeline's menu of an event */
  dl_timeline_view_set_selected (DL_TIMELINE_VIEW (timeline), get_event (window, "Bridge opened"));
  gtk_widget_grab_focus (timeline);
  settle ();
  g_assert_true (gtk_widget_activate_action (timeline, "timeline.menu", NULL));
  model = dl_timeline_view_get_menu_model (DL_TIMELINE_VIEW (timeline));
  g_assert_true (menu_has_action (model, "win.edit-event"));
  g_assert_true (menu_has_action (model, "win.hide-event"));
  g_assert_true (menu_has_action (model, "win.delete-event"));

  /* An article row's menu, from the keyboard */
  {
    GtkWidget *list = focus_article_row (window);

    g_assert_true (press_menu_key (list));
    model = dl_window_get_article_menu_model (window);
    g_assert_nonnull (model);
    g_assert_true (menu_has_action (model, "win.set-article-date"));
  }

  /* Changing the kind from the menu's action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-actor-kind", "(ss)",
                                             dl_actor_get_id (get_actor (window, "Harbour Trust")), "group"));
  settle ();
  g_assert_true (kind_applied (window));

  dl_timeline_view_set_selected (DL_TIMELINE_VIEW (timeline), NULL);
  destroy_window_after_slides (window);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home = window_edit_tests_init (&argc, &argv);

  add_undo_redo_tests ("actor-");
  g_test_add_func ("/window-edit/mention-context", test_mention_context);
  g_test_add_func ("/window-edit/dialog/rename", test_dialog_rename);
  g_test_add_func ("/window-edit/dialog/merge", test_dialog_merge);
  g_test_add_func ("/window-edit/dialog/split", test_dialog_split);
  g_test_add_func ("/window-edit/menus", test_menus);

  return window_edit_tests_run (data_home);
}
