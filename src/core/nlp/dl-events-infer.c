/* dl-events-infer.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The date of an undated article, from the articles that report the same
 * events: a report of what happened last night is most likely from the
 * same day as the other reports of it.
 */
#include "config.h"

#include "dl-article-analysis.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-events-infer.h"

/* For one undated article: how many shared events vote for each date */
typedef struct
{
  GHashTable *votes;  /* "YYYY-MM-DD" → count */
} Ballot;

/* The arrays of dates hold %NULL for the articles without one */
static void
date_time_unref0 (gpointer dct)
{
  if (dct != NULL)
    g_date_time_unref (dct);
}

static int
index_of_article (GHashTable *by_article,
                  DlArticle  *article)
{
  gpointer value;

  if (!g_hash_table_lookup_extended (by_article, article, NULL, &value))
    return -1;
  return GPOINTER_TO_INT (value);
}

/* The articles of @event's sources, once each, as indices of @analyses */
static GArray *
source_articles (DlEvent    *event,
                 GHashTable *by_article)
{
  GArray *sources = dl_event_get_sources (event);
  GArray *indices = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < sources->len; i++)
    {
      int index = index_of_article (by_article, g_array_index (sources, DlSource, i).article);
      gboolean seen = FALSE;

      for (guint k = 0; k < indices->len && !seen; k++)
        seen = g_array_index (indices, int, k) == index;
      if (index >= 0 && !seen)
        g_array_append_val (indices, index);
    }
  return indices;
}

/* Every dated article that tells @event votes, with its own date, for
 * every undated one that tells it too. An event that could not be
 * placed in time (a plan, a wish) may be told for months. */
static void
count_votes (GPtrArray  *analyses,
             GHashTable *by_article,
             Ballot     *ballots,
             DlEvent    *event)
{
  DlDateSpan *when = dl_event_get_when (event);
  g_autoptr(GArray) indices = NULL;

  if (when == NULL || dl_date_span_get_certainty (when) == DL_CERTAINTY_UNKNOWN)
    return;
  indices = source_articles (event, by_article);
  for (guint u = 0; u < indices->len; u++)
    {
      DlArticleAnalysis *undated = g_ptr_array_index (analyses, g_array_index (indices, int, u));

      if (undated->dct != NULL)
        continue;
      for (guint d = 0; d < indices->len; d++)
        {
          DlArticleAnalysis *dated = g_ptr_array_index (analyses, g_array_index (indices, int, d));
          Ballot *ballot = &ballots[g_array_index (indices, int, u)];
          char *day;

          if (dated->dct == NULL)
            continue;
          day = g_date_time_format (dated->dct, "%Y-%m-%d");
          g_hash_table_insert (ballot->votes, day,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (ballot->votes, day)) + 1));
        }
    }
}

/* The most supported date; of equally supported ones the latest, as an
 * article cannot be older than the latest news it reports */
static GDateTime *
elect (Ballot *ballot)
{
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  guint best_votes = 0;
  g_autofree char *iso = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  g_hash_table_iter_init (&iter, ballot->votes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best_votes
        || (GPOINTER_TO_UINT (value) == best_votes && g_strcmp0 (key, best) > 0))
      {
        best = key;
        best_votes = GPOINTER_TO_UINT (value);
      }
  if (best == NULL)
    return NULL;
  iso = g_strconcat (best, "T00:00:00", NULL);
  return g_date_time_new_from_iso8601 (iso, utc);
}

/**
 * dl_events_infer_dcts:
 * @analyses: (element-type DlArticleAnalysis): the articles' analyses;
 *   only those with a dct take part as dated
 * @events: (element-type DlEvent): the events merged across articles
 *
 * Returns: (transfer full) (element-type GDateTime): one entry per
 *   analysis: for an undated article that tells a dated event together
 *   with dated articles, the date most of those articles carry; else
 *   %NULL
 */
GPtrArray *
dl_events_infer_dcts (GPtrArray *analyses,
                      GPtrArray *events)
{
  GPtrArray *dcts = g_ptr_array_new_full (analyses->len, date_time_unref0);
  g_autoptr(GHashTable) by_article = g_hash_table_new (NULL, NULL);
  g_autofree Ballot *ballots = g_new0 (Ballot, analyses->len + 1);

  for (guint i = 0; i < analyses->len; i++)
    {
      DlArticleAnalysis *analysis = g_ptr_array_index (analyses, i);

      g_hash_table_insert (by_article, analysis->article, GINT_TO_POINTER (i));
      ballots[i].votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  for (guint i = 0; i < events->len; i++)
    count_votes (analyses, by_article, ballots, g_ptr_array_index (events, i));
  for (guint i = 0; i < analyses->len; i++)
    {
      g_ptr_array_add (dcts, elect (&ballots[i]));
      g_hash_table_unref (ballots[i].votes);
    }
  return dcts;
}
