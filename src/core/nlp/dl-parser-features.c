/* dl-parser-features.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The features of the states of the arc-eager parser, after Zhang and
 * Nivre (2011): the words and tags of the top of the stack, of the
 * buffer and of their heads and outermost children, their distance and
 * how many children they have; the endings of the words, which a wrong
 * tag leaves right; the relations of the arcs already made; whether the
 * two words are within the same brackets or quotes, the preposition of
 * the front of the buffer, and whether a verb is still to come. Those of
 * one word in one role ("the first of the buffer") are apart from the
 * others, so that the parser may score them once per sentence; and the
 * features of the relation of an arc. The parser and its training share
 * this file.
 */
#include "config.h"

#include <string.h>

#include "dl-ner-private.h"
#include "dl-syntax-private.h"

#define NONE_TAG (DL_UPOS_N + 1)
#define NONE_WORD G_GUINT64_CONSTANT (0x6e6f6e65)

/* -- features ----------------------------------------------------------- */

static inline guint64
f1 (guint   template,
    guint64 a)
{
  return dl_hash_mix (dl_hash_u64 (dl_hash_seed (template), a));
}

static inline guint64
f2 (guint   template,
    guint64 a,
    guint64 b)
{
  return dl_hash_mix (dl_hash_u64 (dl_hash_u64 (dl_hash_seed (template), a), b));
}

static inline guint64
f3 (guint   template,
    guint64 a,
    guint64 b,
    guint64 c)
{
  return dl_hash_mix (dl_hash_u64 (dl_hash_u64 (dl_hash_u64 (dl_hash_seed (template), a), b), c));
}

/* A word's key, the key of its ending, its tag, its relation and its
 * brackets (dl_arc_word_keys()); none for -1 */
typedef struct
{
  guint64 w;
  guint64 x;
  guint64 t;
  guint64 l;
  guint64 b;
} Item;

static Item
item_at (const guint64 *words,
         const gint    *tags,
         gint           i)
{
  Item item = { NONE_WORD, NONE_WORD, NONE_TAG, NONE_TAG, G_MAXUINT64 };

  if (i >= 0)
    {
      item.w = words[DL_ARC_WORD_KEYS * i];
      item.x = words[DL_ARC_WORD_KEYS * i + 1];
      item.b = words[DL_ARC_WORD_KEYS * i + 2];
      item.t = tags[i];
    }
  return item;
}

static guint
bucket (gint distance)
{
  return distance < 5 ? distance : distance < 10 ? 5 : 6;
}

/* The places a word's own features are seen from */
enum Role
{
  ROLE_S0, ROLE_B0, ROLE_B1, ROLE_B2, ROLE_S0H, ROLE_S0L, ROLE_S0R, ROLE_B0L,
  ROLE_S1, ROLE_S0H2, ROLE_S0L2, ROLE_S0R2, ROLE_B0L2,
};

G_STATIC_ASSERT (ROLE_B0L2 + 1 == DL_ARC_N_ROLES);

/* The words around the top of the stack and the front of the buffer */
typedef struct
{
  Item s0, s1, s2, b0, b1, b2, s0h, s0h2, s0l, s0l2, s0r, s0r2, b0l, b0l2, s0_next, b0_prev;
  guint64 dist, s0vl, s0vr, b0vl, s0_headed, s1_dist, punct_between, verb_after;
  guint64 s0_left_set, s0_right_set, b0_left_set;
  gint roles[DL_ARC_N_ROLES];   /* the word in each role, -1 for none */
} Context;

/* The item of word @i with the relation it was given */
static Item
labelled_at (DlArcState    *s,
             const guint64 *words,
             const gint    *tags,
             gint           i)
{
  Item item = item_at (words, tags, i);

  if (i >= 0)
    item.l = s->labels[i];
  return item;
}

/* How many marks of punctuation stand between the top of the stack and
 * the front of the buffer, at most 2: a comma or a quote between them
 * often means their clauses differ */
static guint64
punct_between (const gint *tags,
               gint        top,
               gint        b0)
{
  guint64 count = 0;

  for (gint i = top + 1; b0 >= 0 && i < b0 && count < 2; i++)
    count += tags[i] == DL_UPOS_PUNCT;
  return count;
}

/* Whether a verb comes after the front of the buffer: whether the
 * sentence's main clause may be still to come */
static guint64
verb_after (const gint *tags,
            gint        b0,
            guint       n)
{
  for (guint i = b0 + 1; b0 >= 0 && i <= n; i++)
    if (tags[i] == DL_UPOS_VERB)
      return 1;
  return 0;
}

/* In the order of enum Role */
static void
set_roles (DlArcState *s,
           gint        top,
           gint        b0,
           gint       *roles)
{
  gint head = s->heads[top];

  roles[ROLE_S0] = top;
  roles[ROLE_B0] = b0;
  roles[ROLE_B1] = b0 >= 0 && s->next + 1 <= s->n ? b0 + 1 : -1;
  roles[ROLE_B2] = b0 >= 0 && s->next + 2 <= s->n ? b0 + 2 : -1;
  roles[ROLE_S0H] = head;
  roles[ROLE_S0L] = s->left[top];
  roles[ROLE_S0R] = s->right[top];
  roles[ROLE_B0L] = b0 >= 0 ? s->left[b0] : -1;
  roles[ROLE_S1] = s->depth > 1 ? (gint) s->stack[s->depth - 2] : -1;
  roles[ROLE_S0H2] = head >= 0 ? s->heads[head] : -1;
  roles[ROLE_S0L2] = s->left2[top];
  roles[ROLE_S0R2] = s->right2[top];
  roles[ROLE_B0L2] = b0 >= 0 ? s->left2[b0] : -1;
}

static void
fill_context (DlArcState    *s,
              const guint64 *words,
              const gint    *tags,
              Context       *c)
{
  gint top = s->stack[s->depth - 1];
  gint b0 = s->next <= s->n ? (gint) s->next : -1;
  gint head = s->heads[top];

  c->s0 = labelled_at (s, words, tags, top);
  c->s1 = item_at (words, tags, s->depth > 1 ? (gint) s->stack[s->depth - 2] : -1);
  c->s2 = item_at (words, tags, s->depth > 2 ? (gint) s->stack[s->depth - 3] : -1);
  c->b0 = item_at (words, tags, b0);
  c->b1 = item_at (words, tags, b0 >= 0 && s->next + 1 <= s->n ? b0 + 1 : -1);
  c->b2 = item_at (words, tags, b0 >= 0 && s->next + 2 <= s->n ? b0 + 2 : -1);
  c->s0h = item_at (words, tags, head);
  c->s0h2 = item_at (words, tags, head >= 0 ? s->heads[head] : -1);
  c->s0l = labelled_at (s, words, tags, s->left[top]);
  c->s0l2 = labelled_at (s, words, tags, s->left2[top]);
  c->s0r = labelled_at (s, words, tags, s->right[top]);
  c->s0r2 = labelled_at (s, words, tags, s->right2[top]);
  c->b0l = labelled_at (s, words, tags, b0 >= 0 ? s->left[b0] : -1);
  c->b0l2 = labelled_at (s, words, tags, b0 >= 0 ? s->left2[b0] : -1);
  set_roles (s, top, b0, c->roles);
  c->s0_left_set = s->left_set[top];
  c->s0_right_set = s->right_set[top];
  c->b0_left_set = b0 >= 0 ? s->left_set[b0] : 0;
  c->s0_next = item_at (words, tags, top > 0 && top < (gint) s->n ? top + 1 : -1);
  c->b0_prev = item_at (words, tags, b0 > 1 ? b0 - 1 : -1);
  c->dist = b0 >= 0 ? bucket (b0 - top) : 7;
  c->s1_dist = s->depth > 1 ? bucket (top - (gint) s->stack[s->depth - 2]) : 7;
  c->punct_between = punct_between (tags, top, b0);
  c->verb_after = verb_after (tags, b0, s->n);
  c->s0vl = MIN (s->n_left[top], 4);
  c->s0vr = MIN (s->n_right[top], 4);
  c->b0vl = b0 >= 0 ? MIN (s->n_left[b0], 4) : 5;
  c->s0_headed = head >= 0;
}

/**
 * dl_arc_role_features: (skip)
 * @words: the keys of dl_arc_word_keys()
 * @tags: n + 1 tags, the root's first
 * @role: a role, below %DL_ARC_N_ROLES
 * @token: the word in that role, -1 for none
 * @out: room for %DL_ARC_ROLE_FEATURES keys
 *
 * The features of a word in a role, which do not depend on the rest of
 * the state: its word, tag and, for the top of the stack and the front
 * of the buffer, its ending.
 *
 * Returns: how many
 */
guint
dl_arc_role_features (const guint64 *words,
                      const gint    *tags,
                      guint          role,
                      gint           token,
                      guint64       *out)
{
  /* The endings of words, which a wrong tag does not change and which
   * generalise over words seen too rarely to have weights of their own */
  static const gint ending[DL_ARC_N_ROLES] = { 0, 1, 2, -1, -1, -1, -1, -1, 3, -1, -1, -1, -1 };
  Item item = item_at (words, tags, token);
  guint n = 0;

  out[n++] = f1 (10 + 3 * role, item.w);
  out[n++] = f1 (11 + 3 * role, item.t);
  if (role < 4)
    out[n++] = f2 (12 + 3 * role, item.w, item.t);
  if (ending[role] >= 0)
    {
      out[n++] = f1 (110 + 2 * ending[role], item.x);
      out[n++] = f2 (111 + 2 * ending[role], item.x, item.t);
    }
  return n;
}

static guint
pair_features (const Context *c,
               guint64       *o)
{
  guint n = 0;

  o[n++] = f3 (60, f2 (0, c->s0.w, c->s0.t), c->b0.w, c->b0.t);
  o[n++] = f3 (61, c->s0.w, c->s0.t, c->b0.w);
  o[n++] = f3 (62, c->s0.w, c->b0.w, c->b0.t);
  o[n++] = f3 (63, c->s0.w, c->s0.t, c->b0.t);
  o[n++] = f3 (64, c->s0.t, c->b0.w, c->b0.t);
  o[n++] = f2 (65, c->s0.w, c->b0.w);
  o[n++] = f2 (66, c->s0.t, c->b0.t);
  o[n++] = f2 (67, c->b0.t, c->b1.t);
  o[n++] = f3 (68, c->b0.t, c->b1.t, c->b2.t);
  o[n++] = f3 (69, c->s0.t, c->b0.t, c->b1.t);
  o[n++] = f3 (70, c->s0h.t, c->s0.t, c->b0.t);
  o[n++] = f3 (71, c->s0.t, c->s0l.t, c->b0.t);
  o[n++] = f3 (72, c->s0.t, c->s0r.t, c->b0.t);
  o[n++] = f3 (73, c->s0.t, c->b0.t, c->b0l.t);
  o[n++] = f3 (74, c->s0.t, c->s0l.t, c->s0l2.t);
  o[n++] = f3 (75, c->s0.t, c->s0r.t, c->s0r2.t);
  o[n++] = f3 (76, c->s0.t, c->s0h.t, c->s0h2.t);
  o[n++] = f3 (77, c->b0.t, c->b0l.t, c->b0l2.t);
  o[n++] = f3 (78, c->s1.t, c->s0.t, c->b0.t);
  o[n++] = f2 (79, c->s1.w, c->s0.w);
  o[n++] = f2 (80, c->s1.t, c->s0.t);
  o[n++] = f3 (81, c->s0_headed, c->s0.t, c->b0.t);
  o[n++] = f2 (82, c->b0.w, c->b1.w);
  o[n++] = f3 (83, c->s0.t, c->b0.w, c->b1.t);
  o[n++] = f3 (84, c->s2.t, c->s1.t, c->s0.t);
  return n;
}

/* The endings of the words at the top of the stack and the front of
 * the buffer together */
static guint
ending_features (const Context *c,
                 guint64       *o)
{
  guint n = 0;

  o[n++] = f2 (120, c->s0.x, c->b0.x);
  o[n++] = f2 (121, c->s0.t, c->b0.x);
  o[n++] = f2 (122, c->s0.x, c->b0.t);
  o[n++] = f3 (123, c->s0.x, c->b0.x, c->b1.t);
  o[n++] = f3 (124, c->s0.t, c->s0_next.t, c->b0.t);
  o[n++] = f3 (125, c->s0.t, c->b0_prev.t, c->b0.t);
  o[n++] = f3 (126, c->s0.w, c->b0.t, c->b1.t);
  o[n++] = f3 (127, c->s1.t, c->s0.w, c->b0.t);
  return n;
}

/* Whether the top of the stack and the front of the buffer are within
 * the same brackets or quotes, and which of them opens or closes a pair:
 * a closing bracket hangs from a word inside the pair, a word after it
 * rarely does */
static guint
bracket_features (const Context *c,
                  guint64       *o)
{
  guint64 same = c->s0.b >> 2 == c->b0.b >> 2;
  guint64 kinds = (same << 4) | ((c->s0.b & 3) << 2) | (c->b0.b & 3);
  guint n = 0;

  o[n++] = f3 (150, c->s0.t, c->b0.t, kinds);
  o[n++] = f3 (151, c->s0.w, c->b0.t, kinds);
  o[n++] = f3 (152, c->s0.t, c->b0.w, kinds);
  o[n++] = f3 (153, c->s1.t, c->s0.t, (c->s1.b >> 2 == c->s0.b >> 2) << 4 | (c->s0.b & 3));
  return n;
}

/* A phrase with its preposition, "in Hamburg", the preposition its
 * first child: whether it hangs from the top of the stack or from a
 * word below depends on the three words */
static guint
preposition_features (const Context *c,
                      guint64       *o)
{
  guint n = 0;

  o[n++] = f3 (160, c->s0.t, c->b0l.w, c->b0.t);
  o[n++] = f3 (161, c->s0.w, c->b0l.w, c->b0.t);
  o[n++] = f3 (162, c->s0.t, c->b0l.w, c->b0.w);
  o[n++] = f3 (163, c->s1.t, c->b0l.w, c->b0.t);
  return n;
}

static guint
lookahead_features (const Context *c,
                    guint64       *o)
{
  guint n = 0;

  o[n++] = f3 (170, c->s0.t, c->b0.t, c->verb_after);
  o[n++] = f3 (171, c->s0.w, c->b0.t, c->verb_after);
  o[n++] = f3 (172, c->s0.t, c->b0.w, c->verb_after);
  return n;
}

/* The relations of the arcs made, after Zhang and Nivre (2011) */
static guint
label_features (const Context *c,
                guint64       *o)
{
  guint n = 0;

  o[n++] = f2 (130, c->s0.t, c->s0.l);
  o[n++] = f3 (131, c->s0.l, c->s0.t, c->b0.t);
  o[n++] = f2 (132, c->s0.t, c->s0l.l);
  o[n++] = f2 (133, c->s0.t, c->s0r.l);
  o[n++] = f2 (134, c->b0.t, c->b0l.l);
  o[n++] = f2 (135, c->s0.w, c->s0l.l);
  o[n++] = f2 (136, c->s0.w, c->s0r.l);
  o[n++] = f2 (137, c->b0.w, c->b0l.l);
  o[n++] = f3 (138, c->s0.t, c->s0l.l, c->s0l2.l);
  o[n++] = f3 (139, c->s0.t, c->s0r.l, c->s0r2.l);
  o[n++] = f3 (140, c->b0.t, c->b0l.l, c->b0l2.l);
  o[n++] = f2 (141, c->s0.t, c->s0_left_set);
  o[n++] = f2 (142, c->s0.t, c->s0_right_set);
  o[n++] = f2 (143, c->b0.t, c->b0_left_set);
  o[n++] = f2 (144, c->s0.w, c->s0_right_set);
  o[n++] = f2 (145, c->s0.w, c->s0_left_set);
  o[n++] = f2 (146, c->b0.w, c->b0_left_set);
  return n;
}

static guint
distance_features (const Context *c,
                   guint64       *o)
{
  guint n = 0;

  o[n++] = f2 (90, c->s0.w, c->dist);
  o[n++] = f2 (91, c->s0.t, c->dist);
  o[n++] = f2 (92, c->b0.w, c->dist);
  o[n++] = f2 (93, c->b0.t, c->dist);
  o[n++] = f3 (94, c->s0.w, c->b0.w, c->dist);
  o[n++] = f3 (95, c->s0.t, c->b0.t, c->dist);
  o[n++] = f2 (96, c->s0.w, c->s0vr);
  o[n++] = f2 (97, c->s0.t, c->s0vr);
  o[n++] = f2 (98, c->s0.w, c->s0vl);
  o[n++] = f2 (99, c->s0.t, c->s0vl);
  o[n++] = f2 (100, c->b0.w, c->b0vl);
  o[n++] = f2 (101, c->b0.t, c->b0vl);
  o[n++] = f1 (102, 0);
  o[n++] = f3 (103, c->s0.t, c->b0.t, c->punct_between);
  o[n++] = f3 (104, c->s0.w, c->b0.t, c->punct_between);
  o[n++] = f3 (105, c->s1.t, c->s0.t, c->s1_dist);
  return n;
}

/**
 * dl_arc_context_features: (skip)
 * @state: a state
 * @words: the keys of dl_arc_word_keys()
 * @tags: n + 1 tags, the root's first
 * @roles: (out caller-allocates): the word in each of the
 *   %DL_ARC_N_ROLES roles, -1 for none
 * @out: room for %DL_ARC_N_FEATURES keys
 *
 * The features of @state but those of its words in their roles, which
 * dl_arc_role_features() gives.
 *
 * Returns: how many
 */
guint
dl_arc_context_features (DlArcState    *state,
                         const guint64 *words,
                         const gint    *tags,
                         gint          *roles,
                         guint64       *out)
{
  Context c;
  guint n = 0;

  fill_context (state, words, tags, &c);
  memcpy (roles, c.roles, sizeof c.roles);
  n += pair_features (&c, out + n);
  n += distance_features (&c, out + n);
  n += ending_features (&c, out + n);
  n += label_features (&c, out + n);
  n += bracket_features (&c, out + n);
  n += preposition_features (&c, out + n);
  n += lookahead_features (&c, out + n);
  return n;
}

/**
 * dl_arc_features: (skip)
 * @state: a state
 * @words: the keys of dl_arc_word_keys()
 * @tags: n + 1 tags, the root's first
 * @out: room for %DL_ARC_N_FEATURES keys
 *
 * Returns: how many features @state has, those of its words in their
 *   roles and the others
 */
guint
dl_arc_features (DlArcState    *state,
                 const guint64 *words,
                 const gint    *tags,
                 guint64       *out)
{
  gint roles[DL_ARC_N_ROLES];
  guint n = dl_arc_context_features (state, words, tags, roles, out);

  for (guint r = 0; r < DL_ARC_N_ROLES; r++)
    n += dl_arc_role_features (words, tags, r, roles[r], out + n);
  g_assert (n <= DL_ARC_N_FEATURES);
  return n;
}

/* The last three characters of a word in lower case, and whether it
 * was capitalised */
static guint64
ending_key (const char *token,
            const char *lower)
{
  glong n = g_utf8_strlen (lower, -1);
  const char *end = n <= 3 ? lower : g_utf8_offset_to_pointer (lower, n - 3);
  gboolean capital = g_unichar_isupper (g_utf8_get_char (token));

  return dl_hash_mix (dl_hash_int (dl_hash_str (dl_hash_seed (1), end), capital));
}

enum
{
  BRACKET_NONE,
  BRACKET_OPEN,
  BRACKET_CLOSE,
  BRACKET_EITHER,   /* a straight quote: opens or closes by its count */
};

static guint
bracket_kind (const char *token)
{
  static const char * const open[] = { "(", "[", "{", "``", "\u201c", "-LRB-" };
  static const char * const close[] = { ")", "]", "}", "''", "\u201d", "-RRB-" };

  for (guint k = 0; k < G_N_ELEMENTS (open); k++)
    {
      if (strcmp (token, open[k]) == 0)
        return BRACKET_OPEN;
      if (strcmp (token, close[k]) == 0)
        return BRACKET_CLOSE;
    }
  return strcmp (token, "\"") == 0 ? BRACKET_EITHER : BRACKET_NONE;
}

/* Gives each word the pair of brackets or quotes around it, as the
 * index of the opening one plus 1 (0 outside any), shifted left by two
 * above whether it opens or closes a pair itself. A pair's own marks
 * count as outside it, as they hang outside the phrase they enclose */
static void
bracket_keys (const char * const *tokens,
              guint               n_tokens,
              guint64            *keys)
{
  g_autofree guint *open = g_new (guint, n_tokens + 1);
  guint depth = 0;
  gboolean quoted = FALSE;

  keys[DL_ARC_WORD_KEYS - 1] = 0;
  for (guint i = 0; i < n_tokens; i++)
    {
      guint kind = bracket_kind (tokens[i]);
      guint64 around = depth > 0 ? open[depth - 1] + 1 : 0;

      if (kind == BRACKET_EITHER)
        kind = quoted ? BRACKET_CLOSE : BRACKET_OPEN;
      if (kind == BRACKET_CLOSE && depth > 0)
        around = --depth > 0 ? open[depth - 1] + 1 : 0;
      if (kind == BRACKET_OPEN)
        open[depth++] = i + 1;
      if (strcmp (tokens[i], "\"") == 0)
        quoted = !quoted;
      keys[DL_ARC_WORD_KEYS * (i + 1) + 2] = around << 2 | kind;
    }
}

/**
 * dl_arc_word_keys: (skip)
 * @tokens: the words of a sentence
 * @n_tokens: how many
 *
 * Returns: (transfer full): %DL_ARC_WORD_KEYS keys for each of the n + 1
 *   words, the root's first: the word's, its ending's and its brackets'
 */
guint64 *
dl_arc_word_keys (const char * const *tokens,
                  guint               n_tokens)
{
  guint64 *keys = g_new (guint64, DL_ARC_WORD_KEYS * (n_tokens + 1));

  keys[0] = dl_pos_word_key ("<root>");
  keys[1] = keys[0];
  for (guint i = 0; i < n_tokens; i++)
    {
      g_autofree char *lower = dl_ner_lower (tokens[i]);

      keys[DL_ARC_WORD_KEYS * (i + 1)] = dl_pos_word_key (lower);
      keys[DL_ARC_WORD_KEYS * (i + 1) + 1] = ending_key (tokens[i], lower);
    }
  bracket_keys (tokens, n_tokens, keys);
  return keys;
}

/* -- the relations ------------------------------------------------------ */

/* The outermost children of @d and how many it has */
static void
children_of (const gint *heads,
             guint       n,
             guint       d,
             gint       *first,
             gint       *last,
             guint      *count)
{
  *first = *last = -1;
  *count = 0;
  for (guint i = 1; i <= n; i++)
    if (heads[i] == (gint) d)
      {
        if (*first < 0)
          *first = i;
        *last = i;
        (*count)++;
      }
}

/**
 * dl_label_features: (skip)
 * @words: the keys of dl_arc_word_keys()
 * @tags: n + 1 tags, the root's first
 * @heads: n + 1 heads, the root's -1
 * @n: the number of words
 * @d: a word, from 1 to @n
 * @out: room for %DL_LABEL_N_FEATURES keys
 *
 * Returns: how many features the relation of @d to its head has
 */
guint
dl_label_features (const guint64 *words,
                   const gint    *tags,
                   const gint    *heads,
                   guint          n,
                   guint          d,
                   guint64       *out)
{
  gint h = heads[d], first, last;
  guint count, k = 0;
  Item dep = item_at (words, tags, d), head = item_at (words, tags, h);
  Item grand = item_at (words, tags, h >= 0 ? heads[h] : -1);
  Item before = item_at (words, tags, d > 1 ? (gint) d - 1 : -1);
  Item after = item_at (words, tags, d < n ? (gint) d + 1 : -1);
  Item c1, c2;
  guint64 dir = h < (gint) d ? 1 : 2, dist = bucket (ABS (h - (gint) d));

  children_of (heads, n, d, &first, &last, &count);
  c1 = item_at (words, tags, first);
  c2 = item_at (words, tags, last);
  out[k++] = f1 (200, 0);
  out[k++] = f1 (201, dep.w);
  out[k++] = f1 (202, dep.t);
  out[k++] = f2 (203, dep.w, dep.t);
  out[k++] = f1 (204, head.w);
  out[k++] = f1 (205, head.t);
  out[k++] = f2 (206, dep.w, head.t);
  out[k++] = f2 (207, dep.t, head.w);
  out[k++] = f3 (208, dep.t, head.t, dir);
  out[k++] = f3 (209, f2 (0, dep.t, head.t), dir, dist);
  out[k++] = f3 (210, dep.w, head.w, dir);
  out[k++] = f2 (211, dep.t, dir);
  out[k++] = f3 (212, dep.w, dep.t, dir);
  out[k++] = f3 (213, dep.t, head.t, grand.t);
  out[k++] = f3 (214, dep.t, c1.w, c1.t);
  out[k++] = f3 (215, dep.t, c2.t, dir);
  out[k++] = f3 (216, dep.t, MIN (count, 4), dir);
  out[k++] = f3 (217, before.t, dep.t, after.t);
  out[k++] = f3 (218, dep.t, head.t, before.t);
  out[k++] = f3 (219, dep.t, head.t, after.t);
  out[k++] = f3 (220, dep.w, c1.w, head.t);
  out[k++] = f2 (221, head.t, h == 0);
  out[k++] = f3 (222, dep.t, head.w, dir);
  return k;
}
