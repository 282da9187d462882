/* dl-window.c  (STUB, replaced) */
#include "config.h"

#include "dl-corpus.h"
#include "dl-window.h"

struct _DlWindow
{
  AdwApplicationWindow parent_instance;
  DlCorpus *corpus;
};

G_DEFINE_FINAL_TYPE (DlWindow, dl_window, ADW_TYPE_APPLICATION_WINDOW)

static void
dl_window_class_init (DlWindowClass *klass)
{
}

static void
dl_window_init (DlWindow *self)
{
  self->corpus = dl_corpus_new ();
}

DlWindow *
dl_window_new (DlApplication *application)
{
  return g_object_new (DL_TYPE_WINDOW, "application", application, NULL);
}

void
dl_window_open_files (DlWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
}

DlCorpus *
dl_window_get_corpus (DlWindow *self)
{
  return self->corpus;
}

gboolean
dl_window_is_busy (DlWindow *self)
{
  return FALSE;
}
