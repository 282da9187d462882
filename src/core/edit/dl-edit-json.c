/* dl-edit-json.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit as one JSON object, as the project file keeps it:
 *
 *   {"version": 1, "edit": "event-title",
 *    "event": {"article": "a/b.txt", "start": 120, "end": 240, "title": "old"},
 *    "title": "New title"}
 *
 * Members by kind: "article-date": article, date (ISO 8601), previous
 * ({date, source} or null); "event-date": event, when; "event-title":
 * event, title; "event-actors": event, actors; "event-hide" and
 * "event-delete": event; "event-add": article, start, end, title, when,
 * actors; "actor-rename": actor, name; "actor-kind": actor, kind;
 * "actor-merge": actor, into; "actor-split": actor, mentions, name.
 * An actor is {name, kind}; a when is {value, start, end, certainty}
 * or null; a mention is {article, start, end}.
 *
 * Reading is in dl-edit-json-read.c.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dl-edit-private.h"

#define EDIT_VERSION 1

/* Writing */

static void
add_uint (JsonBuilder *builder,
          const char  *name,
          guint        value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_date (JsonBuilder *builder,
          const char  *name,
          GDateTime   *date)
{
  g_autofree char *iso = date != NULL ? g_date_time_format_iso8601 (date) : NULL;

  add_string (builder, name, iso);
}

static void
add_event_ref (JsonBuilder    *builder,
               DlEditEventRef *ref)
{
  json_builder_set_member_name (builder, "event");
  json_builder_begin_object (builder);
  add_string (builder, "article", ref->article);
  add_uint (builder, "start", ref->start);
  add_uint (builder, "end", ref->end);
  add_string (builder, "title", ref->title);
  json_builder_end_object (builder);
}

static void
add_actor_ref (JsonBuilder    *builder,
               const char     *name,
               DlEditActorRef *ref)
{
  if (name != NULL)
    json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  add_string (builder, "name", ref->name);
  add_string (builder, "kind", dl_actor_kind_to_string (ref->kind));
  json_builder_end_object (builder);
}

static void
add_actor_refs (JsonBuilder *builder,
                GArray      *actors)
{
  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < actors->len; i++)
    add_actor_ref (builder, NULL, &g_array_index (actors, DlEditActorRef, i));
  json_builder_end_array (builder);
}

static void
add_when (JsonBuilder *builder,
          DlDateSpan  *when)
{
  json_builder_set_member_name (builder, "when");
  if (when == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  add_string (builder, "value", dl_date_span_get_value (when));
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, dl_date_span_get_start (when));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, dl_date_span_get_end (when));
  add_string (builder, "certainty", dl_certainty_to_string (dl_date_span_get_certainty (when)));
  json_builder_end_object (builder);
}

static void
add_passage (JsonBuilder   *builder,
             DlEditPassage *passage)
{
  add_string (builder, "article", passage->article);
  add_uint (builder, "start", passage->start);
  add_uint (builder, "end", passage->end);
}

static void
add_article_date (JsonBuilder *builder,
                  DlEdit      *self)
{
  add_string (builder, "article", self->passage.article);
  add_date (builder, "date", self->date);
  json_builder_set_member_name (builder, "previous");
  if (self->previous_date == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  add_date (builder, "date", self->previous_date);
  add_string (builder, "source", dl_dct_source_to_string (self->previous_source));
  json_builder_end_object (builder);
}

static void
add_mentions (JsonBuilder *builder,
              GArray      *mentions)
{
  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < mentions->len; i++)
    {
      json_builder_begin_object (builder);
      add_passage (builder, &g_array_index (mentions, DlEditPassage, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_members (JsonBuilder *builder,
             DlEdit      *self)
{
  switch (self->kind)
    {
    case DL_EDIT_ARTICLE_DATE:
      add_article_date (builder, self);
      break;
    case DL_EDIT_EVENT_DATE:
      add_event_ref (builder, &self->event);
      add_when (builder, self->when);
      break;
    case DL_EDIT_EVENT_TITLE:
      add_event_ref (builder, &self->event);
      add_string (builder, "title", self->text);
      break;
    case DL_EDIT_EVENT_ACTORS:
      add_event_ref (builder, &self->event);
      add_actor_refs (builder, self->actors);
      break;
    case DL_EDIT_EVENT_HIDE:
    case DL_EDIT_EVENT_DELETE:
      add_event_ref (builder, &self->event);
      break;
    case DL_EDIT_EVENT_ADD:
      add_passage (builder, &self->passage);
      add_string (builder, "title", self->text);
      add_when (builder, self->when);
      add_actor_refs (builder, self->actors);
      break;
    case DL_EDIT_ACTOR_RENAME:
      add_actor_ref (builder, "actor", &self->actor);
      add_string (builder, "name", self->text);
      break;
    case DL_EDIT_ACTOR_KIND:
      add_actor_ref (builder, "actor", &self->actor);
      add_string (builder, "kind", dl_actor_kind_to_string (self->new_kind));
      break;
    case DL_EDIT_ACTOR_MERGE:
      add_actor_ref (builder, "actor", &self->actor);
      add_actor_ref (builder, "into", &self->into);
      break;
    case DL_EDIT_ACTOR_SPLIT:
    default:
      add_actor_ref (builder, "actor", &self->actor);
      add_mentions (builder, self->mentions);
      add_string (builder, "name", self->text);
      break;
    }
}

/**
 * dl_edit_to_json:
 *
 * Returns: (transfer full): the edit as one JSON object, on one line,
 *   which dl_edit_new_from_json() reads back
 */
char *
dl_edit_to_json (DlEdit *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (DL_IS_EDIT (self), NULL);

  json_builder_begin_object (builder);
  add_uint (builder, "version", EDIT_VERSION);
  add_string (builder, "edit", _dl_edit_kind_to_string (self->kind));
  add_members (builder, self);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
