// Small helpers to record, for each field, the span it came from and how sure we are.

import type { Confidence, Evidence } from '../../core/types.ts';

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
    const out = new PlainRecord();
    // forEach with a module callback, not for-of over entries: in not yet optimised code that
    // allocated an entry array and a result object per field (~25 fields per report).
    this.values.forEach(setConfidence, out);
    out.overall = overall;
    return out;
  }

  /** Mean confidence over the fields recorded so far (kept as a running sum: reports are many). */
  meanConfidence(): number {
    return this.fields ? this.sum / this.fields : 0;
  }
}

function setConfidence(this: Confidence, c: number, field: string): void {
  this[field] = c;
}

/** A plain object (its prototype is Object.prototype, as for `{}`) made by `new`, to fill by
 *  computed keys. V8 turns a `{}` into a hash-table object past 16 properties added by computed
 *  keys: a report's ~22 confidences took ~1.7 KB, copied by the young-generation GC for every
 *  report a batch keeps (the ACLED eval keeps 5,000). An object made by a constructor gets room
 *  for its properties inside itself and stays a fast object: ~0.5 KB, and 4x faster to fill
 *  (5,070 ACLED reports' confidences: 7-9 ms vs 32-39 ms, batch V8 flags). */
const PlainRecord = function PlainRecord() {} as unknown as new () => Confidence;
PlainRecord.prototype = Object.prototype;
