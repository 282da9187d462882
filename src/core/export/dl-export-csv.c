/* dl-export-csv.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per event, for spreadsheets. RFC 4180: CRLF line ends, a
 * field in double quotes when it holds a comma, a quote or a line
 * break, and quotes doubled inside it.
 */
#include "config.h"

#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export-private.h"

static const char * const header[] = {
  "date", "end", "certainty", "title", "actors", "article", "quote",
};

static void
append_field (GString    *out,
              const char *value,
              gboolean    last)
{
  if (value == NULL)
    value = "";

  if (strpbrk (value, ",\"\r\n") == NULL)
    g_string_append (out, value);
  else
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, last ? "\r\n" : ",");
}

static char *
join_actor_names (DlEvent *event)
{
  GPtrArray *actors = dl_event_get_actors (event);
  GString *names = g_string_new (NULL);

  for (guint i = 0; actors != NULL && i < actors->len; i++)
    {
      if (i > 0)
        g_string_append (names, "; ");
      g_string_append (names, dl_actor_get_name (g_ptr_array_index (actors, i)));
    }
  return g_string_free (names, FALSE);
}

static void
append_event (GString *out,
              DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);
  GArray *sources = dl_event_get_sources (event);
  const DlSource *source = NULL;
  g_autofree char *first = when != NULL ? dl_date_span_dup_first_day (when) : NULL;
  g_autofree char *last = when != NULL ? dl_date_span_dup_last_day (when) : NULL;
  g_autofree char *actors = join_actor_names (event);
  g_autofree char *article = NULL;

  if (sources != NULL && sources->len > 0)
    {
      source = &g_array_index (sources, DlSource, 0);
      article = _dl_export_dup_source_title (source->article);
    }

  append_field (out, first, FALSE);
  append_field (out, last, FALSE);
  append_field (out, dl_certainty_to_string (when != NULL ? dl_date_span_get_certainty (when)
                                                          : DL_CERTAINTY_UNKNOWN), FALSE);
  append_field (out, dl_event_get_title (event), FALSE);
  append_field (out, actors, FALSE);
  append_field (out, article, FALSE);
  append_field (out, source != NULL ? source->quote : NULL, TRUE);
}

GBytes *
_dl_export_csv_to_bytes (DlCorpus *corpus)
{
  GListModel *events = dl_corpus_get_events (corpus);
  guint n = g_list_model_get_n_items (events);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    append_field (out, header[i], i + 1 == G_N_ELEMENTS (header));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      append_event (out, event);
    }
  return g_string_free_to_bytes (out);
}
