/* dl-edit-json-read.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading an edit from JSON (the format is told in dl-edit-json.c).
 * Reading trusts nothing: a project file may be damaged or written by
 * another program, so every member is checked for its type and range,
 * and members this version does not know are ignored.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dl-edit-private.h"

#define EDIT_VERSION 1

static gboolean
invalid (GError     **error,
         const char  *member,
         const char  *what)
{
  g_set_error (error, DL_EDIT_ERROR, DL_EDIT_ERROR_INVALID,
               /* TRANSLATORS: "“start” must be a whole number" */
               _("Not a valid edit: “%s” must be %s"), member, what);
  return FALSE;
}

/* @node is %NULL or JSON null: the member is absent or null */
static gboolean
is_null (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
read_string (JsonObject  *object,
             const char  *member,
             gboolean     nullable,
             const char **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (nullable && is_null (node))
    return TRUE;
  /* A text that is optional may be empty, one that names a thing not */
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING
      || (!nullable && *json_node_get_string (node) == '\0'))
    return invalid (error, member, _("a text"));
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_int64 (JsonObject  *object,
            const char  *member,
            gint64       min,
            gint64       max,
            gint64      *out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64
      || json_node_get_int (node) < min || json_node_get_int (node) > max)
    return invalid (error, member, _("a whole number in range"));
  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
read_span (JsonObject  *object,
           guint       *start,
           guint       *end,
           GError     **error)
{
  gint64 s, e;

  if (!read_int64 (object, "start", 0, G_MAXUINT, &s, error)
      || !read_int64 (object, "end", s, G_MAXUINT, &e, error))
    return FALSE;
  *start = s;
  *end = e;
  return TRUE;
}

static JsonObject *
read_object (JsonObject  *object,
             const char  *member,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, member, _("an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

static JsonArray *
read_array (JsonObject  *object,
            const char  *member,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      invalid (error, member, _("a list"));
      return NULL;
    }
  return json_node_get_array (node);
}

static gboolean
read_date (JsonObject  *object,
           const char  *member,
           GDateTime  **out,
           GError     **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *iso;

  if (!read_string (object, member, FALSE, &iso, error))
    return FALSE;
  if ((*out = g_date_time_new_from_iso8601 (iso, utc)) == NULL)
    return invalid (error, member, _("a date and time"));
  return TRUE;
}

static gboolean
read_kind (JsonObject  *object,
           const char  *member,
           DlActorKind *kind,
           GError     **error)
{
  const char *string;

  if (!read_string (object, member, FALSE, &string, error))
    return FALSE;
  for (DlActorKind k = DL_ACTOR_KIND_PERSON; k <= DL_ACTOR_KIND_OTHER; k++)
    if (g_str_equal (string, dl_actor_kind_to_string (k)))
      {
        *kind = k;
        return TRUE;
      }
  return invalid (error, member, _("a kind of actor"));
}

static gboolean
read_certainty (JsonObject  *object,
                DlCertainty *certainty,
                GError     **error)
{
  const char *string;

  if (!read_string (object, "certainty", FALSE, &string, error))
    return FALSE;
  for (DlCertainty c = DL_CERTAINTY_STATED; c <= DL_CERTAINTY_UNKNOWN; c++)
    if (g_str_equal (string, dl_certainty_to_string (c)))
      {
        *certainty = c;
        return TRUE;
      }
  return invalid (error, "certainty", _("a certainty"));
}

static gboolean
read_dct_source (JsonObject  *object,
                 DlDctSource *source,
                 GError     **error)
{
  const char *string;

  if (!read_string (object, "source", FALSE, &string, error))
    return FALSE;
  for (DlDctSource s = DL_DCT_SOURCE_NONE; s <= DL_DCT_SOURCE_FILE; s++)
    if (g_str_equal (string, dl_dct_source_to_string (s)))
      {
        *source = s;
        return TRUE;
      }
  return invalid (error, "source", _("where a date came from"));
}


static gboolean
read_event_ref (JsonObject      *object,
                DlEditEventRef  *ref,
                GError         **error)
{
  JsonObject *event = read_object (object, "event", error);
  const char *article, *title;

  if (event == NULL
      || !read_string (event, "article", TRUE, &article, error)
      || !read_span (event, &ref->start, &ref->end, error)
      || !read_string (event, "title", TRUE, &title, error))
    return FALSE;
  ref->article = g_strdup (article);
  ref->title = g_strdup (title);
  return TRUE;
}

static gboolean
read_actor_object (JsonObject      *actor,
                   DlEditActorRef  *ref,
                   GError         **error)
{
  const char *name;

  if (!read_string (actor, "name", FALSE, &name, error)
      || !read_kind (actor, "kind", &ref->kind, error))
    return FALSE;
  ref->name = g_strdup (name);
  return TRUE;
}

static gboolean
read_actor_ref (JsonObject      *object,
                const char      *member,
                DlEditActorRef  *ref,
                GError         **error)
{
  JsonObject *actor = read_object (object, member, error);

  return actor != NULL && read_actor_object (actor, ref, error);
}

static gboolean
read_actor_refs (JsonObject  *object,
                 DlEdit      *self,
                 GError     **error)
{
  JsonArray *actors = read_array (object, "actors", error);

  if (actors == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (actors); i++)
    {
      JsonNode *node = json_array_get_element (actors, i);
      DlEditActorRef ref = { NULL, DL_ACTOR_KIND_OTHER };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "actors", _("a list of actors"));
      if (!read_actor_object (json_node_get_object (node), &ref, error))
        return FALSE;
      g_array_append_val (self->actors, ref);
    }
  return TRUE;
}

static gboolean
read_when (JsonObject  *object,
           DlEdit      *self,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, "when");
  JsonObject *when;
  const char *value;
  gint64 start, end;
  DlCertainty certainty;

  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((when = read_object (object, "when", error)) == NULL
      || !read_string (when, "value", TRUE, &value, error)
      || !read_int64 (when, "start", G_MININT64, G_MAXINT64, &start, error)
      || !read_int64 (when, "end", start, G_MAXINT64, &end, error)
      || !read_certainty (when, &certainty, error))
    return FALSE;
  self->when = dl_date_span_new (value, start, end, certainty);
  return TRUE;
}

static gboolean
read_passage (JsonObject     *object,
              DlEditPassage  *passage,
              GError        **error)
{
  const char *article;

  if (!read_string (object, "article", FALSE, &article, error)
      || !read_span (object, &passage->start, &passage->end, error))
    return FALSE;
  passage->article = g_strdup (article);
  return TRUE;
}

static gboolean
read_mentions (JsonObject  *object,
               DlEdit      *self,
               GError     **error)
{
  JsonArray *mentions = read_array (object, "mentions", error);

  if (mentions == NULL)
    return FALSE;
  if (json_array_get_length (mentions) == 0)
    return invalid (error, "mentions", _("a list of mentions"));
  for (guint i = 0; i < json_array_get_length (mentions); i++)
    {
      JsonNode *node = json_array_get_element (mentions, i);
      DlEditPassage passage = { NULL, 0, 0 };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "mentions", _("a list of mentions"));
      if (!read_passage (json_node_get_object (node), &passage, error))
        return FALSE;
      g_array_append_val (self->mentions, passage);
    }
  return TRUE;
}

static gboolean
read_article_date (JsonObject  *object,
                   DlEdit      *self,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, "previous");
  JsonObject *previous;
  const char *article;

  if (!read_string (object, "article", FALSE, &article, error)
      || !read_date (object, "date", &self->date, error))
    return FALSE;
  self->passage.article = g_strdup (article);
  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((previous = read_object (object, "previous", error)) == NULL)
    return FALSE;
  return read_date (previous, "date", &self->previous_date, error)
         && read_dct_source (previous, &self->previous_source, error);
}

static gboolean
read_text (JsonObject  *object,
           const char  *member,
           DlEdit      *self,
           GError     **error)
{
  const char *text;

  if (!read_string (object, member, FALSE, &text, error))
    return FALSE;
  self->text = g_strdup (text);
  return TRUE;
}

static gboolean
read_members (JsonObject  *object,
              DlEdit      *self,
              GError     **error)
{
  switch (self->kind)
    {
    case DL_EDIT_ARTICLE_DATE:
      return read_article_date (object, self, error);
    case DL_EDIT_EVENT_DATE:
      return read_event_ref (object, &self->event, error) && read_when (object, self, error);
    case DL_EDIT_EVENT_TITLE:
      return read_event_ref (object, &self->event, error) && read_text (object, "title", self, error);
    case DL_EDIT_EVENT_ACTORS:
      return read_event_ref (object, &self->event, error) && read_actor_refs (object, self, error);
    case DL_EDIT_EVENT_HIDE:
    case DL_EDIT_EVENT_DELETE:
      return read_event_ref (object, &self->event, error);
    case DL_EDIT_EVENT_ADD:
      return read_passage (object, &self->passage, error)
             && read_text (object, "title", self, error)
             && read_when (object, self, error)
             && read_actor_refs (object, self, error);
    case DL_EDIT_ACTOR_RENAME:
      return read_actor_ref (object, "actor", &self->actor, error) && read_text (object, "name", self, error);
    case DL_EDIT_ACTOR_KIND:
      return read_actor_ref (object, "actor", &self->actor, error) && read_kind (object, "kind", &self->new_kind, error);
    case DL_EDIT_ACTOR_MERGE:
      return read_actor_ref (object, "actor", &self->actor, error)
             && read_actor_ref (object, "into", &self->into, error);
    case DL_EDIT_ACTOR_SPLIT:
    default:
      return read_actor_ref (object, "actor", &self->actor, error)
             && read_mentions (object, self, error)
             && read_text (object, "name", self, error);
    }
}

static gboolean
read_header (JsonObject  *object,
             DlEditKind  *kind,
             GError     **error)
{
  const char *name;
  gint64 version = EDIT_VERSION;

  if (json_object_has_member (object, "version")
      && !read_int64 (object, "version", 1, G_MAXINT64, &version, error))
    return FALSE;
  if (version > EDIT_VERSION)
    {
      g_set_error (error, DL_EDIT_ERROR, DL_EDIT_ERROR_INVALID,
                   _("Not a valid edit: made by a later version of Dateline"));
      return FALSE;
    }
  if (!read_string (object, "edit", FALSE, &name, error))
    return FALSE;
  if (!_dl_edit_kind_from_string (name, kind))
    {
      g_set_error (error, DL_EDIT_ERROR, DL_EDIT_ERROR_INVALID,
                   _("Not a valid edit: unknown kind “%s”"), name);
      return FALSE;
    }
  return TRUE;
}

/* json-glib reads "{...} {...}" without complaint; an edit is one
 * object, so the values opened at the top level are counted */
typedef struct
{
  guint depth;
  guint n_roots;
} Nesting;

static void
on_open (JsonParser *parser,
         gpointer    container,
         Nesting    *nesting)
{
  if (nesting->depth++ == 0)
    nesting->n_roots++;
}

static void
on_close (JsonParser *parser,
          gpointer    container,
          Nesting    *nesting)
{
  nesting->depth--;
}

static gboolean
parse (JsonParser  *parser,
       const char  *json,
       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  Nesting nesting = { 0, 0 };

  g_signal_connect (parser, "object-start", G_CALLBACK (on_open), &nesting);
  g_signal_connect (parser, "array-start", G_CALLBACK (on_open), &nesting);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_close), &nesting);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_close), &nesting);
  if (!json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, DL_EDIT_ERROR, DL_EDIT_ERROR_INVALID,
                   _("Not a valid edit: %s"), local_error->message);
      return FALSE;
    }
  if (nesting.n_roots > 1)
    {
      g_set_error (error, DL_EDIT_ERROR, DL_EDIT_ERROR_INVALID,
                   _("Not a valid edit: more than one object"));
      return FALSE;
    }
  return TRUE;
}

/**
 * dl_edit_new_from_json:
 * @json: one edit as dl_edit_to_json() wrote it
 *
 * Returns: (transfer full) (nullable): the edit, or %NULL with
 *   %DL_EDIT_ERROR_INVALID for anything else
 */
DlEdit *
dl_edit_new_from_json (const char  *json,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(DlEdit) self = NULL;
  JsonNode *root;
  DlEditKind kind;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!parse (parser, json, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, DL_EDIT_ERROR, DL_EDIT_ERROR_INVALID,
                   _("Not a valid edit: not a JSON object"));
      return NULL;
    }
  if (!read_header (json_node_get_object (root), &kind, error))
    return NULL;
  self = _dl_edit_new (kind);
  if (!read_members (json_node_get_object (root), self, error))
    return NULL;
  return g_steal_pointer (&self);
}
