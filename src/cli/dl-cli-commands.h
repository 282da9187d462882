/* dl-cli-commands.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The subcommands of dateline-cli and the helpers they share. The
 * contract they implement is FORMAT.md.
 */
#pragma once

#include <gio/gio.h>

#include "dl-types.h"

G_BEGIN_DECLS

/* Exit statuses, as FORMAT.md defines them */
typedef enum
{
  DL_CLI_EXIT_OK = 0,
  DL_CLI_EXIT_INPUT = 1,
  DL_CLI_EXIT_USAGE = 2,
} DlCliExit;

/* What the commands that read articles share: `--dct DATE` and the
 * inputs, given on the command line */
typedef struct
{
  char *dct_text;
  char **inputs;
  GDateTime *dct;
} DlCliInputs;

int         dl_cli_extract          (int                  argc,
                                     char               **argv);
int         dl_cli_timex            (int                  argc,
                                     char               **argv);
int         dl_cli_entities         (int                  argc,
                                     char               **argv);
int         dl_cli_export           (int                  argc,
                                     char               **argv);
int         dl_cli_save             (int                  argc,
                                     char               **argv);

gboolean    dl_cli_parse_options    (const char          *command,
                                     const char          *parameters,
                                     const char          *summary,
                                     const GOptionEntry  *entries,
                                     int                 *argc,
                                     char              ***argv);
gboolean    dl_cli_parse_input_options (const char          *command,
                                        const char          *parameters,
                                        const char          *summary,
                                        const GOptionEntry  *entries,
                                        DlCliInputs         *inputs,
                                        int                 *argc,
                                        char              ***argv);
int         dl_cli_parse_dct        (const char          *command,
                                     DlCliInputs         *inputs);
void        dl_cli_inputs_clear     (DlCliInputs         *inputs);
int         dl_cli_usage_error      (const char          *command,
                                     const char          *format,
                                     ...) G_GNUC_PRINTF (2, 3);
void        dl_cli_input_error      (const char          *input,
                                     const GError        *error);
GDateTime  *dl_cli_parse_date       (const char          *text);
GBytes     *dl_cli_read_input       (const char          *input,
                                     GError             **error);
char       *dl_cli_validate_text    (const char          *input,
                                     GBytes              *bytes,
                                     gsize               *length,
                                     GError             **error);
char       *dl_cli_read_text        (const char          *input,
                                     gsize               *length);
gboolean    dl_cli_write_stdout     (GBytes              *bytes,
                                     GError             **error);
gboolean    dl_cli_is_project_input (const char          *input);
int         dl_cli_check_inputs     (const char          *command,
                                     char               **inputs);
gboolean    dl_cli_load_inputs      (char               **inputs,
                                     GDateTime           *dct,
                                     GFile               *skip,
                                     DlCorpus           **corpus,
                                     GHashTable         **view_state,
                                     GPtrArray          **edits);
gboolean    dl_cli_load_corpus      (char               **inputs,
                                     GDateTime           *dct,
                                     GFile               *skip,
                                     DlCorpus           **corpus);
void        dl_cli_apply_dct        (DlArticle           *article,
                                     GDateTime           *dct);
char       *dl_cli_path_as_given    (GFile               *argument,
                                     const char          *input,
                                     GFile               *found);
const char *dl_cli_find_input_named_by (const char    *output,
                                        char         **inputs);
int         dl_cli_exit_status      (gboolean             inputs_ok,
                                     gboolean             written,
                                     const GError        *error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DlCliInputs, dl_cli_inputs_clear)

G_END_DECLS
