// `sitrep extract FILE`: stateless extraction. Reads one document and prints the events it
// describes (as reports: every field with its evidence spans and confidence) as JSON on stdout.
// Nothing is stored.

import type { Command } from 'commander';
import { cliGazetteer } from '../context.ts';
import { addMetaOptions, metaFromOptions } from '../options.ts';
import { UserError } from '../errors.ts';

export function register(program: Command): void {
  const cmd = program
    .command('extract')
    .description('extract events from one document and print them as JSON (stores nothing)')
    .argument('<file>', 'a .txt, .md or .html file ("-" reads text from stdin)')
    .option('--compact', 'one line of JSON instead of indented');
  addMetaOptions(cmd).action(async function (this: Command, file: string, opts: Record<string, any>) {
    const meta = metaFromOptions(opts);
    const { readDocumentFile } = await import('../../ingest/read.ts');
    const { applyMeta } = await import('../../ingest/meta.ts');
    const { contentHash } = await import('../../ingest/hash.ts');
    const { extractDocument } = await import('../../pipeline/process.ts');
    const { IngestError } = await import('../../ingest/errors.ts');
    let doc;
    try {
      doc = file === '-' ? applyMeta({ kind: 'text', text: await readStdin() }, meta) : await readDocumentFile(file, meta);
    } catch (err) {
      if (err instanceof IngestError) throw new UserError(err.message);
      throw err;
    }
    if (!doc.text.trim()) throw new UserError('stdin: empty input');
    const reports = extractDocument(doc, contentHash(doc), await cliGazetteer(this, opts.gazetteer));
    // Shaped like `sitrep events --format json` (one unmerged event per report), so the two
    // outputs can be compared or fed to the same tools.
    const events = reports.map(({ document_id, ...r }) => ({ ...r, document_ids: [document_id] }));
    process.stdout.write(JSON.stringify(events, null, opts.compact ? undefined : 2) + '\n');
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
