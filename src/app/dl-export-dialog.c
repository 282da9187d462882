/* dl-export-dialog.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export dialog: the current view or everything, as a picture (at a
 * size, a scale and in a style, on several PDF pages for a long span)
 * or as data. It only gathers the choices; the window draws the file
 * with the same code as the screen once a file is picked.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-app-resources.h"
#include "dl-export-dialog.h"

struct _DlExportDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkButton *export_button;
  AdwComboRow *scope_row;
  AdwComboRow *format_row;
  AdwPreferencesGroup *picture_group;
  AdwComboRow *style_row;
  GtkSpinButton *width_spin;
  GtkSpinButton *height_spin;
  AdwComboRow *scale_row;
  AdwActionRow *pages_row;
  GtkSpinButton *pages_spin;

  /* State */
  DlExportView view;
  guint suggested_pages[2];
  GtkFileChooserNative *chooser;
};

enum { EXPORT, N_SIGNALS };

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DlExportDialog, dl_export_dialog, ADW_TYPE_WINDOW)

/* The formats in the order of the format menu, which is theirs */
static const DlExportFormat menu_formats[] = {
  DL_EXPORT_FORMAT_PNG, DL_EXPORT_FORMAT_SVG, DL_EXPORT_FORMAT_PDF,
  DL_EXPORT_FORMAT_JSON, DL_EXPORT_FORMAT_CSV, DL_EXPORT_FORMAT_TIMELINEJS,
  DL_EXPORT_FORMAT_ICS, DL_EXPORT_FORMAT_GEXF, DL_EXPORT_FORMAT_GRAPHML,
};

static gboolean
is_graph_format (DlExportFormat format)
{
  return format == DL_EXPORT_FORMAT_GEXF || format == DL_EXPORT_FORMAT_GRAPHML;
}

static void
update_rows (DlExportDialog *self)
{
  DlExportFormat format = dl_export_dialog_get_format (self);
  gboolean picture = dl_export_format_is_image (format);
  DlExportPicture sized;
  g_autofree char *output = NULL;
  int width, height;

  gtk_widget_set_sensitive (GTK_WIDGET (self->picture_group), picture);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scope_row), picture);
  gtk_widget_set_visible (GTK_WIDGET (self->pages_row),
                          format == DL_EXPORT_FORMAT_PDF && self->view == DL_EXPORT_VIEW_TIMELINE);

  dl_export_picture_init (&sized, self->view, format, 0, 0);
  dl_export_dialog_get_size (self, &sized.width, &sized.height);
  sized.scale = dl_export_dialog_get_scale (self);
  dl_export_picture_get_output_size (&sized, &width, &height);
  if (format == DL_EXPORT_FORMAT_PNG)
    /* TRANSLATORS: the size of the exported image, under the scale */
    output = g_strdup_printf (_("%d × %d pixels"), width, height);
  else
    /* TRANSLATORS: the size of an exported SVG or PDF page, under the scale */
    output = g_strdup_printf (_("%d × %d points"), width, height);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scale_row), output);
}

static void
scope_changed_cb (DlExportDialog *self)
{
  dl_export_dialog_set_pages (self, self->suggested_pages[dl_export_dialog_get_scope (self)]);
}

static void
chooser_response_cb (DlExportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    dl_export_dialog_export_to (self, file);
}

static void
export_clicked_cb (DlExportDialog *self)
{
  g_autofree char *name = dl_export_dialog_dup_file_name (self);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
dl_export_dialog_dispose (GObject *object)
{
  DlExportDialog *self = DL_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), DL_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (dl_export_dialog_parent_class)->dispose (object);
}

static void
dl_export_dialog_class_init (DlExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_export_dialog_dispose;

  /**
   * DlExportDialog::export:
   * @file: the file picked
   *
   * The person picked a file to export to, with the dialog's choices.
   */
  signals[EXPORT] = g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  dl_app_resources_ensure ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dl-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, picture_group);
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, style_row);
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, pages_row);
  gtk_widget_class_bind_template_child (widget_class, DlExportDialog, pages_spin);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dl_export_dialog_init (DlExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->suggested_pages[0] = self->suggested_pages[1] = 1;
  g_signal_connect_object (self->format_row, "notify::selected", G_CALLBACK (update_rows), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scale_row, "notify::selected", G_CALLBACK (update_rows), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->width_spin, "value-changed", G_CALLBACK (update_rows), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->height_spin, "value-changed", G_CALLBACK (update_rows), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scope_row, "notify::selected", G_CALLBACK (scope_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->export_button, "clicked", G_CALLBACK (export_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  update_rows (self);
}

/**
 * dl_export_dialog_new:
 * @parent: the window whose view is exported
 * @view: the view shown in it
 * @width: the size the picture starts at, usually the view's
 * @height: the height it starts at
 */
DlExportDialog *
dl_export_dialog_new (GtkWindow    *parent,
                      DlExportView  view,
                      int           width,
                      int           height)
{
  DlExportDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (DL_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->view = view;
  dl_export_dialog_set_size (self, width, height);
  update_rows (self);
  return self;
}

DlExportView
dl_export_dialog_get_view (DlExportDialog *self)
{
  g_return_val_if_fail (DL_IS_EXPORT_DIALOG (self), DL_EXPORT_VIEW_TIMELINE);
  return self->view;
}

DlExportScope
dl_export_dialog_get_scope (DlExportDialog *self)
{
  g_return_val_if_fail (DL_IS_EXPORT_DIALOG (self), DL_EXPORT_SCOPE_VIEW);
  return adw_combo_row_get_selected (self->scope_row) == 1 ? DL_EXPORT_SCOPE_EVERYTHING : DL_EXPORT_SCOPE_VIEW;
}

void
dl_export_dialog_set_scope (DlExportDialog *self,
                            DlExportScope   scope)
{
  g_return_if_fail (DL_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->scope_row, scope == DL_EXPORT_SCOPE_EVERYTHING ? 1 : 0);
}

DlExportFormat
dl_export_dialog_get_format (DlExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (DL_IS_EXPORT_DIALOG (self), DL_EXPORT_FORMAT_PNG);

  selected = adw_combo_row_get_selected (self->format_row);
  return selected < G_N_ELEMENTS (menu_formats) ? menu_formats[selected] : DL_EXPORT_FORMAT_PNG;
}

/**
 * dl_export_dialog_set_format:
 * @format: any format Dateline writes
 */
void
dl_export_dialog_set_format (DlExportDialog *self,
                             DlExportFormat  format)
{
  g_return_if_fail (DL_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (menu_formats); i++)
    if (menu_formats[i] == format)
      adw_combo_row_set_selected (self->format_row, i);
}

DlExportStyle
dl_export_dialog_get_style (DlExportDialog *self)
{
  g_return_val_if_fail (DL_IS_EXPORT_DIALOG (self), DL_EXPORT_STYLE_LIGHT);
  return (DlExportStyle) MIN (adw_combo_row_get_selected (self->style_row), DL_EXPORT_STYLE_PRINT);
}

void
dl_export_dialog_set_style (DlExportDialog *self,
                            DlExportStyle   style)
{
  g_return_if_fail (DL_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->style_row, (guint) style);
}

void
dl_export_dialog_get_size (DlExportDialog *self,
                           int            *width,
                           int            *height)
{
  g_return_if_fail (DL_IS_EXPORT_DIALOG (self));

  if (width != NULL)
    *width = gtk_spin_button_get_value_as_int (self->width_spin);
  if (height != NULL)
    *height = gtk_spin_button_get_value_as_int (self->height_spin);
}

void
dl_export_dialog_set_size (DlExportDialog *self,
                           int             width,
                           int             height)
{
  g_return_if_fail (DL_IS_EXPORT_DIALOG (self));

  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
}

double
dl_export_dialog_get_scale (DlExportDialog *self)
{
  g_return_val_if_fail (DL_IS_EXPORT_DIALOG (self), 1.0);
  return adw_combo_row_get_selected (self->scale_row) + 1.0;
}

/**
 * dl_export_dialog_set_scale:
 * @scale: 1, 2 or 3
 */
void
dl_export_dialog_set_scale (DlExportDialog *self,
                            double          scale)
{
  g_return_if_fail (DL_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->scale_row, (guint) CLAMP (scale, 1, 3) - 1);
}

/**
 * dl_export_dialog_get_pages:
 *
 * Returns: the pages of a PDF of the timeline; 1 for anything else
 */
guint
dl_export_dialog_get_pages (DlExportDialog *self)
{
  g_return_val_if_fail (DL_IS_EXPORT_DIALOG (self), 1);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->pages_row)))
    return 1;
  return (guint) gtk_spin_button_get_value_as_int (self->pages_spin);
}

void
dl_export_dialog_set_pages (DlExportDialog *self,
                            guint           pages)
{
  g_return_if_fail (DL_IS_EXPORT_DIALOG (self));
  gtk_spin_button_set_value (self->pages_spin, pages);
}

/**
 * dl_export_dialog_suggest_pages:
 * @view_pages: pages a PDF of the current view wants
 * @everything_pages: pages a PDF of everything wants
 *
 * Sets the pages to the suggestion for the chosen contents, and to the
 * other when the contents change.
 */
void
dl_export_dialog_suggest_pages (DlExportDialog *self,
                                guint           view_pages,
                                guint           everything_pages)
{
  g_return_if_fail (DL_IS_EXPORT_DIALOG (self));

  self->suggested_pages[DL_EXPORT_SCOPE_VIEW] = MAX (view_pages, 1);
  self->suggested_pages[DL_EXPORT_SCOPE_EVERYTHING] = MAX (everything_pages, 1);
  scope_changed_cb (self);
}

/**
 * dl_export_dialog_dup_file_name:
 *
 * Returns: (transfer full): the name the file chooser suggests
 */
char *
dl_export_dialog_dup_file_name (DlExportDialog *self)
{
  DlExportFormat format;
  const char *stem;

  g_return_val_if_fail (DL_IS_EXPORT_DIALOG (self), NULL);

  format = dl_export_dialog_get_format (self);
  if (is_graph_format (format))
    /* TRANSLATORS: the file name an export of the actor graph starts with */
    stem = _("actors");
  else if (!dl_export_format_is_image (format))
    /* TRANSLATORS: the file name an export of the data starts with */
    stem = _("events");
  else if (self->view == DL_EXPORT_VIEW_GRAPH)
    /* TRANSLATORS: the file name an export of the actor graph starts with */
    stem = _("actors");
  else
    /* TRANSLATORS: the file name an export of the timeline starts with */
    stem = _("timeline");
  return g_strconcat (stem, dl_export_format_get_extension (format), NULL);
}

/**
 * dl_export_dialog_export_to:
 * @file: where to write
 *
 * Exports to @file with the dialog's choices, as picking @file in the
 * file chooser does.
 */
void
dl_export_dialog_export_to (DlExportDialog *self,
                            GFile          *file)
{
  g_return_if_fail (DL_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  g_signal_emit (self, signals[EXPORT], 0, file);
}
