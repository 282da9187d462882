/* dl-window-open.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening articles: the Open dialogs, drag and drop, and pasting text
 * as a new article. Projects found among the files go to
 * dl-window-project.c; articles are read and analysed in the
 * background by dl-window-import.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-import.h"
#include "dl-project.h"
#include "dl-window-private.h"

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
is_project_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, DL_PROJECT_EXTENSION);
}

/**
 * dl_window_open_files:
 * @files: (array length=n_files): files and folders
 *
 * Reads the articles in the background and adds them to the corpus.
 * Loads asked for while another runs wait their turn. Projects among
 * @files open as dl_window_open_project() does.
 */
void
dl_window_open_files (DlWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  GPtrArray *list;

  g_return_if_fail (DL_IS_WINDOW (self));

  list = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    {
      if (is_project_file (files[i]))
        dl_window_open_project (self, files[i]);
      else
        g_ptr_array_add (list, g_object_ref (files[i]));
    }
  if (list->len == 0)
    {
      g_ptr_array_unref (list);
      return;
    }
  g_queue_push_tail (&self->pending_loads, list);
  _dl_window_start_next_load (self);
}

/* Dialogs ----------------------------------------------------------------- */

static void
remember_folder (DlWindow *self,
                 GFile    *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = NULL;

  if (self->settings == NULL || parent == NULL)
    return;
  path = g_file_get_path (parent);
  if (path != NULL)
    g_settings_set_string (self->settings, "last-folder", path);
}

static void
open_response_cb (DlWindow             *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = NULL;
  guint n;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  n = g_list_model_get_n_items (files);
  array = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));
  if (n > 0)
    remember_folder (self, g_ptr_array_index (array, 0));
  dl_window_open_files (self, (GFile **) array->pdata, array->len);

out:
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
add_article_types (GtkFileFilter *filter)
{
  static const char * const suffixes[] = {
    "txt", "html", "htm", "xhtml", "md", "markdown", "pdf", "epub", "eml", "jsonl", "ndjson",
  };

  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/html");
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
}

static void
add_project_types (GtkFileFilter *filter)
{
  gtk_file_filter_add_mime_type (filter, DL_PROJECT_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, DL_PROJECT_EXTENSION + 1);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            gboolean        articles,
            gboolean        projects)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (articles)
    add_article_types (filter);
  if (projects)
    add_project_types (filter);
  if (!articles && !projects)
    gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

static void
add_open_filters (GtkFileChooser *chooser)
{
  add_filter (chooser, _("All Supported Files"), TRUE, TRUE);
  add_filter (chooser, _("Dateline Projects"), FALSE, TRUE);
  add_filter (chooser, _("Articles (text, web pages, PDF, books, mail, dumps)"), TRUE, FALSE);
  add_filter (chooser, _("All Files"), FALSE, FALSE);
}

static void
show_open_dialog (DlWindow             *self,
                  GtkFileChooserAction  action)
{
  gboolean folders = action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;
  GtkFileChooserNative *chooser;
  g_autofree char *last = NULL;

  chooser = gtk_file_chooser_native_new (folders ? _("Open Folder") : _("Open"),
                                         GTK_WINDOW (self), action, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  if (!folders)
    add_open_filters (GTK_FILE_CHOOSER (chooser));
  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-folder");
  if (last != NULL && *last != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_path (last);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_open_dialog (DL_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  show_open_dialog (DL_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

/* Pasting ------------------------------------------------------------------ */

/**
 * dl_window_add_text:
 * @text: an article's text, as pasted
 *
 * Adds @text as a new article, read as a text file would be, after the
 * loads that wait. Blank text adds nothing and says so.
 */
void
dl_window_add_text (DlWindow   *self,
                    const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) article = NULL;
  GPtrArray *list;

  g_return_if_fail (DL_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  if (is_blank (text))
    {
      _dl_window_show_toast (self, _("Nothing to paste: the clipboard holds no text"));
      return;
    }
  /* TRANSLATORS: what an article made of pasted text is called in messages */
  article = dl_import_text (_("pasted text"), text, &error);
  if (article == NULL)
    {
      _dl_window_show_toast (self, error->message);
      return;
    }
  list = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (list, g_steal_pointer (&article));
  g_queue_push_tail (&self->pending_loads, list);
  _dl_window_start_next_load (self);
}

static void
paste_text_cb (GObject      *clipboard,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DlWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  dl_window_add_text (self, text != NULL ? text : "");
}

/* Files copied in a file manager open as if dropped */
static void
paste_files_cb (GObject      *clipboard,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DlWindow) self = user_data;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  const GValue *value = gdk_clipboard_read_value_finish (GDK_CLIPBOARD (clipboard), result, NULL);

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  for (GSList *l = value != NULL ? g_value_get_boxed (value) : NULL; l != NULL; l = l->next)
    g_ptr_array_add (files, g_object_ref (l->data));
  if (files->len > 0)
    dl_window_open_files (self, (GFile **) files->pdata, files->len);
  else
    _dl_window_show_toast (self, _("Nothing to paste: the clipboard holds no text"));
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);

  if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST))
    gdk_clipboard_read_value_async (clipboard, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT, NULL,
                                    paste_files_cb, g_object_ref (widget));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, paste_text_cb, g_object_ref (widget));
}

/* Drag and drop ----------------------------------------------------------- */

static gboolean
drop_cb (DlWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, g_object_ref (l->data));
  dl_window_open_files (self, (GFile **) files->pdata, files->len);
  return files->len > 0;
}

void
_dl_window_open_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  /* Typing in a text field pastes there: the field takes Ctrl+V first */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-folder", NULL);
}

void
_dl_window_open_init (DlWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_queue_init (&self->pending_loads);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_dl_window_open_finalize (DlWindow *self)
{
  g_queue_clear_full (&self->pending_loads, (GDestroyNotify) g_ptr_array_unref);
}
