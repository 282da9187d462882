/* test-syntax.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The part of speech tagger, the lemmatiser and the dependency parser
 * with the models of the source tree.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dl-parser.h"
#include "dl-perceptron.h"
#include "dl-pos.h"
#include "dl-syntax-private.h"
#include "dl-syntax-train.h"

typedef struct
{
  const char *name;
  const char *words;    /* separated by spaces */
  const char *tags;     /* the part of speech of each word */
  const char *lemmas;   /* the lemma of each word */
} TagCase;

static const TagCase tag_cases[] = {
  { "meeting",
    "The leaders met in Hamburg on Friday .",
    "DET NOUN VERB ADP PROPN ADP PROPN PUNCT",
    "the leader meet in Hamburg on Friday ." },
  { "auxiliaries",
    "Talks were held after the ministers had arrived .",
    "NOUN AUX VERB ADP DET NOUN AUX VERB PUNCT",
    "talk be hold after the minister have arrive ." },
  { "negation",
    "She did n't sign the treaty .",
    "PRON AUX PART VERB DET NOUN PUNCT",
    "she do not sign the treaty ." },
  { "numbers",
    "Two soldiers were killed in 2014 .",
    "NUM NOUN AUX VERB ADP NUM PUNCT",
    "two soldier be kill in 2014 ." },
};

static DlPosModel *
get_tagger (void)
{
  DlPosModel *model = dl_pos_model_get_default ();

  g_assert_nonnull (model);
  return model;
}

static DlParserModel *
get_parser (void)
{
  DlParserModel *model = dl_parser_model_get_default ();

  g_assert_nonnull (model);
  return model;
}

static void
test_load (void)
{
  DlPosModel *tagger = get_tagger ();
  DlParserModel *parser = get_parser ();

  g_test_message ("tagger loaded in %.3f ms, parser in %.3f ms",
                  dl_pos_model_get_load_time (tagger) * 1e3,
                  dl_parser_model_get_load_time (parser) * 1e3);
  /* Mapped and copied, not parsed: parsing tens of megabytes of weights
   * would take seconds. The bound is loose, for slow and busy machines
   * and sanitizer builds; bench-syntax prints the real figure. */
  g_assert_cmpfloat (dl_pos_model_get_load_time (tagger), <, 1.0);
  g_assert_cmpfloat (dl_parser_model_get_load_time (parser), <, 1.0);
}

static void
test_load_invalid (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gint fd = g_file_open_tmp ("dateline-syntax-XXXXXX", &path, NULL);
  g_autoptr(DlPosModel) tagger = NULL;
  g_autoptr(DlParserModel) parser = NULL;

  g_assert_cmpint (fd, >=, 0);
  g_assert_true (g_file_set_contents (path, "DLPOS03 but not a model", -1, NULL));
  tagger = dl_pos_model_load (path, &error);
  g_assert_null (tagger);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_clear_error (&error);
  parser = dl_parser_model_load (path, &error);
  g_assert_null (parser);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_clear_error (&error);
  g_assert_null (dl_pos_model_load ("/nonexistent/pos.model", &error));
  g_assert_nonnull (error);
  g_close (fd, NULL);
  g_unlink (path);
}

static void
test_upos_names (void)
{
  for (guint i = 0; i < DL_UPOS_N; i++)
    {
      DlUpos upos;

      g_assert_true (dl_upos_from_string (dl_upos_to_string (i), &upos));
      g_assert_cmpint (upos, ==, i);
    }
  g_assert_cmpstr (dl_upos_to_string (DL_UPOS_PROPN), ==, "PROPN");
  g_assert_false (dl_upos_from_string ("NNP", &(DlUpos) { 0 }));
}

static void
check_tags (gconstpointer data)
{
  const TagCase *c = data;
  g_auto(GStrv) words = g_strsplit (c->words, " ", -1);
  g_auto(GStrv) expected_tags = g_strsplit (c->tags, " ", -1);
  g_auto(GStrv) expected_lemmas = g_strsplit (c->lemmas, " ", -1);
  guint n = g_strv_length (words);
  g_autofree DlUpos *tags = NULL;
  g_auto(GStrv) lemmas = NULL;

  g_assert_cmpuint (n, ==, g_strv_length (expected_tags));
  g_assert_cmpuint (n, ==, g_strv_length (expected_lemmas));
  tags = dl_pos_model_tag (get_tagger (), (const char * const *) words, n);
  lemmas = dl_pos_model_lemmatise (get_tagger (), (const char * const *) words, tags, n);
  g_assert_cmpuint (g_strv_length (lemmas), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_test_message ("%s %s %s", words[i], dl_upos_to_string (tags[i]), lemmas[i]);
      g_assert_cmpstr (dl_upos_to_string (tags[i]), ==, expected_tags[i]);
      g_assert_cmpstr (lemmas[i], ==, expected_lemmas[i]);
    }
}

typedef struct
{
  const char *form;
  DlUpos upos;
  const char *lemma;
} LemmaCase;

/* Irregular words the training data teaches, and regular ones the
 * rules must find: invented words no treebank holds */
static const LemmaCase lemma_cases[] = {
  { "went", DL_UPOS_VERB, "go" },
  { "children", DL_UPOS_NOUN, "child" },
  { "was", DL_UPOS_AUX, "be" },
  { "better", DL_UPOS_ADJ, "good" },
  { "Leaders", DL_UPOS_NOUN, "leader" },
  { "Hamburg", DL_UPOS_PROPN, "Hamburg" },
  { "blorfed", DL_UPOS_VERB, "blorf" },
  { "blorfing", DL_UPOS_VERB, "blorf" },
  { "zibbies", DL_UPOS_NOUN, "zibby" },
  { "zatches", DL_UPOS_NOUN, "zatch" },
  { "zorps", DL_UPOS_NOUN, "zorp" },
  { "glomming", DL_UPOS_VERB, "glom" },
  { "quibbles", DL_UPOS_VERB, "quibble" },
};

static void
test_lemmas (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (lemma_cases); k++)
    {
      const LemmaCase *c = &lemma_cases[k];
      g_auto(GStrv) lemmas = dl_pos_model_lemmatise (get_tagger (), &c->form, &c->upos, 1);

      g_assert_cmpstr (lemmas[0], ==, c->lemma);
    }
}

/* One root, every head a word of the sentence, and no cycle */
static void
assert_tree (const DlDependency *deps,
             guint               n)
{
  guint roots = 0;

  for (guint i = 0; i < n; i++)
    {
      gint at = i;
      guint steps = 0;

      g_assert_cmpint (deps[i].head, >=, -1);
      g_assert_cmpint (deps[i].head, <, (gint) n);
      g_assert_cmpint (deps[i].head, !=, (gint) i);
      g_assert_nonnull (deps[i].deprel);
      g_assert_cmpuint (strlen (deps[i].deprel), >, 0);
      g_assert_cmpint (deps[i].head < 0, ==, strcmp (deps[i].deprel, "root") == 0);
      roots += deps[i].head < 0;
      while (at >= 0 && steps <= n)
        {
          at = deps[at].head;
          steps++;
        }
      g_assert_cmpint (at, ==, -1);
    }
  g_assert_cmpuint (roots, ==, n > 0 ? 1 : 0);
}

static DlDependency *
parse (const char * const *words,
       guint               n)
{
  g_autofree DlUpos *tags = dl_pos_model_tag (get_tagger (), words, n);
  DlDependency *deps = dl_parser_model_parse (get_parser (), words, tags, n);

  assert_tree (deps, n);
  return deps;
}

static void
test_parse (void)
{
  const char * const words[] = { "The", "leaders", "met", "in", "Hamburg", "on", "Friday", "." };
  g_autofree DlDependency *deps = parse (words, G_N_ELEMENTS (words));

  g_assert_cmpint (deps[2].head, ==, -1);
  g_assert_cmpstr (deps[2].deprel, ==, "root");
  g_assert_cmpint (deps[1].head, ==, 2);
  g_assert_cmpstr (deps[1].deprel, ==, "nsubj");
  g_assert_cmpint (deps[0].head, ==, 1);
  g_assert_cmpstr (deps[0].deprel, ==, "det");
  g_assert_cmpint (deps[4].head, ==, 2);
  g_assert_cmpint (deps[3].head, ==, 4);
  g_assert_cmpstr (deps[3].deprel, ==, "case");
  g_assert_cmpint (deps[6].head, ==, 2);
  g_assert_cmpint (deps[7].head, ==, 2);
  g_assert_cmpstr (deps[7].deprel, ==, "punct");
}

static void
test_parse_object (void)
{
  const char * const words[] = { "Rebels", "seized", "the", "airport", "yesterday", "." };
  g_autofree DlDependency *deps = parse (words, G_N_ELEMENTS (words));

  g_assert_cmpint (deps[1].head, ==, -1);
  g_assert_cmpint (deps[0].head, ==, 1);
  g_assert_cmpstr (deps[0].deprel, ==, "nsubj");
  g_assert_cmpint (deps[3].head, ==, 1);
  g_assert_cmpstr (deps[3].deprel, ==, "obj");
  g_assert_cmpint (deps[2].head, ==, 3);
}

static void
test_empty (void)
{
  g_autofree DlUpos *tags = dl_pos_model_tag (get_tagger (), NULL, 0);
  g_auto(GStrv) lemmas = dl_pos_model_lemmatise (get_tagger (), NULL, NULL, 0);
  g_autofree DlDependency *deps = dl_parser_model_parse (get_parser (), NULL, NULL, 0);

  g_assert_nonnull (tags);
  g_assert_nonnull (lemmas);
  g_assert_null (lemmas[0]);
  g_assert_nonnull (deps);
}

static void
test_one_token (void)
{
  const char * const words[] = { "Hello" };
  g_autofree DlDependency *deps = parse (words, 1);

  g_assert_cmpint (deps[0].head, ==, -1);
  g_assert_cmpstr (deps[0].deprel, ==, "root");
}

static void
test_punctuation_only (void)
{
  const char * const words[] = { "!", "?", "...", "(", ")", "\"", "," };
  guint n = G_N_ELEMENTS (words);
  g_autofree DlUpos *tags = dl_pos_model_tag (get_tagger (), words, n);
  g_autofree DlDependency *deps = parse (words, n);

  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (dl_upos_to_string (tags[i]), ==, "PUNCT");
}

static void
test_long_sentence (void)
{
  const char * const clause[] = { "the", "army", "said", "that", "troops", "had", "crossed",
                                  "the", "river", "on", "Monday", "and", "," };
  guint n = 60 * G_N_ELEMENTS (clause);
  g_autofree const char **words = g_new (const char *, n);
  g_autofree DlDependency *deps = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n; i++)
    words[i] = clause[i % G_N_ELEMENTS (clause)];
  deps = parse (words, n);
  g_test_message ("%u words tagged and parsed in %.1f ms", n,
                  (g_get_monotonic_time () - start) / 1e3);
}

/* Features kept in the slots of their table: each key finds its own
 * weights, rounded to the table's scale, and a row of zeros or an
 * unknown key finds none */
static void
test_inline_table (void)
{
  g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree DlInlineSlot *slots = NULL;
  const guint n_features = 3000, n_labels = 4;
  guint32 n_slots, n_rows;
  float scale;
  DlInlineTable table;

  for (guint f = 0; f < n_features; f++)
    {
      guint64 key = dl_hash_mix (f + 1);

      g_array_append_val (keys, key);
      for (guint l = 0; l < n_labels; l++)
        {
          /* Every tenth feature's weights are all zero */
          float w = f % 10 == 0 ? 0 : (float) ((gint) (f * 7 + l * 13) % 201 - 100) / 8;

          g_array_append_val (weights, w);
        }
    }
  slots = dl_weights_quantise_inline (weights, keys, n_labels, &n_slots, &n_rows, &scale);
  g_assert_cmpuint (n_slots & (n_slots - 1), ==, 0);
  g_assert_cmpuint (n_rows, <, n_features);
  g_assert_cmpuint (4 * n_rows, <=, 3 * n_slots);
  table = (DlInlineTable) { slots, n_slots - 1, n_labels };
  for (guint f = 0; f < n_features; f++)
    {
      guint64 key = g_array_index (keys, guint64, f);
      gint32 sums[4] = { 0 };
      const gint16 *row;
      gboolean zero = TRUE;

      dl_inline_table_rows (&table, &key, 1, &row);
      dl_inline_table_score (&table, &key, 1, sums);
      for (guint l = 0; l < n_labels; l++)
        {
          float w = g_array_index (weights, float, f * n_labels + l);

          zero = zero && lrintf (w / scale) == 0;
          if (row != NULL)
            g_assert_cmpfloat_with_epsilon (row[l] * scale, w, scale);
          g_assert_cmpint (sums[l], ==, row != NULL ? row[l] : 0);
        }
      g_assert_cmpint (row == NULL, ==, zero);
    }
  for (guint f = n_features; f < n_features + 100; f++)
    {
      guint64 key = dl_hash_mix (f + 1);
      const gint16 *row;

      dl_inline_table_rows (&table, &key, 1, &row);
      g_assert_null (row);
    }
}

/* The filter of absent keys changes no look-up: every kept feature
 * finds the same row, and most unknown keys are turned away before
 * they reach the table */
static void
test_inline_table_filter (void)
{
  g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree DlInlineSlot *slots = NULL;
  const guint n_features = 5000, n_labels = 4, n_unknown = 20000;
  guint32 n_slots, n_rows;
  guint turned_away = 0;
  float scale;
  DlInlineTable plain, filtered;

  for (guint f = 0; f < n_features; f++)
    {
      guint64 key = dl_hash_mix (f + 1);

      g_array_append_val (keys, key);
      for (guint l = 0; l < n_labels; l++)
        {
          float w = f % 7 == 0 ? 0 : (float) ((gint) (f * 5 + l * 11) % 151 - 75);

          g_array_append_val (weights, w);
        }
    }
  slots = dl_weights_quantise_inline (weights, keys, n_labels, &n_slots, &n_rows, &scale);
  plain = (DlInlineTable) { slots, n_slots - 1, n_labels };
  filtered = plain;
  dl_inline_table_init_filter (&filtered);
  g_assert_nonnull (filtered.filter.words);

  for (guint f = 0; f < n_features + n_unknown; f++)
    {
      guint64 key = dl_hash_mix (f + 1);
      const gint16 *want, *got;

      dl_inline_table_rows (&plain, &key, 1, &want);
      dl_inline_table_rows (&filtered, &key, 1, &got);
      g_assert_true (want == got);
      turned_away += f >= n_features && !dl_key_filter_may_hold (&filtered.filter, key);
    }
  g_assert_cmpuint (turned_away, >, n_unknown * 3 / 4);
  dl_key_filter_clear (&filtered.filter);
}

/* Applies the moves of @moves, "S" shift, "R" right, "L" left, "D"
 * reduce, each of which must be allowed */
static DlArcState *
run_moves (guint       n,
           const char *moves)
{
  DlArcState *s = dl_arc_state_new (n);

  for (const char *m = moves; *m != '\0'; m++)
    {
      DlArcMove move = *m == 'S' ? DL_ARC_SHIFT : *m == 'R' ? DL_ARC_RIGHT
                       : *m == 'L' ? DL_ARC_LEFT : DL_ARC_REDUCE;

      g_assert_true (dl_arc_state_allows (s, move));
      dl_arc_state_apply (s, move);
    }
  return s;
}

/* A left move replaces the arc an earlier right move made, and the old
 * head forgets its child */
static void
test_arc_left_repairs (void)
{
  g_autoptr(DlArcState) s = run_moves (4, "SR");

  g_assert_cmpint (s->heads[2], ==, 1);
  g_assert_cmpint (s->right[1], ==, 2);
  g_assert_cmpuint (s->n_right[1], ==, 1);
  dl_arc_state_apply (s, DL_ARC_LEFT);
  g_assert_cmpint (s->heads[2], ==, 3);
  g_assert_cmpint (s->left[3], ==, 2);
  g_assert_cmpint (s->right[1], ==, -1);
  g_assert_cmpint (s->right2[1], ==, -1);
  g_assert_cmpuint (s->n_right[1], ==, 0);
  g_assert_cmpuint (s->depth, ==, 2);
}

/* A word shifted without a head is reduced to the word below it; above
 * the root it stays, its arc made at the end */
static void
test_arc_reduce_repairs (void)
{
  g_autoptr(DlArcState) s = run_moves (3, "SS");

  g_assert_cmpint (s->heads[2], ==, -1);
  dl_arc_state_apply (s, DL_ARC_REDUCE);
  g_assert_cmpint (s->heads[2], ==, 1);
  g_assert_cmpint (s->right[1], ==, 2);
  g_assert_false (dl_arc_state_allows (s, DL_ARC_REDUCE));
  dl_arc_state_apply (s, DL_ARC_SHIFT);
  g_assert_true (dl_arc_state_done (s));
  dl_arc_state_finish (s);
  g_assert_cmpint (s->heads[1], ==, 0);
  g_assert_cmpint (s->heads[3], ==, 1);
}

typedef struct
{
  const char *words;     /* separated by spaces */
  const char *groups;    /* per word, the pair of marks around it: a letter, '.' for none */
  const char *kinds;     /* per word: 'o' opens a pair, 'c' closes one, '.' neither */
} BracketCase;

static const BracketCase bracket_cases[] = {
  { "He said ( quietly ) no", "...a..", "..o.c." },
  { "\" We won \" , she said", ".aa....", "o..c..." },
  { "( a [ b ] c )", ".aabaa.", "o.o.c.c" },
  { "an unclosed ) mark", "....", "..c." },
};

static void
check_brackets (gconstpointer data)
{
  const BracketCase *c = data;
  g_auto(GStrv) words = g_strsplit (c->words, " ", -1);
  guint n = g_strv_length (words);
  g_autofree guint64 *keys = dl_arc_word_keys ((const char * const *) words, n);
  guint64 first_of[26];

  g_assert_cmpuint (strlen (c->kinds), ==, n);
  memset (first_of, 0xff, sizeof first_of);
  for (guint i = 0; i < n; i++)
    {
      guint64 b = keys[DL_ARC_WORD_KEYS * (i + 1) + 2];
      char kind = (b & 3) == 1 ? 'o' : (b & 3) == 2 ? 'c' : '.';

      g_assert_cmpint (kind, ==, c->kinds[i]);
      if (c->groups[i] == '.')
        g_assert_cmpuint (b >> 2, ==, 0);
      else if (first_of[c->groups[i] - 'a'] == G_MAXUINT64)
        first_of[c->groups[i] - 'a'] = b >> 2;
      else
        g_assert_cmpuint (b >> 2, ==, first_of[c->groups[i] - 'a']);
      g_assert_true (c->groups[i] == '.' || b >> 2 != 0);
    }
}

/* A small treebank: form, part of speech, head, relation per word */
static const char * const treebank[] = {
  "The army crossed the river .",
  "DET NOUN VERB DET NOUN PUNCT", "2 3 0 5 3 3", "det nsubj root det obj punct",
  "Troops left the city on Monday .",
  "NOUN VERB DET NOUN ADP PROPN PUNCT", "2 0 4 2 6 2 2", "nsubj root det obj case obl punct",
  "She said that the talks had failed .",
  "PRON VERB SCONJ DET NOUN AUX VERB PUNCT", "2 0 7 5 7 7 2 2",
  "nsubj root mark det nsubj aux ccomp punct",
  "Rebels seized the airport and the port .",
  "NOUN VERB DET NOUN CCONJ DET NOUN PUNCT", "2 0 4 2 7 7 4 2",
  "nsubj root det obj cc det conj punct",
  "The minister , who resigned , left Paris .",
  "DET NOUN PUNCT PRON VERB PUNCT VERB PROPN PUNCT", "2 7 5 5 2 5 0 7 7",
  "det nsubj punct nsubj acl:relcl punct root obj punct",
  "Police arrested two men in the capital ( Kabul ) .",
  "NOUN VERB NUM NOUN ADP DET NOUN PUNCT PROPN PUNCT PUNCT", "2 0 4 2 7 7 2 9 7 9 2",
  "nsubj root nummod obj case det obl punct appos punct punct",
};

/* The treebank in CoNLL-U, in a file of its own */
static char *
write_treebank (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  gint fd = g_file_open_tmp ("test-syntax-XXXXXX.conllu", &path, &error);

  g_assert_no_error (error);
  g_close (fd, NULL);
  for (guint k = 0; k < G_N_ELEMENTS (treebank); k += 4)
    {
      g_auto(GStrv) forms = g_strsplit (treebank[k], " ", -1);
      g_auto(GStrv) tags = g_strsplit (treebank[k + 1], " ", -1);
      g_auto(GStrv) heads = g_strsplit (treebank[k + 2], " ", -1);
      g_auto(GStrv) deprels = g_strsplit (treebank[k + 3], " ", -1);

      g_string_append_printf (text, "# text = %s\n", treebank[k]);
      for (guint i = 0; forms[i] != NULL; i++)
        g_string_append_printf (text, "%u\t%s\t%s\t%s\t_\t_\t%s\t%s\t_\t_\n", i + 1, forms[i],
                                forms[i], tags[i], heads[i], deprels[i]);
      g_string_append_c (text, '\n');
    }
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  return path;
}

/* Trains a parser on the treebank, as tools/train-syntax does, and
 * returns its model file's bytes */
static GBytes *
train_parser (GPtrArray  *sentences,
              const char *model_path,
              double     *score)
{
  g_autoptr(DlParserTrainer) trainer = dl_parser_trainer_new (sentences);
  g_autoptr(GArray) labels = NULL;
  g_autoptr(GArray) moves = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = NULL;

  labels = dl_parser_trainer_train_labels (trainer, sentences, sentences, 7, 5, 5, NULL, NULL);
  moves = dl_parser_trainer_train (trainer, sentences, sentences, 7, 8, 8, NULL, NULL);
  *score = dl_parser_trainer_score (trainer, moves, sentences);
  g_assert_true (dl_parser_trainer_write (trainer, moves, labels, model_path, NULL, &error));
  g_assert_no_error (error);
  file = g_mapped_file_new (model_path, FALSE, &error);
  g_assert_no_error (error);
  return g_mapped_file_get_bytes (file);
}

/* Training learns the treebank, the same file from the same data, and
 * the parser reads it */
static void
test_train_parser (void)
{
  g_autofree char *treebank_path = write_treebank ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sentences = dl_syntax_read_conllu (treebank_path, &error);
  g_autofree char *dir = g_dir_make_tmp ("test-syntax-XXXXXX", &error);
  g_autofree char *model_path = g_build_filename (dir, "parser.model", NULL);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(DlParserModel) parser = NULL;
  DlSyntaxSentence *s;
  g_autofree DlDependency *deps = NULL;
  double score, again;

  g_assert_no_error (error);
  g_assert_cmpuint (sentences->len, ==, G_N_ELEMENTS (treebank) / 4);
  first = train_parser (sentences, model_path, &score);
  second = train_parser (sentences, model_path, &again);
  g_test_message ("attachment on the training sentences %.3f", score);
  g_assert_cmpfloat (score, >=, 0.9);
  g_assert_cmpfloat (score, ==, again);
  g_assert_true (g_bytes_equal (first, second));
  parser = dl_parser_model_load (model_path, &error);
  g_assert_no_error (error);
  s = g_ptr_array_index (sentences, 0);
  deps = dl_parser_model_parse (parser, (const char * const *) s->forms, s->upos, s->n);
  assert_tree (deps, s->n);
  g_unlink (model_path);
  g_rmdir (dir);
  g_unlink (treebank_path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syntax/load", test_load);
  g_test_add_func ("/syntax/load-invalid", test_load_invalid);
  g_test_add_func ("/syntax/upos-names", test_upos_names);
  for (guint i = 0; i < G_N_ELEMENTS (tag_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/syntax/tag/%s", tag_cases[i].name);

      g_test_add_data_func (path, &tag_cases[i], check_tags);
    }
  g_test_add_func ("/syntax/lemmas", test_lemmas);
  g_test_add_func ("/syntax/parse/meeting", test_parse);
  g_test_add_func ("/syntax/parse/object", test_parse_object);
  g_test_add_func ("/syntax/empty", test_empty);
  g_test_add_func ("/syntax/one-token", test_one_token);
  g_test_add_func ("/syntax/punctuation-only", test_punctuation_only);
  g_test_add_func ("/syntax/long-sentence", test_long_sentence);
  g_test_add_func ("/syntax/inline-table", test_inline_table);
  g_test_add_func ("/syntax/inline-table-filter", test_inline_table_filter);
  g_test_add_func ("/syntax/train-parser", test_train_parser);
  g_test_add_func ("/syntax/arc/left-repairs", test_arc_left_repairs);
  g_test_add_func ("/syntax/arc/reduce-repairs", test_arc_reduce_repairs);
  for (guint i = 0; i < G_N_ELEMENTS (bracket_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/syntax/brackets/%u", i);

      g_test_add_data_func (path, &bracket_cases[i], check_brackets);
    }

  return g_test_run ();
}
