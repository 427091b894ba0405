// Document metadata from a NAME.meta.json sidecar and from command-line flags. Precedence:
// flags > sidecar > what the file itself says (HTML meta tags), so a user can always correct it.

import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { NewDocument } from '../core/types.ts';
import { countryByIso3, countryByName } from '../geo/countries.ts';
import { IngestError } from './errors.ts';
import { isIsoDay, monthNumber } from '../extract/dates/calendar.ts';

/** The metadata a user may give (flags, sidecar keys, API fields), plus a country hint. */
export type DocumentMeta = Partial<Pick<NewDocument, 'title' | 'byline' | 'source' | 'publisher' | 'url' | 'published' | 'language'>> & {
  /** ISO3 of the country the document is about (passed to extraction as a hint). */
  country?: string | null;
};

const Sidecar = z.looseObject({
  title: z.string().nullish(),
  byline: z.string().nullish(),
  author: z.string().nullish(),
  source: z.string().nullish(),
  publisher: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  language: z.string().nullish(),
  country: z.string().nullish(),
});

/** "2019-12-06", "2019-12-06T10:00:00+01:00", "Fri, 06 Dec 2019 09:00:00 GMT" -> "2019-12-06"; else null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  // A leading calendar date is taken as written: converting to UTC could move it a day.
  if (ymd) return isIsoDay(ymd[0]) ? ymd[0] : null;
  // So is an RFC 822 date (feeds, HTTP): 'Mon, 12 Feb 2024 22:30:00 -0500' was written on the 12th.
  const rfc = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i.exec(v);
  const month = rfc ? monthNumber(rfc[2]) : 0;
  if (rfc && month) {
    const iso = `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
    // '31 Feb 2024' is no day; Date.parse below would roll it over to March.
    return isIsoDay(iso) ? iso : null;
  }
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * The ISO3 code of a country hint given as a code or a name ('nga', 'Nigeria' -> 'NGA'); null
 * when it names no country. Extraction compares the hint with ISO3 codes, so an unchecked
 * 'Narnia' or 'Nigeria' would be kept and silently do nothing.
 */
export function countryHint(value: string): string | null {
  const v = value.trim();
  return (/^[a-z]{3}$/i.test(v) ? countryByIso3(v) : null)?.iso3 ?? countryByName(v)?.iso3 ?? null;
}

/** The sidecar next to `file` (foo.txt -> foo.meta.json, or foo.txt.meta.json), if any. */
export function sidecarPath(file: string): string | null {
  const candidates = [file.replace(/\.[^./\\]+$/, '') + '.meta.json', file + '.meta.json'];
  return candidates.find((p) => p !== file && existsSync(p)) ?? null;
}

export function readSidecar(file: string): DocumentMeta {
  const path = sidecarPath(file);
  if (!path) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new IngestError(file, `sidecar ${basename(path)} is not valid JSON (${(err as Error).message})`);
  }
  const parsed = Sidecar.safeParse(raw);
  if (!parsed.success) throw new IngestError(file, `sidecar ${basename(path)}: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`);
  const m = parsed.data;
  const published = m.published ? toIsoDate(m.published) : null;
  if (m.published && !published) throw new IngestError(file, `sidecar ${basename(path)}: published "${m.published}" is not a date`);
  const country = m.country ? countryHint(m.country) : null;
  if (m.country && !country) throw new IngestError(file, `sidecar ${basename(path)}: country "${m.country}" is no ISO3 code or country name`);
  return { ...pickMeta(m), byline: m.byline ?? m.author ?? null, published, country };
}

/** Applies metadata layers over a document: later layers win, null/undefined never erase. */
export function applyMeta(doc: NewDocument, ...layers: DocumentMeta[]): NewDocument {
  const out: NewDocument = { ...doc, meta: { ...(doc.meta ?? {}) } };
  for (const layer of layers) {
    for (const [k, v] of Object.entries(pickMeta(layer))) {
      if (v === null || v === undefined || v === '') continue;
      if (k === 'country') out.meta!.country = v;
      else (out as unknown as Record<string, unknown>)[k] = v;
    }
  }
  // A source name is what analysts filter on; fall back between the two names a sidecar may give.
  out.source ??= out.publisher ?? null;
  return out;
}

function pickMeta(m: DocumentMeta): DocumentMeta {
  const { title, byline, source, publisher, url, published, language, country } = m;
  return { title, byline, source, publisher, url, published, language, country };
}
