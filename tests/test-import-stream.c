/* test-import-stream.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a file's articles one at a time: every article of a large
 * JSON Lines dump arrives, in order, in bounded memory.
 */
#include "config.h"

#include "import-fixture.h"

#define N_LINES 20000
/* Each line's text: N_LINES of them make a dump of about 40 MB */
#define LINE_TEXT_LENGTH 2000

typedef struct
{
  guint n_seen;
  guint stop_after;
  gboolean in_order;
} Seen;

static gboolean
check_article (DlArticle *article,
               gpointer   user_data)
{
  Seen *seen = user_data;
  g_autofree char *expected = NULL;
  g_autofree char *number = NULL;

  seen->n_seen++;
  expected = g_strdup_printf ("dump.jsonl#%u", seen->n_seen);
  number = g_strdup_printf ("Article %u ", seen->n_seen);
  if (!g_str_has_suffix (dl_article_get_path (article), expected)
      || !g_str_has_prefix (dl_article_get_text (article), number))
    seen->in_order = FALSE;
  return seen->stop_after == 0 || seen->n_seen < seen->stop_after;
}

/* Written in pieces, so that making it costs no memory either */
static GFile *
write_dump (guint n_lines)
{
  g_autofree char *path = g_build_filename (import_tmp_dir, "dump.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *filler = g_strnfill (LINE_TEXT_LENGTH, 'x');

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 1; i <= n_lines; i++)
    {
      g_autofree char *line = NULL;

      /* A bad line now and then, reported by number */
      if (i % 5000 == 0)
        line = g_strdup ("{not json\n");
      else
        line = g_strdup_printf ("{\"title\": \"Line %u\", \"text\": \"Article %u says %s.\"}\n",
                                i, i, filler);
      g_output_stream_write_all (G_OUTPUT_STREAM (stream), line, strlen (line), NULL, NULL, &error);
      g_assert_no_error (error);
    }
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static gboolean
count_and_check (DlArticle *article,
                 gpointer   user_data)
{
  Seen *seen = user_data;
  g_autofree char *expected = NULL;
  guint n = ++seen->n_seen;

  /* Lines 5000, 10000, ... are bad: the articles skip them */
  expected = g_strdup_printf ("#%u", n + (n - 1) / 4999);
  if (!g_str_has_suffix (dl_article_get_path (article), expected))
    seen->in_order = FALSE;
  return TRUE;
}

static void
test_stream_order (void)
{
  g_autoptr(GFile) file = write_dump (N_LINES);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GError) error = NULL;
  Seen seen = { 0, 0, TRUE };

  g_assert_true (dl_import_file_foreach_article (file, NULL, count_and_check, &seen,
                                                 errors, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (seen.in_order);
  g_assert_cmpuint (seen.n_seen, ==, N_LINES - N_LINES / 5000);
  g_assert_cmpuint (errors->len, ==, N_LINES / 5000);
  for (guint i = 0; i < errors->len; i++)
    {
      GError *line_error = g_ptr_array_index (errors, i);
      g_autofree char *says = g_strdup_printf ("“dump.jsonl”, line %u:", (i + 1) * 5000);

      g_assert_error (line_error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED);
      g_assert_nonnull (strstr (line_error->message, says));
    }
}

/* Held whole, the dump's articles would take some 80 MB (the text and
 * its character offsets); read one at a time, a few lines' worth */
static void
test_stream_memory (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  Seen seen = { 0, 0, TRUE };
  glong before;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  file = write_dump (N_LINES);
  before = import_peak_rss_kib ();
  g_assert_true (dl_import_file_foreach_article (file, NULL, count_and_check, &seen,
                                                 NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_seen, ==, N_LINES - N_LINES / 5000);
  g_test_message ("peak memory grew by %ld KiB", import_peak_rss_kib () - before);
#ifndef IMPORT_UNDER_ASAN
  /* (AddressSanitizer keeps freed memory in quarantine) */
  g_assert_cmpint (import_peak_rss_kib () - before, <, 16 * 1024);
#endif
}

static void
test_stream_stop (void)
{
  g_autoptr(GFile) file = write_dump (100);
  g_autoptr(GError) error = NULL;
  Seen seen = { 0, 3, TRUE };

  g_assert_true (dl_import_file_foreach_article (file, NULL, check_article, &seen,
                                                 NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_seen, ==, 3);
  g_assert_true (seen.in_order);
}

static void
test_stream_cancel (void)
{
  g_autoptr(GFile) file = write_dump (10);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Seen seen = { 0, 0, TRUE };

  g_cancellable_cancel (cancellable);
  g_assert_false (dl_import_file_foreach_article (file, NULL, check_article, &seen,
                                                  NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (seen.n_seen, ==, 0);
}

static gboolean
keep_article (DlArticle *article,
              gpointer   user_data)
{
  g_ptr_array_add (user_data, g_object_ref (article));
  return TRUE;
}

/* A file of one article is one call; a file that fails is none */
static void
test_stream_single (void)
{
  static const struct
  {
    const char *name;
    const char *content;
    int code;
  } cases[] = {
    { "page.html", "<html><body><p>The ferry ran again on Monday.</p></body></html>", -1 },
    { "note.txt", "The ferry ran again on Monday.", -1 },
    { "empty.txt", "", DL_IMPORT_ERROR_EMPTY },
    { "bad.jsonl", "{\"text\": 1}\n[]\n", DL_IMPORT_ERROR_MALFORMED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = import_write_file (cases[i].name, cases[i].content, -1);
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      ok = dl_import_file_foreach_article (file, NULL, keep_article, articles, errors, NULL, &error);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (articles->len, ==, 1);
          g_assert_cmpstr (dl_article_get_text (g_ptr_array_index (articles, 0)), ==,
                           "The ferry ran again on Monday.");
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, DL_IMPORT_ERROR, cases[i].code);
          g_assert_nonnull (strstr (error->message, cases[i].name));
          g_assert_cmpuint (articles->len, ==, 0);
          /* The file's error says it all: its lines are not repeated */
          g_assert_cmpuint (errors->len, ==, 0);
        }
    }
}

/* The collector is the same reader, keeping what it is given */
static void
test_stream_collector (void)
{
  g_autoptr(GFile) file = write_dump (50);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dl_import_file_foreach_article (file, "dump.jsonl", keep_article, kept,
                                                 NULL, NULL, &error));
  articles = dl_import_file_articles (file, "dump.jsonl", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, kept->len);
  for (guint i = 0; i < articles->len; i++)
    {
      DlArticle *a = g_ptr_array_index (articles, i);
      DlArticle *b = g_ptr_array_index (kept, i);

      g_assert_cmpstr (dl_article_get_path (a), ==, dl_article_get_path (b));
      g_assert_cmpstr (dl_article_get_text (a), ==, dl_article_get_text (b));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/stream/order", test_stream_order);
  g_test_add_func ("/import/stream/memory", test_stream_memory);
  g_test_add_func ("/import/stream/stop", test_stream_stop);
  g_test_add_func ("/import/stream/cancel", test_stream_cancel);
  g_test_add_func ("/import/stream/single", test_stream_single);
  g_test_add_func ("/import/stream/collector", test_stream_collector);

  return import_run_tests ();
}
