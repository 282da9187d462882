/* dl-cli-extract.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dateline-cli extract [--stream] [--dct DATE] FILE...`: the Dateline
 * document of the given articles, or of a saved project, on standard
 * output. With --stream, one document per article, one per line, in
 * memory that does not grow with the number of articles: they are read
 * one at a time, analysed a few at a time on worker threads, and
 * written in the order they were read.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-cli-commands.h"
#include "dl-corpus.h"
#include "dl-export.h"
#include "dl-import.h"

/* Articles read but not yet written, for each processor: enough to
 * keep every worker busy while the next line waits to be written */
#define STREAM_JOBS_PER_PROCESSOR 2

/* An article in flight: its line, once analysed */
typedef struct
{
  gboolean done;
  GBytes *line;
} StreamSlot;

/* The articles in flight are the ones numbered from @n_written up to
 * @n_read; article n's line waits in slots[n % n_slots] */
typedef struct
{
  GMutex lock;
  GCond line_done;
  GThreadPool *pool;
  StreamSlot *slots;
  guint n_slots;
  guint64 n_read;
  guint64 n_written;
  GDateTime *dct;
  gboolean analysis_failed;
  GError *write_error;
} Stream;

typedef struct
{
  guint64 number;
  DlArticle *article;
} StreamJob;

/* What reading one file needs: the bad records of a dump are reported
 * as they come, and not kept */
typedef struct
{
  Stream *stream;
  const char *name;
  GPtrArray *errors;
  guint n_errors;
} StreamFile;

/* The document of @article alone, on one line */
static GBytes *
document_line (DlArticle *article)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();
  g_autoptr(DlAnalysisResult) result = NULL;
  g_autoptr(DlCorpus) corpus = dl_corpus_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  GString *line;

  g_ptr_array_add (articles, article);
  if (!dl_analyzer_run_full (articles, &result, NULL, &error))
    {
      g_printerr ("dateline-cli: %s: %s\n", dl_article_get_path (article), error->message);
      return NULL;
    }
  dl_analysis_result_apply_dcts (result, articles);
  dl_corpus_add_article (corpus, article);
  dl_corpus_set_analysis (corpus, result->actors, result->events);
  root = dl_export_corpus_to_json (corpus);
  json_generator_set_root (generator, root);
  line = g_string_new (NULL);
  json_generator_to_gstring (generator, line);
  g_string_append_c (line, '\n');
  return g_string_free_to_bytes (line);
}

static void
analyse_job (gpointer data,
             gpointer user_data)
{
  StreamJob *job = data;
  Stream *self = user_data;
  GBytes *line = document_line (job->article);
  StreamSlot *slot = &self->slots[job->number % self->n_slots];

  g_mutex_lock (&self->lock);
  slot->line = line;
  slot->done = TRUE;
  g_cond_broadcast (&self->line_done);
  g_mutex_unlock (&self->lock);

  g_object_unref (job->article);
  g_free (job);
}

static void
stream_init (Stream    *self,
             GDateTime *dct)
{
  guint n_workers = MAX (g_get_num_processors (), 1);

  memset (self, 0, sizeof *self);
  g_mutex_init (&self->lock);
  g_cond_init (&self->line_done);
  self->n_slots = n_workers * STREAM_JOBS_PER_PROCESSOR;
  self->slots = g_new0 (StreamSlot, self->n_slots);
  self->pool = g_thread_pool_new (analyse_job, self, n_workers, FALSE, NULL);
  self->dct = dct;
}

/* Takes the next line to write, waiting for it if it is not done */
static gboolean
stream_take_next (Stream   *self,
                  gboolean  wait,
                  GBytes  **line)
{
  StreamSlot *slot = &self->slots[self->n_written % self->n_slots];
  gboolean taken = FALSE;

  g_mutex_lock (&self->lock);
  while (wait && !slot->done)
    g_cond_wait (&self->line_done, &self->lock);
  if (slot->done)
    {
      *line = g_steal_pointer (&slot->line);
      slot->done = FALSE;
      taken = TRUE;
    }
  g_mutex_unlock (&self->lock);
  return taken;
}

/* A line that could not be made was reported by the worker */
static void
stream_write (Stream *self,
              GBytes *line)
{
  gsize size;
  gconstpointer data;

  self->analysis_failed |= line == NULL;
  if (line == NULL || self->write_error != NULL)
    return;
  data = g_bytes_get_data (line, &size);
  if (fwrite (data, 1, size, stdout) == size && fflush (stdout) == 0)
    return;
  g_set_error (&self->write_error, G_IO_ERROR, g_io_error_from_errno (errno),
               _("Could not write to the standard output: %s"), g_strerror (errno));
}

/* Writes the lines that are done, in order, until @until are written;
 * past that, the ones that are done without waiting */
static void
stream_write_until (Stream  *self,
                    guint64  until)
{
  while (self->n_written < self->n_read)
    {
      g_autoptr(GBytes) line = NULL;

      if (!stream_take_next (self, self->n_written < until, &line))
        return;
      stream_write (self, line);
      self->n_written++;
    }
}

/* Hands @article to a worker once there is room for it */
static void
stream_push (Stream    *self,
             DlArticle *article)
{
  StreamJob *job = g_new0 (StreamJob, 1);

  if (self->n_read - self->n_written >= self->n_slots)
    stream_write_until (self, self->n_read - self->n_slots + 1);
  else
    stream_write_until (self, 0);
  job->number = self->n_read++;
  job->article = g_object_ref (article);
  g_thread_pool_push (self->pool, job, NULL);
}

/* Writes what is left and stops the workers */
static void
stream_finish (Stream *self)
{
  stream_write_until (self, self->n_read);
  g_thread_pool_free (self->pool, FALSE, TRUE);
  g_free (self->slots);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->line_done);
}

static void
report_record_errors (StreamFile *file)
{
  for (guint i = 0; i < file->errors->len; i++)
    dl_cli_input_error (file->name, g_ptr_array_index (file->errors, i));
  file->n_errors += file->errors->len;
  g_ptr_array_set_size (file->errors, 0);
}

static gboolean
stream_article_cb (DlArticle *article,
                   gpointer   user_data)
{
  StreamFile *file = user_data;

  report_record_errors (file);
  dl_cli_apply_dct (article, file->stream->dct);
  stream_push (file->stream, article);
  return file->stream->write_error == NULL;
}

static gboolean
stream_file (Stream     *self,
             GFile      *found,
             const char *name)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GError) error = NULL;
  StreamFile file = { self, name, errors, 0 };
  gboolean ok;

  ok = dl_import_file_foreach_article (found, name, stream_article_cb, &file, errors, NULL, &error);
  report_record_errors (&file);
  if (!ok && error != NULL)
    dl_cli_input_error (name, error);
  return ok && file.n_errors == 0;
}

/* A folder stands for the articles in it, in the order
 * dl_import_collect_files() gives */
static gboolean
stream_argument (Stream     *self,
                 const char *input)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (input);
  g_autoptr(GPtrArray) files = dl_import_collect_files (&file, 1, NULL);
  gboolean ok = TRUE;

  if (files->len == 0)
    {
      g_printerr (_("dateline-cli: “%s” holds no article that Dateline can read\n"), input);
      return FALSE;
    }
  for (guint i = 0; i < files->len && self->write_error == NULL; i++)
    {
      GFile *found = g_ptr_array_index (files, i);
      g_autofree char *name = dl_cli_path_as_given (file, input, found);

      ok &= stream_file (self, found, name);
    }
  return ok;
}

/* Standard input is one article, as without --stream */
static gboolean
stream_stdin (Stream *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = dl_cli_read_input ("-", &error);
  g_autoptr(DlArticle) article = NULL;

  if (bytes != NULL)
    article = dl_import_bytes ("-", bytes, &error);
  if (article == NULL)
    {
      dl_cli_input_error ("-", error);
      return FALSE;
    }
  dl_cli_apply_dct (article, self->dct);
  stream_push (self, article);
  return TRUE;
}

static int
extract_stream (DlCliInputs *inputs)
{
  gboolean ok = TRUE;
  gboolean read_stdin = FALSE;
  Stream stream;
  int status;

  for (guint i = 0; inputs->inputs[i] != NULL; i++)
    if (dl_cli_is_project_input (inputs->inputs[i]))
      return dl_cli_usage_error ("extract", _("--stream reads articles, not the project “%s”"),
                                 inputs->inputs[i]);

  stream_init (&stream, inputs->dct);
  for (guint i = 0; inputs->inputs[i] != NULL && stream.write_error == NULL; i++)
    {
      if (strcmp (inputs->inputs[i], "-") != 0)
        ok &= stream_argument (&stream, inputs->inputs[i]);
      else if (!read_stdin)
        {
          ok &= stream_stdin (&stream);
          read_stdin = TRUE;
        }
    }
  stream_finish (&stream);
  status = dl_cli_exit_status (ok && !stream.analysis_failed, stream.write_error == NULL,
                               stream.write_error);
  g_clear_error (&stream.write_error);
  return status;
}

static int
extract_document (DlCliInputs *inputs)
{
  g_autoptr(DlCorpus) corpus = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok, written;

  if (dl_cli_check_inputs ("extract", inputs->inputs) != DL_CLI_EXIT_OK)
    return DL_CLI_EXIT_USAGE;
  ok = dl_cli_load_corpus (inputs->inputs, inputs->dct, NULL, &corpus);
  bytes = dl_export_data_to_bytes (corpus, DL_EXPORT_FORMAT_JSON, &error);
  written = bytes != NULL && dl_cli_write_stdout (bytes, &error);
  return dl_cli_exit_status (ok, written, error);
}

int
dl_cli_extract (int    argc,
                char **argv)
{
  g_auto(DlCliInputs) inputs = { 0 };
  gboolean stream = FALSE;
  GOptionEntry entries[] = {
    { "stream", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("One document per article, one per line (JSON Lines), in constant memory"), NULL },
    { NULL }
  };
  int status;

  entries[0].arg_data = &stream;
  if (!dl_cli_parse_input_options ("extract", _("— find events and actors in articles"),
                                   _("Reads articles (text, HTML, … or “-” for standard input; a folder\n"
                                     "stands for the articles in it) and prints their events, actors and\n"
                                     "relations as one JSON document. A saved project (alone) is read as it\n"
                                     "was saved, without analysing it again.\n"
                                     "\n"
                                     "With --stream, each article is analysed on its own and printed as a\n"
                                     "document of its own, on one line, in the order the articles were\n"
                                     "read: JSON Lines, one line per article. The articles (of a JSON Lines\n"
                                     "dump, say) are read one at a time, so that any number of them fits in\n"
                                     "the same memory; events are not merged across articles."),
                                   entries, &inputs, &argc, &argv))
    return DL_CLI_EXIT_USAGE;

  if (inputs.inputs == NULL || inputs.inputs[0] == NULL)
    return dl_cli_usage_error ("extract", _("no input files"));
  if ((status = dl_cli_parse_dct ("extract", &inputs)) != DL_CLI_EXIT_OK)
    return status;
  return stream ? extract_stream (&inputs) : extract_document (&inputs);
}
