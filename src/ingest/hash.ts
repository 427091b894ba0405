// A document's identity: sha256 of its normalised text, plus the dataset identity for dataset
// rows. Normalising first means the same article saved with CRLF line ends, a BOM, trailing
// spaces or decomposed accents is recognised as already stored.

import { createHash } from 'node:crypto';
import type { NewDocument } from '../core/types.ts';

export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function contentHash(doc: Pick<NewDocument, 'text' | 'kind' | 'external_id'>): string {
  const h = createHash('sha256');
  // Two dataset rows with the same notes are still two rows.
  if (doc.external_id) h.update(`${doc.kind}\u0000${doc.external_id}\u0000`);
  return h.update(normaliseText(doc.text)).digest('hex');
}
