/* dl-event-mention.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-article-analysis.h"
#include "dl-events-parse.h"
#include "dl-lexicon.h"

G_BEGIN_DECLS

/**
 * DlArgumentRole:
 * @DL_ARGUMENT_AGENT: who acts: the subject, or "by" after a passive
 * @DL_ARGUMENT_PATIENT: what is acted on: the object, the subject of a
 *   passive, "of" after an event noun
 * @DL_ARGUMENT_OTHER: another participant, after a preposition ("with")
 * @DL_ARGUMENT_PLACE: where it happened ("in Hamburg")
 */
typedef enum
{
  DL_ARGUMENT_AGENT,
  DL_ARGUMENT_PATIENT,
  DL_ARGUMENT_OTHER,
  DL_ARGUMENT_PLACE,
} DlArgumentRole;

/**
 * DlEventArgument:
 * @role: how it takes part
 * @start: first byte of the argument's phrase
 * @end: byte after it
 * @head: the phrase's head token in the sentence's parse
 * @preposition: (nullable): the preposition before it, a lemma owned by
 *   the parse ("with", "in")
 * @mention: the entity mention at the head (or the head of a conjunct),
 *   an index into the analysis's mentions, or -1
 */
typedef struct
{
  DlArgumentRole role;
  gsize start;
  gsize end;
  guint head;
  const char *preposition;
  gint mention;
} DlEventArgument;

/**
 * DlAnchor:
 * @DL_ANCHOR_NONE: no date in the sentence governs the event
 * @DL_ANCHOR_CLAUSE: a date in the event word's own phrase or clause
 * @DL_ANCHOR_GOVERNOR: the date of a clause the event's clause hangs from
 */
typedef enum
{
  DL_ANCHOR_NONE,
  DL_ANCHOR_CLAUSE,
  DL_ANCHOR_GOVERNOR,
} DlAnchor;

/**
 * DlEventMention:
 * @sentence: index of the sentence in the analysis
 * @token: the trigger's token in the sentence's parse
 * @start: first byte of the trigger
 * @end: byte after it ("rolled out" covers the particle)
 * @lemma: the trigger's lemma, lower case; owned by the parse
 * @noun: %TRUE for an event noun ("the meeting"), %FALSE for a verb
 * @kind: #DlEventKind
 * @passive: %TRUE for "was signed"
 * @negated: %TRUE for "did not meet"
 * @future: %TRUE for "will meet", "plans to meet"
 * @light: the light verb before an event noun ("held talks"), or -1
 * @predicate: for a copula ("is" in "the phone is available"), the word
 *   it links its subject to, or -1; the copula stands for the clause
 * @governor: the mention this one is the complement or argument of
 *   ("said" for "met" in "officials said they met"), an index into the
 *   array of mentions, or -1
 * @arguments: (element-type DlEventArgument): its participants
 * @timex: the date it is anchored to, an index into the analysis's
 *   timexes, or -1
 * @anchor: how @timex was found
 * @duration: how long it lasted ("for over two hours"), an index into
 *   the analysis's timexes, or -1
 *
 * One event word in a sentence, with who took part and when.
 */
typedef struct
{
  guint sentence;
  guint token;
  gsize start;
  gsize end;
  const char *lemma;
  gboolean noun;
  DlEventKind kind;
  gboolean passive;
  gboolean negated;
  gboolean future;
  gint light;
  gint predicate;
  gint governor;
  GArray *arguments;
  gint timex;
  DlAnchor anchor;
  gint duration;
} DlEventMention;

GArray          *dl_event_mentions_find          (DlArticleAnalysis    *analysis);
GArray          *dl_event_mentions_find_in       (DlArticleAnalysis    *analysis,
                                                  guint                 sentence);
guint            dl_event_mention_count_role     (const DlEventMention *mention,
                                                  DlArgumentRole        role);

G_END_DECLS
