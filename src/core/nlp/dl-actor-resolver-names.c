/* dl-actor-resolver-names.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Short names that stand for longer ones: "the Politburo" for "Politburo
 * of the Socialist Unity Party", "the Wall" for "Berlin Wall", and an
 * acronym in brackets after a name ("SED") for that name.
 */
#include "config.h"

#include <string.h>

#include "dl-actor-resolver-private.h"
#include "dl-article.h"
#include "dl-gazetteer.h"

/* -- short names: "the Politburo", "the Wall", "SED" -------------------- */

static char *
last_word (const char *text)
{
  const char *space = strrchr (text, ' ');

  return g_strdup (space != NULL ? space + 1 : text);
}

/* "Politburo of the Socialist Unity Party" → "org:politburo" */
static char *
org_long_form_key (const char *name)
{
  const char *of = strstr (name, " of ");
  g_autofree char *head = NULL;
  g_autofree char *last = NULL;

  if (of == NULL)
    return NULL;
  head = g_strndup (name, of - name);
  last = last_word (head);
  return dl_gazetteer_is_org_word (last) ? _dl_resolver_make_key ("org:", head) : NULL;
}

/* "Berlin Wall" → "loc:wall" */
static char *
place_long_form_key (const char *name)
{
  g_autofree char *last = last_word (name);

  if (strchr (name, ' ') == NULL || !dl_gazetteer_is_place_word (last))
    return NULL;
  return _dl_resolver_make_key ("loc:", last);
}

/* For a name that a shorter one may stand for, the key of that shorter
 * one, and in @name the name itself */
static char *
long_form_key (const DlEntityMention  *mention,
               char                  **name)
{
  g_autofree char *full = NULL;
  char *key = NULL;

  if (mention->type == DL_ENTITY_ORGANIZATION)
    {
      full = _dl_resolver_organization_name (mention->text);
      key = org_long_form_key (full);
    }
  else if (mention->type == DL_ENTITY_LOCATION && mention->country == NULL)
    {
      full = g_strdup (_dl_resolver_place_name (mention));
      key = place_long_form_key (full);
    }
  *name = key != NULL ? g_steal_pointer (&full) : NULL;
  return key;
}

/* The key of a name that may stand for a longer one: an organisation
 * word ("Politburo", "Central Committee") or a place word ("Wall") */
static char *
short_form_key (const DlEntityMention *mention)
{
  g_autofree char *name = NULL;
  g_autofree char *last = NULL;

  if (mention->type == DL_ENTITY_ORGANIZATION)
    {
      name = _dl_resolver_organization_name (mention->text);
      last = last_word (name);
      if (strstr (name, " of ") != NULL || !dl_gazetteer_is_org_word (last))
        return NULL;
      return _dl_resolver_make_key ("org:", name);
    }
  if (mention->type != DL_ENTITY_LOCATION || mention->country != NULL
      || strchr (mention->text, ' ') != NULL || !dl_gazetteer_is_place_word (mention->text))
    return NULL;
  return _dl_resolver_make_key ("loc:", mention->text);
}

void
_dl_resolver_collect_long_forms (Resolver          *self,
                    DlArticleAnalysis *analysis)
{
  for (guint i = 0; i < analysis->mentions->len; i++)
    {
      char *name = NULL;
      g_autofree char *key = long_form_key (&g_array_index (analysis->mentions,
                                                            DlEntityMention, i), &name);
      GPtrArray *names;

      if (key == NULL)
        continue;
      names = g_hash_table_lookup (self->long_forms, key);
      if (names == NULL)
        {
          names = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (self->long_forms, g_steal_pointer (&key), names);
        }
      g_ptr_array_add (names, name);
    }
}

static gboolean
is_same_name (const char *a,
              const char *b)
{
  return strcmp (a, b) == 0 || g_utf8_collate (a, b) == 0;
}

/* Whether all the long forms of @key are one name. A corpus asks for
 * each key once per short mention, and the names grow with the corpus,
 * so the answer is kept. */
static gboolean
is_only_long_form (Resolver   *self,
                   const char *key,
                   GPtrArray  *names)
{
  gpointer verdict = g_hash_table_lookup (self->long_form_verdicts, key);

  if (verdict == NULL)
    {
      gboolean only = TRUE;

      for (guint i = 1; i < names->len && only; i++)
        only = is_same_name (g_ptr_array_index (names, 0), g_ptr_array_index (names, i));
      verdict = GINT_TO_POINTER (only ? 1 : 2);
      g_hash_table_insert (self->long_form_verdicts, g_strdup (key), verdict);
    }
  return verdict == GINT_TO_POINTER (1);
}

/* The longer name a short one stands for: the first of its article, else
 * the only one of the corpus; %NULL when there is none or it is unclear */
char *
_dl_resolver_expand_short_form (Resolver              *self,
                   DlArticleAnalysis     *analysis,
                   const DlEntityMention *mention)
{
  g_autofree char *key = short_form_key (mention);
  GPtrArray *names;

  if (key == NULL || (names = g_hash_table_lookup (self->long_forms, key)) == NULL)
    return NULL;
  for (guint i = 0; i < analysis->mentions->len; i++)
    {
      char *name = NULL;
      g_autofree char *other = long_form_key (&g_array_index (analysis->mentions,
                                                              DlEntityMention, i), &name);

      if (other != NULL && g_str_equal (other, key))
        return name;
      g_free (name);
    }
  if (!is_only_long_form (self, key, names))
    return NULL;
  return g_strdup (g_ptr_array_index (names, 0));
}

/* An abbreviation in capitals, "SED" or "NATO" */
static gboolean
is_acronym (const char *text)
{
  gsize length = strlen (text);

  if (length < 2 || length > 6)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isupper (text[i]))
      return FALSE;
  return TRUE;
}

/* "WEST BERLIN (AP) —" names the agency, not the city: after a place the
 * acronym must at least start with its letter */
static gboolean
may_abbreviate (const DlEntityMention *name,
                const DlEntityMention *acronym)
{
  if (name->type == DL_ENTITY_PERSON || strchr (name->text, ' ') == NULL)
    return FALSE;
  return name->type != DL_ENTITY_LOCATION
         || g_ascii_toupper (name->text[0]) == acronym->text[0];
}

/* "the Socialist Unity Party (SED)": the bracketed acronym right after a
 * name of several words is another name of it, in the whole corpus */
void
_dl_resolver_collect_acronyms (Resolver          *self,
                  DlArticleAnalysis *analysis)
{
  const char *text = dl_article_get_text (analysis->article);
  gsize length = dl_article_get_text_length (analysis->article);

  for (guint i = 0; i + 1 < analysis->mentions->len; i++)
    {
      DlEntityMention *name = &g_array_index (analysis->mentions, DlEntityMention, i);
      DlEntityMention *acronym = &g_array_index (analysis->mentions, DlEntityMention, i + 1);
      gsize p = name->end;

      if (!is_acronym (acronym->text) || !may_abbreviate (name, acronym)
          || acronym->end >= length || text[acronym->end] != ')')
        continue;
      while (p < acronym->start && g_ascii_isspace (text[p]))
        p++;
      if (p + 1 == acronym->start && text[p] == '('
          && !g_hash_table_contains (self->acronyms, acronym->text))
        g_hash_table_insert (self->acronyms, g_strdup (acronym->text), name);
    }
}
