// `sitrep show EVENT_ID`: one event, every field with the evidence it came from.

import type { Command } from 'commander';
import type { StoredDocument } from '../../core/types.ts';
import { withStore } from '../context.ts';
import { UserError } from '../errors.ts';
import { renderEvent } from '../render-event.ts';

export function register(program: Command): void {
  program
    .command('show')
    .description('show one event: every field, its confidence and the evidence sentence(s)')
    .argument('<event-id>')
    .option('--json', 'print the event (with its reports and history) as JSON')
    .action(async function (this: Command, id: string, opts: { json?: boolean }) {
      await withStore(this, async (store) => {
        const event = await store.getEvent(id);
        if (!event) throw new UserError(`no event with id "${id}" (list them with: sitrep events)`);
        const audit = await store.auditLog(id);
        const reports = await store.getReports(id);
        if (opts.json) {
          process.stdout.write(JSON.stringify({ ...event, reports, audit }, null, 2) + '\n');
          return;
        }
        const documents = new Map<string, StoredDocument>();
        for (const docId of event.document_ids) {
          const d = await store.getDocument(docId);
          if (d) documents.set(docId, d);
        }
        const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
        process.stdout.write(renderEvent({ event, documents, audit, color, reports }));
      });
    });
}
