/* dl-events-merge.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One happening, many reports: joins the events that several sentences
 * (in one article or in several) tell about the same thing.
 *
 * Events are visited from the best dated to the undated, and each joins
 * the first group it fits; so a group's date is the most certain one of
 * its members, and an undated report joins a dated event rather than
 * starting one of its own.
 *
 * Two reports of one day join when one names everyone the other does
 * ("Putin denied it" and "Putin denied it to Trump"), or when they name
 * the same specific deed ("a ceasefire") from two articles and their
 * participants do not clash: one report names the countries, another
 * their leaders, a third nobody; or the same deed done to the same thing
 * ("the crossings opened", "East Germany threw open its borders", "after
 * the Berlin Wall was opened") on dates no more than a night apart.
 *
 * A merged event says why its reports were joined (dl_event_get_merge_reason()),
 * so that a reader can judge the match.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-event-extractor.h"
#include "dl-lexicon.h"

/* @seed is the best-dated report, the one the others are compared
 * with: comparing with the union of all the actors would let a group
 * grow from one meeting into the next through a sentence that names
 * both. */
typedef enum
{
  FIT_NONE,
  FIT_SHARED_ACTORS,
  FIT_SAME_DAY,
  FIT_LONE_ACTOR,
  FIT_SUBSET,
  FIT_SPECIFIC_DEED,
  FIT_SAME_THEME,
  FIT_MEETING,
  N_FITS
} Fit;

/* An event with what the rules ask of it, worked out once: the rules
 * are tried for many pairs */
typedef struct
{
  DlEvent *event;
  DlDateSpan *when;
  gint64 first_day;            /* days since 1970 */
  gint64 last_day;
  DlArticle *article;          /* of its first source */
  const char *theme;           /* title_theme() */
  const char *object;          /* specific_object() */
  const char *key;             /* predicate_key() */
  gboolean has_predicate;
  gboolean meeting;            /* its predicate is "meet" or a synonym */
} Report;

typedef struct
{
  GPtrArray *members;          /* Report */
  Report *seed;
  Report *dated;               /* the first member with a date, whose date the group has */
  guint index;                 /* in the order groups were made */
  /* Bits (1 << Fit): the rules that let members in */
  guint fits;
} Group;

static DlEvent *
member_event (Group *group,
              guint  m)
{
  return ((Report *) g_ptr_array_index (group->members, m))->event;
}

static void
group_free (Group *group)
{
  g_ptr_array_unref (group->members);
  g_free (group);
}

static int
certainty_rank (DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);

  return when != NULL ? (int) dl_date_span_get_certainty (when) : DL_CERTAINTY_UNKNOWN;
}

static int
compare_certainty (gconstpointer a,
                   gconstpointer b)
{
  DlEvent *x = *(DlEvent **) a;
  DlEvent *y = *(DlEvent **) b;

  return certainty_rank (x) - certainty_rank (y);
}

static gboolean
dates_compatible (DlDateSpan *a,
                  DlDateSpan *b)
{
  if (a == NULL || b == NULL)
    return TRUE;
  if (dl_date_span_get_certainty (a) >= DL_CERTAINTY_INFERRED
      || dl_date_span_get_certainty (b) >= DL_CERTAINTY_INFERRED)
    return TRUE;
  return dl_date_span_overlaps (a, b);
}

static gboolean
is_certain (const Report *r)
{
  return r != NULL && r->when != NULL && dl_date_span_get_certainty (r->when) < DL_CERTAINTY_INFERRED;
}

/* Both placed on the same single day, however certainly */
static gboolean
same_day_at_all (const Report *a,
                 const Report *b)
{
  return a != NULL && b != NULL && a->when != NULL && b->when != NULL
         && a->first_day == a->last_day && a->first_day == b->first_day && b->first_day == b->last_day;
}

/* Both placed on the same day by the text itself */
static gboolean
same_day (const Report *a,
          const Report *b)
{
  return is_certain (a) && is_certain (b) && same_day_at_all (a, b);
}

/* Whether every actor of @a of @kind (every actor when @kind is -1) is
 * one of @b's */
static gboolean
actors_within (DlEvent *a,
               DlEvent *b,
               int      kind)
{
  GPtrArray *actors = dl_event_get_actors (a);

  for (guint i = 0; i < actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (actors, i);

      if ((kind < 0 || (int) dl_actor_get_kind (actor) == kind) && !dl_event_has_actor (b, actor))
        return FALSE;
    }
  return TRUE;
}

/* Of each kind of actor, one report names all the other does */
static gboolean
participants_agree (DlEvent *a,
                    DlEvent *b)
{
  for (int kind = DL_ACTOR_KIND_PERSON; kind <= DL_ACTOR_KIND_OTHER; kind++)
    if (!actors_within (a, b, kind) && !actors_within (b, a, kind))
      return FALSE;
  return TRUE;
}

/* The next word of *@p in lower case into @word: a run of ASCII letters
 * (and with @hyphens, of hyphens), as the lexicon writes its words. A
 * word too long for @word is skipped. Returns FALSE at the end. */
static gboolean
next_word (const char **p,
           gboolean     hyphens,
           char        *word,
           gsize        size)
{
  for (;;)
    {
      gsize n = 0;

      while (**p != '\0' && !(g_ascii_isalpha (**p) || (hyphens && **p == '-')))
        (*p)++;
      if (**p == '\0')
        return FALSE;
      for (; g_ascii_isalpha (**p) || (hyphens && **p == '-'); (*p)++, n++)
        if (n + 1 < size)
          word[n] = g_ascii_tolower (**p);
      if (n + 1 < size)
        {
          word[n] = '\0';
          return TRUE;
        }
    }
}

/* What a noun of the lexicon in @word implies was agreed, or NULL */
static const char *
object_of (const char *word)
{
  DlWordForm form;
  const DlTrigger *trigger = dl_lexicon_lookup_trigger (word, &form);

  return trigger != NULL && form == DL_FORM_NOUN ? trigger->object : NULL;
}

/* What @quote says was agreed ("ceasefire"), or NULL; "cease fire" is
 * read as one word */
static const char *
quote_object (const char *quote)
{
  const char *p = quote, *object;
  gboolean after_cease = FALSE;
  char word[64];

  while (next_word (&p, TRUE, word, sizeof word))
    {
      if (after_cease && (object = object_of (strcmp (word, "fire") == 0 ? "ceasefire" : "cease")) != NULL)
        return object;
      after_cease = strcmp (word, "cease") == 0;
      if (!after_cease && (object = object_of (word)) != NULL)
        return object;
    }
  return after_cease ? object_of ("cease") : NULL;
}

/* What a report's sentence says was agreed ("ceasefire"), or NULL */
static const char *
specific_object (DlEvent *event)
{
  GArray *sources = dl_event_get_sources (event);
  const char *object = NULL;

  for (guint i = 0; i < sources->len && object == NULL; i++)
    object = quote_object (g_array_index (sources, DlSource, i).quote);
  return object;
}

static guint
count_shared (Group  *group,
              Report *report)
{
  GPtrArray *actors = dl_event_get_actors (report->event);
  guint shared = 0;

  for (guint i = 0; i < actors->len; i++)
    shared += dl_event_has_actor (group->seed->event, g_ptr_array_index (actors, i));
  return shared;
}

/* "Kohl visits Poland" in an undated report and in a dated one: one
 * actor, the same deed, and nothing that places them apart */
static gboolean
same_lone_actor (Group  *group,
                 Report *report,
                 guint   shared)
{
  return shared == 1 && dl_event_get_actors (report->event)->len == 1
         && dl_event_get_actors (group->seed->event)->len == 1
         && (group->dated == NULL || report->when == NULL || same_day (group->dated, report)
             || !is_certain (group->dated) || !is_certain (report));
}

/* "Putin denied it" and "Putin denied it to Trump" on one day */
static gboolean
same_day_subset (Group  *group,
                 Report *report,
                 guint   shared)
{
  return shared >= 1 && same_day_at_all (group->dated, report)
         && (actors_within (report->event, group->seed->event, -1)
             || actors_within (group->seed->event, report->event, -1));
}

/* "A ceasefire was agreed", "the two leaders hammered out a ceasefire",
 * "the United States and Russia reached a ceasefire agreement": one
 * deed of one day, told in several articles */
static gboolean
same_specific_deed (Group  *group,
                    Report *report)
{
  if (group->seed->article == report->article || !same_day_at_all (group->dated, report))
    return FALSE;
  if (report->object == NULL || g_strcmp0 (report->object, group->seed->object) != 0)
    return FALSE;
  /* With every report so far: the seed may name only the countries */
  for (guint i = 0; i < group->members->len; i++)
    if (!participants_agree (member_event (group, i), report->event))
      return FALSE;
  return TRUE;
}

/* The thing a report's title says was acted on, as the lexicon groups
 * it ("border" for "Crossings opened" and "Berlin Wall opened"), or NULL */
static const char *
title_theme (DlEvent *event)
{
  const char *p = dl_event_get_title (event), *theme;
  char word[64];

  while (next_word (&p, FALSE, word, sizeof word))
    if ((theme = dl_lexicon_theme_group (word)) != NULL)
      return theme;
  return NULL;
}

/* Both placed in time, and no more than a night apart: "overnight" in
 * a report of the next morning and "on the night of Nov. 9" agree */
static gboolean
within_a_night (DlDateSpan *a,
                DlDateSpan *b)
{
  if (a == NULL || b == NULL)
    return FALSE;
  return MAX (dl_date_span_get_start (a), dl_date_span_get_start (b))
         <= MIN (dl_date_span_get_end (a), dl_date_span_get_end (b));
}

/* "The crossings opened" (no one named), "East Germany threw open its
 * borders" (the state), "the Berlin Wall was opened" (the thing as a
 * name): the same deed done to the same thing, told apart only when
 * they name different people */
static gboolean
same_theme_deed (Group  *group,
                 Report *report)
{
  if (report->theme == NULL || g_strcmp0 (report->theme, group->seed->theme) != 0
      || group->dated == NULL || !within_a_night (group->dated->when, report->when))
    return FALSE;
  for (guint i = 0; i < group->members->len; i++)
    {
      DlEvent *member = member_event (group, i);

      if (!actors_within (member, report->event, DL_ACTOR_KIND_PERSON)
          && !actors_within (report->event, member, DL_ACTOR_KIND_PERSON))
        return FALSE;
    }
  return TRUE;
}

static Fit
fits (Group  *group,
      Report *report)
{
  guint shared;

  if (dates_compatible (group->dated != NULL ? group->dated->when : NULL, report->when))
    {
      shared = count_shared (group, report);
      if (shared >= 2)
        return FIT_SHARED_ACTORS;
      if (shared == 1 && same_day (group->dated, report))
        return FIT_SAME_DAY;
      if (same_lone_actor (group, report, shared))
        return FIT_LONE_ACTOR;
      if (same_day_subset (group, report, shared))
        return FIT_SUBSET;
      if (same_specific_deed (group, report))
        return FIT_SPECIFIC_DEED;
    }
  return same_theme_deed (group, report) ? FIT_SAME_THEME : FIT_NONE;
}

static DlArticle *
first_article (DlEvent *event)
{
  GArray *sources = dl_event_get_sources (event);

  return sources->len > 0 ? g_array_index (sources, DlSource, 0).article : NULL;
}

/* Two people who meet on the day they open a gate together are doing
 * one thing, told one way here and another way there: a meeting joins
 * another kind of event of the same people (at least two of them) from
 * another article, when the dates do not tell them apart. Within one
 * article, two kinds of event are two things the writer tells. */
static gboolean
fits_meeting (Group  *group,
              Report *report)
{
  const Report *seed = group->seed;

  /* The keys are the predicates' groups: the same key, the same kind */
  if (!seed->has_predicate || !report->has_predicate || strcmp (seed->key, report->key) == 0
      || (!seed->meeting && !report->meeting))
    return FALSE;
  if (!(group->dated == NULL || report->when == NULL || same_day (group->dated, report)))
    return FALSE;
  return group->seed->article != report->article && count_shared (group, report) >= 2;
}

static void
group_add (Group  *group,
           Report *report,
           Fit     fit)
{
  g_ptr_array_add (group->members, report);
  group->fits |= 1u << fit;
  if (group->dated == NULL && report->when != NULL)
    group->dated = report;
}

static Group *
group_new (Report *report,
           guint   index)
{
  Group *group = g_new0 (Group, 1);

  group->members = g_ptr_array_new ();
  group->seed = report;
  group->index = index;
  group_add (group, report, FIT_NONE);
  return group;
}

static guint
count_articles (Group *group)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint m = 0; m < group->members->len; m++)
    {
      GArray *sources = dl_event_get_sources (member_event (group, m));

      for (guint i = 0; i < sources->len; i++)
        {
          DlArticle *article = g_array_index (sources, DlSource, i).article;

          if (!g_ptr_array_find (seen, article, NULL))
            g_ptr_array_add (seen, article);
        }
    }
  return seen->len;
}

static const char *
describe_fit (Fit fit)
{
  switch (fit)
    {
    case FIT_SHARED_ACTORS:
      return _("the same kind of deed by at least two of the same participants, on dates that agree");
    case FIT_SAME_DAY:
      return _("the same kind of deed by the same participant on the same day");
    case FIT_LONE_ACTOR:
      return _("the same kind of deed by the same single participant, with nothing dating them apart");
    case FIT_SUBSET:
      return _("one report names everyone another names, on the same day");
    case FIT_SPECIFIC_DEED:
      return _("the same agreement, named in each report, on the same day");
    case FIT_SAME_THEME:
      return _("the same deed done to the same thing, on dates no more than a night apart, "
               "by no different people");
    case FIT_MEETING:
      return _("the same people meeting and acting together on the same day");
    case FIT_NONE:
    case N_FITS:
    default:
      return NULL;
    }
}

/* "Reports in 3 articles taken as one: the same deed ..." */
static char *
dup_reason (Group *group)
{
  g_autoptr(GString) rules = g_string_new (NULL);
  guint n_articles = count_articles (group);

  for (Fit fit = FIT_NONE + 1; fit < N_FITS; fit++)
    if (group->fits & (1u << fit))
      {
        if (rules->len > 0)
          g_string_append (rules, "; ");
        g_string_append (rules, describe_fit (fit));
      }
  if (n_articles > 1)
    /* TRANSLATORS: why several reports are shown as one event; %u is
     * how many articles told it, %s the rules that matched them */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reports in %u article taken as one: %s",
                                         "Reports in %u articles taken as one: %s", n_articles),
                            n_articles, rules->str);
  /* TRANSLATORS: why several passages of one article are shown as one event */
  return g_strdup_printf (_("Passages taken as one: %s"), rules->str);
}

static guint
count_title (Group      *group,
             const char *title)
{
  guint n = 0;

  for (guint m = 0; m < group->members->len; m++)
    n += strcmp (dl_event_get_title (member_event (group, m)), title) == 0;
  return n;
}

static gboolean
better_title (Group   *group,
              DlEvent *event,
              DlEvent *than)
{
  const char *a = dl_event_get_title (event);
  const char *b = dl_event_get_title (than);
  guint n_a = count_title (group, a);
  guint n_b = count_title (group, b);

  return n_a > n_b || (n_a == n_b && strlen (a) > strlen (b));
}

/* The title whose actors the other reports share: "Trump and Putin
 * meet" rather than "Trump, May and Putin meet" */
static DlEvent *
best_member (Group *group)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  DlEvent *best = NULL;
  int best_score = G_MININT;

  for (guint m = 0; m < group->members->len; m++)
    {
      GPtrArray *actors = dl_event_get_actors (member_event (group, m));
      for (guint i = 0; i < actors->len; i++)
        {
          gpointer actor = g_ptr_array_index (actors, i);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, actor));
          g_hash_table_insert (counts, actor, GUINT_TO_POINTER (n + 1));
        }
    }
  for (guint m = 0; m < group->members->len; m++)
    {
      DlEvent *event = member_event (group, m);
      GPtrArray *actors = dl_event_get_actors (event);
      int score = 0;

      for (guint i = 0; i < actors->len; i++)
        score += GPOINTER_TO_UINT (g_hash_table_lookup (counts, g_ptr_array_index (actors, i))) > 1 ? 2 : -1;
      /* Of equally good titles the one most reports give, then the
       * longer one, which says more: "Putin denies involvement" rather
       * than "Putin denies" */
      if (score > best_score
          || (score == best_score && better_title (group, event, best)))
        {
          best = event;
          best_score = score;
        }
    }
  return best;
}

static DlEvent *
group_to_event (Group *group)
{
  DlEvent *best;
  DlEvent *merged;

  if (group->members->len == 1)
    return g_object_ref (member_event (group, 0));

  best = best_member (group);
  merged = dl_event_new (dl_event_get_title (best));
  dl_event_set_predicate (merged, dl_event_get_predicate (best));
  dl_event_set_when (merged, group->dated != NULL ? group->dated->when : NULL);
  if (group->fits != 1u << FIT_NONE)
    {
      g_autofree char *reason = dup_reason (group);
      dl_event_set_merge_reason (merged, reason);
    }
  for (guint m = 0; m < group->members->len; m++)
    {
      DlEvent *event = member_event (group, m);
      GPtrArray *actors = dl_event_get_actors (event);
      GArray *sources = dl_event_get_sources (event);

      for (guint i = 0; i < actors->len; i++)
        dl_event_add_actor (merged, g_ptr_array_index (actors, i));
      for (guint i = 0; i < sources->len; i++)
        {
          DlSource *source = &g_array_index (sources, DlSource, i);
          dl_event_add_source (merged, source->article, source->start, source->end, source->quote);
        }
    }
  return merged;
}

/* The groups, and which an event may join: every rule but one asks for
 * an actor in common with the group's seed, and the others for the
 * same thing agreed on or acted on, so only the groups that share one
 * of those are tried, in the order they were made */
typedef struct
{
  GPtrArray *groups;           /* Group, in the order they were made */
  GHashTable *by_actor;        /* DlActor → GArray of group indices */
  GHashTable *by_object;       /* specific_object() → GArray */
  GHashTable *by_theme;        /* title_theme() → GArray */
} Merger;

static void
index_group (GHashTable *index,
             gconstpointer key,
             guint        group)
{
  GArray *indices;

  if (key == NULL)
    return;
  indices = g_hash_table_lookup (index, key);
  if (indices == NULL)
    {
      indices = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (index, (gpointer) key, indices);
    }
  g_array_append_val (indices, group);
}

static void
add_indices (GArray     *out,
             GHashTable *index,
             gconstpointer key)
{
  GArray *indices = key != NULL ? g_hash_table_lookup (index, key) : NULL;

  if (indices != NULL)
    g_array_append_vals (out, indices->data, indices->len);
}

static int
compare_indices (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The groups @report may join, each once, in the order they were made */
static GArray *
candidates_of (Merger *merger,
               Report *report)
{
  GPtrArray *actors = dl_event_get_actors (report->event);
  GArray *found = g_array_new (FALSE, FALSE, sizeof (guint));
  guint kept = 0;

  for (guint i = 0; i < actors->len; i++)
    add_indices (found, merger->by_actor, g_ptr_array_index (actors, i));
  add_indices (found, merger->by_object, report->object);
  add_indices (found, merger->by_theme, report->theme);
  g_array_sort (found, compare_indices);
  for (guint i = 0; i < found->len; i++)
    if (kept == 0 || g_array_index (found, guint, i) != g_array_index (found, guint, kept - 1))
      g_array_index (found, guint, kept++) = g_array_index (found, guint, i);
  g_array_set_size (found, kept);
  return found;
}

static const char *
predicate_key (DlEvent *event)
{
  const char *predicate = dl_event_get_predicate (event);

  return predicate != NULL ? dl_lexicon_predicate_group (predicate) : "";
}

static void
start_group (Merger *merger,
             Report *report)
{
  Group *group = group_new (report, merger->groups->len);
  GPtrArray *actors = dl_event_get_actors (report->event);

  for (guint i = 0; i < actors->len; i++)
    index_group (merger->by_actor, g_ptr_array_index (actors, i), group->index);
  index_group (merger->by_object, report->object, group->index);
  index_group (merger->by_theme, report->theme, group->index);
  g_ptr_array_add (merger->groups, group);
}

/* An event joins the first group of its kind it fits, else the first
 * meeting of the same people, else starts a group */
static void
place_event (Merger *merger,
             Report *report)
{
  g_autoptr(GArray) candidates = candidates_of (merger, report);
  const char *key = report->key;

  for (guint i = 0; i < candidates->len; i++)
    {
      Group *group = g_ptr_array_index (merger->groups, g_array_index (candidates, guint, i));
      Fit fit;

      if (group->seed->key != key && strcmp (group->seed->key, key) != 0)
        continue;
      if ((fit = fits (group, report)) != FIT_NONE)
        {
          group_add (group, report, fit);
          return;
        }
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      Group *group = g_ptr_array_index (merger->groups, g_array_index (candidates, guint, i));

      if (fits_meeting (group, report))
        {
          group_add (group, report, FIT_MEETING);
          return;
        }
    }
  start_group (merger, report);
}

static gint64
day_of (gint64 t)
{
  return t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
}

static void
report_init (Report  *report,
             DlEvent *event)
{
  report->event = event;
  report->when = dl_event_get_when (event);
  if (report->when != NULL)
    {
      gint64 start = dl_date_span_get_start (report->when), end = dl_date_span_get_end (report->when);

      report->first_day = day_of (start);
      report->last_day = day_of (end > start ? end - 1 : start);
    }
  report->article = first_article (event);
  report->theme = title_theme (event);
  report->object = specific_object (event);
  report->key = predicate_key (event);
  report->has_predicate = dl_event_get_predicate (event) != NULL;
  report->meeting = report->has_predicate && strcmp (report->key, dl_lexicon_predicate_group ("meet")) == 0;
}

/**
 * dl_event_extractor_merge:
 * @events: (element-type DlEvent): events from one or many articles
 *
 * Joins the events that tell the same happening: the same predicate (or
 * a synonym), at least two actors in common (or one and the same day),
 * and dates that agree (or that are not both known). A merged event has
 * every source, the union of the actors, the most certain date and the
 * most representative title. @events is not changed.
 *
 * Returns: (transfer full) (element-type DlEvent): the merged events, in
 *   the order of their best-dated report
 */
GPtrArray *
dl_event_extractor_merge (GPtrArray *events)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autofree Report *reports = NULL;
  Merger merger;
  GPtrArray *merged;

  g_return_val_if_fail (events != NULL, NULL);

  order = g_ptr_array_copy (events, NULL, NULL);
  /* The copy borrows the events; it must not inherit the free func */
  g_ptr_array_set_free_func (order, NULL);
  /* g_ptr_array_sort is a stable merge sort: equal certainty keeps text order */
  g_ptr_array_sort (order, compare_certainty);
  reports = g_new0 (Report, order->len + 1);
  merger.groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  merger.by_actor = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  merger.by_object = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  merger.by_theme = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < order->len; i++)
    {
      report_init (&reports[i], g_ptr_array_index (order, i));
      place_event (&merger, &reports[i]);
    }

  merged = g_ptr_array_new_full (merger.groups->len, g_object_unref);
  for (guint i = 0; i < merger.groups->len; i++)
    g_ptr_array_add (merged, group_to_event (g_ptr_array_index (merger.groups, i)));
  g_ptr_array_unref (merger.groups);
  g_hash_table_unref (merger.by_actor);
  g_hash_table_unref (merger.by_object);
  g_hash_table_unref (merger.by_theme);
  return merged;
}
