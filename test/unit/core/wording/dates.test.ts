import { strict as assert } from 'node:assert';
import { formatDate, formatDateTime, formatSchedule, zoneLabel } from '../../../../src/core/wording/dates';

describe('core/wording dates: one style (dd/mm/yyyy, times with their zone)', () => {
  it('dates from every shape the APIs send', () => {
    assert.equal(formatDate('2025-08-02'), '02/08/2025');
    assert.equal(formatDate('30/11/2027'), '30/11/2027');
    assert.equal(formatDate('2025-08-01T23:30:00Z', 120), '02/08/2025');
    assert.equal(formatDate('soon'), 'soon');
  });
  it('times carry the zone they are shown in', () => {
    assert.equal(formatDateTime('2025-08-02T00:05:47Z', 0), '02/08/2025 00:05 UTC');
    assert.equal(formatDateTime('2025-08-02T00:05:47Z', 120), '02/08/2025 02:05 UTC+2');
    assert.equal(formatDateTime('2025-08-02T00:05:47Z', -210), '01/08/2025 20:35 UTC-3:30');
    assert.match(formatDateTime('2025-08-02T00:05:47Z'), /^\d{2}\/\d{2}\/2025 \d{2}:\d{2} UTC/);
    assert.equal(formatDateTime('not a time'), 'not a time');
    assert.equal(zoneLabel(330), 'UTC+5:30');
  });
  it('scheduled date and time as sent, in the same style', () => {
    assert.equal(formatSchedule('2025-08-02', '03:00:47'), '02/08/2025 03:00');
    assert.equal(formatSchedule(null, null), undefined);
  });
});
