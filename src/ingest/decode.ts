// Bytes -> text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are; other
// text is decoded only when chardet recognises a single-byte Western encoding (Windows-1252,
// ISO-8859-1/15), which is what older news sites and Word exports produce. Anything else is
// refused with a reason rather than guessed, because a wrong guess silently corrupts names.

import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { text: string; encoding: string };
export type DecodeFailure = { error: string };

const SAMPLE = 64 * 1024;
/** chardet names we accept as a decoding, mapped to the iconv-lite codec used. */
const WESTERN: Record<string, string> = {
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252', // 1252 is a superset of Latin-1's printable range
  'iso-8859-15': 'iso-8859-15',
};

export function decodeText(buf: Buffer): Decoded | DecodeFailure {
  if (buf.length === 0) return { error: 'empty file' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(buf)) return { error: 'binary file, not text' };
  const utf8 = tryUtf8(buf);
  if (utf8 !== null) return { text: utf8.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const declared = declaredCharset(buf);
  if (declared) return { text: iconv.decode(buf, declared), encoding: declared };
  const detected = (chardet.detect(buf.subarray(0, SAMPLE)) ?? '').toLowerCase();
  const codec = WESTERN[detected] ?? (mostlyAsciiWestern(buf) ? 'windows-1252' : undefined);
  if (!codec) return { error: `not UTF-8 and not a recognised Western encoding (detected: ${detected || 'unknown'}); convert it to UTF-8` };
  return { text: iconv.decode(buf, codec), encoding: codec };
}

/**
 * The charset a page or XML file declares for itself (<meta charset>, http-equiv Content-Type,
 * <?xml encoding?>), when iconv knows it. It outranks detection: a Windows-1256 Arabic or
 * Windows-1251 Russian page was refused or, worse, decoded as Windows-1252 into mojibake.
 * A declared UTF-8 is not trusted here (the bytes already failed UTF-8); Latin-1 and ASCII
 * labels mean Windows-1252, as in browsers.
 */
function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  const name = m?.[1].toLowerCase();
  if (!name || /^utf-?8$/.test(name) || !iconv.encodingExists(name)) return null;
  return /^(iso-8859-1|latin-?1|us-ascii|ascii)$/.test(name) ? 'windows-1252' : name;
}

/**
 * chardet needs more than a few accented words to decide. In Western text the high bytes are
 * accented letters and typographic punctuation standing alone or in pairs among ASCII ("München",
 * "größer"); Cyrillic or CJK single/double-byte encodings put them in runs.
 */
function mostlyAsciiWestern(buf: Buffer): boolean {
  const sample = buf.subarray(0, SAMPLE);
  let high = 0;
  let run = 0;
  for (const b of sample) {
    if (b < 0x80) {
      run = 0;
      continue;
    }
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false; // undefined in 1252
    high++;
    if (++run > 2) return false;
  }
  return high <= sample.length / 2;
}

function tryUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/** NUL bytes, or many control characters, in the first 64 KB: an image, PDF, archive... */
function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, SAMPLE);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return control / sample.length > 0.05;
}
