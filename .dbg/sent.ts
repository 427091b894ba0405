import { STAGES } from '../src/extract/index.ts';
import { newDocState } from '../src/extract/state.ts';
import { tollStage } from '../src/extract/numbers/tolls.ts';
const [text, date = '2024-05-10'] = process.argv.slice(2);
const doc: any = newDocState({ id: 'x', text, published: date } as any, {} as any);
for (const st of STAGES) { st.run(doc); console.log(st.name, 'dates', doc.dates.length, 'tolls', doc.tolls.length, 'quotes', doc.quotes.length); if (st === tollStage) break; }
console.log(doc.sentences, doc.dates.map((d: any) => [d.stage, text.slice(d.start, d.end), d.value.date]));
