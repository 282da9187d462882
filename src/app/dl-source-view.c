/* dl-source-view.c (STUB) */
#include "config.h"
