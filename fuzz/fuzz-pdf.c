/* fuzz-pdf.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader of PDF documents (through poppler) on arbitrary bytes.
 */
#include "config.h"

#define FUZZ_ENTRY fuzz_pdf

#include "fuzz-main.h"
