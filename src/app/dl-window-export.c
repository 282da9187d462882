/* dl-window-export.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * File → Export: the visible view as PNG, SVG or PDF, drawn by the same
 * render code as the screen at the size it has on screen, or the data as
 * JSON or CSV.
 */
#include "config.h"

#include <glib/gi18n.h>

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

static gboolean
export_to_file (DlWindow  *self,
                GFile     *file,
                GError   **error)
{
  g_autofree char *path = g_file_get_path (file);
  GtkWidget *view = graph_is_visible (self) ? GTK_WIDGET (self->graph_view)
                                            : GTK_WIDGET (self->timeline_view);
  DlRenderStyle style = { 0 };
  DlExportFormat format;
  gboolean ok;

  if (path == NULL || !dl_export_format_from_path (path, &format))
    {
      g_set_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_FAILED,
                   _("Could not export to “%s”: choose a name ending in .png, .svg, .pdf, .json or .csv"),
                   path != NULL ? path : "?");
      return FALSE;
    }
  if (!dl_export_format_is_image (format))
    return dl_export_data (self->corpus, format, path, error);

  dl_theme_fill_render_style (view, &style);
  ok = dl_export_image (self->corpus,
                        graph_is_visible (self) ? DL_EXPORT_VIEW_GRAPH : DL_EXPORT_VIEW_TIMELINE,
                        self->viewport, &style, format,
                        MAX (gtk_widget_get_width (view), MIN_EXPORT_WIDTH),
                        MAX (gtk_widget_get_height (view), MIN_EXPORT_HEIGHT),
                        path, error);
  dl_render_style_clear (&style);
  return ok;
}

static void
export_response_cb (DlWindow             *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (export_to_file (self, file, &error))
        announce_export (self, file);
      else
        _dl_window_show_toast (self, error->message);
    }
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* TRANSLATORS: default file names for an export; keep the extension */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     graph_is_visible (self) ? _("actors.png") : _("timeline.png"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("PNG Image"), "image/png", "png");
  add_filter (GTK_FILE_CHOOSER (chooser), _("SVG Image"), "image/svg+xml", "svg");
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF Document"), "application/pdf", "pdf");
  add_filter (GTK_FILE_CHOOSER (chooser), _("JSON Data"), "application/json", "json");
  add_filter (GTK_FILE_CHOOSER (chooser), _("CSV Table"), "text/csv", "csv");
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_dl_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}
