import { RightType } from '../common/enums';
import { formatDate, LANGUAGES, type Lang } from '../common/i18n';
import {
  type Answer,
  answerText,
  COMPLAINT,
  complaintIn,
  correctionsIn,
  dataAnswer,
  erasedAnswer,
  extendedAnswer,
  mailLang,
  offboardedAnswer,
  offboardedReason,
  rectifiedAnswer,
  rejectedAnswer,
  restrictedAnswer,
} from './request.mails';
import { type SubjectData, SubjectDataService } from './subject-data.service';

const DUE = new Date('2027-03-08T10:00:00.000Z');
const NOW = new Date('2026-12-08T10:00:00.000Z');
const CONTROLLER = { name: 'Alpha Books', dpoEmail: 'dpo@alpha.example' };

/** Every answer a requester can get, for one right, in `lang`. */
function answers(lang: Lang, type: RightType): Record<string, Answer> {
  const r = { reference: 'DSR-ABCD-1234', type };
  return {
    extended: extendedAnswer('Alpha Books', r, 'REASON', DUE, lang),
    rejected: rejectedAnswer('Alpha Books', r, 'REASON', lang),
    offboardedDone: offboardedAnswer(
      'Alpha Books',
      r,
      offboardedReason(CONTROLLER, NOW, true, lang),
      true,
      lang,
    ),
    offboarded: offboardedAnswer(
      'Alpha Books',
      r,
      offboardedReason(CONTROLLER, NOW, false, lang),
      false,
      lang,
    ),
    data: dataAnswer('Alpha Books', r, 'READABLE COPY', lang),
    rectified: rectifiedAnswer(
      'Alpha Books',
      r,
      correctionsIn(lang, ['nameCorrected', 'nameRemoved', 'countryCorrected', 'addressCorrected'], 2),
      lang,
    ),
    erased: erasedAnswer('Alpha Books', r, 3, lang),
    restricted: restrictedAnswer('Alpha Books', r, 1, lang),
  };
}

/** What an access answer's readable copy holds: every kind of line it has. */
const HELD: SubjectData = {
  controller: { name: 'Alpha Books', contact: 'dpo@alpha.example' },
  address: 'ada@people.example',
  generatedAt: '2026-12-08T10:00:00.000Z',
  subscriptions: [
    {
      list: 'NEWS',
      listTitle: 'News',
      status: 'CONFIRMED',
      format: 'HTML',
      trackingConsent: true,
      restricted: true,
      name: 'Ada',
      country: null,
      requestedAt: '2026-01-01T00:00:00.000Z',
      confirmedAt: '2026-01-02T00:00:00.000Z',
      consent: [
        {
          event: 'GIVEN',
          source: 'FORM',
          at: '2026-01-02T00:00:00.000Z',
          ip: '192.0.2.1',
          userAgent: 'UA',
          wording: '1',
        },
      ],
      messages: [
        {
          subject: 'Hello',
          state: 'sent',
          sentAt: '2026-02-01T00:00:00.000Z',
          openedAt: '2026-02-02T00:00:00.000Z',
        },
      ],
    },
    {
      list: 'FLASH',
      listTitle: 'Flash',
      status: 'PENDING',
      format: 'TEXT',
      trackingConsent: false,
      restricted: false,
      name: null,
      country: 'DE',
      requestedAt: '2026-03-01T00:00:00.000Z',
      confirmedAt: null,
      consent: [],
      messages: [],
    },
  ],
  processing: [],
};
// readable() uses neither the database nor the hasher
const copyOf = (lang: Lang, d: SubjectData = HELD) =>
  new SubjectDataService(null as never, null as never).readable(d, lang);

describe('the answers to a requester', () => {
  describe.each(LANGUAGES)('%s', (lang) => {
    it.each(Object.values(RightType))(
      'renders every answer to a %s request without a missing key or argument',
      (type) => {
        for (const [name, a] of Object.entries(answers(lang, type))) {
          const text = answerText('DSR-ABCD-1234', a.lines, lang);
          for (const part of [a.subject, text]) {
            expect({ name, part }).toEqual({
              name,
              part: expect.not.stringMatching(/[{}]|answer\.|right\./),
            });
            expect(part.trim()).not.toBe('');
          }
          expect(a.subject).toContain('Alpha Books');
          expect(a.subject).toContain('DSR-ABCD-1234');
          expect(text).toContain('DSR-ABCD-1234');
        }
      },
    );

    it('writes the readable copy of an access answer without a missing key or argument', () => {
      for (const d of [HELD, { ...HELD, subscriptions: [] }]) {
        const copy = copyOf(lang, d);
        expect(copy).not.toMatch(/[{}]|answer\./);
        for (const value of ['Alpha Books', 'dpo@alpha.example', 'ada@people.example'])
          expect(copy).toContain(value);
      }
      for (const value of ['NEWS', 'Hello', '192.0.2.1', '2026-02-02T00:00:00.000Z', 'CONFIRMED'])
        expect(copyOf(lang)).toContain(value);
      if (lang !== 'en') expect(copyOf(lang)).not.toBe(copyOf('en'));
    });

    it('writes its dates as the language does (English: ISO days)', () => {
      const r = { reference: 'DSR-ABCD-1234', type: RightType.ACCESS };
      const due = lang === 'en' ? '2027-03-08' : formatDate(lang, DUE);
      expect(extendedAnswer('Alpha', r, 'x', DUE, lang).lines.join('\n')).toContain(due);
      const now = lang === 'en' ? '2026-12-08' : formatDate(lang, NOW);
      expect(offboardedReason(CONTROLLER, NOW, false, lang)).toContain(now);
      expect(offboardedReason(CONTROLLER, NOW, false, lang)).toContain('dpo@alpha.example');
    });

    it('is in that language: not the English text', () => {
      if (lang === 'en') return;
      for (const type of Object.values(RightType)) {
        const en = answers('en', type);
        for (const [name, a] of Object.entries(answers(lang, type))) {
          expect({ name, subject: a.subject }).not.toEqual({ name, subject: en[name].subject });
          expect({ name, lines: a.lines }).not.toEqual({ name, lines: en[name].lines });
        }
      }
      expect(complaintIn(lang)).not.toBe(COMPLAINT);
    });
  });

  it('keeps the English wording', () => {
    const r = { reference: 'DSR-ABCD-1234', type: RightType.ACCESS };
    expect(complaintIn('en')).toBe(COMPLAINT);
    expect(extendedAnswer('Alpha', r, 'Busy.', DUE)).toEqual({
      subject: 'Alpha needs more time for your request DSR-ABCD-1234',
      lines: [
        'Alpha extended the time to answer your request DSR-ABCD-1234 by two months (Art. 12(3) GDPR). Its reasons:',
        '',
        'Busy.',
        '',
        'It must now answer by 2027-03-08.',
      ],
    });
    expect(rejectedAnswer('Alpha', r, 'No.').lines[0]).toBe(
      'Alpha declined your request DSR-ABCD-1234 for access to your personal data. Its reasons:',
    );
    expect(
      rectifiedAnswer('Alpha', r, correctionsIn('en', ['nameCorrected', 'countryCorrected'], 2)),
    ).toEqual({
      subject: 'Alpha corrected your data (DSR-ABCD-1234)',
      lines: [
        'Alpha rectified your data (Art. 16 GDPR) on request DSR-ABCD-1234: name corrected, country corrected in 2 subscription(s).',
      ],
    });
    expect(offboardedReason(CONTROLLER, NOW, true)).toBe(
      'Alpha Books ended its service with the platform on 2026-12-08. The platform returned everything it held for Alpha Books to it and then deleted it, your data included, so it cannot act on this request any more. For anything else, contact Alpha Books directly: dpo@alpha.example.',
    );
    expect(answerText('DSR-X', ['a'])).toBe(
      "a\n\nReference: DSR-X. Your request's status: ask us with this reference, or use the status link you received.",
    );
  });

  it('keeps the readable copy in English as it was', () => {
    expect(copyOf('en').split('\n')).toEqual([
      'Controller: Alpha Books (contact: dpo@alpha.example)',
      'Address: ada@people.example',
      '',
      'List NEWS ("News"): CONFIRMED, processing restricted',
      '  name: Ada; country: (none); format: HTML; open tracking: consented',
      '  requested 2026-01-01T00:00:00.000Z, confirmed 2026-01-02T00:00:00.000Z',
      '  consent: GIVEN via FORM at 2026-01-02T00:00:00.000Z from 192.0.2.1 (UA); wording: 1',
      '  message "Hello": sent 2026-02-01T00:00:00.000Z, opened 2026-02-02T00:00:00.000Z',
      '',
      'List FLASH ("Flash"): PENDING',
      '  name: (none); country: DE; format: TEXT; open tracking: no',
      '  requested 2026-03-01T00:00:00.000Z',
      '',
      'Processing of your data recorded by the platform for this controller:',
      '  (none recorded about you individually)',
    ]);
    expect(copyOf('de')).toContain('Liste NEWS („News“): CONFIRMED, Verarbeitung eingeschränkt');
  });

  it('writes German and Polish with their own dates and plurals', () => {
    const r = { reference: 'DSR-ABCD-1234', type: RightType.ERASURE };
    expect(extendedAnswer('Alpha', r, 'x', DUE, 'de').lines[4]).toBe(
      'Die Antwort muss nun bis zum 8. März 2027 vorliegen.',
    );
    expect(erasedAnswer('Alpha', r, 1, 'de').lines[0]).toContain('1 Abonnement und seine');
    expect(erasedAnswer('Alpha', r, 2, 'de').lines[0]).toContain('2 Abonnements und ihre');
    expect(erasedAnswer('Alpha', r, 2, 'pl').lines[0]).toContain('usunięto 2 subskrypcje');
    expect(erasedAnswer('Alpha', r, 5, 'pl').lines[0]).toContain('usunięto 5 subskrypcji');
    expect(extendedAnswer('Alpha', r, 'x', DUE, 'pl').lines[4]).toBe(
      'Odpowiedź musi teraz nadejść do 8 marca 2027.',
    );
  });

  it('writes a request of an unknown or missing language in English', () => {
    expect(mailLang('de')).toBe('de');
    expect(mailLang('ja')).toBe('en');
    expect(mailLang(null)).toBe('en');
    expect(mailLang('DE')).toBe('en');
  });
});
