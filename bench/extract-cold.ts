// One cold extraction pass over the ACLED notes in a fresh process, measured exactly as
// `sitrep eval acled` measures notes_per_second (evaluateAcled: process CPU of the pass, all
// threads, gazetteer loading excluded and timed apart). bench/extract.ts runs this file as a
// child process, because its own process is already warm by the time it measures.
// It applies the same V8 batch settings as the `sitrep eval` process (batch-tiering.ts).
// Usage: node --import tsx bench/extract-cold.ts ACLED.csv [GEONAMES_PATH ...]   (prints one JSON line)

import { ACLED_REQUIRED_COLUMNS, acledCase, evaluateAcled, type AcledCase } from '../src/eval/acled.ts';
import { readCsvTable } from '../src/eval/csv.ts';
import { loadDefaultGazetteer, loadGazetteer } from '../src/geo/index.ts';
import { tuneForBatchExtraction } from '../src/extract/batch-tiering.ts';

export interface ColdPass {
  notes: number;
  gazetteer_places: number;
  gazetteer_load_cpu_seconds: number;
  /** Loading the extraction modules and the data they read at load (the actor dictionary). */
  extract_load_cpu_seconds: number;
  notes_per_second: number;
  extract_cpu_seconds: number;
  extract_main_thread_cpu_seconds: number | null;
  extract_seconds: number;
}

async function main(file: string, geonames: string[]): Promise<ColdPass> {
  tuneForBatchExtraction();
  const cases = readCsvTable(file, ACLED_REQUIRED_COLUMNS).rows.map(acledCase).filter((c): c is AcledCase => typeof c !== 'string');
  const cpu0 = process.cpuUsage();
  const gazetteer = geonames.length ? loadGazetteer({ files: geonames }) : loadDefaultGazetteer();
  const load = process.cpuUsage(cpu0);
  // Imported after loading, as the eval command does, so module loading is not in the pass either.
  const cpu1 = process.cpuUsage();
  const { extractReports } = await import('../src/extract/index.ts');
  const extractLoad = process.cpuUsage(cpu1);
  const ev = evaluateAcled(cases, { extract: extractReports, gazetteer });
  return {
    notes: ev.n,
    gazetteer_places: gazetteer.size(),
    gazetteer_load_cpu_seconds: (load.user + load.system) / 1e6,
    extract_load_cpu_seconds: (extractLoad.user + extractLoad.system) / 1e6,
    notes_per_second: ev.notes_per_second,
    extract_cpu_seconds: ev.extract_cpu_seconds,
    extract_main_thread_cpu_seconds: ev.extract_main_thread_cpu_seconds,
    extract_seconds: ev.extract_seconds,
  };
}

const [file, ...geonames] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: extract-cold.ts ACLED.csv [GEONAMES_PATH ...]\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify(await main(file, geonames)) + '\n');
