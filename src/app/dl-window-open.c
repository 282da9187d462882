/* dl-window-open.c (STUB) */
#include "config.h"
