// node --import tsx .dbg/tl.ts "text" [DATE]: toll mentions of a text
import { STAGES } from '../src/extract/index.ts';
import { newDocState } from '../src/extract/state.ts';
import { tollStage } from '../src/extract/numbers/tolls.ts';
const [text, date = '2024-05-10'] = process.argv.slice(2);
const doc: any = newDocState({ id: 'x', text, published: date } as any, {} as any);
for (const st of STAGES) { st.run(doc); if (st === tollStage) break; }
for (const t of doc.tolls) console.log(t.stage, t.value.kind, t.value.best, JSON.stringify(text.slice(t.start, t.end)));
