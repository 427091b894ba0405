// Splits a text into segments at evidence span boundaries, so overlapping spans (a location
// inside the notes sentence) each keep their labels. Pure: the panel renders segments as text
// nodes inside <mark> elements.

export interface Span {
  start: number;
  end: number;
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  labels: string[];
}

export function segments(length: number, spans: Span[]): Segment[] {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end);
  const cuts = [...new Set([0, length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const labels = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.label))].sort();
    const last = out[out.length - 1];
    // Neighbouring segments with the same labels are one segment.
    if (last && last.end === start && last.labels.join('\u0000') === labels.join('\u0000')) last.end = end;
    else out.push({ start, end, labels });
  }
  return out;
}
