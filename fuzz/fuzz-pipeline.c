/* fuzz-pipeline.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole analysis on arbitrary bytes taken as text.
 */
#include "config.h"

#define FUZZ_ENTRY fuzz_pipeline

#include "fuzz-main.h"
