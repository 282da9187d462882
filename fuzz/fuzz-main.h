/* fuzz-main.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The libFuzzer side of a target: a fixed environment, GLib's warnings
 * made fatal (a critical is a bug the fuzzer should report), and the
 * entry FUZZ_ENTRY for every input.
 */
#pragma once

#include "fuzz-entries.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* Every block from malloc, so that the leak checker sees each one */
  g_setenv ("G_SLICE", "always-malloc", FALSE);
  g_setenv ("TZ", "UTC", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  FUZZ_ENTRY (data, size);
  return 0;
}
