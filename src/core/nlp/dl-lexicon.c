/* dl-lexicon.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The English words the event extractor looks for: event verbs and nouns
 * with their forms, reporting verbs, and the small closed classes that
 * tell a place from an actor and a clause from the next.
 */
#include "config.h"

#include <string.h>

#include "dl-lexicon.h"

typedef struct
{
  DlTrigger trigger;
  const char *past;
  const char *gerund;
  const char *nouns[6];
} Entry;

#define COLL DL_TRIGGER_COLLECTIVE
#define WEAK DL_TRIGGER_WEAK
#define LIGHT DL_TRIGGER_LIGHT
#define BACK DL_TRIGGER_BACKGROUND
#define NO_BASE DL_TRIGGER_NO_BASE
#define TO_PLACE DL_TRIGGER_TO_PLACE

static const Entry entries[] = {
  { { "meet", "meets", "met", "meet", NULL, COLL }, "met", "meeting", { "meeting", "meetings" } },
  { { "talk", "talks", "talked", "meet", NULL, COLL }, "talked", "talking", { "talks" } },
  { { "discuss", "discusses", "discussed", "meet", NULL, COLL }, "discussed", "discussing", { "discussion", "discussions" } },
  { { "negotiate", "negotiates", "negotiated", "negotiate", NULL, COLL }, "negotiated", "negotiating", { "negotiation", "negotiations" } },
  { { "agree", "agrees", "agreed", "agree", NULL, COLL }, "agreed", "agreeing", { "agreement", "agreements", "deal" } },
  { { "agree", "agrees", "agreed", "agree", "ceasefire", COLL }, NULL, NULL, { "ceasefire", "ceasefires", "cease-fire", "cease-fires", "truce" } },
  { { "sign", "signs", "signed", "sign", NULL, 0 }, "signed", "signing", { "signing" } },
  { { "announce", "announces", "announced", "announce", NULL, WEAK }, "announced", "announcing", { "announcement" } },
  { { "declare", "declares", "declared", "declare", NULL, WEAK }, "declared", "declaring", { "declaration" } },
  { { "resign", "resigns", "resigned", "resign", NULL, 0 }, "resigned", "resigning", { "resignation" } },
  { { "open", "opens", "opened", "open", NULL, NO_BASE }, "opened", NULL, { NULL } },
  { { "fall", "falls", "fallen", "fall", NULL, NO_BASE }, "fell", "falling", { NULL } },
  { { "protest", "protests", "protested", "protest", NULL, 0 }, "protested", "protesting", { "protest" } },
  { { "elect", "elects", "elected", "elect", NULL, 0 }, "elected", "electing", { NULL } },
  { { "election", NULL, "held", "elect", NULL, BACK }, NULL, NULL, { "election", "elections" } },
  { { "visit", "visits", "visited", "visit", NULL, TO_PLACE }, "visited", "visiting", { "visit" } },
  { { "attack", "attacks", "attacked", "attack", NULL, 0 }, "attacked", "attacking", { "attack" } },
  { { "kill", "kills", "killed", "kill", NULL, 0 }, "killed", "killing", { "killing", "killings" } },
  { { "invade", "invades", "invaded", "invade", NULL, TO_PLACE }, "invaded", "invading", { "invasion" } },
  { { "deny", "denies", "denied", "deny", NULL, 0 }, "denied", "denying", { "denial" } },
  { { "press", "presses", "pressed", "press", NULL, NO_BASE }, "pressed", NULL, { NULL } },
  { { "praise", "praises", "praised", "praise", NULL, 0 }, "praised", "praising", { NULL } },
  { { "reach", "reaches", "reached", "reach", NULL, LIGHT }, "reached", "reaching", { NULL } },
  { { "broker", "brokers", "brokered", "broker", NULL, LIGHT }, "brokered", "brokering", { NULL } },
  { { "cross", "crosses", "crossed", "cross", NULL, TO_PLACE }, "crossed", NULL, { "crossing" } },
  { { "arrest", "arrests", "arrested", "arrest", NULL, 0 }, "arrested", "arresting", { "arrest" } },
  { { "accuse", "accuses", "accused", "accuse", NULL, 0 }, "accused", "accusing", { "accusation" } },
  { { "condemn", "condemns", "condemned", "condemn", NULL, 0 }, "condemned", "condemning", { "condemnation" } },
  { { "reject", "rejects", "rejected", "reject", NULL, 0 }, "rejected", "rejecting", { "rejection" } },
  { { "approve", "approves", "approved", "approve", NULL, 0 }, "approved", "approving", { "approval" } },
  { { "launch", "launches", "launched", "launch", NULL, 0 }, "launched", "launching", { NULL } },
  { { "withdraw", "withdraws", "withdrawn", "withdraw", NULL, 0 }, "withdrew", "withdrawing", { "withdrawal" } },
  { { "vote", "votes", "voted", "vote", NULL, 0 }, "voted", "voting", { NULL } },
  { { "win", "wins", "won", "win", NULL, 0 }, "won", NULL, { "victory" } },
  { { "capture", "captures", "captured", "capture", NULL, 0 }, "captured", "capturing", { "capture" } },
  { { "seize", "seizes", "seized", "seize", NULL, 0 }, "seized", "seizing", { "seizure" } },
  { { "bomb", "bombs", "bombed", "bomb", NULL, 0 }, "bombed", "bombing", { "bombing", "bombings" } },
  { { "collapse", "collapses", "collapsed", "collapse", NULL, 0 }, "collapsed", NULL, { "collapse" } },
  { { "die", "dies", "died", "die", NULL, 0 }, "died", "dying", { "death" } },
  { { "summit", NULL, "held", "meet", NULL, BACK }, NULL, NULL, { "summit", "summits" } },
  { { "siege", NULL, "laid", "siege", NULL, BACK }, NULL, NULL, { "siege" } },
  { { "war", NULL, "fought", "war", NULL, BACK }, NULL, NULL, { "war" } },
  { { "conflict", NULL, "fought", "war", NULL, BACK }, NULL, NULL, { "conflict" } },
};

typedef struct
{
  const Entry *entry;
  DlWordForm form;
} Form;

static const char * const reporting_verbs[] = {
  "say", "says", "said", "saying", "tell", "tells", "told", "telling", "report",
  "reports", "reported", "reporting", "according", "add", "adds", "added", "state",
  "states", "stated", "note", "notes", "noted", "mention", "mentions", "mentioned",
  "explain", "explains", "explained", "claim", "claims", "claimed", "indicate",
  "indicates", "indicated", "write", "writes", "wrote", "comment", "comments",
  "commented", "insist", "insists", "insisted", "suggest", "suggests", "suggested",
  "quoted", "stress", "stresses", "stressed", "assert", "asserted", "recall",
  "recalled", "acknowledge", "acknowledged", "confirm", "confirms", "confirmed",
};

static const char * const place_prepositions[] = {
  "in", "at", "near", "outside", "inside", "into", "across", "throughout",
  "from", "to", "toward", "towards", "around", "within", "through", "via", "of",
  "on", "off", "aboard", "beside", "along",
};

static const char * const function_words[] = {
  "a", "an", "the", "this", "that", "these", "those", "his", "her", "its",
  "their", "our", "my", "your", "it", "he", "she", "they", "we", "i", "you",
  "him", "them", "us", "me", "and", "or", "but", "nor", "so", "yet", "of",
  "in", "on", "at", "by", "for", "with", "about", "against", "between", "into",
  "through", "during", "before", "after", "above", "below", "to", "from", "up",
  "down", "over", "under", "again", "further", "then", "once", "there", "here",
  "when", "where", "why", "how", "all", "any", "both", "each", "few", "more",
  "most", "other", "some", "such", "no", "not", "only", "own", "same", "than",
  "too", "very", "is", "are", "was", "were", "be", "been", "being", "have",
  "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
  "could", "may", "might", "must", "also", "which", "who", "whom", "whose",
  "what", "as", "if", "while", "because", "although", "though", "whether",
  "said", "says", "one", "two", "later", "earlier", "still", "just", "now",
  "aboard", "beneath", "beside", "behind", "along", "among", "amid", "around",
  "near", "outside", "inside", "toward", "towards", "upon", "within", "without",
  "via", "per", "despite", "throughout", "beyond", "since", "until", "onto",
  "off", "out", "across", "himself", "herself", "itself", "themselves",
  "ourselves", "yourself", "however", "today", "tonight", "yesterday",
  "tomorrow", "face", "together", "again", "instead",
};

static const char * const modals[] = {
  "will", "would", "shall", "should", "could", "can", "may", "might", "must",
  "'ll", "going", "plan", "plans", "planned", "expected", "scheduled", "set",
  "hope", "hopes", "hoped", "want", "wants", "wanted", "intend", "intends",
};

static const char * const clause_breaks[] = {
  "but", "however", "while", "although", "though", "because", "whereas",
  "which", "who", "whom", "whose", "where", "after", "before", "since",
  "despite", "unless", "until", "that", "when", "if",
};

/* Words between an organisation and a person's name that make the
 * organisation a description of the person: "Politburo member
 * Schabowski", "party chief Krenz" */
static const char * const role_nouns[] = {
  "member", "members", "chief", "leader", "spokesman", "spokeswoman",
  "secretary", "official", "head", "minister", "chairman", "president",
  "boss", "officer", "envoy", "ambassador", "commander", "candidate",
};

static GHashTable *forms;

static void
add_form (GHashTable   *table,
          GArray       *store,
          const char   *word,
          const Entry  *entry,
          DlWordForm    form)
{
  Form f = { entry, form };

  /* The first reading wins: "talks" is a verb before it is a noun */
  if (word == NULL || g_hash_table_contains (table, word))
    return;
  g_array_append_val (store, f);
  g_hash_table_insert (table, (gpointer) word, GUINT_TO_POINTER (store->len));
}

static GHashTable *
build_forms (GArray **store)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  *store = g_array_new (FALSE, FALSE, sizeof (Form));
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      const Entry *e = &entries[i];

      if (e->trigger.present != NULL)
        {
          if (!(e->trigger.flags & DL_TRIGGER_NO_BASE))
            add_form (table, *store, e->trigger.lemma, e, DL_FORM_BASE);
          add_form (table, *store, e->trigger.present, e, DL_FORM_PRESENT);
          add_form (table, *store, e->past, e, DL_FORM_PAST);
          add_form (table, *store, e->trigger.participle, e, DL_FORM_PAST);
          add_form (table, *store, e->gerund, e, DL_FORM_GERUND);
        }
    }
  return table;
}

/* Nouns go in after every verb form, in a second pass, so that a word
 * that is both ("talks") reads as the verb. */
static void
add_nouns (GHashTable *table,
           GArray     *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    for (guint n = 0; n < G_N_ELEMENTS (entries[i].nouns) && entries[i].nouns[n] != NULL; n++)
      add_form (table, store, entries[i].nouns[n], &entries[i], DL_FORM_NOUN);
}

static GArray *form_store;

static GHashTable *
get_forms (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      forms = build_forms (&form_store);
      add_nouns (forms, form_store);
      g_once_init_leave (&initialised, 1);
    }
  return forms;
}

/**
 * dl_lexicon_lookup_trigger:
 * @word: a lower-case word
 * @form: (out) (optional): which form of the trigger it is
 *
 * Returns: (nullable): the trigger that @word is a form of
 */
const DlTrigger *
dl_lexicon_lookup_trigger (const char *word,
                           DlWordForm *form)
{
  guint index;
  const Form *f;

  g_return_val_if_fail (word != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (get_forms (), word));
  if (index == 0)
    return NULL;
  f = &g_array_index (form_store, Form, index - 1);
  if (form != NULL)
    *form = f->form;
  return &f->entry->trigger;
}

/**
 * dl_lexicon_strdown:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 when it ends with a NUL
 *
 * As g_utf8_strdown(), for the words the lists are looked up with: ASCII
 * without an 'I' (which Turkish lowers to a dotless i) is lowered the
 * same in every locale, here byte by byte, and most words are such;
 * anything else goes to g_utf8_strdown().
 *
 * Returns: (transfer full): @text in lower case
 */
char *
dl_lexicon_strdown (const char *text,
                    gssize      length)
{
  gsize n;
  char *lower;

  g_return_val_if_fail (text != NULL, NULL);

  n = length < 0 ? strlen (text) : (gsize) length;
  lower = g_malloc (n + 1);
  for (gsize i = 0; i < n; i++)
    {
      guchar c = text[i];

      if (c >= 0x80 || c == 'I' || c == '\0')
        {
          g_free (lower);
          return g_utf8_strdown (text, length);
        }
      lower[i] = g_ascii_tolower (c);
    }
  lower[n] = '\0';
  return lower;
}

/**
 * dl_lexicon_predicate_group:
 *
 * Returns: the predicate that @lemma is merged under ("talk" → "meet")
 */
const char *
dl_lexicon_predicate_group (const char *lemma)
{
  static GHashTable *groups;
  static gsize initialised = 0;
  const char *group;

  /* Asked for every pair of reports the merging of events compares */
  if (g_once_init_enter (&initialised))
    {
      groups = g_hash_table_new (g_str_hash, g_str_equal);
      /* The first entry of a lemma wins, as a scan from the top finds */
      for (guint i = G_N_ELEMENTS (entries); i > 0; i--)
        g_hash_table_insert (groups, (gpointer) entries[i - 1].trigger.lemma,
                             (gpointer) entries[i - 1].trigger.synonym);
      g_once_init_leave (&initialised, 1);
    }
  if (g_hash_table_lookup_extended (groups, lemma, NULL, (gpointer *) &group))
    return group;
  return lemma;
}

/* Whether two predicates name the same kind of happening ("meet", "talk") */
gboolean
dl_lexicon_same_predicate (const char *a,
                           const char *b)
{
  if (a == NULL || b == NULL)
    return FALSE;
  return strcmp (a, b) == 0 || strcmp (dl_lexicon_predicate_group (a), dl_lexicon_predicate_group (b)) == 0;
}

/* Whether @word is one of the @n words of @list. The event extractor
 * asks this of nearly every word of a sentence, and of most list words
 * only the first letter need be read. */
gboolean
dl_lexicon_word_in (const char         *word,
                    const char * const *list,
                    guint               n)
{
  for (guint i = 0; i < n; i++)
    if (word[0] == list[i][0] && strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
dl_lexicon_is_reporting_verb (const char *word)
{
  return dl_lexicon_word_in (word, reporting_verbs, G_N_ELEMENTS (reporting_verbs));
}

gboolean
dl_lexicon_is_place_preposition (const char *word)
{
  return dl_lexicon_word_in (word, place_prepositions, G_N_ELEMENTS (place_prepositions));
}

gboolean
dl_lexicon_is_function_word (const char *word)
{
  return dl_lexicon_word_in (word, function_words, G_N_ELEMENTS (function_words));
}

gboolean
dl_lexicon_is_modal (const char *word)
{
  return dl_lexicon_word_in (word, modals, G_N_ELEMENTS (modals));
}

gboolean
dl_lexicon_is_clause_break (const char *word)
{
  return dl_lexicon_word_in (word, clause_breaks, G_N_ELEMENTS (clause_breaks));
}

gboolean
dl_lexicon_is_role_noun (const char *word)
{
  return dl_lexicon_word_in (word, role_nouns, G_N_ELEMENTS (role_nouns));
}

/* What a divided city's reports call the one thing that was opened or
 * closed: "the Wall", "its borders", "the crossings", "Checkpoint
 * Charlie". A gate is left out: "the Brandenburg Gate" is a place of
 * its own, opened on its own day. */
static const struct { const char *word; const char *theme; } themes[] = {
  { "border", "border" }, { "borders", "border" }, { "wall", "border" }, { "walls", "border" },
  { "crossing", "border" }, { "crossings", "border" }, { "checkpoint", "border" },
  { "checkpoints", "border" }, { "frontier", "border" }, { "frontiers", "border" },
};

/**
 * dl_lexicon_theme_group:
 * @word: a noun, lower case
 *
 * Returns: (nullable): the thing that nouns such as @word name in
 *   reports of one happening ("border" for "wall" and "crossings"), or
 *   %NULL when the lexicon knows of none
 */
const char *
dl_lexicon_theme_group (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    if (strcmp (word, themes[i].word) == 0)
      return themes[i].theme;
  return NULL;
}

/* Nouns that name a happening. Nominalisations of verbs ("-tion",
 * "-ment") are found by their ending (see below); these are the ones
 * that end otherwise, and the few "-tion" words listed for clarity. */
static const char * const event_nouns[] = {
  "meeting", "talk", "ceasefire", "cease-fire", "truce", "summit", "election",
  "vote", "attack", "war", "agreement", "deal", "visit", "announcement",
  "launch", "release", "sale", "conference", "event", "lawsuit", "suit",
  "dispute", "keynote", "loss", "impact", "decision", "appearance",
  "settlement", "crisis", "strike", "protest", "speech", "interview", "trial",
  "fight", "fighting", "battle", "assault", "raid", "invasion", "bombing",
  "explosion", "shooting", "crash", "accident", "earthquake", "storm", "flood",
  "death", "murder", "arrest", "resignation", "retirement", "departure",
  "arrival", "sanction", "treaty", "pact", "merger", "acquisition", "purchase",
  "takeover", "bid", "investigation", "inquiry", "probe", "hearing", "ruling",
  "verdict", "reform", "campaign", "rally", "march", "riot", "uprising",
  "coup", "revolution", "ceremony", "celebration", "festival", "concert",
  "tour", "trip", "growth", "increase", "decrease", "decline", "drop", "rise",
  "cut", "change", "move", "shift", "proposal", "request", "demand",
  "criticism", "complaint", "controversy", "reaction", "response", "reply",
  "comment", "claim", "denial", "accusation", "allegation", "warning",
  "threat", "promise", "update", "upgrade", "delay", "shipment", "delivery",
  "expansion", "closure", "layoff", "transplant", "surgery", "absence",
  "farewell", "debut", "premiere", "unveiling", "meddling", "interference",
  "hack", "hacking", "collusion", "siege", "conflict", "approval", "withdrawal",
  "refusal", "dismissal", "removal", "renewal", "proposal", "survival",
  "victory", "defeat", "win", "failure", "success", "performance",
  "killing", "bombing", "signing", "crackdown", "offensive", "clash",
  "violence", "demise", "collapse", "recall", "shutdown", "outage", "breach",
  "leak", "scandal", "boycott", "embargo", "blockade", "strike", "escape",
  "rescue", "evacuation", "funeral", "wedding", "birth", "injury", "damage",
  "payment", "sell-off", "bankruptcy", "recession", "downturn", "meltdown",
  "referendum", "primary", "inauguration", "swearing-in", "nomination",
  "appointment", "hire", "firing", "ouster", "overthrow", "return", "exit",
  "entry", "landing", "takeoff", "flight", "voyage", "journey", "fire",
  "blaze", "outbreak", "epidemic", "pandemic", "spill", "leave",
};

/* Words with an event noun's ending that name a thing, a place or a
 * body rather than a happening */
static const char * const not_event_nouns[] = {
  "nation", "station", "position", "population", "information",
  "organization", "organisation", "version", "television", "edition",
  "section", "function", "option", "question", "mission", "commission",
  "tradition", "condition", "portion", "region", "religion", "opinion",
  "million", "billion", "fraction", "lotion", "potion", "motion", "emotion",
  "relation", "foundation", "institution", "administration", "corporation",
  "association", "federation", "coalition", "opposition", "delegation",
  "generation", "location", "destination", "situation", "reputation",
  "application", "publication", "documentation", "specification",
  "notification", "nutrition", "ambition", "attention", "intention",
  "definition", "dimension", "pension", "tension", "session", "profession",
  "division", "provision", "vision", "expression", "impression", "passion",
  "occasion", "legislation", "regulation", "constitution", "solution",
  "competition", "collection", "connection", "direction", "protection",
  "production", "instruction", "infrastructure", "government", "department",
  "document", "equipment", "element", "moment", "environment", "apartment",
  "management", "instrument", "segment", "parliament", "compartment",
  "fragment", "supplement", "sentiment", "argument", "basement",
  "requirement", "entertainment", "establishment", "unemployment",
};

static const char * const light_verbs[] = {
  "make", "take", "give", "have", "hold", "reach", "get", "do", "conduct",
  "carry", "stage", "strike", "broker", "hammer", "seal", "clinch", "mount",
};

/* Verbs that carry tense, mood or a link rather than an event */
static const char * const void_verbs[] = {
  "be", "become", "seem", "will", "would", "shall", "should", "can", "could",
  "may", "might", "must", "let", "ought",
};

static const char * const reporting_lemmas[] = {
  "say", "tell", "report", "state", "claim", "add", "note", "mention",
  "explain", "comment", "insist", "suggest", "quote", "stress", "assert",
  "recall", "acknowledge", "confirm", "accord", "write", "indicate", "reply",
  "remark", "describe", "call", "ask", "answer", "respond", "argue",
  "predict", "warn", "admit", "speak",
};

static const char * const aspectual_lemmas[] = {
  "begin", "start", "continue", "stop", "finish", "end", "resume", "cease",
  "complete", "commence", "keep", "halt", "quit",
};

static const char * const state_lemmas[] = {
  "know", "believe", "think", "want", "need", "own", "possess", "include",
  "contain", "remain", "cost", "mean", "like", "hope", "expect", "feel",
  "seem", "appear", "consist", "depend", "belong", "exist", "lack", "wish",
  "love", "hate", "prefer", "understand", "require", "deserve", "involve",
};

static gboolean
has_suffix_longer (const char *word,
                   const char *suffix,
                   gsize       min_stem)
{
  gsize len = strlen (word), slen = strlen (suffix);

  return len >= slen + min_stem && strcmp (word + len - slen, suffix) == 0;
}

/**
 * dl_lexicon_is_event_noun:
 * @lemma: a noun's lemma, lower case
 *
 * Returns: whether the noun names a happening: listed ("ceasefire",
 *   "talk") or a nominalisation of a verb ("negotiation", "announcement")
 */
gboolean
dl_lexicon_is_event_noun (const char *lemma)
{
  g_return_val_if_fail (lemma != NULL, FALSE);

  if (dl_lexicon_word_in (lemma, event_nouns, G_N_ELEMENTS (event_nouns)))
    return TRUE;
  if (dl_lexicon_word_in (lemma, not_event_nouns, G_N_ELEMENTS (not_event_nouns)))
    return FALSE;
  return has_suffix_longer (lemma, "tion", 3) || has_suffix_longer (lemma, "sion", 3)
         || has_suffix_longer (lemma, "ment", 4) || has_suffix_longer (lemma, "ance", 5);
}

/* "made a decision", "held talks", "reached an agreement": the noun tells
 * the event, the verb only that it took place */
gboolean
dl_lexicon_is_light_verb (const char *lemma)
{
  g_return_val_if_fail (lemma != NULL, FALSE);

  return dl_lexicon_word_in (lemma, light_verbs, G_N_ELEMENTS (light_verbs));
}

/* Auxiliaries, copulas and modals: never an event by themselves */
gboolean
dl_lexicon_is_void_verb (const char *lemma)
{
  g_return_val_if_fail (lemma != NULL, FALSE);

  return dl_lexicon_word_in (lemma, void_verbs, G_N_ELEMENTS (void_verbs));
}

/**
 * dl_lexicon_event_kind:
 * @lemma: an event word's lemma, lower case
 *
 * Returns: the kind of event it names
 */
DlEventKind
dl_lexicon_event_kind (const char *lemma)
{
  g_return_val_if_fail (lemma != NULL, DL_EVENT_KIND_OCCURRENCE);

  if (dl_lexicon_word_in (lemma, reporting_lemmas, G_N_ELEMENTS (reporting_lemmas)))
    return DL_EVENT_KIND_REPORTING;
  if (dl_lexicon_word_in (lemma, aspectual_lemmas, G_N_ELEMENTS (aspectual_lemmas)))
    return DL_EVENT_KIND_ASPECTUAL;
  if (dl_lexicon_word_in (lemma, state_lemmas, G_N_ELEMENTS (state_lemmas)))
    return DL_EVENT_KIND_STATE;
  return DL_EVENT_KIND_OCCURRENCE;
}
