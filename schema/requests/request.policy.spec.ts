import {
  isToken,
  newReference,
  STATUS_LINK_GRACE_MS,
  statusLinkExpiry,
  withoutPersonalData,
} from './request.policy';

describe('request policy helpers', () => {
  it('makes references of the form DSR-XXXX-XXXX in Crockford base 32 (no I, L, O, U)', () => {
    for (let i = 0; i < 200; i++)
      expect(newReference()).toMatch(/^DSR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('takes only base64url tokens of 20 to 100 characters as tokens', () => {
    expect(isToken('A'.repeat(43))).toBe(true);
    expect(isToken('a-b_c'.repeat(4))).toBe(true);
    expect(isToken('A'.repeat(19))).toBe(false);
    expect(isToken('A'.repeat(101))).toBe(false);
    expect(isToken(`${'A'.repeat(30)}=`)).toBe(false);
    expect(isToken(42)).toBe(false);
  });

  it('ends a status link at the earlier of its latest expiry and the grace period after the request ended', () => {
    const latest = new Date('2026-09-01T00:00:00.000Z');
    const ended = new Date('2026-06-01T00:00:00.000Z');
    expect(statusLinkExpiry({ statusExpiresAt: latest, endedAt: null })).toEqual(latest);
    expect(statusLinkExpiry({ statusExpiresAt: latest, endedAt: ended })).toEqual(
      new Date(ended.getTime() + STATUS_LINK_GRACE_MS),
    );
    expect(
      statusLinkExpiry({ statusExpiresAt: latest, endedAt: new Date('2026-08-30T00:00:00.000Z') }),
    ).toEqual(latest);
    // no link was ever issued: expired from the start
    expect(statusLinkExpiry({ statusExpiresAt: null, endedAt: null }).getTime()).toBe(0);
  });

  it('empties every column of personal data and keeps nothing else', () => {
    const now = new Date('2026-06-01T00:00:00.000Z');
    expect(withoutPersonalData(now)).toEqual({
      email: null,
      addressHash: null,
      details: null,
      country: null,
      purgedAt: now,
    });
  });
});
