// Small helpers to record, for each field, the span it came from and how sure we are.

import type { Confidence, Evidence } from '../../core/types.ts';

export class FieldLog {
  readonly evidence: Evidence[] = [];
  readonly confidence: Confidence = {};
  readonly rules: string[] = [];
  private sum = 0;
  private fields = 0;

  constructor(
    private readonly documentId: string,
    private readonly text: string,
  ) {}

  /** Record a field's value source; `span` null when the value is implied, not stated. */
  field(field: string, span: { start: number; end: number } | null, confidence: number, rule?: string): void {
    if (span && span.end > span.start) {
      this.evidence.push({ field, document_id: this.documentId, start: span.start, end: span.end, text: this.text.slice(span.start, span.end) });
    }
    const c = Math.round(confidence * 100) / 100;
    const before = this.confidence[field];
    if (before === undefined) this.fields++;
    else this.sum -= before;
    this.sum += c;
    this.confidence[field] = c;
    if (rule && !this.rules.includes(rule)) this.rules.push(rule);
  }

  /** Mean confidence over the fields recorded so far (kept as a running sum: reports are many). */
  meanConfidence(): number {
    return this.fields ? this.sum / this.fields : 0;
  }
}
