/* dl-ner.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-entities.h"

G_BEGIN_DECLS

typedef struct _DlNerModel DlNerModel;

/**
 * DlNerSpan:
 * @start: the first token of the name
 * @end: the token after it
 * @type: what kind of name it is
 */
typedef struct
{
  guint start;
  guint end;
  DlEntityType type;
} DlNerSpan;

DlNerModel  *dl_ner_model_load           (const char         *path,
                                          GError            **error);
void         dl_ner_model_free           (DlNerModel         *model);
DlNerModel  *dl_ner_model_get_default    (void);
double       dl_ner_model_get_load_time  (DlNerModel         *model);
gboolean     dl_ner_model_knows_name     (DlNerModel         *model,
                                          const char         *name);
gboolean     dl_ner_model_is_common_word (DlNerModel         *model,
                                          const char         *word);
GPtrArray   *dl_ner_model_tag            (DlNerModel         *model,
                                          const char * const *tokens,
                                          guint               n_tokens);
GArray      *dl_ner_model_find           (DlNerModel         *model,
                                          const char * const *tokens,
                                          guint               n_tokens);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlNerModel, dl_ner_model_free)

G_END_DECLS
