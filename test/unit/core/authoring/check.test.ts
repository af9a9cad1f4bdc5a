// A template folder checked as its author would see it: a scaffolded folder is clean; each kind of
// mistake (metadata rules, a source reading undeclared or never-used fields, a file named after no
// language, a source without its config, an example that fails the structure or would FAIL the
// fill) is one problem in the right file, at the right place.
import { strict as assert } from 'node:assert';
import { checkTemplateFolder } from '../../../../src/core/authoring/check';
import { STRUCTURE_FILE, TEMPLATE_FILE, configFile, sourceFile } from '../../../../src/core/authoring/folder';
import { newTemplateFolder } from '../../../../src/core/authoring/scaffold';
import type { Problem } from '../../../../src/core/problems/problem';
import { SchemaValidator } from '../../../../src/core/validation/ajv';
import { createLocator } from '../../../../src/core/validation/locate';

const validator = new SchemaValidator();

function codes(problems: readonly Problem[] | undefined): string[] {
  return (problems ?? []).map((p) => p.code);
}

function lineOf(text: string, pointer: string): number {
  return createLocator(text).locate(pointer).line;
}

describe('core/authoring check', () => {
  it('a new template folder checks clean', async () => {
    const check = await checkTemplateFolder(newTemplateFolder({ externalId: 'carta_bienvenida', description: 'Carta de bienvenida' }), { validator });
    assert.deepEqual(check.summary, { errors: 0, warnings: 0, infos: 0 }, JSON.stringify([...check.files]));
  });

  it('template.json: external_id characters, tags (count, repeats), a default language without a source — each at its member', async () => {
    const files = newTemplateFolder({ externalId: 'x' });
    const meta = `${JSON.stringify({ external_id: 'Carta-Bienvenida', description: '', default_language: 'EN', tags: ['a', 'b', 'c', 'd', 'e', 'a'], engine_version: '3.12' }, null, 2)}\n`;
    files.set(TEMPLATE_FILE, meta);
    const problems = (await checkTemplateFolder(files, { validator })).files.get(TEMPLATE_FILE) ?? [];
    const id = problems.find((p) => p.pointer === '/external_id');
    assert.match(id?.message ?? '', /lowercase letters, digits and underscores/);
    assert.equal(id?.data?.suggestion, 'carta_bienvenida');
    assert.deepEqual(codes(problems.filter((p) => p.pointer.startsWith('/tags'))), ['template/tag-count', 'template/tag-duplicate']);
    const lang = problems.find((p) => p.code === 'template/default-language-source');
    assert.match(lang?.message ?? '', /default_language is EN, but sources\/ has no EN\.hbs \(it has ES\)/);
    assert.equal(lineOf(meta, '/default_language'), 4);
  });

  it('sources: undeclared variables and required fields no source uses; a file that is not a language; a source without its config', async () => {
    const files = newTemplateFolder({ externalId: 'carta' });
    files.set(sourceFile('ES'), '<p>{{CUSTOMER.NAME}}</p>\n<p>{{CUSTOMER.NAMEE}}</p>\n');
    files.set(sourceFile('es'), '<p>{{CUSTOMER.NAME}}</p>');
    files.set(configFile('es'), '{}');
    files.set(sourceFile('EN'), '<p>{{CUSTOMER.NAME}}</p>');
    const check = await checkTemplateFolder(files, { validator });
    const es = check.files.get(sourceFile('ES')) ?? [];
    const undeclared = es.find((p) => p.code === 'source/undeclared');
    assert.match(undeclared?.message ?? '', /CUSTOMER\.NAMEE is not declared in the structure \(did you mean CUSTOMER\.NAME\?\)/);
    assert.equal(undeclared?.data?.line, 2);
    assert.equal(undeclared?.severity, 'error', 'closed object, printed unconditionally: no fill can complete');
    // ISSUE_DATE is required but the edited sources no longer print it.
    const unused = (check.files.get(STRUCTURE_FILE) ?? []).filter((p) => p.code === 'template/required-unused');
    assert.deepEqual(unused.map((p) => [p.pointer, p.data?.variable]), [['/required/1', 'ISSUE_DATE']]);
    assert.match(codes(check.files.get(sourceFile('es'))).join(), /template\/source-language/);
    assert.match((check.files.get(sourceFile('es')) ?? [])[0]?.message ?? '', /es is not a language of the Documents API .* \(did you mean ES\?\)/);
    assert.deepEqual(codes(check.files.get(sourceFile('EN'))), ['template/config-missing']);
  });

  it('examples: invalid against the structure at the value; a fill the source would FAIL at the missing field; a language the folder lacks', async () => {
    const files = newTemplateFolder({ externalId: 'carta' });
    files.set('examples/bad.json', `${JSON.stringify({ language: 'ES', document: { name: 'x' }, fields_values: { CUSTOMER: { NAME: 7 }, ISSUE_DATE: '2026-03-02' } }, null, 2)}\n`);
    files.set(sourceFile('ES'), '{{CUSTOMER.NAME}} {{CUSTOMER.EMAIL}} {{ISSUE_DATE}}');
    files.set('examples/fails.json', `${JSON.stringify({ language: 'ES', document: { name: 'x' }, fields_values: { CUSTOMER: { NAME: 'Ana' }, ISSUE_DATE: '2026-03-02' } }, null, 2)}\n`);
    files.set('examples/gl.json', `${JSON.stringify({ language: 'GL', document: { name: 'x' }, fields_values: { CUSTOMER: { NAME: 'Ana' }, ISSUE_DATE: '2026-03-02' } }, null, 2)}\n`);
    const check = await checkTemplateFolder(files, { validator });
    const bad = check.files.get('examples/bad.json') ?? [];
    assert.ok(bad.some((p) => p.pointer === '/fields_values/CUSTOMER/NAME' && p.severity === 'error'), JSON.stringify(bad));
    const fails = check.files.get('examples/fails.json') ?? [];
    assert.deepEqual(codes(fails), ['fill/variable-missing']);
    assert.match(fails[0]?.message ?? '', /Template variable 'CUSTOMER\.EMAIL' missing in payload\./);
    assert.deepEqual(codes(check.files.get('examples/gl.json')), ['template/example-language']);
  });

  it('a folder without template.json or structure.json says so, and still checks the rest', async () => {
    const files = newTemplateFolder({ externalId: 'carta' });
    files.delete(TEMPLATE_FILE);
    files.delete(STRUCTURE_FILE);
    const check = await checkTemplateFolder(files, { validator });
    assert.deepEqual(codes(check.files.get(TEMPLATE_FILE)), ['template/metadata-missing', 'template/structure-missing']);
    assert.ok(check.files.has(sourceFile('ES')));
    assert.equal(check.summary.errors, 2);
  });
});
