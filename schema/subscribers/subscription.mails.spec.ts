import { confirmationMail } from './subscription.mails';

describe('the confirmation mail', () => {
  const base = {
    listTitle: 'Weekly news',
    listName: 'WEEKLY',
    tenantName: 'Acme',
    confirmUrl: 'https://s.example/confirm?token=C',
    refuseUrl: 'https://s.example/unsubscribe?token=R',
  };

  it('names the list and the customer, and carries both links, for a sign-up', () => {
    const m = confirmationMail({ ...base, imported: false });
    expect(m.subject).toBe('Please confirm your subscription to Weekly news');
    expect(m.text).toContain(
      'Someone, hopefully you, asked to subscribe this address to "Weekly news" (WEEKLY), a list of Acme.',
    );
    expect(m.text.indexOf(base.confirmUrl)).toBeLessThan(m.text.indexOf(base.refuseUrl));
  });

  it('says the customer added the address when it was imported', () => {
    const m = confirmationMail({ ...base, imported: true });
    expect(m.subject).toBe('Please confirm your subscription to Weekly news');
    expect(m.text).toMatch(
      /^Acme added this address to its list "Weekly news" \(WEEKLY\)\. You will receive nothing/,
    );
    expect(m.text).toContain(base.confirmUrl);
    expect(m.text).toContain(base.refuseUrl);
  });

  it("is written in the person's language, with both links", () => {
    const m = confirmationMail({ ...base, imported: false }, 'de');
    expect(m.subject).toBe('Bitte bestätigen Sie Ihr Abonnement von Weekly news');
    expect(m.text).toMatch(
      /^Jemand, hoffentlich Sie, hat diese Adresse für „Weekly news“ \(WEEKLY\) angemeldet/,
    );
    expect(m.text.indexOf(base.confirmUrl)).toBeLessThan(m.text.indexOf(base.refuseUrl));
    expect(confirmationMail({ ...base, imported: true }, 'fr').text).toMatch(/^Acme a ajouté cette adresse/);
  });
});
