/* dl-timeline-index.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A time-sorted index of the events, lane by lane. Each lane is a run of
 * compact entries sorted by start, and every entry also knows the latest
 * end of its lane so far, so that bars which began before a window and
 * still run into it are found by binary search too.
 *
 * Label widths are measured lazily, once per event, and cheaply: most
 * titles are Latin, Greek or Cyrillic, whose width is the sum of the
 * advances of their characters, each measured once. Only other scripts
 * go through full shaping.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-timeline-index.h"

/* Code points below this are measured one by one and summed */
#define SIMPLE_SCRIPT_END 0x0530

typedef struct
{
  gpointer key;
  char *name;
  int kind;
  guint count;
  guint offset;
  guint length;
} Lane;

struct _DlTimelineIndex
{
  gatomicrefcount ref_count;
  DlTimelineLanes mode;
  GPtrArray *events;    /* dated ones first, then the undated */
  guint n_dated;
  GArray *lanes;        /* Lane */
  GArray *entries;      /* DlTimelineEntry, by lane then start */
  float *label_widths;  /* per event, negative until measured */
  GHashTable *advances; /* code point -> advance in Pango units */
};

static void
clear_lane (Lane *lane)
{
  g_clear_pointer (&lane->name, g_free);
}

/* The lane keys of @event, without repeats: actors, articles or kinds.
 * An event without any has the NULL key. */
static void
collect_keys (DlTimelineLanes  mode,
              DlEvent         *event,
              GPtrArray       *keys)
{
  GPtrArray *actors = dl_event_get_actors (event);
  GArray *sources = dl_event_get_sources (event);

  g_ptr_array_set_size (keys, 0);
  if (mode == DL_TIMELINE_LANES_ARTICLE)
    {
      for (guint i = 0; sources != NULL && i < sources->len; i++)
        {
          DlArticle *article = g_array_index (sources, DlSource, i).article;

          if (article != NULL && !g_ptr_array_find (keys, article, NULL))
            g_ptr_array_add (keys, article);
        }
    }
  else
    {
      for (guint i = 0; actors != NULL && i < actors->len; i++)
        {
          DlActor *actor = g_ptr_array_index (actors, i);
          gpointer key = mode == DL_TIMELINE_LANES_KIND
            ? GINT_TO_POINTER (dl_actor_get_kind (actor) + 1) : (gpointer) actor;

          if (!g_ptr_array_find (keys, key, NULL))
            g_ptr_array_add (keys, key);
        }
    }
  if (keys->len == 0)
    g_ptr_array_add (keys, NULL);
}

static char *
key_name (DlTimelineLanes mode,
          gpointer        key)
{
  const char *title;

  if (key == NULL)
    return g_strdup (mode == DL_TIMELINE_LANES_ARTICLE ? _("No article") : _("No actor"));
  switch (mode)
    {
    case DL_TIMELINE_LANES_ACTOR:
      return g_strdup (dl_actor_get_name (key));
    case DL_TIMELINE_LANES_ARTICLE:
      title = dl_article_get_title (key);
      return g_strdup (title != NULL && *title != '\0' ? title : _("Untitled article"));
    case DL_TIMELINE_LANES_KIND:
      return g_strdup (dl_actor_kind_to_label (GPOINTER_TO_INT (key) - 1));
    case DL_TIMELINE_LANES_NONE:
    default:
      return NULL;
    }
}

static int
key_kind (DlTimelineLanes mode,
          gpointer        key)
{
  if (key == NULL)
    return -1;
  if (mode == DL_TIMELINE_LANES_ACTOR)
    return dl_actor_get_kind (key);
  if (mode == DL_TIMELINE_LANES_KIND)
    return GPOINTER_TO_INT (key) - 1;
  return -1;
}

/* Busiest lanes first; kinds in their own order; "none" last */
static int
compare_lanes (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Lane *la = a;
  const Lane *lb = b;
  DlTimelineLanes mode = GPOINTER_TO_INT (user_data);

  if ((la->key == NULL) != (lb->key == NULL))
    return la->key == NULL ? 1 : -1;
  if (mode == DL_TIMELINE_LANES_KIND)
    return GPOINTER_TO_INT (la->key) - GPOINTER_TO_INT (lb->key);
  if (la->count != lb->count)
    return la->count > lb->count ? -1 : 1;
  return g_strcmp0 (la->name, lb->name);
}

/* Counts the events of every key and orders the lanes */
static GArray *
make_lanes (DlTimelineIndex *self,
            GHashTable      *lane_of)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GArray *lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_array_set_clear_func (lanes, (GDestroyNotify) clear_lane);
  for (guint i = 0; i < self->n_dated; i++)
    {
      collect_keys (self->mode, g_ptr_array_index (self->events, i), keys);
      for (guint k = 0; k < keys->len; k++)
        {
          key = g_ptr_array_index (keys, k);
          value = g_hash_table_lookup (counts, key);
          g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) + 1));
        }
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Lane lane = { key, key_name (self->mode, key), key_kind (self->mode, key), GPOINTER_TO_UINT (value), 0, 0 };

      g_array_append_val (lanes, lane);
    }
  g_array_sort_with_data (lanes, compare_lanes, GINT_TO_POINTER (self->mode));

  /* Beyond the last lane, the quietest share one */
  if (lanes->len > DL_TIMELINE_MAX_LANES)
    {
      Lane *other;

      g_array_set_size (lanes, DL_TIMELINE_MAX_LANES);
      other = &g_array_index (lanes, Lane, DL_TIMELINE_MAX_LANES - 1);
      g_free (other->name);
      other->name = g_strdup (self->mode == DL_TIMELINE_LANES_ARTICLE ? _("Other articles") : _("Other actors"));
      other->key = other;
      other->kind = -1;
    }
  for (guint l = 0; l < lanes->len; l++)
    g_hash_table_insert (lane_of, g_array_index (lanes, Lane, l).key, GUINT_TO_POINTER (l + 1));
  return lanes;
}

static guint
lane_of_key (DlTimelineIndex *self,
             GHashTable      *lane_of,
             gpointer         key)
{
  gpointer value;

  if (self->mode == DL_TIMELINE_LANES_NONE)
    return 0;
  value = g_hash_table_lookup (lane_of, key);
  /* Not among the named lanes: the shared last one */
  return value != NULL ? GPOINTER_TO_UINT (value) - 1 : self->lanes->len - 1;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const DlTimelineEntry *ea = a;
  const DlTimelineEntry *eb = b;

  if (ea->lane != eb->lane)
    return ea->lane < eb->lane ? -1 : 1;
  if (ea->start != eb->start)
    return ea->start < eb->start ? -1 : 1;
  if (ea->end != eb->end)
    return ea->end < eb->end ? -1 : 1;
  return ea->event < eb->event ? -1 : ea->event > eb->event;
}

static void
add_entries (DlTimelineIndex *self,
             GHashTable      *lane_of)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GArray) lanes_seen = g_array_new (FALSE, FALSE, sizeof (guint16));

  for (guint i = 0; i < self->n_dated; i++)
    {
      DlEvent *event = g_ptr_array_index (self->events, i);
      DlDateSpan *when = dl_event_get_when (event);
      DlTimelineEntry entry = { dl_date_span_get_start (when), dl_date_span_get_end (when), 0, i, 0,
                                dl_date_span_get_certainty (when), 0 };

      entry.end = MAX (entry.end, entry.start);
      collect_keys (self->mode, event, keys);
      g_array_set_size (lanes_seen, 0);
      for (guint k = 0; k < keys->len; k++)
        {
          guint16 lane = lane_of_key (self, lane_of, g_ptr_array_index (keys, k));
          gboolean seen = FALSE;

          /* Several actors may share the last lane: one entry there */
          for (guint s = 0; s < lanes_seen->len && !seen; s++)
            seen = g_array_index (lanes_seen, guint16, s) == lane;
          if (seen)
            continue;
          g_array_append_val (lanes_seen, lane);
          entry.lane = lane;
          g_array_append_val (self->entries, entry);
        }
    }
}

static void
finish_lanes (DlTimelineIndex *self)
{
  gint64 reach = G_MININT64;
  guint l = 0;

  for (guint i = 0; i < self->entries->len; i++)
    {
      DlTimelineEntry *entry = &g_array_index (self->entries, DlTimelineEntry, i);
      Lane *lane = &g_array_index (self->lanes, Lane, entry->lane);

      if (i == 0 || entry->lane != l)
        {
          reach = G_MININT64;
          l = entry->lane;
          lane->offset = i;
        }
      reach = MAX (reach, entry->end);
      entry->reach = reach;
      lane->length++;
    }
}

static void
collect_events (DlTimelineIndex *self,
                GListModel      *events)
{
  g_autoptr(GPtrArray) undated = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = events != NULL ? g_list_model_get_n_items (events) : 0;

  for (guint i = 0; i < n; i++)
    {
      DlEvent *event = g_list_model_get_item (events, i);

      if (dl_event_get_when (event) != NULL)
        g_ptr_array_add (self->events, event);
      else
        g_ptr_array_add (undated, event);
    }
  self->n_dated = self->events->len;
  g_ptr_array_extend_and_steal (self->events, g_steal_pointer (&undated));
}

/**
 * dl_timeline_index_new:
 * @events: (nullable): a #GListModel of #DlEvent
 * @lanes: how to split the events into lanes
 *
 * Returns: (transfer full): the index of @events
 */
DlTimelineIndex *
dl_timeline_index_new (GListModel      *events,
                       DlTimelineLanes  lanes)
{
  DlTimelineIndex *self;
  g_autoptr(GHashTable) lane_of = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (events == NULL || G_IS_LIST_MODEL (events), NULL);
  g_return_val_if_fail (lanes <= DL_TIMELINE_LANES_KIND, NULL);

  self = g_new0 (DlTimelineIndex, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->mode = lanes;
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->entries = g_array_new (FALSE, FALSE, sizeof (DlTimelineEntry));
  self->advances = g_hash_table_new (NULL, NULL);
  collect_events (self, events);

  if (lanes == DL_TIMELINE_LANES_NONE)
    {
      Lane lane = { 0 };

      self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
      g_array_set_clear_func (self->lanes, (GDestroyNotify) clear_lane);
      g_array_append_val (self->lanes, lane);
    }
  else
    self->lanes = make_lanes (self, lane_of);

  add_entries (self, lane_of);
  g_array_sort (self->entries, compare_entries);
  finish_lanes (self);

  self->label_widths = g_new (float, MAX (self->events->len, 1));
  dl_timeline_index_forget_labels (self);
  return self;
}

DlTimelineIndex *
dl_timeline_index_ref (DlTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
dl_timeline_index_unref (DlTimelineIndex *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->events);
  g_array_unref (self->lanes);
  g_array_unref (self->entries);
  g_hash_table_unref (self->advances);
  g_free (self->label_widths);
  g_free (self);
}

DlTimelineLanes
dl_timeline_index_get_lanes (DlTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, DL_TIMELINE_LANES_NONE);
  return self->mode;
}

guint
dl_timeline_index_get_n_lanes (DlTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->lanes->len;
}

/**
 * dl_timeline_index_get_lane_name:
 *
 * Returns: (nullable): the title of @lane, %NULL without lanes
 */
const char *
dl_timeline_index_get_lane_name (DlTimelineIndex *self,
                                 guint            lane)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  return g_array_index (self->lanes, Lane, lane).name;
}

/**
 * dl_timeline_index_get_lane_kind:
 *
 * Returns: the #DlActorKind of the lane's actor or kind, or -1
 */
int
dl_timeline_index_get_lane_kind (DlTimelineIndex *self,
                                 guint            lane)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (lane < self->lanes->len, -1);
  return g_array_index (self->lanes, Lane, lane).kind;
}

/**
 * dl_timeline_index_get_entries:
 *
 * Returns: (array length=n_entries) (transfer none): the entries of
 *   @lane, sorted by start
 */
const DlTimelineEntry *
dl_timeline_index_get_entries (DlTimelineIndex *self,
                               guint            lane,
                               guint           *n_entries)
{
  const Lane *l;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  g_return_val_if_fail (n_entries != NULL, NULL);

  l = &g_array_index (self->lanes, Lane, lane);
  *n_entries = l->length;
  return &g_array_index (self->entries, DlTimelineEntry, 0) + l->offset;
}

/* The first position in [@low, @high) whose gint64 at @offset (start or
 * reach, which never decrease along a lane) is past @time, or at it
 * unless @after: one binary search for every question asked of a lane */
static guint
bisect (const DlTimelineEntry *entries,
        guint                  low,
        guint                  high,
        glong                  offset,
        gint64                 time,
        gboolean               after)
{
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 value = G_STRUCT_MEMBER (gint64, &entries[middle], offset);

      if (value < time || (after && value == time))
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/**
 * dl_timeline_index_lower_bound:
 *
 * Returns: the position in @lane of the first entry starting at or
 *   after @time
 */
guint
dl_timeline_index_lower_bound (DlTimelineIndex *self,
                               guint            lane,
                               gint64           time)
{
  const DlTimelineEntry *entries;
  guint n;

  entries = dl_timeline_index_get_entries (self, lane, &n);
  return bisect (entries, 0, n, G_STRUCT_OFFSET (DlTimelineEntry, start), time, FALSE);
}

/**
 * dl_timeline_index_first_reaching:
 *
 * Returns: the position in @lane of the first entry that ends after
 *   @time; none before it does
 */
guint
dl_timeline_index_first_reaching (DlTimelineIndex *self,
                                  guint            lane,
                                  gint64           time)
{
  const DlTimelineEntry *entries;
  guint n;

  entries = dl_timeline_index_get_entries (self, lane, &n);
  return bisect (entries, 0, n, G_STRUCT_OFFSET (DlTimelineEntry, reach), time, TRUE);
}

/**
 * dl_timeline_entries_lower_bound:
 * @entries: the entries of a lane, sorted by @start
 *
 * Returns: the first position in [@low, @high) of an entry starting at
 *   or after @time, or @high
 */
guint
dl_timeline_entries_lower_bound (const DlTimelineEntry *entries,
                                 guint                  low,
                                 guint                  high,
                                 gint64                 time)
{
  g_return_val_if_fail (entries != NULL || low == high, low);

  return bisect (entries, low, high, G_STRUCT_OFFSET (DlTimelineEntry, start), time, FALSE);
}

/**
 * dl_timeline_index_get_event:
 * @event: the @event of a #DlTimelineEntry
 *
 * Returns: (transfer none): the event
 */
DlEvent *
dl_timeline_index_get_event (DlTimelineIndex *self,
                             guint            event)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (event < self->events->len, NULL);
  return g_ptr_array_index (self->events, event);
}

guint
dl_timeline_index_get_n_dated (DlTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_dated;
}

guint
dl_timeline_index_get_n_undated (DlTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->events->len - self->n_dated;
}

/**
 * dl_timeline_index_get_undated:
 *
 * Returns: (transfer none): an event without a date, in model order
 */
DlEvent *
dl_timeline_index_get_undated (DlTimelineIndex *self,
                               guint            position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->events->len - self->n_dated, NULL);
  return g_ptr_array_index (self->events, self->n_dated + position);
}

/**
 * dl_timeline_index_get_range:
 * @start: (out): the earliest start of a dated event
 * @end: (out): the latest end
 *
 * Returns: %TRUE if at least one event has a date
 */
gboolean
dl_timeline_index_get_range (DlTimelineIndex *self,
                             gint64          *start,
                             gint64          *end)
{
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  for (guint l = 0; l < self->lanes->len; l++)
    {
      const Lane *lane = &g_array_index (self->lanes, Lane, l);
      const DlTimelineEntry *first, *last;

      if (lane->length == 0)
        continue;
      first = &g_array_index (self->entries, DlTimelineEntry, lane->offset);
      last = &g_array_index (self->entries, DlTimelineEntry, lane->offset + lane->length - 1);
      *start = found ? MIN (*start, first->start) : first->start;
      *end = found ? MAX (*end, last->reach) : last->reach;
      found = TRUE;
    }
  return found;
}

static double
advance (DlTimelineIndex *self,
         gunichar         c,
         PangoLayout     *layout)
{
  gpointer cached = g_hash_table_lookup (self->advances, GUINT_TO_POINTER (c));
  char utf8[8];
  int width, length;

  if (cached != NULL)
    return GPOINTER_TO_INT (cached) - 1;
  length = g_unichar_to_utf8 (c, utf8);
  pango_layout_set_text (layout, utf8, length);
  pango_layout_get_size (layout, &width, NULL);
  g_hash_table_insert (self->advances, GUINT_TO_POINTER (c), GINT_TO_POINTER (width + 1));
  return width;
}

/* The width of @text in pixels, never less than Pango's own: kerning
 * only ever brings simple-script letters closer. */
static double
measure_text (DlTimelineIndex *self,
              const char      *text,
              PangoLayout     *layout)
{
  double sum = 0;
  int width;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= SIMPLE_SCRIPT_END || g_unichar_ismark (c))
        {
          pango_layout_set_text (layout, text, -1);
          pango_layout_get_size (layout, &width, NULL);
          return ceil (width / (double) PANGO_SCALE);
        }
      sum += advance (self, c, layout);
    }
  return ceil (sum / PANGO_SCALE) + (sum > 0 ? 1 : 0);
}

/**
 * dl_timeline_index_label_width:
 * @event: position of an event
 * @layout: a layout with the labels' font
 *
 * Returns: the width of the event's title in pixels, measured once
 */
double
dl_timeline_index_label_width (DlTimelineIndex *self,
                               guint            event,
                               PangoLayout     *layout)
{
  const char *title;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (event < self->events->len, 0);

  if (self->label_widths[event] >= 0)
    return self->label_widths[event];
  title = dl_event_get_title (g_ptr_array_index (self->events, event));
  self->label_widths[event] = measure_text (self, title != NULL ? title : "", layout);
  return self->label_widths[event];
}

/**
 * dl_timeline_index_forget_labels:
 *
 * Drops the measured label widths, for a new font.
 */
void
dl_timeline_index_forget_labels (DlTimelineIndex *self)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->events->len; i++)
    self->label_widths[i] = -1;
  g_hash_table_remove_all (self->advances);
}

/**
 * dl_timeline_index_get_size:
 *
 * Returns: the bytes the index holds, for the benchmark
 */
gsize
dl_timeline_index_get_size (DlTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return sizeof *self +
         self->events->len * (sizeof (gpointer) + sizeof (float)) +
         self->entries->len * sizeof (DlTimelineEntry) +
         self->lanes->len * sizeof (Lane) +
         g_hash_table_size (self->advances) * 3 * sizeof (gpointer);
}

const char *
dl_timeline_lanes_to_string (DlTimelineLanes lanes)
{
  switch (lanes)
    {
    case DL_TIMELINE_LANES_ACTOR:
      return "actor";
    case DL_TIMELINE_LANES_ARTICLE:
      return "article";
    case DL_TIMELINE_LANES_KIND:
      return "kind";
    case DL_TIMELINE_LANES_NONE:
    default:
      return "none";
    }
}

/**
 * dl_timeline_lanes_from_string:
 *
 * Returns: the lanes named @string, %DL_TIMELINE_LANES_NONE when unknown
 */
DlTimelineLanes
dl_timeline_lanes_from_string (const char *string)
{
  for (DlTimelineLanes l = DL_TIMELINE_LANES_NONE; l <= DL_TIMELINE_LANES_KIND; l++)
    if (g_strcmp0 (string, dl_timeline_lanes_to_string (l)) == 0)
      return l;
  return DL_TIMELINE_LANES_NONE;
}
