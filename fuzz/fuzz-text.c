/* fuzz-text.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader of plain text, in any encoding, on arbitrary bytes.
 */
#include "config.h"

#define FUZZ_ENTRY fuzz_text

#include "fuzz-main.h"
