/* dl-parser-state.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arc-eager transition system (Nivre 2003), made non-monotonic
 * after Honnibal, Goldberg and Johnson (2013): a later move may repair an
 * earlier attachment. Each arc is labelled as soon as it is made. Its
 * greedy decoding is here too; the features of its states are in
 * dl-parser-features.c. The parser and its training share this file.
 */
#include "config.h"

#include <string.h>

#include "dl-syntax-private.h"

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
      /* A word without a head goes to the one below it, unless that is
       * the root, whose arc is made at the end */
      return top != 0 && (state->heads[top] >= 0 || state->depth > 2);
    case DL_ARC_LEFT:
      /* Also when the top has a head: the new arc replaces the old one
       * (Honnibal, Goldberg and Johnson 2013) */
      return buffer && top != 0;
    case DL_ARC_RIGHT:
      /* No arc from the root while parsing: the word left without a
       * head at the end becomes the root (dl_arc_state_finish()), so
       * the parser never commits early to the first plausible verb, as
       * Ballesteros and Nivre (2013) found of the root at the end */
      return buffer && top != 0;
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

/* Counts and finds again the children of @head, and the relations of
 * their arcs, after one of them lost its arc */
static void
refresh_children (DlArcState *s,
                  guint       head)
{
  s->left[head] = s->left2[head] = s->right[head] = s->right2[head] = -1;
  s->n_left[head] = s->n_right[head] = 0;
  s->left_set[head] = s->right_set[head] = 0;
  for (guint i = 1; i <= s->n; i++)
    {
      if (s->heads[i] != (gint) head)
        continue;
      add_arc (s, head, i);
      if (s->labels[i] < 0)
        continue;
      if (i < head)
        s->left_set[head] |= G_GUINT64_CONSTANT (1) << (s->labels[i] & 63);
      else
        s->right_set[head] |= G_GUINT64_CONSTANT (1) << (s->labels[i] & 63);
    }
}

/* Undoes the arc to @dependent, so that another move may give it a
 * better head */
static void
remove_arc (DlArcState *s,
            guint       dependent)
{
  gint head = s->heads[dependent];

  s->heads[dependent] = -1;
  s->labels[dependent] = -1;
  refresh_children (s, head);
}

/* Whether @move will make an arc: reducing a word without a head, or
 * the arcs of the left and right moves */
static gboolean
makes_arc (DlArcState *state,
           DlArcMove   move)
{
  guint top = state->stack[state->depth - 1];

  return move == DL_ARC_LEFT || move == DL_ARC_RIGHT
         || (move == DL_ARC_REDUCE && state->heads[top] < 0);
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
      /* The arc the right move would have made, had the word not been
       * shifted (Honnibal, Goldberg and Johnson 2013) */
      if (state->heads[top] < 0)
        add_arc (state, state->stack[state->depth - 2], top);
      state->depth--;
      break;
    case DL_ARC_LEFT:
      if (state->heads[top] >= 0)
        remove_arc (state, top);
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
  gboolean arc = makes_arc (state, move);

  dl_arc_state_apply (state, move);
  if (arc)
    label_arc (state, words, tags, labeller, move == DL_ARC_RIGHT ? next : top);
}

/* Gives every word left without a head one: the first of them hangs
 * from the root (in most sentences it is the only one), the others from
 * it */
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

