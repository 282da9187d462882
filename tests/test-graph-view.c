/* test-graph-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-event.h"
#include "dl-graph-view.h"
#include "dl-relation.h"

typedef struct
{
  GtkWidget *window;
  DlGraphView *view;
  GListStore *actors;
  GListStore *relations;
  guint n_notifies;
} Fixture;

static const struct {
  const char *name;
  DlActorKind kind;
  guint mentions;
} cast[] = {
  { "Orla Brandt", DL_ACTOR_KIND_PERSON, 30 },
  { "Pell Foundry", DL_ACTOR_KIND_ORGANIZATION, 20 },
  { "Quarry Hill", DL_ACTOR_KIND_LOCATION, 12 },
  { "Rhea Solum", DL_ACTOR_KIND_PERSON, 6 },
  { "Sedge Guild", DL_ACTOR_KIND_GROUP, 2 },
};

static DlActor *
actor_at (Fixture *fixture,
          guint    index)
{
  DlActor *actor = g_list_model_get_item (G_LIST_MODEL (fixture->actors), index);

  /* The store keeps it alive */
  g_object_unref (actor);
  return actor;
}

static void
relate (Fixture    *fixture,
        guint       a,
        guint       b,
        guint       weight,
        const char *predicate)
{
  g_autoptr(DlRelation) relation = dl_relation_new (actor_at (fixture, a), actor_at (fixture, b));

  for (guint i = 0; i < weight; i++)
    {
      g_autoptr(DlEvent) event = dl_event_new ("meeting");

      dl_event_set_predicate (event, predicate);
      dl_relation_add_event (relation, event);
    }
  g_list_store_append (fixture->relations, relation);
}

static void
wait_for_allocation (Fixture *fixture)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while ((gtk_widget_get_width (GTK_WIDGET (fixture->view)) == 0 ||
          !gtk_widget_get_mapped (GTK_WIDGET (fixture->view))) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), >, 0);
}

static void
selected_notify_cb (Fixture *fixture)
{
  fixture->n_notifies++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->actors = g_list_store_new (DL_TYPE_ACTOR);
  fixture->relations = g_list_store_new (DL_TYPE_RELATION);
  for (guint i = 0; i < G_N_ELEMENTS (cast); i++)
    {
      g_autoptr(DlActor) actor = dl_actor_new (cast[i].name, cast[i].kind);

      for (guint m = 0; m < cast[i].mentions; m++)
        dl_actor_add_mention (actor, NULL, m, m + 1);
      g_list_store_append (fixture->actors, actor);
    }
  relate (fixture, 0, 1, 4, "founded");
  relate (fixture, 0, 2, 2, "visited");
  relate (fixture, 1, 3, 1, "hired");

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  fixture->view = DL_GRAPH_VIEW (dl_graph_view_new ());
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  dl_graph_view_set_models (fixture->view, G_LIST_MODEL (fixture->actors), G_LIST_MODEL (fixture->relations));
  g_signal_connect_swapped (fixture->view, "notify::selected", G_CALLBACK (selected_notify_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_for_allocation (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->actors);
  g_clear_object (&fixture->relations);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL));
}

static void
test_select_next (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_null (dl_graph_view_get_selected (fixture->view));
  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, G_N_ELEMENTS (cast));

  /* In order of size: the most mentioned first */
  activate (fixture, "graph.select-next");
  g_assert_true (dl_graph_view_get_selected (fixture->view) == actor_at (fixture, 0));
  activate (fixture, "graph.select-next");
  g_assert_true (dl_graph_view_get_selected (fixture->view) == actor_at (fixture, 1));
  activate (fixture, "graph.select-previous");
  activate (fixture, "graph.select-previous");
  g_assert_true (dl_graph_view_get_selected (fixture->view) == actor_at (fixture, 4));
  g_assert_cmpuint (fixture->n_notifies, ==, 4);

  activate (fixture, "graph.clear-selection");
  g_assert_null (dl_graph_view_get_selected (fixture->view));
  g_assert_cmpuint (fixture->n_notifies, ==, 5);

  /* Selecting what is selected says nothing */
  dl_graph_view_set_selected (fixture->view, NULL);
  g_assert_cmpuint (fixture->n_notifies, ==, 5);
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  double fit = dl_graph_view_get_zoom (fixture->view);
  double x0, y0, x1, y1;

  g_assert_cmpfloat (fit, >, 0);
  g_assert_true (dl_graph_view_get_actor_position (fixture->view, actor_at (fixture, 0), &x0, &y0));

  activate (fixture, "graph.zoom-in");
  g_assert_cmpfloat_with_epsilon (dl_graph_view_get_zoom (fixture->view), fit * 1.25, 1e-9);
  g_assert_true (dl_graph_view_get_actor_position (fixture->view, actor_at (fixture, 0), &x1, &y1));
  g_assert_true (x0 != x1 || y0 != y1);

  activate (fixture, "graph.zoom-out");
  activate (fixture, "graph.zoom-out");
  g_assert_cmpfloat_with_epsilon (dl_graph_view_get_zoom (fixture->view), fit / 1.25, 1e-9);

  /* The view keeps its zoom across a redraw until asked to fit */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpfloat_with_epsilon (dl_graph_view_get_zoom (fixture->view), fit / 1.25, 1e-9);
  activate (fixture, "graph.zoom-fit");
  g_assert_cmpfloat_with_epsilon (dl_graph_view_get_zoom (fixture->view), fit, 1e-9);
  g_assert_true (dl_graph_view_get_actor_position (fixture->view, actor_at (fixture, 0), &x1, &y1));
  g_assert_cmpfloat_with_epsilon (x1, x0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1, y0, 1e-6);
}

static void
test_tooltip (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *markup = NULL;
  g_autofree char *nothing = NULL;
  double x, y;

  dl_actor_add_role (actor_at (fixture, 0), "Mayor");
  g_assert_true (dl_graph_view_get_actor_position (fixture->view, actor_at (fixture, 0), &x, &y));
  markup = dl_graph_view_dup_tooltip_markup (fixture->view, x, y);
  g_assert_nonnull (markup);
  g_assert_nonnull (strstr (markup, "Orla Brandt"));
  g_assert_nonnull (strstr (markup, "Mayor"));
  g_assert_nonnull (strstr (markup, "30 mentions"));
  g_assert_nonnull (strstr (markup, dl_actor_kind_to_label (DL_ACTOR_KIND_PERSON)));

  /* The corner is margin, never a node */
  nothing = dl_graph_view_dup_tooltip_markup (fixture->view, 2, 2);
  g_assert_null (nothing);
}

static void
test_relayout_on_change (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(DlActor) newcomer = dl_actor_new ("Tove Marsh", DL_ACTOR_KIND_PERSON);

  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, G_N_ELEMENTS (cast));
  g_list_store_append (fixture->actors, newcomer);
  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, G_N_ELEMENTS (cast) + 1);

  g_list_store_remove_all (fixture->relations);
  g_list_store_remove_all (fixture->actors);
  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, 0);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* A disc the user put somewhere stays there when the results are made
 * anew, as every edit makes them: new actor objects, and the pinned
 * one renamed, its old name kept as an alias */
static void
test_pin_survives_new_results (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  DlActor *pinned = actor_at (fixture, 1);
  double x, y, scale, dx, dy;

  g_assert_true (dl_graph_view_pin_actor (fixture->view, pinned, 40, 30));
  g_assert_true (dl_graph_view_get_actor_position (fixture->view, pinned, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, 40, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 30, 1e-6);
  /* The window keeps the user's zoom and pan through a rebuild */
  g_assert_true (dl_graph_view_get_transform (fixture->view, &scale, &dx, &dy));

  for (guint i = 0; i < G_N_ELEMENTS (cast); i++)
    {
      DlActor *actor = dl_actor_new (i == 1 ? "Pell Foundry Works" : cast[i].name, cast[i].kind);

      if (i == 1)
        dl_actor_add_alias (actor, cast[i].name);
      for (guint m = 0; m < cast[i].mentions; m++)
        dl_actor_add_mention (actor, NULL, m * 10, m * 10 + 4);
      g_ptr_array_add (fresh, actor);
    }
  g_list_store_remove_all (fixture->relations);
  g_list_store_splice (fixture->actors, 0, G_N_ELEMENTS (cast), fresh->pdata, fresh->len);
  relate (fixture, 0, 1, 3, "met");
  dl_graph_view_set_transform (fixture->view, scale, dx, dy);

  g_assert_true (dl_graph_view_get_actor_position (fixture->view, g_ptr_array_index (fresh, 1), &x, &y));
  g_assert_cmpfloat_with_epsilon (x, 40, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 30, 1e-6);
}

/* Draw the widget as GTK would and look at the pixels under a node */
static void
test_draws_nodes (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->view);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double x, y;
  guint32 pixel;
  int red, blue;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_true (dl_graph_view_get_actor_position (fixture->view, actor_at (fixture, 0), &x, &y));
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4);
  red = (pixel >> 16) & 0xff;
  blue = pixel & 0xff;
  /* A person is drawn in the palette's blue */
  g_assert_cmpuint (pixel >> 24, ==, 0xff);
  g_assert_cmpint (blue, >, red + 60);
  cairo_surface_destroy (surface);
}

static void
test_dark_style (Fixture       *fixture,
                 gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  activate (fixture, "graph.select-next");
  gtk_widget_queue_draw (GTK_WIDGET (fixture->view));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (dl_graph_view_get_selected (fixture->view) == actor_at (fixture, 0));
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
event_activated_cb (DlEvent **out,
                    DlEvent  *event)
{
  *out = event;
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_object_get_data (G_OBJECT (child), "event") != NULL)
        return child;
      if ((found = find_button (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_edge_tooltip_and_events (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *markup = NULL;
  DlEvent *activated = NULL;
  GtkWidget *popover, *button;
  double x, y;

  g_assert_cmpuint (dl_graph_view_get_n_edges (fixture->view), ==, 3);
  g_assert_true (dl_graph_view_get_edge_position (fixture->view, actor_at (fixture, 0), actor_at (fixture, 1), &x, &y));
  markup = dl_graph_view_dup_tooltip_markup (fixture->view, x, y);
  g_assert_nonnull (markup);
  g_assert_nonnull (strstr (markup, "Orla Brandt"));
  g_assert_nonnull (strstr (markup, "Pell Foundry"));
  g_assert_nonnull (strstr (markup, "4 shared events"));
  g_assert_nonnull (strstr (markup, "founded"));

  /* The list of shared events leads to each event's source */
  g_signal_connect_swapped (fixture->view, "event-activated", G_CALLBACK (event_activated_cb), &activated);
  dl_graph_view_show_shared_events (fixture->view, actor_at (fixture, 0), actor_at (fixture, 1));
  popover = gtk_widget_get_last_child (GTK_WIDGET (fixture->view));
  g_assert_true (GTK_IS_POPOVER (popover));
  g_assert_true (gtk_widget_get_visible (popover));
  button = find_button (popover);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (activated);
  g_assert_cmpstr (dl_event_get_title (activated), ==, "meeting");
}

static void
test_find (Fixture       *fixture,
           gconstpointer  data)
{
  g_assert_true (dl_graph_view_find (fixture->view, "quarry"));
  g_assert_true (dl_graph_view_get_selected (fixture->view) == actor_at (fixture, 2));
  g_assert_false (dl_graph_view_find (fixture->view, "nobody by that name"));
  g_assert_true (dl_graph_view_get_selected (fixture->view) == actor_at (fixture, 2));
}

static void
test_options (Fixture       *fixture,
              gconstpointer  data)
{
  double x0, y0, x1, y1;
  g_autofree char *color_by = NULL;

  /* Fewer than 10 mentions: Rhea Solum and Sedge Guild go */
  g_object_set (fixture->view, "min-mentions", 10, NULL);
  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, 3);
  g_object_set (fixture->view, "min-mentions", 0, NULL);
  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, G_N_ELEMENTS (cast));

  /* One step round Pell Foundry: Orla Brandt and Rhea Solum */
  dl_graph_view_set_selected (fixture->view, actor_at (fixture, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "graph.ego-steps", "u", 1));
  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "graph.ego-steps", "u", 2));
  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "graph.ego-steps", "u", 0));
  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, G_N_ELEMENTS (cast));

  /* Colours change the picture, not the places */
  g_assert_true (dl_graph_view_get_actor_position (fixture->view, actor_at (fixture, 0), &x0, &y0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "graph.color-by", "s", "community"));
  g_object_get (fixture->view, "color-by", &color_by, NULL);
  g_assert_cmpstr (color_by, ==, "community");
  g_assert_true (dl_graph_view_get_actor_position (fixture->view, actor_at (fixture, 0), &x1, &y1));
  g_assert_cmpfloat (x0, ==, x1);
  g_assert_cmpfloat (y0, ==, y1);
}

/* A corpus that grows keeps its picture */
static void
test_grows_in_place (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(DlActor) newcomer = dl_actor_new ("Tove Marsh", DL_ACTOR_KIND_PERSON);
  double before[G_N_ELEMENTS (cast)][2];
  double x, y;

  for (guint i = 0; i < G_N_ELEMENTS (cast); i++)
    g_assert_true (dl_graph_view_get_actor_position (fixture->view, actor_at (fixture, i),
                                                     &before[i][0], &before[i][1]));
  activate (fixture, "graph.zoom-in");
  g_list_store_append (fixture->actors, newcomer);
  relate (fixture, 0, 5, 1, "met");
  g_assert_cmpuint (dl_graph_view_get_n_nodes (fixture->view), ==, G_N_ELEMENTS (cast) + 1);
  activate (fixture, "graph.zoom-out");
  for (guint i = 0; i < G_N_ELEMENTS (cast); i++)
    {
      g_assert_true (dl_graph_view_get_actor_position (fixture->view, actor_at (fixture, i), &x, &y));
      /* The view refits, but the shape holds: every actor within a few
       * of its discs' widths of where it was */
      g_assert_cmpfloat (fabs (x - before[i][0]) + fabs (y - before[i][1]), <, 150);
    }
}

static void
test_accessible_selection (Fixture       *fixture,
                           gconstpointer  data)
{
  activate (fixture, "graph.select-next");
  g_assert_true (dl_graph_view_get_selected (fixture->view) == actor_at (fixture, 0));
  /* Keyboard focus stays on the view, which reads out the actor */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->view)));
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (fixture->view)) == GTK_ACCESSIBLE_ROLE_IMG);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/graph-view/select-next", test_select_next);
  ADD ("/graph-view/zoom", test_zoom);
  ADD ("/graph-view/tooltip", test_tooltip);
  ADD ("/graph-view/relayout", test_relayout_on_change);
  ADD ("/graph-view/pin-survives-new-results", test_pin_survives_new_results);
  ADD ("/graph-view/draws-nodes", test_draws_nodes);
  ADD ("/graph-view/dark-style", test_dark_style);
  ADD ("/graph-view/edge-tooltip-and-events", test_edge_tooltip_and_events);
  ADD ("/graph-view/find", test_find);
  ADD ("/graph-view/options", test_options);
  ADD ("/graph-view/grows-in-place", test_grows_in_place);
  ADD ("/graph-view/accessible-selection", test_accessible_selection);
#undef ADD

  return g_test_run ();
}
