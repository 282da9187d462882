/* test-import-regressions.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input the fuzzers start from (fuzz/corpus/<target>/) and every
 * input that once made one fail (fixtures/fuzz-regressions/<target>/),
 * fed to the same entry point as the fuzzer's, in an ordinary build. A
 * failure shows as a crash, a failed check or, under the sanitizers, a
 * leak.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "../fuzz/fuzz-entries.h"

typedef struct
{
  FuzzEntry entry;
  char *path;
} Input;

static void
input_free (gpointer data)
{
  Input *input = data;

  g_free (input->path);
  g_free (input);
}

static void
test_input (gconstpointer user_data)
{
  const Input *input = user_data;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (input->path, &data, &length, &error);
  g_assert_no_error (error);
  input->entry ((const uint8_t *) data, length);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static guint
add_folder (GPtrArray  *inputs,
            const char *kind,
            const char *folder,
            guint       target)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !g_str_equal (name, "README"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      Input *input = g_new0 (Input, 1);
      g_autofree char *test_path = NULL;

      input->entry = fuzz_entries[target].entry;
      input->path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      test_path = g_strdup_printf ("/import/regressions/%s/%s/%s", kind, fuzz_entries[target].name,
                                   (const char *) g_ptr_array_index (names, i));
      g_test_add_data_func (test_path, input, test_input);
      g_ptr_array_add (inputs, input);
    }
  return names->len;
}

static void
test_seeds_present (gconstpointer data)
{
  /* The seeds live in the source tree: without them this suite checks nothing */
  g_assert_cmpuint (GPOINTER_TO_UINT (data), >=, G_N_ELEMENTS (fuzz_entries));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (input_free);
  guint n_seeds = 0;

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fuzz_entries); i++)
    {
      const char *target = fuzz_entries[i].name;
      g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "..", "fuzz", "corpus", target, NULL);
      g_autofree char *found = g_test_build_filename (G_TEST_DIST, "fixtures", "fuzz-regressions",
                                                      target, NULL);

      n_seeds += add_folder (inputs, "seed", seeds, i);
      add_folder (inputs, "found", found, i);
    }
  g_test_add_data_func ("/import/regressions/seeds-present", GUINT_TO_POINTER (n_seeds),
                        test_seeds_present);

  return g_test_run ();
}
