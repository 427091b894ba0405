// When a spelling variant of a name (the transliteration fold) may stand in for its exact
// namesakes: on the front line the text's cues imply, or inside the area the text names.

import type { Place } from './types.ts';
import { frontNearness } from './front-lines.ts';
import { inNamedArea, isAdmin, variantInNamedArea } from './named-areas.ts';
import type { ResolveContext } from './resolve.ts';
import type { Span } from './scan.ts';

/** Some admitted exact candidate is an area or lies in an area the text names, by name. */
export function exactInNamedArea(cands: Place[], mask: boolean[], exact: number, ctx: ResolveContext, span: Span): boolean {
  for (let c = 0; c < exact; c++) if (mask[c] && (isAdmin(cands[c]!) || inNamedArea(cands[c]!, ctx.names, span))) return true;
  return false;
}

/** Some admitted spelling variant lies in an admin area the text names. */
export function variantInNamedAreaAt(cands: Place[], mask: boolean[], exact: number, ctx: ResolveContext, span: Span): boolean {
  for (let c = exact; c < cands.length; c++) if (mask[c] && variantInNamedArea(cands[c]!, ctx.names, span, ctx.slots ?? false)) return true;
  return false;
}

/** Whether some admissible variant lies on the front while no admissible exact candidate does. */
export function variantOnFront(cands: Place[], mask: boolean[], exact: number, ctx: ResolveContext, span: Span): boolean {
  const fronts = ctx.fronts!;
  for (let c = 0; c < exact; c++) if (mask[c] && frontNearness(cands[c]!, fronts) > 0) return false;
  for (let c = exact; c < cands.length; c++) {
    if (mask[c] && frontNearness(cands[c]!, fronts) > 0 && variantInNamedArea(cands[c]!, ctx.names, span, ctx.slots ?? false)) return true;
  }
  return false;
}
