/* dl-export-style.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The looks an exported picture can take (light, dark, print) and how
 * many pages a long timeline wants in a PDF or on paper.
 */
#include "config.h"

#include <math.h>

#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export.h"
#include "dl-viewport.h"

/* Dated events a page holds before it gets crowded: about what an A4
 * page in landscape, PAGE_WIDTH points wide inside its margins, shows
 * with every label readable. A narrower page holds fewer. */
#define EVENTS_PER_PAGE 40
#define PAGE_WIDTH 800.0
#define MAX_SUGGESTED_PAGES 20

static const char * const style_names[] = { "light", "dark", "print" };

/**
 * dl_export_style_init:
 * @style: (out caller-allocates): the style to fill; clear it with
 *   dl_render_style_clear()
 *
 * The light and dark styles are the window's defaults. The print style
 * is the light one on paper: white, with opaque black text, grid lines
 * that survive a printer and the high-contrast marks.
 */
void
dl_export_style_init (DlRenderStyle *style,
                      DlExportStyle  which)
{
  g_return_if_fail (style != NULL);

  switch (which)
    {
    case DL_EXPORT_STYLE_DARK:
      dl_render_style_init_dark (style);
      break;
    case DL_EXPORT_STYLE_PRINT:
      dl_render_style_init_light (style);
      style->background = (DlColor) { 1, 1, 1, 1 };
      style->foreground = (DlColor) { 0, 0, 0, 1 };
      style->dim_foreground = (DlColor) { 0.25, 0.25, 0.25, 1 };
      style->grid = (DlColor) { 0, 0, 0, 0.25 };
      style->accent = (DlColor) { 0.05, 0.25, 0.55, 1 };
      style->high_contrast = TRUE;
      break;
    case DL_EXPORT_STYLE_LIGHT:
    default:
      dl_render_style_init_light (style);
      break;
    }
}

/**
 * dl_export_style_from_string:
 * @name: "light", "dark" or "print"
 * @which: (out): the style
 *
 * Returns: %TRUE if @name names a style
 */
gboolean
dl_export_style_from_string (const char    *name,
                             DlExportStyle *which)
{
  g_return_val_if_fail (which != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (style_names); i++)
    if (g_ascii_strcasecmp (name, style_names[i]) == 0)
      {
        *which = (DlExportStyle) i;
        return TRUE;
      }
  return FALSE;
}

const char *
dl_export_style_to_string (DlExportStyle which)
{
  g_return_val_if_fail ((guint) which < G_N_ELEMENTS (style_names), NULL);
  return style_names[which];
}

static gboolean
event_in_range (DlEvent *event,
                double   start,
                double   end)
{
  DlDateSpan *when = dl_event_get_when (event);

  return when != NULL && dl_date_span_get_end (when) > start && dl_date_span_get_start (when) < end;
}

static guint
count_dated (GListModel *events,
             DlViewport *viewport)
{
  double start = viewport != NULL ? dl_viewport_get_start (viewport) : -INFINITY;
  double end = viewport != NULL ? dl_viewport_get_end (viewport) : INFINITY;
  guint n = g_list_model_get_n_items (events);
  guint n_dated = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if (event_in_range (event, start, end))
        n_dated++;
    }
  return n_dated;
}

/**
 * dl_export_pages_for_width:
 * @events: a #GListModel of #DlEvent
 * @viewport: (nullable): the time to draw, %NULL for all of it
 * @width: the width each page is laid out at, in points
 *
 * The page maths of printing: pages of @width are added until none
 * holds many more events than it can label.
 *
 * Returns: how many pages a timeline of @events wants, from 1 to
 *   %DL_EXPORT_MAX_PAGES
 */
guint
dl_export_pages_for_width (GListModel *events,
                           DlViewport *viewport,
                           double      width)
{
  guint per_page;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), 1);
  g_return_val_if_fail (viewport == NULL || DL_IS_VIEWPORT (viewport), 1);
  g_return_val_if_fail (width > 0, 1);

  per_page = (guint) MAX (floor (EVENTS_PER_PAGE * width / PAGE_WIDTH), 1);
  return CLAMP ((count_dated (events, viewport) + per_page - 1) / per_page, 1, DL_EXPORT_MAX_PAGES);
}

/**
 * dl_export_suggest_pages:
 * @events: a #GListModel of #DlEvent
 * @viewport: (nullable): the time to export, %NULL for all of it
 *
 * Returns: how many pages a PDF of @events wants so that no page holds
 *   many more than an A4 page in landscape can label: 1 for a short
 *   timeline, at most 20
 */
guint
dl_export_suggest_pages (GListModel *events,
                         DlViewport *viewport)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (events), 1);
  g_return_val_if_fail (viewport == NULL || DL_IS_VIEWPORT (viewport), 1);

  return MIN (dl_export_pages_for_width (events, viewport, PAGE_WIDTH), MAX_SUGGESTED_PAGES);
}
