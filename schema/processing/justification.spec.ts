import { validJustification } from './justification';

describe('validJustification', () => {
  it('accepts a real justification in any language', () => {
    expect(validJustification('Ticket 88: the customer cannot find this subscriber')).toBe(
      'Ticket 88: the customer cannot find this subscriber',
    );
    expect(validJustification('Kundenanfrage 42: Abonnent erhält keine Nachrichten')).toMatch(
      /^Kundenanfrage/,
    );
  });

  it('collapses runs of white space and trims it', () => {
    expect(validJustification("  Legal hold   requested by the customer's counsel, case 2026-17 ")).toBe(
      "Legal hold requested by the customer's counsel, case 2026-17",
    );
  });
});
