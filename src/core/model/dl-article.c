/* dl-article.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One loaded article: its plain text (immutable once made, so analysers
 * on worker threads may read it freely), its title and its own date.
 */
#include "config.h"

#include "dl-article.h"
#include "dl-model-enums.h"
#include "dl-text-offsets.h"

#include <string.h>

struct _DlArticle
{
  GObject parent_instance;

  char *id;
  char *path;
  char *display_name;
  char *title;
  char *text;
  gsize text_length;
  DlTextOffsets *offsets;
  GDateTime *dct;
  DlDctSource dct_source;
  guint n_events;
  guint n_actors;
  DlArticle *duplicate_of;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_PATH,
  PROP_TITLE,
  PROP_DCT,
  PROP_DCT_SOURCE,
  PROP_N_EVENTS,
  PROP_N_ACTORS,
  PROP_DUPLICATE_OF,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DlArticle, dl_article, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dl_article_finalize (GObject *object)
{
  DlArticle *self = (DlArticle *) object;

  g_clear_pointer (&self->offsets, dl_text_offsets_free);
  g_clear_pointer (&self->dct, g_date_time_unref);
  g_clear_object (&self->duplicate_of);
  g_free (self->id);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self->title);
  g_free (self->text);

  G_OBJECT_CLASS (dl_article_parent_class)->finalize (object);
}

static void
dl_article_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DlArticle *self = DL_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DCT:
      g_value_set_boxed (value, self->dct);
      break;
    case PROP_DCT_SOURCE:
      g_value_set_enum (value, self->dct_source);
      break;
    case PROP_N_EVENTS:
      g_value_set_uint (value, self->n_events);
      break;
    case PROP_N_ACTORS:
      g_value_set_uint (value, self->n_actors);
      break;
    case PROP_DUPLICATE_OF:
      g_value_set_object (value, self->duplicate_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_article_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DlArticle *self = DL_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      dl_article_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      dl_article_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_article_class_init (DlArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dl_article_finalize;
  object_class->get_property = dl_article_get_property;
  object_class->set_property = dl_article_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DCT] =
    g_param_spec_boxed ("dct", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DCT_SOURCE] =
    g_param_spec_enum ("dct-source", NULL, NULL, DL_TYPE_DCT_SOURCE, DL_DCT_SOURCE_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_EVENTS] =
    g_param_spec_uint ("n-events", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ACTORS] =
    g_param_spec_uint ("n-actors", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUPLICATE_OF] =
    g_param_spec_object ("duplicate-of", NULL, NULL, DL_TYPE_ARTICLE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dl_article_init (DlArticle *self)
{
}

/**
 * dl_article_new:
 * @path: (nullable): where the article was read from, as given
 * @title: (nullable): its title
 * @text: its plain text, valid UTF-8
 *
 * Returns: (transfer full): a new article
 */
DlArticle *
dl_article_new (const char *path,
                const char *title,
                const char *text)
{
  DlArticle *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  self = g_object_new (DL_TYPE_ARTICLE, NULL);
  self->path = g_strdup (path);
  self->display_name = path != NULL ? g_path_get_basename (path) : g_strdup ("-");
  self->title = g_strdup (title != NULL && *title != '\0' ? title : self->display_name);
  self->text = g_strdup (text);
  self->text_length = strlen (text);
  self->offsets = dl_text_offsets_new (self->text, self->text_length);
  return self;
}

const char *
dl_article_get_id (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);
  return self->id;
}

void
dl_article_set_id (DlArticle  *self,
                   const char *id)
{
  g_return_if_fail (DL_IS_ARTICLE (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
dl_article_get_path (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);
  return self->path;
}

/* The file's base name, for messages and the sidebar */
const char *
dl_article_get_display_name (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);
  return self->display_name;
}

const char *
dl_article_get_title (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);
  return self->title;
}

void
dl_article_set_title (DlArticle  *self,
                      const char *title)
{
  g_return_if_fail (DL_IS_ARTICLE (self));

  if (title == NULL || g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
dl_article_get_text (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);
  return self->text;
}

gsize
dl_article_get_text_length (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), 0);
  return self->text_length;
}

guint
dl_article_get_n_chars (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), 0);
  return dl_text_offsets_get_n_chars (self->offsets);
}

guint
dl_article_byte_to_char (DlArticle *self,
                         gsize      byte_offset)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), 0);
  return dl_text_offsets_byte_to_char (self->offsets, byte_offset);
}

gsize
dl_article_char_to_byte (DlArticle *self,
                         guint      char_offset)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), 0);
  return dl_text_offsets_char_to_byte (self->offsets, char_offset);
}

/**
 * dl_article_dup_slice:
 * @char_start: first code point
 * @char_end: code point after the last
 *
 * Returns: (transfer full): the text between the two code point offsets
 */
char *
dl_article_dup_slice (DlArticle *self,
                      guint      char_start,
                      guint      char_end)
{
  gsize from, to;

  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);

  from = dl_text_offsets_char_to_byte (self->offsets, char_start);
  to = dl_text_offsets_char_to_byte (self->offsets, MAX (char_start, char_end));
  return g_strndup (self->text + from, to - from);
}

/**
 * dl_article_get_dct:
 *
 * Returns: (transfer none) (nullable): the article's own date, in UTC
 */
GDateTime *
dl_article_get_dct (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);
  return self->dct;
}

DlDctSource
dl_article_get_dct_source (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), DL_DCT_SOURCE_NONE);
  return self->dct_source;
}

void
dl_article_set_dct (DlArticle   *self,
                    GDateTime   *dct,
                    DlDctSource  source)
{
  g_return_if_fail (DL_IS_ARTICLE (self));

  g_clear_pointer (&self->dct, g_date_time_unref);
  self->dct = dct != NULL ? g_date_time_to_utc (dct) : NULL;
  self->dct_source = dct != NULL ? source : DL_DCT_SOURCE_NONE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DCT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DCT_SOURCE]);
}

/**
 * dl_article_dup_dct_string:
 *
 * Returns: (transfer full) (nullable): the date as ISO 8601: a plain date
 *   when it has no time of day, a date-time otherwise
 */
char *
dl_article_dup_dct_string (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);

  if (self->dct == NULL)
    return NULL;
  if (g_date_time_get_hour (self->dct) == 0 && g_date_time_get_minute (self->dct) == 0 &&
      g_date_time_get_second (self->dct) == 0)
    return g_date_time_format (self->dct, "%Y-%m-%d");
  return g_date_time_format (self->dct, "%Y-%m-%dT%H:%M:%SZ");
}

guint
dl_article_get_n_events (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), 0);
  return self->n_events;
}

guint
dl_article_get_n_actors (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), 0);
  return self->n_actors;
}

void
dl_article_set_counts (DlArticle *self,
                       guint      n_events,
                       guint      n_actors)
{
  g_return_if_fail (DL_IS_ARTICLE (self));

  if (self->n_events != n_events)
    {
      self->n_events = n_events;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EVENTS]);
    }
  if (self->n_actors != n_actors)
    {
      self->n_actors = n_actors;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ACTORS]);
    }
}

/**
 * dl_article_get_duplicate_of:
 *
 * Returns: (transfer none) (nullable): the article this one repeats
 *   (the same text, or the same wire story from another site), which
 *   the analysis counts in its place
 */
DlArticle *
dl_article_get_duplicate_of (DlArticle *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);
  return self->duplicate_of;
}

/**
 * dl_article_set_duplicate_of:
 * @original: (nullable): the first copy, or %NULL when this is none
 */
void
dl_article_set_duplicate_of (DlArticle *self,
                             DlArticle *original)
{
  g_return_if_fail (DL_IS_ARTICLE (self));
  g_return_if_fail (original == NULL || DL_IS_ARTICLE (original));
  g_return_if_fail (original != self);

  /* The first copy of a story is the one kept: a chain ends there */
  while (original != NULL && original->duplicate_of != NULL)
    original = original->duplicate_of;
  if (original == self)
    return;
  if (g_set_object (&self->duplicate_of, original))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUPLICATE_OF]);
}

const char *
dl_dct_source_to_string (DlDctSource source)
{
  switch (source)
    {
    case DL_DCT_SOURCE_TEXT:
      return "text";
    case DL_DCT_SOURCE_META:
      return "meta";
    case DL_DCT_SOURCE_OPTION:
      return "option";
    case DL_DCT_SOURCE_INFERRED:
      return "inferred";
    case DL_DCT_SOURCE_FILE:
      return "file";
    case DL_DCT_SOURCE_NONE:
    default:
      return "none";
    }
}

/**
 * dl_article_get_url:
 *
 * An article read from the web keeps its address as its path.
 *
 * Returns: (nullable): that address, or %NULL for an article that is
 *   not from the web
 */
const char *
dl_article_get_url (DlArticle *self)
{
  g_autofree char *scheme = NULL;

  g_return_val_if_fail (DL_IS_ARTICLE (self), NULL);

  if (self->path == NULL)
    return NULL;
  scheme = g_uri_parse_scheme (self->path);
  if (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0)
    return self->path;
  return NULL;
}
