/* import-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the import suites share: a temporary folder for the files they
 * write, and checks of an import's article or error.
 */
#if defined(__SANITIZE_ADDRESS__)
#define IMPORT_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define IMPORT_UNDER_ASAN 1
#endif
#endif
#pragma once

#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "dl-article.h"
#include "dl-import.h"

static char *import_tmp_dir;

/* Writes @data under the temporary folder, creating parent folders */
static inline GFile *
import_write_file (const char    *name,
                   gconstpointer  data,
                   gssize         length)
{
  g_autofree char *path = g_build_filename (import_tmp_dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* A file of @head, then @hole bytes that take no disk (they read as
 * NULs), then @tail: a huge file in no time */
static inline GFile *
import_write_sparse (const char *name,
                     const char *head,
                     guint64     hole,
                     const char *tail)
{
  g_autoptr(GFile) file = import_write_file (name, head, -1);
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  GOutputStream *out;

  stream = g_file_open_readwrite (file, NULL, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (stream), strlen (head) + hole, NULL, &error);
  g_assert_no_error (error);
  g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_END, NULL, &error);
  g_assert_no_error (error);
  out = g_io_stream_get_output_stream (G_IO_STREAM (stream));
  g_output_stream_write_all (out, tail, strlen (tail), NULL, NULL, &error);
  g_assert_no_error (error);
  g_io_stream_close (G_IO_STREAM (stream), NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

/* The most memory this process has held so far, in KiB */
static inline glong
import_peak_rss_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

static inline DlArticle *
import_ok (const char    *name,
           gconstpointer  data,
           gssize         length)
{
  g_autoptr(GFile) file = import_write_file (name, data, length);
  g_autoptr(GError) error = NULL;
  DlArticle *article = dl_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

/* The import fails with @code, and the message names the file */
static inline void
import_assert_error (const char    *name,
                     gconstpointer  data,
                     gssize         length,
                     int            code,
                     const char    *says)
{
  g_autoptr(GFile) file = import_write_file (name, data, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) article = dl_import_file (file, NULL, &error);
  g_autofree char *quoted = g_strdup_printf ("“%s”", name);

  g_assert_null (article);
  g_assert_error (error, DL_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, quoted));
  if (says != NULL && strstr (error->message, says) == NULL)
    g_error ("“%s” not in the message “%s”", says, error->message);
}

/* The span of @word's first occurrence, in code points, as the
 * article's offsets count */
static inline void
import_assert_word_at (DlArticle  *article,
                       const char *word)
{
  const char *text = dl_article_get_text (article);
  const char *found = strstr (text, word);
  guint start, end;
  g_autofree char *slice = NULL;

  g_assert_nonnull (found);
  start = dl_article_byte_to_char (article, found - text);
  end = start + g_utf8_strlen (word, -1);
  slice = dl_article_dup_slice (article, start, end);
  g_assert_cmpstr (slice, ==, word);
  g_assert_cmpuint (start, ==, g_utf8_pointer_to_offset (text, found));
}

static inline void
import_remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_enumerator_get_child (children, info);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        import_remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

static inline int
import_run_tests (void)
{
  g_autoptr(GFile) tmp = NULL;
  int status;

  import_tmp_dir = g_dir_make_tmp ("dateline-import-XXXXXX", NULL);
  g_assert_nonnull (import_tmp_dir);
  status = g_test_run ();
  tmp = g_file_new_for_path (import_tmp_dir);
  import_remove_tree (tmp);
  g_free (import_tmp_dir);
  return status;
}
