/* dl-cli-commands.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the subcommands share: option parsing with GNU-style errors,
 * reading files and standard input, dates given on the command line,
 * and turning a list of inputs into an analysed corpus, or a saved
 * project into its corpus.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-cli-commands.h"
#include "dl-corpus.h"
#include "dl-import.h"
#include "dl-project.h"

static GOptionContext *
new_option_context (const char *command,
                    const char *parameters,
                    const char *summary)
{
  GOptionContext *context = g_option_context_new (parameters);
  g_autofree char *prgname = g_strdup_printf ("dateline-cli %s", command);

  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  return context;
}

static gboolean
parse_option_context (GOptionContext   *context,
                      const char       *command,
                      int              *argc,
                      char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;

  dl_cli_usage_error (command, "%s", error->message);
  return FALSE;
}

/**
 * dl_cli_parse_options:
 * @command: the subcommand's name, for messages
 * @entries: its options, ending with an empty entry
 *
 * Parses the options of a subcommand, leaving the other arguments in
 * @argv. `--help` prints to standard output and exits with 0, as GNU
 * tools do.
 *
 * Returns: %FALSE after printing a usage error
 */
gboolean
dl_cli_parse_options (const char          *command,
                      const char          *parameters,
                      const char          *summary,
                      const GOptionEntry  *entries,
                      int                 *argc,
                      char              ***argv)
{
  g_autoptr(GOptionContext) context = new_option_context (command, parameters, summary);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return parse_option_context (context, command, argc, argv);
}

/**
 * dl_cli_parse_input_options:
 * @command: the subcommand's name, for messages
 * @entries: (nullable): its own options, ending with an empty entry
 * @inputs: where `--dct` and the inputs go
 *
 * dl_cli_parse_options() for the commands that read articles: after
 * their own options come `--dct DATE` and the files, the same in each.
 * The date is only read; dl_cli_parse_dct() checks it.
 *
 * Returns: %FALSE after printing a usage error
 */
gboolean
dl_cli_parse_input_options (const char          *command,
                            const char          *parameters,
                            const char          *summary,
                            const GOptionEntry  *entries,
                            DlCliInputs         *inputs,
                            int                 *argc,
                            char              ***argv)
{
  g_autoptr(GOptionContext) context = new_option_context (command, parameters, summary);
  GOptionEntry input_entries[] = {
    { "dct", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Date of articles that have none of their own (ISO 8601)"), N_("DATE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("FILE…") },
    { NULL }
  };

  g_return_val_if_fail (inputs != NULL, FALSE);

  input_entries[0].arg_data = &inputs->dct_text;
  input_entries[1].arg_data = &inputs->inputs;
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, input_entries, GETTEXT_PACKAGE);
  return parse_option_context (context, command, argc, argv);
}

/**
 * dl_cli_parse_dct:
 * @command: the subcommand, for messages
 * @inputs: its inputs, with `--dct` as given, if it was
 *
 * Sets @inputs' date from the text of `--dct`.
 *
 * Returns: %DL_CLI_EXIT_OK, or %DL_CLI_EXIT_USAGE after printing why
 */
int
dl_cli_parse_dct (const char  *command,
                  DlCliInputs *inputs)
{
  g_return_val_if_fail (inputs != NULL, DL_CLI_EXIT_USAGE);

  if (inputs->dct_text == NULL)
    return DL_CLI_EXIT_OK;
  g_clear_pointer (&inputs->dct, g_date_time_unref);
  if ((inputs->dct = dl_cli_parse_date (inputs->dct_text)) == NULL)
    return dl_cli_usage_error (command, _("“%s” is not an ISO 8601 date"), inputs->dct_text);
  return DL_CLI_EXIT_OK;
}

void
dl_cli_inputs_clear (DlCliInputs *inputs)
{
  g_return_if_fail (inputs != NULL);

  g_clear_pointer (&inputs->dct_text, g_free);
  g_clear_pointer (&inputs->inputs, g_strfreev);
  g_clear_pointer (&inputs->dct, g_date_time_unref);
}

/**
 * dl_cli_usage_error:
 * @command: (nullable): the subcommand, or %NULL for the tool itself
 *
 * Prints a usage error and a hint to standard error.
 *
 * Returns: %DL_CLI_EXIT_USAGE
 */
int
dl_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  name = command != NULL ? g_strdup_printf ("dateline-cli %s", command) : g_strdup ("dateline-cli");
  g_printerr ("%s: %s\n", name, message);
  g_printerr (_("Try “%s --help” for more information.\n"), name);
  return DL_CLI_EXIT_USAGE;
}

/**
 * dl_cli_input_error:
 * @input: the input as the user named it
 *
 * Reports an input that could not be used, naming it even when the
 * message does not.
 */
void
dl_cli_input_error (const char   *input,
                    const GError *error)
{
  g_autofree char *base = g_path_get_basename (input);

  if (strcmp (input, "-") == 0)
    g_printerr ("dateline-cli: %s: %s\n", _("standard input"), error->message);
  else if (strstr (error->message, base) != NULL)
    g_printerr ("dateline-cli: %s\n", error->message);
  else
    g_printerr ("dateline-cli: %s: %s\n", input, error->message);
}

static gboolean
is_plain_date (const char *text)
{
  static const char pattern[] = "dddd-dd-dd";

  if (strlen (text) != strlen (pattern))
    return FALSE;
  for (guint i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;
  return TRUE;
}

/**
 * dl_cli_parse_date:
 * @text: an ISO 8601 date (`2017-07-07`) or date-time; UTC unless it
 *   says otherwise
 *
 * Returns: (transfer full) (nullable): the date in UTC, or %NULL if
 *   @text is not one
 */
GDateTime *
dl_cli_parse_date (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;
  int year, month, day;

  if (text == NULL)
    return NULL;

  if (is_plain_date (text))
    {
      year = atoi (text);
      month = atoi (text + 5);
      day = atoi (text + 8);
      if (year < 1 || month < 1 || month > 12 || day < 1 ||
          day > g_date_get_days_in_month (month, year))
        return NULL;
      return g_date_time_new_utc (year, month, day, 0, 0, 0);
    }

  parsed = g_date_time_new_from_iso8601 (text, utc);
  return parsed != NULL ? g_date_time_to_utc (parsed) : NULL;
}

static GBytes *
read_stdin (GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[64 * 1024];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    g_byte_array_append (data, buffer, n);

  if (ferror (stdin))
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not read the standard input: %s"), g_strerror (saved_errno));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * dl_cli_read_input:
 * @input: (nullable): a file name, or `-` or %NULL for standard input
 *
 * Returns: (transfer full) (nullable): the input's bytes, unchanged
 */
GBytes *
dl_cli_read_input (const char  *input,
                   GError     **error)
{
  char *contents;
  gsize length;

  if (input == NULL || strcmp (input, "-") == 0)
    return read_stdin (error);
  if (!g_file_get_contents (input, &contents, &length, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

/**
 * dl_cli_validate_text:
 * @input: (nullable): where @bytes came from, for the message
 * @length: (out): the text's length in bytes
 *
 * Returns: (transfer full) (nullable): @bytes as a NUL-terminated
 *   string, or %NULL if they are not UTF-8 text
 */
char *
dl_cli_validate_text (const char  *input,
                      GBytes      *bytes,
                      gsize       *length,
                      GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end;

  if (size > 0 && !g_utf8_validate_len (data, size, &end))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not UTF-8 text (invalid byte at offset %lu)"),
                   input != NULL && strcmp (input, "-") != 0 ? input : _("standard input"),
                   (unsigned long) (end - data));
      return NULL;
    }
  *length = size;
  return g_strndup (size > 0 ? data : "", size);
}

/**
 * dl_cli_read_text:
 * @input: (nullable): a file name, or `-` or %NULL for standard input
 * @length: (out): the text's length in bytes
 *
 * Reads @input as UTF-8 text, reporting on standard error why it
 * cannot be.
 *
 * Returns: (transfer full) (nullable): the text, NUL-terminated
 */
char *
dl_cli_read_text (const char *input,
                  gsize      *length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = dl_cli_read_input (input, &error);
  char *text = NULL;

  g_return_val_if_fail (length != NULL, NULL);

  if (bytes != NULL)
    text = dl_cli_validate_text (input, bytes, length, &error);
  if (text == NULL)
    dl_cli_input_error (input != NULL ? input : "-", error);
  return text;
}

/**
 * dl_cli_write_stdout:
 *
 * Returns: %TRUE if all of @bytes reached standard output
 */
gboolean
dl_cli_write_stdout (GBytes  *bytes,
                     GError **error)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);

  if ((size == 0 || fwrite (data, 1, size, stdout) == size) && fflush (stdout) == 0)
    return TRUE;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
               _("Could not write to the standard output: %s"), g_strerror (errno));
  return FALSE;
}

/**
 * dl_cli_apply_dct:
 * @article: an article just imported
 * @dct: (nullable): the date given with `--dct`
 *
 * A file's modification time is only a last resort, so the date the
 * user gives wins over it; a date found in the article wins over both.
 */
void
dl_cli_apply_dct (DlArticle *article,
                  GDateTime *dct)
{
  DlDctSource source;

  g_return_if_fail (DL_IS_ARTICLE (article));

  source = dl_article_get_dct_source (article);
  if (dct == NULL)
    return;
  if (dl_article_get_dct (article) == NULL || source == DL_DCT_SOURCE_NONE ||
      source == DL_DCT_SOURCE_FILE)
    dl_article_set_dct (article, dct, DL_DCT_SOURCE_OPTION);
}

static gboolean
add_imported (DlCorpus     *corpus,
              const char   *input,
              DlArticle    *article,
              const GError *error,
              GDateTime    *dct)
{
  if (article == NULL)
    {
      dl_cli_input_error (input, error);
      return FALSE;
    }
  dl_cli_apply_dct (article, dct);
  dl_corpus_add_article (corpus, article);
  return TRUE;
}

/* A file may hold several articles (a JSON Lines dump), and some of its
 * records may be bad while the others are read */
static gboolean
add_imported_all (DlCorpus     *corpus,
                  const char   *input,
                  GPtrArray    *articles,
                  GPtrArray    *errors,
                  const GError *error,
                  GDateTime    *dct)
{
  if (articles == NULL)
    return add_imported (corpus, input, NULL, error, dct);
  for (guint i = 0; i < errors->len; i++)
    dl_cli_input_error (input, g_ptr_array_index (errors, i));
  for (guint i = 0; i < articles->len; i++)
    add_imported (corpus, input, g_ptr_array_index (articles, i), NULL, dct);
  return errors->len == 0;
}

static gboolean
load_stdin (DlCorpus  *corpus,
            GDateTime *dct)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_stdin (&error);
  g_autoptr(DlArticle) article = NULL;

  if (bytes != NULL)
    article = dl_import_bytes ("-", bytes, &error);
  return add_imported (corpus, "-", article, error, dct);
}

/**
 * dl_cli_path_as_given:
 * @argument: an input, as a file
 * @input: the input as the user gave it
 * @found: @argument, or a file found in it when it is a folder
 *
 * FORMAT.md's "path" is the path as the user gave it; a file found in a
 * folder the user gave is that folder's path joined with the rest.
 *
 * Returns: (transfer full): the path to record for @found
 */
char *
dl_cli_path_as_given (GFile      *argument,
                      const char *input,
                      GFile      *found)
{
  g_autofree char *relative = NULL;

  g_return_val_if_fail (G_IS_FILE (argument) && G_IS_FILE (found), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (g_file_equal (found, argument))
    return g_strdup (input);
  relative = g_file_get_relative_path (argument, found);
  if (relative == NULL)
    return g_file_get_parse_name (found);
  return g_build_filename (input, relative, NULL);
}

/* A folder stands for the articles in it. @skip is the file an export
 * is about to write: a folder may hold it from an earlier run, and it
 * is not an input. */
static gboolean
load_argument (DlCorpus   *corpus,
               const char *input,
               GDateTime  *dct,
               GFile      *skip)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (input);
  g_autoptr(GPtrArray) files = dl_import_collect_files (&file, 1, NULL);
  gboolean ok = TRUE;

  if (files->len == 0)
    {
      g_printerr (_("dateline-cli: “%s” holds no article that Dateline can read\n"), input);
      return FALSE;
    }

  for (guint i = 0; i < files->len; i++)
    {
      GFile *found = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) articles = NULL;
      g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
      g_autofree char *name = NULL;

      if (skip != NULL && g_file_equal (found, skip) && !g_file_equal (found, file))
        continue;
      name = dl_cli_path_as_given (file, input, found);
      articles = dl_import_file_articles (found, name, errors, NULL, &error);
      ok &= add_imported_all (corpus, name, articles, errors, error, dct);
    }
  return ok;
}

static gboolean
analyze (DlCorpus *corpus)
{
  g_autoptr(GPtrArray) articles = dl_corpus_dup_articles (corpus);
  g_autoptr(DlAnalysisResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* A story read twice (a wire story on two sites) counts once */
  dl_import_mark_duplicates (articles);
  for (guint i = articles->len; i-- > 0;)
    if (dl_article_get_duplicate_of (g_ptr_array_index (articles, i)) != NULL)
      g_ptr_array_remove_index (articles, i);
  if (articles->len == 0)
    return TRUE;
  if (!dl_analyzer_run_full (articles, &result, NULL, &error))
    {
      g_printerr ("dateline-cli: %s\n", error->message);
      return FALSE;
    }
  dl_analysis_result_apply_dcts (result, articles);
  dl_corpus_set_analysis (corpus, result->actors, result->events);
  return TRUE;
}

/**
 * dl_cli_is_project_input:
 * @input: an input as the user gave it
 *
 * A project is told by its header; a file named like one is taken for
 * one too, so that a damaged project gets a project's error message.
 *
 * Returns: %TRUE if @input is to be read as a saved project
 */
gboolean
dl_cli_is_project_input (const char *input)
{
  g_return_val_if_fail (input != NULL, FALSE);

  if (strcmp (input, "-") == 0 || g_file_test (input, G_FILE_TEST_IS_DIR))
    return FALSE;
  return dl_project_file_is_project (input) || g_str_has_suffix (input, DL_PROJECT_EXTENSION);
}

/**
 * dl_cli_check_inputs:
 * @command: the subcommand, for messages
 * @inputs: (nullable): its inputs
 *
 * A saved project stands alone: its corpus is used as it is, so it
 * cannot be mixed with articles or other projects.
 *
 * Returns: %DL_CLI_EXIT_OK, or %DL_CLI_EXIT_USAGE after printing why
 */
int
dl_cli_check_inputs (const char  *command,
                     char       **inputs)
{
  guint n_inputs = inputs != NULL ? g_strv_length (inputs) : 0;

  for (guint i = 0; i < n_inputs && n_inputs > 1; i++)
    if (dl_cli_is_project_input (inputs[i]))
      return dl_cli_usage_error (command, _("the project “%s” must be the only input"), inputs[i]);
  return DL_CLI_EXIT_OK;
}

static gboolean
load_project (const char   *input,
              DlCorpus    **corpus,
              GHashTable  **view_state,
              GPtrArray   **edits)
{
  g_autoptr(GError) error = NULL;

  *corpus = dl_project_load (input, view_state, edits, &error);
  if (*corpus != NULL)
    return TRUE;
  dl_cli_input_error (input, error);
  *corpus = dl_corpus_new ();
  return FALSE;
}

/**
 * dl_cli_load_inputs:
 * @inputs: file and folder names, `-` for standard input, or one saved
 *   project
 * @dct: (nullable): the date for articles that have none of their own
 * @skip: (nullable): a file not to read even if a folder holds it
 * @corpus: (out) (transfer full): the articles that could be read,
 *   analysed; or the project's corpus as it was saved
 * @view_state: (out) (optional) (nullable) (transfer full): the
 *   project's view state; %NULL for articles
 * @edits: (out) (optional) (nullable) (transfer full): the project's
 *   edits; %NULL for articles
 *
 * Imports every input it can, reporting the others on standard error,
 * then analyses them all together. A project is not analysed again.
 * Call dl_cli_check_inputs() first.
 *
 * Returns: %FALSE if any input could not be used
 */
gboolean
dl_cli_load_inputs (char        **inputs,
                    GDateTime    *dct,
                    GFile        *skip,
                    DlCorpus    **corpus,
                    GHashTable  **view_state,
                    GPtrArray   **edits)
{
  gboolean ok = TRUE;
  gboolean read_stdin_once = FALSE;

  if (view_state != NULL)
    *view_state = NULL;
  if (edits != NULL)
    *edits = NULL;
  if (inputs != NULL && inputs[0] != NULL && inputs[1] == NULL && dl_cli_is_project_input (inputs[0]))
    return load_project (inputs[0], corpus, view_state, edits);

  *corpus = dl_corpus_new ();
  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    {
      if (strcmp (inputs[i], "-") != 0)
        ok &= load_argument (*corpus, inputs[i], dct, skip);
      else if (!read_stdin_once)
        {
          ok &= load_stdin (*corpus, dct);
          read_stdin_once = TRUE;
        }
    }
  return analyze (*corpus) && ok;
}

/**
 * dl_cli_load_corpus:
 *
 * dl_cli_load_inputs() for the commands that need the corpus only.
 *
 * Returns: %FALSE if any input could not be used
 */
gboolean
dl_cli_load_corpus (char       **inputs,
                    GDateTime   *dct,
                    GFile       *skip,
                    DlCorpus   **corpus)
{
  return dl_cli_load_inputs (inputs, dct, skip, corpus, NULL, NULL);
}

/* Same file: the same path, or the same inode under another name */
static gboolean
is_same_file (GFile *a,
              GFile *b)
{
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;

  if (g_file_equal (a, b))
    return TRUE;
  info_a = g_file_query_info (a, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (b, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info_a != NULL && info_b != NULL &&
         g_strcmp0 (g_file_info_get_attribute_string (info_a, G_FILE_ATTRIBUTE_ID_FILE),
                    g_file_info_get_attribute_string (info_b, G_FILE_ATTRIBUTE_ID_FILE)) == 0;
}

/**
 * dl_cli_find_input_named_by:
 * @output: the file a command is about to write
 * @inputs: its inputs
 *
 * Nothing is ever written to an input file.
 *
 * Returns: (nullable): the input that is @output, if any
 */
const char *
dl_cli_find_input_named_by (const char  *output,
                            char       **inputs)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    {
      g_autoptr(GFile) input = NULL;

      if (strcmp (inputs[i], "-") == 0)
        continue;
      input = g_file_new_for_commandline_arg (inputs[i]);
      if (is_same_file (input, file))
        return inputs[i];
    }
  return NULL;
}

/**
 * dl_cli_exit_status:
 * @inputs_ok: whether every input could be used
 * @written: whether the output was written
 * @error: (nullable): why it was not
 *
 * What a command that reads inputs and writes what it made of them
 * returns: an output that could not be written is reported here, an
 * input that could not be read was reported when it was.
 *
 * Returns: %DL_CLI_EXIT_OK or %DL_CLI_EXIT_INPUT
 */
int
dl_cli_exit_status (gboolean      inputs_ok,
                    gboolean      written,
                    const GError *error)
{
  g_return_val_if_fail (written || error != NULL, DL_CLI_EXIT_INPUT);

  if (!written)
    {
      g_printerr ("dateline-cli: %s\n", error->message);
      return DL_CLI_EXIT_INPUT;
    }
  return inputs_ok ? DL_CLI_EXIT_OK : DL_CLI_EXIT_INPUT;
}
