/* dl-pos-lemma.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the lemmatiser: English inflection undone by the part of
 * speech. They only have to be right for regular words: the model holds
 * the exceptions its training data taught it (irregular verbs, pronouns,
 * "n't" as "not"), and they are looked up first.
 */
#include "config.h"

#include <string.h>

#include "dl-lexicon.h"
#include "dl-syntax-private.h"

/* The lemma table's key: the word in lower case and its part of speech */
guint64
dl_pos_lemma_key (const char *lower,
                  DlUpos      upos)
{
  return dl_hash_mix (dl_hash_int (dl_hash_str (dl_hash_seed (1), lower), upos));
}

static gboolean
is_vowel (char c)
{
  return strchr ("aeiou", c) != NULL;
}

/* Cuts @n bytes off @word */
static char *
cut (char  *word,
     gsize  n)
{
  word[strlen (word) - n] = '\0';
  return word;
}

/* Ends a verb stem whose "-ing" or "-ed" is gone: "stopp" → "stop",
 * "mak" → "make", "creat" → "create" */
static char *
fix_stem (char *stem)
{
  static const char * const take_e[] = { "v", "c", "iz", "is", "us", "ur", "dg", "bl", "pl",
                                         "tl", "kl", "gl", "at", "ut", "ok" };
  gsize n = strlen (stem);

  if (n >= 3 && stem[n - 1] == stem[n - 2] && strchr ("bdgmnprt", stem[n - 1]) != NULL)
    return cut (stem, 1);
  if (n < 2 || g_str_has_suffix (stem, "ck") || g_str_has_suffix (stem, "eat")
      || g_str_has_suffix (stem, "oat"))
    return stem;
  for (guint k = 0; k < G_N_ELEMENTS (take_e); k++)
    if (g_str_has_suffix (stem, take_e[k]))
      {
        char *with_e = g_strconcat (stem, "e", NULL);

        g_free (stem);
        return with_e;
      }
  return stem;
}

static char *
with_y (char  *word,
        gsize  n_cut)
{
  cut (word, n_cut);
  strcat (word, "y");
  return word;
}

static char *
noun_rule (char *w)
{
  gsize n = strlen (w);

  if (n > 4 && g_str_has_suffix (w, "ies"))
    return with_y (w, 3);
  if (g_str_has_suffix (w, "sses") || g_str_has_suffix (w, "ches") || g_str_has_suffix (w, "shes")
      || g_str_has_suffix (w, "xes") || g_str_has_suffix (w, "zzes"))
    return cut (w, 2);
  if (n > 3 && w[n - 1] == 's' && strchr ("siu'", w[n - 2]) == NULL)
    return cut (w, 1);
  return w;
}

static char *
verb_rule (char *w)
{
  gsize n = strlen (w);

  if (n > 4 && (g_str_has_suffix (w, "ies") || g_str_has_suffix (w, "ied")))
    return with_y (w, 3);
  if (n > 5 && g_str_has_suffix (w, "ing"))
    return fix_stem (cut (w, 3));
  if (n > 4 && g_str_has_suffix (w, "ed"))
    return w[n - 3] == 'e' ? cut (w, 1) : fix_stem (cut (w, 2));
  if (n > 3 && (g_str_has_suffix (w, "sses") || g_str_has_suffix (w, "ches")
                || g_str_has_suffix (w, "shes") || g_str_has_suffix (w, "xes")))
    return cut (w, 2);
  if (n > 3 && w[n - 1] == 's' && strchr ("su", w[n - 2]) == NULL)
    return cut (w, 1);
  return w;
}

static char *
adjective_rule (char *w)
{
  gsize n = strlen (w);

  if (n > 5 && g_str_has_suffix (w, "iest"))
    return with_y (w, 4);
  if (n > 4 && g_str_has_suffix (w, "ier"))
    return with_y (w, 3);
  if (n > 5 && g_str_has_suffix (w, "est") && !is_vowel (w[n - 4]))
    return fix_stem (cut (w, 3));
  return w;
}

/**
 * dl_pos_lemma_rule: (skip)
 * @form: a word
 * @upos: its part of speech
 *
 * Returns: (transfer full): its lemma by rule: names and symbols as
 *   they are written, other words in lower case with their inflection
 *   undone
 */
char *
dl_pos_lemma_rule (const char *form,
                   DlUpos      upos)
{
  char *lower;

  if (upos == DL_UPOS_PROPN || upos == DL_UPOS_PUNCT || upos == DL_UPOS_SYM
      || upos == DL_UPOS_NUM)
    return g_strdup (form);
  /* Room for a "y" or an "e" more */
  lower = dl_lexicon_strdown (form, -1);
  lower = g_realloc (lower, strlen (lower) + 2);
  switch (upos)
    {
    case DL_UPOS_NOUN:
      return noun_rule (lower);
    case DL_UPOS_VERB:
    case DL_UPOS_AUX:
      return verb_rule (lower);
    case DL_UPOS_ADJ:
      return adjective_rule (lower);
    default:
      return lower;
    }
}
