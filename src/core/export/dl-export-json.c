/* dl-export-json.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Dateline document: what `dateline-cli extract` prints and the
 * `json` export writes. The schema and the order of its keys are fixed
 * by FORMAT.md; scripts and evaluations read it, so change both together.
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export-private.h"
#include "dl-relation.h"

#define DL_DOCUMENT_VERSION 1

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *key,
                     const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
add_string_array (JsonBuilder *builder,
                  const char  *key,
                  GPtrArray   *strings)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; strings != NULL && i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
}

static void
add_span (JsonBuilder *builder,
          DlArticle   *article,
          guint        start,
          guint        end)
{
  add_string (builder, "article", dl_article_get_id (article));
  add_int (builder, "start", start);
  add_int (builder, "end", end);
}

static void
add_article (JsonBuilder *builder,
             gpointer     item)
{
  DlArticle *article = item;
  g_autofree char *dct = dl_article_dup_dct_string (article);

  json_builder_begin_object (builder);
  add_string (builder, "id", dl_article_get_id (article));
  add_nullable_string (builder, "path", dl_article_get_path (article));
  add_nullable_string (builder, "title", dl_article_get_title (article));
  add_nullable_string (builder, "dct", dct);
  add_string (builder, "dct_source",
              dl_dct_source_to_string (dct != NULL ? dl_article_get_dct_source (article)
                                                   : DL_DCT_SOURCE_NONE));
  add_string (builder, "text", dl_article_get_text (article));
  json_builder_end_object (builder);
}

static void
add_actor (JsonBuilder *builder,
           gpointer     item)
{
  DlActor *actor = item;
  GArray *mentions = dl_actor_get_mentions (actor);

  json_builder_begin_object (builder);
  add_string (builder, "id", dl_actor_get_id (actor));
  add_string (builder, "name", dl_actor_get_name (actor));
  add_string (builder, "kind", dl_actor_kind_to_string (dl_actor_get_kind (actor)));
  add_string_array (builder, "aliases", dl_actor_get_aliases (actor));
  add_string_array (builder, "roles", dl_actor_get_roles (actor));

  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    {
      const DlMention *mention = &g_array_index (mentions, DlMention, i);

      json_builder_begin_object (builder);
      add_span (builder, mention->article, mention->start, mention->end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* An undated event still has a "when", with nulls, so that readers
 * need no special case for the key being absent. */
static void
add_when (JsonBuilder *builder,
          DlDateSpan  *when)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (when != NULL)
    {
      first = dl_date_span_dup_first_day (when);
      last = dl_date_span_dup_last_day (when);
    }

  json_builder_set_member_name (builder, "when");
  json_builder_begin_object (builder);
  add_nullable_string (builder, "value",
                       when == NULL ? NULL :
                       dl_date_span_get_value (when) != NULL ? dl_date_span_get_value (when) : first);
  add_nullable_string (builder, "start", first);
  add_nullable_string (builder, "end", last);
  add_string (builder, "certainty",
              dl_certainty_to_string (when != NULL ? dl_date_span_get_certainty (when)
                                                   : DL_CERTAINTY_UNKNOWN));
  json_builder_end_object (builder);
}

static void
add_event (JsonBuilder *builder,
           gpointer     item)
{
  DlEvent *event = item;
  GPtrArray *actors = dl_event_get_actors (event);
  GArray *sources = dl_event_get_sources (event);

  json_builder_begin_object (builder);
  add_string (builder, "id", dl_event_get_id (event));
  add_string (builder, "title", dl_event_get_title (event));
  add_when (builder, dl_event_get_when (event));

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; actors != NULL && i < actors->len; i++)
    json_builder_add_string_value (builder, dl_actor_get_id (g_ptr_array_index (actors, i)));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const DlSource *source = &g_array_index (sources, DlSource, i);

      json_builder_begin_object (builder);
      add_span (builder, source->article, source->start, source->end);
      add_string (builder, "quote", source->quote);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_relation (JsonBuilder *builder,
              gpointer     item)
{
  DlRelation *relation = item;
  GPtrArray *events = dl_relation_get_events (relation);

  json_builder_begin_object (builder);
  add_string (builder, "source", dl_actor_get_id (dl_relation_get_source (relation)));
  add_string (builder, "target", dl_actor_get_id (dl_relation_get_target (relation)));
  add_int (builder, "weight", dl_relation_get_weight (relation));

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; events != NULL && i < events->len; i++)
    json_builder_add_string_value (builder, dl_event_get_id (g_ptr_array_index (events, i)));
  json_builder_end_array (builder);

  add_nullable_string (builder, "label", dl_relation_get_label (relation));
  json_builder_end_object (builder);
}

typedef void (*AddItemFunc) (JsonBuilder *builder,
                             gpointer     item);

static void
add_list (JsonBuilder *builder,
          const char  *key,
          GListModel  *model,
          AddItemFunc  add_item)
{
  guint n = g_list_model_get_n_items (model);

  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      add_item (builder, item);
    }
  json_builder_end_array (builder);
}

/**
 * dl_export_corpus_to_json:
 *
 * Builds the Dateline document of FORMAT.md: articles, actors, events
 * and relations, with code point offsets into the articles' texts.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
dl_export_corpus_to_json (DlCorpus *corpus)
{
  g_autoptr(JsonBuilder) builder = NULL;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  add_int (builder, "dateline", DL_DOCUMENT_VERSION);
  add_list (builder, "articles", dl_corpus_get_articles (corpus), add_article);
  add_list (builder, "actors", dl_corpus_get_actors (corpus), add_actor);
  add_list (builder, "events", dl_corpus_get_events (corpus), add_event);
  add_list (builder, "relations", dl_corpus_get_relations (corpus), add_relation);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Pretty-printed, UTF-8 as is (json-glib escapes only what JSON
 * requires), ending with a newline as text files do */
GBytes *
_dl_export_json_node_to_bytes (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GString *out = g_string_new (NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

GBytes *
_dl_export_json_to_bytes (DlCorpus *corpus)
{
  g_autoptr(JsonNode) root = dl_export_corpus_to_json (corpus);

  return _dl_export_json_node_to_bytes (root);
}
