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

static gboolean
set_contains_lower (GHashTable *set,
                    const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  return g_hash_table_contains (set, lower);
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
  g_autofree char *lower = NULL;

  g_return_val_if_fail (phrase != NULL, NULL);
  lower = g_utf8_strdown (phrase, -1);
  return g_hash_table_lookup (get_tables ()->titles, lower);
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
  g_autofree char *lower = NULL;

  g_return_val_if_fail (phrase != NULL, NULL);
  lower = g_utf8_strdown (phrase, -1);
  return g_hash_table_lookup (get_tables ()->group_phrases, lower);
}
