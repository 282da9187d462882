/* dl-import-html.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dl-import-private.h"

/* Where a page says what it is and how it is encoded */
#define SNIFF_LENGTH 4096
/* Deeper nesting than this is not prose; it is skipped rather than
 * risking the stack */
#define MAX_DEPTH 512
/* libxml2 stops building the tree this deep (without HTML_PARSE_HUGE,
 * which would let a page nest as deep as its size allows) */
#define MAX_PARSED_DEPTH 256
/* When the noise filter leaves less than this, it probably removed a
 * wrapper of the whole page (class="has-sidebar") */
#define MIN_FILTERED_BYTES 100

#define PARSE_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING \
                       | HTML_PARSE_NONET)

static const char * const skipped_elements[] = {
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
  "form", "button", "iframe", "svg", "figcaption", "select", "textarea", "object",
  "embed", "canvas", "video", "audio", "map", "dialog", "menu", "head", "math",
  NULL
};

static const char * const block_elements[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "br",
  "address", "article", "main", "section", "ul", "ol", "dl", "dt", "dd", "pre",
  "table", "tr", "caption", "hr", "figure", "details", "summary", "center",
  "hgroup", "fieldset", "body",
  NULL
};

/* Word starts in class and id values that mark page furniture */
static const char * const noise_words[] = {
  "comment", "share", "sharing", "social", "nav", "menu", "footer", "sidebar",
  "related", "advert", "promo", "newsletter", "cookie", "breadcrumb", "popup",
  "modal", "subscribe",
  NULL
};

static const char * const noise_roles[] = {
  "navigation", "complementary", "banner", "contentinfo", "search", "dialog",
  "menu", "menubar",
  NULL
};

/* Structure that no class name can turn into noise */
static const char * const structural_elements[] = {
  "html", "body", "article", "main",
  NULL
};

typedef struct
{
  GString *out;
  gboolean use_class_filter;
  gboolean pending_space;
  gboolean pending_line;
  gboolean pending_break;
  guint pre_depth;
} TextSink;

static gboolean
node_in_list (xmlNode            *node,
              const char * const *names)
{
  return node->type == XML_ELEMENT_NODE
         && g_strv_contains (names, (const char *) node->name);
}

static gboolean
is_noise_word (const char *word)
{
  if (g_str_equal (word, "ad") || g_str_equal (word, "ads"))
    return TRUE;
  if (g_str_has_prefix (word, "commentary"))
    return FALSE;
  for (guint i = 0; noise_words[i] != NULL; i++)
    if (g_str_has_prefix (word, noise_words[i]))
      return TRUE;
  return FALSE;
}

/* "article-comments", "shareBar", "nav_main": split on anything that is
 * not a letter or digit, then look at the start of each word */
static gboolean
is_noise_value (const char *value)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;

  if (value == NULL)
    return FALSE;
  lower = g_ascii_strdown (value, -1);
  g_strcanon (lower, "abcdefghijklmnopqrstuvwxyz0123456789", ' ');
  words = g_strsplit (lower, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && is_noise_word (words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
has_attr_value (xmlNode    *node,
                const char *name,
                const char *value)
{
  g_autofree char *found = _dl_import_node_attr (node, name);

  return found != NULL && g_ascii_strcasecmp (g_strstrip (found), value) == 0;
}

static gboolean
is_skipped (xmlNode  *node,
            gboolean  use_class_filter)
{
  g_autofree char *role = NULL;
  g_autofree char *class = NULL;
  g_autofree char *id = NULL;

  if (node_in_list (node, skipped_elements))
    return TRUE;
  if (xmlHasProp (node, (const xmlChar *) "hidden") != NULL
      || has_attr_value (node, "aria-hidden", "true"))
    return TRUE;
  role = _dl_import_node_attr (node, "role");
  if (role != NULL && g_strv_contains (noise_roles, g_strstrip (role)))
    return TRUE;
  if (!use_class_filter || node_in_list (node, structural_elements))
    return FALSE;
  class = _dl_import_node_attr (node, "class");
  id = _dl_import_node_attr (node, "id");
  return is_noise_value (class) || is_noise_value (id);
}

static void
sink_append_word (TextSink   *sink,
                  const char *word,
                  gsize       length)
{
  if (sink->out->len > 0)
    {
      if (sink->pending_break)
        g_string_append (sink->out, "\n\n");
      else if (sink->pending_line)
        g_string_append_c (sink->out, '\n');
      else if (sink->pending_space)
        g_string_append_c (sink->out, ' ');
    }
  sink->pending_break = sink->pending_line = sink->pending_space = FALSE;
  g_string_append_len (sink->out, word, length);
}

static gboolean
is_space_at (const char *p,
             gsize      *length)
{
  guchar c = *p;

  if (c < 0x80)
    {
      *length = 1;
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    }
  *length = g_utf8_next_char (p) - p;
  return g_unichar_isspace (g_utf8_get_char (p));
}

/* Runs of white space become one space; in <pre> a newline stays one */
static void
sink_append_text (TextSink      *sink,
                  const xmlChar *content)
{
  const char *p = (const char *) content;
  gsize length = 0;

  if (p == NULL || !g_utf8_validate (p, -1, NULL))
    return;
  while (*p != '\0')
    {
      const char *word = p;

      while (*p != '\0' && !is_space_at (p, &length))
        p += length;
      if (p > word)
        sink_append_word (sink, word, p - word);
      while (*p != '\0' && is_space_at (p, &length))
        {
          if (*p == '\n' && sink->pre_depth > 0)
            sink->pending_line = TRUE;
          else
            sink->pending_space = TRUE;
          p += length;
        }
    }
}

static void
sink_walk (TextSink *sink,
           xmlNode  *node,
           guint     depth);

static void
sink_walk_element (TextSink *sink,
                   xmlNode  *node,
                   guint     depth)
{
  gboolean block = node_in_list (node, block_elements);
  gboolean pre = _dl_import_node_is (node, "pre");

  if (is_skipped (node, sink->use_class_filter))
    return;
  if (_dl_import_node_is (node, "td") || _dl_import_node_is (node, "th"))
    sink->pending_space = TRUE;
  if (block)
    sink->pending_break = TRUE;
  sink->pre_depth += pre;
  if (depth < MAX_DEPTH)
    sink_walk (sink, node, depth + 1);
  sink->pre_depth -= pre;
  if (block)
    sink->pending_break = TRUE;
}

static void
sink_walk (TextSink *sink,
           xmlNode  *node,
           guint     depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        sink_append_text (sink, child->content);
      else if (child->type == XML_ELEMENT_NODE)
        sink_walk_element (sink, child, depth);
    }
}

static char *
extract_text (xmlNode  *root,
              gboolean  use_class_filter)
{
  TextSink sink = { NULL, };

  sink.out = g_string_new (NULL);
  sink.use_class_filter = use_class_filter;
  sink_walk (&sink, root, 0);
  return g_string_free (sink.out, FALSE);
}

static gboolean
is_inside_noise (xmlNode *node)
{
  for (xmlNode *up = node->parent; up != NULL && up->type == XML_ELEMENT_NODE; up = up->parent)
    if (is_skipped (up, TRUE))
      return TRUE;
  return FALSE;
}

/* An article in an article holds no more text than the outer one:
 * measuring it too would cost the page's length for each level */
static gboolean
is_inside_article (xmlNode *node)
{
  for (xmlNode *up = node->parent; up != NULL && up->type == XML_ELEMENT_NODE; up = up->parent)
    if (_dl_import_node_is (up, "article"))
      return TRUE;
  return FALSE;
}

/* A reader view shows the <article> (the longest, when a page lists
 * teasers as articles too), else <main>, else the whole body */
static xmlNode *
find_content_root (xmlNode *root)
{
  xmlNode *best = NULL;
  xmlNode *main = NULL;
  xmlNode *body = NULL;
  gsize best_length = 0;

  for (xmlNode *node = root; node != NULL; node = _dl_import_next_node (node, root))
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (body == NULL && _dl_import_node_is (node, "body"))
        body = node;
      else if (main == NULL && (_dl_import_node_is (node, "main") || has_attr_value (node, "role", "main")))
        main = node;
      else if (_dl_import_node_is (node, "article") && !is_inside_article (node)
               && !is_inside_noise (node))
        {
          g_autofree char *text = extract_text (node, TRUE);
          gsize length = strlen (text);

          if (length > best_length)
            {
              best = node;
              best_length = length;
            }
        }
    }
  if (best != NULL)
    return best;
  if (main != NULL)
    return main;
  return body != NULL ? body : root;
}

static char *
extract_main_text (xmlNode *root)
{
  xmlNode *content = find_content_root (root);
  g_autofree char *filtered = extract_text (content, TRUE);
  g_autofree char *unfiltered = NULL;

  if (strlen (filtered) >= MIN_FILTERED_BYTES)
    return g_steal_pointer (&filtered);
  if (_dl_import_is_blank (filtered) && content != root)
    {
      /* The chosen element is empty (a placeholder filled by scripts) */
      g_clear_pointer (&filtered, g_free);
      filtered = extract_text (root, TRUE);
      content = root;
      if (strlen (filtered) >= MIN_FILTERED_BYTES)
        return g_steal_pointer (&filtered);
    }
  unfiltered = extract_text (content, FALSE);
  if (_dl_import_is_blank (filtered)
      || strlen (unfiltered) > 2 * strlen (filtered) + 4 * MIN_FILTERED_BYTES)
    return g_steal_pointer (&unfiltered);
  return g_steal_pointer (&filtered);
}

static gboolean
skip_prefix (const char **p,
             const char  *end,
             const char  *open,
             const char  *close)
{
  const char *found;

  if ((gsize) (end - *p) < strlen (open) || g_ascii_strncasecmp (*p, open, strlen (open)) != 0)
    return FALSE;
  found = g_strstr_len (*p, end - *p, close);
  *p = found != NULL ? found + strlen (close) : end;
  return TRUE;
}

/**
 * _dl_import_looks_like_html:
 *
 * Whether the content starts like a web page, after any BOM, white
 * space, XML declaration and comments.
 */
gboolean
_dl_import_looks_like_html (const char *data,
                            gsize       length)
{
  const char *p = data;
  const char *end = data + MIN (length, SNIFF_LENGTH);

  if (end - p >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  for (;;)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (!skip_prefix (&p, end, "<!--", "-->") && !skip_prefix (&p, end, "<?xml", "?>"))
        break;
    }
  return ((gsize) (end - p) >= 14 && g_ascii_strncasecmp (p, "<!doctype html", 14) == 0)
         || ((gsize) (end - p) >= 5 && g_ascii_strncasecmp (p, "<html", 5) == 0);
}

/* The value after charset= (meta) or encoding= (XML declaration) */
static char *
charset_after (const char *lower,
               const char *key)
{
  const char *p = strstr (lower, key);
  gsize n;

  if (p == NULL)
    return NULL;
  p += strlen (key);
  p += strspn (p, " \t\n\r=\"'");
  n = strspn (p, "abcdefghijklmnopqrstuvwxyz0123456789-_.:");
  return n > 0 ? g_strndup (p, n) : NULL;
}

/* What the page declares, read before parsing so that the parser only
 * ever sees UTF-8 */
static char *
sniff_charset (const char *data,
               gsize       length)
{
  g_autofree char *lower = g_ascii_strdown (data, MIN (length, SNIFF_LENGTH));
  const char *meta = lower;
  char *charset;

  if (g_str_has_prefix (lower, "<?xml") && (charset = charset_after (lower, "encoding")) != NULL)
    return charset;
  while ((meta = strstr (meta, "<meta")) != NULL)
    {
      const char *close = strchr (meta, '>');
      g_autofree char *tag = g_strndup (meta, close != NULL ? (gsize) (close - meta) : strlen (meta));

      if ((charset = charset_after (tag, "charset")) != NULL)
        return charset;
      meta += 5;
    }
  return NULL;
}

/* Articles are imported on worker threads; libxml2 must be set up
 * once before two threads parse at the same time */
void
_dl_import_ensure_parser (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      g_once_init_leave (&initialised, 1);
    }
}

/* How many levels of elements hang under @root, counted without
 * recursion */
static guint
tree_depth (xmlNode *root)
{
  xmlNode *node = root;
  guint depth = 0;
  guint deepest = 0;

  while (node != NULL)
    {
      if (node->children != NULL)
        {
          node = node->children;
          depth++;
          deepest = MAX (deepest, depth);
          continue;
        }
      while (node != root && node->next == NULL)
        {
          node = node->parent;
          depth--;
        }
      node = node != root ? node->next : NULL;
    }
  return deepest;
}

static htmlDocPtr
parse_html (const char  *name,
            const char  *data,
            gsize        length,
            const char  *declared,
            GError     **error)
{
  g_autofree char *charset = declared != NULL ? g_strdup (declared) : sniff_charset (data, length);
  g_autofree char *raw = NULL;
  g_autofree char *clean = NULL;
  htmlDocPtr doc;
  gsize raw_length;

  raw = _dl_import_decode (name, data, length, charset, &raw_length, error);
  if (raw == NULL)
    return NULL;
  clean = _dl_import_clean_text (raw, raw_length);
  _dl_import_ensure_parser ();
  doc = htmlReadMemory (clean, strlen (clean), NULL, "UTF-8", PARSE_OPTIONS);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                   _("“%s” is not a readable web page"), name);
    }
  else if (tree_depth (xmlDocGetRootElement (doc)) >= MAX_PARSED_DEPTH)
    {
      /* The parser stopped there: the rest of the page is lost */
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                   _("“%s” is nested too deeply to read"), name);
    }
  return doc;
}

DlArticle *
_dl_import_html (const char  *path,
                 const char  *name,
                 const char  *data,
                 gsize        length,
                 GError     **error)
{
  g_autofree char *raw_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GDateTime) dct = NULL;
  DlArticle *article;
  htmlDocPtr doc;

  doc = parse_html (name, data, length, NULL, error);
  if (doc == NULL)
    return NULL;
  raw_text = extract_main_text (xmlDocGetRootElement (doc));
  text = _dl_import_clean_text (raw_text, strlen (raw_text));
  if (_dl_import_is_blank (text))
    {
      xmlFreeDoc (doc);
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY,
                   _("“%s” contains no readable text"), name);
      return NULL;
    }

  title = _dl_import_html_title (doc);
  dct = _dl_import_html_date (doc);
  xmlFreeDoc (doc);

  article = dl_article_new (path, title, text);
  _dl_import_date_article (article, dct);
  return article;
}

/**
 * _dl_import_html_text:
 * @charset: (nullable): the encoding declared outside the page (by a
 *   mail header), which wins over the page's own
 *
 * The main text of a page (a book's chapter, a mail's HTML part), as a
 * reader view shows it.
 *
 * Returns: (transfer full) (nullable): clean text, perhaps blank; %NULL
 *   when the page cannot be parsed
 */
char *
_dl_import_html_text (const char  *name,
                      const char  *data,
                      gsize        length,
                      const char  *charset,
                      GError     **error)
{
  g_autofree char *raw_text = NULL;
  htmlDocPtr doc;

  doc = parse_html (name, data, length, charset, error);
  if (doc == NULL)
    return NULL;
  raw_text = extract_main_text (xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);
  return _dl_import_clean_text (raw_text, strlen (raw_text));
}
