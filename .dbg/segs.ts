// node --import tsx .dbg/segs.ts DATE FILE : sentences with facts, then segments
import fs from 'node:fs';
import { STAGES } from '../src/extract/index.ts';
import { newDocState } from '../src/extract/state.ts';
import { groupStage } from '../src/extract/segment/group.ts';
const [date, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const doc: any = newDocState({ id: 'x', text, published: date } as any, {} as any);
for (const st of STAGES) { st.run(doc); if (st === groupStage) break; }
doc.sentences.forEach((s: any, i: number) => {
  const f = doc.facts[i];
  const tolls = (doc.tolls ?? []).filter((t: any) => t.start >= s.start && t.end <= s.end).map((t: any) => `${t.kind ?? ''}:${t.value?.best ?? t.best ?? JSON.stringify(t.value)}`);
  console.log(`#${i} p${s.paragraph} score=${f.score.toFixed(2)} cue=${f.cue?.text ?? '-'} date=${f.date ? f.date.value.date + '/' + f.date.value.precision + ':' + f.date.stage : '-'} rej=${f.rejected ?? '-'} new=${f.newIncident} pp=${f.presentPerfect} tolls=[${tolls}]`);
  console.log('    ' + text.slice(s.start, s.end).slice(0, 160));
});
for (const g of doc.segments) console.log('SEG', g.sentences.join(','), g.date?.value.date, g.dateRule, g.rules.join(' '));
