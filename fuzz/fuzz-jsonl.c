/* fuzz-jsonl.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader of JSON Lines dumps on arbitrary bytes, every line.
 */
#include "config.h"

#define FUZZ_ENTRY fuzz_jsonl

#include "fuzz-main.h"
