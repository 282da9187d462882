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
 *   eval-timex [-v] [-c NAME] [DIR]   (DIR defaults to ../shared/corpora/timeml)
 *
 * -v lists misses, extras, wrong values and (right value, other span)
 * span errors, with some context. -c scores one subfolder only, so that
 * the errors of a development corpus can be studied while the others
 * stay held out.
 */

typedef struct
{
  gsize start;
  gsize end;
  char *type;
  char *value;
} GoldTimex;

typedef struct
{
  guint gold;
  guint system;
  guint strict;
  guint relaxed;
  guint type_ok;
  guint value_ok;
} Score;

static gboolean verbose;
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
          detail = g_strdup_printf ("%s %s, gold [%.*s] %s %s", dl_timex_type_to_string (timex->type),
                                    timex->value, (int) (gold->end - gold->start), text + gold->start,
                                    gold->type, gold->value);
          if (strcmp (gold->value, timex->value) != 0)
            report_error ("VALUE", text, timex->start, timex->end, detail);
          else if (gold->start != timex->start || gold->end != timex->end)
            report_error ("SPAN", text, timex->start, timex->end, detail);
        }
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
  g_autoptr(GPtrArray) subdirs = NULL;
  Score total = { 0 };
  int arg;
  guint k;

  for (arg = 1; arg < argc; arg++)
    {
      if (strcmp (argv[arg], "-v") == 0)
        verbose = TRUE;
      else if (strcmp (argv[arg], "-c") == 0 && arg + 1 < argc)
        only = argv[++arg];
      else
        root = argv[arg];
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
