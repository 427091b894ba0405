// Small helpers to record, for each field, the span it came from and how sure we are.

import type { Confidence, Evidence } from '../../core/types.ts';
import { shapedRecord } from './shaped-record.ts';

export class FieldLog {
  readonly evidence: Evidence[] = [];
  readonly rules: string[] = [];
  /** Each field's confidence, in the order fields were first recorded (the Report's order). A Map,
   *  not the Report's plain object: reading and writing an object by a field name went through
   *  V8's megamorphic keyed property caches at every call (~2% of a cold ACLED pass). */
  private readonly values = new Map<string, number>();
  private sum = 0;
  private fields = 0;
  private lastStart = -1;
  private lastEnd = -1;
  private lastText = '';

  constructor(
    private readonly documentId: string,
    private readonly text: string,
  ) {}

  /** Record a field's value source; `span` null when the value is implied, not stated. */
  field(field: string, span: { start: number; end: number } | null, confidence: number, rule?: string): void {
    if (span && span.end > span.start) {
      // Consecutive fields often cite one span (a place gives location, latitude, ... country):
      // they share its text instead of each slicing a copy that the kept report holds.
      if (span.start !== this.lastStart || span.end !== this.lastEnd) {
        this.lastStart = span.start;
        this.lastEnd = span.end;
        this.lastText = this.text.slice(span.start, span.end);
      }
      this.evidence.push({ field, document_id: this.documentId, start: span.start, end: span.end, text: this.lastText });
    }
    const c = Math.round(confidence * 100) / 100;
    const before = this.values.get(field);
    if (before === undefined) this.fields++;
    else this.sum -= before;
    this.sum += c;
    this.values.set(field, c);
    if (rule && !this.rules.includes(rule)) this.rules.push(rule);
  }

  /** A field's confidence so far (undefined when it was not recorded). */
  confidenceOf(field: string): number | undefined {
    return this.values.get(field);
  }

  /** The Report's confidences: every field in the order first recorded, then `overall`. */
  confidence(overall: number): Confidence {
    // Not `out[field] = c` per field: past 16 computed-key stores V8 turns the object into a hash
    // table (~1.7 KB per report, copied by the GC for every report a batch keeps): shaped-record.ts.
    const out: Confidence = shapedRecord(this.values);
    out.overall = overall;
    return out;
  }

  /** Mean confidence over the fields recorded so far (kept as a running sum: reports are many). */
  meanConfidence(): number {
    return this.fields ? this.sum / this.fields : 0;
  }
}
