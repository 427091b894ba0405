// The documents view: what was ingested, when, and what came out of each; one document's text
// with its events; a form to ingest a new report; and the processing queue's job counts.
// Document text is shown as text only.

import type { DocumentSummary } from '../../store/store.ts';
import { api } from './api.ts';
import { el, fmtInt, link, render } from './dom.ts';
import { highlightedText } from './event-panel.ts';
import { createJobsStatus, describeJob, type JobsStatus } from './jobs.ts';

export interface DocumentsView {
  show(docId: string | null): Promise<void>;
  /** The view is shown (true) or hidden: the job counts refresh only while it is shown. */
  setActive(active: boolean): void;
}

function ingestForm(jobs: JobsStatus, onDone: (docId: string) => void): HTMLElement {
  const status = el('p', { role: 'status', class: 'muted' });
  const text = el('textarea', { id: 'ing-text', name: 'text', rows: 6, required: true });
  const title = el('input', { id: 'ing-title', name: 'title', type: 'text' });
  const source = el('input', { id: 'ing-source', name: 'source', type: 'text' });
  const published = el('input', { id: 'ing-published', name: 'published', type: 'date' });
  const form = el('form', { class: 'ingest', 'aria-labelledby': 'ing-h' },
    el('h2', { id: 'ing-h' }, 'Ingest a report'),
    el('label', { for: 'ing-text' }, 'Text of the report'), text,
    el('div', { class: 'row' },
      el('div', { class: 'field' }, el('label', { for: 'ing-title' }, 'Title'), title),
      el('div', { class: 'field' }, el('label', { for: 'ing-source' }, 'Source'), source),
      el('div', { class: 'field' }, el('label', { for: 'ing-published' }, 'Published'), published),
    ),
    el('button', { type: 'submit' }, 'Ingest'),
    status,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.textContent = 'Extracting…';
    try {
      const res = await api.ingest({ text: text.value, title: title.value || undefined, source: source.value || undefined, published: published.value || undefined });
      if ('job' in res) {
        // Queued for a worker (server with --queue): follow the job until it is done.
        status.textContent = describeJob({ id: res.job.id, state: res.job.state, attempts: 0, error: null, result: null, title: null });
        jobs.follow(res.job.id, (job) => {
          status.textContent = describeJob(job);
          if (job.state === 'completed' && job.result) onDone(job.result.document_id);
        });
        return;
      }
      status.textContent = `${res.created ? 'Stored' : 'Already stored'}: ${res.events.length} event(s) found.`;
      onDone(res.document.id);
    } catch (err) {
      status.textContent = `Not ingested: ${(err as Error).message}`;
    }
  });
  return form;
}

function docRow(d: DocumentSummary, open: (id: string) => void): HTMLElement {
  return el('tr', {},
    el('td', {}, el('button', { type: 'button', class: 'link-button', onclick: () => open(d.id) }, d.title || d.id)),
    el('td', {}, d.source ?? '—'),
    el('td', {}, d.published ?? '—'),
    el('td', {}, d.ingested_at.slice(0, 16).replace('T', ' ')),
    el('td', { class: 'num' }, fmtInt(d.events)),
  );
}

export function createDocumentsView(container: HTMLElement, openDoc: (id: string | null) => void, openEvent: (id: string) => void): DocumentsView {
  const listBox = el('section', { 'aria-labelledby': 'docs-h' });
  const detail = el('section', { class: 'doc-detail', 'aria-live': 'polite' });
  const search = el('input', { id: 'doc-search', type: 'search', placeholder: 'words in titles and texts' });
  const searchForm = el('form', { class: 'doc-search', role: 'search' }, el('label', { for: 'doc-search' }, 'Search documents'), search, el('button', { type: 'submit', class: 'secondary' }, 'Search'));
  searchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void showList();
  });
  const jobs = createJobsStatus();
  render(container, el('div', { class: 'docs-grid' }, el('div', {}, searchForm, listBox, ingestForm(jobs, (id) => openDoc(id)), jobs.element), detail));

  async function showList(): Promise<void> {
    const page = await api.documents({ limit: 200, text: search.value.trim() || undefined });
    render(listBox,
      el('h2', { id: 'docs-h' }, `Documents (${fmtInt(page.total ?? page.items.length)}${page.next_cursor ? '+' : ''})`),
      el('table', { class: 'data' },
        el('thead', {}, el('tr', {}, ['Title', 'Source', 'Published', 'Ingested (UTC)', 'Events'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, page.items.map((d) => docRow(d, openDoc))),
      ),
      page.next_cursor ? el('p', { class: 'muted' }, 'Showing the 200 most recent documents.') : null,
    );
  }

  async function showDoc(id: string | null): Promise<void> {
    if (!id) return render(detail, el('p', { class: 'muted' }, 'Choose a document to read it and see the events found in it.'));
    const { document: doc, events } = await api.document(id);
    render(detail,
      el('h2', { id: 'doc-title', tabindex: -1 }, doc.title || doc.id),
      el('p', { class: 'doc-meta' }, [doc.source, doc.published, doc.kind].filter(Boolean).join(' · '), doc.url ? [' · ', link(doc.url, 'original')] : null),
      el('h3', {}, `Events found (${events.length})`),
      events.length
        ? el('ul', {}, events.map((e) => el('li', {}, el('button', { type: 'button', class: 'link-button', onclick: () => openEvent(e.id) },
            `${e.event_date} · ${e.sub_event_type} · ${e.location || e.country} · ${fmtInt(e.fatalities)} fatalities`))))
        : el('p', { class: 'muted' }, 'No events were found in this document.'),
      el('h3', {}, 'Text'),
      highlightedText(doc, events.flatMap((e) => e.evidence)),
    );
  }

  return {
    async show(docId) {
      await Promise.all([showList(), showDoc(docId)]);
    },
    setActive: (active) => jobs.setActive(active),
  };
}
