import { loggedPath } from './web-log-recorder';

describe('loggedPath', () => {
  it('keeps what a path says about a person out of it', () => {
    expect(loggedPath('/users/jane.doe@example.com/profile?x=1')).toBe('/users/:redacted/profile');
    expect(loggedPath('/users/jane.doe%40example.com')).toBe('/users/:redacted');
    expect(loggedPath('/probe/10.1.2.3/x')).toBe('/probe/:redacted/x');
    expect(loggedPath('/probe/2001:db8::1')).toBe('/probe/:redacted');
    expect(loggedPath('/o/abc.gif')).toBe('/o/:token.gif');
    expect(loggedPath(`/${'a'.repeat(400)}`)).toHaveLength(300);
    expect(loggedPath('/unsubscribe#frag')).toBe('/unsubscribe');
  });
});
