import { clientNetwork } from './rate-limiter';

describe('clientNetwork: the client a per-client limit counts', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::FFFF:192.0.2.1', '192.0.2.1'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:0000:0000:0000:0009', '2001:db8:1:2::/64'],
    ['[2001:db8:1:2::1]', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
    ['', 'unknown'],
    [null, 'unknown'],
    ['not-an-address', 'unknown'],
  ])('%s counts as %s', (ip, network) => {
    expect(clientNetwork(ip)).toBe(network);
  });

  it('puts every address of one /64 together and the next /64 apart', () => {
    const inside = ['2001:db8:5:6::1', '2001:db8:5:6:1:2:3:4', '2001:db8:5:6:ffff::'].map(clientNetwork);
    expect(new Set(inside).size).toBe(1);
    expect(clientNetwork('2001:db8:5:7::1')).not.toBe(inside[0]);
  });
});
