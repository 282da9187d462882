/* eval-events.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dl-actor-resolver.h"
#include "dl-article.h"
#include "dl-article-analysis.h"
#include "dl-entities.h"
#include "dl-event-mention.h"
#include "dl-segmenter.h"
#include "dl-timex.h"

/* Scores the event mentions (dl-event-mention.h) on MEANTIME documents
 * (CAT XML): each document's text is rebuilt from its tokens (a space
 * between tokens but before punctuation and clitics, a line break after
 * each sentence, a blank line after a sentence without final
 * punctuation such as the title), read with
 * the date of its CREATION_TIME TIMEX3, and run through the project's
 * own pipeline.
 *
 * MEANTIME annotates every event of the title and the first sentences
 * (sentence numbers up to 5, the date line included) and only some in
 * the rest, so all three scores count the mentions of those sentences,
 * gold and system alike; the recall over the whole text is printed too.
 *
 * - Event mentions: a system mention matches a gold EVENT_MENTION when
 *   their tokens overlap, one to one. Reporting verbs are mentions (of
 *   class reporting) as in MEANTIME.
 * - Participants: a gold HAS_PARTICIPANT pair (event mention → entity
 *   mention) is found when a participant of the system mention matched
 *   to the event overlaps the entity mention's tokens.
 * - Anchoring: over the gold event mentions with a TLINK to a TIMEX3
 *   other than the document's date, of a type that places the event at
 *   that time (SIMULTANEOUS, IS_INCLUDED, INCLUDES, DURING, BEGINS, ENDS,
 *   BEGUN_BY, ENDED_BY, IDENTITY; either direction): correct when the
 *   matched system mention is anchored to (or lasts for) a timex that
 *   overlaps the gold one or has its normalised value. An event the
 *   system missed counts as wrong. The same over the events linked so
 *   to the document's date: correct when the system gives no date of
 *   the sentence (so that the timeline falls back to the article's
 *   date) or the document's date.
 * - Anchoring, all: both of the above as one figure, since a reader's
 *   timeline places every event either on a date of its sentence or on
 *   the article's; each part is printed too (dates of the text, dct).
 *
 * -v lists, per document, the system mentions without a gold one, the
 * gold mentions missed, the participants given wrongly and missed, and
 * every anchoring error; with EVAL_EVENTS_PARSE set in the environment,
 * the parse of the sentence of each anchoring error.
 *
 *   eval-events [-v] [DIR]   (DIR defaults to ../shared/corpora/meantime/corpus_apple)
 */

typedef struct
{
  char *id;
  GArray *tokens; /* guint: token numbers */
  char *kind;     /* element name */
  char *value;
  gboolean dct;
} Markable;

typedef struct
{
  char *source;
  char *target;
  char *type;
} Link;

typedef struct
{
  GString *text;
  GArray *token_spans; /* DlSpan, by token number */
  GArray *token_sentences; /* guint, by token number */
  GHashTable *token_index; /* t_id → token number + 1 */
  GHashTable *markables;   /* m_id → Markable */
  GPtrArray *order;        /* Markable, in file order */
  GPtrArray *links;        /* Link */
  char *dct;
} Doc;

typedef struct
{
  guint gold, system, matched, all_gold, all_matched;
  guint p_gold, p_system, p_system_ok, p_gold_found;
  guint a_total, a_correct, a_matched;
  guint d_total, d_correct;
} Score;

#define LAST_SCORED_SENTENCE 5

static gboolean verbose;

static char *
get_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *prop = xmlGetProp (node, (const xmlChar *) name);
  char *copy = prop != NULL ? g_strdup ((const char *) prop) : NULL;

  xmlFree (prop);
  return copy;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && (name == NULL || strcmp ((const char *) node->name, name) == 0);
}

static void
markable_free (gpointer data)
{
  Markable *m = data;

  g_free (m->id);
  g_array_unref (m->tokens);
  g_free (m->kind);
  g_free (m->value);
  g_free (m);
}

static void
link_free (gpointer data)
{
  Link *l = data;

  g_free (l->source);
  g_free (l->target);
  g_free (l->type);
  g_free (l);
}

static void
doc_clear (Doc *doc)
{
  g_string_free (doc->text, TRUE);
  g_array_unref (doc->token_spans);
  g_array_unref (doc->token_sentences);
  g_hash_table_unref (doc->token_index);
  g_hash_table_unref (doc->markables);
  g_ptr_array_unref (doc->order);
  g_ptr_array_unref (doc->links);
  g_free (doc->dct);
}

static gboolean
ends_sentence (const char *token)
{
  return strcmp (token, ".") == 0 || strcmp (token, "!") == 0 || strcmp (token, "?") == 0
         || strcmp (token, "\"") == 0 || strcmp (token, "'") == 0 || strcmp (token, ")") == 0;
}

/* Written without a space before it, as a journalist would */
static gboolean
joins_previous (const char *token)
{
  static const char * const joined[] = {
    ",", ".", ";", ":", ")", "!", "?", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'S",
  };

  for (guint i = 0; i < G_N_ELEMENTS (joined); i++)
    if (strcmp (token, joined[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
read_tokens (Doc     *doc,
             xmlNode *root)
{
  g_autofree char *last = NULL;
  int sentence = -1;

  for (xmlNode *n = root->children; n != NULL; n = n->next)
    {
      g_autofree char *id = NULL, *sent = NULL;
      xmlChar *content;
      DlSpan span;

      if (!is_element (n, "token"))
        continue;
      id = get_prop (n, "t_id");
      sent = get_prop (n, "sentence");
      content = xmlNodeGetContent (n);
      if (sentence >= 0 && atoi (sent) != sentence)
        g_string_append (doc->text, last != NULL && ends_sentence (last) ? "\n" : "\n\n");
      else if (sentence >= 0 && !joins_previous ((const char *) content) && g_strcmp0 (last, "(") != 0
               && g_strcmp0 (last, "$") != 0)
        g_string_append_c (doc->text, ' ');
      sentence = atoi (sent);
      span.start = doc->text->len;
      g_string_append (doc->text, (const char *) content);
      span.end = doc->text->len;
      g_array_append_val (doc->token_spans, span);
      g_array_append_val (doc->token_sentences, sentence);
      g_hash_table_insert (doc->token_index, g_steal_pointer (&id), GUINT_TO_POINTER (doc->token_spans->len));
      g_free (last);
      last = g_strdup ((const char *) content);
      xmlFree (content);
    }
  g_string_append_c (doc->text, '\n');
}

static void
read_markable (Doc     *doc,
               xmlNode *n)
{
  Markable *m = g_new0 (Markable, 1);
  g_autofree char *function = get_prop (n, "functionInDocument");

  m->id = get_prop (n, "m_id");
  m->kind = g_strdup ((const char *) n->name);
  m->value = get_prop (n, "value");
  m->dct = g_strcmp0 (function, "CREATION_TIME") == 0;
  m->tokens = g_array_new (FALSE, FALSE, sizeof (guint));
  for (xmlNode *a = n->children; a != NULL; a = a->next)
    {
      g_autofree char *t = is_element (a, "token_anchor") ? get_prop (a, "t_id") : NULL;
      guint index = t != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (doc->token_index, t)) : 0;

      if (index > 0)
        {
          index--;
          g_array_append_val (m->tokens, index);
        }
    }
  if (m->dct && m->value != NULL)
    doc->dct = g_strdup (m->value);
  if (m->id == NULL || g_hash_table_contains (doc->markables, m->id))
    {
      markable_free (m);
      return;
    }
  g_hash_table_insert (doc->markables, m->id, m);
  g_ptr_array_add (doc->order, m);
}

static void
read_relation (Doc     *doc,
               xmlNode *n)
{
  Link *l = g_new0 (Link, 1);

  l->type = g_strdup ((const char *) n->name);
  if (strcmp (l->type, "TLINK") == 0)
    {
      g_free (l->type);
      l->type = get_prop (n, "reltype");
    }
  for (xmlNode *c = n->children; c != NULL; c = c->next)
    {
      if (is_element (c, "source") && l->source == NULL)
        l->source = get_prop (c, "m_id");
      else if (is_element (c, "target") && l->target == NULL)
        l->target = get_prop (c, "m_id");
    }
  if (l->source == NULL || l->target == NULL || l->type == NULL)
    {
      link_free (l);
      return;
    }
  g_ptr_array_add (doc->links, l);
}

static gboolean
read_doc (const char *path,
          Doc        *doc)
{
  xmlDoc *xml = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  xmlNode *root;

  if (xml == NULL)
    return FALSE;
  root = xmlDocGetRootElement (xml);
  doc->text = g_string_new (NULL);
  doc->token_spans = g_array_new (FALSE, FALSE, sizeof (DlSpan));
  doc->token_sentences = g_array_new (FALSE, FALSE, sizeof (guint));
  doc->token_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doc->markables = g_hash_table_new (g_str_hash, g_str_equal);
  doc->order = g_ptr_array_new_with_free_func (markable_free);
  doc->links = g_ptr_array_new_with_free_func (link_free);
  doc->dct = NULL;
  read_tokens (doc, root);
  for (xmlNode *part = root->children; part != NULL; part = part->next)
    for (xmlNode *n = is_element (part, "Markables") || is_element (part, "Relations") ? part->children : NULL;
         n != NULL; n = n->next)
      {
        if (!is_element (n, NULL))
          continue;
        if (is_element (part, "Markables"))
          read_markable (doc, n);
        else
          read_relation (doc, n);
      }
  xmlFreeDoc (xml);
  return TRUE;
}

/* Whether any token of @m overlaps the bytes [start, end) */
static gboolean
overlaps (Doc      *doc,
          Markable *m,
          gsize     start,
          gsize     end)
{
  for (guint i = 0; i < m->tokens->len; i++)
    {
      DlSpan *t = &g_array_index (doc->token_spans, DlSpan, g_array_index (m->tokens, guint, i));

      if (t->start < end && start < t->end)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_kind (Markable   *m,
         const char *kind)
{
  return m != NULL && strcmp (m->kind, kind) == 0 && m->tokens->len > 0;
}

static gboolean
in_scored_sentence (Doc  *doc,
                    gsize byte)
{
  for (guint i = 0; i < doc->token_spans->len; i++)
    if (g_array_index (doc->token_spans, DlSpan, i).end > byte)
      return g_array_index (doc->token_sentences, guint, i) <= LAST_SCORED_SENTENCE;
  return FALSE;
}

static gboolean
is_scored (Doc      *doc,
           Markable *m)
{
  return g_array_index (doc->token_sentences, guint, g_array_index (m->tokens, guint, 0)) <= LAST_SCORED_SENTENCE;
}

static GDateTime *
dct_of (Doc *doc)
{
  int y, m, d;

  if (doc->dct == NULL || sscanf (doc->dct, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_time_new_utc (y, m, d, 12, 0, 0);
}

/* The actors are kept in @actors: the analysis points at them */
static DlArticleAnalysis *
analyse (Doc        *doc,
         GPtrArray  *analyses,
         GPtrArray **actors)
{
  g_autoptr(DlArticle) article = dl_article_new ("meantime.txt", NULL, doc->text->str);
  g_autoptr(GDateTime) dct = dct_of (doc);
  DlArticleAnalysis *a;
  const char *text;
  gsize length;

  if (dct != NULL)
    dl_article_set_dct (article, dct, DL_DCT_SOURCE_OPTION);
  a = dl_article_analysis_new (article);
  text = dl_article_get_text (article);
  length = dl_article_get_text_length (article);
  a->sentences = dl_segment_sentences (text, length);
  a->timexes = dl_timex_find (text, length, a->dct);
  a->mentions = dl_entities_find (text, length, a->sentences);
  g_ptr_array_add (analyses, a);
  *actors = dl_actor_resolver_resolve (analyses);
  return a;
}

/* Which gold event mention each system mention matched, or NULL */
static Markable **
match_events (Doc    *doc,
              GArray *mentions,
              Score  *score)
{
  Markable **matched = g_new0 (Markable *, mentions->len + 1);
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);

  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);

      for (guint g = 0; g < doc->order->len && matched[k] == NULL; g++)
        {
          Markable *gold = g_ptr_array_index (doc->order, g);

          if (is_kind (gold, "EVENT_MENTION") && !g_hash_table_contains (used, gold)
              && overlaps (doc, gold, m->start, m->end))
            {
              matched[k] = gold;
              g_hash_table_add (used, gold);
            }
        }
    }
  for (guint g = 0; g < doc->order->len; g++)
    {
      Markable *gold = g_ptr_array_index (doc->order, g);

      if (!is_kind (gold, "EVENT_MENTION"))
        continue;
      score->all_gold++;
      score->all_matched += g_hash_table_contains (used, gold);
      score->gold += is_scored (doc, gold);
      score->matched += is_scored (doc, gold) && g_hash_table_contains (used, gold);
    }
  for (guint k = 0; k < mentions->len; k++)
    score->system += in_scored_sentence (doc, g_array_index (mentions, DlEventMention, k).start);
  return matched;
}


static gint
system_for (GArray    *mentions,
            Markable **matched,
            Markable  *gold)
{
  for (guint k = 0; k < mentions->len; k++)
    if (matched[k] == gold)
      return k;
  return -1;
}

static void
print_markable (Doc      *doc,
                Markable *m)
{
  DlSpan *first = &g_array_index (doc->token_spans, DlSpan, g_array_index (m->tokens, guint, 0));
  DlSpan *last = &g_array_index (doc->token_spans, DlSpan, g_array_index (m->tokens, guint, m->tokens->len - 1));

  g_print ("%.*s", (int) (last->end - first->start), doc->text->str + first->start);
}

static void
print_missed_participant (Doc       *doc,
                          GArray    *mentions,
                          Markable **matched,
                          Markable  *event,
                          Markable  *entity)
{
  g_print ("  missed participant%s: ", system_for (mentions, matched, event) < 0 ? " (event missed)" : "");
  print_markable (doc, event);
  g_print (" -> ");
  print_markable (doc, entity);
  g_print ("\n");
}

static void
score_participants (Doc               *doc,
                    DlArticleAnalysis *a,
                    GArray            *mentions,
                    Markable         **matched,
                    Score             *score)
{
  g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);

  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);

      if (!in_scored_sentence (doc, m->start))
        continue;
      score->p_system += m->arguments->len;
      for (guint i = 0; matched[k] != NULL && i < m->arguments->len; i++)
        {
          DlEventArgument *arg = &g_array_index (m->arguments, DlEventArgument, i);
          gboolean ok = FALSE;

          for (guint l = 0; l < doc->links->len; l++)
            {
              Link *link = g_ptr_array_index (doc->links, l);
              Markable *target = g_hash_table_lookup (doc->markables, link->target);

              if (strcmp (link->type, "HAS_PARTICIPANT") != 0 || strcmp (link->source, matched[k]->id) != 0
                  || !is_kind (target, "ENTITY_MENTION") || !overlaps (doc, target, arg->start, arg->end))
                continue;
              ok = TRUE;
              g_hash_table_add (found, link);
            }
          score->p_system_ok += ok;
          if (verbose && !ok)
            g_print ("  extra participant: %.*s -> %.*s\n", (int) (m->end - m->start), doc->text->str + m->start,
                     (int) (arg->end - arg->start), doc->text->str + arg->start);
        }
    }
  for (guint l = 0; l < doc->links->len; l++)
    {
      Link *link = g_ptr_array_index (doc->links, l);
      Markable *source = g_hash_table_lookup (doc->markables, link->source);
      Markable *target = g_hash_table_lookup (doc->markables, link->target);

      gboolean counted = strcmp (link->type, "HAS_PARTICIPANT") == 0 && is_kind (target, "ENTITY_MENTION")
                         && is_kind (source, "EVENT_MENTION") && is_scored (doc, source);

      score->p_gold += counted;
      if (verbose && counted && !g_hash_table_contains (found, link))
        print_missed_participant (doc, mentions, matched, source, target);
    }
  score->p_gold_found += g_hash_table_size (found);
}

static gboolean
is_anchoring (const char *type)
{
  static const char * const types[] = {
    "SIMULTANEOUS", "IS_INCLUDED", "INCLUDES", "DURING", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "IDENTITY",
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (strcmp (type, types[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
timex_agrees (Doc               *doc,
              DlArticleAnalysis *a,
              gint               index,
              Markable          *gold)
{
  const DlTimex *x;

  if (index < 0)
    return FALSE;
  x = &g_array_index (a->timexes, DlTimex, index);
  return overlaps (doc, gold, x->start, x->end) || g_strcmp0 (x->value, gold->value) == 0;
}

/* The parse of a sentence, for a reader who wants to see why */
static void
print_parse (Doc               *doc,
             DlArticleAnalysis *a,
             guint              sentence)
{
  DlParsedSentence *p = dl_article_analysis_get_parse (a, sentence);
  DlSpan *span = &g_array_index (a->sentences, DlSpan, sentence);

  for (guint i = 0; p != NULL && i < p->n; i++)
    g_print ("    %u %s %s %s %d %s\n", i, p->words[i], dl_upos_to_string (p->tags[i]), p->lemmas[i],
             p->deps[i].head, p->deps[i].deprel);
  for (guint t = 0; t < a->timexes->len; t++)
    {
      DlTimex *x = &g_array_index (a->timexes, DlTimex, t);

      if (x->start >= span->start && x->end <= span->end)
        g_print ("    timex %.*s %s\n", (int) (x->end - x->start), doc->text->str + x->start, x->value);
    }
}

static void
print_anchor_miss (Doc                  *doc,
                   DlArticleAnalysis    *a,
                   const DlEventMention *m,
                   Markable             *event,
                   Markable             *timex)
{
  DlSpan *t = &g_array_index (doc->token_spans, DlSpan, g_array_index (event->tokens, guint, 0));
  const char *system = "missed";
  DlSpan *span;

  if (m == NULL)
    {
      g_print ("  anchor%s: %.*s -> gold %s, event missed\n", timex->dct ? " (dct)" : "",
               (int) (t->end - t->start), doc->text->str + t->start, timex->value);
      return;
    }
  span = &g_array_index (a->sentences, DlSpan, m->sentence);
  system = m->timex >= 0 ? g_array_index (a->timexes, DlTimex, m->timex).value : "none";
  g_print ("  anchor%s: %.*s -> gold %s, system %s in: %.*s\n", timex->dct ? " (dct)" : "",
           (int) (m->end - m->start), doc->text->str + m->start, timex->value, system,
           (int) (span->end - span->start), doc->text->str + span->start);
  if (g_getenv ("EVAL_EVENTS_PARSE") != NULL)
    print_parse (doc, a, m->sentence);
}

static void
score_one_anchor (Doc               *doc,
                  DlArticleAnalysis *a,
                  GArray            *mentions,
                  Markable         **matched,
                  Markable          *event,
                  Markable          *timex,
                  Score             *score)
{
  gint k = system_for (mentions, matched, event);
  DlEventMention *m = k >= 0 ? &g_array_index (mentions, DlEventMention, k) : NULL;
  gboolean ok;

  if (timex->dct)
    {
      score->d_total++;
      ok = m != NULL && (m->timex < 0 || g_strcmp0 (g_array_index (a->timexes, DlTimex, m->timex).value, timex->value) == 0);
      score->d_correct += ok;
      if (verbose && !ok)
        print_anchor_miss (doc, a, m, event, timex);
      return;
    }
  score->a_total++;
  score->a_matched += m != NULL;
  ok = m != NULL && (timex_agrees (doc, a, m->timex, timex) || timex_agrees (doc, a, m->duration, timex));
  score->a_correct += ok;
  if (verbose && !ok)
    print_anchor_miss (doc, a, m, event, timex);
}

/* One gold anchor per event: its first anchoring link to a timex */
static void
score_anchors (Doc               *doc,
               DlArticleAnalysis *a,
               GArray            *mentions,
               Markable         **matched,
               Score             *score)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint l = 0; l < doc->links->len; l++)
    {
      Link *link = g_ptr_array_index (doc->links, l);
      Markable *s = g_hash_table_lookup (doc->markables, link->source);
      Markable *t = g_hash_table_lookup (doc->markables, link->target);
      Markable *event = is_kind (s, "EVENT_MENTION") ? s : t;
      Markable *timex = event == s ? t : s;

      if (!is_anchoring (link->type) || !is_kind (event, "EVENT_MENTION") || timex == NULL
          || strcmp (timex->kind, "TIMEX3") != 0 || (!timex->dct && timex->tokens->len == 0)
          || g_hash_table_contains (seen, event) || !is_scored (doc, event))
        continue;
      g_hash_table_add (seen, event);
      score_one_anchor (doc, a, mentions, matched, event, timex, score);
    }
}

static void
list_errors (Doc       *doc,
             GArray    *mentions,
             Markable **matched)
{
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);

  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);

      if (matched[k] != NULL)
        g_hash_table_add (used, matched[k]);
      else
        g_print ("  extra: %.*s (%s)\n", (int) (m->end - m->start), doc->text->str + m->start, m->noun ? "noun" : "verb");
    }
  for (guint g = 0; g < doc->order->len; g++)
    {
      Markable *gold = g_ptr_array_index (doc->order, g);
      DlSpan *t;

      if (!is_kind (gold, "EVENT_MENTION") || g_hash_table_contains (used, gold))
        continue;
      t = &g_array_index (doc->token_spans, DlSpan, g_array_index (gold->tokens, guint, 0));
      g_print ("  missed: %.*s\n", (int) (t->end - t->start), doc->text->str + t->start);
    }
}

static double
ratio (guint a,
       guint b)
{
  return b > 0 ? (double) a / b : 0;
}

static double
f1 (double p,
    double r)
{
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void
print_score (const char  *name,
             const Score *s)
{
  double p = ratio (s->matched, s->system), r = ratio (s->matched, s->gold);
  double pp = ratio (s->p_system_ok, s->p_system), pr = ratio (s->p_gold_found, s->p_gold);

  g_print ("%-32.32s events %3u/%3u/%3u P %.3f R %.3f F1 %.3f (R all %.3f) | participants P %.3f R %.3f F1 %.3f"
           " | anchoring all %u/%u %.3f (dates of the text %u/%u %.3f, dct %u/%u %.3f)\n",
           name, s->matched, s->system, s->gold, p, r, f1 (p, r), ratio (s->all_matched, s->all_gold),
           pp, pr, f1 (pp, pr), s->a_correct + s->d_correct, s->a_total + s->d_total,
           ratio (s->a_correct + s->d_correct, s->a_total + s->d_total), s->a_correct, s->a_total,
           ratio (s->a_correct, s->a_total), s->d_correct, s->d_total, ratio (s->d_correct, s->d_total));
}

static void
add_score (Score       *total,
           const Score *s)
{
  total->gold += s->gold;
  total->system += s->system;
  total->matched += s->matched;
  total->all_gold += s->all_gold;
  total->all_matched += s->all_matched;
  total->p_gold += s->p_gold;
  total->p_system += s->p_system;
  total->p_system_ok += s->p_system_ok;
  total->p_gold_found += s->p_gold_found;
  total->a_total += s->a_total;
  total->a_correct += s->a_correct;
  total->a_matched += s->a_matched;
  total->d_total += s->d_total;
  total->d_correct += s->d_correct;
}

static gboolean
score_file (const char *dir,
            const char *name,
            Score      *total)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autofree Markable **matched = NULL;
  DlArticleAnalysis *a;
  Score score = { 0 };
  Doc doc;

  if (!read_doc (path, &doc))
    return FALSE;
  a = analyse (&doc, analyses, &actors);
  mentions = dl_event_mentions_find (a);
  matched = match_events (&doc, mentions, &score);
  score_participants (&doc, a, mentions, matched, &score);
  score_anchors (&doc, a, mentions, matched, &score);
  print_score (name, &score);
  if (verbose)
    list_errors (&doc, mentions, matched);
  add_score (total, &score);
  doc_clear (&doc);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = "../shared/corpora/meantime/corpus_apple";
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = NULL;
  g_autoptr(GError) error = NULL;
  Score total = { 0 };
  const char *name;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "-v") == 0)
        verbose = TRUE;
      else
        dir = argv[i];
    }
  d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_print ("Event mentions match gold EVENT_MENTIONs when their tokens overlap; participants when they\n"
           "overlap a gold HAS_PARTICIPANT entity mention of the matched event; anchoring counts gold\n"
           "events with a placing TLINK to a TIMEX3: all of them, then those to a date of the text and\n"
           "those to the DCT.\n");
  for (guint i = 0; i < names->len; i++)
    if (!score_file (dir, g_ptr_array_index (names, i), &total))
      g_printerr ("%s: not readable\n", (const char *) g_ptr_array_index (names, i));
  print_score ("TOTAL", &total);
  return EXIT_SUCCESS;
}
