/* dl-cli-export.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dateline-cli export --format FORMAT -o OUT FILE...`: pictures of the
 * timeline or the actor graph, drawn by the same code as the window,
 * and data for other tools.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-cli-commands.h"
#include "dl-corpus.h"
#include "dl-export.h"
#include "dl-render-style.h"

typedef struct
{
  char *format_name;
  char *view_name;
  char *output;
  DlCliInputs in;
  int width;
  int height;
  gboolean dark;

  DlExportFormat format;
  DlExportView view;
} ExportOptions;

static void
export_options_clear (ExportOptions *options)
{
  g_clear_pointer (&options->format_name, g_free);
  g_clear_pointer (&options->view_name, g_free);
  g_clear_pointer (&options->output, g_free);
  dl_cli_inputs_clear (&options->in);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportOptions, export_options_clear)

static int
check_options (ExportOptions *options)
{
  const char *input;

  if (options->output == NULL)
    return dl_cli_usage_error ("export", _("-o OUT is required"));
  if (options->in.inputs == NULL || options->in.inputs[0] == NULL)
    return dl_cli_usage_error ("export", _("no input files"));

  if (options->format_name != NULL
      ? !dl_export_format_from_string (options->format_name, &options->format)
      : !dl_export_format_from_path (options->output, &options->format))
    return dl_cli_usage_error ("export", options->format_name != NULL
                                         ? _("unknown format “%s”")
                                         : _("no --format, and “%s” does not name one"),
                               options->format_name != NULL ? options->format_name : options->output);

  if (options->view_name != NULL && !dl_export_view_from_string (options->view_name, &options->view))
    return dl_cli_usage_error ("export", _("unknown view “%s” (timeline or graph)"), options->view_name);
  if (dl_export_format_is_image (options->format) &&
      !dl_export_check_size (options->width, options->height, NULL))
    return dl_cli_usage_error ("export", _("the size must be between %d and %d"),
                               DL_EXPORT_MIN_SIZE, DL_EXPORT_MAX_SIZE);
  if (dl_cli_parse_dct ("export", &options->in) != DL_CLI_EXIT_OK)
    return DL_CLI_EXIT_USAGE;

  if (strcmp (options->output, "-") != 0 &&
      (input = dl_cli_find_input_named_by (options->output, options->in.inputs)) != NULL)
    return dl_cli_usage_error ("export", _("“%s” is an input: it would be overwritten"), input);
  return dl_cli_check_inputs ("export", options->in.inputs);
}

static GBytes *
export_to_bytes (DlCorpus            *corpus,
                 ExportOptions       *options,
                 const DlRenderStyle *style,
                 GError             **error)
{
  if (dl_export_format_is_image (options->format))
    return dl_export_image_to_bytes (corpus, options->view, NULL, style, options->format,
                                     options->width, options->height, error);
  return dl_export_data_to_bytes (corpus, options->format, error);
}

/* Writes through the same functions as the window's export dialog, or
 * to standard output for "-o -". */
static gboolean
write_export (DlCorpus      *corpus,
              ExportOptions *options,
              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  DlRenderStyle style = { 0 };
  gboolean ok;

  if (options->dark)
    dl_render_style_init_dark (&style);
  else
    dl_render_style_init_light (&style);

  if (strcmp (options->output, "-") == 0)
    {
      bytes = export_to_bytes (corpus, options, &style, error);
      ok = bytes != NULL && dl_cli_write_stdout (bytes, error);
    }
  else if (dl_export_format_is_image (options->format))
    ok = dl_export_image (corpus, options->view, NULL, &style, options->format,
                          options->width, options->height, options->output, error);
  else
    ok = dl_export_data (corpus, options->format, options->output, error);

  dl_render_style_clear (&style);
  return ok;
}

int
dl_cli_export (int    argc,
               char **argv)
{
  g_auto(ExportOptions) options = {
    .width = DL_EXPORT_DEFAULT_WIDTH,
    .height = DL_EXPORT_DEFAULT_HEIGHT,
    .format = DL_EXPORT_FORMAT_PNG,
    .view = DL_EXPORT_VIEW_TIMELINE,
  };
  g_autoptr(DlCorpus) corpus = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok, written;
  int status;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options.format_name,
      N_("png, svg, pdf, json, csv, timelinejs, gexf, graphml or ics (default: from OUT’s extension)"),
      N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("The file to write, “-” for standard output"), N_("OUT") },
    { "view", 0, 0, G_OPTION_ARG_STRING, &options.view_name,
      N_("What an image shows: timeline (default) or graph"), N_("VIEW") },
    { "width", 0, 0, G_OPTION_ARG_INT, &options.width,
      N_("Image width in pixels (PNG) or points (SVG, PDF); default 1600"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &options.height,
      N_("Image height; default 900"), N_("H") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &options.dark,
      N_("Draw with the dark style"), NULL },
    { NULL }
  };

  if (!dl_cli_parse_input_options ("export", _("— draw or convert what articles tell"),
                                   _("Reads articles like “extract” and writes an image of the timeline or\n"
                                     "the actor graph (png, svg, pdf) or data for other tools (json, csv,\n"
                                     "timelinejs, gexf, graphml, and ics for calendars). An input is never\n"
                                     "overwritten. A saved project may be read instead of articles."),
                                   entries, &options.in, &argc, &argv))
    return DL_CLI_EXIT_USAGE;
  if ((status = check_options (&options)) != DL_CLI_EXIT_OK)
    return status;

  if (strcmp (options.output, "-") != 0)
    output = g_file_new_for_commandline_arg (options.output);
  ok = dl_cli_load_corpus (options.in.inputs, options.in.dct, output, &corpus);
  written = write_export (corpus, &options, &error);
  return dl_cli_exit_status (ok, written, error);
}
