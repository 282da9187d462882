/* dl-window-state.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view state a project keeps, as pairs of strings, so that opening
 * it shows what was shown: the view, the timeline's stretch of time,
 * lanes and selection, the filters, and the graph's options, zoom and
 * pan. Events, actors and articles are named by their ids, which the
 * same corpus gives the same way each time. Unknown keys and values
 * that do not parse are passed over: a project from another version
 * still opens.
 *
 * Keys:
 *   view                  "timeline" or "graph"
 *   sidebar               "shown" or "hidden"
 *   timeline.start/end    the visible time, in seconds (a double)
 *   timeline.lanes        "none", "actor", "article" or "kind"
 *   timeline.selection    event ids, comma-separated, the primary last
 *   filter.search         "true" when the filter bar is open
 *   filter.text           the words searched for
 *   filter.actors         chosen actor ids, comma-separated
 *   filter.articles       chosen article ids, comma-separated
 *   filter.show-hidden    "true" when the events the user hid are shown
 *   filter.from/to        the date range's ends, as ISO dates
 *   graph.selected        the selected actor's id
 *   graph.color-by        "kind" or "community"
 *   graph.size-by         "events" or "mentions"
 *   graph.min-mentions    a count
 *   graph.ego             the actor an ego network is drawn round
 *   graph.ego-steps       1 or 2, with graph.ego
 *   graph.scale/dx/dy     zoom and pan, absent while the graph fits
 */
#include "config.h"

#include <math.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-window-private.h"

#define SEPARATOR ","

/* Collecting -------------------------------------------------------------- */

static void
put (GHashTable *state,
     const char *key,
     const char *value)
{
  if (value != NULL && *value != '\0')
    g_hash_table_insert (state, g_strdup (key), g_strdup (value));
}

static void
put_double (GHashTable *state,
            const char *key,
            double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  put (state, key, g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
put_ids (GHashTable *state,
         const char *key,
         GStrv       ids)
{
  g_autofree char *joined = g_strjoinv (SEPARATOR, ids);

  put (state, key, joined);
  g_strfreev (ids);
}

static void
collect_timeline (DlWindow   *self,
                  GHashTable *state)
{
  GPtrArray *selection = dl_timeline_view_get_selection (self->timeline_view);
  DlEvent *primary = dl_timeline_view_get_selected (self->timeline_view);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  double start, end;

  dl_timeline_view_get_visible_range (self->timeline_view, &start, &end);
  put_double (state, "timeline.start", start);
  put_double (state, "timeline.end", end);
  put (state, "timeline.lanes", dl_timeline_view_get_lanes (self->timeline_view));
  for (guint i = 0; i < selection->len; i++)
    if (g_ptr_array_index (selection, i) != primary)
      g_strv_builder_add (ids, dl_event_get_id (g_ptr_array_index (selection, i)));
  if (primary != NULL)
    g_strv_builder_add (ids, dl_event_get_id (primary));
  put_ids (state, "timeline.selection", g_strv_builder_end (ids));
}

static void
collect_filter (DlWindow   *self,
                GHashTable *state)
{
  DlDateSpan *from = dl_event_filter_get_from (self->filter);
  DlDateSpan *to = dl_event_filter_get_to (self->filter);

  if (dl_filter_bar_get_search_mode (self->filter_bar))
    put (state, "filter.search", "true");
  put (state, "filter.text", dl_event_filter_get_text (self->filter));
  put_ids (state, "filter.actors", dl_event_filter_dup_ids (self->filter, DL_EVENT_FILTER_ACTORS));
  put_ids (state, "filter.articles", dl_event_filter_dup_ids (self->filter, DL_EVENT_FILTER_ARTICLES));
  if (dl_event_filter_get_show_hidden (self->filter))
    put (state, "filter.show-hidden", "true");
  put (state, "filter.from", from != NULL ? dl_date_span_get_value (from) : NULL);
  put (state, "filter.to", to != NULL ? dl_date_span_get_value (to) : NULL);
}

static void
collect_graph (DlWindow   *self,
               GHashTable *state)
{
  DlActor *selected = dl_graph_view_get_selected (self->graph_view);
  DlActor *ego = dl_graph_view_get_ego (self->graph_view);
  g_autofree char *color_by = NULL;
  g_autofree char *size_by = NULL;
  g_autofree char *min_mentions = NULL;
  g_autofree char *steps = NULL;
  guint min, ego_steps;
  double scale, dx, dy;

  g_object_get (self->graph_view, "color-by", &color_by, "size-by", &size_by,
                "min-mentions", &min, "ego-steps", &ego_steps, NULL);
  min_mentions = g_strdup_printf ("%u", min);
  steps = g_strdup_printf ("%u", ego_steps);
  put (state, "graph.selected", selected != NULL ? dl_actor_get_id (selected) : NULL);
  put (state, "graph.color-by", color_by);
  put (state, "graph.size-by", size_by);
  put (state, "graph.min-mentions", min_mentions);
  if (ego != NULL)
    {
      put (state, "graph.ego", dl_actor_get_id (ego));
      put (state, "graph.ego-steps", steps);
    }
  if (dl_graph_view_get_transform (self->graph_view, &scale, &dx, &dy))
    {
      put_double (state, "graph.scale", scale);
      put_double (state, "graph.dx", dx);
      put_double (state, "graph.dy", dy);
    }
}

/**
 * _dl_window_collect_view_state:
 *
 * Returns: (transfer full) (element-type utf8 utf8): what the views
 *   show, to save with the project
 */
GHashTable *
_dl_window_collect_view_state (DlWindow *self)
{
  GHashTable *state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  put (state, "view", adw_view_stack_get_visible_child_name (self->view_stack));
  put (state, "sidebar", gtk_toggle_button_get_active (self->sidebar_button) ? "shown" : "hidden");
  collect_timeline (self, state);
  collect_filter (self, state);
  collect_graph (self, state);
  return state;
}

/**
 * dl_window_dup_view_state:
 *
 * Returns: (transfer full) (element-type utf8 utf8): the view state a
 *   save would keep; see dl-window-state.c for the keys
 */
GHashTable *
dl_window_dup_view_state (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return _dl_window_collect_view_state (self);
}

/* Applying ---------------------------------------------------------------- */

static gboolean
get_double (GHashTable *state,
            const char *key,
            double     *value)
{
  const char *text = g_hash_table_lookup (state, key);
  char *end = NULL;

  if (text == NULL)
    return FALSE;
  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}

static guint
get_uint (GHashTable *state,
          const char *key,
          guint       fallback)
{
  const char *text = g_hash_table_lookup (state, key);
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    return fallback;
  return (guint) value;
}

static GStrv
get_ids (GHashTable *state,
         const char *key)
{
  const char *text = g_hash_table_lookup (state, key);

  return g_strsplit (text != NULL ? text : "", SEPARATOR, -1);
}

static DlDateSpan *
get_span (GHashTable *state,
          const char *key)
{
  const char *value = g_hash_table_lookup (state, key);

  return value != NULL ? dl_date_span_new_from_value (value, DL_CERTAINTY_STATED) : NULL;
}

static void
apply_filter (DlWindow   *self,
              GHashTable *state)
{
  g_auto(GStrv) actors = get_ids (state, "filter.actors");
  g_auto(GStrv) articles = get_ids (state, "filter.articles");
  g_autoptr(DlDateSpan) from = get_span (state, "filter.from");
  g_autoptr(DlDateSpan) to = get_span (state, "filter.to");

  dl_event_filter_clear (self->filter);
  dl_event_filter_set_text (self->filter, g_hash_table_lookup (state, "filter.text"));
  for (guint i = 0; actors[i] != NULL; i++)
    if (dl_corpus_find_actor (self->corpus, actors[i]) != NULL)
      dl_event_filter_set_actor (self->filter, dl_corpus_find_actor (self->corpus, actors[i]), TRUE);
  for (guint i = 0; articles[i] != NULL; i++)
    if (dl_corpus_find_article (self->corpus, articles[i]) != NULL)
      dl_event_filter_set_article (self->filter, dl_corpus_find_article (self->corpus, articles[i]), TRUE);
  dl_event_filter_set_show_hidden (self->filter,
                                   g_strcmp0 (g_hash_table_lookup (state, "filter.show-hidden"), "true") == 0);
  dl_event_filter_set_range (self->filter, from, to);
  if (g_strcmp0 (g_hash_table_lookup (state, "filter.search"), "true") == 0)
    dl_filter_bar_set_search_mode (self->filter_bar, TRUE);
}

static void
apply_graph (DlWindow   *self,
             GHashTable *state)
{
  const char *color_by = g_hash_table_lookup (state, "graph.color-by");
  const char *size_by = g_hash_table_lookup (state, "graph.size-by");
  const char *ego_id = g_hash_table_lookup (state, "graph.ego");
  const char *selected_id = g_hash_table_lookup (state, "graph.selected");
  DlActor *ego = ego_id != NULL ? dl_corpus_find_actor (self->corpus, ego_id) : NULL;
  DlActor *selected = selected_id != NULL ? dl_corpus_find_actor (self->corpus, selected_id) : NULL;
  double scale, dx, dy;

  if (color_by != NULL)
    g_object_set (self->graph_view, "color-by", color_by, NULL);
  if (size_by != NULL)
    g_object_set (self->graph_view, "size-by", size_by, NULL);
  g_object_set (self->graph_view, "min-mentions", get_uint (state, "graph.min-mentions", 0), NULL);
  dl_graph_view_set_ego (self->graph_view, ego, get_uint (state, "graph.ego-steps", 1));
  /* Selecting an actor focuses the timeline on its events and fits it:
   * before the timeline's own range is set */
  dl_graph_view_set_selected (self->graph_view, selected);
  if (get_double (state, "graph.scale", &scale) && scale > 0 &&
      get_double (state, "graph.dx", &dx) && get_double (state, "graph.dy", &dy))
    dl_graph_view_set_transform (self->graph_view, scale, dx, dy);
}

static void
apply_timeline (DlWindow   *self,
                GHashTable *state)
{
  const char *lanes = g_hash_table_lookup (state, "timeline.lanes");
  g_auto(GStrv) selection = get_ids (state, "timeline.selection");
  gboolean first = TRUE;
  double start, end;

  if (lanes != NULL)
    dl_timeline_view_set_lanes (self->timeline_view, lanes);
  for (guint i = 0; selection[i] != NULL; i++)
    {
      DlEvent *event = dl_corpus_find_event (self->corpus, selection[i]);

      if (event == NULL)
        continue;
      if (first)
        dl_timeline_view_set_selected (self->timeline_view, event);
      else
        dl_timeline_view_toggle_selected (self->timeline_view, event);
      first = FALSE;
    }
  if (get_double (state, "timeline.start", &start) && get_double (state, "timeline.end", &end) && start < end)
    dl_timeline_view_set_visible_range (self->timeline_view, start, end);
}

/**
 * _dl_window_apply_view_state:
 *
 * Shows what @state says, after a project's corpus is in the window.
 */
void
_dl_window_apply_view_state (DlWindow   *self,
                             GHashTable *state)
{
  const char *view = g_hash_table_lookup (state, "view");
  const char *sidebar = g_hash_table_lookup (state, "sidebar");

  if (g_strcmp0 (view, "timeline") == 0 || g_strcmp0 (view, "graph") == 0)
    adw_view_stack_set_visible_child_name (self->view_stack, view);
  if (sidebar != NULL)
    gtk_toggle_button_set_active (self->sidebar_button, g_strcmp0 (sidebar, "hidden") != 0);
  apply_filter (self, state);
  apply_graph (self, state);
  apply_timeline (self, state);
}
