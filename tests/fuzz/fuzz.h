/* fuzz.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry point every fuzz target defines. libFuzzer calls it when the
 * targets are built with -Dfuzzing=true; otherwise replay.c calls it once
 * per file of the corpus, so the corpus runs as an ordinary test.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Called once before the first input, by libFuzzer and by replay.c alike
 * (fuzz-common.c). */
int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);

/* Checks that every target makes of an error: one line ("FILE:LINE:COL:
 * message", what the command line prints), valid UTF-8, naming @name. */
void fuzz_check_error_message (const char *message,
                               const char *name);
