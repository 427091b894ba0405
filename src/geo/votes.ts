// The country vote's tally: one place to add to it and read its winner (infer.ts, joint-votes.ts,
// capital-vote.ts all add to the same Map).

/** Adds w to a country's vote. */
export function addVote(votes: Map<string, number>, iso3: string, w: number): void {
  votes.set(iso3, (votes.get(iso3) ?? 0) + w);
}

/** The country with the most votes above `min`; ties go to the first ISO3 in sort order. */
export function winner(votes: Map<string, number>, min: number): string | null {
  let best: string | null = null;
  let bestV = min;
  for (const [k, v] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (v > bestV) {
      best = k;
      bestV = v;
    }
  }
  return best;
}
