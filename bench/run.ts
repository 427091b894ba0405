// `npm run bench [-- --quick] [-- SECTION ...]`: runs every bench section that exists, prints one
// table per section and writes bench/results.json.
// A section is bench/<name>.ts exporting
//   run(opts: { quick: boolean }): Promise<{ name: string; rows: Array<Record<string, string | number>>; json: unknown }>
// One failing section is reported and the others still run; the exit code says something failed.
// Running a subset (`npm run bench -- extract`) keeps the other sections' last results in the file.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatTable } from '../src/eval/table.ts';

/** Sections in the order they run (cheap first); owners in the brief. */
const SECTIONS = ['extract', 'api', 'merge', 'scale'];

export interface SectionResult {
  name: string;
  rows: Array<Record<string, string | number>>;
  json: unknown;
}

export function machine(): Record<string, string | number> {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    // Wall-clock rates drop when other processes share the cores; per-CPU-second rates do not.
    load_average_1m: Math.round(loadavg()[0] * 10) / 10,
  };
}

async function main(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const named = argv.filter((a) => !a.startsWith('--'));
  const unknown = named.filter((n) => !SECTIONS.includes(n));
  if (unknown.length) throw new Error(`unknown bench section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  const wanted = named.length ? named : SECTIONS;
  const info = machine();
  process.stdout.write(
    `sitrep bench${quick ? ' (quick)' : ''} on ${info.cpu}, ${info.cores} cores, node ${info.node}, load average ${info.load_average_1m}\n`,
  );

  const out = fileURLToPath(new URL('./results.json', import.meta.url));
  const previous = readPrevious(out);
  const results: Record<string, unknown> = { ...previous.sections };
  const errors: Record<string, string> = {};
  const ranAt: Record<string, string> = { ...previous.ran_at };
  for (const name of wanted) {
    const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
    if (!existsSync(file)) {
      process.stdout.write(`\n== ${name}: not present, skipped ==\n`);
      continue;
    }
    const t0 = Date.now();
    try {
      const mod = (await import(file)) as { run?: (o: { quick: boolean }) => Promise<SectionResult> };
      if (typeof mod.run !== 'function') throw new Error(`bench/${name}.ts does not export run()`);
      const res = await mod.run({ quick });
      results[res.name ?? name] = res.json;
      ranAt[res.name ?? name] = new Date().toISOString();
      const took = ((Date.now() - t0) / 1000).toFixed(1);
      process.stdout.write('\n' + formatTable(res.rows, `== ${res.name ?? name} (${took} s) ==`) + '\n');
    } catch (err) {
      errors[name] = (err as Error).message ?? String(err);
      process.stdout.write(`\n== ${name}: FAILED: ${errors[name]} ==\n`);
      process.exitCode = 1;
    }
  }
  const doc = { date: new Date().toISOString(), quick, machine: info, ran_at: ranAt, sections: results, errors };
  writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
  process.stdout.write(`\nwrote ${out}\n`);
}

function readPrevious(path: string): { sections: Record<string, unknown>; ran_at: Record<string, string> } {
  try {
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    return { sections: doc.sections ?? {}, ran_at: doc.ran_at ?? {} };
  } catch {
    return { sections: {}, ran_at: {} }; // absent or unreadable: start afresh
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
