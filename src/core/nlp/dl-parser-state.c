/* dl-parser-state.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arc-eager transition system (Nivre 2003) and the features of its
 * states, after Zhang and Nivre (2011): the words and tags of the top of
 * the stack, of the buffer and of their heads and outermost children,
 * their distance and how many children they have; the endings of the
 * words, which a wrong tag leaves right; and the relations of the arcs
 * already made, each labelled as soon as it is made. The parser and its
 * training share this file.
 */
#include "config.h"

#include <string.h>

#include "dl-ner-private.h"
#include "dl-syntax-private.h"

#define NONE_TAG (DL_UPOS_N + 1)
#define NONE_WORD G_GUINT64_CONSTANT (0x6e6f6e65)

DlArcState *
dl_arc_state_new (guint n_tokens)
{
  DlArcState *s = g_new0 (DlArcState, 1);
  guint size = n_tokens + 1;

  s->n = n_tokens;
  s->stack = g_new (guint, size);
  s->stack[0] = 0;
  s->depth = 1;
  s->next = 1;
  s->heads = g_new (gint, size);
  s->left = g_new (gint, size);
  s->left2 = g_new (gint, size);
  s->right = g_new (gint, size);
  s->right2 = g_new (gint, size);
  s->n_left = g_new0 (guint, size);
  s->n_right = g_new0 (guint, size);
  s->labels = g_new (gint, size);
  s->left_set = g_new0 (guint64, size);
  s->right_set = g_new0 (guint64, size);
  for (guint i = 0; i < size; i++)
    s->heads[i] = s->left[i] = s->left2[i] = s->right[i] = s->right2[i] = s->labels[i] = -1;
  return s;
}

void
dl_arc_state_free (DlArcState *state)
{
  if (state == NULL)
    return;
  g_free (state->stack);
  g_free (state->heads);
  g_free (state->left);
  g_free (state->left2);
  g_free (state->right);
  g_free (state->right2);
  g_free (state->n_left);
  g_free (state->n_right);
  g_free (state->labels);
  g_free (state->left_set);
  g_free (state->right_set);
  g_free (state);
}

gboolean
dl_arc_state_done (DlArcState *state)
{
  return state->next > state->n;
}

gboolean
dl_arc_state_allows (DlArcState *state,
                     DlArcMove   move)
{
  guint top = state->stack[state->depth - 1];
  gboolean buffer = state->next <= state->n;

  switch (move)
    {
    case DL_ARC_SHIFT:
      return buffer;
    case DL_ARC_REDUCE:
      return top != 0 && state->heads[top] >= 0;
    case DL_ARC_LEFT:
      return buffer && top != 0 && state->heads[top] < 0;
    case DL_ARC_RIGHT:
      /* One word only hangs from the root */
      return buffer && (top != 0 || state->n_right[0] == 0);
    default:
      return FALSE;
    }
}

static void
add_arc (DlArcState *s,
         guint       head,
         guint       dependent)
{
  gint d = dependent;

  s->heads[dependent] = head;
  if (dependent < head)
    {
      s->n_left[head]++;
      if (s->left[head] < 0 || d < s->left[head])
        {
          s->left2[head] = s->left[head];
          s->left[head] = d;
        }
      else if (s->left2[head] < 0 || d < s->left2[head])
        s->left2[head] = d;
      return;
    }
  s->n_right[head]++;
  if (s->right[head] < 0 || d > s->right[head])
    {
      s->right2[head] = s->right[head];
      s->right[head] = d;
    }
  else if (s->right2[head] < 0 || d > s->right2[head])
    s->right2[head] = d;
}

void
dl_arc_state_apply (DlArcState *state,
                    DlArcMove   move)
{
  guint top = state->stack[state->depth - 1];

  switch (move)
    {
    case DL_ARC_SHIFT:
      state->stack[state->depth++] = state->next++;
      break;
    case DL_ARC_REDUCE:
      state->depth--;
      break;
    case DL_ARC_LEFT:
      add_arc (state, state->next, top);
      state->depth--;
      break;
    case DL_ARC_RIGHT:
      add_arc (state, top, state->next);
      state->stack[state->depth++] = state->next++;
      break;
    }
}

/* The best relation for the arc just made to @d, from the tree so far */
static void
label_arc (DlArcState          *state,
           const guint64       *words,
           const gint          *tags,
           const DlArcLabeller *labeller,
           guint                d)
{
  guint64 keys[DL_LABEL_N_FEATURES];
  guint n_keys = dl_label_features (words, tags, state->heads, state->n, d, keys);
  float *scores = g_newa (float, labeller->n_labels);
  gint best = 0, head = state->heads[d];

  memset (scores, 0, labeller->n_labels * sizeof (float));
  labeller->scorer (labeller->data, keys, n_keys, scores);
  for (guint l = 1; l < labeller->n_labels; l++)
    if (scores[l] > scores[best])
      best = l;
  state->labels[d] = best;
  if ((gint) d < head)
    state->left_set[head] |= G_GUINT64_CONSTANT (1) << (best & 63);
  else
    state->right_set[head] |= G_GUINT64_CONSTANT (1) << (best & 63);
}

/**
 * dl_arc_state_step: (skip)
 * @state: a state
 * @move: an allowed move
 * @words: the keys of dl_arc_word_keys()
 * @tags: n + 1 tags, the root's first
 * @labeller: gives the arc @move makes, if any, its relation
 *
 * Applies @move and labels its arc.
 */
void
dl_arc_state_step (DlArcState          *state,
                   DlArcMove            move,
                   const guint64       *words,
                   const gint          *tags,
                   const DlArcLabeller *labeller)
{
  guint top = state->stack[state->depth - 1], next = state->next;

  dl_arc_state_apply (state, move);
  if (move == DL_ARC_LEFT)
    label_arc (state, words, tags, labeller, top);
  else if (move == DL_ARC_RIGHT)
    label_arc (state, words, tags, labeller, next);
}

/* Gives every word left without a head one: the word hanging from the
 * root, or the first of them becomes that word */
void
dl_arc_state_finish (DlArcState *state)
{
  gint root = state->right[0];

  for (guint i = 1; i <= state->n; i++)
    {
      if (state->heads[i] >= 0)
        continue;
      if (root < 0)
        {
          add_arc (state, 0, i);
          root = i;
        }
      else
        add_arc (state, root, i);
    }
}

/**
 * dl_arc_best: (skip)
 * @state: a state
 * @scores: a score per move
 *
 * Returns: the allowed move of best score; the state must not be done
 */
DlArcMove
dl_arc_best (DlArcState  *state,
             const float *scores)
{
  gint best = -1;

  for (gint m = 0; m < DL_ARC_N_MOVES; m++)
    if (dl_arc_state_allows (state, m) && (best < 0 || scores[m] > scores[best]))
      best = m;
  return best < 0 ? DL_ARC_SHIFT : (DlArcMove) best;
}

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

/* A word's key, the key of its ending and its tag; none for -1 */
typedef struct
{
  guint64 w;
  guint64 x;
  guint64 t;
  guint64 l;
} Item;

static Item
item_at (const guint64 *words,
         const gint    *tags,
         gint           i)
{
  Item item = { NONE_WORD, NONE_WORD, NONE_TAG, NONE_TAG };

  if (i >= 0)
    {
      item.w = words[2 * i];
      item.x = words[2 * i + 1];
      item.t = tags[i];
    }
  return item;
}

static guint
bucket (gint distance)
{
  return distance < 5 ? distance : distance < 10 ? 5 : 6;
}

/* The words around the top of the stack and the front of the buffer */
typedef struct
{
  Item s0, s1, s2, b0, b1, b2, s0h, s0h2, s0l, s0l2, s0r, s0r2, b0l, b0l2, s0_next, b0_prev;
  guint64 dist, s0vl, s0vr, b0vl, s0_headed;
  guint64 s0_left_set, s0_right_set, b0_left_set;
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
  c->s0_left_set = s->left_set[top];
  c->s0_right_set = s->right_set[top];
  c->b0_left_set = b0 >= 0 ? s->left_set[b0] : 0;
  c->s0_next = item_at (words, tags, top > 0 && top < (gint) s->n ? top + 1 : -1);
  c->b0_prev = item_at (words, tags, b0 > 1 ? b0 - 1 : -1);
  c->dist = b0 >= 0 ? bucket (b0 - top) : 7;
  c->s0vl = MIN (s->n_left[top], 4);
  c->s0vr = MIN (s->n_right[top], 4);
  c->b0vl = b0 >= 0 ? MIN (s->n_left[b0], 4) : 5;
  c->s0_headed = head >= 0;
}

static guint
single_features (const Context *c,
                 guint64       *o)
{
  const Item *items[] = { &c->s0, &c->b0, &c->b1, &c->b2, &c->s0h, &c->s0l, &c->s0r, &c->b0l,
                          &c->s1, &c->s0h2, &c->s0l2, &c->s0r2, &c->b0l2 };
  guint n = 0;

  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      o[n++] = f1 (10 + 3 * k, items[k]->w);
      o[n++] = f1 (11 + 3 * k, items[k]->t);
      if (k < 4)
        o[n++] = f2 (12 + 3 * k, items[k]->w, items[k]->t);
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

/* The endings of words, which a wrong tag does not change and which
 * generalise over words seen too rarely to have weights of their own */
static guint
ending_features (const Context *c,
                 guint64       *o)
{
  const Item *items[] = { &c->s0, &c->b0, &c->b1, &c->s1 };
  guint n = 0;

  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      o[n++] = f1 (110 + 2 * k, items[k]->x);
      o[n++] = f2 (111 + 2 * k, items[k]->x, items[k]->t);
    }
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
  return n;
}

/**
 * dl_arc_features: (skip)
 * @state: a state
 * @words: the keys of dl_arc_word_keys()
 * @tags: n + 1 tags, the root's first
 * @out: room for %DL_ARC_N_FEATURES keys
 *
 * Returns: how many features @state has
 */
guint
dl_arc_features (DlArcState    *state,
                 const guint64 *words,
                 const gint    *tags,
                 guint64       *out)
{
  Context c;
  guint n = 0;

  fill_context (state, words, tags, &c);
  n += single_features (&c, out + n);
  n += pair_features (&c, out + n);
  n += distance_features (&c, out + n);
  n += ending_features (&c, out + n);
  n += label_features (&c, out + n);
  g_assert (n <= DL_ARC_N_FEATURES);
  return n;
}

/**
 * dl_arc_parse: (skip)
 * @state: a new state
 * @words: the keys of dl_arc_word_keys()
 * @tags: n + 1 tags, the root's first
 * @scorer: the weights of the moves
 * @scorer_data: passed to @scorer
 * @labeller: gives each arc its relation as it is made
 *
 * Parses greedily, each move the best allowed one, and gives every word
 * a head.
 */
void
dl_arc_parse (DlArcState          *state,
              const guint64       *words,
              const gint          *tags,
              DlScorer             scorer,
              gconstpointer        scorer_data,
              const DlArcLabeller *labeller)
{
  while (!dl_arc_state_done (state))
    {
      guint64 keys[DL_ARC_N_FEATURES];
      float scores[DL_ARC_N_MOVES] = { 0 };
      guint n = dl_arc_features (state, words, tags, keys);

      scorer (scorer_data, keys, n, scores);
      dl_arc_state_step (state, dl_arc_best (state, scores), words, tags, labeller);
    }
  dl_arc_state_finish (state);
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

/**
 * dl_arc_word_keys: (skip)
 * @tokens: the words of a sentence
 * @n_tokens: how many
 *
 * Returns: (transfer full): two keys for each of the n + 1 words, the
 *   root's first: the word's, then its ending's
 */
guint64 *
dl_arc_word_keys (const char * const *tokens,
                  guint               n_tokens)
{
  guint64 *keys = g_new (guint64, 2 * (n_tokens + 1));

  keys[0] = dl_pos_word_key ("<root>");
  keys[1] = keys[0];
  for (guint i = 0; i < n_tokens; i++)
    {
      g_autofree char *lower = dl_ner_lower (tokens[i]);

      keys[2 * i + 2] = dl_pos_word_key (lower);
      keys[2 * i + 3] = ending_key (tokens[i], lower);
    }
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
