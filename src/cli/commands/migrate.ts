// `sitrep migrate --from A --to B`: copy a whole store between SQLite and PostgreSQL (either
// way), streamed in batches, into an empty target; every table's count is checked at the end.

import type { Command } from 'commander';
import type { Store } from '../../store/store.ts';
import type { TransferCounts, TransferSource, TransferTarget } from '../../store/postgres/transfer.ts';
import { UserError } from '../errors.ts';

async function sides(store: Store): Promise<{ source: TransferSource; target: TransferTarget }> {
  if (store.kind === 'postgres') {
    const { postgresSource, postgresTarget } = await import('../../store/postgres/transfer.ts');
    const { db } = store as unknown as { db: import('../../store/postgres/db.ts').Db };
    return { source: postgresSource(db), target: postgresTarget(db) };
  }
  const { sqliteSource, sqliteTarget } = await import('../../store/sqlite/transfer.ts');
  const { db } = store as unknown as { db: import('../../store/sqlite/db.ts').DB };
  return { source: sqliteSource(db), target: sqliteTarget(db) };
}

/** Copies everything from source to target; returns the source's counts (checked equal). */
export async function copyStore(from: Store, to: Store, progress: (line: string) => void = () => {}): Promise<TransferCounts> {
  const { source } = await sides(from);
  const { target } = await sides(to);
  const before = await target.counts();
  if (Object.values(before).some((n) => n > 0)) throw new UserError(`the target store is not empty (${fmt(before)}); migrate copies into an empty store`);
  const want = await source.counts();
  const steps: Array<[keyof TransferCounts, AsyncIterable<any[]>, (rows: any[]) => Promise<void>]> = [
    ['documents', source.documents(), (r) => target.writeDocuments(r)],
    ['events', source.events(), (r) => target.writeEvents(r)],
    ['reports', source.reports(), (r) => target.writeReports(r)],
    ['audit', source.audit(), (r) => target.writeAudit(r)],
    ['proposals', source.proposals(), (r) => target.writeProposals(r)],
    ['watches', source.watches(), (r) => target.writeWatches(r)],
    ['users', source.users(), (r) => target.writeUsers(r)],
  ];
  for (const [name, rows, write] of steps) {
    let n = 0;
    for await (const batch of rows) {
      await write(batch);
      n += batch.length;
      progress(`${name}: ${n}/${want[name]}`);
    }
  }
  progress('indexing');
  await target.finish();
  const got = await target.counts();
  const off = (Object.keys(want) as Array<keyof TransferCounts>).filter((k) => got[k] !== want[k]);
  if (off.length) throw new Error(`counts differ after copying: ${off.map((k) => `${k} ${got[k]} != ${want[k]}`).join(', ')}`);
  return want;
}

function fmt(c: TransferCounts): string {
  return Object.entries(c).map(([k, v]) => `${v} ${k}`).join(', ');
}

export function register(program: Command): void {
  program
    .command('migrate')
    .description('copy a whole store between SQLite and PostgreSQL (e.g. --from sitrep.db --to postgres://...)')
    .requiredOption('--from <path-or-url>', 'source store: SQLite file or postgres:// URL')
    .requiredOption('--to <path-or-url>', 'target store (must be empty): SQLite file or postgres:// URL')
    .action(async (opts: { from: string; to: string }) => {
      if (opts.from === opts.to) throw new UserError('--from and --to are the same store');
      const { openStore } = await import('../../store/index.ts');
      const from = await openStore(opts.from);
      let to: Store | null = null;
      try {
        to = await openStore(opts.to);
        let last = 0;
        const counts = await copyStore(from, to, (line) => {
          // Progress at most every 200 ms: a million-row copy should not flood the terminal.
          if (Date.now() - last > 200 || line === 'indexing') {
            process.stderr.write(`sitrep: ${line}\n`);
            last = Date.now();
          }
        });
        process.stderr.write(`sitrep: copied ${fmt(counts)}; counts checked\n`);
      } finally {
        await to?.close();
        await from.close();
      }
    });
}
