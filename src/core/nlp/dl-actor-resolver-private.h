/* dl-actor-resolver-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The resolver is split by concern: dl-actor-resolver.c (people, places,
 * organisations, the whole pass) and dl-actor-resolver-names.c (short
 * names that stand for longer ones, and acronyms).
 */
#pragma once

#include "dl-actor.h"
#include "dl-article-analysis.h"

G_BEGIN_DECLS

typedef struct
{
  DlActor *actor;
  char *first;          /* lower case given name, or NULL */
  char *last;           /* lower case surname without "al-" */
  GHashTable *surnames; /* every spelling of @last seen */
  GHashTable *forms;    /* full name as written → count */
  guint n_full;         /* mentions by full name in the corpus */
  guint order;
} Person;

typedef struct
{
  GPtrArray *actors;
  GHashTable *by_key;          /* "loc:russia" → DlActor */
  GPtrArray *persons;          /* Person, in order of creation */
  GHashTable *person_by_actor; /* DlActor → Person */
  GHashTable *person_by_name;  /* normalised full name → Person */
  GHashTable *lone_persons;    /* surname → Person never named in full */
  /* Of the persons named in full, in their order: given name → GPtrArray,
   * and each spelling of a surname → GPtrArray */
  GHashTable *by_given_name;
  GHashTable *by_surname;
  GHashTable *acronyms;        /* "SED" → the mention it abbreviates */
  GHashTable *long_forms;      /* short key ("org:politburo") → names it may stand for */
  GHashTable *long_form_verdicts; /* short key → whether its names are one: 1 yes, 2 no */
  GHashTable *from_capitals;   /* places named from a dateline in capitals */
} Resolver;

char        *_dl_resolver_make_key             (const char            *prefix,
                                                const char            *words);
char        *_dl_resolver_organization_name    (const char            *text);
const char  *_dl_resolver_place_name           (const DlEntityMention *mention);
void         _dl_resolver_collect_long_forms   (Resolver              *self,
                                                DlArticleAnalysis     *analysis);
char        *_dl_resolver_expand_short_form    (Resolver              *self,
                                                DlArticleAnalysis     *analysis,
                                                const DlEntityMention *mention);
void         _dl_resolver_collect_acronyms     (Resolver              *self,
                                                DlArticleAnalysis     *analysis);

G_END_DECLS
