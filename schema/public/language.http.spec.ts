import { sameSitePath } from './language.http';

describe('sameSitePath', () => {
  it.each([
    ['/confirm?token=abc', '/confirm?token=abc'],
    ['/privacy', '/privacy'],
    ['/requests/status?token=a&x=1', '/requests/status?token=a&x=1'],
    ['/a/../privacy', '/privacy'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/p#frag', '/p'],
  ])('keeps the path of this site %p', (back, expected) => {
    expect(sameSitePath(back)).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/ok\\..\\..\\evil',
    'javascript:alert(1)',
    'http:/evil.example',
    '/ok\r\nSet-Cookie: x=1',
    '/ok\tx',
    '',
    'privacy',
    `/${'a'.repeat(2000)}`,
    undefined,
    ['/a', '/b'],
    { toString: () => '/x' },
  ])('refuses %p', (back) => {
    expect(sameSitePath(back)).toBeNull();
  });
});
