#ifndef TUPU_SHA256_BLOCKS_H
#define TUPU_SHA256_BLOCKS_H

#include <stddef.h>
#include <stdint.h>

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks of `data` with the
/// CPU's SHA extensions, updating `state` (8 words, FIPS 180-4 order). Returns 1 when it did,
/// 0 (state untouched) when this CPU or build has no SHA extensions: the caller then hashes
/// in Swift.
int tupu_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
