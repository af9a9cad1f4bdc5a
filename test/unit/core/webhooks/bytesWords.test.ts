// The byte view in words: one row per fact, the facts that explain a mismatch marked, numbers in
// the caller's locale, every sentence through the Localizer (the CLI's lines are the same rows).
import { strict as assert } from 'node:assert';
import { byteView } from '../../../../src/core/webhooks/bytes';
import { byteViewLines, byteViewRows } from '../../../../src/core/webhooks/bytesWords';
import type { Localizer } from '../../../../src/core/l10n';

describe('byteViewRows', () => {
  it('marks what explains a mismatch: Content-Length differing, CRLF, a BOM, invisible characters', () => {
    const body = Buffer.from('\uFEFF{"a":"b\u00A0"}\r\n', 'utf8');
    const rows = byteViewRows(byteView(body, 3));
    assert.deepEqual(
      rows.filter((r) => r.attention).map((r) => r.key),
      ['length', 'eol', 'bom', 'invisible'],
    );
    assert.equal(rows[0]?.value, `${body.length} bytes, but Content-Length says 3: the body was changed after it was sent, or the capture is incomplete`);
  });

  it('prints lines as the CLI always did, and formats numbers in the given locale', () => {
    const body = Buffer.from(`[${'"x",'.repeat(4000)}"y"]`);
    assert.deepEqual(byteViewLines(byteView(body)).slice(0, 3), ['16,005 bytes', 'line endings: none; final newline: none', 'byte order mark: no']);
    assert.equal(byteViewRows(byteView(body), undefined, 'es-ES')[0]?.value, '16.005 bytes');
  });

  it('words every sentence through the Localizer', () => {
    const seen: string[] = [];
    const l10n: Localizer = { t: (m, ...args) => (seen.push(m), `«${m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]))}»`) };
    const rows = byteViewRows(byteView(Buffer.from('{"é":1}\n')), l10n);
    assert.ok(rows.every((r) => r.value.includes('«') && (r.label === 'UTF-8' || r.label === 'JSON' || r.label.startsWith('«'))));
    assert.ok(seen.includes('{0} at byte {1}'));
  });
});
