// `sitrep review confirm|edit|grade|reject|merge|split|proposals|accept|decline|undo|log ...`: the analyst's actions
// on events, each written to the event's audit log under --by (default $SITREP_USER or the OS user).

import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { SitrepEvent } from '../../core/types.ts';
import type { Store } from '../../store/store.ts';
import { UserError } from '../errors.ts';

type Opts = { by?: string; reason?: string; json?: boolean };

function who(opts: Opts): string {
  return opts.by || process.env.SITREP_USER || userInfo().username || 'cli';
}

function summary(ev: SitrepEvent): string {
  const disagree = Object.keys(ev.disagreements ?? {});
  return (
    `${ev.id}: ${ev.status}${ev.merged_into ? ' into ' + ev.merged_into : ''}, grade ${ev.grade}, ` +
    `${ev.event_date} ${ev.event_type} / ${ev.sub_event_type}, ${ev.location || ev.admin1 || ev.country}, ` +
    `${ev.fatalities} killed (${ev.fatalities_min}-${ev.fatalities_max}), ${ev.report_ids.length} report(s)` +
    (disagree.length ? `; sources disagree on ${disagree.join(', ')}` : '')
  );
}

/** Opens the store, runs one action, prints the resulting event, maps review errors to one line. */
function action(cmd: Command, run: (store: Store, ...args: any[]) => Promise<SitrepEvent | string>) {
  return async (...args: any[]) => {
    const opts = cmd.opts() as Opts;
    const { openStore } = await import('../../store/index.ts');
    const { ReviewError } = await import('../../review/actions.ts');
    const store = await openStore(cmd.optsWithGlobals().db);
    try {
      const out = await run(store, ...args.slice(0, -2), opts);
      if (typeof out === 'string') process.stdout.write(out);
      else process.stdout.write(opts.json ? JSON.stringify(out, null, 2) + '\n' : summary(out) + '\n');
    } catch (err) {
      if (err instanceof ReviewError) throw new UserError(err.message);
      throw err;
    } finally {
      await store.close();
    }
  };
}

export function register(program: Command): void {
  const review = program.command('review').description('review events: confirm, edit, grade, reject, merge, split, undo; every action is audited');
  const sub = (name: string, desc: string) => {
    const c = review.command(name).description(desc).option('--by <name>', 'reviewer name for the audit log').option('--json', 'print the event as JSON');
    return c;
  };
  const r = () => import('../../review/actions.ts');

  const confirm = sub('confirm', 'mark an event as checked and right').argument('<event>').option('--reason <text>');
  confirm.action(action(confirm, async (s, id, o: Opts) => (await r()).confirm(s, id, who(o), o.reason)));

  const edit = sub('edit', 'set fields by hand (the extracted value and evidence are kept beside it)')
    .argument('<event>').argument('<field=value...>').option('--reason <text>');
  edit.action(action(edit, async (s, id, pairs: string[], o: Opts) => {
    const { parseAssignments } = await import('../../review/fields.ts');
    let fields;
    try {
      fields = parseAssignments(pairs);
    } catch (err) {
      throw new UserError((err as Error).message);
    }
    return (await r()).edit(s, id, fields, who(o), o.reason);
  }));

  const grade = sub('grade', 'override the derived grade').argument('<event>').argument('<grade>', 'confirmed|fair|weak|contested|discounted').option('--reason <text>');
  grade.action(action(grade, async (s, id, g, o: Opts) => (await r()).grade(s, id, g, who(o), o.reason)));

  const reject = sub('reject', 'reject an event (hidden from lists, kept with its sources)').argument('<event>').requiredOption('--reason <text>');
  reject.action(action(reject, async (s, id, o: Opts) => (await r()).reject(s, id, who(o), o.reason!)));

  const merge = sub('merge', 'merge SOURCE into TARGET (every claim kept; disagreements flagged)').argument('<target>').argument('<source>').option('--reason <text>');
  merge.action(action(merge, async (s, t, src, o: Opts) => (await r()).merge(s, t, src, who(o), o.reason)));

  const split = sub('split', 'move some reports of an event into a new event').argument('<event>').argument('<report...>').option('--reason <text>');
  split.action(action(split, async (s, id, reports: string[], o: Opts) => (await r()).split(s, id, reports, who(o), o.reason)));

  const p = () => import('../../review/proposals.ts');
  const proposals = sub('proposals', 'list merge proposals (open ones unless --status), with both events')
    .option('--status <status>', 'open|accepted|declined|superseded|all', 'open').option('--event <id>', 'only proposals involving this event')
    .option('--limit <n>', 'how many', '50').option('--cursor <c>', 'next page (printed after a full page)');
  proposals.action(action(proposals, async (s, o: Opts & { status: string; event?: string; limit: string; cursor?: string }) => {
    const { checkStatus } = await p();
    const limit = Number(o.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UserError(`--limit must be a positive whole number, not "${o.limit}"`);
    const page = await s.listProposals({ status: checkStatus(o.status), event_id: o.event, limit, cursor: o.cursor });
    if (o.json) return JSON.stringify(page, null, 2) + '\n';
    const lines: string[] = [];
    for (const x of page.items) {
      const [ev, cand] = [await s.getEvent(x.event_id), await s.getEvent(x.candidate)];
      lines.push(`#${x.id} ${x.status} score ${x.score} (${x.rule})`, `  new:       ${ev ? summary(ev) : x.event_id}`, `  candidate: ${cand ? summary(cand) : x.candidate}`);
    }
    if (!page.items.length) lines.push('no proposals');
    if (page.next_cursor) lines.push(`more: --cursor ${page.next_cursor}`);
    return lines.join('\n') + '\n';
  }));

  // A number is a proposal id; anything else an event id (its best open proposal is accepted).
  const accept = sub('accept', 'accept a merge proposal (by number, or the best open one of an event): merges the event into the candidate')
    .argument('<proposal|event>').option('--reason <text>');
  accept.action(action(accept, async (s, ref: string, o: Opts) =>
    /^\d+$/.test(ref) ? (await (await p()).acceptProposal(s, Number(ref), who(o), o.reason)).event : (await p()).acceptProposalOf(s, ref, who(o), o.reason)));

  const decline = sub('decline', 'decline a merge proposal: the two events stay apart').argument('<proposal>').option('--reason <text>');
  decline.action(action(decline, async (s, ref: string, o: Opts) => {
    const x = await (await p()).declineProposal(s, Number(ref), who(o), o.reason);
    return o.json ? JSON.stringify(x, null, 2) + '\n' : `#${x.id} declined: ${x.event_id} stays apart from ${x.candidate}\n`;
  }));

  const undo = sub('undo', "reverse the event's last review action (or automatic merge)").argument('<event>');
  undo.action(action(undo, async (s, id, o: Opts) => (await import('../../review/undo.ts')).undo(s, id, who(o))));

  const log = sub('log', "print an event's audit log (who, when, what, before -> after)").argument('<event>');
  log.action(action(log, async (s, id, o: Opts) => {
    await (await r()).requireEvent(s, id);
    const entries = await s.auditLog(id);
    if (o.json) return JSON.stringify(entries, null, 2) + '\n';
    const { describeEntry } = await import('../../review/log.ts');
    return entries.map((e) => describeEntry(e) + '\n').join('');
  }));
}
