/* fuzz-markdown.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader of Markdown on arbitrary bytes.
 */
#include "config.h"

#define FUZZ_ENTRY fuzz_markdown

#include "fuzz-main.h"
