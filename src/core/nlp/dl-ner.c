/* dl-ner.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statistical name tagger: a greedy averaged perceptron over the
 * features of dl-ner-features.c, trained by tools/train-entities. The
 * model file is mapped, not parsed, so that loading it costs next to
 * nothing; it is read only afterwards, so any thread may tag with it.
 */
#include "config.h"

#include <string.h>

#include "dl-ner.h"
#include "dl-ner-private.h"

#define MODEL_FILE "entities.model"

#if defined(__GNUC__)
#define PREFETCH(address) __builtin_prefetch (address)
#else
#define PREFETCH(address)
#endif

/* The history features of a token after each tag: its three bases
 * (the word, its shape, the word before) with the tag before, each a
 * row per tag before (the first for the start of the sentence), and
 * zero_row where the model has none, so that adding them up needs no
 * test */
#define N_HISTORY_BASES DL_NER_N_HISTORY_BASES

static const gint16 zero_row[DL_NER_MAX_LABELS] = { 0 };

struct _DlNerModel
{
  GBytes *file;
  DlWeightTable table;
  const guint32 *gaz;
  guint32 gaz_mask;
  guint n_labels;
  gboolean bilou;
  DlNerLabel labels[DL_NER_MAX_LABELS];
  DlNerAllowed allowed;
  /* The rows of the tag before alone, the same for every token: for
   * the start of the sentence, then after each tag; zero_row for none */
  const gint16 *tag_rows[DL_NER_MAX_LABELS + 1];
  guint id;
  double load_time;
};

static gint last_model_id = 0;

static gboolean
is_power_of_two (guint32 n)
{
  return n > 0 && (n & (n - 1)) == 0;
}

static gboolean
read_labels (DlNerModel *model,
             const char *names)
{
  model->bilou = FALSE;
  for (guint i = 0; i < model->n_labels; i++)
    {
      char name[9] = { 0 };

      memcpy (name, names + i * 8, 8);
      if (!dl_ner_label_parse (name, &model->labels[i]))
        return FALSE;
      if (name[0] == 'L' || name[0] == 'U')
        model->bilou = TRUE;
    }
  return TRUE;
}

static void
find_tag_rows (DlNerModel *model)
{
  guint64 base[DL_NER_MAX_HISTORY_FEATURES];

  dl_ner_history_bases (NULL, 0, base);
  for (gint p = -1; p < (gint) model->n_labels; p++)
    {
      const gint16 *row = dl_weight_table_find (&model->table, dl_ner_history_key (base[0], p));

      model->tag_rows[p + 1] = row != NULL ? row : zero_row;
    }
}

static gboolean
map_tables (DlNerModel *model,
            GError    **error)
{
  const char *data = g_bytes_get_data (model->file, NULL);
  gsize size = g_bytes_get_size (model->file), expected;
  DlNerFileHeader header;

  if (size < sizeof header)
    goto invalid;
  memcpy (&header, data, sizeof header);
  if (memcmp (header.magic, DL_NER_MAGIC, 8) != 0 || header.n_labels == 0
      || header.n_labels > DL_NER_MAX_LABELS || !is_power_of_two (header.n_slots)
      || !is_power_of_two (header.n_gaz_slots))
    goto invalid;
  expected = sizeof header + header.n_labels * 8 + (gsize) header.n_slots * 8
             + (gsize) header.n_rows * header.n_labels * 2 + (gsize) header.n_gaz_slots * 8;
  if (size != expected)
    goto invalid;
  model->n_labels = header.n_labels;
  if (!read_labels (model, data + sizeof header))
    goto invalid;
  dl_ner_allowed_fill (&model->allowed, model->labels, model->n_labels, model->bilou);
  data += sizeof header + header.n_labels * 8;
  model->table.slots = (const guint32 *) data;
  model->table.mask = header.n_slots - 1;
  model->table.n_labels = header.n_labels;
  data += (gsize) header.n_slots * 8;
  model->table.rows = (const gint16 *) data;
  data += (gsize) header.n_rows * header.n_labels * 2;
  model->gaz = (const guint32 *) data;
  model->gaz_mask = header.n_gaz_slots - 1;
  find_tag_rows (model);
  return TRUE;

invalid:
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "not a name tagger model");
  return FALSE;
}

/**
 * dl_ner_model_load:
 * @path: a model file written by tools/train-entities
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the model, or %NULL with @error set
 */
DlNerModel *
dl_ner_model_load (const char  *path,
                   GError     **error)
{
  g_autoptr(DlNerModel) model = g_new0 (DlNerModel, 1);
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  model->file = dl_model_file_map (path, error);
  if (model->file == NULL || !map_tables (model, error))
    return NULL;
  model->load_time = (g_get_monotonic_time () - start) / 1e6;
  /* Never 0, and never that of a model freed before, whose memory this
   * one may have: the taggers' caches tell the models apart by it */
  model->id = (guint) g_atomic_int_add (&last_model_id, 1) + 1;
  return g_steal_pointer (&model);
}

void
dl_ner_model_free (DlNerModel *model)
{
  if (model == NULL)
    return;
  g_clear_pointer (&model->file, g_bytes_unref);
  g_free (model);
}

/**
 * dl_ner_model_get_default:
 *
 * Loads the installed model on first use.
 *
 * Returns: (transfer none) (nullable): the model, or %NULL when there is
 *   none, in which case the rule-based finder does the work alone
 */
DlNerModel *
dl_ner_model_get_default (void)
{
  static gsize initialised = 0;
  static DlNerModel *model = NULL;

  if (g_once_init_enter (&initialised))
    {
      model = dl_model_find_default (MODEL_FILE, (DlModelLoadFunc) dl_ner_model_load, "name tagger model");
      g_once_init_leave (&initialised, 1);
    }
  return model;
}

/**
 * dl_ner_model_get_load_time:
 * @model: a model
 *
 * Returns: how long loading took, in seconds
 */
double
dl_ner_model_get_load_time (DlNerModel *model)
{
  g_return_val_if_fail (model != NULL, 0);

  return model->load_time;
}

static inline const gint16 *
find_row (DlNerModel *model,
          guint64     key)
{
  return dl_weight_table_find (&model->table, key);
}

static guint
lookup_gazetteer (gconstpointer data,
                  guint64       key)
{
  const DlNerModel *model = data;
  guint32 bits;

  return dl_slots_find (model->gaz, model->gaz_mask, key, &bits) ? bits : 0;
}

static void
prefetch_gazetteer (gconstpointer data,
                    guint64       key)
{
  const DlNerModel *model = data;

  PREFETCH (&model->gaz[2 * (key & model->gaz_mask)]);
}

/* The rows of the features that pair one of a token's history bases
 * with each tag before it: the first for the start of the sentence,
 * then one per tag; G_MAXUINT32 where the model has none. Words and
 * shapes come back again and again, and a hit spares a look-up per tag
 * in tables far larger than the cache. */
typedef struct
{
  guint model_id;  /* 0 for none yet */
  guint64 base;
  guint32 rows[DL_NER_MAX_LABELS + 1];
} CachedBase;

#define N_CACHED_BASES 2048
#define NO_ROW G_MAXUINT32

/* What tagging needs besides the model, kept on each thread from one
 * sentence to the next, so that tagging allocates next to nothing */
typedef struct
{
  DlNerSentence *sentence;
  GArray *rows;        /* const gint16 *, for the static features of a sentence */
  GArray *bases;       /* guint64, the history bases of a sentence's tokens */
  GArray *emission;    /* gint32, n_tokens × n_labels */
  GArray *history;     /* const gint16 *, as DlNerScores.history */
  GArray *best;        /* float, for the search */
  GArray *back;        /* gint, for the search */
  CachedBase *cache;
} Scratch;

static void
scratch_free (gpointer data)
{
  Scratch *scratch = data;

  dl_ner_sentence_free (scratch->sentence);
  g_array_unref (scratch->rows);
  g_array_unref (scratch->bases);
  g_array_unref (scratch->emission);
  g_array_unref (scratch->history);
  g_array_unref (scratch->best);
  g_array_unref (scratch->back);
  g_free (scratch->cache);
  g_free (scratch);
}

static GPrivate scratch_key = G_PRIVATE_INIT (scratch_free);

static Scratch *
get_scratch (void)
{
  Scratch *scratch = g_private_get (&scratch_key);

  if (scratch != NULL)
    return scratch;
  scratch = g_new0 (Scratch, 1);
  scratch->sentence = g_new0 (DlNerSentence, 1);
  scratch->rows = g_array_new (FALSE, FALSE, sizeof (const gint16 *));
  scratch->bases = g_array_new (FALSE, FALSE, sizeof (guint64));
  scratch->emission = g_array_new (FALSE, FALSE, sizeof (gint32));
  scratch->history = g_array_new (FALSE, FALSE, sizeof (const gint16 *));
  scratch->best = g_array_new (FALSE, FALSE, sizeof (float));
  scratch->back = g_array_new (FALSE, FALSE, sizeof (gint));
  scratch->cache = g_new0 (CachedBase, N_CACHED_BASES);
  g_private_set (&scratch_key, scratch);
  return scratch;
}

#if defined(__GNUC__)
/* Eight labels at once: the compiler does not vectorise the loop by
 * itself at the usual optimisation level, and these adds are much of
 * the tagger's work */
typedef gint16 Weights8 __attribute__ ((vector_size (16)));
typedef gint32 Scores8 __attribute__ ((vector_size (32)));

static inline void
add_eight (gint32       *target,
           const gint16 *row)
{
  Weights8 weights;
  Scores8 scores;

  memcpy (&weights, row, sizeof weights);
  memcpy (&scores, target, sizeof scores);
  scores += __builtin_convertvector (weights, Scores8);
  memcpy (target, &scores, sizeof scores);
}
#define ADD_EIGHT(target, row) add_eight (target, row)
#else
#define ADD_EIGHT(target, row) \
  G_STMT_START { for (guint m = 0; m < 8; m++) (target)[m] += (row)[m]; } G_STMT_END
#endif

static inline void
add_row (gint32       *target,
         const gint16 *row,
         guint         n_labels)
{
  guint l = 0;

  for (; l + 8 <= n_labels; l += 8)
    ADD_EIGHT (target + l, row + l);
  for (; l < n_labels; l++)
    target[l] += row[l];
}

/* Looks up many features at once: the tables are far larger than the
 * cache, and asking for every slot before reading any lets the memory
 * fetches overlap. The rows found are asked for too, so that they are
 * on their way before they are added up. */
static void
find_rows (DlNerModel     *model,
           const guint64  *keys,
           guint           n_keys,
           const gint16  **rows)
{
  guint last = model->n_labels - 1;

  for (guint k = 0; k < n_keys; k++)
    PREFETCH (&model->table.slots[2 * (keys[k] & model->table.mask)]);
  for (guint k = 0; k < n_keys; k++)
    {
      rows[k] = find_row (model, keys[k]);
      if (rows[k] == NULL)
        continue;
      /* A row may straddle two lines of the cache */
      PREFETCH (rows[k]);
      PREFETCH (rows[k] + last);
    }
}

/* Grows @array to at least @n elements and returns its data */
static gpointer
sized (GArray *array,
       guint   n)
{
  if (array->len < n)
    g_array_set_size (array, n);
  return array->data;
}

/* Asks for the slots of the history features of @base unless the
 * cache holds them already */
static void
prefetch_base (DlNerModel *model,
               Scratch    *scratch,
               guint64     base)
{
  const CachedBase *cached = &scratch->cache[dl_hash_mix (base) & (N_CACHED_BASES - 1)];

  if (cached->model_id == model->id && cached->base == base)
    return;
  for (gint p = -1; p < (gint) model->n_labels; p++)
    PREFETCH (&model->table.slots[2 * (dl_ner_history_key (base, p) & model->table.mask)]);
}

static const CachedBase *
cached_base (DlNerModel *model,
             Scratch    *scratch,
             guint64     base)
{
  CachedBase *cached = &scratch->cache[dl_hash_mix (base) & (N_CACHED_BASES - 1)];
  guint64 keys[DL_NER_MAX_LABELS + 1];
  const gint16 *rows[DL_NER_MAX_LABELS + 1];
  guint L = model->n_labels;

  if (cached->model_id == model->id && cached->base == base)
    return cached;
  for (gint p = -1; p < (gint) L; p++)
    keys[p + 1] = dl_ner_history_key (base, p);
  find_rows (model, keys, L + 1, rows);
  cached->model_id = model->id;
  cached->base = base;
  for (guint p = 0; p <= L; p++)
    cached->rows[p] = rows[p] != NULL ? (guint32) ((rows[p] - model->table.rows) / L) : NO_ROW;
  return cached;
}

/* The history bases of every token, their slots asked for: N_HISTORY_BASES
 * per token, the first, the same for all, left out */
static const guint64 *
sentence_bases (DlNerModel *model,
                Scratch    *scratch)
{
  DlNerSentence *s = scratch->sentence;
  guint64 *bases = sized (scratch->bases, s->n_tokens * N_HISTORY_BASES + 1);

  for (guint i = 0; i < s->n_tokens; i++)
    {
      guint64 all[DL_NER_MAX_HISTORY_FEATURES];

      dl_ner_history_bases (s, i, all);
      for (guint b = 0; b < N_HISTORY_BASES; b++)
        {
          bases[i * N_HISTORY_BASES + b] = all[b + 1];
          prefetch_base (model, scratch, all[b + 1]);
        }
    }
  return bases;
}

/* The row of @cached after the tag @p - 1, asked for from memory: the
 * search reads it soon, and the rows of a base found in the cache have
 * often left the processor's cache since */
static inline const gint16 *
history_row (DlNerModel       *model,
             const CachedBase *cached,
             guint             p)
{
  const gint16 *row;

  if (cached->rows[p] == NO_ROW)
    return zero_row;
  row = model->table.rows + (gsize) cached->rows[p] * model->n_labels;
  /* A row may straddle two lines of the cache */
  PREFETCH (row);
  PREFETCH (row + model->n_labels - 1);
  return row;
}

/* The scores of every tag of token @i alone, from @rows, the rows of its
 * features that depend on no tag, and the rows of its history features
 * from @bases: @history has room for N_HISTORY_BASES × (L + 1) */
static void
score_token (DlNerModel           *model,
             Scratch              *scratch,
             guint                 i,
             const gint16 * const *rows,
             const guint64        *bases,
             gint32               *emission,
             const gint16        **history)
{
  DlNerSentence *s = scratch->sentence;
  guint L = model->n_labels;

  for (guint k = s->offsets[i]; k < s->offsets[i + 1]; k++)
    if (rows[k] != NULL)
      add_row (emission, rows[k], L);
  /* The first base is the same for every token: the model keeps its
   * rows, in tag_rows */
  for (guint b = 0; b < N_HISTORY_BASES; b++)
    {
      const CachedBase *cached = cached_base (model, scratch, bases[i * N_HISTORY_BASES + b]);

      for (guint p = 0; p <= L; p++)
        history[b * (L + 1) + p] = history_row (model, cached, p);
    }
}

/* One tag index per token */
static gint *
tag_indices (DlNerModel         *model,
             const char * const *tokens,
             guint               n_tokens)
{
  Scratch *scratch = get_scratch ();
  guint L = model->n_labels, n_emission = n_tokens * L, n_history = N_HISTORY_BASES * (L + 1);
  gint32 *emission = sized (scratch->emission, n_emission + 1);
  const gint16 **history = sized (scratch->history, n_tokens * n_history + 1);
  DlNerScores scores = { L, NULL, NULL, emission, history, model->tag_rows };
  gint *tags = g_new0 (gint, n_tokens + 1);
  const guint64 *bases;
  const gint16 **rows;
  guint n_features;

  dl_ner_sentence_fill (scratch->sentence, tokens, n_tokens, lookup_gazetteer, prefetch_gazetteer, model);
  memset (emission, 0, n_emission * sizeof (gint32));
  /* Every look-up of the sentence is asked for before any is read */
  bases = sentence_bases (model, scratch);
  n_features = scratch->sentence->offsets[n_tokens];
  rows = sized (scratch->rows, n_features + 1);
  find_rows (model, &g_array_index (scratch->sentence->features, guint64, 0), n_features, rows);
  for (guint i = 0; i < n_tokens; i++)
    score_token (model, scratch, i, rows, bases, emission + i * L, history + i * n_history);
  dl_ner_search (&model->allowed, &scores, n_tokens, tags,
           sized (scratch->best, n_emission + 1), sized (scratch->back, n_emission + 1));
  return tags;
}

static guint lookup_phrase (DlNerModel *model,
                            const char *name);

/**
 * dl_ner_model_knows_name:
 * @model: a model
 * @name: a name, its words separated by spaces
 *
 * Returns: whether the model's gazetteer holds @name as a name: seen as
 *   one in the training data, or on one of its lists of names
 */
gboolean
dl_ner_model_knows_name (DlNerModel *model,
                         const char *name)
{
  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return (lookup_phrase (model, name) & ~(DL_NER_GAZ_LOWER | DL_NER_GAZ_TITLE)) != 0;
}

/**
 * dl_ner_model_is_common_word:
 * @model: a model
 * @word: a word
 *
 * Returns: whether @word is usually written in lower case
 */
gboolean
dl_ner_model_is_common_word (DlNerModel *model,
                             const char *word)
{
  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  return (lookup_phrase (model, word) & DL_NER_GAZ_LOWER) != 0;
}

/* The gazetteer bits of a phrase, its words separated by spaces */
static guint
lookup_phrase (DlNerModel *model,
               const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);

  if (n == 0 || n > DL_NER_GAZ_MAX_WORDS)
    return 0;
  for (guint i = 0; i < n; i++)
    {
      char *lower = dl_ner_lower (words[i]);

      g_free (words[i]);
      words[i] = lower;
    }
  return lookup_gazetteer (model, dl_ner_phrase_key ((const char * const *) words, n));
}

/**
 * dl_ner_model_tag:
 * @model: a model
 * @tokens: (array length=n_tokens): the words of one sentence, split as
 *   in CoNLL-2003 ("Trump" "'s", "U.S.", "1996-08-30")
 * @n_tokens: how many
 *
 * Returns: (transfer full) (element-type utf8): one BIO tag per token:
 *   "O", "B-PER", "I-ORG"... (types PER, ORG, LOC, MISC)
 */
GPtrArray *
dl_ner_model_tag (DlNerModel         *model,
                  const char * const *tokens,
                  guint               n_tokens)
{
  static const char * const types[] = { "PER", "ORG", "LOC", "MISC" };
  GPtrArray *out = g_ptr_array_new_full (n_tokens, g_free);
  g_autofree gint *tags = NULL;

  g_return_val_if_fail (model != NULL, out);
  g_return_val_if_fail (tokens != NULL || n_tokens == 0, out);

  tags = tag_indices (model, tokens, n_tokens);
  for (guint i = 0; i < n_tokens; i++)
    {
      const DlNerLabel *label = &model->labels[tags[i]];

      if (label->type < 0)
        g_ptr_array_add (out, g_strdup ("O"));
      else
        g_ptr_array_add (out, g_strconcat (label->prefix == 'B' || label->prefix == 'U' ? "B-" : "I-",
                                           types[label->type], NULL));
    }
  return out;
}

/**
 * dl_ner_model_find:
 * @model: a model
 * @tokens: (array length=n_tokens): the words of one sentence
 * @n_tokens: how many
 *
 * Returns: (transfer full) (element-type DlNerSpan): the names, in order
 */
GArray *
dl_ner_model_find (DlNerModel         *model,
                   const char * const *tokens,
                   guint               n_tokens)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (DlNerSpan));
  g_autofree gint *tags = NULL;

  g_return_val_if_fail (model != NULL, spans);
  g_return_val_if_fail (tokens != NULL || n_tokens == 0, spans);

  tags = tag_indices (model, tokens, n_tokens);
  for (guint i = 0; i < n_tokens; i++)
    {
      const DlNerLabel *label = &model->labels[tags[i]];
      DlNerSpan span = { i, i + 1, (DlEntityType) label->type };

      if (label->type < 0)
        continue;
      if (label->prefix == 'B' || label->prefix == 'U' || spans->len == 0
          || g_array_index (spans, DlNerSpan, spans->len - 1).end != i
          || (gint) g_array_index (spans, DlNerSpan, spans->len - 1).type != label->type)
        g_array_append_val (spans, span);
      else
        g_array_index (spans, DlNerSpan, spans->len - 1).end = i + 1;
    }
  return spans;
}
