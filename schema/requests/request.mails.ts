import { RightType } from '../common/enums';

/** Each right as a person reads it, with its article. */
export const RIGHTS: Record<RightType, { article: string; words: string }> = {
  [RightType.ACCESS]: { article: 'Art. 15', words: 'access to your personal data' },
  [RightType.RECTIFICATION]: { article: 'Art. 16', words: 'rectification of your personal data' },
  [RightType.ERASURE]: { article: 'Art. 17', words: 'erasure of your personal data' },
  [RightType.RESTRICTION]: { article: 'Art. 18', words: 'restriction of processing' },
  [RightType.PORTABILITY]: { article: 'Art. 20', words: 'a portable copy of your personal data' },
  [RightType.OBJECTION]: { article: 'Art. 21', words: 'objection to processing' },
};

/** One request a verification mail lists, with the link that verifies it and no other. */
export interface VerificationItem {
  reference: string;
  type: RightType;
  receivedAt: Date;
  verifyExpiresAt: Date;
  link: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const right = (type: RightType) => `${RIGHTS[type].words} (${RIGHTS[type].article} GDPR)`;

/**
 * The verification mail of one address: every request of it that waits for verification, each
 * under its reference and right with its own link. `replaces`: some of them were listed in an
 * earlier mail, whose links the new ones replace.
 */
export function verificationMail(
  items: VerificationItem[],
  replaces: boolean,
): { subject: string; text: string } {
  const refs = items.map((i) => i.reference).join(', ');
  const [first] = items;
  const one = items.length === 1;
  const intro = one
    ? [
        `We received a request for ${right(first.type)} for this address, reference ${first.reference}.`,
        '',
        'To confirm that you made it, open this link and press the button on the page:',
        first.link,
      ]
    : [
        `We received ${items.length} data protection requests for this address. Each has its own link, which verifies that request and no other: open the link of each request you made and press the button on the page.`,
        ...items.flatMap((i, n) => [
          '',
          `${n + 1}. ${i.reference}, received ${day(i.receivedAt)}: ${right(i.type)}`,
          i.link,
        ]),
      ];
  return {
    subject: `Verify your data protection ${one ? 'request' : 'requests'} ${refs}`,
    text: [
      ...intro,
      '',
      'We then find every customer of ours that holds data about this address and forward the request to each of them.',
      one
        ? `If you did not make this request, ignore this message: it lapses on ${day(first.verifyExpiresAt)} and its details are deleted.`
        : `If you did not make one of them, do not use its link: it lapses unverified (${items.map((i) => `${i.reference} on ${day(i.verifyExpiresAt)}`).join(', ')}) and its details are deleted.`,
      ...(replaces
        ? [
            '',
            'This message replaces the earlier verification message to this address: the links in that one no longer work.',
          ]
        : []),
      'A request of the same kind sent again while one waits for verification is that same request, under the reference above.',
    ].join('\n'),
  };
}
