/* dl-entities.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A rule-based finder of names: runs of capitalised words, cut into
 * nationality, title and name ("US" "President" "Donald Trump") with the
 * gazetteer, then classified by what surrounds them. The text is read
 * twice: the first pass learns which names the article uses in running
 * text, so that the second can trust them at the start of a sentence and
 * in headlines, where capitals prove nothing. The names the statistical
 * tagger finds where the rules found none are added next
 * (dl-entities-model.c), and groups named by common nouns last
 * (dl-entities-groups.c).
 */
#include "config.h"

#include <string.h>

#include "dl-entities.h"
#include "dl-entities-private.h"
#include "dl-entities-tokens.h"
#include "dl-gazetteer.h"

/* How many tokens a gazetteer phrase or a title may span; hyphens and
 * connectors count as tokens */
#define MAX_PHRASE_TOKENS 8
#define MAX_TITLE_TOKENS 4

static void
clear_mention (gpointer data)
{
  DlEntityMention *mention = data;

  g_clear_pointer (&mention->text, g_free);
  g_clear_pointer (&mention->role, g_free);
  g_clear_pointer (&mention->country, g_free);
}

static GArray *
mentions_new (void)
{
  GArray *mentions = g_array_new (FALSE, TRUE, sizeof (DlEntityMention));

  g_array_set_clear_func (mentions, clear_mention);
  return mentions;
}

/* The text of tokens [i, j), white space collapsed to single spaces */
char *
_dl_entities_phrase_of (Finder *f,
           guint   i,
           guint   j)
{
  GString *out = g_string_new (NULL);

  for (guint k = i; k < j; k++)
    {
      if (k > i && TOK (f, k)->space_before)
        g_string_append_c (out, ' ');
      g_string_append (out, TOK (f, k)->text);
    }
  return g_string_free (out, FALSE);
}

static void
emit (Finder       *f,
      guint         i,
      guint         j,
      DlEntityType  type,
      const char   *role,
      const char   *country)
{
  DlEntityMention mention = { 0 };

  mention.start = TOK (f, i)->start;
  mention.end = TOK (f, j - 1)->end;
  mention.type = type;
  mention.text = _dl_entities_phrase_of (f, i, j);
  mention.role = g_strdup (role);
  mention.country = g_strdup (country);
  g_array_append_val (f->mentions, mention);
}

static gboolean
is_name_token (DlEntityToken *token)
{
  return token->in_sentence && token->capitalised && !token->possessive;
}

static gboolean
is_hyphen_glued (Finder *f,
                 guint   i,
                 guint   limit)
{
  DlEntityToken *right;

  if (i + 1 >= limit || !dl_entity_token_is_punct (TOK (f, i), "-‐"))
    return FALSE;
  right = TOK (f, i + 1);
  return !TOK (f, i)->space_before && !right->space_before
         && (right->is_word || right->is_number);
}


static guint
match_gazetteer (Finder                  *f,
                 guint                    i,
                 guint                    limit,
                 const DlGazetteerEntry **entry)
{
  guint max = MIN (MAX_PHRASE_TOKENS, limit - i);

  for (guint k = max; k > 0; k--)
    {
      g_autofree char *phrase = NULL;

      if (!TOK (f, i + k - 1)->is_word)
        continue;
      phrase = _dl_entities_phrase_of (f, i, i + k);
      *entry = dl_gazetteer_lookup (phrase);
      if (*entry != NULL)
        return k;
    }
  return 0;
}

static guint
match_title (Finder      *f,
             guint        i,
             guint        limit,
             const char **title)
{
  guint max = MIN (MAX_TITLE_TOKENS, limit - i);

  *title = NULL;
  if (!TOK (f, i)->title_start)
    return 0;
  for (guint k = max; k > 0; k--)
    {
      g_autofree char *phrase = _dl_entities_phrase_of (f, i, i + k);

      *title = dl_gazetteer_title (phrase);
      if (*title != NULL)
        return k;
    }
  return 0;
}

/* A title in lower case counts only right before a name: "prime minister
 * Theresa May", not "the prime minister said" */
static guint
lower_title_before_name (Finder *f,
                         guint   i,
                         guint   limit)
{
  const char *title;
  guint k = match_title (f, i, limit, &title);

  if (k == 0 || i + k >= limit || !TOK (f, i)->lower)
    return 0;
  if (!is_name_token (TOK (f, i + k)) || !TOK (f, i + k)->space_before)
    return 0;
  return k;
}

/* Furniture counts when it fills the rest of the line or stands before
 * a punctuation mark ("BREAKING:"), so that "Home Secretary" survives */
static guint
match_furniture (Finder *f,
                 guint   i,
                 guint   limit)
{
  if (!TOK (f, i)->capitalised || !dl_gazetteer_may_start_furniture (TOK (f, i)->text))
    return 0;
  for (guint k = MIN (4, limit - i); k > 0; k--)
    {
      g_autofree char *phrase = _dl_entities_phrase_of (f, i, i + k);

      if (dl_gazetteer_is_furniture (phrase)
          && (i + k == limit || !TOK (f, i + k)->is_word))
        return k;
    }
  return 0;
}

static gboolean
is_g_group_word (const char *text)
{
  if (text[0] != 'G')
    return FALSE;
  text += text[1] == '-' ? 2 : 1;
  return g_ascii_isdigit (text[0])
         && (text[1] == '\0' || (g_ascii_isdigit (text[1]) && text[2] == '\0'));
}

/* "G20", "G-20", "G 20": the group or its summit, never a person */
static guint
match_g_group (Finder *f,
               guint   i,
               guint   limit)
{
  DlEntityToken *token = TOK (f, i);

  if (is_g_group_word (token->text))
    return 1;
  if (!dl_entity_token_is (token, "G") || i + 1 >= limit)
    return 0;
  if (TOK (f, i + 1)->is_number && strlen (TOK (f, i + 1)->text) <= 2)
    return 2;
  if (is_hyphen_glued (f, i + 1, limit) && TOK (f, i + 2)->is_number)
    return 3;
  return 0;
}

/* "Jean-Claude Juncker" and "Coca-Cola" are one name; "Trump-Putin" in
 * "the Trump-Putin meeting" is two, and "U.S.-backed" only one. */
static gboolean
hyphen_joins (Finder *f,
              guint   i,
              guint   limit)
{
  DlEntityToken *right;
  g_autofree char *compound = NULL;

  if (!is_hyphen_glued (f, i, limit))
    return FALSE;
  right = TOK (f, i + 1);
  if (!right->capitalised)
    return FALSE;
  compound = _dl_entities_phrase_of (f, i - 1, i + 2);
  if (dl_gazetteer_lookup (compound) != NULL
      || dl_gazetteer_is_first_name (TOK (f, i - 1)->text))
    return TRUE;
  return i + 2 < limit && TOK (f, i + 2)->space_before
         && is_name_token (TOK (f, i + 2)) && !TOK (f, i + 2)->sentence_start;
}

/* "al-Assad", "bin-Salman" */
static gboolean
is_name_prefix (Finder *f,
                guint   i,
                guint   limit)
{
  DlEntityToken *token = TOK (f, i);

  return token->connector
         && is_hyphen_glued (f, i + 1, limit) && TOK (f, i + 2)->capitalised;
}

static guint
connector_length (Finder *f,
                  guint   j,
                  guint   limit)
{
  DlEntityToken *token = TOK (f, j);

  if (!token->connector || j + 1 >= limit)
    return 0;
  if (is_name_prefix (f, j, limit))
    return 3;
  if (is_name_token (TOK (f, j + 1)))
    return 1;
  if (dl_entity_token_is (token, "of") && j + 2 < limit
      && dl_entity_token_is (TOK (f, j + 1), "the") && is_name_token (TOK (f, j + 2)))
    return 2;
  return 0;
}

static guint
extend_run (Finder *f,
            guint   i,
            guint   limit)
{
  guint j = i, k;

  while (j < limit)
    {
      DlEntityToken *token = TOK (f, j);

      if (j > i && (token->sentence_start || !token->in_sentence
                    || match_g_group (f, j, limit) > 0))
        break;
      if (is_name_token (token))
        {
          j++;
          if (hyphen_joins (f, j, limit))
            j += 2;
          else if (is_hyphen_glued (f, j, limit))
            break;
        }
      else if ((k = lower_title_before_name (f, j, limit)) > 0)
        j += k;
      else if ((j > i || is_name_prefix (f, j, limit))
               && (k = connector_length (f, j, limit)) > 0)
        j += k;
      else
        break;
    }
  while (j > i + 1 && TOK (f, j - 1)->connector)
    j--;
  return j;
}

static guint emit_gazetteer_part (Finder                 *f,
                                  guint                   i,
                                  guint                   k,
                                  guint                   end,
                                  const DlGazetteerEntry *entry,
                                  gboolean                extend);

/* "Southwest Syria" is Syria; "Eastern" alone is nothing */
static gboolean
emit_directed_place (Finder *f,
                     guint   i,
                     guint   j)
{
  const DlGazetteerEntry *entry;
  guint d = i, k;

  while (d < j && dl_gazetteer_is_direction (TOK (f, d)->text))
    d++;
  if (d == i)
    return FALSE;
  if (d == j)
    return TRUE;
  k = match_gazetteer (f, d, j, &entry);
  if (k != j - d || entry->kind > DL_GAZETTEER_PLACE)
    return FALSE;
  emit_gazetteer_part (f, d, k, j, entry, FALSE);
  return TRUE;
}

/* "Walter Momper of West Berlin" is a person and a place; "Politburo of
 * the Socialist Unity Party" and "Bank of England" are one name */
static guint
split_at_of (Finder *f,
             guint   i,
             guint   j)
{
  if (_dl_entities_is_org_head (f, i, j) || dl_gazetteer_is_org_word (TOK (f, j - 1)->text))
    return 0;
  for (guint k = i + 1; k + 1 < j; k++)
    if (dl_entity_token_is (TOK (f, k), "of"))
      return k;
  return 0;
}

static void
emit_name (Finder     *f,
           guint       i,
           guint       j,
           const char *role)
{
  DlEntityType type;
  guint of = split_at_of (f, i, j);

  if (of > 0)
    {
      emit_name (f, i, of, role);
      of += dl_entity_token_is (TOK (f, of + 1), "the") ? 2 : 1;
      emit_name (f, of, j, NULL);
      return;
    }
  if (role == NULL && emit_directed_place (f, i, j))
    return;
  type = _dl_entities_classify_name (f, i, j, role);
  if (type != NOT_AN_ENTITY)
    emit (f, i, j, type, role, NULL);
}

static gboolean
ends_as_org (Finder *f,
             guint   i,
             guint   end)
{
  const char *title;

  if (i >= end || !dl_gazetteer_is_org_word (TOK (f, end - 1)->text))
    return FALSE;
  for (guint k = i; k < end; k++)
    if (dl_gazetteer_is_first_name (TOK (f, k)->text) || match_title (f, k, end, &title) > 0)
      return FALSE;
  return TRUE;
}

/* Emits the gazetteer name at [i, i + k) of a run ending at @end and
 * returns where the rest of the run starts. With @extend, a known name
 * followed by organisation words takes them ("United States Army"). */
static guint
emit_gazetteer_part (Finder                 *f,
                     guint                   i,
                     guint                   k,
                     guint                   end,
                     const DlGazetteerEntry *entry,
                     gboolean                extend)
{
  gboolean org_follows = extend && ends_as_org (f, i + k, end);

  switch (entry->kind)
    {
    case DL_GAZETTEER_COUNTRY:
    case DL_GAZETTEER_PLACE:
    case DL_GAZETTEER_ORGANIZATION:
    case DL_GAZETTEER_ARMED_GROUP:
      if (org_follows)
        {
          emit (f, i, end, DL_ENTITY_ORGANIZATION, NULL, NULL);
          return end;
        }
      if (entry->kind == DL_GAZETTEER_ORGANIZATION || entry->kind == DL_GAZETTEER_ARMED_GROUP)
        emit (f, i, i + k, DL_ENTITY_ORGANIZATION, NULL, NULL);
      else
        emit (f, i, i + k, DL_ENTITY_LOCATION, NULL,
              entry->kind == DL_GAZETTEER_COUNTRY ? entry->canonical : NULL);
      return i + k;
    case DL_GAZETTEER_DEMONYM:
      emit (f, i, i + k, DL_ENTITY_LOCATION, NULL, entry->canonical);
      return i + k;
    case DL_GAZETTEER_GROUP:
    case DL_GAZETTEER_MISC:
    default:
      emit (f, i, i + k, DL_ENTITY_MISC, NULL, NULL);
      return i + k;
    }
}

/* A month inside a name ends it, unless a given name comes before it:
 * "Theresa May" */
static guint
name_extent (Finder *f,
             guint   i,
             guint   end)
{
  guint j = i + 1;

  while (j < end)
    {
      const char *title;
      guint k;

      if (dl_gazetteer_is_calendar (TOK (f, j)->text)
          && !dl_gazetteer_is_first_name (TOK (f, j - 1)->text))
        break;
      k = match_title (f, j, end, &title);
      if (k > 0 && j + k < end && TOK (f, j)->capitalised && is_name_token (TOK (f, j + k)))
        break;
      j++;
    }
  return j;
}

static gboolean
is_skippable (Finder *f,
              guint   pos,
              guint   end)
{
  DlEntityToken *token = TOK (f, pos);

  if (!token->capitalised)
    return TRUE;
  if (dl_gazetteer_is_calendar (token->text))
    return TRUE;
  return _dl_entities_is_ordinary_word (f, pos, end - pos == 1);
}

/* Cuts a run of capitalised words into nationalities, places, titles and
 * names: "US" "President" "Donald Trump" */
static void
segment_run (Finder *f,
             guint   i,
             guint   end)
{
  const char *role = NULL, *title;
  const DlGazetteerEntry *entry;
  guint pos = i, k;

  while (pos < end)
    {
      if ((k = match_gazetteer (f, pos, end, &entry)) > 0)
        {
          pos = emit_gazetteer_part (f, pos, k, end, entry, TRUE);
          role = NULL;
        }
      else if ((k = match_title (f, pos, end, &title)) > 0)
        {
          if (pos + k >= end)
            break;
          if (ends_as_org (f, pos + k, end))
            {
              emit (f, pos, end, DL_ENTITY_ORGANIZATION, NULL, NULL);
              break;
            }
          role = title;
          pos += k;
        }
      else if (is_skippable (f, pos, end))
        pos++;
      else if (pos + 1 < end && ends_as_org (f, pos, end))
        {
          emit (f, pos, end, DL_ENTITY_ORGANIZATION, NULL, NULL);
          pos = end;
        }
      else
        {
          k = name_extent (f, pos, end);
          emit_name (f, pos, k, role);
          role = NULL;
          pos = k;
        }
    }
}

static gboolean
starts_run (Finder *f,
            guint   i,
            guint   limit)
{
  return is_name_token (TOK (f, i))
         || lower_title_before_name (f, i, limit) > 0
         || is_name_prefix (f, i, limit);
}

static void
find_in_text_line (Finder *f,
                   guint   first,
                   guint   last)
{
  guint i = first, k;

  while (i < last)
    {
      if (!TOK (f, i)->in_sentence)
        k = 1;
      else if ((k = match_furniture (f, i, last)) > 0)
        ;
      else if ((k = match_g_group (f, i, last)) > 0)
        emit (f, i, i + k, DL_ENTITY_MISC, NULL, NULL);
      else if (starts_run (f, i, last))
        {
          k = extend_run (f, i, last) - i;
          segment_run (f, i, i + k);
        }
      else
        k = 1;
      i += MAX (k, 1);
    }
}

/* "TRUMP" → "Trump", "MCKENZIE" → "Mckenzie": enough to find a name the
 * running text spells in ordinary case */
static char *
title_case (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean word_start = TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, word_start ? c : g_unichar_tolower (c));
      word_start = !g_unichar_isalpha (c) && c != '\'' && c != 0x2019;
    }
  return g_string_free (out, FALSE);
}

/* The type the first pass learnt for tokens [i, i + k); a headline in
 * capitals ("PRESIDENT TRUMP MEETS PUTIN") is read in title case */
static DlEntityType
known_phrase_type (Finder *f,
                   guint   i,
                   guint   k)
{
  g_autofree char *phrase = _dl_entities_phrase_of (f, i, i + k);
  g_autofree char *titled = NULL;
  DlEntityType type = _dl_entities_known_type (f, phrase, k);

  if (type != NOT_AN_ENTITY)
    return type;
  for (guint n = i; n < i + k; n++)
    if (TOK (f, n)->is_word && !TOK (f, n)->shouted)
      return NOT_AN_ENTITY;
  titled = title_case (phrase);
  return _dl_entities_known_type (f, titled, k);
}

static guint
match_known (Finder       *f,
             guint         i,
             guint         limit,
             DlEntityType *type)
{
  guint max = MIN (MAX_PHRASE_TOKENS, limit - i);

  for (guint k = max; k > 0; k--)
    {
      if (!TOK (f, i + k - 1)->capitalised)
        continue;
      *type = known_phrase_type (f, i, k);
      if (*type != NOT_AN_ENTITY)
        return k;
    }
  return 0;
}

static const char *
title_before (Finder *f,
              guint   i,
              guint   first)
{
  const char *title;

  for (guint k = 1; k <= MAX_TITLE_TOKENS && k <= i - first; k++)
    if (match_title (f, i - k, i, &title) == k)
      return title;
  return NULL;
}

/* In a headline every word is capitalised: only names the gazetteer or
 * the article's running text vouch for are taken. */
static void
find_in_headline (Finder *f,
                  guint   first,
                  guint   last)
{
  const DlGazetteerEntry *entry;
  DlEntityType type;
  guint i = first, k;

  while (i < last)
    {
      DlEntityToken *token = TOK (f, i);

      if (!token->in_sentence || !token->is_word)
        k = 1;
      else if ((k = match_furniture (f, i, last)) > 0)
        ;
      else if ((k = match_g_group (f, i, last)) > 0)
        emit (f, i, i + k, DL_ENTITY_MISC, NULL, NULL);
      else if ((k = match_gazetteer (f, i, last, &entry)) > 0)
        k = emit_gazetteer_part (f, i, k, i + k, entry, FALSE) - i;
      else if ((k = match_known (f, i, last, &type)) > 0)
        emit (f, i, i + k, type,
              type == DL_ENTITY_PERSON ? title_before (f, i, first) : NULL, NULL);
      else
        k = 1;
      i += k;
    }
}

static void
find_all (Finder   *f,
          gboolean  with_headlines)
{
  guint first = 0;

  for (guint i = 1; i <= f->tokens->len; i++)
    {
      if (i < f->tokens->len && !TOK (f, i)->newline_before)
        continue;
      if (!TOK (f, first)->headline)
        find_in_text_line (f, first, i);
      else if (with_headlines)
        find_in_headline (f, first, i);
      first = i;
    }
}


static void
finder_clear (Finder *f)
{
  g_clear_pointer (&f->tokens, g_array_unref);
  g_clear_pointer (&f->lower_words, g_hash_table_unref);
  g_clear_pointer (&f->capitalised_words, g_hash_table_unref);
  g_clear_pointer (&f->known, g_hash_table_unref);
  g_clear_pointer (&f->known_tokens, g_hash_table_unref);
  g_clear_pointer (&f->mentions, g_array_unref);
}

/**
 * dl_entities_find:
 * @text: UTF-8 text
 * @length: its length in bytes
 * @sentences: (nullable) (element-type DlSpan): sentence spans in bytes,
 *   in order; names are only looked for inside them. %NULL or an empty
 *   array stand for the whole text.
 *
 * Returns: (transfer full) (element-type DlEntityMention): the names, in
 *   text order, not overlapping
 */
GArray *
dl_entities_find (const char *text,
                  gsize       length,
                  GArray     *sentences)
{
  g_autoptr(GArray) whole = NULL;
  Finder f = { text };
  GArray *mentions;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (sentences == NULL || sentences->len == 0)
    {
      DlSpan span = { 0, length };

      whole = g_array_new (FALSE, FALSE, sizeof (DlSpan));
      g_array_append_val (whole, span);
      sentences = whole;
    }
  f.tokens = dl_entity_tokens_new (text != NULL ? text : "", length, sentences);
  f.lower_words = _dl_entities_collect_lower_words (f.tokens);
  f.capitalised_words = _dl_entities_collect_capitalised_words (f.tokens);
  f.is_document = f.tokens->len >= MIN_DOCUMENT_TOKENS;
  f.mentions = mentions_new ();
  find_all (&f, FALSE);
  _dl_entities_learn_names (&f);
  g_array_set_size (f.mentions, 0);
  find_all (&f, TRUE);
  _dl_entities_add_model_names (&f);
  _dl_entities_add_group_phrases (&f);
  mentions = g_steal_pointer (&f.mentions);
  finder_clear (&f);
  return mentions;
}
