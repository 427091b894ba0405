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

export interface Timeline {
  show(rows: AggregateRow[], period: 'day' | 'week', from?: string, to?: string): void;
}

export function createTimeline(container: HTMLElement, onBrush: (from: string | null, to: string | null) => void): Timeline {
  let rows: AggregateRow[] = [];
  let period: 'day' | 'week' = 'week';
  let sel: { from?: string; to?: string } = {};
  const host = el('div', { class: 'timeline-svg' });
  const caption = el('p', { class: 'timeline-caption', id: 'timeline-caption' });
  const clear = el('button', { type: 'button', class: 'link-button', onclick: () => onBrush(null, null) }, 'Clear dates');
  render(container, el('div', { class: 'timeline-head' }, el('h2', {}, 'Timeline'), caption, clear), host);

  function draw(): void {
    const W = Math.max(320, host.clientWidth || 800);
    const span = period === 'week' ? 7 * DAY : DAY;
    const keys = rows.map((r) => parseKey(r.key)).filter(Number.isFinite);
    if (!keys.length) {
      render(host, el('p', { class: 'muted' }, 'No dated events match the filters.'));
      clear.hidden = !sel.from && !sel.to;
      return;
    }
    const t0 = Math.min(...keys);
    const t1 = Math.max(...keys) + span;
    const x = (t: number) => M.l + ((t - t0) / (t1 - t0)) * (W - M.l - M.r);
    const tAt = (px: number) => t0 + ((px - M.l) / (W - M.l - M.r)) * (t1 - t0);
    const maxE = Math.max(1, ...rows.map((r) => r.events));
    const maxF = Math.max(1, ...rows.map((r) => r.fatalities));
    const yE = (v: number) => H - M.b - (v / maxE) * (H - M.t - M.b);
    const yF = (v: number) => H - M.b - (v / maxF) * (H - M.t - M.b);
    const bw = Math.max(1, x(t0 + span) - x(t0) - 1);

    const bars = rows.map((r) => {
      const t = parseKey(r.key);
      return svg('rect', { class: 'bar', x: x(t), y: yE(r.events), width: bw, height: H - M.b - yE(r.events) },
        svg('title', {}, `${period === 'week' ? 'Week of ' : ''}${iso(t)}: ${fmtInt(r.events)} events, ${fmtInt(r.fatalities)} fatalities`));
    });
    const line = svg('polyline', { class: 'fatal-line', points: rows.map((r) => `${x(parseKey(r.key)) + bw / 2},${yF(r.fatalities)}`).join(' ') });
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
        const bucket = Math.max(...keys.filter((k) => k <= tAt(a)), t0);
        onBrush(iso(bucket), iso(bucket + span - DAY));
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
