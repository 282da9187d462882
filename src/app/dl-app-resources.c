/* dl-app-resources.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The resources live in a static library; a constructor in an object
 * file nobody references would be dropped by the linker, so every class
 * that loads a template registers them explicitly, once.
 */
#include "config.h"

#include <gio/gio.h>

#include "dl-app-resources.h"
#include "dl-resources.h"

void
dl_app_resources_ensure (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      dl_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
