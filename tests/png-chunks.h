/* png-chunks.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

typedef struct
{
  char          type[5];
  const guint8 *data;   /* points into the PNG it came from */
  guint32       length;
} Chunk;

guint32      read_be32       (const guint8 *p);
GArray      *parse_chunks    (const guint8 *data,
                              gsize         length);
guint        count_chunks    (GArray       *chunks,
                              const char   *type);
const Chunk *find_text_chunk (GArray       *chunks,
                              const char   *type,
                              const char   *key);
