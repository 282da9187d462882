/* fuzz-entries.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What each fuzz target does with one input. The libFuzzer programs
 * here and the regression suite (tests/test-import-regressions.c) call
 * the same functions, so that an input that once failed is checked in
 * every build.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-import-private.h"
#include "dl-timex.h"

/* The whole analysis is quadratic in places: longer inputs only slow
 * the fuzzer down without reaching new code */
#define FUZZ_PIPELINE_MAX_BYTES 4096

typedef void (*FuzzEntry) (const uint8_t *data,
                           size_t         size);

/* One or the other, and a failure is always the import's own */
static inline void
fuzz_check_result (DlArticle    *article,
                   const GError *error)
{
  g_assert_true ((article == NULL) != (error == NULL));
  g_assert_true (article != NULL || error->domain == DL_IMPORT_ERROR);
  g_assert_true (article == NULL || g_utf8_validate (dl_article_get_text (article), -1, NULL));
}

static inline void
fuzz_import_bytes (const char    *name,
                   const uint8_t *data,
                   size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) article = dl_import_bytes (name, bytes, &error);

  fuzz_check_result (article, error);
}

static inline void
fuzz_text (const uint8_t *data,
           size_t         size)
{
  fuzz_import_bytes ("fuzz.txt", data, size);
}

static inline void
fuzz_html (const uint8_t *data,
           size_t         size)
{
  fuzz_import_bytes ("fuzz.html", data, size);
}

static inline void
fuzz_markdown (const uint8_t *data,
               size_t         size)
{
  fuzz_import_bytes ("fuzz.md", data, size);
}

static inline void
fuzz_pdf (const uint8_t *data,
          size_t         size)
{
  fuzz_import_bytes ("fuzz.pdf", data, size);
}

static inline void
fuzz_epub (const uint8_t *data,
           size_t         size)
{
  fuzz_import_bytes ("fuzz.epub", data, size);
}

static inline void
fuzz_email (const uint8_t *data,
            size_t         size)
{
  fuzz_import_bytes ("fuzz.eml", data, size);
}

static inline gboolean
fuzz_check_dump_article (DlArticle *article,
                         gpointer   user_data)
{
  guint *n_articles = user_data;

  (*n_articles)++;
  fuzz_check_result (article, NULL);
  return TRUE;
}

/* Every line of a dump, not only the first that dl_import_bytes() keeps */
static inline void
fuzz_jsonl (const uint8_t *data,
            size_t         size)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GError) error = NULL;
  guint n_articles = 0;
  gboolean ok;

  ok = _dl_import_jsonl_foreach ("fuzz.jsonl", "fuzz.jsonl", stream, size,
                                 fuzz_check_dump_article, &n_articles, errors, NULL, &error);
  g_assert_true (ok == (n_articles > 0));
  g_assert_true (ok == (error == NULL));
  g_assert_true (ok || errors->len == 0);
  for (guint i = 0; i < errors->len; i++)
    g_assert_true (((GError *) g_ptr_array_index (errors, i))->domain == DL_IMPORT_ERROR);
}

/* Each expression the date tagger finds lies inside the text, in order,
 * with a value */
static inline void
fuzz_check_timexes (GArray *timexes,
                    gsize   length)
{
  for (guint i = 0; i < timexes->len; i++)
    {
      const DlTimex *timex = &g_array_index (timexes, DlTimex, i);

      g_assert_true (timex->start < timex->end && timex->end <= length);
      g_assert_true (i == 0 || g_array_index (timexes, DlTimex, i - 1).end <= timex->start);
      g_assert_nonnull (timex->value);
    }
}

/* The date tagger alone, far faster than the whole analysis, so that the
 * fuzzer goes deep into its matchers: with a document date, without
 * one, and the search for the text's own date */
static inline void
fuzz_timex (const uint8_t *data,
            size_t         size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);
  g_autoptr(GDateTime) dct = g_date_time_new_utc (2017, 7, 8, 0, 0, 0);
  g_autoptr(GDateTime) found = NULL;
  gsize length = strlen (text);
  g_autoptr(GArray) dated = dl_timex_find (text, length, dct);
  g_autoptr(GArray) undated = dl_timex_find (text, length, NULL);
  DlSpan where = { 0, 0 };

  fuzz_check_timexes (dated, length);
  fuzz_check_timexes (undated, length);
  if (dl_timex_find_dct (text, length, &found, &where))
    g_assert_true (found != NULL && where.start < where.end && where.end <= length);
}

/* Segmentation, dates, names, tagging and parsing, events and actors
 * on whatever text the bytes make */
static inline void
fuzz_pipeline (const uint8_t *data,
               size_t         size)
{
  g_autofree char *valid = g_utf8_make_valid ((const char *) data, MIN (size, FUZZ_PIPELINE_MAX_BYTES));
  g_autofree char *text = _dl_import_clean_text (valid, strlen (valid));
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DlAnalysisResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (articles, dl_article_new ("fuzz.txt", NULL, text));
  g_assert_true (dl_analyzer_run_full (articles, &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (result);
}

static const struct
{
  const char *name;
  FuzzEntry entry;
} fuzz_entries[] = {
  { "text", fuzz_text },
  { "html", fuzz_html },
  { "markdown", fuzz_markdown },
  { "pdf", fuzz_pdf },
  { "epub", fuzz_epub },
  { "email", fuzz_email },
  { "jsonl", fuzz_jsonl },
  { "pipeline", fuzz_pipeline },
  { "timex", fuzz_timex },
};
