// One file -> one NewDocument: checked (regular file, not empty, not too big, text), decoded,
// the article body taken from HTML, metadata from flags > sidecar > the file itself.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { NewDocument } from '../core/types.ts';
import { parseFeed } from '../feeds/parse.ts';
import { datelineDate } from '../extract/dates/dateline.ts';
import { decodeText } from './decode.ts';
import { IngestError } from './errors.ts';
import { documentFromHtml } from './html.ts';
import { normaliseText } from './hash.ts';
import { applyMeta, readSidecar, type DocumentMeta } from './meta.ts';

export { contentHash } from './hash.ts';
export { documentFromHtml } from './html.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Extensions ingested from folders, and the kind each becomes. */
export const KINDS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export interface ReadOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

export async function readDocumentFile(path: string, overrides: DocumentMeta = {}, opts: ReadOptions = {}): Promise<NewDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new IngestError(path, `cannot read (${err.code === 'ENOENT' ? 'no such file, or a broken link' : err.code ?? err.message})`);
  });
  if (!info.isFile()) throw new IngestError(path, info.isDirectory() ? 'is a directory, not a file' : 'not a regular file');
  if (info.size === 0) throw new IngestError(path, 'empty file');
  if (info.size > maxBytes) {
    throw new IngestError(path, `too large (${mb(info.size)}; the limit is ${mb(maxBytes)}, change it with --max-size)`);
  }
  const buf = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new IngestError(path, `cannot read (${err.code ?? err.message})`);
  });
  const decoded = decodeText(buf);
  if ('error' in decoded) throw new IngestError(path, decoded.error);
  const feed = parseFeed(decoded.text, 'file:///');
  if (feed) {
    // Its items are separate reports (and mostly only links): never one document of XML markup.
    throw new IngestError(path, `is an RSS/Atom feed (${feed.items.length} items): monitor it with \`sitrep watch add URL\`, or save its articles as .html files and ingest those`);
  }
  const kind = KINDS[extname(path).toLowerCase()] ?? sniffKind(decoded.text);
  const fileMeta = { file: basename(path), encoding: decoded.encoding };
  const base: NewDocument =
    kind === 'html'
      ? documentFromHtml(decoded.text, { meta: fileMeta })
      : { kind, text: kind === 'markdown' ? markdownText(decoded.text) : decoded.text, meta: fileMeta };
  const doc = applyMeta({ ...base, text: normaliseText(base.text) }, readSidecar(path), overrides);
  if (!doc.text) throw new IngestError(path, 'no text in it (only markup or whitespace)');
  if (doc.title == null && kind !== 'html') doc.title = firstLine(doc.text);
  if (!doc.published && kind !== 'html') {
    const stated = datelineDate(doc.text);
    if (stated) doc.published = stated;
    if (stated) doc.meta = { ...doc.meta, published_from: 'dateline' };
  }
  return doc;
}

/** Plain text of Markdown: markup characters dropped, link texts kept, code kept as is. */
export function markdownText(md: string): string {
  return md
    .replace(/^<!--[\s\S]*?-->/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/^(-{3,}|\*{3,}|_{3,})\s*$/gm, '');
}

function sniffKind(text: string): 'html' | 'text' {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) ? 'html' : 'text';
}

function firstLine(text: string): string | null {
  const line = text.split('\n', 1)[0].trim();
  return line && line.length <= 200 ? line : null;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
