/* dl-edit.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Making edits and describing them. An edit copies what it needs from
 * the objects it is made from (paths, offsets, names, titles) and keeps
 * no reference to them: the results it was made on are thrown away at
 * the next analysis, and an edit never changes once made, so it may be
 * read from any thread.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-edit-private.h"

G_DEFINE_FINAL_TYPE (DlEdit, dl_edit, G_TYPE_OBJECT)

G_DEFINE_QUARK (dl-edit-error-quark, dl_edit_error)

static const char *kind_names[] = {
  [DL_EDIT_ARTICLE_DATE] = "article-date",
  [DL_EDIT_EVENT_DATE] = "event-date",
  [DL_EDIT_EVENT_TITLE] = "event-title",
  [DL_EDIT_EVENT_ACTORS] = "event-actors",
  [DL_EDIT_EVENT_HIDE] = "event-hide",
  [DL_EDIT_EVENT_DELETE] = "event-delete",
  [DL_EDIT_EVENT_ADD] = "event-add",
  [DL_EDIT_ACTOR_RENAME] = "actor-rename",
  [DL_EDIT_ACTOR_KIND] = "actor-kind",
  [DL_EDIT_ACTOR_MERGE] = "actor-merge",
  [DL_EDIT_ACTOR_SPLIT] = "actor-split",
};

static void
clear_actor_ref (gpointer data)
{
  DlEditActorRef *ref = data;

  g_clear_pointer (&ref->name, g_free);
}

static void
clear_passage (gpointer data)
{
  DlEditPassage *passage = data;

  g_clear_pointer (&passage->article, g_free);
}

static void
dl_edit_finalize (GObject *object)
{
  DlEdit *self = (DlEdit *) object;

  g_free (self->event.article);
  g_free (self->event.title);
  clear_actor_ref (&self->actor);
  clear_actor_ref (&self->into);
  clear_passage (&self->passage);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->previous_date, g_date_time_unref);
  g_clear_pointer (&self->when, dl_date_span_unref);
  g_free (self->text);
  g_array_unref (self->actors);
  g_array_unref (self->mentions);

  G_OBJECT_CLASS (dl_edit_parent_class)->finalize (object);
}

static void
dl_edit_class_init (DlEditClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dl_edit_finalize;
}

static void
dl_edit_init (DlEdit *self)
{
  self->actors = g_array_new (FALSE, TRUE, sizeof (DlEditActorRef));
  g_array_set_clear_func (self->actors, clear_actor_ref);
  self->mentions = g_array_new (FALSE, TRUE, sizeof (DlEditPassage));
  g_array_set_clear_func (self->mentions, clear_passage);
  self->new_kind = DL_ACTOR_KIND_OTHER;
}

DlEdit *
_dl_edit_new (DlEditKind kind)
{
  DlEdit *self = g_object_new (DL_TYPE_EDIT, NULL);

  self->kind = kind;
  return self;
}

void
_dl_edit_add_actor_ref (DlEdit     *self,
                        const char *name,
                        DlActorKind kind)
{
  DlEditActorRef ref = { g_strdup (name), kind };

  g_array_append_val (self->actors, ref);
}

void
_dl_edit_add_mention_ref (DlEdit     *self,
                          const char *article,
                          guint       start,
                          guint       end)
{
  DlEditPassage passage = { g_strdup (article), start, end };

  g_array_append_val (self->mentions, passage);
}

const char *
_dl_edit_kind_to_string (DlEditKind kind)
{
  g_assert (kind < G_N_ELEMENTS (kind_names));
  return kind_names[kind];
}

gboolean
_dl_edit_kind_from_string (const char *string,
                           DlEditKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (kind_names[i], string) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/* An event is known again by the passage of its first source */
static DlEdit *
new_for_event (DlEditKind  kind,
               DlEvent    *event)
{
  DlEdit *self = _dl_edit_new (kind);
  GArray *sources = dl_event_get_sources (event);

  self->event.title = g_strdup (dl_event_get_title (event));
  if (sources->len > 0)
    {
      DlSource *first = &g_array_index (sources, DlSource, 0);

      self->event.article = g_strdup (dl_article_get_path (first->article));
      self->event.start = first->start;
      self->event.end = first->end;
    }
  return self;
}

static DlEdit *
new_for_actor (DlEditKind  kind,
               DlActor    *actor)
{
  DlEdit *self = _dl_edit_new (kind);

  self->actor.name = g_strdup (dl_actor_get_name (actor));
  self->actor.kind = dl_actor_get_kind (actor);
  return self;
}

static void
add_actor_refs (DlEdit    *self,
                GPtrArray *actors)
{
  for (guint i = 0; actors != NULL && i < actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (actors, i);

      _dl_edit_add_actor_ref (self, dl_actor_get_name (actor), dl_actor_get_kind (actor));
    }
}

/* A date the user gives is as sure as a date written in the text */
static DlDateSpan *
stated (DlDateSpan *when)
{
  return when != NULL ? dl_date_span_with_certainty (when, DL_CERTAINTY_STATED) : NULL;
}

/**
 * dl_edit_new_article_date:
 * @date: the article's own date
 *
 * The article's date as the user gives it. The date it replaces is
 * kept, for dl_edit_restore_article_date().
 */
DlEdit *
dl_edit_new_article_date (DlArticle *article,
                          GDateTime *date)
{
  DlEdit *self;
  GDateTime *previous;

  g_return_val_if_fail (DL_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  self = _dl_edit_new (DL_EDIT_ARTICLE_DATE);
  self->passage.article = g_strdup (dl_article_get_path (article));
  self->date = g_date_time_ref (date);
  previous = dl_article_get_dct (article);
  self->previous_date = previous != NULL ? g_date_time_ref (previous) : NULL;
  self->previous_source = previous != NULL ? dl_article_get_dct_source (article) : DL_DCT_SOURCE_NONE;
  return self;
}

/**
 * dl_edit_new_event_date:
 * @when: (nullable): when it happened; %NULL to leave it undated
 *
 * The date becomes a stated one, whatever certainty @when had.
 */
DlEdit *
dl_edit_new_event_date (DlEvent    *event,
                        DlDateSpan *when)
{
  DlEdit *self;

  g_return_val_if_fail (DL_IS_EVENT (event), NULL);

  self = new_for_event (DL_EDIT_EVENT_DATE, event);
  self->when = stated (when);
  return self;
}

DlEdit *
dl_edit_new_event_title (DlEvent    *event,
                         const char *title)
{
  DlEdit *self;

  g_return_val_if_fail (DL_IS_EVENT (event), NULL);
  g_return_val_if_fail (title != NULL && *title != '\0', NULL);

  self = new_for_event (DL_EDIT_EVENT_TITLE, event);
  self->text = g_strdup (title);
  return self;
}

/**
 * dl_edit_new_event_actors:
 * @actors: (element-type DlActor) (nullable): who took part, in order
 */
DlEdit *
dl_edit_new_event_actors (DlEvent   *event,
                          GPtrArray *actors)
{
  DlEdit *self;

  g_return_val_if_fail (DL_IS_EVENT (event), NULL);

  self = new_for_event (DL_EDIT_EVENT_ACTORS, event);
  add_actor_refs (self, actors);
  return self;
}

DlEdit *
dl_edit_new_event_hide (DlEvent *event)
{
  g_return_val_if_fail (DL_IS_EVENT (event), NULL);

  return new_for_event (DL_EDIT_EVENT_HIDE, event);
}

DlEdit *
dl_edit_new_event_delete (DlEvent *event)
{
  g_return_val_if_fail (DL_IS_EVENT (event), NULL);

  return new_for_event (DL_EDIT_EVENT_DELETE, event);
}

/**
 * dl_edit_new_event_add:
 * @start: first code point of the passage that tells the event
 * @end: code point after it
 * @when: (nullable): when it happened; %NULL for undated
 * @actors: (element-type DlActor) (nullable): who took part
 */
DlEdit *
dl_edit_new_event_add (DlArticle  *article,
                       guint       start,
                       guint       end,
                       const char *title,
                       DlDateSpan *when,
                       GPtrArray  *actors)
{
  DlEdit *self;

  g_return_val_if_fail (DL_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (start <= end && end <= dl_article_get_n_chars (article), NULL);
  g_return_val_if_fail (title != NULL && *title != '\0', NULL);

  self = _dl_edit_new (DL_EDIT_EVENT_ADD);
  self->passage.article = g_strdup (dl_article_get_path (article));
  self->passage.start = start;
  self->passage.end = end;
  self->text = g_strdup (title);
  self->when = stated (when);
  add_actor_refs (self, actors);
  return self;
}

DlEdit *
dl_edit_new_actor_rename (DlActor    *actor,
                          const char *name)
{
  DlEdit *self;

  g_return_val_if_fail (DL_IS_ACTOR (actor), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  self = new_for_actor (DL_EDIT_ACTOR_RENAME, actor);
  self->text = g_strdup (name);
  return self;
}

DlEdit *
dl_edit_new_actor_kind (DlActor     *actor,
                        DlActorKind  kind)
{
  DlEdit *self;

  g_return_val_if_fail (DL_IS_ACTOR (actor), NULL);
  g_return_val_if_fail (kind <= DL_ACTOR_KIND_OTHER, NULL);

  self = new_for_actor (DL_EDIT_ACTOR_KIND, actor);
  self->new_kind = kind;
  return self;
}

/**
 * dl_edit_new_actor_merge:
 * @actor: the actor that goes
 * @into: the actor that stays and takes its mentions and events
 */
DlEdit *
dl_edit_new_actor_merge (DlActor *actor,
                         DlActor *into)
{
  DlEdit *self;

  g_return_val_if_fail (DL_IS_ACTOR (actor), NULL);
  g_return_val_if_fail (DL_IS_ACTOR (into), NULL);
  g_return_val_if_fail (actor != into, NULL);

  self = new_for_actor (DL_EDIT_ACTOR_MERGE, actor);
  self->into.name = g_strdup (dl_actor_get_name (into));
  self->into.kind = dl_actor_get_kind (into);
  return self;
}

/**
 * dl_edit_new_actor_split:
 * @mentions: (element-type DlMention): the mentions of @actor that are
 *   another actor's
 * @name: that actor's name
 */
DlEdit *
dl_edit_new_actor_split (DlActor    *actor,
                         GArray     *mentions,
                         const char *name)
{
  DlEdit *self;

  g_return_val_if_fail (DL_IS_ACTOR (actor), NULL);
  g_return_val_if_fail (mentions != NULL && mentions->len > 0, NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  self = new_for_actor (DL_EDIT_ACTOR_SPLIT, actor);
  self->text = g_strdup (name);
  for (guint i = 0; i < mentions->len; i++)
    {
      DlMention *mention = &g_array_index (mentions, DlMention, i);

      _dl_edit_add_mention_ref (self, dl_article_get_path (mention->article),
                                mention->start, mention->end);
    }
  return self;
}

DlEditKind
dl_edit_get_kind (DlEdit *self)
{
  g_return_val_if_fail (DL_IS_EDIT (self), DL_EDIT_EVENT_TITLE);
  return self->kind;
}

/**
 * dl_edit_changes_article_dates:
 *
 * Returns: %TRUE for an edit that must be in place before analysis
 *   (an article's date), so that making or undoing it means analysing
 *   again rather than applying the edits again
 */
gboolean
dl_edit_changes_article_dates (DlEdit *self)
{
  g_return_val_if_fail (DL_IS_EDIT (self), FALSE);
  return self->kind == DL_EDIT_ARTICLE_DATE;
}

/**
 * dl_edit_restore_article_date:
 * @articles: (element-type DlArticle): the corpus's articles
 *
 * Undoes an article-date edit on the article itself: gives it back the
 * date it had when the edit was made. Does nothing for other edits.
 */
void
dl_edit_restore_article_date (DlEdit    *self,
                              GPtrArray *articles)
{
  g_return_if_fail (DL_IS_EDIT (self));
  g_return_if_fail (articles != NULL);

  if (self->kind != DL_EDIT_ARTICLE_DATE)
    return;
  for (guint i = 0; i < articles->len; i++)
    {
      DlArticle *article = g_ptr_array_index (articles, i);

      if (g_strcmp0 (dl_article_get_path (article), self->passage.article) == 0)
        dl_article_set_dct (article, self->previous_date, self->previous_source);
    }
}

static const char *
event_title (DlEdit *self)
{
  return self->event.title != NULL ? self->event.title : _("Untitled event");
}

static char *
describe_kind (DlEdit *self)
{
  const char *name = self->actor.name;

  switch (self->new_kind)
    {
    case DL_ACTOR_KIND_PERSON:
      return g_strdup_printf (_("Make “%s” a person"), name);
    case DL_ACTOR_KIND_ORGANIZATION:
      return g_strdup_printf (_("Make “%s” an organisation"), name);
    case DL_ACTOR_KIND_LOCATION:
      return g_strdup_printf (_("Make “%s” a place"), name);
    case DL_ACTOR_KIND_GROUP:
      return g_strdup_printf (_("Make “%s” a group"), name);
    case DL_ACTOR_KIND_OTHER:
    default:
      return g_strdup_printf (_("Make “%s” another kind of actor"), name);
    }
}

static char *
describe_dates (DlEdit *self)
{
  g_autofree char *date = NULL;
  g_autofree char *base = NULL;

  if (self->kind == DL_EDIT_ARTICLE_DATE)
    {
      base = g_path_get_basename (self->passage.article);
      /* TRANSLATORS: a full date, see g_date_time_format() */
      date = g_date_time_format (self->date, _("%-d %B %Y"));
      return g_strdup_printf (_("Set the date of “%s” to %s"), base, date);
    }
  if (self->when == NULL)
    return g_strdup_printf (_("Remove the date of “%s”"), event_title (self));
  date = dl_date_span_format (self->when);
  return g_strdup_printf (_("Set the date of “%s” to %s"), event_title (self), date);
}

/**
 * dl_edit_dup_description:
 *
 * Returns: (transfer full): a short sentence for menus and toasts,
 *   "Rename “Trump” to “Donald Trump”"
 */
char *
dl_edit_dup_description (DlEdit *self)
{
  g_return_val_if_fail (DL_IS_EDIT (self), NULL);

  switch (self->kind)
    {
    case DL_EDIT_ARTICLE_DATE:
    case DL_EDIT_EVENT_DATE:
      return describe_dates (self);
    case DL_EDIT_EVENT_TITLE:
      return g_strdup_printf (_("Retitle “%s” as “%s”"), event_title (self), self->text);
    case DL_EDIT_EVENT_ACTORS:
      return g_strdup_printf (_("Change who took part in “%s”"), event_title (self));
    case DL_EDIT_EVENT_HIDE:
      return g_strdup_printf (_("Hide “%s”"), event_title (self));
    case DL_EDIT_EVENT_DELETE:
      return g_strdup_printf (_("Delete “%s”"), event_title (self));
    case DL_EDIT_EVENT_ADD:
      return g_strdup_printf (_("Add “%s”"), self->text);
    case DL_EDIT_ACTOR_RENAME:
      return g_strdup_printf (_("Rename “%s” to “%s”"), self->actor.name, self->text);
    case DL_EDIT_ACTOR_KIND:
      return describe_kind (self);
    case DL_EDIT_ACTOR_MERGE:
      return g_strdup_printf (_("Merge “%s” into “%s”"), self->actor.name, self->into.name);
    case DL_EDIT_ACTOR_SPLIT:
    default:
      return g_strdup_printf (_("Split “%s” from “%s”"), self->text, self->actor.name);
    }
}
