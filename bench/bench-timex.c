/* bench-timex.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Throughput of the temporal tagger alone: the plain text of the TimeML
 * corpora (tags stripped), tagged five times with each document's own
 * creation date, as the evaluation does. Prints the median in MB/s;
 * never fails on time, and skips when the corpora are absent.
 *
 *   bench-timex [DIR]     (DIR defaults to ../shared/corpora/timeml)
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dl-timex.h"

#define N_RUNS 5

typedef struct
{
  char *text;
  gsize length;
  GDateTime *dct;
} Document;

static void
clear_document (gpointer data)
{
  Document *doc = data;

  g_free (doc->text);
  g_clear_pointer (&doc->dct, g_date_time_unref);
}

/* The creation date from <DCT><TIMEX3 ... value="1998-02-13..."> */
static GDateTime *
find_dct (const char *xml)
{
  const char *dct = strstr (xml, "<DCT>");
  const char *value = dct != NULL ? strstr (dct, "value=\"") : NULL;
  int y, m, d;

  if (value == NULL || sscanf (value + 7, "%4d-%2d-%2d", &y, &m, &d) != 3
      || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

/* The text between <TEXT> and </TEXT> with every tag removed; entities
 * are left as they are, which changes nothing for the tagger's speed */
static char *
strip_tags (const char *xml,
            gsize      *length)
{
  const char *start = strstr (xml, "<TEXT>");
  const char *end = start != NULL ? strstr (start, "</TEXT>") : NULL;
  GString *text = g_string_new (NULL);
  gboolean in_tag = FALSE;
  const char *p;

  if (start == NULL || end == NULL)
    start = end = xml;
  for (p = start; p < end; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>' && in_tag)
        in_tag = FALSE;
      else if (!in_tag)
        g_string_append_c (text, *p);
    }
  *length = text->len;
  return g_string_free (text, FALSE);
}

static void
load_folder (const char *path,
             GArray     *docs)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint k;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (k = 0; k < names->len; k++)
    {
      g_autofree char *full = g_build_filename (path, g_ptr_array_index (names, k), NULL);
      g_autofree char *xml = NULL;
      Document doc;

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        {
          load_folder (full, docs);
          continue;
        }
      if (!g_str_has_suffix (full, ".tml") || !g_file_get_contents (full, &xml, NULL, NULL))
        continue;
      doc.text = strip_tags (xml, &doc.length);
      doc.dct = find_dct (xml);
      g_array_append_val (docs, doc);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
run_once (GArray *docs,
          gsize   total,
          guint  *n_found)
{
  gint64 start = g_get_monotonic_time ();
  double seconds;
  guint k;

  *n_found = 0;
  for (k = 0; k < docs->len; k++)
    {
      const Document *doc = &g_array_index (docs, Document, k);
      g_autoptr(GArray) found = dl_timex_find (doc->text, doc->length, doc->dct);

      *n_found += found->len;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  return total / (1024.0 * 1024.0) / MAX (seconds, 1e-9);
}

/* argv[1]; else ../shared/corpora/timeml from the source tree (found
 * from DATELINE_SAMPLE_DIR when run as a benchmark) or from here */
static char *
default_root (int   argc,
              char *argv[])
{
  const char *sample = g_getenv ("DATELINE_SAMPLE_DIR");

  if (argc > 1)
    return g_strdup (argv[1]);
  if (sample != NULL)
    return g_build_filename (sample, "..", "..", "..", "shared", "corpora", "timeml", NULL);
  return g_strdup ("../shared/corpora/timeml");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *root = default_root (argc, argv);
  g_autoptr(GArray) docs = g_array_new (FALSE, TRUE, sizeof (Document));
  double rates[N_RUNS];
  gsize total = 0;
  guint n_found = 0;
  guint k;

  g_array_set_clear_func (docs, clear_document);
  if (!g_file_test (root, G_FILE_TEST_IS_DIR))
    {
      g_print ("timex: %s is absent, nothing to measure\n", root);
      return 0;
    }
  load_folder (root, docs);
  for (k = 0; k < docs->len; k++)
    total += g_array_index (docs, Document, k).length;
  if (total == 0)
    {
      g_print ("timex: no TimeML text under %s, nothing to measure\n", root);
      return 0;
    }
  for (k = 0; k < N_RUNS; k++)
    rates[k] = run_once (docs, total, &n_found);
  qsort (rates, N_RUNS, sizeof rates[0], compare_doubles);
  g_print ("timex: %u documents, %.2f MB, %u expressions; median %.1f MB/s (min %.1f, max %.1f)\n",
           docs->len, total / (1024.0 * 1024.0), n_found, rates[N_RUNS / 2], rates[0],
           rates[N_RUNS - 1]);
  return 0;
}
