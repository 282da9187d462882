/* dl-entities-classify.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a run of capitalised words is: a person, an organisation, a place,
 * something else, or only ordinary words written with a capital. The
 * cues are the gazetteer, the words around the name, and what the first
 * pass over the article learnt.
 */
#include "config.h"

#include <string.h>

#include "dl-entities-private.h"
#include "dl-gazetteer.h"

gboolean
_dl_entities_is_known (Finder     *f,
          const char *word)
{
  if (f->known == NULL)
    return FALSE;
  return g_hash_table_contains (f->known, word)
         || g_hash_table_contains (f->known_tokens, word);
}

static gboolean
has_suffix_of_ordinary_word (const char *word)
{
  return strlen (word) >= 6
         && (g_str_has_suffix (word, "ing") || g_str_has_suffix (word, "ed")
             || g_str_has_suffix (word, "ly"));
}

/* "I've", "We'll" */
static gboolean
is_contraction (const char *word)
{
  static const char * const endings[] = {
    "'ve", "’ve", "'ll", "’ll", "'re", "’re", "'m", "’m", "'d", "’d",
    "n't", "n’t", NULL
  };

  for (guint i = 0; endings[i] != NULL; i++)
    if (g_str_has_suffix (word, endings[i]))
      return TRUE;
  return FALSE;
}

/* A capitalised word that is more likely an ordinary word than a name:
 * "The", "During", "Meeting" at the start of a sentence */
gboolean
_dl_entities_is_ordinary_word (Finder   *f,
                  guint     i,
                  gboolean  alone)
{
  DlEntityToken *token = TOK (f, i);
  g_autofree char *lower = NULL;

  if (token->shouted || _dl_entities_is_known (f, token->text)
      || dl_gazetteer_is_first_name (token->text))
    return FALSE;
  if (dl_gazetteer_is_common_word (token->text) || is_contraction (token->text))
    return TRUE;
  if (!token->sentence_start && !alone)
    return FALSE;
  lower = g_utf8_strdown (token->text, -1);
  if (g_hash_table_contains (f->lower_words, lower))
    return TRUE;
  if (!token->sentence_start || !alone)
    return FALSE;
  /* In a whole article, a name is written again in mid-sentence; a word
   * capitalised only where sentences start is an ordinary word */
  if (f->is_document && !g_hash_table_contains (f->capitalised_words, token->text))
    return TRUE;
  return has_suffix_of_ordinary_word (token->text);
}

static gboolean
after_word (Finder             *f,
            guint               i,
            const char * const *words)
{
  DlEntityToken *prev;

  if (i == 0)
    return FALSE;
  prev = TOK (f, i - 1);
  if (!prev->is_word)
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    if (g_ascii_strcasecmp (prev->text, words[k]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
after_place_preposition (Finder *f,
                         guint   i)
{
  static const char * const prepositions[] = {
    "in", "near", "outside", "across", "into", "inside", "throughout",
    "around", "towards", "toward", "via", NULL
  };

  return i > 0 && TOK (f, i - 1)->lower && after_word (f, i, prepositions);
}

/* "the Straße des 17. Juni", "the Place de la Concorde": a place word
 * followed by a connector only starts a name the finder cannot bound */
static gboolean
continues_name (Finder *f,
                guint   j)
{
  DlEntityToken *next;

  if (j >= f->tokens->len)
    return FALSE;
  next = TOK (f, j);
  return next->connector;
}

/* The token before @i, stepping over an article: "from Mitte", "in the
 * Lustgarten" */
static gint
word_before (Finder *f,
             guint   i)
{
  gint k = (gint) i - 1;

  if (k >= 0 && TOK (f, k)->lower
      && (dl_entity_token_is (TOK (f, k), "the") || dl_entity_token_is (TOK (f, k), "a")))
    k--;
  return k >= 0 && TOK (f, k)->is_word && TOK (f, k)->lower ? k : -1;
}

static gboolean
is_one_of (DlEntityToken      *token,
           const char * const *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    if (dl_entity_token_is (token, words[k]))
      return TRUE;
  return FALSE;
}

/* Weaker signs of a place than after_place_preposition(), for a word
 * nothing else vouches for: "from Mitte", "at the Lustgarten", "the
 * district of Wedding" */
static gboolean
has_place_cue (Finder *f,
               guint   i)
{
  static const char * const prepositions[] = {
    "in", "at", "from", "to", "near", "across", "into", "inside", "outside",
    "around", "towards", "toward", "through", "throughout", "via", NULL
  };
  static const char * const areas[] = {
    "district", "suburb", "borough", "town", "city", "village", "quarter",
    "neighbourhood", "neighborhood", "province", "region", "port", "island", NULL
  };
  gint k = word_before (f, i);

  if (k < 0)
    return FALSE;
  if (is_one_of (TOK (f, k), prepositions))
    return TRUE;
  return k > 0 && dl_entity_token_is (TOK (f, k), "of")
         && TOK (f, k - 1)->lower && is_one_of (TOK (f, k - 1), areas);
}

/* "Kovacs, who", "Kovacs said": what is said of people only */
static gboolean
has_person_cue (Finder *f,
                guint   j)
{
  static const char * const words[] = {
    "who", "whose", "said", "says", "told", "added", "asked", "replied",
    "wrote", "insisted", NULL
  };

  if (j < f->tokens->len && dl_entity_token_is_punct (TOK (f, j), ","))
    j++;
  return j < f->tokens->len && TOK (f, j)->lower && is_one_of (TOK (f, j), words);
}

/* How often @word is capitalised in mid-sentence in the whole text */
static guint
n_capitalised (Finder     *f,
               const char *word)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (f->capitalised_words, word));
}

/* A single capitalised word that no list, title or given name vouches
 * for. In an article a name recurs, or is said to speak; a word written
 * once with a capital ("Wir sind das Volk", "little Trabant cars") is a
 * place after a place cue, and otherwise no actor at all. */
static DlEntityType
classify_lone_word (Finder *f,
                    guint   i)
{
  DlEntityToken *token = TOK (f, i);
  guint elsewhere = n_capitalised (f, token->text);

  if (!token->sentence_start && elsewhere > 0)
    elsewhere--;
  if (has_person_cue (f, i + 1))
    return DL_ENTITY_PERSON;
  if (has_place_cue (f, i))
    return DL_ENTITY_LOCATION;
  return elsewhere > 0 ? DL_ENTITY_PERSON : NOT_AN_ENTITY;
}

gboolean
_dl_entities_is_org_head (Finder *f,
             guint   i,
             guint   j)
{
  return i + 1 < j && dl_gazetteer_is_org_word (TOK (f, i)->text)
         && dl_entity_token_is (TOK (f, i + 1), "of");
}

/* "MARSAXLOKK, Malta —" or "EAST BERLIN —" opening a line */
static gboolean
is_dateline (Finder *f,
             guint   i,
             guint   j)
{
  if (!TOK (f, i)->newline_before || j >= f->tokens->len)
    return FALSE;
  for (guint k = i; k < j; k++)
    if (!TOK (f, k)->shouted)
      return FALSE;
  return dl_entity_token_is_punct (TOK (f, j), ",—–-");
}

/* The endings of street and place names, German and English:
 * "Invalidenstraße", "Prenzlauer Berg", "Moorgate" */
static const char * const place_suffixes[] = {
  "straße", "strasse", "platz", "allee", "damm", "gasse", "brücke", "brucke",
  "berg", "dorf", "burg", "stadt", "gate", "street", "square", "bridge", NULL
};

/* "MARSAXLOKK, Malta, Dec. 3 —": the words after the town's comma name
 * its region or country */
static gboolean
after_dateline (Finder *f,
                guint   i)
{
  guint k;

  if (i < 2 || !dl_entity_token_is_punct (TOK (f, i - 1), ","))
    return FALSE;
  k = i - 2;
  while (k > 0 && TOK (f, k)->shouted && !TOK (f, k)->newline_before)
    k--;
  return is_dateline (f, k, i - 1);
}

/* "Straße des 17. Juni", "Place de la Concorde" */
static gboolean
starts_with_place_word (Finder *f,
                        guint   i,
                        guint   j)
{
  return i + 1 < j && dl_gazetteer_is_place_word (TOK (f, i)->text)
         && TOK (f, i + 1)->connector;
}

/* A lone word ends in one of them ("Invalidenstraße"); the last word of
 * a longer name is one of them ("Prenzlauer Berg"), since a surname may
 * end in one too ("Anna Steinberg") */
static gboolean
has_place_suffix (const char *word,
                  gboolean    in_name)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  gsize length = strlen (lower);

  for (guint i = 0; place_suffixes[i] != NULL; i++)
    {
      gsize n = strlen (place_suffixes[i]);

      if (in_name ? strcmp (lower, place_suffixes[i]) == 0
                  : length > n + 2 && g_str_has_suffix (lower, place_suffixes[i]))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  guint n_words;
  guint n_common;
  gboolean has_initial;
  gboolean only_letters;
} NameShape;

static void
shape_of (Finder    *f,
          guint      i,
          guint      j,
          NameShape *shape)
{
  memset (shape, 0, sizeof *shape);
  shape->only_letters = TRUE;
  for (guint k = i; k < j; k++)
    {
      DlEntityToken *token = TOK (f, k);

      if (!token->capitalised)
        continue;
      shape->n_words++;
      shape->n_common += dl_gazetteer_is_common_word (token->text) ? 1 : 0;
      shape->has_initial |= token->initial;
      if (!token->initial && g_utf8_strlen (token->text, -1) > 1)
        shape->only_letters = FALSE;
    }
}

DlEntityType
_dl_entities_known_type (Finder     *f,
            const char *text,
            guint       n_words)
{
  gpointer value;

  if (f->known == NULL)
    return NOT_AN_ENTITY;
  if (g_hash_table_lookup_extended (f->known, text, NULL, &value))
    return GPOINTER_TO_INT (value) - 1;
  if (n_words == 1 && g_hash_table_contains (f->known_tokens, text))
    return DL_ENTITY_PERSON;
  return NOT_AN_ENTITY;
}

/* What kind of name tokens [i, j) are, by the cues around them */
DlEntityType
_dl_entities_classify_name (Finder     *f,
               guint       i,
               guint       j,
               const char *role)
{
  g_autofree char *text = _dl_entities_phrase_of (f, i, j);
  DlEntityToken *first = TOK (f, i), *last = TOK (f, j - 1);
  gboolean after_the = after_word (f, i, (const char * const[]) { "the", NULL });
  DlEntityType type;
  NameShape shape;

  shape_of (f, i, j, &shape);
  if (shape.n_words == 0 || shape.only_letters)
    return NOT_AN_ENTITY;
  if (role != NULL)
    return DL_ENTITY_PERSON;
  if ((type = _dl_entities_known_type (f, text, shape.n_words)) != NOT_AN_ENTITY)
    return type;
  if (is_dateline (f, i, j))
    return DL_ENTITY_LOCATION;
  if (shape.n_words == 1 && first->shouted && strlen (first->text) <= 6)
    return DL_ENTITY_ORGANIZATION;
  if (shape.n_words == 1 && has_place_suffix (first->text, FALSE))
    return DL_ENTITY_LOCATION;
  if (dl_gazetteer_is_org_word (last->text) || _dl_entities_is_org_head (f, i, j))
    return DL_ENTITY_ORGANIZATION;
  if (shape.n_words >= 2 && dl_gazetteer_is_place_word (last->text))
    return DL_ENTITY_LOCATION;
  if (shape.has_initial || dl_gazetteer_is_first_name (first->text))
    return DL_ENTITY_PERSON;
  if (shape.n_words >= 2 && has_place_suffix (last->text, TRUE))
    return DL_ENTITY_LOCATION;
  if (shape.n_words == 1 && dl_gazetteer_is_place_word (first->text))
    return after_the && !continues_name (f, j) ? DL_ENTITY_LOCATION : NOT_AN_ENTITY;
  if (after_place_preposition (f, i) || after_dateline (f, i) || starts_with_place_word (f, i, j))
    return DL_ENTITY_LOCATION;
  if (after_the && dl_gazetteer_is_place_word (last->text))
    return DL_ENTITY_LOCATION;
  if (shape.n_common == shape.n_words)
    return NOT_AN_ENTITY;
  if (after_the && shape.n_words >= 2)
    return DL_ENTITY_ORGANIZATION;
  if (shape.n_common > 0)
    return DL_ENTITY_MISC;
  if (shape.n_words == 1 && f->is_document)
    return classify_lone_word (f, i);
  return shape.n_words >= 4 ? DL_ENTITY_ORGANIZATION : DL_ENTITY_PERSON;
}

void
_dl_entities_learn_names (Finder *f)
{
  f->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  f->known_tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < f->mentions->len; i++)
    {
      DlEntityMention *m = &g_array_index (f->mentions, DlEntityMention, i);
      g_auto(GStrv) words = NULL;

      if (!g_hash_table_contains (f->known, m->text) || m->type == DL_ENTITY_PERSON)
        g_hash_table_replace (f->known, g_strdup (m->text), GINT_TO_POINTER (m->type + 1));
      if (m->type != DL_ENTITY_PERSON || strchr (m->text, ' ') == NULL)
        continue;
      words = g_strsplit (m->text, " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        if (g_utf8_strlen (words[w], -1) > 2 && !g_str_has_suffix (words[w], "."))
          g_hash_table_add (f->known_tokens, g_strdup (words[w]));
    }
}

GHashTable *
_dl_entities_collect_lower_words (GArray *tokens)
{
  /* The words are the tokens' own, which outlive the set */
  GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < tokens->len; i++)
    {
      DlEntityToken *token = &g_array_index (tokens, DlEntityToken, i);

      if (token->lower)
        g_hash_table_add (words, token->text);
    }
  return words;
}

/* Capitalised words in mid-sentence, outside headlines → how many times */
GHashTable *
_dl_entities_collect_capitalised_words (GArray *tokens)
{
  /* The words are the tokens' own, which outlive the set */
  GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < tokens->len; i++)
    {
      DlEntityToken *token = &g_array_index (tokens, DlEntityToken, i);

      if (token->capitalised && !token->sentence_start && !token->headline)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (words, token->text));

          g_hash_table_insert (words, token->text, GUINT_TO_POINTER (n + 1));
        }
    }
  return words;
}
