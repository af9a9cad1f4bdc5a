import { seedTemplates } from '../src/sandbox/documents/seed';
import { diffStructures } from '../src/core/schema/diff';
const t = seedTemplates()['masmovil']!.find(t=>t.externalId==='factura_mensual')!;
console.log(t.versions.map(v=>v.version));
const a = t.versions[t.versions.length-2]!.structure, b = t.versions[t.versions.length-1]!.structure;
for (const c of diffStructures(a,b)) console.log(c.breaking?'BREAK':'     ', c.kind.padEnd(8), c.path.padEnd(30), c.message);
