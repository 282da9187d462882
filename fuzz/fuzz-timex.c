/* fuzz-timex.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The date tagger on arbitrary bytes taken as text.
 */
#include "config.h"

#define FUZZ_ENTRY fuzz_timex

#include "fuzz-main.h"
