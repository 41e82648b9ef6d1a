/**
 * Every word the portal shows, in English: the one catalogue to translate. Names marked
 * "contract" are accessible names that people, screen readers and browser tests rely on
 * (../shared/contract/portal.md): a translation changes them, a rewording of the English does not.
 */
export const en = {
  app: {
    name: 'Steward',
    loading: 'Loading…',
    skipToContent: 'Skip to content',
    close: 'Close',
  },
  errors: {
    network: 'The server could not be reached. Check your connection and try again.',
    unexpected: 'Something went wrong on the server. Try again in a moment.',
    notBuilt: 'The server answered with something that is not the API.',
    retryIn: (seconds: number) => `Too many attempts: try again in ${seconds} seconds.`,
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in with the address and password of your Steward account.',
    email: 'Email', // contract
    password: 'Password', // contract
    organisation: 'Organisation', // contract
    organisationHint:
      'Your organisation’s short name, e.g. acme. Leave it empty if you are a platform operator.',
    remember: 'Keep me signed in', // contract
    rememberHint: 'For 30 days on this device; otherwise for 8 hours.',
    submit: 'Sign in', // contract
    failed: 'Sign-in failed',
    emailRequired: 'Enter your email address',
    passwordRequired: 'Enter your password',
  },
  shell: {
    navigation: 'Main',
    lists: 'Lists',
    signOut: 'Sign out', // contract
    signedInAs: 'Signed in as',
    organisation: 'Organisation',
    operator: 'Platform operator',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be wrong.',
    home: 'Go to the start page',
  },
  lists: {
    title: 'Lists',
    none: 'There are no lists yet.',
    noneCanCreate: 'There are no lists yet. Create the first one.',
    table: 'Your lists',
    colTitle: 'Title',
    colName: 'Name',
    colOptIn: 'Opt-in',
    colConfirmed: 'Confirmed',
    colPending: 'Pending',
    create: 'Create list', // contract
    operatorOnly: 'Lists belong to hosting customers: operator pages are not in the portal yet.',
  },
  createList: {
    title: 'Create a list',
    name: 'Name', // contract
    nameHint: 'A short code, e.g. NEWS-L: letters, digits, - _ and . (stored in capitals).',
    titleField: 'Title', // contract
    titleHint: 'What subscribers see, e.g. Monthly news.',
    optIn: 'Opt-in', // contract
    optInHint: 'Double: people confirm by email before they get anything. Single: added at once.',
    submit: 'Create', // contract
    cancel: 'Cancel',
    nameRequired: 'Enter a name',
    titleRequired: 'Enter a title',
    created: (title: string) => `List “${title}” created.`,
  },
  optIn: {
    DOUBLE: 'Double', // contract
    SINGLE: 'Single', // contract
  },
  list: {
    notFound: 'This list does not exist, or it belongs to another organisation.',
    back: 'All lists',
    tabs: 'List sections',
    subscribers: 'Subscribers', // contract
    messages: 'Messages', // contract
    settings: 'Settings', // contract
    counts: (confirmed: number, pending: number) =>
      `${confirmed} confirmed, ${pending} waiting for confirmation`,
  },
  subscribers: {
    table: 'Subscribers',
    none: 'Nobody is on this list yet.',
    total: (n: number) => (n === 1 ? '1 subscriber' : `${n} subscribers`),
    colEmail: 'Email',
    colName: 'Name',
    colCountry: 'Country',
    colFormat: 'Format',
    colStatus: 'Status',
    colAdded: 'Added',
    colActions: 'Actions',
    previous: 'Previous page',
    next: 'Next page',
    page: (n: number) => `Page ${n}`,
    add: 'Add subscriber', // contract
    remove: 'Remove', // contract
    removeLabel: (email: string) => `Remove ${email}`,
    removeTitle: 'Remove this subscriber?',
    removeBody: (email: string) =>
      `${email} is taken off the list and their personal data is deleted. This cannot be undone.`,
    removed: (email: string) => `${email} was removed.`,
    cancel: 'Cancel',
    status: { CONFIRMED: 'Confirmed', PENDING: 'Pending' },
  },
  addSubscriber: {
    title: 'Add a subscriber',
    email: 'Email', // contract
    name: 'Name', // contract
    country: 'Country', // contract
    countryHint: 'An ISO code such as DE, or a country name in English. Optional.',
    countryUnknown: 'Enter an ISO code such as DE or FR, or a country name in English',
    format: 'Format', // contract
    submit: 'Add', // contract
    cancel: 'Cancel',
    emailRequired: 'Enter an email address',
    doubleNote:
      'This list uses double opt-in: the person gets an email and is on the list once they confirm.',
    singleNote:
      'This list uses single opt-in: the person is on the list at once. Add only people who agreed to it.',
    added: (email: string) => `${email} was added.`,
  },
  format: {
    TEXT: 'Text', // contract
    HTML: 'HTML', // contract
  },
  messages: {
    deliveries: 'Deliveries',
    none: 'No message has been sent to this list yet.',
    colCreated: 'Created',
    colStatus: 'Status',
    colRecipients: 'Recipients',
    colSent: 'Sent',
    colFailed: 'Failed',
    progress: (sent: number, total: number) => `${sent} of ${total} sent`,
    status: {
      QUEUED: 'Queued',
      SCHEDULED: 'Scheduled',
      SENDING: 'Sending',
      SENT: 'Sent',
      FAILED: 'Failed',
      CANCELLED: 'Cancelled',
    } as Record<string, string>,
    newMessage: 'New message', // contract
    composeTitle: 'New message',
    subject: 'Subject', // contract
    text: 'Text', // contract
    textHint: 'Every subscriber gets this plain-text version.',
    html: 'HTML', // contract
    htmlHint: 'Optional: sent only to subscribers who chose HTML.',
    send: 'Send', // contract
    cancel: 'Cancel',
    sendNote: 'The message goes to every confirmed subscriber of this list, now.',
    subjectRequired: 'Enter a subject',
    textRequired: 'Enter the text',
    queued: 'The message is on its way to the confirmed subscribers.',
  },
  settings: {
    title: 'About this list',
    name: 'Name',
    titleField: 'Title',
    optIn: 'Opt-in',
    created: 'Created',
  },
  importCsv: {
    open: 'Import CSV', // contract
    title: 'Import subscribers from a CSV file',
    columns:
      'Columns: email, name, country, format (only email is required); a first line naming them is optional.',
    file: 'CSV file', // contract
    fileRequired: 'Choose a CSV file',
    statement: 'Consent statement', // contract
    statementSingle:
      'Required for this single opt-in list: how these people agreed to be on it. It is kept with each of them.',
    statementDouble: 'Optional: this list uses double opt-in, so each person gets a confirmation email.',
    statementRequired: 'Say how these people agreed to be on the list',
    start: 'Start import', // contract
    cancel: 'Cancel',
    close: 'Done',
    uploading: (pct: number) => `Uploading the file: ${pct}%`,
    waiting: 'Waiting for the import to start',
    importing: (done: number, total: number) =>
      `Importing: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows`,
    failed: 'The import failed',
    done: (rows: number) => `Import finished: ${rows.toLocaleString('en')} rows read`,
    added: (n: number) => `Added: ${n.toLocaleString('en')}`,
    alreadyPresent: (n: number) => `Already present: ${n.toLocaleString('en')}`,
    suppressed: (n: number) => `Suppressed (left before): ${n.toLocaleString('en')}`,
    invalid: (n: number) => `Invalid: ${n.toLocaleString('en')}`,
    invalidLines: (lines: number[]) =>
      `Invalid lines: ${lines.slice(0, 1000).join(', ')}${lines.length > 1000 ? ' and more' : ''}`,
    invalidLine: (line: number, reason: string) => `Line ${line}: ${reason}`,
    export: 'Export CSV', // contract
  },
};

export type Messages = typeof en;
