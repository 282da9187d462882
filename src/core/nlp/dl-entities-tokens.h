/* dl-entities-tokens.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entity finder's own tokens: words with what their spelling says
 * (capitalised, an initial, a possessive), and where they stand (start of
 * a sentence, in a headline). Internal to the entity finder.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gsize start;
  gsize end;
  char *text;
  guint is_word : 1;        /* starts with a letter */
  guint is_number : 1;      /* starts with a digit */
  guint space_before : 1;   /* white space between this and the previous token */
  guint newline_before : 1;
  guint capitalised : 1;    /* first letter upper case */
  guint shouted : 1;        /* every letter upper case, two or more */
  guint lower : 1;          /* first letter lower case */
  guint initial : 1;        /* "W." */
  guint dotted : 1;         /* ends in a full stop: "U.S.", "Mr." */
  guint possessive : 1;     /* "'s", "’s", or a lone apostrophe after a plural */
  guint sentence_start : 1;
  guint in_sentence : 1;
  guint headline : 1;       /* on a line in title case */
  guint title_start : 1;    /* may begin a title (dl_gazetteer_may_start_title()) */
  guint connector : 1;      /* "of", "de", "al" (dl_gazetteer_is_connector()) */
  guint owns_text : 1;      /* the first token holds the block of all the texts */
} DlEntityToken;

GArray   *dl_entity_tokens_new      (const char    *text,
                                     gsize          length,
                                     GArray        *sentences);
gboolean  dl_entity_token_is        (DlEntityToken *token,
                                     const char    *text);
gboolean  dl_entity_token_is_punct  (DlEntityToken *token,
                                     const char    *chars);

G_END_DECLS
