/* document-checks.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks a Dateline document (FORMAT.md) read back with json-glib: the
 * keys in their order, the types, ids that refer to something, and
 * offsets that cover exactly the quoted text.
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

static gboolean
is_one_of (const char         *value,
           const char * const *allowed)
{
  return value != NULL && g_strv_contains (allowed, value);
}

static gboolean
is_nullable_string (JsonObject *object,
                    const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && (JSON_NODE_HOLDS_NULL (node) ||
                          json_node_get_value_type (node) == G_TYPE_STRING);
}

static gboolean
is_int (JsonObject *object,
        const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_INT64;
}

static const char *
article_text (JsonObject *document,
              const char *id)
{
  JsonArray *articles = json_object_get_array_member (document, "articles");

  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);

      if (g_strcmp0 (json_object_get_string_member (article, "id"), id) == 0)
        return json_object_get_string_member (article, "text");
    }
  g_assert_not_reached ();
}

/* Checks a span's offsets against its article and returns what it covers */
static char *
check_span (JsonObject *document,
            JsonObject *span)
{
  const char *text;
  gint64 start, end;

  g_assert_true (json_object_has_member (span, "article"));
  g_assert_true (is_int (span, "start") && is_int (span, "end"));
  text = article_text (document, json_object_get_string_member (span, "article"));
  start = json_object_get_int_member (span, "start");
  end = json_object_get_int_member (span, "end");
  g_assert_cmpint (0, <=, start);
  g_assert_cmpint (start, <, end);
  g_assert_cmpint (end, <=, g_utf8_strlen (text, -1));
  return g_utf8_substring (text, start, end);
}

static void
check_articles (JsonObject *document)
{
  static const char * const sources[] = { "text", "meta", "option", "inferred", "file", "none", NULL };
  JsonArray *articles = json_object_get_array_member (document, "articles");

  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);

      g_assert_nonnull (json_object_get_string_member (article, "id"));
      g_assert_true (is_nullable_string (article, "path"));
      g_assert_true (is_nullable_string (article, "title"));
      g_assert_true (is_nullable_string (article, "dct"));
      g_assert_true (is_one_of (json_object_get_string_member (article, "dct_source"), sources));
      g_assert_nonnull (json_object_get_string_member (article, "text"));
    }
}

static void
check_actors (JsonObject *document,
              GHashTable *actor_ids)
{
  static const char * const kinds[] = { "person", "organization", "location", "group", "other", NULL };
  JsonArray *actors = json_object_get_array_member (document, "actors");

  for (guint i = 0; i < json_array_get_length (actors); i++)
    {
      JsonObject *actor = json_array_get_object_element (actors, i);
      JsonArray *mentions = json_object_get_array_member (actor, "mentions");

      g_hash_table_add (actor_ids, g_strdup (json_object_get_string_member (actor, "id")));
      g_assert_nonnull (json_object_get_string_member (actor, "name"));
      g_assert_true (is_one_of (json_object_get_string_member (actor, "kind"), kinds));
      g_assert_nonnull (json_object_get_array_member (actor, "aliases"));
      g_assert_nonnull (json_object_get_array_member (actor, "roles"));
      for (guint m = 0; m < json_array_get_length (mentions); m++)
        g_free (check_span (document, json_array_get_object_element (mentions, m)));
    }
}

static void
check_when (JsonObject *when)
{
  static const char * const certainties[] = { "stated", "relative", "inferred", "unknown", NULL };

  g_assert_true (is_nullable_string (when, "value"));
  g_assert_true (is_nullable_string (when, "start"));
  g_assert_true (is_nullable_string (when, "end"));
  g_assert_true (is_one_of (json_object_get_string_member (when, "certainty"), certainties));
  if (json_object_get_null_member (when, "start"))
    {
      g_assert_true (json_object_get_null_member (when, "value"));
      g_assert_true (json_object_get_null_member (when, "end"));
      g_assert_cmpstr (json_object_get_string_member (when, "certainty"), ==, "unknown");
    }
  else
    g_assert_cmpstr (json_object_get_string_member (when, "start"), <=,
                     json_object_get_string_member (when, "end"));
}

static void
check_events (JsonObject *document,
              GHashTable *actor_ids,
              GHashTable *event_ids)
{
  JsonArray *events = json_object_get_array_member (document, "events");

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      JsonArray *actors = json_object_get_array_member (event, "actors");
      JsonArray *sources = json_object_get_array_member (event, "sources");

      g_hash_table_add (event_ids, g_strdup (json_object_get_string_member (event, "id")));
      g_assert_nonnull (json_object_get_string_member (event, "title"));
      check_when (json_object_get_object_member (event, "when"));
      for (guint a = 0; a < json_array_get_length (actors); a++)
        g_assert_true (g_hash_table_contains (actor_ids, json_array_get_string_element (actors, a)));
      g_assert_cmpuint (json_array_get_length (sources), >, 0);
      for (guint s = 0; s < json_array_get_length (sources); s++)
        {
          JsonObject *source = json_array_get_object_element (sources, s);
          g_autofree char *covered = check_span (document, source);

          g_assert_cmpstr (covered, ==, json_object_get_string_member (source, "quote"));
        }
    }
}

static void
check_relations (JsonObject *document,
                 GHashTable *actor_ids,
                 GHashTable *event_ids)
{
  JsonArray *relations = json_object_get_array_member (document, "relations");

  for (guint i = 0; i < json_array_get_length (relations); i++)
    {
      JsonObject *relation = json_array_get_object_element (relations, i);
      JsonArray *events = json_object_get_array_member (relation, "events");

      g_assert_true (g_hash_table_contains (actor_ids, json_object_get_string_member (relation, "source")));
      g_assert_true (g_hash_table_contains (actor_ids, json_object_get_string_member (relation, "target")));
      g_assert_cmpint (json_object_get_int_member (relation, "weight"), >=, 1);
      g_assert_true (is_nullable_string (relation, "label"));
      for (guint e = 0; e < json_array_get_length (events); e++)
        g_assert_true (g_hash_table_contains (event_ids, json_array_get_string_element (events, e)));
    }
}

/* The whole schema of FORMAT.md, with the keys in their order */
static void
check_document (JsonNode *root)
{
  static const char * const keys[] = { "dateline", "articles", "actors", "events", "relations" };
  g_autoptr(GHashTable) actor_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) event_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *document;
  g_autoptr(GList) members = NULL;
  GList *l;
  guint i = 0;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  document = json_node_get_object (root);
  members = json_object_get_members (document);
  for (l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, keys[i]);
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (keys));
  g_assert_cmpint (json_object_get_int_member (document, "dateline"), ==, 1);

  check_articles (document);
  check_actors (document, actor_ids);
  check_events (document, actor_ids, event_ids);
  check_relations (document, actor_ids, event_ids);
}
