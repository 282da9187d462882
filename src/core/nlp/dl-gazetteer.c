/* dl-gazetteer.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Look-ups into the word lists of dl-gazetteer-data.c. The tables are
 * hashed once, on first use, and only read afterwards, so the analysers
 * may call these functions from several worker threads at once.
 */
#include "config.h"

#include <string.h>

#include "dl-gazetteer.h"
#include "dl-gazetteer-data.h"

typedef struct
{
  GHashTable *set;
  gsize longest;
  gboolean ascii;  /* whether every key is ASCII */
} PhraseStarts;

typedef struct
{
  GHashTable *entries;
  GHashTable *first_names;
  GHashTable *common_words;
  GHashTable *org_words;
  GHashTable *place_words;
  GHashTable *directions;
  GHashTable *calendar;
  GHashTable *connectors;
  GHashTable *titles;
  GHashTable *furniture;
  GHashTable *group_phrases;
  /* The starts of the keys of the three tables of phrases above, for
   * a quick test of a phrase's first token */
  PhraseStarts title_starts;
  PhraseStarts furniture_starts;
  PhraseStarts group_starts;
} Tables;

static void
add_entry (GHashTable      *entries,
           const char      *phrase,
           DlGazetteerKind  kind,
           const char      *canonical)
{
  DlGazetteerEntry *entry;

  /* The first entry wins: "Georgia" stays the country, not a US state */
  if (g_hash_table_contains (entries, phrase))
    return;
  entry = g_new0 (DlGazetteerEntry, 1);
  entry->kind = kind;
  entry->canonical = g_intern_string (canonical);
  g_hash_table_insert (entries, (gpointer) g_intern_string (phrase), entry);
}

static void
add_list (GHashTable      *entries,
          const char      *list,
          DlGazetteerKind  kind,
          const char      *canonical)
{
  g_auto(GStrv) names = NULL;

  if (list == NULL || *list == '\0')
    return;
  names = g_strsplit (list, ";", -1);
  for (guint i = 0; names[i] != NULL; i++)
    add_entry (entries, names[i], kind, canonical);
}

/* "Alias=Canonical" or "Name" */
static void
add_named (GHashTable         *entries,
           const char * const *list,
           DlGazetteerKind     kind)
{
  for (guint i = 0; list[i] != NULL; i++)
    {
      const char *eq = strchr (list[i], '=');
      g_autofree char *alias = NULL;

      if (eq == NULL)
        {
          add_entry (entries, list[i], kind, list[i]);
          continue;
        }
      alias = g_strndup (list[i], eq - list[i]);
      add_entry (entries, alias, kind, eq + 1);
    }
}

static GHashTable *
make_set (const char * const *list)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; list[i] != NULL; i++)
    g_hash_table_add (set, (gpointer) list[i]);
  return set;
}

static GHashTable *
make_map (const char * const *list)
{
  GHashTable *map = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; list[i] != NULL; i++)
    {
      const char *eq = strchr (list[i], '=');
      g_autofree char *key = g_strndup (list[i], eq - list[i]);

      g_hash_table_insert (map, (gpointer) g_intern_string (key),
                           (gpointer) (eq + 1));
    }
  return map;
}

/* Whether a token of the entity finder can end after @n bytes of
 * @key: a run of letters and digits ends before anything else ("vice"
 * of "vice president", "secretary" of "secretary-general"), and any
 * other token, "mr." or "-", may end where it likes */
static gboolean
is_token_end (const char *key,
              gsize       n)
{
  return key[n] == '\0' || !g_ascii_isalnum (key[n]) || !g_ascii_isalnum (key[n - 1]);
}

/* The starts of the keys of @table at which a token may end, for a quick
 * test of a phrase's first token before the phrase is put together */
static void
make_starts (PhraseStarts *starts,
             GHashTable   *table)
{
  GHashTableIter iter;
  gpointer key;

  starts->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  starts->ascii = TRUE;
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gsize length = strlen (key);

      starts->longest = MAX (starts->longest, length);
      starts->ascii &= g_str_is_ascii (key);
      for (gsize n = 1; n <= length; n++)
        if (is_token_end (key, n))
          g_hash_table_add (starts->set, g_strndup (key, n));
    }
}

static GHashTable *
make_entries (void)
{
  GHashTable *entries = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; dl_gazetteer_countries[i].name != NULL; i++)
    {
      const DlGazetteerCountry *country = &dl_gazetteer_countries[i];

      add_entry (entries, country->name, DL_GAZETTEER_COUNTRY, country->name);
      add_list (entries, country->aliases, DL_GAZETTEER_COUNTRY, country->name);
      add_list (entries, country->demonyms, DL_GAZETTEER_DEMONYM, country->name);
    }
  add_named (entries, dl_gazetteer_places, DL_GAZETTEER_PLACE);
  /* Before the organisations, where the armed groups are too */
  add_named (entries, dl_gazetteer_armed_groups, DL_GAZETTEER_ARMED_GROUP);
  add_named (entries, dl_gazetteer_organizations, DL_GAZETTEER_ORGANIZATION);
  add_named (entries, dl_gazetteer_groups, DL_GAZETTEER_GROUP);
  add_named (entries, dl_gazetteer_misc, DL_GAZETTEER_MISC);
  return entries;
}

static Tables *
get_tables (void)
{
  static Tables *tables;

  if (g_once_init_enter (&tables))
    {
      Tables *t = g_new0 (Tables, 1);

      t->entries = make_entries ();
      t->first_names = make_set (dl_gazetteer_first_names);
      t->common_words = make_set (dl_gazetteer_common_words);
      t->org_words = make_set (dl_gazetteer_org_words);
      t->place_words = make_set (dl_gazetteer_place_words);
      t->directions = make_set (dl_gazetteer_directions);
      t->calendar = make_set (dl_gazetteer_calendar);
      t->connectors = make_set (dl_gazetteer_connectors);
      t->titles = make_map (dl_gazetteer_titles);
      t->furniture = make_set (dl_gazetteer_furniture);
      t->group_phrases = make_map (dl_gazetteer_group_phrases);
      make_starts (&t->title_starts, t->titles);
      make_starts (&t->furniture_starts, t->furniture);
      make_starts (&t->group_starts, t->group_phrases);
      g_once_init_leave (&tables, t);
    }
  return tables;
}

static gboolean
is_shouted (const char *phrase)
{
  gboolean has_letter = FALSE;

  for (const char *p = phrase; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      has_letter |= g_unichar_isalpha (c);
    }
  return has_letter;
}

/* "NEW YORK" → "New York", for headlines in capitals */
static char *
title_case (const char *phrase)
{
  GString *out = g_string_new (NULL);
  gboolean word_start = TRUE;

  for (const char *p = phrase; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, word_start ? c : g_unichar_tolower (c));
      word_start = !g_unichar_isalpha (c) && c != '\'';
    }
  return g_string_free (out, FALSE);
}

/**
 * dl_gazetteer_lookup:
 * @phrase: words separated by single spaces, as written
 *
 * Returns: (nullable): what the gazetteer knows of @phrase. A phrase in
 *   capitals ("LONDON") is also tried in title case.
 */
const DlGazetteerEntry *
dl_gazetteer_lookup (const char *phrase)
{
  Tables *tables = get_tables ();
  const DlGazetteerEntry *entry;
  g_autofree char *titled = NULL;

  g_return_val_if_fail (phrase != NULL, NULL);

  entry = g_hash_table_lookup (tables->entries, phrase);
  if (entry != NULL || strlen (phrase) <= 3 || !is_shouted (phrase))
    return entry;
  titled = title_case (phrase);
  return g_hash_table_lookup (tables->entries, titled);
}

/* Looks @phrase up in lower case. ASCII without an 'I' (which Turkish
 * lowers to a dotless i) is lowered the same in every locale, here
 * without a copy on the heap; anything else goes to g_utf8_strdown() */
static gpointer
lookup_lower (GHashTable *table,
              const char *phrase)
{
  char lower[64];
  g_autofree char *copy = NULL;
  gsize n;

  for (n = 0; phrase[n] != '\0'; n++)
    {
      guchar c = phrase[n];

      if (c >= 0x80 || c == 'I' || n + 1 >= sizeof lower)
        {
          copy = g_utf8_strdown (phrase, -1);
          return g_hash_table_lookup (table, copy);
        }
      lower[n] = g_ascii_tolower (c);
    }
  lower[n] = '\0';
  return g_hash_table_lookup (table, lower);
}

/* The sets hold their keys as values, so a key found is never %NULL */
static gboolean
set_contains_lower (GHashTable *set,
                    const char *word)
{
  return lookup_lower (set, word) != NULL;
}

gboolean
dl_gazetteer_is_first_name (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return g_hash_table_contains (get_tables ()->first_names, word);
}

/* Case-insensitive: "During" and "during" are the same ordinary word */
gboolean
dl_gazetteer_is_common_word (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return set_contains_lower (get_tables ()->common_words, word);
}

gboolean
dl_gazetteer_is_org_word (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return g_hash_table_contains (get_tables ()->org_words, word);
}

gboolean
dl_gazetteer_is_place_word (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return g_hash_table_contains (get_tables ()->place_words, word);
}

gboolean
dl_gazetteer_is_direction (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return g_hash_table_contains (get_tables ()->directions, word);
}

gboolean
dl_gazetteer_is_calendar (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return set_contains_lower (get_tables ()->calendar, word);
}

gboolean
dl_gazetteer_is_connector (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return g_hash_table_contains (get_tables ()->connectors, word);
}

/**
 * dl_gazetteer_title:
 * @phrase: words separated by single spaces, in any case
 *
 * Returns: (nullable): the title in its usual spelling ("prime minister"
 *   → "Prime Minister"), or %NULL when @phrase is not a title
 */
const char *
dl_gazetteer_title (const char *phrase)
{
  g_return_val_if_fail (phrase != NULL, NULL);
  return lookup_lower (get_tables ()->titles, phrase);
}

gboolean
dl_gazetteer_is_furniture (const char *phrase)
{
  g_return_val_if_fail (phrase != NULL, FALSE);
  return set_contains_lower (get_tables ()->furniture, phrase);
}

/**
 * dl_gazetteer_group_phrase:
 * @phrase: words separated by single spaces, in any case
 *
 * Returns: (nullable): for a common phrase naming a group of people
 *   ("rebel forces", "Protesters"), the key it shares with the phrases
 *   for the same group ("rebels"); %NULL for any other phrase
 */
const char *
dl_gazetteer_group_phrase (const char *phrase)
{
  g_return_val_if_fail (phrase != NULL, NULL);
  return lookup_lower (get_tables ()->group_phrases, phrase);
}

/* Whether @word in lower case can begin a key of @starts' table. With
 * keys in ASCII, a word whose lower case is not all ASCII begins none:
 * a word lowers alone as it does at the start of a phrase, but for a
 * Greek final sigma, which is no ASCII either way. ASCII is lowered
 * here without a copy, 'I' to 'i' even where Turkish would lower it to
 * a dotless i: the test may pass a word the full look-up then refuses,
 * never the other way round. */
static gboolean
may_start (const PhraseStarts *starts,
           const char         *word)
{
  char lower[64];
  g_autofree char *copy = NULL;
  gsize n;

  for (n = 0; word[n] != '\0'; n++)
    {
      if ((guchar) word[n] >= 0x80)
        break;
      if (n >= starts->longest || n + 1 >= sizeof lower)
        return FALSE;
      lower[n] = g_ascii_tolower (word[n]);
    }
  if (word[n] == '\0')
    {
      lower[n] = '\0';
      return n > 0 && g_hash_table_contains (starts->set, lower);
    }
  if (!starts->ascii)
    return TRUE;
  copy = g_utf8_strdown (word, -1);
  return g_str_is_ascii (copy) && g_hash_table_contains (starts->set, copy);
}

/**
 * dl_gazetteer_may_start_title:
 * @word: the first word or token of a phrase, in any case
 *
 * A quick test before dl_gazetteer_title(): when it fails, no phrase
 * that begins with @word is a title, and the phrases need not be built.
 * @word is a token as the entity finder cuts them: a run of letters and
 * digits (with inner apostrophes, and full stops in abbreviations), or
 * another single character.
 *
 * Returns: %FALSE when no title begins with @word
 */
gboolean
dl_gazetteer_may_start_title (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return may_start (&get_tables ()->title_starts, word);
}

/**
 * dl_gazetteer_may_start_furniture:
 * @word: the first word or token of a phrase, in any case
 *
 * The quick test of dl_gazetteer_may_start_title() for
 * dl_gazetteer_is_furniture().
 *
 * Returns: %FALSE when no page furniture begins with @word
 */
gboolean
dl_gazetteer_may_start_furniture (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return may_start (&get_tables ()->furniture_starts, word);
}

/**
 * dl_gazetteer_may_start_group_phrase:
 * @word: the first word or token of a phrase, in any case
 *
 * The quick test of dl_gazetteer_may_start_title() for
 * dl_gazetteer_group_phrase().
 *
 * Returns: %FALSE when no phrase naming a group begins with @word
 */
gboolean
dl_gazetteer_may_start_group_phrase (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);
  return may_start (&get_tables ()->group_starts, word);
}
