/* fuzz-epub.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader of EPUB books (ZIP, XML, XHTML) on arbitrary bytes.
 */
#include "config.h"

#define FUZZ_ENTRY fuzz_epub

#include "fuzz-main.h"
