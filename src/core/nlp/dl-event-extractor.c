/* dl-event-extractor.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finds events sentence by sentence: a sentence is an event when it has
 * an event word (a verb such as "met" or a noun such as "ceasefire") and
 * either a date of its own or the actors who took part. The participants
 * are taken from the clause of the event word, so that whoever reports
 * it ("Tillerson said") and the places it happened in are left out.
 */
#include "config.h"

#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-event-extractor.h"
#include "dl-events-discourse.h"
#include "dl-events-sentence.h"
#include "dl-events-syntax.h"
#include "dl-events-title.h"
#include "dl-events-when.h"

typedef struct
{
  guint index;
  const DlTrigger *trigger;
  DlWordForm form;
  /* What the event is about, for the predicate: after a light verb
   * ("reached an agreement") the noun's entry, else @trigger */
  const DlTrigger *predicate;
  /* "threw open": the word before the event word belongs to it */
  gboolean phrasal;
  guint clause_start;
  guint clause_end;
  /* The event word as the parse reads it, if it does */
  const DlEventMention *mention;
} Trigger;

typedef struct
{
  GPtrArray *subjects;
  GPtrArray *objects;
  const char *place;
} Participants;

static const char * const determiners[] = {
  "a", "an", "the", "this", "that", "these", "those", "his", "her", "its",
  "their", "our", "any", "such", "first", "second", "last", "new", "major",
};

static gboolean
is_determiner (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (determiners); i++)
    if (strcmp (word, determiners[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Lower ranks win: a verb says what happened, a noun may only name it,
 * an announcement is usually about something else, and a summit or a
 * war is mostly the setting. */
static int
trigger_rank (const DlTrigger *trigger,
              DlWordForm       form)
{
  if (trigger->flags & DL_TRIGGER_BACKGROUND)
    return 3;
  if (trigger->flags & DL_TRIGGER_WEAK)
    return 2;
  return form == DL_FORM_NOUN ? 1 : 0;
}

/* "the meeting", "a visit", "an official visit": a verb form after a
 * determiner, or after a determiner and one more word, is a noun */
static DlWordForm
effective_form (DlSentence *s,
                guint       i,
                DlWordForm  form)
{
  if ((form == DL_FORM_GERUND || form == DL_FORM_BASE) && i > 0
      && (is_determiner (dl_sentence_word (s, i - 1))
          || (i > 1 && is_determiner (dl_sentence_word (s, i - 2))
              && dl_sentence_is_word (s, i - 1)
              && !dl_lexicon_is_function_word (dl_sentence_word (s, i - 1)))))
    return DL_FORM_NOUN;
  return form;
}

/* "threw open", "flung open": "open" has no base form in the lexicon
 * (it is mostly an adjective), but after these it is the verb */
static const DlTrigger *
lookup_trigger (DlSentence *s,
                guint       i,
                DlWordForm *form)
{
  static const char * const throw[] = { "threw", "thrown", "throw", "throws", "flung", "swung" };
  const char *w = dl_sentence_word (s, i);

  if (i > 0 && strcmp (w, "open") == 0)
    for (guint k = 0; k < G_N_ELEMENTS (throw); k++)
      if (strcmp (dl_sentence_word (s, i - 1), throw[k]) == 0)
        return dl_lexicon_lookup_trigger ("opened", form);
  return dl_lexicon_lookup_trigger (w, form);
}

/* After "reached" or "brokered", an event noun close behind says what
 * the event is: "reached a ceasefire agreement" is an agreement. */
static const DlTrigger *
light_verb_predicate (DlSentence      *s,
                      const DlTrigger *trigger,
                      guint            index)
{
  for (guint j = index + 1; j < s->tokens->len && j <= index + 4; j++)
    {
      DlWordForm form;
      const DlTrigger *noun = dl_lexicon_lookup_trigger (dl_sentence_word (s, j), &form);

      if (noun != NULL && form == DL_FORM_NOUN && !(noun->flags & DL_TRIGGER_BACKGROUND))
        return noun;
      if (!dl_sentence_is_word (s, j))
        break;
    }
  return trigger;
}

/* "Tillerson agreed that Russia has a different approach": agreeing
 * with a statement is an opinion, not an agreement */
static gboolean
is_opinion (DlSentence      *s,
            const DlTrigger *trigger,
            guint            i)
{
  return (trigger->flags & DL_TRIGGER_COLLECTIVE)
         && strcmp (dl_sentence_word (s, i + 1), "that") == 0;
}

/* "an agreement for a ceasefire", "an agreement was struck on a cease
 * fire": an agreement that names what was agreed is that, which tells
 * it from the other agreements of the day */
static void
make_specific (DlSentence *s,
               Trigger    *t)
{
  if (t->predicate->object != NULL)
    return;
  for (guint i = t->clause_start; i < t->clause_end; i++)
    {
      DlWordForm form;
      const DlTrigger *noun = dl_lexicon_lookup_trigger (dl_sentence_word (s, i), &form);

      if (noun == NULL || form != DL_FORM_NOUN || noun->object == NULL
          || !dl_lexicon_same_predicate (noun->lemma, t->predicate->lemma))
        continue;
      t->predicate = noun;
      if (t->form == DL_FORM_NOUN)
        t->trigger = noun;
      return;
    }
}

static gboolean
find_trigger (DlSentence *s,
              Trigger    *out)
{
  int best_rank = G_MAXINT;

  for (guint i = 0; i < s->tokens->len; i++)
    {
      DlWordForm form;
      const DlTrigger *trigger = lookup_trigger (s, i, &form);
      const DlEventMention *mention;
      int rank;

      if (trigger == NULL || is_opinion (s, trigger, i))
        continue;
      form = effective_form (s, i, form);
      /* The main clause tells the news; "since the Wall fell", "who
       * met Bush" tell what came before */
      mention = dl_events_mention_at (s, i);
      rank = trigger_rank (trigger, form);
      if (mention == NULL)
        rank += 2 * dl_sentence_in_subordinate_clause (s, i);
      else
        rank += 2 * dl_events_is_subordinate (s, mention) + dl_events_is_setting (s, mention);
      if (rank >= best_rank)
        continue;
      best_rank = rank;
      out->index = i;
      out->trigger = trigger;
      out->form = form;
      out->phrasal = i > 0 && strcmp (dl_sentence_word (s, i), "open") == 0;
    }
  if (best_rank == G_MAXINT)
    return FALSE;

  out->predicate = out->trigger;
  if (out->trigger->flags & DL_TRIGGER_LIGHT)
    out->predicate = light_verb_predicate (s, out->trigger, out->index);
  dl_sentence_clause (s, out->index, &out->clause_start, &out->clause_end);
  make_specific (s, out);
  out->mention = dl_events_mention_at (s, out->index);
  return TRUE;
}

static void
add_participant (Participants *p,
                 DlActor      *actor,
                 gboolean      before)
{
  if (g_ptr_array_find (p->subjects, actor, NULL) || g_ptr_array_find (p->objects, actor, NULL))
    return;
  g_ptr_array_add (before ? p->subjects : p->objects, actor);
}

/* "East Germany threw open": the word between a name and the event
 * word is part of the verb, not a noun the name qualifies */
static gboolean
precedes_trigger (DlSentence      *s,
                  const Trigger   *t,
                  DlEntityMention *mention)
{
  return t->phrasal && dl_sentence_token (s, t->index - 1)->start >= mention->end
         && (t->index < 2 || dl_sentence_token (s, t->index - 2)->end <= mention->end);
}

/* Collects the actors of the mentions between two tokens. Places go to
 * @p->place; modifiers ("Russian" in "Russian President"), whoever
 * reports the event and names after the event word that it does not act
 * on are skipped. */
static void
collect_participants (DlSentence    *s,
                      const Trigger *t,
                      guint          from,
                      guint          to,
                      gboolean       all_subjects,
                      Participants  *p)
{
  DlArticleAnalysis *a = s->analysis;
  gsize start = dl_sentence_token (s, from)->start;
  gsize end = dl_sentence_token (s, to - 1)->end;
  gsize trigger_start = dl_sentence_token (s, t->index)->start;

  for (guint m = 0; a->mentions != NULL && m < a->mentions->len; m++)
    {
      DlEntityMention *mention = &g_array_index (a->mentions, DlEntityMention, m);
      DlActor *actor = m < a->mention_actors->len ? g_ptr_array_index (a->mention_actors, m) : NULL;

      if (mention->start < start || mention->end > end || actor == NULL)
        continue;
      if ((dl_sentence_mention_is_modifier (s, mention, actor) && !precedes_trigger (s, t, mention))
          || dl_sentence_mention_is_reporter (s, mention, t->index))
        continue;
      if (dl_sentence_mention_is_place (s, mention, actor))
        {
          if (p->place == NULL)
            p->place = dl_actor_get_name (actor);
          continue;
        }
      /* A passive names its doers anywhere after it ("was opened ... as
       * Kohl passed through"); an active verb right after it */
      if (!all_subjects && mention->start > trigger_start && t->form != DL_FORM_NOUN
          && !dl_sentence_is_passive (s, t->index, t->form)
          && !dl_sentence_is_object_position (s, t->index, mention))
        continue;
      add_participant (p, actor, all_subjects || mention->start < trigger_start);
    }
}

static guint
needed_actors (const Trigger *t)
{
  return (t->predicate->flags & DL_TRIGGER_COLLECTIVE) ? 2 : 1;
}

/* The clause only, but with its subject when a relative clause stands
 * between the two ("Honecker, who had led the party for years,
 * resigned") or when the event is told in one ("Gorbachev, who met
 * Bush"). Names elsewhere in the sentence belong to something else:
 * a comparison, a background, another event. */
static void
find_participants (DlSentence    *s,
                   const Trigger *t,
                   Participants  *p)
{
  guint from, to;

  collect_participants (s, t, t->clause_start, t->clause_end, FALSE, p);
  if (p->subjects->len == 0 && (t->form != DL_FORM_NOUN || p->objects->len == 0)
      && dl_sentence_relative_antecedent (s, t->clause_start, &from, &to))
    collect_participants (s, t, from, to, TRUE, p);
  /* The parse knows the roles where the shallow reading does not look
   * ("met with Putin", "Trump and Putin held talks") */
  if (t->mention != NULL)
    {
      DlSpan clause = { dl_sentence_token (s, t->clause_start)->start, dl_sentence_token (s, t->clause_end - 1)->end };

      dl_events_add_arguments (s, t->mention, clause, p->subjects, p->objects);
    }
  if (p->subjects->len + p->objects->len < 2)
    dl_events_add_named_pair (s, t->clause_start, t->clause_end, p->subjects);
}

/* "A ceasefire was agreed": with nobody acting, an event noun in the
 * clause says what the event was about */
static char *
dup_clause_noun (DlSentence    *s,
                 const Trigger *t)
{
  for (guint i = t->clause_start; i < t->clause_end; i++)
    {
      DlWordForm form;
      const DlTrigger *noun = dl_lexicon_lookup_trigger (dl_sentence_word (s, i), &form);

      if (i == t->index || noun == NULL || form != DL_FORM_NOUN || (noun->flags & DL_TRIGGER_BACKGROUND))
        continue;
      return g_strdup (noun->object != NULL ? noun->object : dl_sentence_word (s, i));
    }
  return NULL;
}

/* The preposition before the first mention of @actor after the event
 * word: "with" in "opened its border with Austria", or NULL */
static const char *
object_preposition (DlSentence    *s,
                    const Trigger *t,
                    DlActor       *actor)
{
  static const char * const prepositions[] = {
    "with", "to", "from", "against", "into", "between", "over", "for",
  };
  DlArticleAnalysis *a = s->analysis;
  gsize after = dl_sentence_token (s, t->index)->end;

  for (guint m = 0; a->mentions != NULL && m < a->mentions->len; m++)
    {
      DlEntityMention *mention = &g_array_index (a->mentions, DlEntityMention, m);
      guint first = 0;
      const char *w;

      if (mention->start < after || mention->end > s->span.end
          || m >= a->mention_actors->len || g_ptr_array_index (a->mention_actors, m) != actor)
        continue;
      while (first < s->tokens->len && dl_sentence_token (s, first)->start < mention->start)
        first++;
      if (first > 0 && strcmp (dl_sentence_word (s, first - 1), "the") == 0)
        first--;
      w = first > 0 ? dl_sentence_word (s, first - 1) : "";
      for (guint i = 0; i < G_N_ELEMENTS (prepositions); i++)
        if (strcmp (w, prepositions[i]) == 0)
          return prepositions[i];
      return NULL;
    }
  return NULL;
}

/* "opened its border with Austria": what a verb acts on, when it is
 * not a name, and the preposition that joins the names after it */
static char *
dup_verb_object (DlSentence         *s,
                 const Trigger      *t,
                 const Participants *p,
                 const char        **preposition)
{
  g_autofree char *object = NULL;

  *preposition = NULL;
  if (t->form == DL_FORM_NOUN)
    return NULL;
  object = dl_sentence_dup_object (s, t->index, t->trigger);
  if (object == NULL || p->objects->len == 0)
    return g_steal_pointer (&object);
  *preposition = object_preposition (s, t, g_ptr_array_index (p->objects, 0));
  return *preposition != NULL ? g_steal_pointer (&object) : NULL;
}

static char *
build_title (DlSentence         *s,
             const Trigger      *t,
             const Participants *p)
{
  g_autofree char *object = NULL;
  DlTitleParts parts = { 0 };

  parts.passive = dl_sentence_is_passive (s, t->index, t->form);
  /* "the Wall was opened": the name before a passive is what was done to */
  if (parts.passive && p->subjects->len == 0)
    object = dl_sentence_dup_patient (s, t->index);
  if (object == NULL && !parts.passive)
    object = dup_verb_object (s, t, p, &parts.preposition);
  if (object == NULL && p->subjects->len + p->objects->len == 0)
    object = dup_clause_noun (s, t);
  if (object == NULL && p->subjects->len + p->objects->len == 0 && t->form != DL_FORM_NOUN)
    object = dl_sentence_dup_subject_noun (s, t->index);
  parts.trigger = t->trigger;
  parts.noun = t->form == DL_FORM_NOUN;
  parts.word = dl_sentence_word (s, t->index);
  parts.subjects = p->subjects;
  parts.objects = p->objects;
  parts.object = object;
  parts.place = p->place;
  return dl_events_build_title (&parts);
}

static DlEvent *
build_event (DlSentence         *s,
             const Trigger      *t,
             const Participants *p,
             DlDateSpan         *when)
{
  DlArticle *article = s->analysis->article;
  g_autofree char *title = build_title (s, t, p);
  g_autofree char *quote = NULL;
  DlEvent *event;

  /* Nobody and nothing to name: a fragment, not an event */
  if (title == NULL)
    return NULL;
  quote = g_strndup (s->text + s->span.start, s->span.end - s->span.start);
  event = dl_event_new (title);

  dl_event_set_predicate (event, t->predicate->lemma);
  dl_event_set_when (event, when);
  for (guint i = 0; i < p->subjects->len; i++)
    dl_event_add_actor (event, g_ptr_array_index (p->subjects, i));
  for (guint i = 0; i < p->objects->len; i++)
    dl_event_add_actor (event, g_ptr_array_index (p->objects, i));
  dl_event_add_source (event, article,
                       dl_article_byte_to_char (article, s->span.start),
                       dl_article_byte_to_char (article, s->span.end),
                       quote);
  return event;
}

/* "an agreement was struck on a ceasefire", "a truce was reached": an
 * event noun with what was agreed, made by a verb of its own */
static gboolean
is_made (DlSentence    *s,
         const Trigger *t)
{
  DlParsedSentence *p;
  gint head;

  if (t->predicate->object == NULL || t->mention == NULL || !t->mention->noun)
    return FALSE;
  p = dl_article_analysis_get_parse (s->analysis, s->index);
  head = p->deps[t->mention->token].head;
  return head >= 0 && p->tags[head] == DL_UPOS_VERB
         && (dl_parsed_sentence_has_rel (p, t->mention->token, "obj")
             || dl_parsed_sentence_has_rel (p, t->mention->token, "nsubj"))
         && (dl_lexicon_is_light_verb (p->lemmas[head]) || dl_lexicon_same_predicate (p->lemmas[head], "agree")
             || dl_lexicon_same_predicate (p->lemmas[head], "sign"));
}

static gboolean
has_person (GPtrArray *actors)
{
  for (guint i = 0; i < actors->len; i++)
    if (dl_actor_get_kind (g_ptr_array_index (actors, i)) == DL_ACTOR_KIND_PERSON)
      return TRUE;
  return FALSE;
}

/* "Trump pressed Putin on meddling. Putin denied it.": a denial that
 * says not to whom answers the one who just asked. The asker takes
 * part, but the title stays the denier's. */
static void
add_asker (DlSentence         *s,
           const Trigger      *t,
           const Participants *p,
           DlEvent            *event)
{
  DlActor *denier = p->subjects->len > 0 ? g_ptr_array_index (p->subjects, 0) : NULL;
  DlActor *asker;

  if (denier == NULL || dl_actor_get_kind (denier) != DL_ACTOR_KIND_PERSON
      || !dl_events_is_reply_verb (t->predicate->lemma) || has_person (p->objects))
    return;
  asker = dl_events_find_asker (s, denier);
  if (asker != NULL)
    dl_event_add_actor (event, asker);
}

/* Without a name or a date a sentence makes an event only by looking
 * back ("the two leaders") or as a deed without names ("a ceasefire
 * was agreed"); the others are not worth parsing */
static gboolean
has_timex (DlSentence *s)
{
  GArray *timexes = s->analysis->timexes;

  for (guint i = 0; timexes != NULL && i < timexes->len; i++)
    {
      DlTimex *x = &g_array_index (timexes, DlTimex, i);

      if (x->start >= s->span.start && x->end <= s->span.end)
        return TRUE;
    }
  return FALSE;
}

/* A sentence whose only event words set the scene ("the summit", "the
 * war") tells an event only with a date of its own */
static gboolean
only_setting (DlSentence *s)
{
  for (guint i = 0; i < s->words->len; i++)
    {
      DlWordForm form;
      const DlTrigger *trigger = lookup_trigger (s, i, &form);

      if (trigger != NULL && !(trigger->flags & DL_TRIGGER_BACKGROUND))
        return FALSE;
    }
  return !has_timex (s);
}

static gboolean
is_worth_reading (DlSentence *s)
{
  if (dl_article_analysis_has_name_or_date (s->analysis, s->index))
    return !only_setting (s);
  for (guint i = 0; i < s->words->len; i++)
    {
      const char *w = dl_sentence_word (s, i);
      DlWordForm form;
      const DlTrigger *trigger;

      if (strcmp (w, "two") == 0 || strcmp (w, "both") == 0)
        return TRUE;
      trigger = dl_lexicon_lookup_trigger (w, &form);
      if (trigger != NULL && form == DL_FORM_NOUN && trigger->object != NULL)
        return TRUE;
    }
  return FALSE;
}

static DlEvent *
extract_from_sentence (DlSentence *s)
{
  Trigger t = { 0 };
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();
  Participants p = { subjects, objects, NULL };
  g_autoptr(DlDateSpan) when = NULL;
  DlEventPlace place;
  gboolean dated_here;
  DlEvent *event;

  if (!is_worth_reading (s) || !find_trigger (s, &t))
    return NULL;
  /* "who reach Czechoslovakia": a light verb says nothing by itself */
  if (t.predicate->flags & DL_TRIGGER_LIGHT)
    return NULL;
  find_participants (s, &t, &p);
  place.index = t.index;
  place.form = t.form;
  place.clause_start = t.clause_start;
  place.clause_end = t.clause_end;
  place.mention = t.mention;
  when = dl_events_find_when (s, &place, &dated_here);
  /* "A ceasefire was agreed" names what was agreed: with the day of
   * the article it is news without a name */
  if (!dated_here && subjects->len + objects->len < needed_actors (&t)
      && !(when != NULL && subjects->len + objects->len == 0 && is_made (s, &t)))
    return NULL;
  /* "the G20 summit", "the war": the setting of most sentences, an
   * event only with a date of its own, and not one that only says which
   * ("the 2016 elections") */
  if ((!dated_here || (t.mention != NULL && dl_events_timex_modifies (s, t.mention)))
      && (t.trigger->flags & DL_TRIGGER_BACKGROUND))
    return NULL;
  event = build_event (s, &t, &p, when);
  if (event != NULL)
    add_asker (s, &t, &p, event);
  return event;
}

/* The two people of the last event that had two, for "the two leaders"
 * of a later sentence */
static void
remember_pair (GPtrArray *pair,
               DlEvent   *event)
{
  GPtrArray *actors = dl_event_get_actors (event);
  g_autoptr(GPtrArray) people = g_ptr_array_new ();

  for (guint i = 0; i < actors->len; i++)
    if (dl_actor_get_kind (g_ptr_array_index (actors, i)) == DL_ACTOR_KIND_PERSON)
      g_ptr_array_add (people, g_ptr_array_index (actors, i));
  if (people->len != 2)
    return;
  g_ptr_array_set_size (pair, 0);
  g_ptr_array_extend (pair, people, NULL, NULL);
}

/**
 * dl_event_extractor_extract:
 * @analysis: one article's sentences, timexes and resolved mentions
 *
 * Returns: (transfer full) (element-type DlEvent): the events of the
 *   article, one per sentence that tells one, each with that sentence as
 *   its source
 */
GPtrArray *
dl_event_extractor_extract (DlArticleAnalysis *analysis)
{
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) pair = g_ptr_array_new ();
  gsize paragraph = 0;

  g_return_val_if_fail (analysis != NULL, events);
  g_return_val_if_fail (analysis->sentences != NULL, events);

  for (guint i = 0; i < analysis->sentences->len; i++)
    {
      DlSentence s;
      DlEvent *event;

      paragraph = dl_sentence_paragraph_start (analysis, i, paragraph);
      dl_sentence_init (&s, analysis, i, paragraph);
      s.pair = pair;
      event = extract_from_sentence (&s);
      if (event != NULL)
        {
          remember_pair (pair, event);
          g_ptr_array_add (events, event);
        }
      dl_sentence_clear (&s);
    }
  return events;
}
