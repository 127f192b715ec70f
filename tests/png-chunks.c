/* png-chunks.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PNG chunk reader for the tests, written from the format's rules alone
 * so that the tests do not take libpng's word for what libpng wrote.
 */
#include "config.h"

#include <string.h>

#include <zlib.h>

#include "png-chunks.h"

static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* Walks the chunk list of the PNG in @data with nothing but the format's
 * own rules, asserting each CRC, so the tests do not trust libpng to check
 * what libpng wrote. The chunks point into @data. */
GArray *
parse_chunks (const guint8 *data,
              gsize         length)
{
  GArray *chunks = g_array_new (FALSE, TRUE, sizeof (Chunk));
  gsize offset = sizeof png_signature;

  g_assert_cmpuint (length, >=, sizeof png_signature);
  g_assert_cmpmem (data, sizeof png_signature, png_signature, sizeof png_signature);

  while (offset < length)
    {
      Chunk chunk = { { 0 } };
      guint32 crc;

      g_assert_cmpuint (length - offset, >=, 12);
      chunk.length = read_be32 (data + offset);
      g_assert_cmpuint (chunk.length, <=, length - offset - 12);
      memcpy (chunk.type, data + offset + 4, 4);
      chunk.data = data + offset + 8;

      crc = crc32 (0, data + offset + 4, 4 + chunk.length);
      g_assert_cmphex (crc, ==, read_be32 (data + offset + 8 + chunk.length));

      g_array_append_val (chunks, chunk);
      offset += 12 + chunk.length;
    }
  g_assert_cmpuint (offset, ==, length);

  g_assert_cmpuint (chunks->len, >=, 3);
  g_assert_cmpstr (g_array_index (chunks, Chunk, 0).type, ==, "IHDR");
  g_assert_cmpstr (g_array_index (chunks, Chunk, chunks->len - 1).type, ==, "IEND");

  return chunks;
}

guint
count_chunks (GArray     *chunks,
              const char *type)
{
  guint n = 0;

  for (guint i = 0; i < chunks->len; i++)
    n += strcmp (g_array_index (chunks, Chunk, i).type, type) == 0;
  return n;
}

/* Returns the first chunk of @type whose data starts with @key and a NUL,
 * the layout tEXt and iTXt share. */
const Chunk *
find_text_chunk (GArray     *chunks,
                 const char *type,
                 const char *key)
{
  gsize key_length = strlen (key);

  for (guint i = 0; i < chunks->len; i++)
    {
      const Chunk *chunk = &g_array_index (chunks, Chunk, i);

      if (strcmp (chunk->type, type) == 0
          && chunk->length > key_length
          && memcmp (chunk->data, key, key_length) == 0
          && chunk->data[key_length] == '\0')
        return chunk;
    }
  return NULL;
}
