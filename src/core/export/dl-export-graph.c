/* dl-export-graph.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actor graph for graph tools (Gephi, Cytoscape, yEd, NetworkX):
 * GEXF 1.2 and GraphML. Actors are nodes (label, kind, mentions) and
 * relations undirected edges (weight, label). libxml2's writer does the
 * escaping, so names with <, & or quotes stay well-formed.
 *
 * GEXF is written as 1.2, not 1.3: every tool that reads GEXF reads
 * 1.2 (Gephi, NetworkX, graphology, JGraphT), its schema is complete
 * where 1.3's published one is not, and the graph uses nothing 1.3
 * added.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libxml/xmlwriter.h>

#include "dl-actor.h"
#include "dl-corpus.h"
#include "dl-export-private.h"
#include "dl-relation.h"

#define GEXF_NS "http://www.gexf.net/1.2draft"
#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)

/* XML 1.0 cannot hold most control characters, not even escaped; a
 * stray one in an article must not make the whole file unreadable. */
static char *
dup_xml_safe (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
write_attribute (xmlTextWriter *writer,
                 const char    *name,
                 const char    *value)
{
  g_autofree char *safe = dup_xml_safe (value);

  xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST safe);
}

static void
write_attribute_uint (xmlTextWriter *writer,
                      const char    *name,
                      guint          value)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST text);
}

static void
write_attribute_decl (xmlTextWriter *writer,
                      const char    *id,
                      const char    *type)
{
  xmlTextWriterStartElement (writer, BAD_CAST "attribute");
  write_attribute (writer, "id", id);
  write_attribute (writer, "title", id);
  write_attribute (writer, "type", type);
  xmlTextWriterEndElement (writer);
}

static void
write_attvalue (xmlTextWriter *writer,
                const char    *key,
                const char    *value)
{
  xmlTextWriterStartElement (writer, BAD_CAST "attvalue");
  write_attribute (writer, "for", key);
  write_attribute (writer, "value", value);
  xmlTextWriterEndElement (writer);
}

static void
write_gexf_node (xmlTextWriter *writer,
                 gpointer       item,
                 guint          index)
{
  DlActor *actor = item;
  g_autofree char *mentions = g_strdup_printf ("%u", dl_actor_get_n_mentions (actor));

  xmlTextWriterStartElement (writer, BAD_CAST "node");
  write_attribute (writer, "id", dl_actor_get_id (actor));
  write_attribute (writer, "label", dl_actor_get_name (actor));
  xmlTextWriterStartElement (writer, BAD_CAST "attvalues");
  write_attvalue (writer, "kind", dl_actor_kind_to_string (dl_actor_get_kind (actor)));
  write_attvalue (writer, "mentions", mentions);
  xmlTextWriterEndElement (writer);
  xmlTextWriterEndElement (writer);
}

static void
write_gexf_edge (xmlTextWriter *writer,
                 gpointer       item,
                 guint          index)
{
  DlRelation *relation = item;
  const char *label = dl_relation_get_label (relation);

  xmlTextWriterStartElement (writer, BAD_CAST "edge");
  write_attribute_uint (writer, "id", index);
  write_attribute (writer, "source", dl_actor_get_id (dl_relation_get_source (relation)));
  write_attribute (writer, "target", dl_actor_get_id (dl_relation_get_target (relation)));
  write_attribute_uint (writer, "weight", dl_relation_get_weight (relation));
  if (label != NULL)
    write_attribute (writer, "label", label);
  xmlTextWriterEndElement (writer);
}

typedef void (*WriteItemFunc) (xmlTextWriter *writer,
                               gpointer       item,
                               guint          index);

static void
write_items (xmlTextWriter *writer,
             const char    *element,
             GListModel    *model,
             WriteItemFunc  write_item)
{
  guint n = g_list_model_get_n_items (model);

  if (element != NULL)
    xmlTextWriterStartElement (writer, BAD_CAST element);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      write_item (writer, item, i);
    }
  if (element != NULL)
    xmlTextWriterEndElement (writer);
}

static void
write_gexf (xmlTextWriter *writer,
            DlCorpus      *corpus)
{
  xmlTextWriterStartElementNS (writer, NULL, BAD_CAST "gexf", BAD_CAST GEXF_NS);
  xmlTextWriterWriteAttributeNS (writer, BAD_CAST "xmlns", BAD_CAST "xsi", NULL, BAD_CAST XSI_NS);
  xmlTextWriterWriteAttributeNS (writer, BAD_CAST "xsi", BAD_CAST "schemaLocation", NULL,
                                 BAD_CAST GEXF_NS " " GEXF_NS "/gexf.xsd");
  write_attribute (writer, "version", "1.2");

  xmlTextWriterStartElement (writer, BAD_CAST "meta");
  xmlTextWriterWriteElement (writer, BAD_CAST "creator", BAD_CAST "Dateline " PACKAGE_VERSION);
  xmlTextWriterWriteElement (writer, BAD_CAST "description",
                             BAD_CAST "Actors and the events they share");
  xmlTextWriterEndElement (writer);

  xmlTextWriterStartElement (writer, BAD_CAST "graph");
  write_attribute (writer, "mode", "static");
  write_attribute (writer, "defaultedgetype", "undirected");
  xmlTextWriterStartElement (writer, BAD_CAST "attributes");
  write_attribute (writer, "class", "node");
  write_attribute_decl (writer, "kind", "string");
  write_attribute_decl (writer, "mentions", "integer");
  xmlTextWriterEndElement (writer);
  write_items (writer, "nodes", dl_corpus_get_actors (corpus), write_gexf_node);
  write_items (writer, "edges", dl_corpus_get_relations (corpus), write_gexf_edge);
  xmlTextWriterEndElement (writer);

  xmlTextWriterEndElement (writer);
}

static void
write_graphml_key (xmlTextWriter *writer,
                   const char    *id,
                   const char    *domain,
                   const char    *name,
                   const char    *type)
{
  xmlTextWriterStartElement (writer, BAD_CAST "key");
  write_attribute (writer, "id", id);
  write_attribute (writer, "for", domain);
  write_attribute (writer, "attr.name", name);
  write_attribute (writer, "attr.type", type);
  xmlTextWriterEndElement (writer);
}

static void
write_graphml_data (xmlTextWriter *writer,
                    const char    *key,
                    const char    *value)
{
  g_autofree char *safe = dup_xml_safe (value);

  xmlTextWriterStartElement (writer, BAD_CAST "data");
  write_attribute (writer, "key", key);
  xmlTextWriterWriteString (writer, BAD_CAST safe);
  xmlTextWriterEndElement (writer);
}

static void
write_graphml_node (xmlTextWriter *writer,
                    gpointer       item,
                    guint          index)
{
  DlActor *actor = item;
  g_autofree char *mentions = g_strdup_printf ("%u", dl_actor_get_n_mentions (actor));

  xmlTextWriterStartElement (writer, BAD_CAST "node");
  write_attribute (writer, "id", dl_actor_get_id (actor));
  write_graphml_data (writer, "label", dl_actor_get_name (actor));
  write_graphml_data (writer, "kind", dl_actor_kind_to_string (dl_actor_get_kind (actor)));
  write_graphml_data (writer, "mentions", mentions);
  xmlTextWriterEndElement (writer);
}

static void
write_graphml_edge (xmlTextWriter *writer,
                    gpointer       item,
                    guint          index)
{
  DlRelation *relation = item;
  g_autofree char *id = g_strdup_printf ("r%u", index + 1);
  g_autofree char *weight = g_strdup_printf ("%u", dl_relation_get_weight (relation));
  const char *label = dl_relation_get_label (relation);

  xmlTextWriterStartElement (writer, BAD_CAST "edge");
  write_attribute (writer, "id", id);
  write_attribute (writer, "source", dl_actor_get_id (dl_relation_get_source (relation)));
  write_attribute (writer, "target", dl_actor_get_id (dl_relation_get_target (relation)));
  write_graphml_data (writer, "weight", weight);
  if (label != NULL)
    write_graphml_data (writer, "relation", label);
  xmlTextWriterEndElement (writer);
}

static void
write_graphml (xmlTextWriter *writer,
               DlCorpus      *corpus)
{
  xmlTextWriterStartElementNS (writer, NULL, BAD_CAST "graphml", BAD_CAST GRAPHML_NS);
  xmlTextWriterWriteAttributeNS (writer, BAD_CAST "xmlns", BAD_CAST "xsi", NULL, BAD_CAST XSI_NS);
  xmlTextWriterWriteAttributeNS (writer, BAD_CAST "xsi", BAD_CAST "schemaLocation", NULL,
                                 BAD_CAST GRAPHML_NS " " GRAPHML_NS "/1.0/graphml.xsd");

  /* Key ids are shared by nodes and edges, so the edge's label has
   * its own id. */
  write_graphml_key (writer, "label", "node", "label", "string");
  write_graphml_key (writer, "kind", "node", "kind", "string");
  write_graphml_key (writer, "mentions", "node", "mentions", "int");
  write_graphml_key (writer, "weight", "edge", "weight", "int");
  write_graphml_key (writer, "relation", "edge", "label", "string");

  xmlTextWriterStartElement (writer, BAD_CAST "graph");
  write_attribute (writer, "id", "actors");
  write_attribute (writer, "edgedefault", "undirected");
  write_items (writer, NULL, dl_corpus_get_actors (corpus), write_graphml_node);
  write_items (writer, NULL, dl_corpus_get_relations (corpus), write_graphml_edge);
  xmlTextWriterEndElement (writer);

  xmlTextWriterEndElement (writer);
}

typedef void (*WriteDocumentFunc) (xmlTextWriter *writer,
                                   DlCorpus      *corpus);

static GBytes *
write_document (DlCorpus           *corpus,
                WriteDocumentFunc   write_body,
                GError            **error)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) writer = NULL;

  if (buffer != NULL)
    writer = xmlNewTextWriterMemory (buffer, 0);
  if (writer == NULL)
    {
      g_set_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_FAILED,
                   _("Not enough memory to write the graph"));
      return NULL;
    }

  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");
  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL);
  write_body (writer, corpus);
  if (xmlTextWriterEndDocument (writer) < 0)
    {
      g_set_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_FAILED,
                   _("The graph could not be written"));
      return NULL;
    }

  /* The writer flushes into the buffer when it is freed */
  g_clear_pointer (&writer, xmlFreeTextWriter);
  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

GBytes *
_dl_export_gexf_to_bytes (DlCorpus  *corpus,
                          GError   **error)
{
  return write_document (corpus, write_gexf, error);
}

GBytes *
_dl_export_graphml_to_bytes (DlCorpus  *corpus,
                             GError   **error)
{
  return write_document (corpus, write_graphml, error);
}
