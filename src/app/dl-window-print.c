/* dl-window-print.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * File → Print: the current view on paper, through GTK's print dialog.
 * The timeline is cut into as many pages as its events need at the size
 * of the paper, each drawn by the same code as a page of a PDF export,
 * in the export's print style; the actor graph takes one page. Every
 * page ends with a footer: the project, the time the page stands for
 * and its number. The paper and printer chosen are kept for the rest of
 * the session.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dl-actor.h"
#include "dl-corpus.h"
#include "dl-event.h"
#include "dl-export.h"
#include "dl-project.h"
#include "dl-theme.h"
#include "dl-viewport.h"
#include "dl-window-private.h"

/* The strip at the foot of each page, in points at a scale of 100% */
#define FOOTER_HEIGHT 22.0
#define FOOTER_FONT_SIZE 8.0

/* What one print operation prints, taken from the window when it starts
 * so that a view that changes while the pages are drawn does not mix
 * two states on paper */
typedef struct
{
  GWeakRef window;
  DlCorpus *corpus;
  GListModel *events;
  GListModel *actors;
  DlViewport *viewport;
  DlTimelineLanes lanes;
  DlExportView view;
  DlRenderStyle style;
  char *title;
  DlExportPicture picture;    /* laid out for the paper in begin-print */
  double page_height;         /* with the footer */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_weak_ref_clear (&job->window);
  g_clear_object (&job->corpus);
  g_clear_object (&job->events);
  g_clear_object (&job->actors);
  g_clear_object (&job->viewport);
  dl_render_style_clear (&job->style);
  g_free (job->title);
  g_free (job);
}

/* The items of @model as they are now */
static GListModel *
dup_snapshot (GListModel *model,
              GType       type)
{
  GListStore *store = g_list_store_new (type);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}

/* The export's print style: white paper, black text, with the family of
 * the screen's font so that the page reads like the view */
static void
fill_print_style (DlWindow      *self,
                  DlRenderStyle *style)
{
  DlRenderStyle screen = { 0 };

  dl_export_style_init (style, DL_EXPORT_STYLE_PRINT);
  dl_theme_fill_render_style (GTK_WIDGET (self->timeline_view), &screen);
  if (screen.font_family != NULL)
    {
      g_free (style->font_family);
      style->font_family = g_steal_pointer (&screen.font_family);
    }
  dl_render_style_clear (&screen);
}

static PrintJob *
print_job_new (DlWindow *self)
{
  PrintJob *job = g_new0 (PrintJob, 1);
  gboolean graph = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "graph") == 0;

  g_weak_ref_init (&job->window, self);
  job->corpus = g_object_ref (self->corpus);
  job->view = graph ? DL_EXPORT_VIEW_GRAPH : DL_EXPORT_VIEW_TIMELINE;
  job->events = dup_snapshot (G_LIST_MODEL (self->shown_events), DL_TYPE_EVENT);
  job->actors = dup_snapshot (G_LIST_MODEL (self->shown_actors), DL_TYPE_ACTOR);
  job->viewport = dl_viewport_new ();
  dl_viewport_set_range (job->viewport, dl_viewport_get_start (self->viewport),
                         dl_viewport_get_end (self->viewport));
  job->lanes = dl_timeline_lanes_from_string (dl_timeline_view_get_lanes (self->timeline_view));
  fill_print_style (self, &job->style);
  job->title = _dl_window_dup_project_name (self);
  return job;
}

/* Pages --------------------------------------------------------------------- */

/* The scale chosen in the print dialog: GTK scales the pages by it, so
 * the layout is made that much larger or smaller to fill the paper
 * again, and a larger scale prints larger text on more pages. Written
 * straight to a file (an export, in the tests) GTK scales nothing. */
static double
get_print_scale (GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  g_autofree char *export_filename = NULL;
  double scale;

  g_object_get (operation, "export-filename", &export_filename, NULL);
  if (settings == NULL || export_filename != NULL)
    return 1;
  scale = gtk_print_settings_get_scale (settings) / 100;
  return scale > 0 ? scale : 1;
}

/* The view laid out on the printable part of the paper, less the footer,
 * and cut into the pages its events need */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double scale = get_print_scale (operation);
  double width = MAX (gtk_print_context_get_width (context) / scale, DL_EXPORT_MIN_SIZE);
  double height = MAX (gtk_print_context_get_height (context) / scale, FOOTER_HEIGHT + DL_EXPORT_MIN_SIZE);

  dl_export_picture_init (&job->picture, job->view, DL_EXPORT_FORMAT_PDF,
                          (int) floor (width), (int) floor (height - FOOTER_HEIGHT));
  job->page_height = height;
  job->picture.events = job->events;
  job->picture.actors = job->actors;
  job->picture.viewport = job->viewport;
  job->picture.lanes = job->lanes;
  job->picture.style = &job->style;
  if (job->view == DL_EXPORT_VIEW_TIMELINE)
    job->picture.pages = dl_export_pages_for_width (job->events, job->viewport, width);
  gtk_print_operation_set_n_pages (operation, (int) dl_export_picture_get_n_pages (&job->picture));
}

static char *
format_day (double time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc ((gint64) floor (time));

  if (date == NULL)
    return g_strdup ("");
  /* TRANSLATORS: a short date in the article list, see g_date_time_format() */
  return g_date_time_format (date, _("%-d %b %Y"));
}

/* The days the page stands for, or "" for a page without time */
static char *
dup_page_dates (PrintJob *job,
                guint     page)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  double start, end;

  if (!dl_export_picture_get_page_span (job->corpus, &job->picture, page, &start, &end))
    return g_strdup ("");
  first = format_day (start);
  last = format_day (MAX (start, end - 1));
  if (g_strcmp0 (first, last) == 0)
    return g_steal_pointer (&first);
  /* TRANSLATORS: the first and the last day a printed page shows */
  return g_strdup_printf (_("%s – %s"), first, last);
}

/* @text in the footer, in a third of the page's width: 0 left, 1 in the
 * middle, 2 right */
static void
draw_footer_text (cairo_t     *cr,
                  PangoLayout *layout,
                  const char  *text,
                  int          third,
                  double       width,
                  double       y)
{
  static const PangoAlignment alignments[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT };
  int text_height;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width / 3 * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignments[third]);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  cairo_move_to (cr, third * width / 3, y - text_height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_footer (cairo_t  *cr,
             PrintJob *job,
             guint     page,
             guint     n_pages)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (job->style.font_family);
  g_autofree char *dates = dup_page_dates (job, page);
  /* TRANSLATORS: at the foot of a printed page */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  double width = job->picture.width;
  double top = job->page_height - FOOTER_HEIGHT;

  /* A hairline between the picture and the footer */
  dl_color_set_source (cr, &job->style.grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, top + 3.5);
  cairo_line_to (cr, width, top + 3.5);
  cairo_stroke (cr);

  pango_font_description_set_absolute_size (font, FOOTER_FONT_SIZE * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  dl_color_set_source (cr, &job->style.dim_foreground);
  draw_footer_text (cr, layout, job->title, 0, width, top + FOOTER_HEIGHT / 2 + 2);
  draw_footer_text (cr, layout, dates, 1, width, top + FOOTER_HEIGHT / 2 + 2);
  draw_footer_text (cr, layout, number, 2, width, top + FOOTER_HEIGHT / 2 + 2);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint n_pages = dl_export_picture_get_n_pages (&job->picture);

  if (page < 0 || (guint) page >= n_pages)
    return;
  dl_export_picture_draw_page (cr, job->corpus, &job->picture, (guint) page);
  draw_footer (cr, job, (guint) page, n_pages);
}

/* The end ------------------------------------------------------------------- */

/* The printer, paper and options chosen are those of the next print */
static void
remember_setup (DlWindow          *self,
                GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  GtkPageSetup *page_setup = gtk_print_operation_get_default_page_setup (operation);

  if (settings != NULL)
    {
      g_clear_object (&self->print_settings);
      self->print_settings = gtk_print_settings_copy (settings);
    }
  if (page_setup != NULL)
    {
      g_clear_object (&self->page_setup);
      self->page_setup = gtk_page_setup_copy (page_setup);
    }
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  g_autoptr(DlWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self == NULL)
    return;
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember_setup (self, operation);
  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  /* TRANSLATORS: why printing failed follows */
  message = g_strdup_printf (_("Could not print: %s"),
                             error != NULL ? error->message : _("the printer reported an error"));
  _dl_window_show_toast (self, message);
}

/* The setup ----------------------------------------------------------------- */

/* A timeline is wider than tall: landscape, on the paper of the locale */
static GtkPageSetup *
create_default_page_setup (void)
{
  GtkPageSetup *page_setup = gtk_page_setup_new ();

  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  return page_setup;
}

/**
 * _dl_window_create_print_operation:
 *
 * The print operation of win.print, ready to run: the current view,
 * the paper and printer of the last print of the session, landscape at
 * first. Tests run it to a file instead of through the dialog.
 *
 * Returns: (transfer full): a new #GtkPrintOperation
 */
GtkPrintOperation *
_dl_window_create_print_operation (DlWindow *self)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  PrintJob *job;

  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);

  operation = gtk_print_operation_new ();
  job = print_job_new (self);
  page_setup = self->page_setup != NULL ? gtk_page_setup_copy (self->page_setup) : create_default_page_setup ();
  /* Sizes in points whatever the printer's resolution */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  if (self->print_settings != NULL)
    {
      g_autoptr(GtkPrintSettings) settings = gtk_print_settings_copy (self->print_settings);

      gtk_print_operation_set_print_settings (operation, settings);
    }
  gtk_print_operation_set_job_name (operation, job->title);
  g_object_set_data_full (G_OBJECT (operation), "dl-print-job", job, print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), job);
  return operation;
}

void
_dl_window_print_dispose (DlWindow *self)
{
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);
}

/* The action ---------------------------------------------------------------- */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = _dl_window_create_print_operation (self);

  /* The dialog does not block the window's main loop; the result,
   * failures included, arrives in done_cb */
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), NULL);
}

/* Printing needs something to print: an event the view shows */
static void
update_print_enabled (DlWindow *self)
{
  gboolean has_events = g_list_model_get_n_items (G_LIST_MODEL (self->shown_events)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_events);
}

void
_dl_window_print_init (DlWindow *self)
{
  g_signal_connect_object (self->shown_events, "items-changed",
                           G_CALLBACK (update_print_enabled), self, G_CONNECT_SWAPPED);
  update_print_enabled (self);
}

void
_dl_window_print_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}
