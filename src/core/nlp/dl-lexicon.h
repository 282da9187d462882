/* dl-lexicon.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DlTriggerFlags:
 * @DL_TRIGGER_COLLECTIVE: done together ("meet", "agree"): the title joins
 *   the actors with "and", and without a date it takes two of them
 * @DL_TRIGGER_WEAK: an event only when nothing stronger is in the sentence
 *   ("announce", "declare"): what is announced is usually the news
 * @DL_TRIGGER_LIGHT: says little by itself ("reach", "hold", "broker"); an
 *   event noun after it ("reached an agreement") gives the predicate
 * @DL_TRIGGER_BACKGROUND: a noun that names the setting rather than the
 *   happening ("summit", "war"); used only when nothing else is there
 */
typedef enum
{
  DL_TRIGGER_COLLECTIVE = 1 << 0,
  DL_TRIGGER_WEAK = 1 << 1,
  DL_TRIGGER_LIGHT = 1 << 2,
  DL_TRIGGER_BACKGROUND = 1 << 3,
  DL_TRIGGER_NO_BASE = 1 << 4,
  DL_TRIGGER_TO_PLACE = 1 << 5,
} DlTriggerFlags;

typedef enum
{
  DL_FORM_BASE,
  DL_FORM_PRESENT,
  DL_FORM_PAST,
  DL_FORM_GERUND,
  DL_FORM_NOUN,
} DlWordForm;

/**
 * DlTrigger:
 * @lemma: the predicate ("meet")
 * @present: third person singular ("meets")
 * @participle: past participle ("met"), for titles without a subject
 * @synonym: the predicate it is merged with ("talk" → "meet")
 * @object: (nullable): what a noun trigger implies ("ceasefire")
 * @flags: #DlTriggerFlags
 */
typedef struct
{
  const char *lemma;
  const char *present;
  const char *participle;
  const char *synonym;
  const char *object;
  DlTriggerFlags flags;
} DlTrigger;

/**
 * DlEventKind:
 * @DL_EVENT_KIND_OCCURRENCE: something happens ("met", "the launch")
 * @DL_EVENT_KIND_REPORTING: someone tells of it ("said", "told"); the
 *   event is what is told
 * @DL_EVENT_KIND_ASPECTUAL: the start, continuation or end of another
 *   event ("began", "stopped")
 * @DL_EVENT_KIND_STATE: a state rather than a change ("know", "own")
 */
typedef enum
{
  DL_EVENT_KIND_OCCURRENCE,
  DL_EVENT_KIND_REPORTING,
  DL_EVENT_KIND_ASPECTUAL,
  DL_EVENT_KIND_STATE,
} DlEventKind;

char            *dl_lexicon_strdown            (const char  *text,
                                                gssize       length);
const DlTrigger *dl_lexicon_lookup_trigger     (const char  *word,
                                                DlWordForm  *form);
const char      *dl_lexicon_predicate_group    (const char  *lemma);
gboolean         dl_lexicon_same_predicate     (const char  *a,
                                                const char  *b);
gboolean         dl_lexicon_word_in            (const char         *word,
                                                const char * const *list,
                                                guint               n);
gboolean         dl_lexicon_is_reporting_verb  (const char  *word);
gboolean         dl_lexicon_is_place_preposition (const char *word);
gboolean         dl_lexicon_is_function_word   (const char  *word);
gboolean         dl_lexicon_is_modal           (const char  *word);
gboolean         dl_lexicon_is_clause_break    (const char  *word);
gboolean         dl_lexicon_is_role_noun       (const char  *word);
const char      *dl_lexicon_theme_group        (const char  *word);
gboolean         dl_lexicon_is_event_noun      (const char  *lemma);
gboolean         dl_lexicon_is_light_verb      (const char  *lemma);
gboolean         dl_lexicon_is_void_verb       (const char  *lemma);
DlEventKind     dl_lexicon_event_kind        (const char  *lemma);

G_END_DECLS
