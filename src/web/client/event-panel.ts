// The event panel: every field with its confidence, the sources, disagreements between sources
// side by side, and each source document's text with the evidence spans highlighted.
// Document text is rendered as text nodes inside <mark>; nothing from a document is parsed as HTML.

import type { Evidence, Report, SitrepEvent, StoredDocument } from '../../core/types.ts';
import type { EventDetail } from './api.ts';
import { typeColor } from './colors.ts';
import { el, fmtInt, link, type Child } from './dom.ts';
import { segments } from './highlight.ts';
import { renderAudit, renderReview } from './review-panel.ts';

/** Fields shown in the table, in ACLED's order, with readable labels. */
const FIELDS: Array<[keyof SitrepEvent, string]> = [
  ['event_date', 'Date'], ['time_precision', 'Time precision'], ['event_type', 'Event type'], ['sub_event_type', 'Sub-event type'],
  ['actor1', 'Actor 1'], ['assoc_actor_1', 'Associated actor 1'], ['inter1', 'Inter 1'],
  ['actor2', 'Actor 2'], ['assoc_actor_2', 'Associated actor 2'], ['inter2', 'Inter 2'], ['interaction', 'Interaction'],
  ['civilian_targeting', 'Civilian targeting'], ['country', 'Country'], ['admin1', 'Admin 1'], ['admin2', 'Admin 2'],
  ['location', 'Location'], ['latitude', 'Latitude'], ['longitude', 'Longitude'], ['geo_precision', 'Geo precision'],
  ['fatalities', 'Fatalities (best)'], ['fatalities_min', 'Fatalities min'], ['fatalities_max', 'Fatalities max'],
  ['injuries', 'Injuries'], ['displaced', 'Displaced'], ['notes', 'Notes'], ['source', 'Source'],
];
/** Evidence that covers a whole sentence (what the event is) rather than one value in it. */
const SENTENCE_FIELDS = new Set(['notes', 'event_type', 'sub_event_type', 'civilian_targeting', 'interaction']);
/** Above this length a document shows only the stretch around its evidence. */
const MAX_TEXT = 200_000;

const show = (v: unknown): string => (v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function confidenceCell(c: number | undefined): HTMLElement {
  if (c === undefined) return el('td', { class: 'muted' }, '—');
  const pct = Math.round(c * 100);
  return el('td', {}, el('meter', { min: 0, max: 100, value: pct, 'aria-label': `confidence ${pct}%` }), ` ${pct}%`);
}

function fieldTable(e: SitrepEvent): HTMLElement {
  const evidenced = new Set(e.evidence.map((x) => x.field));
  return el('table', { class: 'fields' },
    el('caption', {}, 'Fields (a dot marks a field with evidence in the text)'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Field'), el('th', { scope: 'col' }, 'Value'), el('th', { scope: 'col' }, 'Confidence'))),
    el('tbody', {}, FIELDS.map(([k, label]) =>
      el('tr', { class: e.disagreements?.[k as string] ? 'disagrees' : null },
        el('th', { scope: 'row' }, label, evidenced.has(k as string) ? el('span', { class: 'dot', title: 'has evidence' }, ' •') : null),
        el('td', {}, show(e[k]), e.overrides?.[k as string]
          ? el('span', { class: 'override' }, ` (set by ${e.overrides[k as string].by}; extracted: ${show(e.overrides[k as string].extracted)})`)
          : null),
        confidenceCell(e.confidence?.[k as string]),
      ))),
  );
}

/** Reports side by side, one column per source: fields that differ first, the rest folded away. */
function sourcesSideBySide(reports: Report[], docs: Map<string, StoredDocument>): Child {
  if (reports.length < 2) return null;
  const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Field'),
    reports.map((r) => el('th', { scope: 'col' }, docs.get(r.document_id)?.source ?? r.source ?? r.document_id))));
  const rows = FIELDS.filter(([k]) => k !== 'notes').map(([k, label]) => {
    const values = reports.map((r) => show((r as unknown as Record<string, unknown>)[k]));
    return { label, values, differs: new Set(values).size > 1 };
  });
  const table = (subset: typeof rows, differ: boolean) =>
    el('table', { class: 'side-by-side' }, head.cloneNode(true),
      el('tbody', {}, subset.map((r) => el('tr', { class: differ ? 'disagrees' : null }, el('th', { scope: 'row' }, r.label), r.values.map((v) => el('td', {}, v))))));
  const differing = rows.filter((r) => r.differs);
  const agreeing = rows.filter((r) => !r.differs);
  return el('section', { 'aria-labelledby': 'side-h' },
    el('h3', { id: 'side-h' }, `Sources side by side (${reports.length})`),
    differing.length ? el('div', { class: 'scroll-x' }, table(differing, true)) : el('p', {}, 'The sources agree on every field.'),
    agreeing.length ? el('details', {}, el('summary', {}, `${agreeing.length} fields all sources agree on`), el('div', { class: 'scroll-x' }, table(agreeing, false))) : null,
  );
}

const DECISION = { attach: 'attached to', propose: 'proposed for a merge with', new: 'kept apart from' } as const;

/** Why the merge step put each report where it is: its decision, best candidate, score and rule. */
function placements(reports: Report[], docs: Map<string, StoredDocument>, open: (id: string) => void): Child {
  const placed = reports.filter((r) => r.placement);
  if (!placed.length) return null;
  return el('section', { 'aria-labelledby': 'place-h' },
    el('h3', { id: 'place-h' }, 'How the merge step placed each report'),
    el('ul', { class: 'placements' }, placed.map((r) => {
      const p = r.placement!;
      const who = docs.get(r.document_id)?.source ?? r.source ?? r.document_id;
      const candidate = p.candidate
        ? [` ${DECISION[p.kind]} `, el('button', { type: 'button', class: 'link-button', onclick: () => open(p.candidate!) }, p.candidate),
            ` (score ${p.score ?? '—'}${p.parts ? `: ${Object.entries(p.parts).map(([k, v]) => `${k} ${v ?? '—'}`).join(', ')}` : ''})`]
        : ' a new event: no stored event in its search window';
      return el('li', { 'data-kind': p.kind }, el('strong', {}, who), ':', candidate,
        `; ${p.candidates} candidate(s) scored; rule `, el('code', {}, p.rule));
    })),
  );
}

function disagreements(e: SitrepEvent): Child {
  const entries = Object.entries(e.disagreements ?? {});
  if (!entries.length) return null;
  return el('section', { 'aria-labelledby': 'dis-h' },
    el('h3', { id: 'dis-h' }, 'Where sources disagree'),
    el('table', { class: 'side-by-side' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Field'), el('th', { scope: 'col' }, 'Claims'))),
      el('tbody', {}, entries.map(([field, claims]) =>
        el('tr', { class: 'disagrees' }, el('th', { scope: 'row' }, field),
          el('td', {}, el('ul', { class: 'claims' }, claims.map((c) => el('li', {}, el('strong', {}, c.source || c.document_id), ': ', show(c.value))))))))),
  );
}

/** The document text with every evidence span in a <mark> labelled by its fields. */
export function highlightedText(doc: StoredDocument, evidence: Evidence[]): HTMLElement {
  const spans = evidence.filter((x) => x.document_id === doc.id).map((x) => ({ start: x.start, end: x.end, label: x.field }));
  let [lo, hi] = [0, doc.text.length];
  if (hi > MAX_TEXT) {
    lo = Math.max(0, Math.min(...spans.map((s) => s.start), hi) - 2000);
    hi = Math.min(doc.text.length, lo + MAX_TEXT);
  }
  const parts = segments(doc.text.length, spans)
    .filter((s) => s.end > lo && s.start < hi)
    .map((s) => {
      const text = doc.text.slice(Math.max(s.start, lo), Math.min(s.end, hi));
      if (!s.labels.length) return text;
      const wide = s.labels.every((l) => SENTENCE_FIELDS.has(l));
      return el('mark', { class: wide ? 'evidence wide' : 'evidence', title: `evidence for: ${s.labels.join(', ')}`, 'data-fields': s.labels.join(' ') }, text);
    });
  return el('div', { class: 'doc-text', tabindex: 0, role: 'region', 'aria-label': `Text of ${doc.title ?? doc.id} with evidence highlighted` },
    lo > 0 ? el('p', { class: 'muted' }, `… ${fmtInt(lo)} characters before`) : null,
    parts,
    hi < doc.text.length ? el('p', { class: 'muted' }, `… ${fmtInt(doc.text.length - hi)} characters after`) : null,
  );
}

function documentSection(doc: StoredDocument, evidence: Evidence[]): HTMLElement {
  const own = evidence.filter((x) => x.document_id === doc.id);
  return el('article', { class: 'source-doc' },
    el('h4', {}, doc.title || doc.id),
    el('p', { class: 'doc-meta' }, [doc.source, doc.published].filter(Boolean).join(' · '), doc.url ? [' · ', link(doc.url, 'original')] : null),
    el('details', {}, el('summary', {}, `Evidence (${own.length})`),
      el('ul', { class: 'evidence-list' }, own.map((x) => el('li', {}, el('strong', {}, x.field), ': “', x.text, '”')))),
    highlightedText(doc, evidence),
  );
}

export function renderEvent(d: EventDetail, onChanged: (id: string) => void): HTMLElement {
  const e = d.event;
  const docs = new Map(d.documents.map((x) => [x.id, x]));
  const evidence = [...e.evidence, ...d.reports.flatMap((r) => r.evidence)];
  const audit = el('section', { class: 'audit-log', 'aria-live': 'polite' });
  void renderAudit(audit, e.id);
  const unique = [...new Map(evidence.map((x) => [`${x.document_id}:${x.start}:${x.end}:${x.field}`, x])).values()];
  return el('div', { class: 'event-detail', 'data-event-id': e.id },
    el('p', { class: 'type-chip', style: `border-color:${typeColor(e.event_type)}` }, e.event_type),
    el('h2', { id: 'panel-title', tabindex: -1 }, `${e.sub_event_type} · ${e.event_date}`),
    el('p', { class: 'lede' }, [e.location, e.admin1, e.country].filter(Boolean).join(', '), ` · ${fmtInt(e.fatalities)} fatalities`,
      e.fatalities_max > e.fatalities ? ` (up to ${fmtInt(e.fatalities_max)})` : ''),
    el('p', {}, el('span', { class: 'badge' }, `status: ${e.status}`), ' ', el('span', { class: 'badge' }, `grade: ${e.grade}`),
      ' ', el('span', { class: 'badge' }, `overall confidence: ${Math.round((e.confidence?.overall ?? 0) * 100)}%`)),
    e.merged_into
      ? el('p', { role: 'note' }, 'Merged into another event: ',
          el('button', { type: 'button', class: 'link-button', onclick: () => onChanged(e.merged_into!) }, `open ${e.merged_into}`))
      : null,
    disagreements(e),
    sourcesSideBySide(d.reports, docs),
    placements(d.reports, docs, onChanged),
    fieldTable(e),
    el('section', { 'aria-labelledby': 'src-h' },
      el('h3', { id: 'src-h' }, `Sources (${d.documents.length})`),
      d.documents.map((doc) => documentSection(doc, unique)),
    ),
    renderReview(e, d.reports, onChanged),
    audit,
  );
}
