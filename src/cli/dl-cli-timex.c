/* dl-cli-timex.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dateline-cli timex --dct DATE [FILE|-]`: the temporal expressions of
 * one plain text. The text is used byte for byte (no import, no
 * clean-up), so offsets line up with the file an evaluation holds.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dl-cli-commands.h"
#include "dl-text-offsets.h"
#include "dl-timex.h"

static void
add_timex (JsonBuilder         *builder,
           const char          *text,
           const DlTextOffsets *offsets,
           const DlTimex       *timex)
{
  g_autofree char *covered = g_strndup (text + timex->start, timex->end - timex->start);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, dl_text_offsets_byte_to_char (offsets, timex->start));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, dl_text_offsets_byte_to_char (offsets, timex->end));
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, covered);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, dl_timex_type_to_string (timex->type));
  json_builder_set_member_name (builder, "value");
  if (timex->value != NULL)
    json_builder_add_string_value (builder, timex->value);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

/* Offsets in the output are code points, as everywhere in FORMAT.md */
static GBytes *
timexes_to_json (const char *text,
                 gsize       length,
                 GArray     *timexes)
{
  g_autoptr(DlTextOffsets) offsets = dl_text_offsets_new (text, length);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *out;

  json_builder_begin_array (builder);
  for (guint i = 0; i < timexes->len; i++)
    {
      const DlTimex *timex = &g_array_index (timexes, DlTimex, i);

      if (timex->start <= timex->end && timex->end <= length)
        add_timex (builder, text, offsets, timex);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  out = g_string_new (NULL);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

static int
run_timex (const char *input,
           GDateTime  *dct)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) output = NULL;
  g_autoptr(GArray) timexes = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  gboolean written;

  if ((text = dl_cli_read_text (input, &length)) == NULL)
    return DL_CLI_EXIT_INPUT;

  timexes = dl_timex_find (text, length, dct);
  output = timexes_to_json (text, length, timexes);
  written = dl_cli_write_stdout (output, &error);
  return dl_cli_exit_status (TRUE, written, error);
}

int
dl_cli_timex (int    argc,
              char **argv)
{
  g_autofree char *dct_text = NULL;
  g_auto(GStrv) inputs = NULL;
  g_autoptr(GDateTime) dct = NULL;
  const GOptionEntry entries[] = {
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct_text,
      N_("Date of the text, to resolve “Friday” or “next week” (ISO 8601; required)"),
      N_("DATE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, N_("[FILE|-]") },
    { NULL }
  };

  if (!dl_cli_parse_options ("timex", _("— find temporal expressions in a text"),
                             _("Reads one UTF-8 plain text (standard input without FILE) and prints\n"
                               "its temporal expressions (TimeML TIMEX3) as a JSON array, with code\n"
                               "point offsets into the text as read."),
                             entries, &argc, &argv))
    return DL_CLI_EXIT_USAGE;

  if (dct_text == NULL)
    return dl_cli_usage_error ("timex", _("--dct DATE is required"));
  if ((dct = dl_cli_parse_date (dct_text)) == NULL)
    return dl_cli_usage_error ("timex", _("“%s” is not an ISO 8601 date"), dct_text);
  if (inputs != NULL && g_strv_length (inputs) > 1)
    return dl_cli_usage_error ("timex", _("one input at a time"));

  return run_timex (inputs != NULL ? inputs[0] : NULL, dct);
}
