// A plain object from a Map<string, number>, keys in the Map's order, built fast and kept small.
//
// Why not the obvious ways: filling `{}` by computed keys (`out[key] = v`) turns an object into a
// hash table past 16 properties (V8's limit for keyed stores), ~1.7 KB for a report's ~22
// confidences instead of ~0.5 KB, and every report a batch keeps is copied by the young-generation
// GC; Object.fromEntries keeps it small but adds each property through the runtime (~5 us each
// object). Reports record their fields in a handful of orders (10 in the ACLED eval), so each
// order's first object is kept as a template: later ones are a shallow copy of it (one hidden
// class, no property additions) with the values overwritten.

interface OrderNode {
  next: Map<string, OrderNode>;
  template: Record<string, number> | null;
}

/** Trie nodes remembered (one per key of each distinct order; ~22 per report order). A
 *  long-running process sees a bounded set of field orders; past this, Object.fromEntries. */
const MAX_NODES = 8192;
const root: OrderNode = { next: new Map(), template: null };
let nodes = 0;

/** The walk's state, reused (forEach with a module callback and thisArg: no closure per call). */
const walk = { node: root as OrderNode | null };

function step(this: typeof walk, _value: number, key: string): void {
  const at = this.node;
  if (at === null) return;
  let next = at.next.get(key);
  if (next === undefined) {
    if (nodes >= MAX_NODES) {
      this.node = null;
      return;
    }
    next = { next: new Map(), template: null };
    nodes++;
    at.next.set(key, next);
  }
  this.node = next;
}

function assign(this: Record<string, number>, value: number, key: string): void {
  this[key] = value;
}

export function shapedRecord(values: Map<string, number>): Record<string, number> {
  walk.node = root;
  values.forEach(step, walk);
  const end = walk.node;
  if (end === null) return Object.fromEntries(values);
  if (end.template === null) {
    end.template = Object.fromEntries(values);
    return { ...end.template };
  }
  const out = { ...end.template };
  values.forEach(assign, out);
  return out;
}
