/* dl-perceptron.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the trainers of the averaged perceptrons share: the dictionary of
 * feature keys, the averaging, and the weight table of a model file.
 * Nothing here depends on the clock or on hash table order, so the same
 * data gives the same model, byte for byte.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "dl-perceptron.h"

/* -- the dictionary ----------------------------------------------------- */

void
dl_feature_dict_init (DlFeatureDict *dict,
                      gsize          size)
{
  g_return_if_fail (dict != NULL);
  g_return_if_fail (size > 0 && (size & (size - 1)) == 0);

  dict->keys = g_new0 (guint64, size);
  dict->indices = g_new0 (guint32, size);
  dict->mask = size - 1;
  dict->by_index = g_array_new (FALSE, FALSE, sizeof (guint64));
}

void
dl_feature_dict_clear (DlFeatureDict *dict)
{
  g_return_if_fail (dict != NULL);

  g_clear_pointer (&dict->keys, g_free);
  g_clear_pointer (&dict->indices, g_free);
  g_clear_pointer (&dict->by_index, g_array_unref);
}

static void
dict_grow (DlFeatureDict *dict)
{
  g_autoptr(GArray) old = dict->by_index;

  g_free (dict->keys);
  g_free (dict->indices);
  dl_feature_dict_init (dict, (dict->mask + 1) * 2);
  for (guint i = 0; i < old->len; i++)
    dl_feature_dict_get (dict, g_array_index (old, guint64, i), TRUE);
}

/**
 * dl_feature_dict_get:
 * @dict: a dictionary
 * @key: any 64-bit key
 * @add: whether to add @key when it is absent
 *
 * Returns: the index of @key, the number of keys before it was added;
 *   -1 when it is absent and not added
 */
gint64
dl_feature_dict_get (DlFeatureDict *dict,
                     guint64        key,
                     gboolean       add)
{
  gsize s;

  key = key != 0 ? key : 1;
  for (s = key & dict->mask; dict->keys[s] != 0; s = (s + 1) & dict->mask)
    if (dict->keys[s] == key)
      return dict->indices[s];
  if (!add)
    return -1;
  if (dict->by_index->len * 2 > dict->mask)
    {
      dict_grow (dict);
      return dl_feature_dict_get (dict, key, add);
    }
  dict->keys[s] = key;
  dict->indices[s] = dict->by_index->len;
  g_array_append_val (dict->by_index, key);
  return dict->by_index->len - 1;
}

/* -- averaging ---------------------------------------------------------- */

void
dl_averaged_init (DlAveraged *a,
                  guint       n_labels)
{
  g_return_if_fail (a != NULL && n_labels > 0);

  a->weights = g_array_new (FALSE, TRUE, sizeof (float));
  a->totals = g_array_new (FALSE, TRUE, sizeof (double));
  a->time = 0;
  a->n_labels = n_labels;
}

void
dl_averaged_clear (DlAveraged *a)
{
  g_return_if_fail (a != NULL);

  g_clear_pointer (&a->weights, g_array_unref);
  g_clear_pointer (&a->totals, g_array_unref);
}

/* Makes room for the weights of @n_features features, new ones zero */
void
dl_averaged_grow (DlAveraged *a,
                  guint       n_features)
{
  guint n = n_features * a->n_labels;

  g_return_if_fail (a != NULL);

  if (a->weights->len < n)
    {
      g_array_set_size (a->weights, n);
      g_array_set_size (a->totals, n);
    }
}

/**
 * dl_averaged_average:
 * @a: weights
 *
 * Returns: (transfer full) (element-type float): the averaged weights,
 *   w − Σ t·Δ / T
 */
GArray *
dl_averaged_average (DlAveraged *a)
{
  GArray *average;

  g_return_val_if_fail (a != NULL, NULL);

  average = g_array_sized_new (FALSE, FALSE, sizeof (float), a->weights->len);
  g_array_set_size (average, a->weights->len);
  for (guint k = 0; k < a->weights->len; k++)
    g_array_index (average, float, k) = g_array_index (a->weights, float, k)
      - g_array_index (a->totals, double, k) / (double) MAX (a->time, 1);
  return average;
}

/**
 * dl_float_scorer_score:
 * @scorer: a #DlFloatScorer
 * @keys: (array length=n_keys): features
 * @n_keys: how many
 * @scores: the scores the rows of @keys are added to
 */
void
dl_float_scorer_score (gconstpointer  scorer,
                       const guint64 *keys,
                       guint          n_keys,
                       float         *scores)
{
  const DlFloatScorer *f = scorer;

  for (guint k = 0; k < n_keys; k++)
    {
      gint64 index = dl_feature_dict_get (f->dict, keys[k], FALSE);

      if (index < 0 || index >= f->n_features)
        continue;
      for (guint l = 0; l < f->n_labels; l++)
        scores[l] += f->weights[index * f->n_labels + l];
    }
}

/* -- filters of absent keys --------------------------------------------- */

/* At least four bits per key, rounded up to a power of two: for the
 * parser's moves 512 KiB, through which about one absent key in twenty
 * gets. Larger filters, which let fewer through, measured slower: they
 * no longer stay in the cache. */
#define FILTER_BITS_PER_KEY 4
/* The words are chosen by the top bits of a check, the two bits of a
 * word by its bits 1 to 12: at most 2^19 words keeps them apart */
#define FILTER_MAX_LOG2_WORDS 19

/**
 * dl_key_filter_init: (skip)
 * @filter: a filter
 * @n_keys: how many keys it will hold
 *
 * Makes an empty filter for about @n_keys keys; free it with
 * dl_key_filter_clear().
 */
void
dl_key_filter_init (DlKeyFilter *filter,
                    guint        n_keys)
{
  guint log2 = 6;

  g_return_if_fail (filter != NULL);

  while (log2 < FILTER_MAX_LOG2_WORDS
         && (G_GUINT64_CONSTANT (64) << log2) < (guint64) n_keys * FILTER_BITS_PER_KEY)
    log2++;
  filter->words = g_new0 (guint64, (gsize) 1 << log2);
  filter->shift = 32 - log2;
}

void
dl_key_filter_clear (DlKeyFilter *filter)
{
  g_return_if_fail (filter != NULL);

  g_clear_pointer (&filter->words, g_free);
}

/* -- the tables of a model file ----------------------------------------- */

/* Room for @n keys at most half full, a power of two */
guint32
dl_slots_size (guint n)
{
  guint32 size = 1024;

  while (size < 2 * n)
    size *= 2;
  return size;
}

void
dl_slots_put (guint32 *slots,
              guint32  mask,
              guint64  key,
              guint32  value)
{
  guint32 check = dl_hash_check (key);
  guint32 s;

  for (s = key & mask; slots[2 * s] != 0; s = (s + 1) & mask)
    if (slots[2 * s] == check)
      return;   /* a 64-bit collision: the first key keeps the slot */
  slots[2 * s] = check;
  slots[2 * s + 1] = value;
}

/* The weights as 16-bit integers on one scale, in @kept the keys of
 * the features whose weights do not all round to zero */
static GByteArray *
quantise (GArray *weights,
          GArray *keys,
          guint   n_labels,
          GArray *kept,
          float  *scale)
{
  GByteArray *rows = g_byte_array_new ();
  g_autofree gint16 *row = g_new (gint16, n_labels);
  guint n_features = weights->len / n_labels;
  float max = 0;

  for (guint k = 0; k < weights->len; k++)
    max = MAX (max, fabsf (g_array_index (weights, float, k)));
  *scale = max > 0 ? max / 32767 : 1;
  for (guint f = 0; f < n_features; f++)
    {
      gboolean zero = TRUE;

      for (guint l = 0; l < n_labels; l++)
        {
          row[l] = (gint16) lrintf (g_array_index (weights, float, f * n_labels + l) / *scale);
          zero = zero && row[l] == 0;
        }
      if (zero)
        continue;
      g_array_append_val (kept, g_array_index (keys, guint64, f));
      g_byte_array_append (rows, (guint8 *) row, n_labels * sizeof (gint16));
    }
  return rows;
}

/**
 * dl_weights_quantise:
 * @weights: (element-type float): @n_labels weights per feature
 * @keys: (element-type guint64): the key of each feature
 * @n_labels: the width of a row
 * @slots: (out) (transfer full): the slots, key → row
 * @n_slots: (out): how many slots
 * @n_rows: (out): how many rows
 * @scale: (out): what a unit of the 16-bit weights is worth
 *
 * Weights as 16-bit integers on one scale; features whose weights all
 * round to zero are left out.
 *
 * Returns: (transfer full): the rows
 */
GByteArray *
dl_weights_quantise (GArray   *weights,
                     GArray   *keys,
                     guint     n_labels,
                     guint32 **slots,
                     guint32  *n_slots,
                     guint32  *n_rows,
                     float    *scale)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint64));
  GByteArray *rows = quantise (weights, keys, n_labels, kept, scale);

  *n_rows = kept->len;
  *n_slots = dl_slots_size (kept->len);
  *slots = g_new0 (guint32, 2 * *n_slots);
  for (guint k = 0; k < kept->len; k++)
    dl_slots_put (*slots, *n_slots - 1, g_array_index (kept, guint64, k), k);
  return rows;
}

#define SCORE_BATCH 64

G_STATIC_ASSERT (sizeof (DlInlineSlot) == 16);

/**
 * dl_weight_table_rows: (skip)
 * @table: a table
 * @keys: (array length=n_keys): features
 * @n_keys: how many
 * @rows: (out caller-allocates): room for @n_keys rows
 *
 * Looks the keys up in batches: the slots of a whole batch are fetched
 * from memory at once, then its rows, rather than one miss after the
 * other, which is most of the time a large table costs.
 *
 * Returns: how many of @keys have rows, which are in @rows
 */
guint
dl_weight_table_rows (const DlWeightTable *table,
                      const guint64       *keys,
                      guint                n_keys,
                      const gint16       **rows)
{
  guint found = 0;

  for (guint start = 0; start < n_keys; start += SCORE_BATCH)
    {
      guint n = MIN (n_keys - start, SCORE_BATCH);

      for (guint k = 0; k < n; k++)
        __builtin_prefetch (table->slots + 2 * (keys[start + k] & table->mask));
      for (guint k = 0; k < n; k++)
        {
          const gint16 *row = dl_weight_table_find (table, keys[start + k]);

          if (row == NULL)
            continue;
          /* A row may straddle two lines of cache */
          __builtin_prefetch (row);
          __builtin_prefetch (row + table->n_labels - 1);
          rows[found++] = row;
        }
    }
  return found;
}

/**
 * dl_weight_table_score: (skip)
 * @table: a table
 * @keys: (array length=n_keys): features
 * @n_keys: how many
 * @scores: @table->n_labels sums the rows of @keys are added to
 */
void
dl_weight_table_score (const DlWeightTable *table,
                       const guint64       *keys,
                       guint                n_keys,
                       gint32              *scores)
{
  const gint16 *rows[SCORE_BATCH];

  for (guint start = 0; start < n_keys; start += SCORE_BATCH)
    {
      guint n = MIN (n_keys - start, SCORE_BATCH);
      guint found = dl_weight_table_rows (table, keys + start, n, rows);

      for (guint k = 0; k < found; k++)
        for (guint l = 0; l < table->n_labels; l++)
          scores[l] += rows[k][l];
    }
}

/* More keys than a parser's state has, whose look-ups go in one batch */
#define FILTER_BATCH 256

static void
inline_rows_batch (const DlInlineTable *table,
                   const guint64       *keys,
                   guint                n_keys,
                   const gint16       **rows)
{
  guint8 held[FILTER_BATCH];

  /* The filter is larger than the first levels of cache: a branch on
   * each of its words, mispredicted while the word is on its way, would
   * hold back the loads of the words after it, so all are read first */
  for (guint k = 0; k < n_keys; k++)
    held[k] = dl_key_filter_may_hold (&table->filter, keys[k]);
  for (guint k = 0; k < n_keys; k++)
    if (held[k])
      __builtin_prefetch (table->slots + (keys[k] & table->mask));
  for (guint k = 0; k < n_keys; k++)
    {
      guint32 check = dl_hash_check (keys[k]), s;

      rows[k] = NULL;
      if (!held[k])
        continue;
      for (s = keys[k] & table->mask;
           table->slots[s].check != 0 && table->slots[s].check != check;
           s = (s + 1) & table->mask)
        ;
      rows[k] = table->slots[s].check != 0 ? table->slots[s].weights : NULL;
    }
}

/**
 * dl_inline_table_rows: (skip)
 * @table: a table
 * @keys: (array length=n_keys): features
 * @n_keys: how many
 * @rows: (out caller-allocates): the weights of each key, %NULL for a
 *   key the table does not hold
 *
 * Reads the filter for all the keys, then asks for the slots of those
 * it may hold, then reads them: a parser's state has more features
 * than a batch of dl_weight_table_rows(), and fetching them in batches
 * would wait on memory once per batch.
 */
void
dl_inline_table_rows (const DlInlineTable *table,
                      const guint64       *keys,
                      guint                n_keys,
                      const gint16       **rows)
{
  for (guint start = 0; start < n_keys; start += FILTER_BATCH)
    inline_rows_batch (table, keys + start, MIN (n_keys - start, FILTER_BATCH), rows + start);
}

/**
 * dl_inline_table_score: (skip)
 * @table: a table
 * @keys: (array length=n_keys): features
 * @n_keys: how many
 * @scores: @table->n_labels sums the weights of @keys are added to
 *
 * As dl_weight_table_score(), for a table whose rows are in its slots.
 */
void
dl_inline_table_score (const DlInlineTable *table,
                       const guint64       *keys,
                       guint                n_keys,
                       gint32              *scores)
{
  const gint16 *rows[SCORE_BATCH];

  for (guint start = 0; start < n_keys; start += SCORE_BATCH)
    {
      guint n = MIN (n_keys - start, SCORE_BATCH);

      dl_inline_table_rows (table, keys + start, n, rows);
      for (guint k = 0; k < n; k++)
        for (guint l = 0; rows[k] != NULL && l < table->n_labels; l++)
          scores[l] += rows[k][l];
    }
}

/**
 * dl_inline_table_init_filter: (skip)
 * @table: a table of a model, its slots in place
 *
 * Builds the filter of the keys @table holds, so that its look-ups
 * skip the keys it does not; free it with dl_key_filter_clear().
 */
void
dl_inline_table_init_filter (DlInlineTable *table)
{
  guint32 n_keys = 0;

  g_return_if_fail (table != NULL && table->slots != NULL);

  for (guint32 s = 0; s <= table->mask; s++)
    n_keys += table->slots[s].check != 0;
  dl_key_filter_init (&table->filter, n_keys);
  for (guint32 s = 0; s <= table->mask; s++)
    if (table->slots[s].check != 0)
      dl_key_filter_add (&table->filter, table->slots[s].check);
}

/* Room for @n keys at most three quarters full, a power of two: the
 * probes of a fuller table mostly stay within a line of the cache */
static guint32
inline_size (guint n)
{
  guint32 size = 1024;

  while (size * 3 < 4 * n)
    size *= 2;
  return size;
}

/**
 * dl_weights_quantise_inline:
 * @weights: (element-type float): @n_labels weights per feature
 * @keys: (element-type guint64): the key of each feature
 * @n_labels: the width of a row, at most %DL_INLINE_MAX_LABELS
 * @n_slots: (out): how many slots
 * @n_rows: (out): how many features are kept
 * @scale: (out): what a unit of the 16-bit weights is worth
 *
 * As dl_weights_quantise(), the rows in the slots.
 *
 * Returns: (transfer full): the slots
 */
DlInlineSlot *
dl_weights_quantise_inline (GArray   *weights,
                            GArray   *keys,
                            guint     n_labels,
                            guint32  *n_slots,
                            guint32  *n_rows,
                            float    *scale)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GByteArray) rows = NULL;
  DlInlineSlot *slots;
  guint32 mask;

  g_return_val_if_fail (n_labels <= DL_INLINE_MAX_LABELS, NULL);

  rows = quantise (weights, keys, n_labels, kept, scale);
  *n_rows = kept->len;
  *n_slots = inline_size (kept->len);
  mask = *n_slots - 1;
  slots = g_new0 (DlInlineSlot, *n_slots);
  for (guint k = 0; k < kept->len; k++)
    {
      guint64 key = g_array_index (kept, guint64, k);
      guint32 check = dl_hash_check (key), s;

      for (s = key & mask; slots[s].check != 0 && slots[s].check != check; s = (s + 1) & mask)
        ;
      if (slots[s].check != 0)
        continue;   /* a 64-bit collision: the first key keeps the slot */
      slots[s].check = check;
      memcpy (slots[s].weights, rows->data + (gsize) k * n_labels * sizeof (gint16),
              n_labels * sizeof (gint16));
    }
  return slots;
}

/* How a sentence is cased, from its words' shapes ("Xx", "x", "X") and
 * lower-case forms, for the taggers' features: 'A' when no word has a
 * lower-case letter (a shouted headline), 'T' when every longer word is
 * capitalised (title case), else 'N' */
char
dl_sentence_mode (char * const *shapes,
                  char * const *lower,
                  guint         n_tokens)
{
  gboolean has_lower = FALSE, title = TRUE;

  for (guint i = 0; i < n_tokens; i++)
    {
      if (strchr (shapes[i], 'x') != NULL)
        has_lower = TRUE;
      if (shapes[i][0] == 'x' && strlen (lower[i]) > 3)
        title = FALSE;
    }
  if (!has_lower)
    return 'A';
  return title && n_tokens > 2 ? 'T' : 'N';
}

/* A Fisher-Yates shuffle of the training order before each epoch; with
 * the same seeded @rand it gives the same order, so training is
 * reproducible */
void
dl_shuffle (guint *order,
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

/* -- model files -------------------------------------------------------- */

/* Tables larger than this are copied into memory backed by huge pages */
#define HUGE_PAGE_SIZE (2 * 1024 * 1024)

/* A copy of @data in memory the kernel is asked to back with huge pages:
 * the lookups of a model land anywhere in tables of many megabytes, and
 * with pages of 4 KiB nearly every one of them would also miss the
 * translation cache of the processor. %NULL when no such memory is had. */
static gpointer
copy_to_huge_pages (gconstpointer data,
                    gsize         size)
{
  gsize rounded = (size + HUGE_PAGE_SIZE - 1) / HUGE_PAGE_SIZE * HUGE_PAGE_SIZE;
  gpointer copy = NULL;

  if (posix_memalign (&copy, HUGE_PAGE_SIZE, rounded) != 0)
    return NULL;
#ifdef MADV_HUGEPAGE
  madvise (copy, rounded, MADV_HUGEPAGE);
#endif
  memcpy (copy, data, size);
  return copy;
}

/**
 * dl_model_file_map:
 * @path: a model file written by one of the training tools
 *
 * Model files are read in place, so loading costs no parsing; they are
 * written little-endian. A large one is copied once into memory with
 * huge pages (see copy_to_huge_pages()), which makes its lookups
 * markedly faster; a small one stays mapped.
 *
 * Returns: (transfer full) (nullable): the file's contents, or %NULL
 *   with @error set
 */
GBytes *
dl_model_file_map (const char  *path,
                   GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  const char *data;
  gsize size;
  gpointer copy;

  if (G_BYTE_ORDER != G_LITTLE_ENDIAN)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSYS, "big-endian machines are not supported");
      return NULL;
    }
  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;
  data = g_mapped_file_get_contents (file);
  size = g_mapped_file_get_length (file);
  if (size < HUGE_PAGE_SIZE || (copy = copy_to_huge_pages (data, size)) == NULL)
    return g_mapped_file_get_bytes (file);
  return g_bytes_new_with_free_func (copy, size, free, copy);
}

/**
 * dl_model_find_default:
 * @file_name: the model's file name, "entities.model"
 * @load: the loader of that kind of model
 * @what: what the model is, for the debug log
 *
 * Loads $DATELINE_MODELS_DIR/@file_name when the variable is set, else
 * the installed model, else the source tree's, so that tests and
 * uninstalled runs find it.
 *
 * Returns: (transfer full) (nullable): the model, or %NULL when there is none
 */
gpointer
dl_model_find_default (const char      *file_name,
                       DlModelLoadFunc  load,
                       const char      *what)
{
  const char *env = g_getenv ("DATELINE_MODELS_DIR");
  const char *dirs[] = { PKGDATADIR "/models", SOURCE_DATADIR "/models" };

  if (env != NULL && *env != '\0')
    {
      g_autofree char *path = g_build_filename (env, file_name, NULL);

      return load (path, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], file_name, NULL);
      g_autoptr(GError) error = NULL;
      gpointer model = load (path, &error);

      if (model != NULL)
        return model;
      g_debug ("No %s at %s: %s", what, path, error->message);
    }
  return NULL;
}
