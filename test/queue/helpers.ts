// Test documents for queue tests: the project's own synthetic example reports, each in several
// variants (a different closing line) so that every document has its own content hash.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewDocument } from '../../src/core/types.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

export function exampleDocuments(variants: number, opts: { digest?: boolean; sections?: number } = {}): NewDocument[] {
  const files = readdirSync(EXAMPLES).filter((n) => n.endsWith('.txt')).sort();
  const texts = files.map((f) => readFileSync(join(EXAMPLES, f), 'utf8').trim());
  const docs: NewDocument[] = [];
  files.forEach((f, i) => {
    const meta = JSON.parse(readFileSync(join(EXAMPLES, f.replace(/\.txt$/, '.meta.json')), 'utf8'));
    // A digest: this report followed by all the others (a longer job, as a weekly roundup is).
    const digest = opts.digest ? [texts[i], ...texts.filter((_, j) => j !== i)].join('\n\n') : texts[i];
    // Several numbered sections make a long document (a slow job) with many reports.
    const body = Array.from({ length: opts.sections ?? 1 }, (_, k) => (k ? `Section ${k + 1}.\n\n` : '') + digest).join('\n\n');
    for (let v = 0; v < variants; v++) {
      docs.push({ kind: 'text', text: `${body}\n\nFiled by regional desk ${v + 1}.`, title: `${f} #${v + 1}`, source: meta.source ?? 'Examples', published: meta.published ?? null });
    }
  });
  return docs;
}
