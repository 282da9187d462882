/* train-entities.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Trains the statistical name tagger (src/core/nlp/dl-ner.c): an
 * averaged perceptron with BILOU tags (src/core/nlp/dl-ner-train.c),
 * trained on CoNLL-2003 train.txt, the number of epochs picked on
 * valid.txt. This command reads the corpus and builds the model's
 * gazetteer. From the top of the source tree, after building:
 *
 *   build/tools/train-entities [CORPUS_DIR [MODEL]]
 *
 * CORPUS_DIR defaults to ../shared/corpora/conll2003, MODEL to
 * data/models/entities.model. The result is the same on every run: the
 * shuffling has a fixed seed and nothing depends on the clock.
 *
 * The model's gazetteer holds the names of the training data with their
 * types, the word lists of dl-gazetteer-data.c and, when installed, the
 * country names of iso-codes. While training, a sentence only sees the
 * names of the other folds of documents, so that the weights learn how
 * far a name seen elsewhere can be trusted, not that every name is known.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "dl-gazetteer-data.h"
#include "dl-ner-train.h"

#define N_FOLDS 10
#define MAX_EPOCHS 20
#define PATIENCE 3
#define SEED 20260401
#define MIN_FEATURE_COUNT 2
#define ISO_3166 "/usr/share/iso-codes/json/iso_3166-1.json"

/* -- the data ----------------------------------------------------------- */

static GPtrArray *
read_conll (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_ner_train_sentence_free);
  DlNerTrainSentence *s;
  guint doc = 0;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("train-entities: %s", error->message);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = g_strsplit (g_strstrip (lines[i]), " ", -1);
      guint n = g_strv_length (columns);

      if (n < 2 || g_str_equal (columns[0], "-DOCSTART-"))
        {
          if ((s = dl_ner_train_sentence_new (words, tags, doc)) != NULL)
            g_ptr_array_add (sentences, s);
          doc += n >= 2 ? 1 : 0;
          continue;
        }
      g_ptr_array_add (words, g_strdup (columns[0]));
      g_ptr_array_add (tags, g_strdup (columns[n - 1]));
    }
  if ((s = dl_ner_train_sentence_new (words, tags, doc)) != NULL)
    g_ptr_array_add (sentences, s);
  return sentences;
}

/* -- the gazetteer ------------------------------------------------------ */

typedef struct
{
  DlFeatureDict dict;
  GArray *lists;   /* guint: bits from the word lists */
  GArray *folds;   /* guint × N_FOLDS: training types seen in each fold */
} Gazetteer;

typedef struct
{
  Gazetteer *gazetteer;
  gint fold;       /* the fold whose own names are hidden, or -1 */
} GazView;

static guint
gazetteer_entry (Gazetteer          *g,
                 const char * const *lower,
                 guint               n)
{
  guint index = dl_feature_dict_get (&g->dict, dl_ner_phrase_key (lower, n), TRUE);

  if (index >= g->lists->len)
    {
      g_array_set_size (g->lists, index + 1);
      g_array_set_size (g->folds, (index + 1) * N_FOLDS);
    }
  return index;
}

/* A phrase of a word list, split as CoNLL splits: at spaces and before
 * a possessive "'s" */
static void
add_listed (Gazetteer  *g,
            const char *phrase,
            guint       bit)
{
  g_autofree char *name = g_strndup (phrase, strcspn (phrase, "="));
  g_autoptr(GPtrArray) lower = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint index;

  for (guint i = 0; words[i] != NULL; i++)
    {
      char *possessive = g_str_has_suffix (words[i], "'s") ? words[i] + strlen (words[i]) - 2 : NULL;

      if (possessive != NULL && possessive > words[i])
        {
          g_ptr_array_add (lower, dl_ner_lower (possessive));
          *possessive = '\0';
          g_ptr_array_insert (lower, lower->len - 1, dl_ner_lower (words[i]));
        }
      else if (*words[i] != '\0')
        g_ptr_array_add (lower, dl_ner_lower (words[i]));
    }
  if (lower->len == 0 || lower->len > DL_NER_GAZ_MAX_WORDS)
    return;
  index = gazetteer_entry (g, (const char * const *) lower->pdata, lower->len);
  g_array_index (g->lists, guint, index) |= bit;
}

static void
add_list (Gazetteer          *g,
          const char * const *list,
          guint               bit)
{
  for (guint i = 0; list[i] != NULL; i++)
    add_listed (g, list[i], bit);
}

static void
add_semicolon_list (Gazetteer  *g,
                    const char *list,
                    guint       bit)
{
  g_auto(GStrv) names = g_strsplit (list, ";", -1);

  for (guint i = 0; names[i] != NULL; i++)
    if (*names[i] != '\0')
      add_listed (g, names[i], bit);
}

static void
add_iso_countries (Gazetteer *g)
{
  static const char * const fields[] = { "name", "common_name", "official_name" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *countries;

  if (!json_parser_load_from_file (parser, ISO_3166, NULL))
    {
      g_printerr ("train-entities: %s not found, training without it\n", ISO_3166);
      return;
    }
  countries = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                            "3166-1");
  for (guint i = 0; i < json_array_get_length (countries); i++)
    {
      JsonObject *country = json_array_get_object_element (countries, i);

      for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
        if (json_object_has_member (country, fields[k]))
          add_listed (g, json_object_get_string_member (country, fields[k]), DL_NER_GAZ_COUNTRY);
    }
}

static void
add_training_names (Gazetteer *g,
                    GPtrArray *sentences)
{
  for (guint k = 0; k < sentences->len; k++)
    {
      DlNerTrainSentence *s = g_ptr_array_index (sentences, k);
      g_auto(GStrv) lower = g_new0 (char *, s->n + 1);
      guint start = 0;

      for (guint i = 0; i < s->n; i++)
        lower[i] = dl_ner_lower (s->words[i]);
      for (guint i = 0; i < s->n; i++)
        {
          gint label = s->gold[i], type = label == 0 ? -1 : (label - 1) / 4;
          char prefix = label == 0 ? 'O' : "BILU"[(label - 1) % 4];

          if (prefix == 'B' || prefix == 'U')
            start = i;
          if ((prefix == 'L' || prefix == 'U') && i + 1 - start <= DL_NER_GAZ_MAX_WORDS)
            {
              guint index = gazetteer_entry (g, (const char * const *) lower + start, i + 1 - start);

              g_array_index (g->folds, guint, index * N_FOLDS + s->doc % N_FOLDS) |= 1u << type;
            }
        }
    }
}

static void
count_case (GHashTable *counts,
            const char *word)
{
  g_autofree char *lower = dl_ner_lower (word);
  gint *count = g_hash_table_lookup (counts, lower);

  if (!g_unichar_isalpha (g_utf8_get_char (word)))
    return;
  if (count == NULL)
    {
      count = g_new0 (gint, 2);
      g_hash_table_insert (counts, g_steal_pointer (&lower), count);
    }
  count[g_unichar_islower (g_utf8_get_char (word)) ? 0 : 1]++;
}

/* Words of running text from the Universal Dependencies treebank, the
 * first of each sentence left out: it is capitalised whatever it is */
static void
count_treebank (GHashTable *counts,
                const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_printerr ("train-entities: %s not found, training without it\n", path);
      return;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      columns = g_strsplit (lines[i], "\t", 3);
      if (g_strv_length (columns) >= 2 && strspn (columns[0], "0123456789") == strlen (columns[0])
          && !g_str_equal (columns[0], "1"))
        count_case (counts, columns[1]);
    }
}

/* Which words are usually written in lower case, from the running text
 * of the training data and of a treebank: in a shouted headline, that
 * is what tells "TAKE" from "LEICESTERSHIRE" */
static void
add_lower_words (Gazetteer  *g,
                 GPtrArray  *train,
                 const char *treebank)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GList) words = NULL;

  for (guint k = 0; k < train->len; k++)
    {
      DlNerTrainSentence *s = g_ptr_array_index (train, k);
      gboolean shouted = TRUE;

      for (guint i = 0; i < s->n && shouted; i++)
        shouted = strpbrk (s->words[i], "abcdefghijklmnopqrstuvwxyz") == NULL;
      for (guint i = 1; i < s->n && !shouted; i++)
        count_case (counts, s->words[i]);
    }
  count_treebank (counts, treebank);
  /* Sorted, so that the model file comes out the same on every run */
  words = g_list_sort (g_hash_table_get_keys (counts), (GCompareFunc) strcmp);
  for (GList *l = words; l != NULL; l = l->next)
    {
      gint *count = g_hash_table_lookup (counts, l->data);

      if (count[0] >= 2 && count[0] > count[1])
        add_listed (g, l->data, DL_NER_GAZ_LOWER);
    }
}

static Gazetteer *
gazetteer_new (GPtrArray  *train,
               const char *treebank)
{
  Gazetteer *g = g_new0 (Gazetteer, 1);

  dl_feature_dict_init (&g->dict, 1 << 16);
  g->lists = g_array_new (FALSE, TRUE, sizeof (guint));
  g->folds = g_array_new (FALSE, TRUE, sizeof (guint));
  for (guint i = 0; dl_gazetteer_countries[i].name != NULL; i++)
    {
      add_listed (g, dl_gazetteer_countries[i].name, DL_NER_GAZ_COUNTRY);
      add_semicolon_list (g, dl_gazetteer_countries[i].aliases, DL_NER_GAZ_COUNTRY);
      add_semicolon_list (g, dl_gazetteer_countries[i].demonyms, DL_NER_GAZ_DEMONYM);
    }
  add_iso_countries (g);
  add_list (g, dl_gazetteer_places, DL_NER_GAZ_PLACE);
  add_list (g, dl_gazetteer_organizations, DL_NER_GAZ_LIST_ORG);
  add_list (g, dl_gazetteer_groups, DL_NER_GAZ_LIST_MISC);
  add_list (g, dl_gazetteer_misc, DL_NER_GAZ_LIST_MISC);
  add_list (g, dl_gazetteer_first_names, DL_NER_GAZ_FIRST_NAME);
  add_list (g, dl_gazetteer_titles, DL_NER_GAZ_TITLE);
  add_training_names (g, train);
  add_lower_words (g, train, treebank);
  return g;
}

static guint
gazetteer_bits (Gazetteer *g,
                guint      index,
                gint       hidden_fold)
{
  guint bits = g_array_index (g->lists, guint, index);

  for (gint f = 0; f < N_FOLDS; f++)
    if (f != hidden_fold)
      bits |= g_array_index (g->folds, guint, index * N_FOLDS + f);
  return bits;
}

static guint
lookup_view (gconstpointer data,
             guint64       key)
{
  const GazView *view = data;
  gint64 index = dl_feature_dict_get (&view->gazetteer->dict, key, FALSE);

  return index < 0 ? 0 : gazetteer_bits (view->gazetteer, index, view->fold);
}

/* The model's gazetteer as the trainer writes it: every phrase, in
 * the order of the dictionary, with the names of all folds */
static GArray *
gazetteer_entries (Gazetteer *g)
{
  GArray *entries = g_array_sized_new (FALSE, FALSE, sizeof (DlNerGazEntry),
                                       g->dict.by_index->len);

  for (guint i = 0; i < g->dict.by_index->len; i++)
    {
      DlNerGazEntry entry = { g_array_index (g->dict.by_index, guint64, i),
                              gazetteer_bits (g, i, -1) };

      g_array_append_val (entries, entry);
    }
  return entries;
}

/* -- features ----------------------------------------------------------- */

static void
compute_features (GPtrArray *sentences,
                  Gazetteer *g,
                  gboolean   hide_own_fold)
{
  for (guint k = 0; k < sentences->len; k++)
    {
      DlNerTrainSentence *s = g_ptr_array_index (sentences, k);
      GazView view = { g, hide_own_fold ? (gint) (s->doc % N_FOLDS) : -1 };

      s->features = dl_ner_sentence_new ((const char * const *) s->words, s->n, lookup_view, &view);
    }
}

/* -- main --------------------------------------------------------------- */

typedef struct
{
  guint epoch;
  double f1;
} Best;

static void
print_epoch (guint    epoch,
             double   f1,
             gpointer data)
{
  Best *best = data;

  g_printerr ("epoch %2u: valid F1 %.4f\n", epoch, f1);
  if (f1 > best->f1)
    {
      best->epoch = epoch;
      best->f1 = f1;
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *corpus = argc > 1 ? argv[1] : "../shared/corpora/conll2003";
  const char *output = argc > 2 ? argv[2] : "data/models/entities.model";
  g_autofree char *train_path = g_build_filename (corpus, "train.txt", NULL);
  g_autofree char *valid_path = g_build_filename (corpus, "valid.txt", NULL);
  GPtrArray *train_set = read_conll (train_path);
  GPtrArray *valid_set = read_conll (valid_path);
  g_autofree char *treebank = g_build_filename (corpus, "..", "ud-english-ewt",
                                                "en_ewt-ud-train.conllu", NULL);
  Gazetteer *gazetteer = gazetteer_new (train_set, treebank);
  g_autoptr(DlNerTrainer) trainer = dl_ner_trainer_new ();
  g_autoptr(GArray) best = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint n_seen, n_kept, n_rows;
  Best best_epoch = { 0, -1 };

  g_printerr ("%u training sentences, %u validation sentences\n", train_set->len, valid_set->len);
  compute_features (train_set, gazetteer, TRUE);
  compute_features (valid_set, gazetteer, FALSE);
  n_kept = dl_ner_trainer_index_features (trainer, train_set, valid_set, MIN_FEATURE_COUNT, &n_seen);
  g_printerr ("%u features seen, %u kept\n", n_seen, n_kept);
  best = dl_ner_trainer_train (trainer, train_set, valid_set, SEED, MAX_EPOCHS, PATIENCE,
                               print_epoch, &best_epoch);
  g_printerr ("best: epoch %u, valid F1 %.4f\n", best_epoch.epoch, best_epoch.f1);
  entries = gazetteer_entries (gazetteer);
  if (!dl_ner_trainer_write (trainer, best, entries, output, &n_rows, &error))
    g_error ("train-entities: %s", error->message);
  g_printerr ("wrote %s: %u features, %u gazetteer phrases\n", output, n_rows, entries->len);
  /* The sentences and the gazetteer live until the process ends */
  return 0;
}
