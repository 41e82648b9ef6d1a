import { randomBytes } from 'node:crypto';
import { distinctKeys } from './breach-tally';

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
