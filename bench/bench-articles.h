/* bench-articles.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The made-up articles the scale benchmarks read: written into a
 * temporary folder by bench/make-articles (its path in
 * BENCH_MAKE_ARTICLES, set by bench/meson.build) and removed after.
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

/* Writes @n articles into a new temporary folder; @mix is make-articles'
 * --mix, NULL for its own. Returns the folder, or NULL, said on stderr. */
static inline char *
bench_make_articles (const char *who,
                     guint       n,
                     const char *mix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dateline-bench-XXXXXX", &error);
  g_autofree char *count = g_strdup_printf ("%u", n);
  const char *argv[] = { "python3", BENCH_MAKE_ARTICLES, "--mix", mix, count, NULL, NULL };
  int status = 0;

  if (dir == NULL)
    {
      g_printerr ("%s: %s\n", who, error->message);
      return NULL;
    }
  if (mix == NULL)
    {
      argv[2] = count;
      argv[3] = dir;
      argv[4] = NULL;
    }
  else
    argv[5] = dir;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: make-articles: %s\n", who, error->message);
      return NULL;
    }
  return g_steal_pointer (&dir);
}

/* Removes @path and everything in it */
static inline void
bench_remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        bench_remove_folder (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}
