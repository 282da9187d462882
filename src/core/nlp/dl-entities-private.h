/* dl-entities-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of the entity finder: dl-entities.c finds and cuts
 * runs of names, dl-entities-classify.c decides what they are.
 */
#pragma once

#include <glib.h>

#include "dl-entities.h"
#include "dl-entities-tokens.h"

G_BEGIN_DECLS

#define NOT_AN_ENTITY ((DlEntityType) -1)

/* Below this many tokens the text is a sentence, not an article, and
 * cannot vouch for its own names */
#define MIN_DOCUMENT_TOKENS 150

typedef struct
{
  const char *text;
  GArray *tokens;
  GHashTable *lower_words;       /* words written in lower case somewhere */
  GHashTable *capitalised_words; /* words capitalised in mid-sentence */
  gboolean is_document;
  GHashTable *known;             /* name → type + 1, learnt by the first pass */
  GHashTable *known_tokens;      /* words of the full names of people */
  GArray *mentions;
} Finder;

#define TOK(f, i) (&g_array_index ((f)->tokens, DlEntityToken, (i)))

char         *_dl_entities_phrase_of                  (Finder     *f,
                                                       guint       i,
                                                       guint       j);
gboolean      _dl_entities_is_known                   (Finder     *f,
                                                       const char *word);
gboolean      _dl_entities_is_ordinary_word           (Finder     *f,
                                                       guint       i,
                                                       gboolean    alone);
gboolean      _dl_entities_is_org_head                (Finder     *f,
                                                       guint       i,
                                                       guint       j);
DlEntityType  _dl_entities_known_type                 (Finder     *f,
                                                       const char *text,
                                                       guint       n_words);
DlEntityType  _dl_entities_classify_name              (Finder     *f,
                                                       guint       i,
                                                       guint       j,
                                                       const char *role);
void          _dl_entities_learn_names                (Finder     *f);
GHashTable   *_dl_entities_collect_lower_words        (GArray     *tokens);
GHashTable   *_dl_entities_collect_capitalised_words  (GArray     *tokens);
void          _dl_entities_add_model_names            (Finder     *f);
void          _dl_entities_add_group_phrases          (Finder     *f);
gboolean      _dl_entities_overlaps_mention           (Finder     *f,
                                                       gsize       start,
                                                       gsize       end);
gint          _dl_entities_compare_mentions           (gconstpointer a,
                                                       gconstpointer b);

G_END_DECLS
