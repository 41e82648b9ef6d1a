import { randomBytes } from 'node:crypto';
import { distinctKeys, popcount, TallyBuilder, tallyRows } from './breach-tally';

describe('distinctKeys', () => {
  it('counts distinct 16-byte keys across buffers, whatever their alignment', () => {
    const a = randomBytes(16 * 1000);
    const b = Buffer.concat([a.subarray(16 * 500), randomBytes(16 * 300)]);
    const shifted = Buffer.concat([Buffer.alloc(3), a.subarray(0, 16 * 10)]).subarray(3);
    expect(shifted.byteOffset % 4).not.toBe(0);
    expect(distinctKeys([a, b, shifted])).toBe(1300);
    expect(distinctKeys([])).toBe(0);
    expect(distinctKeys([Buffer.alloc(32)])).toBe(1);
  });

  it('agrees with a Set of the keys', () => {
    const keys = Array.from({ length: 5000 }, (_, i) =>
      randomBytes(16)
        .toString('hex')
        .replace(/^../, (i % 7).toString(16).padStart(2, '0')),
    );
    const repeated = [...keys, ...keys.slice(0, 1234)];
    expect(distinctKeys([Buffer.from(repeated.join(''), 'hex')])).toBe(new Set(repeated).size);
  });
});

describe('popcount', () => {
  it('counts the set bits of a bitset', () => {
    expect(popcount(Buffer.from([0, 1, 3, 255]))).toBe(11);
    expect(popcount(Buffer.alloc(0))).toBe(0);
  });
});

describe('tallyRows', () => {
  it('counts subjects once per tenant, EU/EEA if any subscription is, unknown if none has a country', () => {
    const out = tallyRows([
      { t: 'a', l: 'l1', c: 'DE', h: 'x' },
      { t: 'a', l: 'l2', c: null, h: 'x' },
      { t: 'a', l: 'l1', c: null, h: 'y' },
      { t: 'b', l: 'l3', c: 'US', h: 'x' },
    ]);
    expect(out.get('a')).toEqual({ s: 2, r: 3, e: 1, u: 1, l: ['l1', 'l2'] });
    expect(out.get('b')).toEqual({ s: 1, r: 1, e: 0, u: 0, l: ['l3'] });
  });
});

describe('TallyBuilder', () => {
  it('adds subject rows per tenant and counts their distinct lists', () => {
    const b = new TallyBuilder();
    b.add({ t: 'a', h: 'x', n: '2', e: 1, k: 1, l: 'l1,l2' });
    b.add({ t: 'a', h: 'y', n: 1, e: '0', k: '0', l: 'l2' });
    expect(b.build().get('a')).toEqual({
      subjects: 2,
      records: 3,
      lists: 2,
      euEea: 1,
      unknown: 1,
      deleted: null,
    });
  });
});
