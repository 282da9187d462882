/* dl-syntax-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the part of speech tagger, the parser and their training share:
 * the features, the greedy decoding, the arc-eager transitions and the
 * layout of the model files. Training and run time must compute exactly
 * the same features, so both call these functions; a change here needs
 * newly trained models.
 */
#pragma once

#include <glib.h>

#include "dl-perceptron.h"
#include "dl-pos.h"

G_BEGIN_DECLS

/* Adds the weight rows of @keys to @scores, one per label */
typedef void (*DlScorer) (gconstpointer  data,
                          const guint64 *keys,
                          guint          n_keys,
                          float         *scores);

/* -- the tagger --------------------------------------------------------- */

/* The parts of speech a word was seen with, as bits of DlUpos; 0 for a
 * word the model does not know */
typedef guint32 (*DlPosLexicon) (gconstpointer data,
                                 guint64       word_key);

#define DL_POS_MAX_HISTORY 7
#define DL_POS_MAX_RIGHT 8
#define DL_POS_MAX_KEYS 160

typedef struct
{
  guint n_tokens;
  char **lower;         /* lower case, digits as 0 */
  guint64 *word_keys;   /* the hash of each lower-cased word */
  guint32 *classes;     /* the lexicon's bits of each word */
  guint32 *cased_classes; /* the same, of the word as written */
  char **shapes;        /* "Xx", "d.d": character classes, runs collapsed */
  char *shape_block;    /* the memory of all the shapes, in one block */
  char mode;            /* 'A' all capitals, 'T' title case, 'N' normal */
  GArray *features;     /* guint64, token after token */
  guint *offsets;       /* token i's features are [offsets[i], offsets[i + 1]) */
} DlPosSentence;

DlPosSentence *dl_pos_sentence_new       (const char * const *tokens,
                                          guint               n_tokens,
                                          DlPosLexicon        lexicon,
                                          gconstpointer       lexicon_data);
void           dl_pos_sentence_free      (DlPosSentence      *sentence);
guint64        dl_pos_word_key           (const char         *lower);
guint64        dl_pos_cased_key          (const char         *word);
guint          dl_pos_history_features   (DlPosSentence      *sentence,
                                          guint               i,
                                          gint                tag1,
                                          gint                tag2,
                                          guint64            *out);
guint          dl_pos_static_count       (DlPosSentence      *sentence,
                                          guint               i);
guint          dl_pos_right_features     (DlPosSentence      *sentence,
                                          guint               i,
                                          gint                tag1,
                                          const gint         *first,
                                          guint64            *out);
guint          dl_pos_token_keys         (DlPosSentence      *sentence,
                                          guint               i,
                                          const gint         *tags,
                                          const gint         *first,
                                          guint64            *out);
void           dl_pos_decode             (DlPosSentence      *sentence,
                                          DlScorer            scorer,
                                          gconstpointer       scorer_data,
                                          const gint         *first,
                                          gint               *tags);
char          *dl_pos_lemma_rule         (const char         *form,
                                          DlUpos              upos);
guint64        dl_pos_lemma_key          (const char         *lower,
                                          DlUpos              upos);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlPosSentence, dl_pos_sentence_free)

/* The tagger's model file, little-endian:
 *   DlPosFileHeader
 *   labels: n_labels × 8 bytes, NUL-padded, in the order of DlUpos
 *   feature slots: n_slots × (guint32 check, guint32 row)
 *   lexicon slots: n_lex_slots × (guint32 check, guint32 DlUpos bits)
 *   lemma slots: n_lemma_slots × (guint32 check, guint32 pool offset)
 *   weights: n_rows × 2 × n_labels × gint16, times scale
 *   pool: pool_size bytes of NUL-terminated lemmas
 * The tables are those of dl-perceptron.h. A feature's row holds its
 * weights in both passes of the tagger, the first's then the second's,
 * so that a feature both passes see is looked up once. */
#define DL_POS_MAGIC "DLPOS03"

typedef struct
{
  char magic[8];
  guint32 n_labels;
  guint32 n_slots;
  guint32 n_rows;
  guint32 n_lex_slots;
  guint32 n_lemma_slots;
  guint32 pool_size;
  float scale;
  guint32 reserved;
} DlPosFileHeader;

/* -- the parser --------------------------------------------------------- */

/* The moves of the arc-eager system */
typedef enum
{
  DL_ARC_SHIFT,
  DL_ARC_REDUCE,  /* a top without a head gets the word below it */
  DL_ARC_LEFT,    /* the first of the buffer becomes the head of the top,
                   * in place of any head it had */
  DL_ARC_RIGHT,   /* the top becomes the head of the first of the buffer */
} DlArcMove;

#define DL_ARC_N_MOVES 4
#define DL_ARC_N_FEATURES 123
/* The keys of a word in dl_arc_word_keys() */
#define DL_ARC_WORD_KEYS 3
#define DL_LABEL_N_FEATURES 24
#define DL_ARC_N_ROLES 13
#define DL_ARC_ROLE_FEATURES 5

/* Tokens are numbered from 1; 0 is the root, always at the bottom of
 * the stack */
typedef struct
{
  guint n;                /* tokens, the root left out */
  guint *stack;
  guint depth;
  guint next;             /* the first token of the buffer; n + 1 when empty */
  gint *heads;            /* -1 while a token has none */
  gint *left, *left2;     /* the leftmost children, -1 for none */
  gint *right, *right2;   /* the rightmost children */
  guint *n_left, *n_right;
  gint *labels;           /* the relation of each arc made, -1 for none */
  guint64 *left_set, *right_set; /* the relations of the children, as bits */
} DlArcState;

/* Gives each arc its relation as soon as it is made, so that the moves
 * after it may see the relations of the children */
typedef struct
{
  DlScorer scorer;
  gconstpointer data;
  guint n_labels;
} DlArcLabeller;

DlArcState    *dl_arc_state_new          (guint               n_tokens);
void           dl_arc_state_free         (DlArcState         *state);
gboolean       dl_arc_state_allows       (DlArcState         *state,
                                          DlArcMove           move);
void           dl_arc_state_apply        (DlArcState         *state,
                                          DlArcMove           move);
void           dl_arc_state_step         (DlArcState         *state,
                                          DlArcMove           move,
                                          const guint64      *words,
                                          const gint         *tags,
                                          const DlArcLabeller *labeller);
gboolean       dl_arc_state_done         (DlArcState         *state);
void           dl_arc_state_finish       (DlArcState         *state);
guint          dl_arc_features           (DlArcState         *state,
                                          const guint64      *words,
                                          const gint         *tags,
                                          guint64            *out);
guint          dl_arc_context_features   (DlArcState         *state,
                                          const guint64      *words,
                                          const gint         *tags,
                                          gint               *roles,
                                          guint64            *out);
guint          dl_arc_role_features      (const guint64      *words,
                                          const gint         *tags,
                                          guint               role,
                                          gint                token,
                                          guint64            *out);
DlArcMove      dl_arc_best               (DlArcState         *state,
                                          const float        *scores);
void           dl_arc_parse              (DlArcState         *state,
                                          const guint64      *words,
                                          const gint         *tags,
                                          DlScorer            scorer,
                                          gconstpointer       scorer_data,
                                          const DlArcLabeller *labeller);
guint          dl_label_features         (const guint64      *words,
                                          const gint         *tags,
                                          const gint         *heads,
                                          guint               n,
                                          guint               d,
                                          guint64            *out);
guint64       *dl_arc_word_keys          (const char * const *tokens,
                                          guint               n_tokens);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlArcState, dl_arc_state_free)

/* The parser's model file, little-endian:
 *   DlParserFileHeader
 *   relations: n_deprels × 16 bytes, NUL-padded
 *   move slots: n_slots × DlInlineSlot, the weights times scale
 *   relation slots: n_label_slots × (guint32 check, guint32 row)
 *   relation weights: n_label_rows × n_deprels × gint16, times label_scale
 * n_rows is the number of move slots in use. */
#define DL_PARSER_MAGIC "DLDEP03"
#define DL_PARSER_DEPREL_SIZE 16

typedef struct
{
  char magic[8];
  guint32 n_moves;
  guint32 n_slots;
  guint32 n_rows;
  guint32 n_deprels;
  guint32 n_label_slots;
  guint32 n_label_rows;
  float scale;
  float label_scale;
} DlParserFileHeader;

G_END_DECLS
