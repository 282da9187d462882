/* dl-window-export.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * File → Export: the current view or everything as PNG, SVG or PDF,
 * drawn by the same render code as the screen, in the look, size and
 * scale chosen in the export dialog; or the data as JSON, CSV or
 * iCalendar events.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-corpus.h"
#include "dl-export-dialog.h"
#include "dl-export.h"
#include "dl-theme.h"
#include "dl-window-private.h"

/* Exported pictures are never smaller than this, so that a narrow
 * window still gives a usable image */
#define MIN_EXPORT_WIDTH 800
#define MIN_EXPORT_HEIGHT 450

static gboolean
graph_is_visible (DlWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "graph") == 0;
}

static void
export_opened_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_message ("Could not show the exported file: %s", error->message);
}

static void
open_exported_cb (AdwToast *toast,
                  gpointer  user_data)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "uri");

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, export_opened_cb, NULL);
}

static void
announce_export (DlWindow *self,
                 GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  /* TRANSLATORS: shown after an export, with the file name */
  g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_file_get_uri (file), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_exported_cb), NULL);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The render style of the chosen look, with the screen's font so that
 * the picture reads like the view */
static void
fill_style (GtkWidget     *view,
            DlExportStyle  which,
            DlRenderStyle *style)
{
  DlRenderStyle screen = { 0 };

  dl_theme_fill_render_style (view, &screen);
  dl_export_style_init (style, which);
  if (screen.font_family != NULL)
    {
      g_free (style->font_family);
      style->font_family = g_strdup (screen.font_family);
    }
  if (screen.font_size > 0)
    style->font_size = screen.font_size;
  dl_render_style_clear (&screen);
}

/* The current view is what the person sees: its span of time, its
 * lanes and the filtered events and actors; everything is the whole
 * corpus, fitted, in one lane */
static gboolean
export_picture (DlWindow        *self,
                DlExportDialog  *dialog,
                const char      *path,
                GError         **error)
{
  DlExportView view = dl_export_dialog_get_view (dialog);
  GtkWidget *widget = view == DL_EXPORT_VIEW_GRAPH ? GTK_WIDGET (self->graph_view)
                                                   : GTK_WIDGET (self->timeline_view);
  DlRenderStyle style = { 0 };
  DlExportPicture picture;
  int width, height;
  gboolean ok;

  dl_export_dialog_get_size (dialog, &width, &height);
  dl_export_picture_init (&picture, view, dl_export_dialog_get_format (dialog), width, height);
  fill_style (widget, dl_export_dialog_get_style (dialog), &style);
  picture.style = &style;
  picture.scale = dl_export_dialog_get_scale (dialog);
  picture.pages = dl_export_dialog_get_pages (dialog);
  if (dl_export_dialog_get_scope (dialog) == DL_EXPORT_SCOPE_VIEW)
    {
      picture.events = G_LIST_MODEL (self->shown_events);
      picture.actors = G_LIST_MODEL (self->shown_actors);
      picture.viewport = self->viewport;
      picture.lanes = dl_timeline_lanes_from_string (dl_timeline_view_get_lanes (self->timeline_view));
    }
  ok = dl_export_picture (self->corpus, &picture, path, error);
  dl_render_style_clear (&style);
  return ok;
}

static void
export_cb (DlWindow       *self,
           GFile          *file,
           DlExportDialog *dialog)
{
  g_autofree char *path = g_file_get_path (file);
  DlExportFormat format = dl_export_dialog_get_format (dialog);
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  if (path == NULL)
    g_set_error (&error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_FAILED,
                 _("Could not export: choose a file on this computer"));
  else if (dl_export_format_is_image (format))
    ok = export_picture (self, dialog, path, &error);
  else
    ok = dl_export_data (self->corpus, format, path, &error);

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (ok)
    announce_export (self, file);
  else
    _dl_window_show_toast (self, error->message);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  gboolean graph = graph_is_visible (self);
  GtkWidget *view = graph ? GTK_WIDGET (self->graph_view) : GTK_WIDGET (self->timeline_view);
  DlExportDialog *dialog;

  /* Start at the size the view has on screen */
  dialog = dl_export_dialog_new (GTK_WINDOW (self), graph ? DL_EXPORT_VIEW_GRAPH : DL_EXPORT_VIEW_TIMELINE,
                                 MAX (gtk_widget_get_width (view), MIN_EXPORT_WIDTH),
                                 MAX (gtk_widget_get_height (view), MIN_EXPORT_HEIGHT));
  /* The picture looks like the screen unless the person asks otherwise */
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    dl_export_dialog_set_style (dialog, DL_EXPORT_STYLE_DARK);
  dl_export_dialog_suggest_pages (dialog,
                                  dl_export_suggest_pages (G_LIST_MODEL (self->shown_events), self->viewport),
                                  dl_export_suggest_pages (dl_corpus_get_events (self->corpus), NULL));
  g_signal_connect_object (dialog, "export", G_CALLBACK (export_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_dl_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}
