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
#include <math.h>
#include <pango/pangocairo.h>

#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export-private.h"
#include "dl-graph-render.h"
#include "dl-timeline-layout.h"
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
    case DL_EXPORT_FORMAT_ICS:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

/* The font the window's timeline uses, as the style names it */
static PangoContext *
create_pango_context (cairo_t             *cr,
                      const DlRenderStyle *style)
{
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_size (font, (int) ((style->font_size > 0 ? style->font_size : 10) * PANGO_SCALE));
  pango_context_set_font_description (context, font);
  return context;
}

/* Leaves the marks, labels and clusters of @layout out of what is
 * drawn next */
static void
clip_out_items (cairo_t          *cr,
                DlTimelineLayout *layout)
{
  guint n = dl_timeline_layout_get_n_items (layout);

  cairo_rectangle (cr, 0, 0, dl_timeline_layout_get_width (layout), dl_timeline_layout_get_height (layout));
  for (guint i = 0; i < n; i++)
    {
      const DlTimelineItem *item = dl_timeline_layout_get_item (layout, i);

      cairo_rectangle (cr, item->mark.x - 2, item->mark.y - 2, item->mark.width + 4, item->mark.height + 4);
      if (item->label_visible)
        cairo_rectangle (cr, item->label.x - 2, item->label.y, item->label.width + 4, item->label.height);
    }
  for (guint i = 0; i < dl_timeline_layout_get_n_clusters (layout); i++)
    {
      const DlTimelineCluster *cluster = dl_timeline_layout_get_cluster (layout, i);

      cairo_rectangle (cr, cluster->mark.x - 2, cluster->mark.y - 2, cluster->mark.width + 4, cluster->mark.height + 4);
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_clip (cr);
}

/* Where the stretch of time of a page that another follows ends: the
 * margin after it holds no event, for its events are the next page's.
 * A dashed line says so, passing behind the labels that reach over it,
 * and the dates over the margin are faded. */
static void
draw_page_end (cairo_t             *cr,
               DlTimelineLayout    *layout,
               DlViewport          *viewport,
               const DlRenderStyle *style,
               double               end)
{
  static const double dashes[] = { 4, 3 };
  const DlTimelineHeader *header = dl_timeline_layout_get_header (layout);
  double time_width = dl_timeline_layout_get_time_width (layout);
  double x = round (dl_viewport_time_to_x (viewport, end, time_width)) + 0.5;

  if (x <= 0 || x >= time_width)
    return;
  cairo_save (cr);
  dl_color_set_source_alpha (cr, &style->background, 0.6);
  cairo_rectangle (cr, x, 0, time_width - x, header->height - 1);
  cairo_fill (cr);
  clip_out_items (cr, layout);
  dl_color_set_source (cr, &style->dim_foreground);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, x, 0);
  cairo_line_to (cr, x, dl_timeline_layout_get_height (layout));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* @page_end: where the page's own time ends, NAN for a page that no
 * other follows */
static void
draw_timeline_page (cairo_t             *cr,
                    DlTimelineIndex     *index,
                    DlViewport          *viewport,
                    const DlRenderStyle *style,
                    double               width,
                    double               height,
                    double               page_end)
{
  PangoContext *context = create_pango_context (cr, style);
  DlTimelineLayout *layout;

  layout = dl_timeline_layout_new_for_index (index, viewport, width, height, context);
  dl_timeline_render (cr, layout, style, NULL, NULL);
  if (!isnan (page_end))
    draw_page_end (cr, layout, viewport, style, page_end);
  dl_timeline_layout_free (layout);
  g_object_unref (context);
}

static GListModel *
picture_events (DlCorpus              *corpus,
                const DlExportPicture *picture)
{
  return picture->events != NULL ? picture->events : dl_corpus_get_events (corpus);
}

/* The time the whole picture shows: the caller's, or every dated event
 * with room for the last labels */
static DlViewport *
dup_picture_viewport (GListModel            *events,
                      const DlExportPicture *picture)
{
  DlViewport *viewport = dl_viewport_new ();

  if (picture->viewport != NULL)
    dl_viewport_set_range (viewport, dl_viewport_get_start (picture->viewport),
                           dl_viewport_get_end (picture->viewport));
  else
    dl_timeline_fit_viewport (viewport, events, picture->width);
  return viewport;
}

/* The events a page shows: those that start in its stretch of time,
 * and the undated ones on the first page only */
static GListModel *
dup_page_events (GListModel *events,
                 double      from,
                 double      to,
                 gboolean    first,
                 gboolean    last)
{
  GListStore *store = g_list_store_new (DL_TYPE_EVENT);
  guint n = g_list_model_get_n_items (events);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      DlDateSpan *when = dl_event_get_when (event);
      double start = when != NULL ? (double) dl_date_span_get_start (when) : 0;

      if (when == NULL ? first : (start >= from && (start < to || (last && start <= to))))
        g_list_store_append (store, event);
    }
  return G_LIST_MODEL (store);
}

/* The span the pages split: every dated event, within the caller's
 * view if there is one. The margins a view on screen leaves around its
 * events would be pages of nothing on paper. */
static gboolean
get_pages_span (GListModel            *events,
                const DlExportPicture *picture,
                double                *start,
                double                *end)
{
  gint64 first = 0, last = 0;
  gboolean dated = dl_timeline_events_get_range (events, &first, &last);

  if (picture->viewport == NULL)
    {
      *start = first;
      *end = last;
      return dated;
    }
  *start = dl_viewport_get_start (picture->viewport);
  *end = dl_viewport_get_end (picture->viewport);
  if (dated && first < *end && last > *start)
    {
      *start = MAX (*start, (double) first);
      *end = MIN (*end, (double) last);
    }
  return TRUE;
}

/* Page @page of @n_pages of a long span: the next stretch of time, all
 * of the same length */
static void
get_page_stretch (GListModel            *events,
                  const DlExportPicture *picture,
                  guint                  page,
                  guint                  n_pages,
                  double                *from,
                  double                *to)
{
  double start, end, length;

  if (!get_pages_span (events, picture, &start, &end))
    start = end = 0;
  length = (end - start) / n_pages;
  *from = start + page * length;
  *to = page + 1 == n_pages ? end : *from + length;
}

/* A page of a long span in a PDF or on paper: a timeline of its stretch
 * of time. An event is drawn on the page where it starts, with room for
 * its label, so that no label is cut in two at the edge of a page. */
static void
draw_timeline_stretch (cairo_t               *cr,
                       GListModel            *events,
                       const DlExportPicture *picture,
                       const DlRenderStyle   *style,
                       guint                  page,
                       guint                  n_pages)
{
  g_autoptr(DlViewport) viewport = dl_viewport_new ();
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(DlTimelineIndex) index = NULL;
  double from, to, time_width;

  get_page_stretch (events, picture, page, n_pages, &from, &to);
  shown = dup_page_events (events, from, to, page == 0, page + 1 == n_pages);
  index = dl_timeline_index_new (shown, picture->lanes);
  time_width = picture->width - dl_timeline_tray_width (picture->width,
                                                        dl_timeline_index_get_n_undated (index) > 0);
  dl_timeline_fit_viewport_to_span (viewport, (gint64) from, (gint64) to, time_width);
  draw_timeline_page (cr, index, viewport, style, picture->width, picture->height,
                      page + 1 < n_pages ? to : NAN);
}

static void
draw_timeline (cairo_t               *cr,
               DlCorpus              *corpus,
               const DlExportPicture *picture,
               const DlRenderStyle   *style,
               guint                  page)
{
  GListModel *events = picture_events (corpus, picture);
  guint n_pages = dl_export_picture_get_n_pages (picture);
  g_autoptr(DlTimelineIndex) index = NULL;
  g_autoptr(DlViewport) whole = NULL;

  if (n_pages > 1)
    {
      draw_timeline_stretch (cr, events, picture, style, page, n_pages);
      return;
    }
  index = dl_timeline_index_new (events, picture->lanes);
  whole = dup_picture_viewport (events, picture);
  draw_timeline_page (cr, index, whole, style, picture->width, picture->height, NAN);
}

static void
draw_picture_page (cairo_t               *cr,
                   DlCorpus              *corpus,
                   const DlExportPicture *picture,
                   const DlRenderStyle   *style,
                   guint                  page)
{
  double scale = picture->scale > 0 ? picture->scale : 1.0;

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  if (picture->view == DL_EXPORT_VIEW_GRAPH)
    dl_graph_render_full (cr,
                          picture->actors != NULL ? picture->actors : dl_corpus_get_actors (corpus),
                          picture->relations != NULL ? picture->relations : dl_corpus_get_relations (corpus),
                          picture->width, picture->height, style);
  else
    draw_timeline (cr, corpus, picture, style, page);
  cairo_restore (cr);
}

static void
draw_picture (cairo_t               *cr,
              DlCorpus              *corpus,
              const DlExportPicture *picture,
              const DlRenderStyle   *style)
{
  guint n_pages = dl_export_picture_get_n_pages (picture);

  for (guint i = 0; i < n_pages; i++)
    {
      if (i > 0)
        cairo_show_page (cr);
      draw_picture_page (cr, corpus, picture, style, i);
    }
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
render_surface (cairo_surface_t       *surface,
                DlCorpus              *corpus,
                const DlExportPicture *picture,
                const DlRenderStyle   *style,
                GError               **error)
{
  cairo_t *cr;
  cairo_status_t status;

  if (!check_status (cairo_surface_status (surface), error))
    return FALSE;

  cr = cairo_create (surface);
  draw_picture (cr, corpus, picture, style);
  status = cairo_status (cr);
  cairo_destroy (cr);
  return check_status (status, error);
}

static gboolean
check_picture (const DlExportPicture  *picture,
               GError                **error)
{
  int width, height;

  if (picture->scale < 0 || picture->scale > DL_EXPORT_MAX_SCALE || isnan (picture->scale))
    {
      g_set_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_INVALID_SIZE,
                   _("The scale must be more than 0 and at most %g"), DL_EXPORT_MAX_SCALE);
      return FALSE;
    }
  if (picture->pages > DL_EXPORT_MAX_PAGES)
    {
      g_set_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_INVALID_SIZE,
                   _("A PDF can have at most %d pages"), DL_EXPORT_MAX_PAGES);
      return FALSE;
    }
  if (!dl_export_check_size (picture->width, picture->height, error))
    return FALSE;
  dl_export_picture_get_output_size (picture, &width, &height);
  return dl_export_check_size (width, height, error);
}

/**
 * dl_export_picture_init:
 * @picture: (out caller-allocates): the picture to fill
 *
 * Sets @picture to the whole corpus, in one lane, fitted, light, at
 * scale 1 and on one page.
 */
void
dl_export_picture_init (DlExportPicture *picture,
                        DlExportView     view,
                        DlExportFormat   format,
                        int              width,
                        int              height)
{
  g_return_if_fail (picture != NULL);

  *picture = (DlExportPicture) { 0 };
  picture->view = view;
  picture->format = format;
  picture->lanes = DL_TIMELINE_LANES_NONE;
  picture->width = width;
  picture->height = height;
  picture->scale = 1.0;
  picture->pages = 1;
}

/**
 * dl_export_picture_get_output_size:
 * @width: (out): the width of the file, in pixels or points
 * @height: (out): its height
 *
 * The size of the file @picture makes: its layout size times its scale,
 * rounded to whole pixels or points.
 */
void
dl_export_picture_get_output_size (const DlExportPicture *picture,
                                   int                   *width,
                                   int                   *height)
{
  double scale;

  g_return_if_fail (picture != NULL);

  scale = picture->scale > 0 ? picture->scale : 1.0;
  if (width != NULL)
    *width = (int) ceil (picture->width * scale - 0.001);
  if (height != NULL)
    *height = (int) ceil (picture->height * scale - 0.001);
}

/**
 * dl_export_picture_get_n_pages:
 *
 * Returns: how many pages @picture makes: more than one only for a PDF
 *   of the timeline
 */
guint
dl_export_picture_get_n_pages (const DlExportPicture *picture)
{
  g_return_val_if_fail (picture != NULL, 1);

  if (picture->format != DL_EXPORT_FORMAT_PDF || picture->view != DL_EXPORT_VIEW_TIMELINE)
    return 1;
  return CLAMP (picture->pages, 1, DL_EXPORT_MAX_PAGES);
}

/**
 * dl_export_picture_draw_page:
 * @cr: where to draw, with the page's top left corner at the origin
 * @page: the page, counted from 0, below dl_export_picture_get_n_pages()
 *
 * Draws page @page of @picture of @corpus as dl_export_picture() puts
 * it in a file, for a caller that gets a cairo context for each page:
 * printing. The picture's format only says how many pages there are.
 */
void
dl_export_picture_draw_page (cairo_t               *cr,
                             DlCorpus              *corpus,
                             const DlExportPicture *picture,
                             guint                  page)
{
  DlRenderStyle light = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (DL_IS_CORPUS (corpus));
  g_return_if_fail (picture != NULL);
  g_return_if_fail (page < dl_export_picture_get_n_pages (picture));

  if (picture->style == NULL)
    dl_render_style_init_light (&light);
  draw_picture_page (cr, corpus, picture, picture->style != NULL ? picture->style : &light, page);
  dl_render_style_clear (&light);
}

/**
 * dl_export_picture_get_page_span:
 * @page: the page, counted from 0
 * @start: (out): the first second of the time page @page stands for
 * @end: (out): its last second
 *
 * The stretch of time a page of a timeline stands for: the events it
 * draws start there. The page itself shows a little more on both sides,
 * for the marks and labels at its ends.
 *
 * Returns: %TRUE if the page has a span: not for the graph, nor for a
 *   timeline without dates
 */
gboolean
dl_export_picture_get_page_span (DlCorpus              *corpus,
                                 const DlExportPicture *picture,
                                 guint                  page,
                                 double                *start,
                                 double                *end)
{
  GListModel *events;
  guint n_pages;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (picture != NULL, FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  events = picture_events (corpus, picture);
  n_pages = dl_export_picture_get_n_pages (picture);
  if (picture->view != DL_EXPORT_VIEW_TIMELINE || page >= n_pages ||
      !get_pages_span (events, picture, start, end))
    return FALSE;
  if (n_pages > 1)
    get_page_stretch (events, picture, page, n_pages, start, end);
  return TRUE;
}

/**
 * dl_export_picture_to_bytes:
 *
 * Draws @picture of @corpus.
 *
 * Returns: (transfer full) (nullable): the image file's contents
 */
GBytes *
dl_export_picture_to_bytes (DlCorpus               *corpus,
                            const DlExportPicture  *picture,
                            GError                **error)
{
  g_autoptr(GByteArray) output = NULL;
  cairo_surface_t *surface;
  DlRenderStyle light = { 0 };
  const DlRenderStyle *style;
  int width, height;
  gboolean ok;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (picture != NULL, NULL);
  g_return_val_if_fail (picture->viewport == NULL || DL_IS_VIEWPORT (picture->viewport), NULL);
  g_return_val_if_fail (dl_export_format_is_image (picture->format), NULL);

  if (!check_picture (picture, error))
    return NULL;

  style = picture->style;
  if (style == NULL)
    {
      dl_render_style_init_light (&light);
      style = &light;
    }

  output = g_byte_array_new ();
  dl_export_picture_get_output_size (picture, &width, &height);
  surface = create_surface (picture->format, width, height, output);
  ok = render_surface (surface, corpus, picture, style, error);
  if (ok && picture->format == DL_EXPORT_FORMAT_PNG)
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
 * dl_export_picture:
 * @path: the file to write; replaced if it exists
 *
 * Draws @picture of @corpus into @path.
 *
 * Returns: %TRUE on success; on failure, @error names @path
 */
gboolean
dl_export_picture (DlCorpus               *corpus,
                   const DlExportPicture  *picture,
                   const char             *path,
                   GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (picture != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = dl_export_picture_to_bytes (corpus, picture, &local_error);
  if (bytes != NULL)
    return _dl_export_write_bytes (bytes, path, error);

  _dl_export_set_write_error (error, local_error->code, path, local_error->message);
  return FALSE;
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
  DlExportPicture picture;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (viewport == NULL || DL_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (dl_export_format_is_image (format), NULL);

  dl_export_picture_init (&picture, view, format, width, height);
  picture.viewport = viewport;
  picture.style = style;
  return dl_export_picture_to_bytes (corpus, &picture, error);
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
  DlExportPicture picture;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (dl_export_format_is_image (format), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dl_export_picture_init (&picture, view, format, width, height);
  picture.viewport = viewport;
  picture.style = style;
  return dl_export_picture (corpus, &picture, path, error);
}
