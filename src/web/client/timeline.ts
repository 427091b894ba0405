// The timeline: events per day or week as bars, fatalities as a line. Dragging across it
// selects a date range (the brush); a click selects one bar's period. The date inputs of the
// filter bar are the keyboard equivalent.

import type { AggregateRow } from './api.ts';
import { el, fmtInt, render, svg } from './dom.ts';

const DAY = 86400000;
const H = 120;
const M = { l: 40, r: 44, t: 10, b: 22 };

const parseKey = (k: string): number => Date.parse((/^\d{4}-\d{2}$/.test(k) ? `${k}-01` : k.slice(0, 10)) + 'T00:00:00Z');
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export type Period = 'day' | 'week' | 'month';

/** Start of the period after the one starting at t. */
function nextStart(t: number, p: Period): number {
  if (p === 'day') return t + DAY;
  if (p === 'week') return t + 7 * DAY;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Every period from the first to the last row, empty ones as zero, so gaps look like gaps. */
function filled(rows: AggregateRow[], p: Period): Array<{ t: number; events: number; fatalities: number }> {
  const byT = new Map(rows.map((r) => [parseKey(r.key), r]));
  const ts = [...byT.keys()].filter(Number.isFinite).sort((a, b) => a - b);
  const out: Array<{ t: number; events: number; fatalities: number }> = [];
  for (let t = ts[0]; ts.length && t <= ts[ts.length - 1] && out.length < 5000; t = nextStart(t, p)) {
    const r = byT.get(t);
    out.push({ t, events: r?.events ?? 0, fatalities: r?.fatalities ?? 0 });
  }
  return out;
}

/** The period that shows a date span with a readable number of bars. */
export function periodFor(firstKey: string, lastKey: string): Period {
  const days = (parseKey(lastKey) - parseKey(firstKey)) / DAY;
  return days <= 120 ? 'day' : days <= 2 * 366 ? 'week' : 'month';
}

export interface Timeline {
  show(rows: AggregateRow[], period: Period, from?: string, to?: string): void;
}

export function createTimeline(container: HTMLElement, onBrush: (from: string | null, to: string | null) => void): Timeline {
  let rows: AggregateRow[] = [];
  let period: Period = 'week';
  let sel: { from?: string; to?: string } = {};
  const host = el('div', { class: 'timeline-svg' });
  const caption = el('p', { class: 'timeline-caption', id: 'timeline-caption' });
  const clear = el('button', { type: 'button', class: 'link-button', onclick: () => onBrush(null, null) }, 'Clear dates');
  render(container, el('div', { class: 'timeline-head' }, el('h2', {}, 'Timeline'), caption, clear), host);

  function draw(): void {
    const W = Math.max(320, host.clientWidth || 800);
    const buckets = filled(rows, period);
    if (!buckets.length) {
      render(host, el('p', { class: 'muted' }, 'No dated events match the filters.'));
      clear.hidden = !sel.from && !sel.to;
      return;
    }
    const t0 = buckets[0].t;
    const t1 = nextStart(buckets[buckets.length - 1].t, period);
    const x = (t: number) => M.l + ((t - t0) / (t1 - t0)) * (W - M.l - M.r);
    const tAt = (px: number) => t0 + ((px - M.l) / (W - M.l - M.r)) * (t1 - t0);
    const maxE = Math.max(1, ...buckets.map((r) => r.events));
    const maxF = Math.max(1, ...buckets.map((r) => r.fatalities));
    const yE = (v: number) => H - M.b - (v / maxE) * (H - M.t - M.b);
    const yF = (v: number) => H - M.b - (v / maxF) * (H - M.t - M.b);
    const bw = (t: number) => Math.max(1, x(nextStart(t, period)) - x(t) - 1);
    const label = (t: number) => (period === 'month' ? iso(t).slice(0, 7) : period === 'week' ? `Week of ${iso(t)}` : iso(t));

    const bars = buckets.filter((b) => b.events > 0).map((b) =>
      svg('rect', { class: 'bar', x: x(b.t), y: yE(b.events), width: bw(b.t), height: H - M.b - yE(b.events) },
        svg('title', {}, `${label(b.t)}: ${fmtInt(b.events)} events, ${fmtInt(b.fatalities)} fatalities`)));
    const line = svg('polyline', { class: 'fatal-line', points: buckets.map((b) => `${x(b.t) + bw(b.t) / 2},${yF(b.fatalities)}`).join(' ') });
    const ticks = Array.from({ length: 5 }, (_, i) => t0 + ((t1 - t0) * i) / 4).map((t) =>
      svg('text', { x: x(t), y: H - 6, class: 'tick', 'text-anchor': 'middle' }, iso(t)),
    );
    const selection = sel.from || sel.to
      ? [svg('rect', {
          class: 'selection',
          x: x(Math.max(t0, sel.from ? parseKey(sel.from) : t0)),
          y: M.t,
          width: Math.max(2, x(Math.min(t1, sel.to ? parseKey(sel.to) + DAY : t1)) - x(Math.max(t0, sel.from ? parseKey(sel.from) : t0))),
          height: H - M.t - M.b,
        })]
      : [];
    const brush = svg('rect', { class: 'brush', x: 0, y: M.t, width: 0, height: H - M.t - M.b });
    const chart = svg('svg', {
      width: W, height: H, role: 'img', 'aria-describedby': 'timeline-caption',
      'aria-label': `Events per ${period}: bars; fatalities: line. Drag to select dates.`,
    },
      selection, bars, line, ticks,
      svg('text', { x: M.l - 4, y: M.t + 8, class: 'axis-e', 'text-anchor': 'end' }, fmtInt(maxE)),
      svg('text', { x: W - M.r + 4, y: M.t + 8, class: 'axis-f' }, fmtInt(maxF)),
      brush,
    );

    let startX: number | null = null;
    const px = (e: PointerEvent) => e.clientX - chart.getBoundingClientRect().left;
    chart.addEventListener('pointerdown', (e) => {
      startX = px(e);
      chart.setPointerCapture(e.pointerId);
    });
    chart.addEventListener('pointermove', (e) => {
      if (startX === null) return;
      const a = Math.min(startX, px(e));
      brush.setAttribute('x', String(a));
      brush.setAttribute('width', String(Math.abs(px(e) - startX)));
    });
    chart.addEventListener('pointerup', (e) => {
      if (startX === null) return;
      const [a, b] = [Math.min(startX, px(e)), Math.max(startX, px(e))];
      startX = null;
      const ta = Math.max(t0, tAt(a));
      const tb = Math.min(t1 - DAY, tAt(b));
      if (b - a < 3) {
        // A click: the period of the bar under the pointer.
        const hit = [...buckets].reverse().find((b) => b.t <= tAt(a)) ?? buckets[0];
        onBrush(iso(hit.t), iso(nextStart(hit.t, period) - DAY));
      } else onBrush(iso(ta), iso(Math.max(ta, tb)));
    });
    render(host, chart);
    clear.hidden = !sel.from && !sel.to;
  }

  new ResizeObserver(() => draw()).observe(host);
  return {
    show(r, p, from, to) {
      rows = r;
      period = p;
      sel = { from, to };
      const ev = rows.reduce((s, x) => s + x.events, 0);
      const fat = rows.reduce((s, x) => s + x.fatalities, 0);
      caption.textContent = `${fmtInt(ev)} events, ${fmtInt(fat)} fatalities, per ${p}${from || to ? `; selected ${from ?? '…'} to ${to ?? '…'}` : ''}`;
      draw();
    },
  };
}
