/* dl-export-image.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pictures of the timeline or the actor graph, drawn by the same
 * renderers as the window onto a cairo image, SVG or PDF surface. The
 * window's export dialog and `dateline-cli export` both come here.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "dl-corpus.h"
#include "dl-export-private.h"
#include "dl-graph-render.h"
#include "dl-timeline-render.h"
#include "dl-viewport.h"

static cairo_status_t
append_to_array_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* PNG is drawn in memory and encoded at the end; the vector surfaces
 * stream their output as they go. Sizes are pixels for PNG and points
 * for SVG and PDF. */
static cairo_surface_t *
create_surface (DlExportFormat  format,
                int             width,
                int             height,
                GByteArray     *output)
{
  cairo_surface_t *surface;

  switch (format)
    {
    case DL_EXPORT_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_array_cb, output, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      return surface;
    case DL_EXPORT_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_to_array_cb, output, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Dateline");
      return surface;
    case DL_EXPORT_FORMAT_PNG:
    case DL_EXPORT_FORMAT_JSON:
    case DL_EXPORT_FORMAT_CSV:
    case DL_EXPORT_FORMAT_TIMELINEJS:
    case DL_EXPORT_FORMAT_GEXF:
    case DL_EXPORT_FORMAT_GRAPHML:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

static void
draw_view (cairo_t             *cr,
           DlCorpus            *corpus,
           DlExportView         view,
           DlViewport          *viewport,
           const DlRenderStyle *style,
           int                  width,
           int                  height)
{
  if (view == DL_EXPORT_VIEW_GRAPH)
    {
      dl_graph_render_full (cr, dl_corpus_get_actors (corpus), dl_corpus_get_relations (corpus),
                            width, height, style);
      return;
    }

  /* Without a viewport from the window, the renderer fits every dated
   * event, with room for the labels of the last ones */
  dl_timeline_render_full (cr, dl_corpus_get_events (corpus), viewport, width, height, style);
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_FAILED,
               _("The image could not be drawn: %s"), cairo_status_to_string (status));
  return FALSE;
}

static gboolean
render_surface (cairo_surface_t     *surface,
                DlCorpus            *corpus,
                DlExportView         view,
                DlViewport          *viewport,
                const DlRenderStyle *style,
                int                  width,
                int                  height,
                GError             **error)
{
  cairo_t *cr;
  cairo_status_t status;

  if (!check_status (cairo_surface_status (surface), error))
    return FALSE;

  cr = cairo_create (surface);
  draw_view (cr, corpus, view, viewport, style, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);
  return check_status (status, error);
}

/**
 * dl_export_image_to_bytes:
 * @viewport: (nullable): the visible time span, or %NULL to show every
 *   dated event
 * @style: (nullable): the colours, or %NULL for the light defaults
 * @format: PNG, SVG or PDF
 *
 * Draws @view of @corpus at exactly @width x @height.
 *
 * Returns: (transfer full) (nullable): the image file's contents
 */
GBytes *
dl_export_image_to_bytes (DlCorpus             *corpus,
                          DlExportView          view,
                          DlViewport           *viewport,
                          const DlRenderStyle  *style,
                          DlExportFormat        format,
                          int                   width,
                          int                   height,
                          GError              **error)
{
  g_autoptr(GByteArray) output = NULL;
  cairo_surface_t *surface;
  DlRenderStyle light = { 0 };
  gboolean ok;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (viewport == NULL || DL_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (dl_export_format_is_image (format), NULL);

  if (!dl_export_check_size (width, height, error))
    return NULL;

  if (style == NULL)
    {
      dl_render_style_init_light (&light);
      style = &light;
    }

  output = g_byte_array_new ();
  surface = create_surface (format, width, height, output);
  ok = render_surface (surface, corpus, view, viewport, style, width, height, error);
  if (ok && format == DL_EXPORT_FORMAT_PNG)
    ok = check_status (cairo_surface_write_to_png_stream (surface, append_to_array_cb, output),
                       error);
  cairo_surface_finish (surface);
  if (ok)
    ok = check_status (cairo_surface_status (surface), error);
  cairo_surface_destroy (surface);
  dl_render_style_clear (&light);

  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&output));
}

/**
 * dl_export_image:
 * @viewport: (nullable): the visible time span, or %NULL to show every
 *   dated event
 * @style: (nullable): the colours, or %NULL for the light defaults
 * @format: PNG, SVG or PDF
 * @path: the file to write; replaced if it exists
 *
 * Draws @view of @corpus at exactly @width x @height (pixels for PNG,
 * points for SVG and PDF) into @path.
 *
 * Returns: %TRUE on success; on failure, @error names @path
 */
gboolean
dl_export_image (DlCorpus             *corpus,
                 DlExportView          view,
                 DlViewport           *viewport,
                 const DlRenderStyle  *style,
                 DlExportFormat        format,
                 int                   width,
                 int                   height,
                 const char           *path,
                 GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (dl_export_format_is_image (format), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = dl_export_image_to_bytes (corpus, view, viewport, style, format, width, height,
                                    &local_error);
  if (bytes != NULL)
    return _dl_export_write_bytes (bytes, path, error);

  name = g_filename_display_name (path);
  g_set_error (error, DL_EXPORT_ERROR, local_error->code,
               _("Could not write “%s”: %s"), name, local_error->message);
  return FALSE;
}
