import { legacySpellings, normalizeEmail, validEmail } from './email';

describe('one canonical form per mailbox', () => {
  it.each([
    ['  X@Example.COM ', 'x@example.com'],
    ['"x"@example.com', 'x@example.com'],
    ['"a.b"@example.com', 'a.b@example.com'],
    ['"a\\b"@example.com', 'ab@example.com'],
    ['x@Bücher.Example', 'x@xn--bcher-kva.example'],
    ['x@xn--BCHER-kva.example', 'x@xn--bcher-kva.example'],
    ['"X"@BÜCHER.example', 'x@xn--bcher-kva.example'],
    // NFC: a precomposed and a decomposed ü are one character
    ['u\u0308ser@example.com', '\u00fcser@example.com'],
  ])('%s -> %s', (raw, canonical) => {
    expect(normalizeEmail(raw)).toBe(canonical);
    expect(validEmail(raw)).toBe(canonical);
  });

  it('keeps quotes that mean something', () => {
    expect(normalizeEmail('"john doe"@example.com')).toBe('"john doe"@example.com');
    expect(normalizeEmail('"a..b"@example.com')).toBe('"a..b"@example.com');
  });

  it('lists the spellings an address may have been hashed under before', () => {
    expect(legacySpellings('x@xn--bcher-kva.example').sort()).toEqual(
      [
        '"x"@bücher.example',
        '"x"@xn--bcher-kva.example',
        'x@bücher.example',
        'x@xn--bcher-kva.example',
      ].sort(),
    );
    expect(legacySpellings('x@example.com').sort()).toEqual(['"x"@example.com', 'x@example.com'].sort());
  });
});

describe('characters no address may hold', () => {
  it.each([
    ['CR LF', 'x\r\nBcc: y@example.com@example.com'],
    ['LF', 'x\n@example.com'],
    ['TAB inside', 'x\t@example.com'],
    ['TAB before the domain', 'x@\texample.com'],
    ['BEL', 'x\u0007@example.com'],
    ['NUL', 'x\u0000@example.com'],
    ['DEL', 'x\u007f@example.com'],
    ['C1 (NEL)', 'x\u0085@example.com'],
    ['<', '<x@example.com'],
    ['>', 'x@example.com>'],
    ['right-to-left override', 'moc.elpmaxe\u202e@x'],
    ['left-to-right isolate', 'x\u2066@example.com'],
    ['zero-width space', 'x\u200b@example.com'],
    ['byte-order mark', 'x\ufeff@example.com'],
  ])('refuses %s', (_name, raw) => {
    expect(() => validEmail(raw)).toThrow(/control characters/);
  });

  it('trims white space around the address, line breaks and tabs included (the contract rule)', () => {
    expect(validEmail('  x@example.com  ')).toBe('x@example.com');
    expect(validEmail('\tX@Example.com\r\n')).toBe('x@example.com');
  });
});
