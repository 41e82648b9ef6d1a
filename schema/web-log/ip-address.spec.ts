import { IpAddress } from './ip-address';

describe('IpAddress', () => {
  it('normalises and truncates addresses', () => {
    expect(IpAddress.normalize('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(IpAddress.normalize('2001:0DB8:0000::0001')).toBe('2001:db8::1');
    expect(IpAddress.normalize('[fe80::1%eth0]')).toBe('fe80::1');
    expect(IpAddress.normalize('not an ip')).toBeNull();
    expect(IpAddress.normalize('')).toBeNull();
    expect(IpAddress.truncate('203.0.113.77')).toBe('203.0.113.0');
    expect(IpAddress.truncate('2001:db8:abcd:12:34::1')).toBe('2001:db8:abcd::');
    expect(IpAddress.truncate('::1')).toBe('::');
  });
});
