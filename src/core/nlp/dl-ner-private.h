/* dl-ner-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the statistical tagger's run time and its training share: the
 * features of a token, hashed to 64 bits, and the model file's layout.
 * Training and tagging must compute exactly the same features, so both
 * call these functions.
 */
#pragma once

#include <glib.h>

#include "dl-perceptron.h"

G_BEGIN_DECLS

/* The gazetteer of the model: a phrase (its words lower-cased, joined by
 * spaces) maps to a set of these bits. The first four are the types the
 * phrase had in the training data, the others come from word lists. */
typedef enum
{
  DL_NER_GAZ_PER = 1 << 0,
  DL_NER_GAZ_ORG = 1 << 1,
  DL_NER_GAZ_LOC = 1 << 2,
  DL_NER_GAZ_MISC = 1 << 3,
  DL_NER_GAZ_COUNTRY = 1 << 4,
  DL_NER_GAZ_DEMONYM = 1 << 5,
  DL_NER_GAZ_LIST_ORG = 1 << 6,
  DL_NER_GAZ_LIST_MISC = 1 << 7,
  DL_NER_GAZ_FIRST_NAME = 1 << 8,
  DL_NER_GAZ_PLACE = 1 << 9,
  DL_NER_GAZ_TITLE = 1 << 10,
  DL_NER_GAZ_LOWER = 1 << 11,   /* a word usually written in lower case */
} DlNerGazBits;

#define DL_NER_GAZ_N_BITS 12
#define DL_NER_GAZ_MAX_WORDS 4
#define DL_NER_MAX_LABELS 17
#define DL_NER_MAX_HISTORY_FEATURES 4

typedef guint (*DlNerGazLookup) (gconstpointer data,
                                 guint64       key);
typedef void (*DlNerGazPrefetch) (gconstpointer data,
                                  guint64       key);

/* The features of one sentence that do not depend on the tags before */
typedef struct
{
  guint n_tokens;
  char **lower;      /* lower case, digits as 0 */
  char **shape;      /* "Xx", "X.X.", "d-d": character classes, runs collapsed */
  GArray *features;  /* guint64, token after token */
  guint *offsets;    /* token i's features are [offsets[i], offsets[i + 1]) */
  /*< private >*/
  GString *strings;  /* what @lower and @shape point into */
  guint *gaz_bits;   /* per phrase of a start and a length */
  guint64 *gaz_keys; /* the same phrases' keys */
  guint64 *lower_hashes; /* per token, the hashes of its lower case */
  guint64 *shape_hashes; /* per token, the hashes of its shape */
  guint64 *edge_hashes;  /* those of "<s>", "</s>" and the shape "|" */
  char *long_shapes;
  guint capacity;    /* tokens the arrays have room for, and one more */
} DlNerSentence;

DlNerSentence *dl_ner_sentence_new          (const char * const *tokens,
                                             guint               n_tokens,
                                             DlNerGazLookup      lookup,
                                             gconstpointer       lookup_data);
void           dl_ner_sentence_fill         (DlNerSentence      *s,
                                             const char * const *tokens,
                                             guint               n_tokens,
                                             DlNerGazLookup      lookup,
                                             DlNerGazPrefetch    prefetch,
                                             gconstpointer       lookup_data);
void           dl_ner_sentence_free         (DlNerSentence      *sentence);
guint          dl_ner_history_bases         (DlNerSentence      *sentence,
                                             guint               i,
                                             guint64            *out);
char          *dl_ner_lower                 (const char         *word);
guint64        dl_ner_phrase_key            (const char * const *lower_words,
                                             guint               n_words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlNerSentence, dl_ner_sentence_free)

/* A tag: 'O', or 'B', 'I', 'L' (last), 'U' (unit) and a type, 0 to 3 in
 * the order of DlEntityType. A model with 'L' and 'U' tags is BILOU. */
typedef struct
{
  char prefix;
  gint type;
} DlNerLabel;

gboolean       dl_ner_label_parse           (const char         *name,
                                             DlNerLabel         *label);
gboolean       dl_ner_label_allowed         (const DlNerLabel   *before,
                                             const DlNerLabel   *label,
                                             gboolean            bilou,
                                             gboolean            last);

/* The model file, little-endian:
 *   DlNerFileHeader
 *   labels: n_labels × 8 bytes, NUL-padded ("O", "B-PER", "L-ORG"...)
 *   feature slots: n_slots × (guint32 check, guint32 row)
 *   weights: n_rows × n_labels × gint16, times scale
 *   gazetteer slots: n_gaz_slots × (guint32 check, guint32 bits)
 * Both tables are open-addressed with linear probing: the low bits of a
 * key's hash give the first slot, the high 32 bits (never 0) the check. */
#define DL_NER_MAGIC "DLNER01"

typedef struct
{
  char magic[8];
  guint32 n_labels;
  guint32 n_slots;
  guint32 n_rows;
  guint32 n_gaz_slots;
  float scale;
  guint32 reserved;
} DlNerFileHeader;

/* A history feature: one of the token's bases and the tag before it,
 * -1 at the start of the sentence */
static inline guint64
dl_ner_history_key (guint64 base,
                    gint    tag1)
{
  return dl_hash_mix (base ^ ((guint64) (tag1 + 2) * 0x9e3779b97f4a7c15ULL));
}

/* The features of a token that pair it with the tag before it, the
 * tag alone left out */
#define DL_NER_N_HISTORY_BASES (DL_NER_MAX_HISTORY_FEATURES - 1)

/* Which tags may follow which, for a token in the middle (0) and for
 * the last one (1): whether a tag may start the sentence, and the tags
 * that may stand after each tag, in ascending order, so that the
 * search tries only those */
typedef struct
{
  gboolean at_start[2][DL_NER_MAX_LABELS];
  guint8 n_after[2][DL_NER_MAX_LABELS];
  guint8 after[2][DL_NER_MAX_LABELS][DL_NER_MAX_LABELS];
} DlNerAllowed;

/* The scores the search reads: dense arrays, as training fills them;
 * or, from the tagger, the emission scores and the rows that make up
 * the transition scores, added up only for the pairs of tags the
 * search tries (a third of them with BILOU tags) */
typedef struct
{
  guint n_labels;
  const float *emission;       /* n_tokens × n_labels, or %NULL */
  const float *transition;     /* n_tokens × (n_labels + 1) × n_labels, or %NULL */
  const gint32 *emission_sums; /* n_tokens × n_labels */
  const gint16 * const *history; /* n_tokens × DL_NER_N_HISTORY_BASES × (n_labels + 1) */
  const gint16 * const *tag_rows; /* n_labels + 1: the tag before alone, never %NULL */
} DlNerScores;

void           dl_ner_allowed_fill          (DlNerAllowed       *allowed,
                                             const DlNerLabel   *labels,
                                             guint               n_labels,
                                             gboolean            bilou);
void           dl_ner_search                (const DlNerAllowed *allowed,
                                             const DlNerScores  *scores,
                                             guint               n_tokens,
                                             gint               *tags,
                                             float              *best,
                                             gint               *back);
void           dl_ner_viterbi               (const DlNerLabel   *labels,
                                             guint               n_labels,
                                             gboolean            bilou,
                                             guint               n_tokens,
                                             const float        *emission,
                                             const float        *transition,
                                             gint               *tags);

G_END_DECLS
