/* dl-ner-search.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tags of the statistical name tagger and the search for the best
 * well-formed sequence of them, which the tagger and its training share.
 */
#include "config.h"

#include <string.h>

#include "dl-ner-private.h"

gboolean
dl_ner_label_parse (const char *name,
                    DlNerLabel *label)
{
  static const char * const types[] = { "PER", "ORG", "LOC", "MISC" };

  label->prefix = name[0];
  label->type = -1;
  if (strcmp (name, "O") == 0)
    return TRUE;
  if (strchr ("BILU", name[0]) == NULL || name[0] == '\0' || name[1] != '-')
    return FALSE;
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    if (strcmp (name + 2, types[t]) == 0)
      label->type = t;
  return label->type >= 0;
}

/* Keeps the tags a well-formed sequence: "I-ORG" only inside an ORG, and
 * with BILOU every name closed by "L" or made of one "U" */
gboolean
dl_ner_label_allowed (const DlNerLabel *before,
                      const DlNerLabel *label,
                      gboolean          bilou,
                      gboolean          last)
{
  gboolean inside = before != NULL && (before->prefix == 'B' || before->prefix == 'I');
  gboolean continues = inside && label->type == before->type;

  if (!bilou)
    return label->prefix != 'I' || continues;
  if (inside)
    return continues && (label->prefix == 'L' || (label->prefix == 'I' && !last));
  if (label->prefix == 'I' || label->prefix == 'L')
    return FALSE;
  return label->prefix != 'B' || !last;
}

/**
 * dl_ner_allowed_fill: (skip)
 * @allowed: (out caller-allocates): the tags that may follow which
 * @labels: the tags
 * @n_labels: how many
 * @bilou: whether they are BILOU
 */
void
dl_ner_allowed_fill (DlNerAllowed     *allowed,
                     const DlNerLabel *labels,
                     guint             n_labels,
                     gboolean          bilou)
{
  memset (allowed, 0, sizeof *allowed);
  for (guint last = 0; last < 2; last++)
    for (guint l = 0; l < n_labels; l++)
      {
        allowed->at_start[last][l] = dl_ner_label_allowed (NULL, &labels[l], bilou, last);
        for (guint p = 0; p < n_labels; p++)
          if (dl_ner_label_allowed (&labels[p], &labels[l], bilou, last))
            allowed->after[last][p][allowed->n_after[last][p]++] = l;
      }
}

static inline float
emission_at (const DlNerScores *s,
             guint              i,
             guint              l)
{
  if (s->emission != NULL)
    return s->emission[i * s->n_labels + l];
  return s->emission_sums[i * s->n_labels + l];
}

/* The scores of the tags after one tag before them (or the start) at
 * one token: a row of the dense array, or the parts that add up to it,
 * exactly, as integers, so that the sum is what the dense array would
 * hold */
typedef struct
{
  const float *dense;
  const gint16 *parts[1 + DL_NER_N_HISTORY_BASES];
} TransitionRow;

/* The row of token @i after the tag @before - 1, 0 for the start */
static inline void
transition_row (const DlNerScores *s,
                guint              i,
                guint              before,
                TransitionRow     *row)
{
  guint width = s->n_labels + 1;
  const gint16 * const *history = s->history + i * DL_NER_N_HISTORY_BASES * width;

  row->dense = NULL;
  if (s->transition != NULL)
    {
      row->dense = s->transition + (i * width + before) * s->n_labels;
      return;
    }
  row->parts[0] = s->tag_rows[before];
  for (guint b = 0; b < DL_NER_N_HISTORY_BASES; b++)
    row->parts[b + 1] = history[b * width + before];
}

static inline float
transition_at (const TransitionRow *row,
               guint                l)
{
  gint32 sum = 0;

  if (row->dense != NULL)
    return row->dense[l];
  for (guint b = 0; b <= DL_NER_N_HISTORY_BASES; b++)
    sum += row->parts[b][l];
  return sum;
}

/* The best score of every tag at token @i > 0 and the tag before that
 * gives it, -2 for none. The tags before are taken in ascending order,
 * each with the tags allowed after it, so that each finds its rows
 * once; and so among equal scores the tag before that comes first
 * wins. */
static void
viterbi_step (const DlNerAllowed *allowed,
              const DlNerScores  *scores,
              guint               i,
              guint               last,
              const float        *before,
              const gint         *before_back,
              float              *best,
              gint               *back)
{
  guint L = scores->n_labels;
  float top[DL_NER_MAX_LABELS];
  gint from[DL_NER_MAX_LABELS];

  for (guint l = 0; l < L; l++)
    {
      top[l] = -G_MAXFLOAT;
      from[l] = -1;
    }
  for (guint p = 0; p < L; p++)
    {
      TransitionRow row;

      if (before_back[p] == -2)
        continue;
      transition_row (scores, i, p + 1, &row);
      for (guint k = 0; k < allowed->n_after[last][p]; k++)
        {
          guint l = allowed->after[last][p][k];
          float score = before[p] + transition_at (&row, l);

          if (from[l] < 0 || score > top[l])
            {
              top[l] = score;
              from[l] = p;
            }
        }
    }
  for (guint l = 0; l < L; l++)
    {
      best[l] = top[l] + emission_at (scores, i, l);
      back[l] = from[l] < 0 ? -2 : from[l];
    }
}

/**
 * dl_ner_search: (skip)
 * @allowed: the tags that may follow which
 * @scores: the scores of the tags at each token
 * @n_tokens: the length of the sentence
 * @tags: (out): n_tokens tags
 * @best: room for n_tokens × n_labels scores
 * @back: room for as many tags
 *
 * The best well-formed sequence, by Viterbi's search. A tag no
 * well-formed sequence reaches has its @back at -2; the first token's
 * tags come from the start, -1.
 */
void
dl_ner_search (const DlNerAllowed *allowed,
               const DlNerScores  *scores,
               guint               n_tokens,
               gint               *tags,
               float              *best,
               gint               *back)
{
  guint L = scores->n_labels;
  TransitionRow start;
  gint end = -1;

  if (n_tokens == 0)
    return;
  transition_row (scores, 0, 0, &start);
  for (guint l = 0; l < L; l++)
    {
      gboolean ok = allowed->at_start[n_tokens == 1][l];

      best[l] = (ok ? transition_at (&start, l) : -G_MAXFLOAT) + emission_at (scores, 0, l);
      back[l] = ok ? -1 : -2;
    }
  for (guint i = 1; i < n_tokens; i++)
    viterbi_step (allowed, scores, i, i + 1 == n_tokens, best + (i - 1) * L, back + (i - 1) * L,
                  best + i * L, back + i * L);
  for (guint l = 0; l < L; l++)
    if (back[(n_tokens - 1) * L + l] != -2
        && (end < 0 || best[(n_tokens - 1) * L + l] > best[(n_tokens - 1) * L + end]))
      end = l;
  for (guint i = n_tokens; i-- > 0;)
    {
      tags[i] = end;
      end = back[i * L + end];
    }
}

/**
 * dl_ner_viterbi: (skip)
 * @labels: the tags
 * @n_labels: how many
 * @bilou: whether the tags are BILOU
 * @n_tokens: the length of the sentence
 * @emission: n_tokens × n_labels scores of the tags alone
 * @transition: n_tokens × (n_labels + 1) × n_labels scores of a tag
 *   after another; the first of each token's n_labels + 1 rows is for the
 *   start of the sentence, used by the first token only
 * @tags: (out): n_tokens tags
 *
 * The best well-formed sequence of tags.
 */
void
dl_ner_viterbi (const DlNerLabel *labels,
                guint             n_labels,
                gboolean          bilou,
                guint             n_tokens,
                const float      *emission,
                const float      *transition,
                gint             *tags)
{
  DlNerAllowed allowed;
  DlNerScores scores = { n_labels, emission, transition, NULL, NULL, NULL };
  g_autofree float *best = g_new (float, (n_tokens + 1) * n_labels);
  g_autofree gint *back = g_new (gint, (n_tokens + 1) * n_labels);

  dl_ner_allowed_fill (&allowed, labels, n_labels, bilou);
  dl_ner_search (&allowed, &scores, n_tokens, tags, best, back);
}
