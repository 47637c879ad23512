/**
 * Turn an article file's bytes into text, or say exactly why they are not text.
 *
 * Pure (runs in Node and the browser). Strict UTF-8 (TextDecoder `fatal: true`): a file
 * in another encoding is rejected rather than decoded into replacement characters, which
 * would silently change the quoted words. The reason names the offset of the first bad
 * byte (counted from 0, as `xxd` and `hexdump` show offsets) so it can be found.
 *
 * @example
 * decodeArticleBytes(new Uint8Array([0x41, 0xff])) // => {ok: false, reason: 'not UTF-8 text (byte 1)'}
 * decodeArticleBytes(new TextEncoder().encode('Kyiv')) // => {ok: true, text: 'Kyiv'}
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence, or -1 when all of
 * it is well-formed (the same bytes TextDecoder `fatal: true` refuses: overlong forms,
 * surrogates, code points above U+10FFFF, truncated sequences).
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let k = 1; k < length; k++) {
      const byte = bytes[index + k];
      if (byte === undefined) return index;
      if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = Math.max(0, findInvalidUtf8(bytes));
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const hint = utf16 ? ': it looks like UTF-16, save it as UTF-8' : '';
    return { ok: false, reason: `not UTF-8 text (byte ${at})${hint}` };
  }
  // NUL never occurs in text; valid UTF-8 with NULs is a binary file (or UTF-16 without a BOM)
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary data, not text (a NUL at byte ${nul})` };
  return { ok: true, text };
}
