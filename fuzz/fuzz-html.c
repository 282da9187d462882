/* fuzz-html.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader of web pages on arbitrary bytes.
 */
#include "config.h"

#define FUZZ_ENTRY fuzz_html

#include "fuzz-main.h"
