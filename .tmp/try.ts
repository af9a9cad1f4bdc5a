import Handlebars from 'handlebars';
import { parseSource } from '/work/wt-fill/src/core/sources/parse';
import { renderProgram } from '/work/wt-fill/src/core/sources/render';
import * as S from './seedSources';
const data = { CUSTOMER: { NAME: 'Ana <b>', DNI: '1', ADDRESS: { CITY: 'Madrid' } }, PRODUCTS: [{ NAME: 'Fibra', PRICE: 20 }, { NAME: 'Móvil', PRICE: 0, QUANTITY: 2 }], TOTAL_AMOUNT: 35, HAS_DISCOUNT: true, DISCOUNT_AMOUNT: 0, IBAN: 'ES12', INVOICE_NUMBER: 'F1' };
for (const [k, src] of Object.entries(S)) {
  if (typeof src !== 'string') continue;
  const p = parseSource(src); if (!p.ok) { console.log(k, p.problem); continue; }
  const mine = renderProgram(p.program, data);
  const theirs = Handlebars.compile(src)(data);
  console.log(k, mine.output === theirs ? 'SAME' : 'DIFF', mine.notes.filter(n=>n.kind==='missing').map(n=>n.variable+'@'+n.place.line).join(' '));
}
const t = '{{#each A as |x i|}}{{i}}:{{x.n}}{{@index}}{{@key}}{{#if @first}}F{{/if}}{{../B}}|{{else}}none{{/each}}{{#with C}}{{D}}{{else}}noC{{/with}}{{#A}}[{{n}}]{{/A}}{{^Z}}noZ{{/Z}}{{lookup B 0}}{{#if 0 includeZero=true}}zero{{/if}}{{#unless Q}}uQ{{/unless}}{{{R}}}{{&R}}';
const d = { A: [{ n: 1 }, { n: '<2>' }], B: 'bb', C: { D: false }, R: '<i>' };
const r = renderProgram(parseSource(t).program as any, d);
console.log(r.output === Handlebars.compile(t)(d), r.output, '\n', Handlebars.compile(t)(d), r.notes);
