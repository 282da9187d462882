/* fuzz-email.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader of mail messages (MIME, quoted-printable, base64) on
 * arbitrary bytes.
 */
#include "config.h"

#define FUZZ_ENTRY fuzz_email

#include "fuzz-main.h"
