/* dl-window-export.c (STUB) */
#include "config.h"
