import { MessageFormat } from '../common/enums';
import { subscriberDetails } from './subscriber.inputs';

describe('subscriber details', () => {
  it('normalises the address, trims the name and defaults format and tracking', () => {
    expect(subscriberDetails({ email: ' Ann@Example.COM ', name: '  Ann ' })).toEqual({
      email: 'ann@example.com',
      name: 'Ann',
      country: null,
      format: MessageFormat.TEXT,
      trackingConsent: false,
    });
  });

  it('refuses a long name and an unknown format, naming the field', () => {
    expect(() => subscriberDetails({ email: 'a@example.com', name: 'x'.repeat(201) })).toThrow(/name/);
    expect(() => subscriberDetails({ email: 'a@example.com', format: 'PDF' as MessageFormat })).toThrow(
      /format/,
    );
  });
});
