/* dl-project-read.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the tables of a project back into a new corpus. Nothing read
 * is trusted: a file may be damaged in ways SQLite's checks do not see,
 * or made by hand, so every string is checked to be UTF-8, every
 * reference to point at a row that exists and every span to lie inside
 * its article. Anything else is reported as damage, never a crash.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-model-enums.h"
#include "dl-project-private.h"

typedef struct
{
  sqlite3 *db;
  GCancellable *cancellable;
  GPtrArray *articles;      /* DlArticle, by position */
  GPtrArray *actors;        /* DlActor, by position */
  GPtrArray *events;        /* DlEvent, by position */
  GPtrArray *actor_names;   /* the saved names, by position */
  GPtrArray *actor_ids;     /* the saved ids, by position */
  GPtrArray *event_ids;
  GArray *actor_n_events;   /* guint, by position */
} Reader;

static void
reader_clear (Reader *self)
{
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->actor_names, g_ptr_array_unref);
  g_clear_pointer (&self->actor_ids, g_ptr_array_unref);
  g_clear_pointer (&self->event_ids, g_ptr_array_unref);
  g_clear_pointer (&self->actor_n_events, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

static gboolean
set_damaged (GError     **error,
             const char  *table)
{
  g_set_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_DAMAGED,
               _("the table “%s” holds a value that cannot be right"), table);
  return FALSE;
}

static sqlite3_stmt *
prepare (Reader      *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    return stmt;
  /* A missing table or column means another schema than it claims */
  _dl_project_set_sqlite_error (error, self->db, rc, DL_PROJECT_ERROR_DAMAGED);
  sqlite3_finalize (stmt);
  return NULL;
}

/* Steps to the next row: %TRUE with a row, %FALSE at the end or on an
 * error (then set) */
static gboolean
next_row (Reader        *self,
          sqlite3_stmt  *stmt,
          gboolean      *failed,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    {
      _dl_project_set_sqlite_error (error, self->db, rc, DL_PROJECT_ERROR_DAMAGED);
      *failed = TRUE;
    }
  return FALSE;
}

/* A text column: %NULL for SQL NULL; @valid is cleared if the value is
 * not UTF-8 without NULs, or NULL where @nullable is not set */
static const char *
column_text (sqlite3_stmt *stmt,
             int           column,
             gboolean      nullable,
             gboolean     *valid)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  int length = sqlite3_column_bytes (stmt, column);

  if (text == NULL)
    {
      if (!nullable)
        *valid = FALSE;
      return NULL;
    }
  if (!g_utf8_validate_len (text, length, NULL))
    *valid = FALSE;
  return text;
}

/* A non-negative integer column that fits in a guint */
static guint
column_uint (sqlite3_stmt *stmt,
             int           column,
             gboolean     *valid)
{
  sqlite3_int64 value = sqlite3_column_int64 (stmt, column);

  if (sqlite3_column_type (stmt, column) != SQLITE_INTEGER || value < 0 || value > G_MAXUINT)
    *valid = FALSE;
  return (guint) CLAMP (value, 0, G_MAXUINT);
}

/* A position in @objects, or %NULL for SQL NULL where allowed */
static gpointer
column_reference (sqlite3_stmt *stmt,
                  int           column,
                  GPtrArray    *objects,
                  gboolean      nullable,
                  gboolean     *valid)
{
  guint position;

  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    {
      if (!nullable)
        *valid = FALSE;
      return NULL;
    }
  position = column_uint (stmt, column, valid);
  if (position >= objects->len)
    {
      *valid = FALSE;
      return NULL;
    }
  return g_ptr_array_index (objects, position);
}

static gboolean
parse_nick (GType        enum_type,
            const char  *nick,
            int         *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *found = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (found == NULL)
    return FALSE;
  *value = found->value;
  return TRUE;
}

static GDateTime *
parse_dct (const char *text,
           gboolean   *valid)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *dct;

  if (text == NULL)
    return NULL;
  if ((dct = g_date_time_new_from_iso8601 (text, utc)) == NULL)
    *valid = FALSE;
  return dct;
}

/* A span of code points must lie inside the article it points into */
static gboolean
span_fits (DlArticle *article,
           guint      start,
           guint      end)
{
  return end >= start && (article == NULL || end <= dl_article_get_n_chars (article));
}

static DlArticle *
article_from_row (sqlite3_stmt *stmt,
                  guint         expected_position,
                  gboolean     *valid)
{
  const char *id = column_text (stmt, 1, FALSE, valid);
  const char *path = column_text (stmt, 2, TRUE, valid);
  const char *title = column_text (stmt, 3, FALSE, valid);
  const char *text = column_text (stmt, 4, FALSE, valid);
  g_autoptr(GDateTime) dct = parse_dct (column_text (stmt, 5, TRUE, valid), valid);
  int source = DL_DCT_SOURCE_NONE;
  DlArticle *article;

  if (column_uint (stmt, 0, valid) != expected_position ||
      !parse_nick (DL_TYPE_DCT_SOURCE, column_text (stmt, 6, FALSE, valid), &source))
    *valid = FALSE;
  if (!*valid)
    return NULL;

  article = dl_article_new (path, title, text);
  dl_article_set_id (article, id);
  if (dct != NULL)
    dl_article_set_dct (article, dct, source);
  return article;
}

static gboolean
read_articles (Reader  *self,
               GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean failed = FALSE;

  stmt = prepare (self, "SELECT pos, id, path, title, text, dct, dct_source"
                        " FROM articles ORDER BY pos", error);
  if (stmt == NULL)
    return FALSE;
  while (next_row (self, stmt, &failed, error))
    {
      gboolean valid = TRUE;
      DlArticle *article = article_from_row (stmt, self->articles->len, &valid);

      if (article == NULL)
        return set_damaged (error, "articles");
      g_ptr_array_add (self->articles, article);
      if (self->articles->len % 1024 == 0 &&
          g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;
    }
  return !failed;
}

/* The actor is first made under its first alias, so that adding the
 * others and then its name gives back its aliases in their order */
static gboolean
read_actors (Reader  *self,
             GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean failed = FALSE;

  stmt = prepare (self, "SELECT a.pos, a.id, a.name, a.kind, a.n_events,"
                        " (SELECT alias FROM actor_aliases WHERE actor = a.pos ORDER BY seq LIMIT 1)"
                        " FROM actors AS a ORDER BY a.pos", error);
  if (stmt == NULL)
    return FALSE;
  while (next_row (self, stmt, &failed, error))
    {
      gboolean valid = TRUE;
      const char *id = column_text (stmt, 1, TRUE, &valid);
      const char *name = column_text (stmt, 2, FALSE, &valid);
      const char *first_alias = column_text (stmt, 5, TRUE, &valid);
      guint n_events = column_uint (stmt, 4, &valid);
      int kind = DL_ACTOR_KIND_OTHER;

      if (column_uint (stmt, 0, &valid) != self->actors->len ||
          !parse_nick (DL_TYPE_ACTOR_KIND, column_text (stmt, 3, FALSE, &valid), &kind) || !valid)
        return set_damaged (error, "actors");
      g_ptr_array_add (self->actors, dl_actor_new (first_alias != NULL ? first_alias : name, kind));
      g_ptr_array_add (self->actor_names, g_strdup (name));
      g_ptr_array_add (self->actor_ids, g_strdup (id));
      g_array_append_val (self->actor_n_events, n_events);
    }
  return !failed;
}

typedef void (*AddString) (DlActor    *actor,
                           const char *text);

static gboolean
read_actor_strings (Reader      *self,
                    const char  *table,
                    const char  *sql,
                    AddString    add,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean failed = FALSE;

  if ((stmt = prepare (self, sql, error)) == NULL)
    return FALSE;
  while (next_row (self, stmt, &failed, error))
    {
      gboolean valid = TRUE;
      DlActor *actor = column_reference (stmt, 0, self->actors, FALSE, &valid);
      const char *text = column_text (stmt, 1, FALSE, &valid);

      if (!valid)
        return set_damaged (error, table);
      add (actor, text);
    }
  return !failed;
}

static gboolean
read_mentions (Reader  *self,
               GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean failed = FALSE;

  stmt = prepare (self, "SELECT actor, article, char_start, char_end FROM mentions"
                        " ORDER BY actor, seq", error);
  if (stmt == NULL)
    return FALSE;
  while (next_row (self, stmt, &failed, error))
    {
      gboolean valid = TRUE;
      DlActor *actor = column_reference (stmt, 0, self->actors, FALSE, &valid);
      DlArticle *article = column_reference (stmt, 1, self->articles, TRUE, &valid);
      guint start = column_uint (stmt, 2, &valid);
      guint end = column_uint (stmt, 3, &valid);

      if (!valid || !span_fits (article, start, end))
        return set_damaged (error, "mentions");
      dl_actor_add_mention (actor, article, start, end);
    }
  return !failed;
}

static DlDateSpan *
when_from_row (sqlite3_stmt *stmt,
               int           column,
               gboolean     *valid)
{
  const char *value = column_text (stmt, column, TRUE, valid);
  sqlite3_int64 start = sqlite3_column_int64 (stmt, column + 1);
  sqlite3_int64 end = sqlite3_column_int64 (stmt, column + 2);
  int certainty = DL_CERTAINTY_UNKNOWN;

  if (sqlite3_column_type (stmt, column + 1) == SQLITE_NULL)
    return NULL;
  if (sqlite3_column_type (stmt, column + 1) != SQLITE_INTEGER ||
      sqlite3_column_type (stmt, column + 2) != SQLITE_INTEGER || end < start ||
      !parse_nick (DL_TYPE_CERTAINTY, column_text (stmt, column + 3, FALSE, valid), &certainty))
    {
      *valid = FALSE;
      return NULL;
    }
  return dl_date_span_new (value, start, end, certainty);
}

static gboolean
read_events (Reader  *self,
             GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean failed = FALSE;

  stmt = prepare (self, "SELECT pos, id, title, predicate, merge_reason,"
                        " when_value, when_start, when_end, when_certainty, hidden"
                        " FROM events ORDER BY pos", error);
  if (stmt == NULL)
    return FALSE;
  while (next_row (self, stmt, &failed, error))
    {
      gboolean valid = TRUE;
      const char *id = column_text (stmt, 1, TRUE, &valid);
      const char *title = column_text (stmt, 2, TRUE, &valid);
      const char *predicate = column_text (stmt, 3, TRUE, &valid);
      const char *merge_reason = column_text (stmt, 4, TRUE, &valid);
      g_autoptr(DlDateSpan) when = when_from_row (stmt, 5, &valid);
      guint hidden = column_uint (stmt, 9, &valid);
      DlEvent *event;

      if (column_uint (stmt, 0, &valid) != self->events->len || hidden > 1 || !valid)
        return set_damaged (error, "events");
      event = dl_event_new (title);
      dl_event_set_hidden (event, hidden);
      dl_event_set_predicate (event, predicate);
      dl_event_set_merge_reason (event, merge_reason);
      dl_event_set_when (event, when);
      g_ptr_array_add (self->events, event);
      g_ptr_array_add (self->event_ids, g_strdup (id));
    }
  return !failed;
}

static gboolean
read_event_actors (Reader  *self,
                   GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean failed = FALSE;

  stmt = prepare (self, "SELECT event, actor FROM event_actors ORDER BY event, seq", error);
  if (stmt == NULL)
    return FALSE;
  while (next_row (self, stmt, &failed, error))
    {
      gboolean valid = TRUE;
      DlEvent *event = column_reference (stmt, 0, self->events, FALSE, &valid);
      DlActor *actor = column_reference (stmt, 1, self->actors, FALSE, &valid);

      if (!valid)
        return set_damaged (error, "event_actors");
      dl_event_add_actor (event, actor);
    }
  return !failed;
}

static gboolean
read_sources (Reader  *self,
              GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean failed = FALSE;

  stmt = prepare (self, "SELECT event, article, char_start, char_end, quote FROM sources"
                        " ORDER BY event, seq", error);
  if (stmt == NULL)
    return FALSE;
  while (next_row (self, stmt, &failed, error))
    {
      gboolean valid = TRUE;
      DlEvent *event = column_reference (stmt, 0, self->events, FALSE, &valid);
      DlArticle *article = column_reference (stmt, 1, self->articles, TRUE, &valid);
      guint start = column_uint (stmt, 2, &valid);
      guint end = column_uint (stmt, 3, &valid);
      const char *quote = column_text (stmt, 4, TRUE, &valid);

      if (!valid || !span_fits (article, start, end))
        return set_damaged (error, "sources");
      dl_event_add_source (event, article, start, end, quote);
    }
  return !failed;
}

static GHashTable *
read_view_state (Reader  *self,
                 GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) view_state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean failed = FALSE;

  if ((stmt = prepare (self, "SELECT key, value FROM view_state", error)) == NULL)
    return NULL;
  while (next_row (self, stmt, &failed, error))
    {
      gboolean valid = TRUE;
      const char *key = column_text (stmt, 0, FALSE, &valid);
      const char *value = column_text (stmt, 1, FALSE, &valid);

      if (!valid)
        {
          set_damaged (error, "view_state");
          return NULL;
        }
      g_hash_table_insert (view_state, g_strdup (key), g_strdup (value));
    }
  return failed ? NULL : g_steal_pointer (&view_state);
}

static GPtrArray *
read_edits (Reader  *self,
            GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func (g_free);
  gboolean failed = FALSE;

  if ((stmt = prepare (self, "SELECT data FROM edits ORDER BY seq", error)) == NULL)
    return NULL;
  while (next_row (self, stmt, &failed, error))
    {
      gboolean valid = TRUE;
      const char *data = column_text (stmt, 0, FALSE, &valid);

      if (!valid)
        {
          set_damaged (error, "edits");
          return NULL;
        }
      g_ptr_array_add (edits, g_strdup (data));
    }
  return failed ? NULL : g_steal_pointer (&edits);
}

/* The corpus sorts the arrays it is given; ours keep the saved order */
static GPtrArray *
copy_refs (GPtrArray *objects)
{
  GPtrArray *copy = g_ptr_array_new_full (objects->len, g_object_unref);

  for (guint i = 0; i < objects->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (objects, i)));
  return copy;
}

/* dl_corpus_set_analysis() sorts, numbers and counts as it always does;
 * the saved order was its own, and its sorts are stable, so the ids it
 * gives are the saved ones. Whatever differs (a project whose analysis
 * was edited) is put back as saved. */
static DlCorpus *
build_corpus (Reader *self)
{
  DlCorpus *corpus = dl_corpus_new ();
  g_autoptr(GPtrArray) actors = copy_refs (self->actors);
  g_autoptr(GPtrArray) events = copy_refs (self->events);

  for (guint i = 0; i < self->articles->len; i++)
    {
      DlArticle *article = g_ptr_array_index (self->articles, i);
      g_autofree char *id = g_strdup (dl_article_get_id (article));

      dl_corpus_add_article (corpus, article);
      dl_article_set_id (article, id);
    }
  dl_corpus_set_analysis (corpus, actors, events);
  for (guint i = 0; i < self->actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (self->actors, i);

      dl_actor_set_id (actor, g_ptr_array_index (self->actor_ids, i));
      dl_actor_set_n_events (actor, g_array_index (self->actor_n_events, guint, i));
    }
  for (guint i = 0; i < self->events->len; i++)
    dl_event_set_id (g_ptr_array_index (self->events, i), g_ptr_array_index (self->event_ids, i));
  return corpus;
}

static void
add_alias (DlActor    *actor,
           const char *alias)
{
  dl_actor_add_alias (actor, alias);
}

static void
add_role (DlActor    *actor,
          const char *role)
{
  dl_actor_add_role (actor, role);
}

/* Names come after the aliases: dl_actor_set_name() adds the name to
 * the aliases only when it is not one already */
static void
restore_actor_names (Reader *self)
{
  for (guint i = 0; i < self->actors->len; i++)
    dl_actor_set_name (g_ptr_array_index (self->actors, i), g_ptr_array_index (self->actor_names, i));
}

/**
 * _dl_project_read_tables:
 * @db: a project with the current schema
 *
 * Returns: (transfer full) (nullable): a new corpus with the project's
 *   articles and analysis, and its view state and edits
 */
DlProjectContents *
_dl_project_read_tables (sqlite3       *db,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_auto(Reader) reader = { .db = db, .cancellable = cancellable };
  g_autoptr(DlProjectContents) contents = g_new0 (DlProjectContents, 1);

  reader.articles = g_ptr_array_new_with_free_func (g_object_unref);
  reader.actors = g_ptr_array_new_with_free_func (g_object_unref);
  reader.events = g_ptr_array_new_with_free_func (g_object_unref);
  reader.actor_names = g_ptr_array_new_with_free_func (g_free);
  reader.actor_ids = g_ptr_array_new_with_free_func (g_free);
  reader.event_ids = g_ptr_array_new_with_free_func (g_free);
  reader.actor_n_events = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!read_articles (&reader, error) ||
      !read_actors (&reader, error) ||
      !read_actor_strings (&reader, "actor_aliases", "SELECT actor, alias FROM actor_aliases"
                           " ORDER BY actor, seq", add_alias, error) ||
      !read_actor_strings (&reader, "actor_roles", "SELECT actor, role FROM actor_roles"
                           " ORDER BY actor, seq", add_role, error) ||
      !read_mentions (&reader, error) ||
      !read_events (&reader, error) ||
      !read_event_actors (&reader, error) ||
      !read_sources (&reader, error) ||
      (contents->view_state = read_view_state (&reader, error)) == NULL ||
      (contents->edits = read_edits (&reader, error)) == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  restore_actor_names (&reader);
  contents->corpus = build_corpus (&reader);
  return g_steal_pointer (&contents);
}
