// Option sets used by several commands, each with its parsing and validation in one place.

import { Command, Option } from 'commander';
import { isEventType, isSubEventType } from '../core/taxonomy.ts';
import { isIsoDay } from '../extract/dates/calendar.ts';
import type { DocumentMeta } from '../ingest/meta.ts';
import { countryHint, toIsoDate } from '../ingest/meta.ts';
import type { EventQuery } from '../store/store.ts';
import { UserError } from './errors.ts';

export function addMetaOptions(cmd: Command): Command {
  return cmd
    .option('--published <date>', 'publication date (YYYY-MM-DD); relative dates resolve against it')
    .option('--source <name>', 'source name (e.g. "Foreign Policy")')
    .option('--publisher <name>', 'publisher, when it differs from the source')
    .option('--url <url>', 'where the document was published')
    .option('--title <title>', 'document title')
    .option('--country <iso3-or-name>', 'the country the document is about, ISO3 or name (a hint for extraction)')
    .option('--gazetteer <paths...>', 'GeoNames dump files or folders to add to the gazetteer');
}

export function metaFromOptions(o: Record<string, string | undefined>): DocumentMeta {
  const published = o.published ? toIsoDate(o.published) : null;
  if (o.published && !published) throw new UserError(`--published must be a date like 2019-12-06 that exists, got "${o.published}"`);
  // The same reading as the API and sidecars: a code or a name, stored as ISO3.
  const country = o.country ? countryHint(o.country) : undefined;
  if (country === null) throw new UserError(`--country must be a country's ISO3 code or name (LBY, Libya), got "${o.country}"`);
  return {
    published,
    source: o.source,
    publisher: o.publisher,
    url: o.url,
    title: o.title,
    country,
  };
}

export function addFilterOptions(cmd: Command, defaultSort = '-date'): Command {
  return cmd
    .option('--from <date>', 'events on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this day (YYYY-MM-DD)')
    .option('--country <iso3-or-name>', 'country: ISO3 code or name')
    .option('--admin1 <name>', 'first-level administrative area')
    .option('--type <event-type>', 'ACLED event type, e.g. "Battles"')
    .option('--sub-type <sub-event-type>', 'ACLED sub-event type, e.g. "Air/drone strike"')
    .option('--actor <text>', 'actor name contains this (any role)')
    .option('--text <words>', 'full-text search over notes, actors, places and evidence')
    .option('--min-fatalities <n>', 'at least this many fatalities')
    .option('--bbox <w,s,e,n>', 'bounding box in degrees')
    .addOption(new Option('--status <status>', 'review status').choices(['new', 'confirmed', 'edited', 'rejected', 'merged']))
    .addOption(new Option('--sort <order>', 'sort order').choices(['date', '-date', 'fatalities', '-fatalities']).default(defaultSort))
    .option('--all', 'include rejected and merged-away events');
}

export function queryFromOptions(o: Record<string, any>): EventQuery {
  for (const k of ['from', 'to'] as const) {
    if (o[k] && !isIsoDay(o[k])) throw new UserError(`--${k} must be a date like 2019-12-06 that exists, got "${o[k]}"`);
  }
  if (o.type && !isEventType(o.type)) throw new UserError(`--type "${o.type}" is not an ACLED event type`);
  if (o.subType && !isSubEventType(o.subType)) throw new UserError(`--sub-type "${o.subType}" is not an ACLED sub-event type`);
  const q: EventQuery = {
    from: o.from,
    to: o.to,
    country: o.country,
    admin1: o.admin1,
    event_type: o.type,
    sub_event_type: o.subType,
    actor: o.actor,
    text: o.text,
    status: o.status,
    sort: o.sort,
    include_hidden: Boolean(o.all),
  };
  if (o.minFatalities !== undefined) q.fatalities_min = wholeNumber('--min-fatalities', o.minFatalities);
  if (o.bbox) {
    const b = String(o.bbox).split(',').map(Number);
    if (b.length !== 4 || b.some((x) => !Number.isFinite(x))) throw new UserError(`--bbox must be west,south,east,north in degrees, got "${o.bbox}"`);
    q.bbox = b as [number, number, number, number];
  }
  return q;
}

export function wholeNumber(flag: string, s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`${flag} must be a whole number, got "${s}"`);
  return n;
}

/** Global options that take a value (`sitrep --db PATH ingest ...`). */
const GLOBAL_WITH_VALUE = new Set(['--db']);

/** The command named on a command line (arguments after node and the script): the first word after the global options. */
export function commandOf(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (GLOBAL_WITH_VALUE.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}
