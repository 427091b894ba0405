// saveIngest: a document, its reports and their placement into events in ONE transaction.
// Two workers racing on the same document are settled by the content_hash unique key: the
// loser writes nothing and returns the winner's events. New events are written in bulk.

import type { Report, SitrepEvent } from '../../core/types.ts';
import { reconcile } from '../reconcile.ts';
import { checkPlacements, sourceOf, storedReport } from '../ids.ts';
import type { IngestItem, IngestResult, Placement } from '../store.ts';
import type { Db, Queryable } from './db.ts';
import { findDocumentByHash, insertDocument } from './documents.ts';
import { appendAudit, buildEvent, getEvents, newEventIds, recomputeEvent } from './events.ts';
import { writeEvents, writeReports } from './rows.ts';

export async function saveIngestItem(db: Db, c: Queryable, { doc, reports, placements }: IngestItem): Promise<IngestResult> {
  checkPlacements(reports, placements);
  const now = new Date().toISOString();
  const document = await insertDocument(db, c, doc, now);
  if (!document) {
    const known = (await findDocumentByHash(db, doc.content_hash, c))!;
    return { document: known, created: false, events: await eventsOfDocument(db, c, known.id) };
  }
  const source = sourceOf(document);
  const place = reports.map((_, i) => placements?.[i] ?? ({ kind: 'new' } as Placement));
  // The store owns identity: reports and evidence always point at the stored document.
  const stored: Report[] = reports.map((given, i) => storedReport(given, document, i, place[i]!));
  const targets = [...new Set(place.flatMap((p) => (p.kind === 'new' ? [] : [p.event_id])))];
  const known = await getEvents(db, c, targets, { lock: true });
  for (const t of targets) if (!known.has(t)) throw new Error(`saveIngest: cannot attach to or propose unknown event ${t}`);

  const fresh = stored.map((r, i) => (place[i].kind === 'attach' ? null : r));
  const ids = await newEventIds(db, c, fresh.filter((r): r is Report => !!r).map((r) => r.id));
  const eventOf: string[] = [];
  const created: SitrepEvent[] = [];
  const audit: Parameters<typeof appendAudit>[1] = [];
  const proposals: Array<{ event_id: string; candidate: string; score: number; rule: string }> = [];
  stored.forEach((report, i) => {
    const p = place[i];
    if (p.kind === 'attach') {
      eventOf.push(p.event_id);
      audit.push({ event_id: p.event_id, action: 'attach', actor: 'system', after: { report_id: report.id, score: p.score, rule: p.rule } });
      return;
    }
    const id = ids.shift()!;
    eventOf.push(id);
    created.push(buildEvent(id, reconcile([{ report, source }]), [report], { status: 'new', merged_into: null, overrides: {}, created_at: now, updated_at: now }));
    audit.push({ event_id: id, action: 'create', actor: 'system', after: { report_id: report.id } });
    if (p.kind === 'propose') {
      proposals.push({ event_id: id, candidate: p.event_id, score: p.score, rule: p.rule });
      audit.push({ event_id: id, action: 'propose', actor: 'system', after: { candidate: p.event_id, score: p.score, rule: p.rule } });
    }
  });
  await writeEvents(c, created);
  await writeReports(c, stored.map((report, ord) => ({ report, event_id: eventOf[ord], ord })));
  const byId = new Map(created.map((e) => [e.id, e]));
  for (const t of targets) if (place.some((p) => p.kind === 'attach' && p.event_id === t)) byId.set(t, (await recomputeEvent(db, c, t, now))!);
  await appendAudit(c, audit, now);
  for (const p of proposals) {
    await c.query('INSERT INTO merge_proposals (event_id, candidate, score, rule, created_at) VALUES ($1, $2, $3, $4, $5)', [p.event_id, p.candidate, p.score, p.rule, now]);
  }
  return { document, created: true, events: [...new Set(eventOf)].map((id) => byId.get(id)!) };
}

/** The events a document's reports currently belong to, in report order. */
export async function eventsOfDocument(db: Db, c: Queryable, documentId: string): Promise<SitrepEvent[]> {
  const rows = await db.q<{ data: SitrepEvent }>(
    `SELECT e.data FROM events e JOIN (SELECT event_id, min(ord) AS first FROM reports WHERE document_id = $1 GROUP BY event_id) r
     ON r.event_id = e.id ORDER BY r.first`,
    [documentId],
    c,
  );
  return rows.map((r) => r.data);
}

