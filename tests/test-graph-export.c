/* test-graph-export.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actor graph as GEXF and GraphML, for Gephi and other tools.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "dl-export.h"
#include "graph-fixture.h"

/* The official GEXF and GraphML schemas are not at hand offline, so
 * these check the structural rules a validator would: the root and its
 * namespace, required attributes, unique ids, edges that join declared
 * nodes, and values that use declared attributes. */

static xmlDoc *
export_xml (DlCorpus       *corpus,
            DlExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = dl_export_data_to_bytes (corpus, format, &error);
  gsize size;
  const char *data;
  xmlDoc *doc;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  doc = xmlReadMemory (data, (int) size, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  return doc;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

static char *
dup_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static xmlNode *
child (xmlNode    *parent,
       const char *name)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (is_element (node, name))
      return node;
  return NULL;
}

/* Every element @name under @parent has @attribute, and no two share it */
static GHashTable *
collect_ids (xmlNode    *parent,
             const char *name,
             const char *attribute)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      char *id;

      if (!is_element (node, name))
        continue;
      id = dup_prop (node, attribute);
      g_assert_nonnull (id);
      g_assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, id);
    }
  return ids;
}

static void
assert_edges_join_nodes (xmlNode    *parent,
                         GHashTable *nodes)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *source = NULL;
      g_autofree char *target = NULL;

      if (!is_element (node, "edge"))
        continue;
      source = dup_prop (node, "source");
      target = dup_prop (node, "target");
      g_assert_true (g_hash_table_contains (nodes, source));
      g_assert_true (g_hash_table_contains (nodes, target));
    }
}

static void
test_export_gexf (void)
{
  g_autoptr(DlCorpus) corpus = make_corpus ();
  xmlDoc *doc = export_xml (corpus, DL_EXPORT_FORMAT_GEXF);
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *graph, *nodes, *edges, *attributes;
  g_autoptr(GHashTable) node_ids = NULL;
  g_autoptr(GHashTable) edge_ids = NULL;
  g_autoptr(GHashTable) declared = NULL;
  g_autofree char *version = dup_prop (root, "version");
  g_autofree char *mode = NULL;
  g_autofree char *edge_type = NULL;

  g_assert_cmpstr ((const char *) root->name, ==, "gexf");
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://gexf.net/1.3");
  g_assert_cmpstr (version, ==, "1.3");
  graph = child (root, "graph");
  g_assert_nonnull (graph);
  mode = dup_prop (graph, "mode");
  edge_type = dup_prop (graph, "defaultedgetype");
  g_assert_true (g_strv_contains ((const char *[]) { "static", "dynamic", NULL }, mode));
  g_assert_true (g_strv_contains ((const char *[]) { "directed", "undirected", "mutual", NULL }, edge_type));

  attributes = child (graph, "attributes");
  g_assert_nonnull (attributes);
  declared = collect_ids (attributes, "attribute", "id");
  nodes = child (graph, "nodes");
  edges = child (graph, "edges");
  g_assert_nonnull (nodes);
  g_assert_nonnull (edges);
  node_ids = collect_ids (nodes, "node", "id");
  edge_ids = collect_ids (edges, "edge", "id");
  g_assert_cmpuint (g_hash_table_size (node_ids), ==, 4);
  g_assert_cmpuint (g_hash_table_size (edge_ids), ==, 3);
  assert_edges_join_nodes (edges, node_ids);

  /* Values only for declared attributes; weights are numbers */
  for (xmlNode *node = nodes->children; node != NULL; node = node->next)
    {
      xmlNode *values = is_element (node, "node") ? child (node, "attvalues") : NULL;

      for (xmlNode *value = values != NULL ? values->children : NULL; value != NULL; value = value->next)
        if (is_element (value, "attvalue"))
          {
            g_autofree char *key = dup_prop (value, "for");

            g_assert_true (g_hash_table_contains (declared, key));
          }
    }
  for (xmlNode *edge = edges->children; edge != NULL; edge = edge->next)
    if (is_element (edge, "edge"))
      {
        g_autofree char *weight = dup_prop (edge, "weight");
        char *end = NULL;

        g_assert_nonnull (weight);
        g_assert_cmpfloat (g_ascii_strtod (weight, &end), >=, 1);
        g_assert_true (*end == '\0');
      }
  xmlFreeDoc (doc);
}

static void
test_export_graphml (void)
{
  static const char *const types[] = { "boolean", "int", "long", "float", "double", "string", NULL };
  static const char *const domains[] = { "node", "edge", "graph", "all", NULL };
  g_autoptr(DlCorpus) corpus = make_corpus ();
  xmlDoc *doc = export_xml (corpus, DL_EXPORT_FORMAT_GRAPHML);
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *graph = child (root, "graph");
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) node_ids = NULL;
  g_autofree char *edge_default = NULL;
  guint n_weights = 0;

  g_assert_cmpstr ((const char *) root->name, ==, "graphml");
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://graphml.graphdrawing.org/xmlns");
  for (xmlNode *key = root->children; key != NULL; key = key->next)
    if (is_element (key, "key"))
      {
        char *id = dup_prop (key, "id");
        char *domain = dup_prop (key, "for");
        g_autofree char *type = dup_prop (key, "attr.type");

        g_assert_true (g_strv_contains (domains, domain));
        g_assert_true (g_strv_contains (types, type));
        g_assert_false (g_hash_table_contains (keys, id));
        g_hash_table_insert (keys, id, domain);
      }
  g_assert_nonnull (graph);
  edge_default = dup_prop (graph, "edgedefault");
  g_assert_true (g_strv_contains ((const char *[]) { "directed", "undirected", NULL }, edge_default));
  node_ids = collect_ids (graph, "node", "id");
  g_assert_cmpuint (g_hash_table_size (node_ids), ==, 4);
  assert_edges_join_nodes (graph, node_ids);

  /* Each value's key is declared for its kind of element */
  for (xmlNode *item = graph->children; item != NULL; item = item->next)
    for (xmlNode *data = item->type == XML_ELEMENT_NODE ? item->children : NULL; data != NULL; data = data->next)
      if (is_element (data, "data"))
        {
          g_autofree char *key = dup_prop (data, "key");
          const char *domain = g_hash_table_lookup (keys, key);

          g_assert_nonnull (domain);
          g_assert_true (g_str_equal (domain, "all") || g_str_equal (domain, (const char *) item->name));
          n_weights += g_str_equal (key, "weight");
        }
  g_assert_cmpuint (n_weights, ==, 3);
  xmlFreeDoc (doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph-export/gexf", test_export_gexf);
  g_test_add_func ("/graph-export/graphml", test_export_graphml);

  return g_test_run ();
}
