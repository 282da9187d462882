/* test-ner.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statistical name tagger with the model of the source tree.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "dl-ner.h"
#include "dl-perceptron.h"

typedef struct
{
  const char *name;
  const char *words;   /* separated by spaces */
  const char *tags;    /* the tag of each word */
} TagCase;

static const TagCase tag_cases[] = {
  { "person",
    "The report was written by John Smith , a lawyer in the city .",
    "O O O O O B-PER I-PER O O O O O O O" },
  { "organisation",
    "Shares in General Motors fell 3 percent on Monday .",
    "O O B-ORG I-ORG O O O O O O" },
  { "location",
    "Heavy rain fell across northern France and Belgium overnight .",
    "O O O O O B-LOC O B-LOC O O" },
  { "misc",
    "Two German tourists were among the injured .",
    "O B-MISC O O O O O O" },
  { "title-before-name",
    "Chancellor Helmut Kohl met reporters in Bonn on Tuesday .",
    "O B-PER I-PER O O O B-LOC O O O" },
};

static DlNerModel *
get_model (void)
{
  DlNerModel *model = dl_ner_model_get_default ();

  g_assert_nonnull (model);
  return model;
}

static void
check_tags (gconstpointer data)
{
  const TagCase *c = data;
  g_auto(GStrv) words = g_strsplit (c->words, " ", -1);
  g_auto(GStrv) expected = g_strsplit (c->tags, " ", -1);
  g_autoptr(GPtrArray) tags = NULL;

  g_assert_cmpuint (g_strv_length (words), ==, g_strv_length (expected));
  tags = dl_ner_model_tag (get_model (), (const char * const *) words, g_strv_length (words));
  g_assert_cmpuint (tags->len, ==, g_strv_length (words));
  for (guint i = 0; i < tags->len; i++)
    {
      g_test_message ("%s %s", words[i], (char *) g_ptr_array_index (tags, i));
      g_assert_cmpstr (g_ptr_array_index (tags, i), ==, expected[i]);
    }
}

/* "I-X" only after "B-X" or "I-X" */
static void
assert_well_formed (GPtrArray *tags)
{
  const char *before = "O";

  for (guint i = 0; i < tags->len; i++)
    {
      const char *tag = g_ptr_array_index (tags, i);

      g_assert_true (g_str_equal (tag, "O") || g_str_has_prefix (tag, "B-")
                     || g_str_has_prefix (tag, "I-"));
      if (tag[0] == 'I')
        g_assert_cmpstr (before + (before[0] == 'O' ? 0 : 2), ==, tag + 2);
      before = tag;
    }
}

static void
test_well_formed (void)
{
  static const char * const sentences[] = {
    "THE UNITED NATIONS SECURITY COUNCIL MET IN NEW YORK ON FRIDAY .",
    "the united nations security council met in new york on friday .",
    "New York Yankees beat Boston Red Sox 5-3 in the Bronx",
    "Jean-Claude Juncker , European Commission President , said :",
    "Müller und Özil trafen in München ein .",
    "( ) - , . ' \" ; : ! ?",
    "1996-08-30",
    "Washington",
  };

  for (guint k = 0; k < G_N_ELEMENTS (sentences); k++)
    {
      g_auto(GStrv) words = g_strsplit (sentences[k], " ", -1);
      g_autoptr(GPtrArray) tags = dl_ner_model_tag (get_model (), (const char * const *) words,
                                                    g_strv_length (words));
      g_autoptr(GArray) spans = dl_ner_model_find (get_model (), (const char * const *) words,
                                                   g_strv_length (words));

      g_assert_cmpuint (tags->len, ==, g_strv_length (words));
      assert_well_formed (tags);
      for (guint s = 0; s < spans->len; s++)
        {
          DlNerSpan *span = &g_array_index (spans, DlNerSpan, s);

          g_assert_cmpuint (span->start, <, span->end);
          g_assert_cmpuint (span->end, <=, g_strv_length (words));
          g_assert_cmpstr (g_ptr_array_index (tags, span->start), !=, "O");
        }
    }
}

static void
test_empty (void)
{
  const char *none[] = { NULL };
  g_autoptr(GPtrArray) tags = dl_ner_model_tag (get_model (), none, 0);
  g_autoptr(GArray) spans = dl_ner_model_find (get_model (), none, 0);

  g_assert_cmpuint (tags->len, ==, 0);
  g_assert_cmpuint (spans->len, ==, 0);
}

static void
test_gazetteer (void)
{
  DlNerModel *model = get_model ();

  g_assert_true (dl_ner_model_knows_name (model, "Germany"));
  g_assert_true (dl_ner_model_knows_name (model, "United Nations"));
  g_assert_false (dl_ner_model_knows_name (model, "Pellwick"));
  g_assert_true (dl_ner_model_is_common_word (model, "the"));
  g_assert_true (dl_ner_model_is_common_word (model, "Security"));
  g_assert_false (dl_ner_model_is_common_word (model, "Germany"));
}

static void
test_load_time (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "models", "entities.model", NULL);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(DlNerModel) model = dl_ner_model_load (path, &error);
  double seconds = (g_get_monotonic_time () - start) / 1e6;

  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_test_message ("model loaded in %.2f ms", seconds * 1e3);
  /* The target is 100 ms; a loaded test machine gets some slack */
  g_assert_cmpfloat (seconds, <, 1.0);
}

static void
test_not_a_model (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "dateline-not-a-model-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlNerModel) model = NULL;
  int fd = g_mkstemp (path);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "DLNER01\0 but nothing else", 26), ==, 26);
  close (fd);
  model = dl_ner_model_load (path, &error);
  g_assert_null (model);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_remove (path);
}

/* The taggers hash a word's features in one pass from several starts:
 * each result must be the hash of the word from its own start, or the
 * models trained with one would read garbage with the other */
static void
test_hash_in_one_pass (void)
{
  static const char * const words[] = { "", "a", "Putin", "ceasefire", "Straße", "G20", "—" };
  guint64 starts[5] = { 0, 1, G_GUINT64_CONSTANT (0xcbf29ce484222325), 42, G_MAXUINT64 };

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      guint64 many[G_N_ELEMENTS (starts)];

      memcpy (many, starts, sizeof starts);
      dl_hash_str_many (many, G_N_ELEMENTS (starts), words[w]);
      for (guint k = 0; k < G_N_ELEMENTS (starts); k++)
        g_assert_cmpuint (many[k], ==, dl_hash_str (starts[k], words[w]));
      /* Different starts stay apart */
      g_assert_cmpuint (many[0], !=, many[1]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tag_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ner/tag/%s", tag_cases[i].name);

      g_test_add_data_func (path, &tag_cases[i], check_tags);
    }
  g_test_add_func ("/ner/hash/one-pass", test_hash_in_one_pass);
  g_test_add_func ("/ner/tag/well-formed", test_well_formed);
  g_test_add_func ("/ner/tag/empty", test_empty);
  g_test_add_func ("/ner/gazetteer", test_gazetteer);
  g_test_add_func ("/ner/load/time", test_load_time);
  g_test_add_func ("/ner/load/not-a-model", test_not_a_model);
  return g_test_run ();
}
