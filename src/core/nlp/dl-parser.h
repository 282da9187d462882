/* dl-parser.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-pos.h"

G_BEGIN_DECLS

/**
 * DlDependency:
 * @head: the token this one depends on, -1 for the root of the sentence
 * @deprel: its Universal Dependencies relation to the head ("nsubj",
 *   "obl:tmod", "root"), owned by the model
 */
typedef struct
{
  gint head;
  const char *deprel;
} DlDependency;

typedef struct _DlParserModel DlParserModel;

DlParserModel *dl_parser_model_load          (const char         *path,
                                              GError            **error);
void           dl_parser_model_free          (DlParserModel      *model);
DlParserModel *dl_parser_model_get_default   (void);
double         dl_parser_model_get_load_time (DlParserModel      *model);
DlDependency  *dl_parser_model_parse         (DlParserModel      *model,
                                              const char * const *tokens,
                                              const DlUpos       *tags,
                                              guint               n_tokens);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlParserModel, dl_parser_model_free)

G_END_DECLS
