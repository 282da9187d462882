/* dl-import-html-meta.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "dl-import-private.h"

/* A site name after the headline is short; longer, it is headline */
#define MAX_SITE_SUFFIX_CHARS 40
/* JSON nested deeper than this is not article metadata, and the JSON
 * parser recurses */
#define MAX_JSON_DEPTH 64
/* An element that gives a date in its text holds no more than this */
#define MAX_DATE_TEXT 200
#define MAX_DATE_NODES 32

/* Meta names for the publication date, most specific first */
static const char * const meta_date_keys[] = {
  "article:published_time", "og:published_time", "datepublished", "date",
  "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "pubdate",
  "publishdate", "publish-date", "sailthru.date", "parsely-pub-date",
  NULL
};

static const char * const title_separators[] = {
  " | ", " - ", " – ", " — ", " :: ", " · ",
  NULL
};

typedef struct
{
  GDateTime *meta;
  guint meta_rank;
  GDateTime *json_ld;
  GDateTime *itemprop;
  GDateTime *time;
} DateCandidates;

gboolean
_dl_import_node_is (xmlNode    *node,
                    const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE
         && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

char *
_dl_import_node_attr (xmlNode    *node,
                      const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* Pre-order walk without recursion, so that deep pages cannot exhaust
 * the stack */
xmlNode *
_dl_import_next_node (xmlNode *node,
                      xmlNode *top)
{
  if (node->children != NULL)
    return node->children;
  while (node != NULL && node != top)
    {
      if (node->next != NULL)
        return node->next;
      node = node->parent;
    }
  return NULL;
}

/**
 * _dl_import_collapse_spaces:
 *
 * Returns: (transfer full): @text trimmed, each run of white space
 *   turned into one space
 */
char *
_dl_import_collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text;

  if (content == NULL)
    return g_strdup ("");
  text = g_utf8_validate ((const char *) content, -1, NULL)
         ? _dl_import_collapse_spaces ((const char *) content) : g_strdup ("");
  xmlFree (content);
  return text;
}

static gboolean
meta_has_key (xmlNode    *node,
              const char *key)
{
  static const char * const attrs[] = { "property", "name", "itemprop" };

  for (guint i = 0; i < G_N_ELEMENTS (attrs); i++)
    {
      g_autofree char *value = _dl_import_node_attr (node, attrs[i]);

      if (value != NULL && g_ascii_strcasecmp (g_strstrip (value), key) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_ancestor (xmlNode    *node,
              const char *name)
{
  for (xmlNode *up = node->parent; up != NULL; up = up->parent)
    if (_dl_import_node_is (up, name))
      return TRUE;
  return FALSE;
}

/* "Headline | Site", "Headline - Site": drop the last short part */
static void
strip_site_suffix (char *title)
{
  char *cut = NULL;
  gsize cut_length = 0;

  for (guint i = 0; title_separators[i] != NULL; i++)
    {
      char *found = g_strrstr (title, title_separators[i]);

      if (found != NULL && found > title && (cut == NULL || found > cut))
        {
          cut = found;
          cut_length = strlen (title_separators[i]);
        }
    }
  if (cut == NULL)
    return;
  if (g_utf8_strlen (cut + cut_length, -1) <= MAX_SITE_SUFFIX_CHARS
      && cut - title >= (gssize) strlen (cut + cut_length))
    *cut = '\0';
}

static void
take_if_unset (char **slot,
               char  *value)
{
  if (*slot == NULL && value != NULL && *value != '\0')
    *slot = value;
  else
    g_free (value);
}

static char *
meta_content (xmlNode *node)
{
  g_autofree char *content = _dl_import_node_attr (node, "content");

  return content != NULL ? _dl_import_collapse_spaces (content) : NULL;
}

/**
 * _dl_import_html_title:
 *
 * og:title, else the <title> without the site name, else the first
 * <h1>.
 *
 * Returns: (transfer full) (nullable): the page's title
 */
char *
_dl_import_html_title (htmlDocPtr doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *og = NULL;
  g_autofree char *twitter = NULL;
  g_autofree char *title = NULL;
  g_autofree char *h1 = NULL;

  for (xmlNode *node = root; node != NULL; node = _dl_import_next_node (node, root))
    {
      if (_dl_import_node_is (node, "meta") && meta_has_key (node, "og:title"))
        take_if_unset (&og, meta_content (node));
      else if (_dl_import_node_is (node, "meta") && meta_has_key (node, "twitter:title"))
        take_if_unset (&twitter, meta_content (node));
      /* Each text once: headings nested in headings would cost the
       * page's length each */
      else if (title == NULL && _dl_import_node_is (node, "title") && has_ancestor (node, "head"))
        take_if_unset (&title, node_text (node));
      else if (h1 == NULL && _dl_import_node_is (node, "h1"))
        take_if_unset (&h1, node_text (node));
    }

  if (og != NULL)
    return g_steal_pointer (&og);
  if (twitter != NULL)
    return g_steal_pointer (&twitter);
  if (title != NULL)
    {
      strip_site_suffix (title);
      return g_steal_pointer (&title);
    }
  return g_steal_pointer (&h1);
}

static gboolean
parse_ymd (const char *s,
           int        *year,
           int        *month,
           int        *day)
{
  for (guint i = 0; i < 10; i++)
    {
      gboolean separator = i == 4 || i == 7;

      if (separator ? (s[i] != '-' && s[i] != '/') : !g_ascii_isdigit (s[i]))
        return FALSE;
    }
  *year = atoi (s);
  *month = atoi (s + 5);
  *day = atoi (s + 8);
  return g_date_valid_dmy (*day, *month, *year);
}

/**
 * _dl_import_parse_date:
 * @value: an ISO 8601 date or date-time
 *
 * A date-time without a zone, and a bare date (at midnight), are taken
 * as UTC. A date-time the parser rejects keeps at least its date.
 *
 * Returns: (transfer full) (nullable): the date-time
 */
GDateTime *
_dl_import_parse_date (const char *value)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autofree char *s = NULL;
  GDateTime *parsed;
  int year, month, day;

  if (value == NULL)
    return NULL;
  s = g_strstrip (g_strdup (value));
  if (strlen (s) < 10 || !parse_ymd (s, &year, &month, &day) || year < 1000)
    return NULL;
  if (s[10] == ' ' || s[10] == 't')
    s[10] = 'T';
  s[4] = s[7] = '-';

  /* "2017-07-07T10:00" is common in pages, but the parser wants seconds */
  if (s[10] == 'T' && strlen (s) >= 16 && s[13] == ':' && s[16] != ':')
    {
      g_autofree char *minutes = g_strndup (s, 16);
      char *seconds = g_strconcat (minutes, ":00", s + 16, NULL);

      g_free (s);
      s = seconds;
    }

  utc = g_time_zone_new_utc ();
  parsed = s[10] == 'T' ? g_date_time_new_from_iso8601 (s, utc) : NULL;
  if (parsed == NULL)
    parsed = g_date_time_new_utc (year, month, day, 0, 0, 0);
  return parsed;
}

/* The value of the four hex digits after "\u", or -1 */
static int
unicode_escape_at (const char *p)
{
  int value = 0;

  if (p[0] != '\\' || p[1] != 'u')
    return -1;
  for (guint i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* How many bytes the escape at @p takes, or 0 when json-glib (1.6)
 * would leak the string it was reading: a surrogate followed by an
 * escape that does not pair with it */
static guint
escape_length (const char *p)
{
  int first = unicode_escape_at (p);
  int second;

  if (first < 0)
    return p[1] != '\0' ? 2 : 1;
  if (first < 0xd800 || first > 0xdfff || p[6] != '\\' || p[7] != 'u')
    return 6;
  second = unicode_escape_at (p + 6);
  if (first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff)
    return 12;
  return 0;
}

/**
 * _dl_import_json_is_safe:
 *
 * Whether the JSON parser may be given @text: it recurses, so absurd
 * nesting is refused before it sees it, and so is what it would leak
 * on (json-glib 1.6 leaks a value followed by an object or an array,
 * and a broken surrogate pair). The parser still decides whether the
 * text is valid.
 */
gboolean
_dl_import_json_is_safe (const char *text)
{
  gboolean in_string = FALSE;
  gboolean has_value = FALSE;
  guint depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!in_string && depth == 0 && !g_ascii_isspace (*p))
        {
          if (has_value && (*p == '{' || *p == '['))
            return FALSE;
          has_value = TRUE;
        }
      if (in_string && *p == '\\')
        {
          guint length = escape_length (p);

          if (length == 0)
            return FALSE;
          p += length - 1;
        }
      else if (*p == '"')
        in_string = !in_string;
      else if (!in_string && (*p == '[' || *p == '{') && ++depth > MAX_JSON_DEPTH)
        return FALSE;
      else if (!in_string && (*p == ']' || *p == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

static GDateTime *
date_from_json_node (JsonNode *node,
                     guint     depth)
{
  JsonObject *object;
  JsonNode *member;

  if (node == NULL || depth > MAX_JSON_DEPTH)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          GDateTime *found = date_from_json_node (json_array_get_element (array, i), depth + 1);

          if (found != NULL)
            return found;
        }
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  member = json_object_get_member (object, "datePublished");
  if (member != NULL && json_node_get_value_type (member) == G_TYPE_STRING)
    return _dl_import_parse_date (json_node_get_string (member));
  return date_from_json_node (json_object_get_member (object, "@graph"), depth + 1);
}

static GDateTime *
date_from_json_ld (xmlNode *script)
{
  g_autofree char *type = _dl_import_node_attr (script, "type");
  g_autoptr(JsonParser) parser = NULL;
  xmlChar *content;
  GDateTime *found = NULL;

  if (type == NULL || g_ascii_strcasecmp (g_strstrip (type), "application/ld+json") != 0)
    return NULL;
  content = xmlNodeGetContent (script);
  if (content == NULL)
    return NULL;
  parser = json_parser_new ();
  if (_dl_import_json_is_safe ((const char *) content)
      && json_parser_load_from_data (parser, (const char *) content, -1, NULL))
    found = date_from_json_node (json_parser_get_root (parser), 0);
  xmlFree (content);
  return found;
}

static void
consider_meta (DateCandidates *found,
               xmlNode        *node)
{
  for (guint rank = 0; meta_date_keys[rank] != NULL && rank < found->meta_rank; rank++)
    {
      g_autofree char *content = NULL;
      GDateTime *parsed;

      if (!meta_has_key (node, meta_date_keys[rank]))
        continue;
      content = _dl_import_node_attr (node, "content");
      if ((parsed = _dl_import_parse_date (content)) == NULL)
        continue;
      g_clear_pointer (&found->meta, g_date_time_unref);
      found->meta = parsed;
      found->meta_rank = rank;
      return;
    }
}

/* The text of a small element, or NULL: a date is a few words, and an
 * element holding more is not one (the whole page, when such elements
 * nest, would otherwise be read once for each) */
static char *
short_node_text (xmlNode *node)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_nodes = 0;

  for (xmlNode *n = node; n != NULL; n = _dl_import_next_node (n, node))
    {
      if (++n_nodes > MAX_DATE_NODES)
        return NULL;
      if (n->type == XML_TEXT_NODE && n->content != NULL)
        g_string_append (text, (const char *) n->content);
      if (text->len > MAX_DATE_TEXT)
        return NULL;
    }
  if (!g_utf8_validate (text->str, text->len, NULL))
    return NULL;
  return _dl_import_collapse_spaces (text->str);
}

/* <span itemprop="datePublished" content="..."> or <time itemprop=...> */
static GDateTime *
date_from_itemprop (xmlNode *node)
{
  g_autofree char *itemprop = _dl_import_node_attr (node, "itemprop");
  g_autofree char *value = NULL;

  if (itemprop == NULL || g_ascii_strcasecmp (g_strstrip (itemprop), "datePublished") != 0)
    return NULL;
  value = _dl_import_node_attr (node, "content");
  if (value == NULL)
    value = _dl_import_node_attr (node, "datetime");
  if (value == NULL)
    value = short_node_text (node);
  return _dl_import_parse_date (value);
}

/* A <time> in the article or its header dates the article; one in a
 * sidebar or a comment does not */
static GDateTime *
date_from_time (xmlNode *node)
{
  g_autofree char *datetime = NULL;

  if (!_dl_import_node_is (node, "time"))
    return NULL;
  if (xmlHasProp (node, (const xmlChar *) "pubdate") == NULL
      && !has_ancestor (node, "article") && !has_ancestor (node, "header"))
    return NULL;
  datetime = _dl_import_node_attr (node, "datetime");
  return _dl_import_parse_date (datetime);
}

static void
consider_node (DateCandidates *found,
               xmlNode        *node)
{
  if (_dl_import_node_is (node, "meta"))
    consider_meta (found, node);
  else if (found->json_ld == NULL && _dl_import_node_is (node, "script"))
    found->json_ld = date_from_json_ld (node);
  if (found->itemprop == NULL && !_dl_import_node_is (node, "meta"))
    found->itemprop = date_from_itemprop (node);
  if (found->time == NULL)
    found->time = date_from_time (node);
}

/**
 * _dl_import_html_date:
 *
 * The publication date the page gives: meta tags, then JSON-LD, then
 * itemprop="datePublished", then a <time> in the article.
 *
 * Returns: (transfer full) (nullable): the date
 */
GDateTime *
_dl_import_html_date (htmlDocPtr doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  DateCandidates found = { NULL, G_MAXUINT, NULL, NULL, NULL };
  GDateTime *best;

  for (xmlNode *node = root; node != NULL; node = _dl_import_next_node (node, root))
    if (node->type == XML_ELEMENT_NODE)
      consider_node (&found, node);

  best = found.meta != NULL ? found.meta
         : found.json_ld != NULL ? found.json_ld
         : found.itemprop != NULL ? found.itemprop
         : found.time;
  best = best != NULL ? g_date_time_ref (best) : NULL;
  g_clear_pointer (&found.meta, g_date_time_unref);
  g_clear_pointer (&found.json_ld, g_date_time_unref);
  g_clear_pointer (&found.itemprop, g_date_time_unref);
  g_clear_pointer (&found.time, g_date_time_unref);
  return best;
}
