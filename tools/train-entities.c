/* train-entities.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Trains the statistical name tagger (src/core/nlp/dl-ner.c): a greedy
 * averaged perceptron with BILOU tags, trained on CoNLL-2003 train.txt,
 * the number of epochs picked on valid.txt. From the top of the source
 * tree, after building:
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
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dl-gazetteer-data.h"
#include "dl-ner-private.h"

#define N_FOLDS 10
#define MAX_EPOCHS 20
#define PATIENCE 3
#define SEED 20260401
#define MIN_FEATURE_COUNT 2
#define ISO_3166 "/usr/share/iso-codes/json/iso_3166-1.json"

static const char * const type_names[] = { "PER", "ORG", "LOC", "MISC" };
static const char prefixes[] = "BILU";

#define N_LABELS (1 + 4 * 4)

/* ------------------------------------------------------------ a dictionary */

/* 64-bit keys to dense indices, open-addressed: far lighter than a
 * GHashTable for millions of features */
typedef struct
{
  guint64 *keys;     /* slot → key, 0 for empty */
  guint32 *indices;  /* slot → index */
  gsize mask;
  GArray *by_index;  /* index → key */
} Dict;

static void
dict_init (Dict *d,
           gsize size)
{
  d->keys = g_new0 (guint64, size);
  d->indices = g_new0 (guint32, size);
  d->mask = size - 1;
  d->by_index = g_array_new (FALSE, FALSE, sizeof (guint64));
}

static void dict_grow (Dict *d);

/* Returns the index of @key, adding it when @add; -1 when absent */
static gint64
dict_get (Dict     *d,
          guint64   key,
          gboolean  add)
{
  gsize s;

  key = key != 0 ? key : 1;
  for (s = key & d->mask; d->keys[s] != 0; s = (s + 1) & d->mask)
    if (d->keys[s] == key)
      return d->indices[s];
  if (!add)
    return -1;
  if (d->by_index->len * 2 > d->mask)
    {
      dict_grow (d);
      return dict_get (d, key, add);
    }
  d->keys[s] = key;
  d->indices[s] = d->by_index->len;
  g_array_append_val (d->by_index, key);
  return d->by_index->len - 1;
}

static void
dict_grow (Dict *d)
{
  g_autoptr(GArray) old = d->by_index;

  g_free (d->keys);
  g_free (d->indices);
  dict_init (d, (d->mask + 1) * 2);
  for (guint i = 0; i < old->len; i++)
    dict_get (d, g_array_index (old, guint64, i), TRUE);
}

/* ------------------------------------------------------------ the data */

typedef struct
{
  char **words;
  guint n;
  gint *gold;
  guint doc;
  DlNerSentence *features;
  gint64 *indices;   /* the static features' dictionary indices, -1 if unknown */
} Sentence;

static gint
label_of (char prefix,
          gint type)
{
  return type < 0 ? 0 : 1 + type * 4 + (strchr (prefixes, prefix) - prefixes);
}

static gint
type_of_tag (const char *tag)
{
  for (guint t = 0; t < G_N_ELEMENTS (type_names); t++)
    if (tag[0] != 'O' && strcmp (tag + 2, type_names[t]) == 0)
      return t;
  return -1;
}

/* BIO (or IOB1) to BILOU */
static void
set_gold (Sentence  *s,
          GPtrArray *tags)
{
  s->gold = g_new0 (gint, s->n);
  for (guint i = 0; i < s->n; i++)
    {
      const char *tag = g_ptr_array_index (tags, i);
      gint type = type_of_tag (tag);
      gint before = i > 0 ? type_of_tag (g_ptr_array_index (tags, i - 1)) : -1;
      const char *next = i + 1 < s->n ? g_ptr_array_index (tags, i + 1) : "O";
      gboolean begins = type >= 0 && (tag[0] == 'B' || before != type);
      gboolean goes_on = type >= 0 && next[0] == 'I' && type_of_tag (next) == type;

      s->gold[i] = label_of (begins ? (goes_on ? 'B' : 'U') : (goes_on ? 'I' : 'L'), type);
    }
}

static void
add_sentence (GPtrArray *sentences,
              GPtrArray *words,
              GPtrArray *tags,
              guint      doc)
{
  Sentence *s;

  if (words->len == 0)
    return;
  s = g_new0 (Sentence, 1);
  s->n = words->len;
  s->doc = doc;
  g_ptr_array_add (words, NULL);
  s->words = (char **) g_ptr_array_steal (words, NULL);
  set_gold (s, tags);
  g_ptr_array_set_size (tags, 0);
  g_ptr_array_add (sentences, s);
}

static GPtrArray *
read_conll (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *sentences = g_ptr_array_new ();
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
          add_sentence (sentences, words, tags, doc);
          doc += n >= 2 ? 1 : 0;
          continue;
        }
      g_ptr_array_add (words, g_strdup (columns[0]));
      g_ptr_array_add (tags, g_strdup (columns[n - 1]));
    }
  add_sentence (sentences, words, tags, doc);
  return sentences;
}

/* ------------------------------------------------------------ the gazetteer */

typedef struct
{
  Dict dict;
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
  guint index = dict_get (&g->dict, dl_ner_phrase_key (lower, n), TRUE);

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
      Sentence *s = g_ptr_array_index (sentences, k);
      g_auto(GStrv) lower = g_new0 (char *, s->n + 1);
      guint start = 0;

      for (guint i = 0; i < s->n; i++)
        lower[i] = dl_ner_lower (s->words[i]);
      for (guint i = 0; i < s->n; i++)
        {
          gint label = s->gold[i], type = label == 0 ? -1 : (label - 1) / 4;
          char prefix = label == 0 ? 'O' : prefixes[(label - 1) % 4];

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
      Sentence *s = g_ptr_array_index (train, k);
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

  dict_init (&g->dict, 1 << 16);
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
  gint64 index = dict_get (&view->gazetteer->dict, key, FALSE);

  return index < 0 ? 0 : gazetteer_bits (view->gazetteer, index, view->fold);
}

/* ------------------------------------------------------------ features */

static void
compute_features (GPtrArray *sentences,
                  Gazetteer *g,
                  gboolean   hide_own_fold)
{
  for (guint k = 0; k < sentences->len; k++)
    {
      Sentence *s = g_ptr_array_index (sentences, k);
      GazView view = { g, hide_own_fold ? (gint) (s->doc % N_FOLDS) : -1 };

      s->features = dl_ner_sentence_new ((const char * const *) s->words, s->n, lookup_view, &view);
    }
}

/* Features seen fewer than MIN_FEATURE_COUNT times in training are left out */
static void
index_features (Dict      *dict,
                GPtrArray *train,
                GPtrArray *valid)
{
  Dict counted;
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));

  dict_init (&counted, 1 << 20);
  for (guint k = 0; k < train->len; k++)
    {
      GArray *features = ((Sentence *) g_ptr_array_index (train, k))->features->features;

      for (guint f = 0; f < features->len; f++)
        {
          guint index = dict_get (&counted, g_array_index (features, guint64, f), TRUE);

          if (index >= counts->len)
            g_array_set_size (counts, index + 1);
          g_array_index (counts, guint, index)++;
        }
    }
  for (guint i = 0; i < counts->len; i++)
    if (g_array_index (counts, guint, i) >= MIN_FEATURE_COUNT)
      dict_get (dict, g_array_index (counted.by_index, guint64, i), TRUE);
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *sentences = pass == 0 ? train : valid;

      for (guint k = 0; k < sentences->len; k++)
        {
          Sentence *s = g_ptr_array_index (sentences, k);
          GArray *features = s->features->features;

          s->indices = g_new (gint64, features->len);
          for (guint f = 0; f < features->len; f++)
            s->indices[f] = dict_get (dict, g_array_index (features, guint64, f), FALSE);
        }
    }
  g_printerr ("%u features seen, %u kept\n", counted.by_index->len, dict->by_index->len);
}

/* ------------------------------------------------------------ the perceptron */

typedef struct
{
  Dict dict;
  GArray *weights;   /* float × N_LABELS per feature */
  GArray *totals;    /* double × N_LABELS: updates weighted by their time */
  guint64 time;
  DlNerLabel labels[N_LABELS];
} Perceptron;

static void
perceptron_grow (Perceptron *p)
{
  guint n = p->dict.by_index->len * N_LABELS;

  if (p->weights->len < n)
    {
      g_array_set_size (p->weights, n);
      g_array_set_size (p->totals, n);
    }
}

static void
add_scores (const float  *weights,
            const gint64 *indices,
            guint         n,
            float        *scores)
{
  for (guint k = 0; k < n; k++)
    if (indices[k] >= 0)
      for (guint l = 0; l < N_LABELS; l++)
        scores[l] += weights[indices[k] * N_LABELS + l];
}

/* The dictionary index of a history feature: token @i after tag @tag1;
 * with @add, an unseen one is added */
static gint64
history_index (Perceptron *p,
               guint64     base,
               gint        tag1,
               gboolean    add)
{
  gint64 index = dict_get (&p->dict, dl_ner_history_key (base, tag1), add);

  if (add)
    perceptron_grow (p);
  return index;
}

static void
decode (Perceptron  *p,
        const float *weights,
        Sentence    *s,
        gint        *tags)
{
  guint width = (N_LABELS + 1) * N_LABELS;
  g_autofree float *emission = g_new0 (float, s->n * N_LABELS);
  g_autofree float *transition = g_new0 (float, s->n * width);

  for (guint i = 0; i < s->n; i++)
    {
      guint64 bases[DL_NER_MAX_HISTORY_FEATURES];
      guint n_bases = dl_ner_history_bases (s->features, i, bases);
      guint first = s->features->offsets[i];

      add_scores (weights, s->indices + first, s->features->offsets[i + 1] - first,
                  emission + i * N_LABELS);
      for (gint before = i == 0 ? -1 : 0; before < (i == 0 ? 0 : N_LABELS); before++)
        for (guint b = 0; b < n_bases; b++)
          {
            gint64 index = history_index (p, bases[b], before, FALSE);

            add_scores (weights, &index, 1, transition + i * width + (before + 1) * N_LABELS);
          }
    }
  dl_ner_viterbi (p->labels, N_LABELS, TRUE, s->n, emission, transition, tags);
}

static void
update_one (Perceptron *p,
            gint64      feature,
            gint        label,
            float       delta)
{
  gsize at = feature * N_LABELS + label;

  g_array_index (p->weights, float, at) += delta;
  g_array_index (p->totals, double, at) += p->time * (double) delta;
}

/* Moves the weights of token @i towards the true tags, away from the
 * guessed ones */
static void
update (Perceptron *p,
        Sentence   *s,
        guint       i,
        const gint *guess)
{
  guint64 bases[DL_NER_MAX_HISTORY_FEATURES];
  guint n_bases = dl_ner_history_bases (s->features, i, bases);
  gint truth_before = i > 0 ? s->gold[i - 1] : -1;
  gint guess_before = i > 0 ? guess[i - 1] : -1;

  if (guess[i] != s->gold[i])
    for (guint k = s->features->offsets[i]; k < s->features->offsets[i + 1]; k++)
      if (s->indices[k] >= 0)
        {
          update_one (p, s->indices[k], s->gold[i], 1);
          update_one (p, s->indices[k], guess[i], -1);
        }
  if (guess[i] == s->gold[i] && guess_before == truth_before)
    return;
  for (guint b = 0; b < n_bases; b++)
    {
      update_one (p, history_index (p, bases[b], truth_before, TRUE), s->gold[i], 1);
      update_one (p, history_index (p, bases[b], guess_before, TRUE), guess[i], -1);
    }
}

static void
train_sentence (Perceptron *p,
                Sentence   *s)
{
  g_autofree gint *guess = g_new0 (gint, s->n);

  decode (p, (const float *) p->weights->data, s, guess);
  p->time++;
  for (guint i = 0; i < s->n; i++)
    update (p, s, i, guess);
}

/* The averaged weights: w − Σ t·Δ / T */
static GArray *
averaged (Perceptron *p)
{
  GArray *average = g_array_sized_new (FALSE, FALSE, sizeof (float), p->weights->len);

  g_array_set_size (average, p->weights->len);
  for (guint k = 0; k < p->weights->len; k++)
    g_array_index (average, float, k) = g_array_index (p->weights, float, k)
      - g_array_index (p->totals, double, k) / (double) p->time;
  return average;
}

/* ------------------------------------------------------------ scoring */

/* Phrases as (start, end, type) triples, from BILOU tags */
static GArray *
phrases_of (Perceptron *p,
            const gint *tags,
            guint       n)
{
  GArray *phrases = g_array_new (FALSE, FALSE, sizeof (gint) * 3);
  gint start = -1;

  for (guint i = 0; i < n; i++)
    {
      const DlNerLabel *label = &p->labels[tags[i]];

      if (label->prefix == 'B' || label->prefix == 'U')
        start = i;
      if ((label->prefix == 'L' || label->prefix == 'U') && start >= 0)
        {
          gint phrase[3] = { start, i + 1, label->type };

          g_array_append_vals (phrases, phrase, 1);
          start = -1;
        }
    }
  return phrases;
}

static guint
count_common (GArray *a,
              GArray *b)
{
  guint common = 0;

  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      common += memcmp ((gint *) a->data + 3 * i, (gint *) b->data + 3 * j, 3 * sizeof (gint)) == 0;
  return common;
}

static double
score (Perceptron *p,
       GArray     *weights,
       GPtrArray  *sentences)
{
  guint gold = 0, found = 0, correct = 0;
  double precision, recall;

  for (guint k = 0; k < sentences->len; k++)
    {
      Sentence *s = g_ptr_array_index (sentences, k);
      g_autofree gint *tags = g_new0 (gint, s->n);
      g_autoptr(GArray) truth = NULL;
      g_autoptr(GArray) guess = NULL;

      decode (p, (const float *) weights->data, s, tags);
      truth = phrases_of (p, s->gold, s->n);
      guess = phrases_of (p, tags, s->n);
      gold += truth->len;
      found += guess->len;
      correct += count_common (truth, guess);
    }
  precision = found > 0 ? (double) correct / found : 0;
  recall = gold > 0 ? (double) correct / gold : 0;
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

/* ------------------------------------------------------------ writing */

static guint32
table_size (guint n)
{
  guint32 size = 1024;

  while (size < 2 * n)
    size *= 2;
  return size;
}

static void
table_put (guint32 *slots,
           guint32  mask,
           guint64  key,
           guint32  value)
{
  guint32 check = dl_ner_key_check (key);
  guint32 s;

  for (s = key & mask; slots[2 * s] != 0; s = (s + 1) & mask)
    if (slots[2 * s] == check)
      return;   /* a 64-bit collision: the first feature keeps the slot */
  slots[2 * s] = check;
  slots[2 * s + 1] = value;
}

/* Weights as 16-bit integers on one scale; features whose weights all
 * round to zero are left out */
static GByteArray *
quantise (Perceptron *p,
          GArray     *weights,
          guint32   **slots_out,
          guint32    *n_slots,
          guint32    *n_rows,
          float      *scale)
{
  GByteArray *rows = g_byte_array_new ();
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint n_features = weights->len / N_LABELS;
  float max = 0;

  for (guint k = 0; k < weights->len; k++)
    max = MAX (max, fabsf (g_array_index (weights, float, k)));
  *scale = max > 0 ? max / 32767 : 1;
  for (guint f = 0; f < n_features; f++)
    {
      gint16 row[N_LABELS];
      gboolean zero = TRUE;

      for (guint l = 0; l < N_LABELS; l++)
        {
          row[l] = (gint16) lrintf (g_array_index (weights, float, f * N_LABELS + l) / *scale);
          zero = zero && row[l] == 0;
        }
      if (zero)
        continue;
      g_array_append_val (keys, g_array_index (p->dict.by_index, guint64, f));
      g_byte_array_append (rows, (guint8 *) row, sizeof row);
    }
  *n_rows = keys->len;
  *n_slots = table_size (keys->len);
  *slots_out = g_new0 (guint32, 2 * *n_slots);
  for (guint k = 0; k < keys->len; k++)
    table_put (*slots_out, *n_slots - 1, g_array_index (keys, guint64, k), k);
  return rows;
}

static guint32 *
gazetteer_table (Gazetteer *g,
                 guint32   *n_slots)
{
  guint n = g->dict.by_index->len;
  guint32 *slots;

  *n_slots = table_size (n);
  slots = g_new0 (guint32, 2 * *n_slots);
  for (guint i = 0; i < n; i++)
    {
      guint bits = gazetteer_bits (g, i, -1);

      if (bits != 0)
        table_put (slots, *n_slots - 1, g_array_index (g->dict.by_index, guint64, i), bits);
    }
  return slots;
}

static void
write_model (const char *path,
             Perceptron *p,
             GArray     *weights,
             Gazetteer  *g)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GByteArray) rows = NULL;
  g_autofree guint32 *slots = NULL;
  g_autofree guint32 *gaz = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  DlNerFileHeader header = { DL_NER_MAGIC };
  char names[N_LABELS][8] = { { 0 } };

  rows = quantise (p, weights, &slots, &header.n_slots, &header.n_rows, &header.scale);
  gaz = gazetteer_table (g, &header.n_gaz_slots);
  header.n_labels = N_LABELS;
  for (guint l = 0; l < N_LABELS; l++)
    if (l == 0)
      strcpy (names[l], "O");
    else
      g_snprintf (names[l], 8, "%c-%s", prefixes[(l - 1) % 4], type_names[(l - 1) / 4]);
  g_byte_array_append (out, (guint8 *) &header, sizeof header);
  g_byte_array_append (out, (guint8 *) names, sizeof names);
  g_byte_array_append (out, (guint8 *) slots, header.n_slots * 8);
  g_byte_array_append (out, rows->data, rows->len);
  g_byte_array_append (out, (guint8 *) gaz, header.n_gaz_slots * 8);
  g_mkdir_with_parents (dir, 0755);
  if (!g_file_set_contents (path, (char *) out->data, out->len, &error))
    g_error ("train-entities: %s", error->message);
  g_printerr ("wrote %s: %u features, %u gazetteer phrases, %.1f MB\n", path, header.n_rows,
              g->dict.by_index->len, out->len / 1e6);
}

/* ------------------------------------------------------------ main */

static void
shuffle (guint *order,
         guint  n,
         GRand *rand)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      guint swap = order[i - 1];

      order[i - 1] = order[j];
      order[j] = swap;
    }
}

static GArray *
train (Perceptron *p,
       GPtrArray  *train_set,
       GPtrArray  *valid_set)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree guint *order = g_new (guint, train_set->len);
  GArray *best = NULL;
  double best_f1 = -1;
  guint best_epoch = 0;

  for (guint i = 0; i < train_set->len; i++)
    order[i] = i;
  for (guint epoch = 1; epoch <= MAX_EPOCHS && epoch <= best_epoch + PATIENCE; epoch++)
    {
      g_autoptr(GArray) average = NULL;
      double f1;

      shuffle (order, train_set->len, rand);
      for (guint i = 0; i < train_set->len; i++)
        train_sentence (p, g_ptr_array_index (train_set, order[i]));
      average = averaged (p);
      f1 = score (p, average, valid_set);
      g_printerr ("epoch %2u: valid F1 %.4f\n", epoch, f1);
      if (f1 > best_f1)
        {
          g_clear_pointer (&best, g_array_unref);
          best = g_steal_pointer (&average);
          best_f1 = f1;
          best_epoch = epoch;
        }
    }
  g_printerr ("best: epoch %u, valid F1 %.4f\n", best_epoch, best_f1);
  return best;
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
  Perceptron p = { { 0 } };
  g_autoptr(GArray) best = NULL;

  p.weights = g_array_new (FALSE, TRUE, sizeof (float));
  p.totals = g_array_new (FALSE, TRUE, sizeof (double));
  for (guint l = 0; l < N_LABELS; l++)
    {
      char name[8];

      if (l == 0)
        strcpy (name, "O");
      else
        g_snprintf (name, sizeof name, "%c-%s", prefixes[(l - 1) % 4], type_names[(l - 1) / 4]);
      dl_ner_label_parse (name, &p.labels[l]);
    }
  g_printerr ("%u training sentences, %u validation sentences\n", train_set->len, valid_set->len);
  compute_features (train_set, gazetteer, TRUE);
  compute_features (valid_set, gazetteer, FALSE);
  dict_init (&p.dict, 1 << 22);
  index_features (&p.dict, train_set, valid_set);
  perceptron_grow (&p);
  best = train (&p, train_set, valid_set);
  write_model (output, &p, best, gazetteer);
  /* The sentences and tables live until the process ends */
  return 0;
}
