/* dl-project-write.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a snapshot of the corpus into the tables of a new project,
 * one prepared statement per table, inside the save's one transaction.
 * Articles and actors are referred to by their position, which is also
 * the order the loader restores.
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-project-private.h"

typedef enum
{
  INSERT_ARTICLE,
  INSERT_ACTOR,
  INSERT_ALIAS,
  INSERT_ROLE,
  INSERT_MENTION,
  INSERT_EVENT,
  INSERT_EVENT_ACTOR,
  INSERT_SOURCE,
  INSERT_VIEW_STATE,
  INSERT_EDIT,
  N_INSERTS
} Insert;

static const char * const insert_sql[N_INSERTS] = {
  [INSERT_ARTICLE] = "INSERT INTO articles (pos, id, path, title, text, dct, dct_source)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
  [INSERT_ACTOR] = "INSERT INTO actors (pos, id, name, kind, n_events) VALUES (?, ?, ?, ?, ?)",
  [INSERT_ALIAS] = "INSERT INTO actor_aliases (actor, seq, alias) VALUES (?, ?, ?)",
  [INSERT_ROLE] = "INSERT INTO actor_roles (actor, seq, role) VALUES (?, ?, ?)",
  [INSERT_MENTION] = "INSERT INTO mentions (actor, seq, article, char_start, char_end)"
                     " VALUES (?, ?, ?, ?, ?)",
  [INSERT_EVENT] = "INSERT INTO events (pos, id, title, predicate, merge_reason,"
                   " when_value, when_start, when_end, when_certainty, hidden)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [INSERT_EVENT_ACTOR] = "INSERT INTO event_actors (event, seq, actor) VALUES (?, ?, ?)",
  [INSERT_SOURCE] = "INSERT INTO sources (event, seq, article, char_start, char_end, quote)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
  [INSERT_VIEW_STATE] = "INSERT INTO view_state (key, value) VALUES (?, ?)",
  [INSERT_EDIT] = "INSERT INTO edits (seq, data) VALUES (?, ?)",
};

typedef struct
{
  sqlite3 *db;
  sqlite3_stmt *inserts[N_INSERTS];
  GHashTable *article_positions;  /* DlArticle → position + 1 */
  GHashTable *actor_positions;    /* DlActor → position + 1 */
  GCancellable *cancellable;
} Writer;

static void
writer_clear (Writer *self)
{
  for (guint i = 0; i < N_INSERTS; i++)
    g_clear_pointer (&self->inserts[i], sqlite3_finalize);
  g_clear_pointer (&self->article_positions, g_hash_table_unref);
  g_clear_pointer (&self->actor_positions, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

static GHashTable *
index_positions (GPtrArray *objects)
{
  GHashTable *positions = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < objects->len; i++)
    g_hash_table_insert (positions, g_ptr_array_index (objects, i), GUINT_TO_POINTER (i + 1));
  return positions;
}

static gboolean
writer_prepare (Writer  *self,
                GError **error)
{
  for (guint i = 0; i < N_INSERTS; i++)
    {
      int rc = sqlite3_prepare_v3 (self->db, insert_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                                   &self->inserts[i], NULL);
      if (rc != SQLITE_OK)
        {
          _dl_project_set_sqlite_error (error, self->db, rc, DL_PROJECT_ERROR_FAILED);
          return FALSE;
        }
    }
  return TRUE;
}

/* Runs a bound insert and makes it ready for the next row */
static gboolean
run_insert (Writer   *self,
            Insert    insert,
            GError  **error)
{
  sqlite3_stmt *stmt = self->inserts[insert];
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _dl_project_set_sqlite_error (error, self->db, rc, DL_PROJECT_ERROR_FAILED);
  return FALSE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           column,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, column);
}

/* A reference to an article the corpus does not hold is kept as none */
static void
bind_position (sqlite3_stmt *stmt,
               int           column,
               GHashTable   *positions,
               gpointer      object)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, object));

  if (position > 0)
    sqlite3_bind_int64 (stmt, column, position - 1);
  else
    sqlite3_bind_null (stmt, column);
}

static gboolean
write_article (Writer     *self,
               guint       position,
               DlArticle  *article,
               GError    **error)
{
  sqlite3_stmt *stmt = self->inserts[INSERT_ARTICLE];
  GDateTime *dct = dl_article_get_dct (article);
  g_autofree char *dct_text = dct != NULL ? g_date_time_format_iso8601 (dct) : NULL;

  sqlite3_bind_int64 (stmt, 1, position);
  bind_text (stmt, 2, dl_article_get_id (article));
  bind_text (stmt, 3, dl_article_get_path (article));
  bind_text (stmt, 4, dl_article_get_title (article));
  sqlite3_bind_text64 (stmt, 5, dl_article_get_text (article), dl_article_get_text_length (article),
                       SQLITE_STATIC, SQLITE_UTF8);
  bind_text (stmt, 6, dct_text);
  bind_text (stmt, 7, dl_dct_source_to_string (dl_article_get_dct_source (article)));
  return run_insert (self, INSERT_ARTICLE, error);
}

/* Aliases and roles: an actor's list of strings, in order */
static gboolean
write_strings (Writer     *self,
               Insert      insert,
               guint       owner,
               GPtrArray  *strings,
               GError    **error)
{
  sqlite3_stmt *stmt = self->inserts[insert];

  for (guint i = 0; i < strings->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, owner);
      sqlite3_bind_int64 (stmt, 2, i);
      bind_text (stmt, 3, g_ptr_array_index (strings, i));
      if (!run_insert (self, insert, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_mentions (Writer    *self,
                guint      owner,
                GArray    *mentions,
                GError   **error)
{
  sqlite3_stmt *stmt = self->inserts[INSERT_MENTION];

  for (guint i = 0; i < mentions->len; i++)
    {
      const DlMention *mention = &g_array_index (mentions, DlMention, i);

      sqlite3_bind_int64 (stmt, 1, owner);
      sqlite3_bind_int64 (stmt, 2, i);
      bind_position (stmt, 3, self->article_positions, mention->article);
      sqlite3_bind_int64 (stmt, 4, mention->start);
      sqlite3_bind_int64 (stmt, 5, mention->end);
      if (!run_insert (self, INSERT_MENTION, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_actor (Writer    *self,
             guint      position,
             DlActor   *actor,
             GError   **error)
{
  sqlite3_stmt *stmt = self->inserts[INSERT_ACTOR];

  sqlite3_bind_int64 (stmt, 1, position);
  bind_text (stmt, 2, dl_actor_get_id (actor));
  bind_text (stmt, 3, dl_actor_get_name (actor));
  bind_text (stmt, 4, dl_actor_kind_to_string (dl_actor_get_kind (actor)));
  sqlite3_bind_int64 (stmt, 5, dl_actor_get_n_events (actor));
  return run_insert (self, INSERT_ACTOR, error) &&
         write_strings (self, INSERT_ALIAS, position, dl_actor_get_aliases (actor), error) &&
         write_strings (self, INSERT_ROLE, position, dl_actor_get_roles (actor), error) &&
         write_mentions (self, position, dl_actor_get_mentions (actor), error);
}

static void
bind_when (sqlite3_stmt *stmt,
           DlDateSpan   *when)
{
  if (when == NULL)
    {
      for (int column = 6; column <= 9; column++)
        sqlite3_bind_null (stmt, column);
      return;
    }
  bind_text (stmt, 6, dl_date_span_get_value (when));
  sqlite3_bind_int64 (stmt, 7, dl_date_span_get_start (when));
  sqlite3_bind_int64 (stmt, 8, dl_date_span_get_end (when));
  bind_text (stmt, 9, dl_certainty_to_string (dl_date_span_get_certainty (when)));
}

static gboolean
write_event_actors (Writer     *self,
                    guint       owner,
                    GPtrArray  *actors,
                    GError    **error)
{
  sqlite3_stmt *stmt = self->inserts[INSERT_EVENT_ACTOR];

  for (guint i = 0; i < actors->len; i++)
    {
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->actor_positions,
                                                              g_ptr_array_index (actors, i)));

      /* An actor the corpus does not hold could not be restored */
      if (position == 0)
        continue;
      sqlite3_bind_int64 (stmt, 1, owner);
      sqlite3_bind_int64 (stmt, 2, i);
      sqlite3_bind_int64 (stmt, 3, position - 1);
      if (!run_insert (self, INSERT_EVENT_ACTOR, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_sources (Writer    *self,
               guint      owner,
               GArray    *sources,
               GError   **error)
{
  sqlite3_stmt *stmt = self->inserts[INSERT_SOURCE];

  for (guint i = 0; i < sources->len; i++)
    {
      const DlSource *source = &g_array_index (sources, DlSource, i);

      sqlite3_bind_int64 (stmt, 1, owner);
      sqlite3_bind_int64 (stmt, 2, i);
      bind_position (stmt, 3, self->article_positions, source->article);
      sqlite3_bind_int64 (stmt, 4, source->start);
      sqlite3_bind_int64 (stmt, 5, source->end);
      bind_text (stmt, 6, source->quote);
      if (!run_insert (self, INSERT_SOURCE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_event (Writer    *self,
             guint      position,
             DlEvent   *event,
             GError   **error)
{
  sqlite3_stmt *stmt = self->inserts[INSERT_EVENT];

  sqlite3_bind_int64 (stmt, 1, position);
  bind_text (stmt, 2, dl_event_get_id (event));
  bind_text (stmt, 3, dl_event_get_title (event));
  bind_text (stmt, 4, dl_event_get_predicate (event));
  bind_text (stmt, 5, dl_event_get_merge_reason (event));
  bind_when (stmt, dl_event_get_when (event));
  sqlite3_bind_int (stmt, 10, dl_event_get_hidden (event));
  return run_insert (self, INSERT_EVENT, error) &&
         write_event_actors (self, position, dl_event_get_actors (event), error) &&
         write_sources (self, position, dl_event_get_sources (event), error);
}

static gboolean
write_view_state (Writer      *self,
                  GHashTable  *view_state,
                  GError     **error)
{
  sqlite3_stmt *stmt = self->inserts[INSERT_VIEW_STATE];
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, view_state);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      bind_text (stmt, 1, key);
      bind_text (stmt, 2, value != NULL ? value : "");
      if (!run_insert (self, INSERT_VIEW_STATE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_edits (Writer     *self,
             GPtrArray  *edits,
             GError    **error)
{
  sqlite3_stmt *stmt = self->inserts[INSERT_EDIT];

  for (guint i = 0; i < edits->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, i + 1);
      bind_text (stmt, 2, g_ptr_array_index (edits, i));
      if (!run_insert (self, INSERT_EDIT, error))
        return FALSE;
    }
  return TRUE;
}

/* The loop over one list of objects, checking for cancellation now and
 * then so that a save of a large corpus stops soon when asked */
typedef gboolean (*WriteObject) (Writer   *self,
                                 guint     position,
                                 gpointer  object,
                                 GError  **error);

static gboolean
write_all (Writer       *self,
           GPtrArray    *objects,
           WriteObject   write_object,
           GError      **error)
{
  for (guint i = 0; i < objects->len; i++)
    {
      if (i % 1024 == 0 && g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;
      if (!write_object (self, i, g_ptr_array_index (objects, i), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * _dl_project_write_tables:
 * @db: a database with the current schema, inside a transaction
 * @snapshot: what to write
 *
 * Returns: %TRUE if every row was written
 */
gboolean
_dl_project_write_tables (sqlite3            *db,
                          DlProjectSnapshot  *snapshot,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_auto(Writer) writer = { .db = db, .cancellable = cancellable };

  writer.article_positions = index_positions (snapshot->articles);
  writer.actor_positions = index_positions (snapshot->actors);

  return writer_prepare (&writer, error) &&
         write_all (&writer, snapshot->articles, (WriteObject) write_article, error) &&
         write_all (&writer, snapshot->actors, (WriteObject) write_actor, error) &&
         write_all (&writer, snapshot->events, (WriteObject) write_event, error) &&
         write_view_state (&writer, snapshot->view_state, error) &&
         write_edits (&writer, snapshot->edits, error);
}
