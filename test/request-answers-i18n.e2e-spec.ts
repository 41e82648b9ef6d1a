import { formatDate, type Lang } from '../schema/common/i18n';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const SUBMIT =
  'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference message } }';
const VERIFY = 'mutation($t: String!) { verifyDataSubjectRequest(token: $t) { reference status } }';
const TASKS = 'query { dataSubjectTasks { id reference } }';
const RESPOND =
  'mutation($i: TaskResponseInput!) { respondToDataSubjectTask(input: $i) { id status dueAt } }';
const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id name } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';

let seq = 0;
const person = () => `answers-${Date.now().toString(36)}-${seq++}@people.example`;

/** What each language's answers must say, word for word (English: as it always did). */
const EXPECTED: Record<
  'en' | 'de' | 'pl',
  {
    data: (ref: string) => string;
    dataLine: string;
    copyLine: string;
    rejected: (ref: string) => string;
    complaint: string;
    extended: (ref: string) => string;
    due: (d: Date) => string;
    rectified: (ref: string) => string;
    changed: string;
    footer: (ref: string) => string;
  }
> = {
  en: {
    data: (ref) => `Alpha Books: your data (${ref})`,
    dataLine: 'The same data is attached as a JSON file.',
    copyLine: 'Controller: Alpha Books (contact: ',
    rejected: (ref) => `Alpha Books declined your request ${ref}`,
    complaint: 'You have the right to lodge a complaint with a supervisory authority',
    extended: (ref) => `Alpha Books needs more time for your request ${ref}`,
    due: (d) => `It must now answer by ${d.toISOString().slice(0, 10)}.`,
    rectified: (ref) => `Alpha Books corrected your data (${ref})`,
    changed: 'name corrected, country corrected in 1 subscription(s).',
    footer: (ref) =>
      `Reference: ${ref}. Your request's status: ask us with this reference, or use the status link you received.`,
  },
  de: {
    data: (ref) => `Alpha Books: Ihre Daten (${ref})`,
    dataLine: 'Dieselben Daten liegen als JSON-Datei bei.',
    copyLine: 'Verantwortlicher: Alpha Books (Kontakt: ',
    rejected: (ref) => `Alpha Books hat Ihre Anfrage ${ref} abgelehnt`,
    complaint: 'Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde',
    extended: (ref) => `Alpha Books braucht mehr Zeit für Ihre Anfrage ${ref}`,
    due: (d) => `Die Antwort muss nun bis zum ${formatDate('de', d)} vorliegen.`,
    rectified: (ref) => `Alpha Books hat Ihre Daten berichtigt (${ref})`,
    changed: 'Name berichtigt, Land berichtigt in 1 Abonnement.',
    footer: (ref) => `Referenz: ${ref}. Zum Stand Ihrer Anfrage:`,
  },
  pl: {
    data: (ref) => `Alpha Books: Twoje dane (${ref})`,
    dataLine: 'Te same dane są załączone jako plik JSON.',
    copyLine: 'Administrator: Alpha Books (kontakt: ',
    rejected: (ref) => `Alpha Books odmówił spełnienia Twojego żądania ${ref}`,
    complaint: 'Masz prawo wnieść skargę do organu nadzorczego',
    extended: (ref) => `Alpha Books potrzebuje więcej czasu na Twoje żądanie ${ref}`,
    due: (d) => `Odpowiedź musi teraz nadejść do ${formatDate('pl', d)}.`,
    rectified: (ref) => `Alpha Books poprawił Twoje dane (${ref})`,
    changed: 'poprawiono imię i nazwisko, poprawiono kraj w 1 subskrypcji.',
    footer: (ref) => `Numer: ${ref}. Stan Twojego żądania:`,
  },
};

describe("the controller's answers, in the requester's language", () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let list: string;

  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email.toLowerCase()));
  /** The `n`th mail to the address (1: verification, 2: routed, 3: the answer). */
  const nthMail = async (email: string, n: number): Promise<ReceivedMail> => {
    await until(async () => mailsTo(email).length >= n, `mail ${n} to ${email}`);
    return mailsTo(email)[n - 1];
  };
  const token = (mail: ReceivedMail, path: string) => {
    const t = new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text)?.[1];
    if (!t) throw new Error(`no ${path} link in: ${mail.text}`);
    return t;
  };
  /** A subscribed address's verified request in `language`, routed to the tenant: its reference and task. */
  const routed = async (type: string, language: string | null) => {
    const email = person();
    const added = await s.gql(ADD, { l: list, i: { email, name: 'Wrong Name', country: 'DE' } }, admin.token);
    if (!added.data?.addSubscriber) throw new Error(JSON.stringify(added.errors));
    const receipt = await s.gql(SUBMIT, { i: { email, type, ...(language ? { language } : {}) } });
    const reference: string = receipt.data.submitDataSubjectRequest.reference;
    const verify = await nthMail(email, 1);
    expect(verify.subject).toContain(reference);
    await s.gql(VERIFY, { t: token(verify, '/requests/verify') });
    expect((await nthMail(email, 2)).subject).toContain(reference);
    let taskId = '';
    await until(async () => {
      const tasks = (await s.gql(TASKS, {}, admin.token)).data.dataSubjectTasks as Array<{
        id: string;
        reference: string;
      }>;
      taskId = tasks.find((t) => t.reference === reference)?.id ?? '';
      return !!taskId;
    }, `task ${reference}`);
    return { email, reference, taskId };
  };
  const respond = async (input: Record<string, unknown>) => {
    const r = await s.gql(RESPOND, { i: input }, admin.token);
    if (!r.data?.respondToDataSubjectTask) throw new Error(JSON.stringify(r.errors));
    return r.data.respondToDataSubjectTask as { status: string; dueAt: string };
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lists.example.net', PUBLIC_RATE_LIMIT: '0' },
    });
    tenant = await createTenant(s, { name: 'Alpha Books' });
    admin = await createUser(s, tenant, 'ADMIN');
    list = (await s.gql(CREATE_LIST, { i: { name: 'news', title: 'News', optIn: 'SINGLE' } }, admin.token))
      .data.createList.id;
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  describe.each(['en', 'de', 'pl'] as const)('%s', (lang) => {
    const want = EXPECTED[lang];
    // English is also what a request without a language gets
    const language: Lang | null = lang === 'en' ? null : lang;

    it('answers ACCESS with the data in that language', async () => {
      const { email, reference, taskId } = await routed('ACCESS', language);
      await respond({ taskId, decision: 'FULFILL' });
      const mail = await nthMail(email, 3);
      expect(mail.subject).toBe(want.data(reference));
      expect(mail.text).toContain(want.dataLine);
      expect(mail.text).toContain(want.copyLine);
      expect(mail.text).toContain('Wrong Name');
      expect(mail.text).toContain(want.footer(reference));
      expect(mail.attachments).toHaveLength(1);
    });

    it('tells of a rejection, with the reasons and the right to complain, in that language', async () => {
      const { email, reference, taskId } = await routed('RESTRICTION', language);
      await respond({ taskId, decision: 'REJECT', reason: 'We must keep the order record for tax law.' });
      const mail = await nthMail(email, 3);
      expect(mail.subject).toBe(want.rejected(reference));
      expect(mail.text).toContain('We must keep the order record for tax law.');
      expect(mail.text).toContain(want.complaint);
      expect(mail.text).toContain(want.footer(reference));
    });

    it('tells of an extension with the new due date as the language writes it', async () => {
      const { email, reference, taskId } = await routed('PORTABILITY', language);
      const answered = await respond({ taskId, decision: 'EXTEND', reason: 'Many requests at once.' });
      expect(answered.status).toBe('EXTENDED');
      const mail = await nthMail(email, 3);
      expect(mail.subject).toBe(want.extended(reference));
      expect(mail.text).toContain('Many requests at once.');
      expect(mail.text).toContain(want.due(new Date(answered.dueAt)));
    });

    it('tells of a rectification, naming what changed in that language', async () => {
      const { email, reference, taskId } = await routed('RECTIFICATION', language);
      await respond({
        taskId,
        decision: 'FULFILL',
        rectification: { name: 'Right Name', country: 'AT' },
      });
      const mail = await nthMail(email, 3);
      expect(mail.subject).toBe(want.rectified(reference));
      expect(mail.text).toContain(want.changed);
      expect(mail.text).toContain(want.footer(reference));
    });
  });

  it('writes in English to a request in a language Steward has no catalogue of', async () => {
    const { email, reference, taskId } = await routed('ACCESS', 'ja-JP');
    expect(
      (
        await s.services.db.query('SELECT language FROM data_subject_requests WHERE reference = ?', [
          reference,
        ])
      )[0].language,
    ).toBeNull();
    await respond({ taskId, decision: 'FULFILL' });
    const mail = await nthMail(email, 3);
    expect(mail.subject).toBe(EXPECTED.en.data(reference));
    expect(mail.text).toContain(EXPECTED.en.footer(reference));
  });

  it('writes in English when the stored language is none of the 24', async () => {
    const { email, reference, taskId } = await routed('RESTRICTION', 'de');
    await s.services.db.query("UPDATE data_subject_requests SET language = 'xx' WHERE reference = ?", [
      reference,
    ]);
    await respond({ taskId, decision: 'REJECT', reason: 'No.' });
    const mail = await nthMail(email, 3);
    expect(mail.subject).toBe(EXPECTED.en.rejected(reference));
    expect(mail.text).toContain(EXPECTED.en.complaint);
  });
});
