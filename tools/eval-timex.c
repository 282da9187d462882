/* eval-timex.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <string.h>

#include "dl-timex.h"

/* Scores the temporal tagger on TimeML (.tml) files, TempEval-3 style:
 * strict and relaxed span precision/recall/F1, and type and value
 * accuracy over relaxed matches, and type and value F1 (F1 over the
 * relaxed matches whose type or value is right). One line per subfolder
 * and one overall.
 *
 *   eval-timex [-v] [-t] [-c NAME] [DIR]   (DIR defaults to ../shared/corpora/timeml)
 *   eval-timex [-v] [-t] -m MEANTIME_DIR   (MEANTIME's CAT files, one line)
 *
 * -t adds, under each line, how the golds of each type fared: their
 * number, how many the tagger found, and how many of those have the
 * right value.
 *
 * -v lists misses, extras, wrong values and (right value, other span)
 * span errors, with some context. -c scores one subfolder only, so that
 * the errors of a development corpus can be studied while the others
 * stay held out.
 *
 * MEANTIME gives tokens, not text: they are joined by single spaces,
 * none before closing punctuation or after opening, and each TIMEX3
 * spans its anchor tokens. The article's own date (its CREATION_TIME
 * TIMEX3, on the dateline tokens) is the reference date, and counts
 * like any other where it is anchored in the text. MEANTIME marks dates
 * only in the title, the dateline and the first four sentences (its
 * "sentence" numbers 0 to 5), so only what the tagger finds there is
 * scored.
 */

/* The last "sentence" number of a CAT file whose dates are annotated */
#define MEANTIME_LAST_ANNOTATED_SENTENCE 5

typedef struct
{
  gsize start;
  gsize end;
  char *type;
  char *value;
} GoldTimex;

/* How the golds of one type fared */
typedef struct
{
  guint gold;
  guint relaxed;
  guint value_ok;
} TypeScore;

static const char *const gold_types[] = { "DATE", "TIME", "DURATION", "SET" };

typedef struct
{
  guint gold;
  guint system;
  guint strict;
  guint relaxed;
  guint type_ok;
  guint value_ok;
  TypeScore by_type[G_N_ELEMENTS (gold_types)];
} Score;

static gboolean verbose;
static gboolean by_type;
static const char *only;

static void
clear_gold (gpointer data)
{
  GoldTimex *gold = data;

  g_free (gold->type);
  g_free (gold->value);
}

static char *
get_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *prop = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup (prop != NULL ? (const char *) prop : "");

  xmlFree (prop);
  return copy;
}

/* Plain text of <TEXT>, with the TIMEX3 spans inside it */
static void
collect_text (xmlNode *node,
              GString *text,
              GArray  *golds)
{
  xmlNode *child;

  for (child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (text, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        {
          gsize start = text->len;

          collect_text (child, text, golds);
          if (strcmp ((const char *) child->name, "TIMEX3") == 0)
            {
              GoldTimex gold = { start, text->len, get_prop (child, "type"), get_prop (child, "value") };

              g_array_append_val (golds, gold);
            }
        }
    }
}

static xmlNode *
find_element (xmlNode    *node,
              const char *name)
{
  xmlNode *child;

  for (child = node; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type == XML_ELEMENT_NODE && strcmp ((const char *) child->name, name) == 0)
        return child;
      if ((found = find_element (child->children, name)) != NULL)
        return found;
    }
  return NULL;
}

static GDateTime *
read_dct (xmlNode *root)
{
  xmlNode *dct = find_element (root, "DCT");
  xmlNode *timex = dct != NULL ? find_element (dct->children, "TIMEX3") : NULL;
  g_autofree char *value = timex != NULL ? get_prop (timex, "value") : NULL;
  int y, m, d;

  if (value == NULL || sscanf (value, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

static gboolean
overlaps (const GoldTimex *gold,
          const DlTimex   *timex)
{
  return gold->start < timex->end && timex->start < gold->end;
}

/* Some words on each side, cut at spaces so as not to split a character */
static char *
context_of (const char *text,
            gsize       start,
            gsize       end)
{
  gsize from = start > 40 ? start - 40 : 0;
  gsize to = end + 40;
  g_autofree char *flat = NULL;

  while (from > 0 && text[from] != ' ')
    from--;
  while (text[to - 1] != '\0' && to > end && text[to] != ' ' && text[to] != '\0')
    to++;
  to = MIN (to, end + strlen (text + end));
  flat = g_strdup_printf ("%.*s[%.*s]%.*s", (int) (start - from), text + from,
                          (int) (end - start), text + start, (int) (to - end), text + end);
  return g_strdelimit (g_steal_pointer (&flat), "\n\t", ' ');
}

static void
report_error (const char *what,
              const char *text,
              gsize       start,
              gsize       end,
              const char *detail)
{
  g_autofree char *context = NULL;

  if (!verbose)
    return;
  context = context_of (text, start, end);
  g_print ("  %s [%.*s] %s\t| %s\n", what, (int) (end - start), text + start, detail, context);
}

/* The tally of @type's golds; an unknown type is counted as a DATE */
static TypeScore *
type_score_of (Score      *score,
               const char *type)
{
  for (guint k = 0; k < G_N_ELEMENTS (gold_types); k++)
    if (strcmp (type, gold_types[k]) == 0)
      return &score->by_type[k];
  return &score->by_type[0];
}

static void
score_document (const char *text,
                GArray     *golds,
                GArray     *found,
                Score      *score)
{
  g_autofree gboolean *used = g_new0 (gboolean, found->len);
  guint g, s;

  score->gold += golds->len;
  score->system += found->len;
  for (g = 0; g < golds->len; g++)
    {
      const GoldTimex *gold = &g_array_index (golds, GoldTimex, g);
      TypeScore *of_type = type_score_of (score, gold->type);
      gboolean matched = FALSE;

      for (s = 0; s < found->len && !matched; s++)
        {
          const DlTimex *timex = &g_array_index (found, DlTimex, s);
          g_autofree char *detail = NULL;

          if (used[s] || !overlaps (gold, timex))
            continue;
          used[s] = matched = TRUE;
          score->relaxed++;
          score->strict += gold->start == timex->start && gold->end == timex->end;
          score->type_ok += strcmp (gold->type, dl_timex_type_to_string (timex->type)) == 0;
          score->value_ok += strcmp (gold->value, timex->value) == 0;
          of_type->relaxed++;
          of_type->value_ok += strcmp (gold->value, timex->value) == 0;
          detail = g_strdup_printf ("%s %s, gold [%.*s] %s %s", dl_timex_type_to_string (timex->type),
                                    timex->value, (int) (gold->end - gold->start), text + gold->start,
                                    gold->type, gold->value);
          if (strcmp (gold->value, timex->value) != 0)
            report_error ("VALUE", text, timex->start, timex->end, detail);
          else if (gold->start != timex->start || gold->end != timex->end)
            report_error ("SPAN", text, timex->start, timex->end, detail);
        }
      of_type->gold++;
      if (!matched)
        report_error ("MISS", text, gold->start, gold->end, gold->value);
    }
  for (s = 0; s < found->len; s++)
    if (!used[s])
      {
        const DlTimex *timex = &g_array_index (found, DlTimex, s);

        report_error ("EXTRA", text, timex->start, timex->end, timex->value);
      }
}

static gboolean
score_file (const char *path,
            Score      *score)
{
  xmlDoc *doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  g_autoptr(GArray) golds = g_array_new (FALSE, TRUE, sizeof (GoldTimex));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) found = NULL;
  g_autoptr(GDateTime) dct = NULL;
  xmlNode *body;

  if (doc == NULL)
    return FALSE;
  g_array_set_clear_func (golds, clear_gold);
  body = find_element (xmlDocGetRootElement (doc), "TEXT");
  if (body != NULL)
    collect_text (body, text, golds);
  dct = read_dct (xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);
  if (verbose)
    g_print ("%s\n", path);
  found = dl_timex_find (text->str, text->len, dct);
  score_document (text->str, golds, found, score);
  return TRUE;
}

static double
f1 (double p,
    double r)
{
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void
print_score (const char  *name,
             const Score *s)
{
  double sys = MAX (s->system, 1), gold = MAX (s->gold, 1), rel = MAX (s->relaxed, 1);
  double sp = s->strict / sys, sr = s->strict / gold;
  double rp = s->relaxed / sys, rr = s->relaxed / gold;
  double tp = s->type_ok / sys, tr = s->type_ok / gold;
  double vp = s->value_ok / sys, vr = s->value_ok / gold;

  g_print ("%-10s %5u %5u | %.3f %.3f %.3f | %.3f %.3f %.3f | %.3f %.3f | %.3f %.3f\n",
           name, s->gold, s->system, sp, sr, f1 (sp, sr), rp, rr, f1 (rp, rr),
           s->type_ok / rel, s->value_ok / rel, f1 (tp, tr), f1 (vp, vr));
  for (guint k = 0; by_type && k < G_N_ELEMENTS (gold_types); k++)
    {
      const TypeScore *t = &s->by_type[k];

      if (t->gold == 0)
        continue;
      g_print ("  %-8s %5u gold, %5u found (%.3f), value right in %.3f of those\n", gold_types[k], t->gold,
               t->relaxed, t->relaxed / (double) MAX (t->gold, 1), t->value_ok / (double) MAX (t->relaxed, 1));
    }
}

static void
add_score (Score       *total,
           const Score *s)
{
  total->gold += s->gold;
  total->system += s->system;
  total->strict += s->strict;
  total->relaxed += s->relaxed;
  total->type_ok += s->type_ok;
  total->value_ok += s->value_ok;
  for (guint k = 0; k < G_N_ELEMENTS (gold_types); k++)
    {
      total->by_type[k].gold += s->by_type[k].gold;
      total->by_type[k].relaxed += s->by_type[k].relaxed;
      total->by_type[k].value_ok += s->by_type[k].value_ok;
    }
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Sorted .tml files (or subfolders, when @dirs) of @path */
static GPtrArray *
list_entries (const char *path,
              gboolean    dirs)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *full = g_build_filename (path, name, NULL);

      if (dirs ? g_file_test (full, G_FILE_TEST_IS_DIR) : g_str_has_suffix (name, ".tml"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* Whether a token joins the one before without a space */
static gboolean
joins_previous (const char *token,
                const char *previous)
{
  static const char *const closing[] = { ",", ".", ";", ":", "?", "!", ")", "]", "%", "'s", "'", "n't", "'re",
                                         "'ve", "'ll", "'d", "'m", "\"", "”", "’s" };

  if (previous == NULL || strcmp (previous, "(") == 0 || strcmp (previous, "$") == 0 ||
      strcmp (previous, "“") == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (closing); i++)
    if (strcmp (token, closing[i]) == 0)
      return TRUE;
  return FALSE;
}

static gint64
sentence_of (xmlNode *token)
{
  g_autofree char *sentence = get_prop (token, "sentence");

  return g_ascii_strtoll (sentence, NULL, 10);
}

/* Those of @found that start before @end */
static void
keep_found_before (GArray *found,
                   gsize   end)
{
  guint kept = 0;

  while (kept < found->len && g_array_index (found, DlTimex, kept).start < end)
    kept++;
  g_array_set_size (found, kept);
}

/* A CAT file's tokens as text, where each token starts and ends in it
 * (by t_id), and its TIMEX3 markables as spans of that text */
static gboolean
read_cat (const char  *path,
          GString     *text,
          GArray      *golds,
          GDateTime  **dct,
          gsize       *annotated_end)
{
  xmlDoc *doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  g_autoptr(GHashTable) starts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ends = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlNode *root, *node, *markables;
  g_autofree char *previous = NULL;

  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  for (node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      xmlChar *content;

      if (node->type != XML_ELEMENT_NODE || strcmp ((const char *) node->name, "token") != 0)
        continue;
      content = xmlNodeGetContent (node);
      id = get_prop (node, "t_id");
      if (text->len > 0 && !joins_previous ((const char *) content, previous))
        g_string_append_c (text, ' ');
      g_hash_table_insert (starts, g_strdup (id), GSIZE_TO_POINTER (text->len));
      g_string_append (text, (const char *) content);
      g_hash_table_insert (ends, g_strdup (id), GSIZE_TO_POINTER (text->len));
      if (sentence_of (node) <= MEANTIME_LAST_ANNOTATED_SENTENCE)
        *annotated_end = text->len;
      g_free (previous);
      previous = g_strdup ((const char *) content);
      xmlFree (content);
    }
  markables = find_element (root, "Markables");
  for (node = markables != NULL ? markables->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *first = NULL, *last = NULL, *function = NULL;
      xmlNode *anchor;

      if (node->type != XML_ELEMENT_NODE || strcmp ((const char *) node->name, "TIMEX3") != 0)
        continue;
      for (anchor = node->children; anchor != NULL; anchor = anchor->next)
        if (anchor->type == XML_ELEMENT_NODE && strcmp ((const char *) anchor->name, "token_anchor") == 0)
          {
            g_free (last);
            last = get_prop (anchor, "t_id");
            if (first == NULL)
              first = g_strdup (last);
          }
      function = get_prop (node, "functionInDocument");
      if (strcmp (function, "CREATION_TIME") == 0 && *dct == NULL)
        {
          g_autofree char *value = get_prop (node, "value");
          int y, m, d;

          if (sscanf (value, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
            *dct = g_date_time_new_utc (y, m, d, 0, 0, 0);
        }
      if (first != NULL && g_hash_table_contains (starts, first) && g_hash_table_contains (ends, last))
        {
          GoldTimex gold = { GPOINTER_TO_SIZE (g_hash_table_lookup (starts, first)),
                             GPOINTER_TO_SIZE (g_hash_table_lookup (ends, last)), get_prop (node, "type"),
                             get_prop (node, "value") };

          g_array_append_val (golds, gold);
        }
    }
  xmlFreeDoc (doc);
  return TRUE;
}

static gint
compare_golds (gconstpointer a,
               gconstpointer b)
{
  const GoldTimex *ga = a, *gb = b;

  return (ga->start > gb->start) - (ga->start < gb->start);
}

/* Every CAT file of @path, into @score */
static void
score_meantime (const char *path,
                Score      *score)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint k = 0; k < names->len; k++)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (names, k), NULL);
      g_autoptr(GArray) golds = g_array_new (FALSE, TRUE, sizeof (GoldTimex));
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GArray) found = NULL;
      g_autoptr(GDateTime) dct = NULL;
      gsize annotated_end = 0;

      g_array_set_clear_func (golds, clear_gold);
      if (!read_cat (file, text, golds, &dct, &annotated_end))
        {
          g_printerr (_("%s: could not be read as XML\n"), file);
          continue;
        }
      g_array_sort (golds, compare_golds);
      if (verbose)
        g_print ("%s\n", file);
      found = dl_timex_find (text->str, text->len, dct);
      keep_found_before (found, annotated_end);
      score_document (text->str, golds, found, score);
    }
}

static void
score_folder (const char *path,
              Score      *score)
{
  g_autoptr(GPtrArray) files = list_entries (path, FALSE);
  guint k;

  for (k = 0; k < files->len; k++)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (files, k), NULL);

      if (!score_file (file, score))
        g_printerr (_("%s: could not be read as XML\n"), file);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *root = "../shared/corpora/timeml";
  const char *meantime = NULL;
  g_autoptr(GPtrArray) subdirs = NULL;
  Score total = { 0 };
  int arg;
  guint k;

  for (arg = 1; arg < argc; arg++)
    {
      if (strcmp (argv[arg], "-v") == 0)
        verbose = TRUE;
      else if (strcmp (argv[arg], "-t") == 0)
        by_type = TRUE;
      else if (strcmp (argv[arg], "-c") == 0 && arg + 1 < argc)
        only = argv[++arg];
      else if (strcmp (argv[arg], "-m") == 0 && arg + 1 < argc)
        meantime = argv[++arg];
      else
        root = argv[arg];
    }
  if (meantime != NULL)
    {
      if (!g_file_test (meantime, G_FILE_TEST_IS_DIR))
        {
          g_printerr (_("%s: no such directory\n"), meantime);
          return 1;
        }
      g_print ("%-10s %5s %5s | strict P  R     F1    | relaxed P R     F1    | type  value | type F1 value F1\n",
               "corpus", "gold", "sys");
      score_meantime (meantime, &total);
      print_score ("MEANTIME", &total);
      return 0;
    }
  if (!g_file_test (root, G_FILE_TEST_IS_DIR))
    {
      g_printerr (_("%s: no such directory\n"), root);
      return 1;
    }
  subdirs = list_entries (root, TRUE);
  g_print ("%-10s %5s %5s | strict P  R     F1    | relaxed P R     F1    | type  value | type F1 value F1\n",
           "corpus", "gold", "sys");
  for (k = 0; k < subdirs->len; k++)
    {
      g_autofree char *path = g_build_filename (root, g_ptr_array_index (subdirs, k), NULL);
      Score score = { 0 };

      if (only != NULL && strcmp (only, g_ptr_array_index (subdirs, k)) != 0)
        continue;
      score_folder (path, &score);
      print_score (g_ptr_array_index (subdirs, k), &score);
      add_score (&total, &score);
    }
  if (only == NULL)
    score_folder (root, &total);
  print_score ("overall", &total);
  return 0;
}
