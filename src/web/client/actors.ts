// The actor view: the most active actors with counts, and the network of who fights whom
// (interaction pairs) drawn as a circle of nodes; the pairs table is the accessible equivalent.

import { api, type AggregateRow, type Params } from './api.ts';
import { el, fmtInt, render, svg } from './dom.ts';

const TOP_ACTORS = 40;
const TOP_PAIRS = 60;
const NODES = 24;
const SIZE = 800;
const RADIUS = 170;

const splitPair = (key: string): [string, string] => {
  const i = key.indexOf(' | ');
  return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + 3)];
};

function network(pairs: AggregateRow[], onActor: (a: string) => void): SVGSVGElement {
  const weight = new Map<string, number>();
  for (const p of pairs) for (const a of splitPair(p.key)) if (a) weight.set(a, (weight.get(a) ?? 0) + p.events);
  const nodes = [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, NODES).map(([name]) => name);
  const c = SIZE / 2;
  const r = RADIUS;
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n, { x: c + r * Math.cos(a), y: c + r * Math.sin(a), a }];
  }));
  const maxE = Math.max(1, ...pairs.map((p) => p.events));
  const maxW = Math.max(1, ...weight.values());
  const edges = pairs.flatMap((p) => {
    const [a, b] = splitPair(p.key);
    const pa = pos.get(a);
    const pb = pos.get(b);
    if (!pa || !pb) return [];
    return [svg('line', { class: 'edge', x1: pa.x, y1: pa.y, x2: pb.x, y2: pb.y, 'stroke-width': 0.8 + (5 * p.events) / maxE },
      svg('title', {}, `${a} – ${b}: ${fmtInt(p.events)} events, ${fmtInt(p.fatalities)} fatalities`))];
  });
  const labels = nodes.map((n) => {
    const p = pos.get(n)!;
    // Labels point outwards along the radius (as in a chord diagram), so neighbours never overlap.
    const right = Math.cos(p.a) >= 0;
    const deg = (p.a * 180) / Math.PI + (right ? 0 : 180);
    const lx = c + (r + 16) * Math.cos(p.a);
    const ly = c + (r + 16) * Math.sin(p.a);
    const short = n.length > 30 ? `${n.slice(0, 28)}…` : n;
    return svg('g', { class: 'node', tabindex: 0, role: 'button', 'aria-label': `Filter by ${n}`,
      onclick: () => onActor(n), onkeydown: (e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onActor(n)) },
      svg('circle', { cx: p.x, cy: p.y, r: 4 + (8 * (weight.get(n) ?? 0)) / maxW }),
      svg('text', { x: lx, y: ly, dy: '0.35em', 'text-anchor': right ? 'start' : 'end', transform: `rotate(${deg.toFixed(1)} ${lx.toFixed(1)} ${ly.toFixed(1)})` }, short),
      svg('title', {}, n));
  });
  return svg('svg', { class: 'network', viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'group', 'aria-label': 'Network of interacting actors' }, edges, labels);
}

export async function renderActors(container: HTMLElement, params: Params, onActor: (a: string) => void): Promise<void> {
  const [actors, pairs] = await Promise.all([
    api.aggregate('actor', { ...params, limit: TOP_ACTORS }),
    api.aggregate('actor_pair', { ...params, limit: TOP_PAIRS }),
  ]);
  const actorButton = (name: string) => el('button', { type: 'button', class: 'link-button', onclick: () => onActor(name) }, name);
  render(container,
    el('div', { class: 'actors-grid' },
      el('section', { 'aria-labelledby': 'actors-h' },
        el('h2', { id: 'actors-h' }, 'Most active actors'),
        el('table', { class: 'data' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Actor'), el('th', { scope: 'col' }, 'Events'), el('th', { scope: 'col' }, 'Fatalities'))),
          el('tbody', {}, actors.rows.map((r) => el('tr', {}, el('td', {}, actorButton(r.key)), el('td', { class: 'num' }, fmtInt(r.events)), el('td', { class: 'num' }, fmtInt(r.fatalities))))),
        ),
      ),
      el('section', { 'aria-labelledby': 'net-h' },
        el('h2', { id: 'net-h' }, 'Who fights whom'),
        pairs.rows.length ? network(pairs.rows, onActor) : el('p', { class: 'muted' }, 'No actor pairs match these filters.'),
        el('table', { class: 'data' },
          el('caption', {}, 'Interaction pairs'),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Actor A'), el('th', { scope: 'col' }, 'Actor B'), el('th', { scope: 'col' }, 'Events'), el('th', { scope: 'col' }, 'Fatalities'))),
          el('tbody', {}, pairs.rows.map((r) => {
            const [a, b] = splitPair(r.key);
            return el('tr', {}, el('td', {}, actorButton(a)), el('td', {}, b ? actorButton(b) : '—'), el('td', { class: 'num' }, fmtInt(r.events)), el('td', { class: 'num' }, fmtInt(r.fatalities)));
          })),
        ),
      ),
    ),
  );
}
