/* dl-export-timelinejs.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON that TimelineJS 3 reads: {"events": [slide, ...]}, one slide
 * per dated event. Undated events have no place on its time axis and
 * are left out.
 */
#include "config.h"

#include <stdio.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export-private.h"

typedef enum
{
  PRECISION_DAY,
  PRECISION_MONTH,
  PRECISION_YEAR,
} Precision;

typedef struct
{
  int year;
  int month;
  int day;
} Ymd;

static gboolean
parse_day (const char *iso,
           Ymd        *ymd)
{
  return sscanf (iso, "%d-%d-%d", &ymd->year, &ymd->month, &ymd->day) == 3;
}

/* A span that covers whole years or a whole month is shown as such
 * ("2017", "July 2017") rather than as its first day. */
static Precision
span_precision (const Ymd *first,
                const Ymd *last)
{
  if (first->month == 1 && first->day == 1 && last->month == 12 && last->day == 31)
    return PRECISION_YEAR;
  if (first->day == 1 && first->year == last->year && first->month == last->month &&
      last->day == g_date_get_days_in_month (last->month, last->year))
    return PRECISION_MONTH;
  return PRECISION_DAY;
}

static void
add_date (JsonBuilder *builder,
          const char  *key,
          const Ymd   *ymd,
          Precision    precision)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "year");
  json_builder_add_int_value (builder, ymd->year);
  if (precision != PRECISION_YEAR)
    {
      json_builder_set_member_name (builder, "month");
      json_builder_add_int_value (builder, ymd->month);
    }
  if (precision == PRECISION_DAY)
    {
      json_builder_set_member_name (builder, "day");
      json_builder_add_int_value (builder, ymd->day);
    }
  json_builder_end_object (builder);
}

static gboolean
add_dates (JsonBuilder *builder,
           DlDateSpan  *when)
{
  g_autofree char *first_iso = dl_date_span_dup_first_day (when);
  g_autofree char *last_iso = dl_date_span_dup_last_day (when);
  Ymd first, last;
  Precision precision;

  if (!parse_day (first_iso, &first) || !parse_day (last_iso, &last))
    return FALSE;

  precision = span_precision (&first, &last);
  add_date (builder, "start_date", &first, precision);
  if ((precision == PRECISION_YEAR && first.year != last.year) ||
      (precision == PRECISION_DAY && g_strcmp0 (first_iso, last_iso) != 0))
    add_date (builder, "end_date", &last, precision);
  return TRUE;
}

/* TimelineJS shows "text" as HTML: the quote, then where it comes from. */
static char *
build_slide_text (DlEvent *event)
{
  GArray *sources = dl_event_get_sources (event);
  const DlSource *source;
  g_autofree char *quote = NULL;
  g_autofree char *title = NULL;
  g_autofree char *article = NULL;

  if (sources == NULL || sources->len == 0)
    return g_strdup ("");

  source = &g_array_index (sources, DlSource, 0);
  article = _dl_export_dup_source_title (source->article);
  quote = g_markup_escape_text (source->quote != NULL ? source->quote : "", -1);
  title = g_markup_escape_text (article, -1);
  return g_strdup_printf ("<blockquote>%s</blockquote><p><cite>%s</cite></p>", quote, title);
}

static void
add_slide (JsonBuilder *builder,
           DlEvent     *event)
{
  GPtrArray *actors = dl_event_get_actors (event);
  const char *title = dl_event_get_title (event);
  const char *id = dl_event_get_id (event);
  g_autofree char *text = build_slide_text (event);

  json_builder_begin_object (builder);
  if (!add_dates (builder, dl_event_get_when (event)))
    g_warn_if_reached ();

  json_builder_set_member_name (builder, "text");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "headline");
  json_builder_add_string_value (builder, title != NULL ? title : "");
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);

  /* Slides of one group share a row: group by the main actor */
  if (actors != NULL && actors->len > 0)
    {
      json_builder_set_member_name (builder, "group");
      json_builder_add_string_value (builder, dl_actor_get_name (g_ptr_array_index (actors, 0)));
    }
  if (id != NULL)
    {
      json_builder_set_member_name (builder, "unique_id");
      json_builder_add_string_value (builder, id);
    }
  json_builder_end_object (builder);
}

GBytes *
_dl_export_timelinejs_to_bytes (DlCorpus *corpus)
{
  GListModel *events = dl_corpus_get_events (corpus);
  guint n = g_list_model_get_n_items (events);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if (dl_event_get_when (event) != NULL)
        add_slide (builder, event);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return _dl_export_json_node_to_bytes (root);
}
