/* dl-import-collect.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-import-private.h"

/* Deeper than this is a loop the file system does not report, or not
 * a folder of articles */
#define MAX_FOLDER_DEPTH 64

#define CHILD_ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_NAME "," \
  G_FILE_ATTRIBUTE_STANDARD_TYPE "," \
  G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN "," \
  G_FILE_ATTRIBUTE_STANDARD_IS_BACKUP

typedef struct
{
  GPtrArray *files;
  GHashTable *seen_files;
  GHashTable *seen_folders;
  GCancellable *cancellable;
} Collector;

static void
collector_add (Collector *self,
               GFile     *file)
{
  if (g_hash_table_contains (self->seen_files, file))
    return;
  g_hash_table_add (self->seen_files, g_object_ref (file));
  g_ptr_array_add (self->files, g_object_ref (file));
}

static char *
dup_sort_key (GFile *file)
{
  char *path = g_file_get_path (file);

  return path != NULL ? path : g_file_get_uri (file);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *path_a = dup_sort_key (*(GFile **) a);
  g_autofree char *path_b = dup_sort_key (*(GFile **) b);

  return strcmp (path_a, path_b);
}

/* A folder reached twice (through a symbolic link) is walked once */
static gboolean
mark_folder_seen (Collector *self,
                  GFile     *folder)
{
  g_autoptr(GFileInfo) info = NULL;
  const char *id;

  info = g_file_query_info (folder, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE,
                            self->cancellable, NULL);
  id = info != NULL ? g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE) : NULL;
  if (id == NULL)
    return TRUE;
  if (g_hash_table_contains (self->seen_folders, id))
    return FALSE;
  g_hash_table_add (self->seen_folders, g_strdup (id));
  return TRUE;
}

static gboolean
is_hidden (GFileInfo *info)
{
  const char *name = g_file_info_get_name (info);

  return (name != NULL && name[0] == '.')
         || g_file_info_get_is_hidden (info)
         || g_file_info_get_is_backup (info);
}

static void
walk_folder (Collector *self,
             GFile     *folder,
             GPtrArray *found,
             guint      depth)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  if (depth > MAX_FOLDER_DEPTH || !mark_folder_seen (self, folder))
    return;
  children = g_file_enumerate_children (folder, CHILD_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                        self->cancellable, NULL);
  if (children == NULL)
    return;

  while ((info = g_file_enumerator_next_file (children, self->cancellable, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) child = NULL;
      GFileType type = g_file_info_get_file_type (owned);

      if (is_hidden (owned))
        continue;
      child = g_file_enumerator_get_child (children, owned);
      if (type == G_FILE_TYPE_DIRECTORY)
        walk_folder (self, child, found, depth + 1);
      else if (type == G_FILE_TYPE_REGULAR && dl_import_is_supported (child))
        g_ptr_array_add (found, g_steal_pointer (&child));
    }
}

static gboolean
is_folder (GFile        *file,
           GCancellable *cancellable)
{
  return g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable)
         == G_FILE_TYPE_DIRECTORY;
}

/**
 * dl_import_collect_files:
 * @files: (array length=n_files): files and folders the user chose
 * @n_files: their number
 * @cancellable: (nullable): stops the walk; what was found is returned
 *
 * Expands folders into the articles they hold, recursively, skipping
 * hidden files and folders and files of other formats; each folder's
 * files come sorted by path. Files given explicitly are always kept,
 * so that the user gets an error for them rather than silence. Each
 * file appears once.
 *
 * Returns: (transfer full) (element-type GFile): the files to import
 */
GPtrArray *
dl_import_collect_files (GFile        **files,
                         guint          n_files,
                         GCancellable  *cancellable)
{
  Collector self = { NULL, };

  g_return_val_if_fail (files != NULL || n_files == 0, NULL);

  self.files = g_ptr_array_new_with_free_func (g_object_unref);
  self.seen_files = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal,
                                           g_object_unref, NULL);
  self.seen_folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.cancellable = cancellable;

  for (guint i = 0; i < n_files && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(GPtrArray) found = NULL;

      if (!is_folder (files[i], cancellable))
        {
          collector_add (&self, files[i]);
          continue;
        }
      found = g_ptr_array_new_with_free_func (g_object_unref);
      walk_folder (&self, files[i], found, 0);
      g_ptr_array_sort (found, compare_paths);
      for (guint j = 0; j < found->len; j++)
        collector_add (&self, g_ptr_array_index (found, j));
    }

  g_hash_table_unref (self.seen_files);
  g_hash_table_unref (self.seen_folders);
  return self.files;
}
