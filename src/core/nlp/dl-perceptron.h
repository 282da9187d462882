/* dl-perceptron.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The machinery the averaged perceptrons of the name tagger, the part of
 * speech tagger and the parser share: features hashed straight to 64 bits,
 * a dictionary of those keys for training, weights averaged over every
 * update, and the table of 16-bit weight rows a model file holds and a
 * mapped model reads in place.
 */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

#define DL_HASH_PRIME 0x100000001b3ULL

/* -- hashing ------------------------------------------------------------ */

/* Scrambles a hash: FNV alone leaves the low bits, which pick the slot,
 * poorly mixed */
static inline guint64
dl_hash_mix (guint64 h)
{
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

/* The start of a feature of template @template */
static inline guint64
dl_hash_seed (guint template)
{
  return 0xcbf29ce484222325ULL ^ ((guint64) template * 0x9e3779b97f4a7c15ULL);
}

static inline guint64
dl_hash_bytes (guint64     h,
               const char *s,
               gsize       n)
{
  for (gsize k = 0; k < n; k++)
    {
      h ^= (guchar) s[k];
      h *= DL_HASH_PRIME;
    }
  /* A separator, so that ("ab", "c") and ("a", "bc") differ */
  h ^= 0x1f;
  return h * DL_HASH_PRIME;
}

/* As dl_hash_bytes() over the whole of @s, without a strlen() first:
 * the words hashed are short, and the call would cost as much */
static inline guint64
dl_hash_str (guint64     h,
             const char *s)
{
  for (; *s != '\0'; s++)
    {
      h ^= (guchar) *s;
      h *= DL_HASH_PRIME;
    }
  h ^= 0x1f;
  return h * DL_HASH_PRIME;
}

/* dl_hash_str() of @s from each of the @n starts in @h, the results in
 * @h: one pass over @s for them all. Hashing each feature's words apart
 * costs a mispredicted branch at the end of every word, and the chains,
 * independent of each other, run side by side. */
static inline void
dl_hash_str_many (guint64    *h,
                  guint       n,
                  const char *s)
{
  for (; *s != '\0'; s++)
    for (guint k = 0; k < n; k++)
      h[k] = (h[k] ^ (guchar) *s) * DL_HASH_PRIME;
  for (guint k = 0; k < n; k++)
    h[k] = (h[k] ^ 0x1f) * DL_HASH_PRIME;
}

static inline guint64
dl_hash_int (guint64 h,
             gint    v)
{
  h ^= (guint64) (v + 0x100);
  return h * DL_HASH_PRIME;
}

/* Adds a value that is itself a hash, or any number */
static inline guint64
dl_hash_u64 (guint64 h,
             guint64 v)
{
  h ^= v;
  return h * DL_HASH_PRIME;
}

/* The 32 bits a table keeps to recognise a key, never 0 */
static inline guint32
dl_hash_check (guint64 key)
{
  return (guint32) (key >> 32) | 1;
}

/* -- filters of absent keys --------------------------------------------- */

/* The checks a table holds, as two bits of a 64-bit word per check (a
 * blocked Bloom filter): a key with either bit clear is in no slot of
 * the table, so its look-up, a miss of the cache in a table of many
 * megabytes, can be left out, and the scores stay exactly the same. A
 * good part of the features of a sentence are absent (words the
 * training data never showed together), and the filter, a few bits per
 * key, mostly stays in the processor's second-level cache. A filter
 * without words holds everything. */
typedef struct
{
  guint64 *words;
  guint shift;      /* 32 − log2 of the number of words */
} DlKeyFilter;

static inline guint64
dl_key_filter_bits (guint32 check)
{
  /* Bit 0 of a check is always set: the bits above it choose */
  return (G_GUINT64_CONSTANT (1) << ((check >> 1) & 63))
         | (G_GUINT64_CONSTANT (1) << ((check >> 7) & 63));
}

/* Whether @key may be in the table: %FALSE only when it is not */
static inline gboolean
dl_key_filter_may_hold (const DlKeyFilter *filter,
                        guint64            key)
{
  guint32 check = dl_hash_check (key);
  guint64 bits = dl_key_filter_bits (check);

  return filter->words == NULL || (filter->words[check >> filter->shift] & bits) == bits;
}

void      dl_key_filter_init   (DlKeyFilter *filter,
                                guint        n_keys);
void      dl_key_filter_clear  (DlKeyFilter *filter);

static inline void
dl_key_filter_add (DlKeyFilter *filter,
                   guint32      check)
{
  filter->words[check >> filter->shift] |= dl_key_filter_bits (check);
}

/* -- tables of model files ---------------------------------------------- */

/* Open-addressed slots of (guint32 check, guint32 value), linear probing:
 * the low bits of a key give the first slot */
static inline gboolean
dl_slots_find (const guint32 *slots,
               guint32        mask,
               guint64        key,
               guint32       *value)
{
  guint32 check = dl_hash_check (key);

  for (guint32 s = key & mask;; s = (s + 1) & mask)
    {
      guint32 found = slots[2 * s];

      if (found == check)
        {
          *value = slots[2 * s + 1];
          return TRUE;
        }
      if (found == 0)
        return FALSE;
    }
}

guint32   dl_slots_size  (guint    n);
void      dl_slots_put   (guint32 *slots,
                          guint32  mask,
                          guint64  key,
                          guint32  value);

/* Weight rows of @n_labels 16-bit integers, found through slots */
typedef struct
{
  const guint32 *slots;
  guint32 mask;
  const gint16 *rows;
  guint n_labels;
} DlWeightTable;

static inline const gint16 *
dl_weight_table_find (const DlWeightTable *table,
                      guint64              key)
{
  guint32 row;

  if (!dl_slots_find (table->slots, table->mask, key, &row))
    return NULL;
  return table->rows + (gsize) row * table->n_labels;
}

guint     dl_weight_table_rows  (const DlWeightTable *table,
                                 const guint64       *keys,
                                 guint                n_keys,
                                 const gint16       **rows);
void      dl_weight_table_score (const DlWeightTable *table,
                                 const guint64       *keys,
                                 guint                n_keys,
                                 gint32              *scores);

/* Narrow rows kept in their slots, so that a feature costs one miss of
 * the cache rather than two: 16 bytes a slot, the guint32 check then
 * up to %DL_INLINE_MAX_LABELS 16-bit weights */
#define DL_INLINE_MAX_LABELS 6

typedef struct
{
  guint32 check;
  gint16 weights[DL_INLINE_MAX_LABELS];
} DlInlineSlot;

typedef struct
{
  const DlInlineSlot *slots;
  guint32 mask;
  guint n_labels;
  DlKeyFilter filter;   /* the keys of the slots, once built */
} DlInlineTable;

void      dl_inline_table_rows  (const DlInlineTable *table,
                                 const guint64       *keys,
                                 guint                n_keys,
                                 const gint16       **rows);
void      dl_inline_table_score (const DlInlineTable *table,
                                 const guint64       *keys,
                                 guint                n_keys,
                                 gint32              *scores);
void      dl_inline_table_init_filter (DlInlineTable *table);

/* -- training ----------------------------------------------------------- */

/* 64-bit keys to dense indices, open-addressed: far lighter than a
 * GHashTable for millions of features */
typedef struct
{
  guint64 *keys;     /* slot → key, 0 for empty */
  guint32 *indices;  /* slot → index */
  gsize mask;
  GArray *by_index;  /* index → key */
} DlFeatureDict;

void      dl_feature_dict_init  (DlFeatureDict *dict,
                                 gsize          size);
gint64    dl_feature_dict_get   (DlFeatureDict *dict,
                                 guint64        key,
                                 gboolean       add);
void      dl_feature_dict_clear (DlFeatureDict *dict);

/* Perceptron weights, n_labels floats per feature, with what averaging
 * them needs: the sum of every update weighted by its time */
typedef struct
{
  GArray *weights;   /* float */
  GArray *totals;    /* double */
  guint64 time;
  guint n_labels;
} DlAveraged;

void      dl_averaged_init     (DlAveraged    *a,
                                guint          n_labels);
void      dl_averaged_clear    (DlAveraged    *a);
void      dl_averaged_grow     (DlAveraged    *a,
                                guint          n_features);
GArray   *dl_averaged_average  (DlAveraged    *a);

static inline void
dl_averaged_update (DlAveraged *a,
                    gint64      feature,
                    gint        label,
                    float       delta)
{
  gsize at = feature * a->n_labels + label;

  g_array_index (a->weights, float, at) += delta;
  g_array_index (a->totals, double, at) += a->time * (double) delta;
}

/* Scores with the float weights of a dictionary's features, for a DlScorer */
typedef struct
{
  DlFeatureDict *dict;
  const float *weights;
  guint n_features;
  guint n_labels;
} DlFloatScorer;

void      dl_float_scorer_score (gconstpointer  scorer,
                                 const guint64 *keys,
                                 guint          n_keys,
                                 float         *scores);

void         dl_shuffle            (guint            *order,
                                    guint             n,
                                    GRand            *rand);
char         dl_sentence_mode      (char * const     *shapes,
                                    char * const     *lower,
                                    guint             n_tokens);

/* -- model files -------------------------------------------------------- */

typedef gpointer (*DlModelLoadFunc) (const char  *path,
                                     GError     **error);

GBytes      *dl_model_file_map     (const char       *path,
                                    GError          **error);
gpointer     dl_model_find_default (const char       *file_name,
                                    DlModelLoadFunc   load,
                                    const char       *what);

GByteArray *dl_weights_quantise (GArray   *weights,
                                 GArray   *keys,
                                 guint     n_labels,
                                 guint32 **slots,
                                 guint32  *n_slots,
                                 guint32  *n_rows,
                                 float    *scale);

DlInlineSlot *dl_weights_quantise_inline (GArray   *weights,
                                          GArray   *keys,
                                          guint     n_labels,
                                          guint32  *n_slots,
                                          guint32  *n_rows,
                                          float    *scale);

G_END_DECLS
