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
    retryIn: (seconds: number) =>
      seconds < 120
        ? `Too many attempts: try again in ${seconds} seconds.`
        : `Too many attempts: try again in ${Math.ceil(seconds / 60)} minutes.`,
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
    otp: 'One-time code', // contract
    otpHint: 'The 6-digit code of your authenticator app, or one of your recovery codes.',
    otpNeeded:
      'Your password is right. Enter the one-time code of your authenticator app to finish signing in.',
    otpRequired: 'Enter the one-time code',
    forgot: 'Forgot password?', // contract
  },
  forgot: {
    title: 'Forgot password',
    intro:
      'Enter the address you sign in with and your organisation. If the account exists, we email it a link to choose a new password.',
    email: 'Email', // contract
    organisation: 'Organisation', // contract
    organisationHint:
      'Your organisation’s short name, e.g. acme. Leave it empty if you are a platform operator.',
    submit: 'Send reset link', // contract
    emailRequired: 'Enter your email address',
    sent: 'If an account with this address exists, a link to set a new password is on its way. It works once, for 1 hour. Check your inbox (and the spam folder).',
    sentTitle: 'Check your email',
    failed: 'The link could not be requested',
    back: 'Back to sign in',
  },
  account: {
    title: 'Your account',
    nav: 'Account',
    intro: (email: string) => `Signed in as ${email}.`,
    setupRequired:
      'Your organisation requires two-factor authentication. Set it up below; the other pages open once it is on.',
    setupRequiredTitle: 'Two-factor authentication required',
    passwordHeading: 'Change password',
    currentPassword: 'Current password', // contract
    newPassword: 'New password', // contract
    newPasswordHint: 'At least 12 characters.',
    confirmPassword: 'Confirm new password',
    changePassword: 'Change password', // contract
    currentRequired: 'Enter your current password',
    newRequired: 'Enter a new password',
    mismatch: 'The two passwords do not match',
    passwordChanged:
      'Your password was changed. Every other session of your account was signed out; this one stays signed in.',
    twoFactorHeading: 'Two-factor authentication',
    twoFactorOff:
      'Two-factor authentication is off. With it, signing in needs a one-time code from an authenticator app on your phone as well as your password.',
    twoFactorOn:
      'Two-factor authentication is on: signing in needs a one-time code as well as your password.',
    setUp: 'Set up two-factor authentication', // contract
    scan: 'Scan this QR code with your authenticator app (for example FreeOTP, Aegis or Google Authenticator), then enter the 6-digit code it shows.',
    qrAlt: 'QR code for your authenticator app',
    qrFailed: 'The QR code could not be drawn: enter the secret by hand.',
    secret: 'Or enter this secret by hand',
    otp: 'One-time code', // contract
    otpRequired: 'Enter the code of your authenticator app',
    turnOn: 'Turn on', // contract
    cancel: 'Cancel',
    turnedOn: 'Two-factor authentication is on.',
    recoveryHeading: 'Your recovery codes',
    recoveryWarning:
      'Store these codes somewhere safe now: they are shown only this once. Each code signs you in once instead of a one-time code, if you lose your phone.',
    recoveryList: 'Recovery codes',
    copy: 'Copy codes',
    copied: 'The recovery codes were copied.',
    copyFailed: 'Copying failed: select the codes and copy them by hand.',
    download: 'Download codes',
    recoveryFile: 'steward-recovery-codes.txt',
    recoveryFileHead: (email: string) => `Steward recovery codes for ${email}. Each works once.`,
    stored: 'I have stored my codes',
    turnOffHeading: 'Turn off two-factor authentication',
    turnOffHint: 'Enter a current one-time code or a recovery code.',
    turnOffRequired:
      'Your organisation requires two-factor authentication: after turning it off (for example to move to a new phone), set it up again before you use the other pages.',
    turnOff: 'Turn off',
    turnedOff: 'Two-factor authentication is off.',
    sessionsHeading: 'Sessions',
    sessionsIntro: 'Where your account is signed in. Revoke any you do not recognise.',
    sessionsTable: 'Your sessions',
    colDevice: 'Device',
    colCreated: 'Signed in',
    colLastSeen: 'Last used',
    colExpires: 'Expires',
    colActions: 'Actions',
    unknownDevice: 'Unknown device',
    current: 'This session',
    currentNote: 'Use Sign out to end it',
    revoke: 'Revoke',
    revokeLabel: (device: string, created: string) => `Revoke ${device}, signed in ${created}`,
    revoked: 'The session was revoked.',
    none: 'No sessions.',
  },
  shell: {
    navigation: 'Main',
    lists: 'Lists',
    requests: 'Requests',
    breaches: 'Breach notices',
    log: 'Processing log',
    signOut: 'Sign out', // contract
    signedInAs: 'Signed in as',
    organisation: 'Organisation',
    operator: 'Platform operator',
    tenants: 'Tenants',
  },
  pager: {
    previous: 'Previous page',
    next: 'Next page',
    page: (n: number) => `Page ${n}`,
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
    operatorOnly: 'Lists belong to hosting customers: operators work in the console (Tenants).',
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
    sendNote: 'The message goes to every confirmed subscriber of this list, now or at the time in Send at.',
    subjectRequired: 'Enter a subject',
    textRequired: 'Enter the text',
    queued: 'The message is on its way to the confirmed subscribers.',
    colSubject: 'Subject',
    colActions: 'Actions',
    sendAt: 'Send at', // contract
    sendAtHint: 'Optional: a time within the next 90 days. Empty: send now.',
    sendAtPast: 'Choose a time later than now',
    sendTest: 'Send test to me', // contract
    testSent: 'A test was sent to your own address.',
    scheduled: (when: string) => `The message will be sent on ${when}.`,
    scheduledFor: (when: string) => `for ${when}`,
    preview: 'HTML preview',
    previewNote: 'How the HTML looks; links and scripts do nothing here.',
    cancelDelivery: 'Cancel', // the per-row action
    cancelLabel: (subject: string) => `Cancel ${subject}`,
    cancelTitle: 'Cancel this message?',
    cancelBody: (subject: string) =>
      `“${subject}” is not sent to anyone who has not received it yet. What was already sent stays sent.`,
    keep: 'Keep it',
    cancelled: 'The message was cancelled.',
    details: (subject: string) => `Details of ${subject}`,
    detailsTitle: 'Message',
    figures: 'Figures',
    figRecipients: 'Recipients',
    figSent: 'Sent',
    figFailed: 'Failed',
    figOpens: 'Opens (with consent)',
    figAnonymousOpens: 'Anonymous opens',
    figUnsubscribes: 'Unsubscribes',
    figBounces: 'Bounces',
    figComplaints: 'Complaints',
    figScheduledFor: 'Scheduled for',
    figStarted: 'Started',
    figFinished: 'Finished',
    figStatus: 'Status',
    notYet: '—',
  },
  settings: {
    title: 'About this list',
    name: 'Name',
    titleField: 'Title',
    optIn: 'Opt-in',
    created: 'Created',
  },
  requests: {
    title: 'Data-subject requests',
    intro:
      'People who asked about their personal data and whose address is on your lists. Answer each by its due date: the nearest comes first.',
    operatorOnly: 'Requests are answered by hosting customers: operators work in the console (Tenants).',
    status: 'Status',
    allStatuses: 'All',
    table: 'Data-subject tasks',
    none: 'There are no requests here.',
    colReference: 'Reference',
    colRight: 'Right',
    colStatus: 'Status',
    colReceived: 'Received',
    colDue: 'Due',
    overdue: 'Overdue',
    open: (reference: string) => `Open request ${reference}`,
    statuses: {
      PENDING: 'Pending',
      EXTENDED: 'Extended',
      FULFILLED: 'Fulfilled',
      REJECTED: 'Rejected',
    } as Record<string, string>,
    rights: {
      ACCESS: 'Access',
      RECTIFICATION: 'Rectification',
      ERASURE: 'Erasure',
      RESTRICTION: 'Restriction',
      PORTABILITY: 'Portability',
      OBJECTION: 'Objection',
    } as Record<string, string>,
  },
  task: {
    title: (reference: string) => `Request ${reference}`,
    reference: 'Reference',
    right: 'Right',
    status: 'Status',
    requester: 'Requester',
    requesterGone: 'Deleted after the request ended',
    received: 'Received',
    due: 'Due',
    extendedNote: 'extended once, to three months after receipt',
    overdueNote: 'overdue',
    details: 'In their words',
    lists: 'Lists',
    noLists: 'None: you hold no subscription for this address now.',
    records: 'Records',
    responded: 'Answered',
    reasonGiven: 'Reason given',
    rules: {
      ACCESS:
        'Right of access (Art. 15): Fulfil emails the person a readable copy of everything you hold about them, with the data attached as JSON.',
      RECTIFICATION:
        'Right to rectification (Art. 16): enter the corrected details, then Fulfil changes them in every subscription of the address and tells the person.',
      ERASURE:
        'Right to erasure (Art. 17): Fulfil deletes every subscription of the address from your lists and tells the person. This cannot be undone.',
      RESTRICTION:
        'Right to restriction (Art. 18): Fulfil stops all mail to the address while keeping its subscriptions, and tells the person.',
      PORTABILITY: 'Right to data portability (Art. 20): Fulfil emails the person their data as a JSON file.',
      OBJECTION:
        'Right to object (Art. 21): Fulfil deletes every subscription of the address from your lists and tells the person.',
    } as Record<string, string>,
    deadlineRule:
      'You must answer within one month of receipt. Extend once, before that date and with a reason, to three months; Reject only with a reason the person is told.',
    correction: 'Corrections',
    correctionHint: 'Fill in only what the person asked to correct.',
    newName: 'Corrected name',
    newEmail: 'Corrected email address',
    newCountry: 'Corrected country',
    correctionRequired: 'Enter at least one correction to fulfil a rectification request',
    reason: 'Reason', // contract
    reasonHint: 'Required to extend or reject; the person receives it.',
    reasonRequiredExtend: 'Enter a reason to extend the deadline',
    reasonRequiredReject: 'Enter a reason to reject the request',
    fulfil: 'Fulfil', // contract
    extend: 'Extend', // contract
    reject: 'Reject', // contract
    close: 'Close',
    viewerNote: 'Your role is Viewer: you can read requests, but only an Owner or Admin can answer them.',
    extendedOnce: 'The deadline was already extended once; it cannot be extended again.',
    answered: 'This request is answered; nothing more is to be done.',
    fulfilled: (reference: string) => `Request ${reference} fulfilled; the person was told.`,
    extended: (reference: string) => `The deadline of request ${reference} was extended.`,
    rejected: (reference: string) => `Request ${reference} rejected; the person was told why.`,
  },
  breaches: {
    title: 'Breach notices',
    intro:
      'Personal data breaches at the platform that affect your subscribers (Art. 33(2) GDPR). You decide whether to notify your supervisory authority, within 72 hours of discovery.',
    operatorOnly: 'Breach notices go to hosting customers: operators work in the console (Tenants).',
    none: 'No breach has affected your data.',
    nature: 'What happened',
    discovered: 'Discovered',
    occurred: 'Happened',
    occurredRange: (from: string, to: string) => `${from} to ${to}`,
    occurredFromOnly: (from: string) => `From ${from}; the end is not known yet`,
    occurredUnknown: 'Not known',
    notified: 'You were notified',
    deadline: 'Your deadline to notify the authority',
    categories: 'Data concerned',
    subjects: 'People affected',
    records: 'Records affected',
    lists: 'Lists affected',
    euEea: 'Of them in the EU/EEA',
    unknownCountry: 'Of them with unknown country',
    deletedEstimate: 'Records deleted since (estimate)',
    encrypted: 'Encrypted',
    yes: 'Yes',
    no: 'No',
    risk: 'Risk to people',
    consequences: 'Likely consequences',
    measures: 'Measures taken or proposed',
    contact: 'Contact for more information',
    acknowledge: 'Acknowledge', // contract
    acknowledgedAt: (when: string) => `Acknowledged on ${when}`,
    notAcknowledged: 'Not acknowledged yet',
    acknowledgedDone: 'Notice acknowledged.',
    viewerNote: 'Your role is Viewer: only an Owner or Admin can acknowledge a notice.',
    riskLevels: { UNLIKELY: 'Unlikely', RISK: 'Risk', HIGH: 'High risk' } as Record<string, string>,
    dataCategories: {
      EMAIL_ADDRESS: 'Email address',
      NAME: 'Name',
      COUNTRY: 'Country',
      FORMAT_PREFERENCE: 'Format preference',
      CONSENT_RECORD: 'Consent record',
      IP_ADDRESS: 'IP address',
      MESSAGE_CONTENT: 'Message content',
      PASSWORD_HASH: 'Password hash',
    } as Record<string, string>,
  },
  log: {
    title: 'Processing log',
    intro:
      'Every operation on personal data done for you, with its purpose, oldest first. The log holds no address or name.',
    operatorOnly: 'This is the hosting customers’ view: operators work in the console (Tenants).',
    filters: 'Filters',
    purpose: 'Purpose',
    anyPurpose: 'Any purpose',
    action: 'Action',
    actionHint: 'One operation, e.g. subscriber.add',
    from: 'From',
    to: 'Until',
    apply: 'Apply filters',
    clear: 'Clear filters',
    table: 'Processing log entries',
    total: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
    none: 'No entry matches.',
    colSeq: 'No.',
    colAt: 'Time',
    colPurpose: 'Purpose',
    colAction: 'Action',
    colActor: 'By',
    colSubjects: 'People',
    colDescription: 'Description',
    downloads: 'Downloads',
    downloadCsv: 'Download CSV',
    downloadJson: 'Download JSON',
    downloadsHint: 'The downloads hold every entry of the filtered view, not only this page.',
    downloadRecord: 'Download record of processing',
    recordHint:
      'The record the platform keeps for you as your processor (Art. 30(2) GDPR), as a Markdown document.',
    invalidTime: 'Enter a date and time',
    fromAfterTo: '“From” must not be after “Until”',
    actionShape: 'An action is a dotted word such as subscriber.add',
    purposes: {
      ORDER_PROCESSING: 'Order processing',
      INVOICING: 'Invoicing',
      PRICE_QUOTATION: 'Price quotation',
      SERVICE_DELIVERY: 'Service delivery',
      TECHNICAL_SUPPORT: 'Technical support',
      CUSTOMER_INQUIRY: 'Customer inquiry',
      GOVERNMENT_REPORTING: 'Government reporting',
      SECURITY: 'Security',
      LEGAL_OBLIGATION: 'Legal obligation',
      DATA_SUBJECT_REQUEST: 'Data-subject request',
      BREACH_RESPONSE: 'Breach response',
    } as Record<string, string>,
    actors: {
      OPERATOR: 'Platform operator',
      TENANT_USER: 'Your staff',
      DATA_SUBJECT: 'The person',
      SYSTEM: 'The system',
    } as Record<string, string>,
  },
  team: {
    title: 'Team',
    nav: 'Team',
    intro: 'The people of your organisation who use Steward, and what each may do.',
    readOnly: 'Only an owner changes the team.',
    operatorOnly: 'Teams belong to hosting customers: operators work in the console (Tenants).',
    table: 'Team members',
    colEmail: 'Email',
    colRole: 'Role',
    colStatus: 'Status',
    colLastSignIn: 'Last sign-in',
    colActions: 'Actions',
    never: 'Never',
    role: 'Role', // contract
    roles: { OWNER: 'Owner', ADMIN: 'Admin', VIEWER: 'Viewer' } as Record<string, string>, // contract
    status: { INVITED: 'Invited', ACTIVE: 'Active' } as Record<string, string>,
    roleChanged: (email: string, role: string) => `${email} is now ${role}.`,
    remove: 'Remove', // contract
    removeLabel: (email: string) => `Remove ${email}`,
    removeTitle: 'Remove this user?',
    removeBody: (email: string) =>
      `${email} loses access to Steward at once: their account and sessions end. This cannot be undone.`,
    removed: (email: string) => `${email} was removed.`,
    cancel: 'Cancel',
    invite: 'Invite user', // contract
    inviteTitle: 'Invite a user',
    inviteNote: 'We email them a link to choose a password. The link works once, for 7 days.',
    email: 'Email', // contract
    submit: 'Send invitation', // contract
    emailRequired: 'Enter an email address',
    invited: (email: string) => `An invitation is on its way to ${email}.`,
  },
  listSettings: {
    heading: 'Settings',
    titleField: 'Title', // contract
    titleRequired: 'Enter a title',
    description: 'Description',
    descriptionHint: 'What the list is about. Optional.',
    optIn: 'Opt-in', // contract
    optInHint: 'Double: people confirm by email before they get anything. Single: added at once.',
    consentWording: 'Consent wording',
    consentWordingHint: (version: number) =>
      `The text people agree to when they sign up; now version ${version}. A change makes a new version, and every consent record keeps the version the person saw.`,
    consentRequired: 'Enter the consent wording',
    fromName: 'From name',
    fromNameHint: 'The sender name subscribers see. Optional.',
    replyTo: 'Reply-to',
    replyToHint: 'Where replies go. Optional.',
    footer: 'Footer',
    footerHint: 'Plain text added above the unsubscribe and preferences links. Optional.',
    save: 'Save',
    saved: 'The settings were saved.',
    readOnly: 'You can read these settings; an owner or admin can change them.',
    dangerHeading: 'Delete this list',
    dangerBody:
      'Deleting the list removes every subscriber and deletes their personal data; queued messages and imports are cancelled. Only anonymous daily counts remain.',
    delete: 'Delete list', // contract: deleteList's confirmation repeats it
    deleteTitle: 'Delete this list?',
    deleteBody: (title: string, n: number) =>
      `“${title}” and its ${n === 1 ? '1 subscriber' : `${n} subscribers`} will be deleted, with their personal data. This cannot be undone.`,
    cancel: 'Cancel',
    deleted: (title: string) => `List “${title}” was deleted.`,
  },
  activity: {
    heading: 'Last 90 days',
    summary: (signups: number, confirmations: number, unsubscribes: number) =>
      `In the last 90 days: ${signups} sign-ups, ${confirmations} confirmations, ${unsubscribes} unsubscribes.`,
    table: 'Sign-ups, confirmations and unsubscribes per day, last 90 days (days with none left out)',
    colDate: 'Date',
    signups: 'Sign-ups',
    confirmations: 'Confirmations',
    unsubscribes: 'Unsubscribes',
  },
  subscriberSearch: {
    label: 'Search subscribers', // contract
    hint: 'An address, the beginning of one, or part of a name (at least 3 characters).',
    tooShort: 'Type at least 3 characters to search.',
    found: (n: number, capped = false) =>
      capped
        ? `More than ${n.toLocaleString('en')} matches`
        : n === 1
          ? '1 match'
          : `${n.toLocaleString('en')} matches`,
    none: 'No subscriber matches.',
  },
  subscriberSelect: {
    select: (email: string) => `Select ${email}`,
    removeSelected: 'Remove selected', // contract
    title: 'Remove the selected subscribers?',
    body: (n: number) =>
      `${n === 1 ? '1 subscriber is' : `${n} subscribers are`} taken off the list and their personal data is deleted. This cannot be undone.`,
    removed: (n: number) => (n === 1 ? '1 subscriber was removed.' : `${n} subscribers were removed.`),
    colSelect: 'Select',
  },
  subscriberEdit: {
    edit: 'Edit',
    editLabel: (email: string) => `Edit ${email}`,
    title: (email: string) => `Edit ${email}`,
    name: 'Name', // contract
    country: 'Country', // contract
    format: 'Format', // contract
    withdraw: 'Withdraw tracking consent',
    withdrawHint: 'Only the person can give tracking consent again, on their preferences page.',
    noTracking: 'This person has not given tracking consent.',
    save: 'Save',
    cancel: 'Cancel',
    saved: (email: string) => `${email} was updated.`,
    history: 'Consent history',
    colAt: 'When',
    colEvent: 'Event',
    colSource: 'Source',
    colWording: 'Wording',
    version: (v: number) => `Version ${v}`,
    event: {
      REQUESTED: 'Requested',
      CONFIRMED: 'Confirmed',
      ATTESTED: 'Attested',
      CHANGED: 'Changed',
      WITHDRAWN: 'Withdrawn',
    },
    loading: 'Loading the consent history',
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
  orgSettings: {
    title: 'Settings',
    nav: 'Settings',
    intro: 'Your organisation as Steward knows it, and the rules for everyone who signs in for it.',
    readOnly: 'You can read these settings; only an owner changes them.',
    viewerOnly: 'The organisation’s settings are for its owners and admins.',
    operatorOnly: 'Settings belong to hosting customers: operators work in the console (Tenants).',
    organisation: 'Organisation',
    slug: 'Organisation code',
    slugHint: 'What people type as Organisation when they sign in; it does not change.',
    name: 'Organisation name',
    nameHint: 'Shown to your staff in the portal and to subscribers as the controller of their data.',
    nameRequired: 'Enter the organisation name',
    dpoEmail: 'DPO email',
    dpoEmailHint:
      'Your data-protection contact: data-subject tasks and breach notices are sent to this address.',
    dpoEmailRequired: 'Enter the DPO email address',
    security: 'Security',
    requireTwoFactor: 'Require two-factor authentication',
    requireTwoFactorHint:
      'Everyone of your organisation then signs in with a one-time code from an authenticator app as well. People who have not set up two-factor authentication yet are sent to set it up when they next use Steward, and can do nothing else until they have.',
    selfWithoutTwoFactor:
      'You have not set up two-factor authentication yourself: once this is saved, you are sent to set it up too.',
    save: 'Save',
    saved: 'The settings were saved.',
    nothingChanged: 'Nothing was changed.',
    sendingDomains: 'Sending domains',
    sendingDomainsLater:
      'Sending domains (your own domain as the sender of list messages, with DKIM, SPF and DMARC records) are not in the portal yet; until then messages go out with the platform’s sender address.',
    records: 'Records',
    downloadRecord: 'Download record of processing',
    recordHint:
      'The record the platform keeps for you as your processor (Art. 30(2) GDPR), as a Markdown document.',
  },
  notForAccount: {
    title: 'Not for your account',
    operatorBody:
      'This page belongs to hosting customers’ staff. As a platform operator you manage tenants instead.',
    tenantBody: 'This page is for platform operators. Your account belongs to an organisation.',
    home: 'Go to your start page',
  },
  operatorGate: {
    title: 'Two-factor authentication first',
    intro:
      'Platform operators must use two-factor authentication. Set it up below; the console opens once it is on.',
  },
  operator: {
    tenantsNav: 'Tenants',
    tenantsTitle: 'Tenants',
    tenantsTable: 'Tenants',
    intro:
      'Every hosting customer on the platform. Open one to see its users and to suspend, reactivate or offboard it.',
    none: 'There are no tenants yet.',
    countsMissing: 'Counts of lists, subscribers and open tasks are not offered by the API yet.',
    colName: 'Name',
    colSlug: 'Slug',
    colService: 'Service',
    colStatus: 'Status',
    colCreated: 'Created',
    status: { ACTIVE: 'Active', SUSPENDED: 'Suspended', OFFBOARDED: 'Offboarded' },
    service: { LISTPLEX: 'ListPlex', EASE: 'EASE' }, // contract
    newTenant: 'New tenant', // contract
    newTenantTitle: 'New tenant',
    slug: 'Slug', // contract
    slugHint:
      '2 to 40 characters: a-z, 0-9 and -. Staff type it as Organisation when they sign in; it does not change.',
    name: 'Name', // contract
    serviceField: 'Service', // contract
    dpoEmail: 'DPO email', // contract
    dpoEmailHint: 'Where data-subject tasks and breach notices are sent.',
    create: 'Create', // contract
    cancel: 'Cancel',
    slugRequired: 'Enter a slug',
    nameRequired: 'Enter a name',
    dpoEmailRequired: 'Enter the DPO email address',
    created: (name: string) => `Tenant “${name}” created.`,
    back: 'All tenants',
    notFound: 'This tenant does not exist.',
    details: 'Details',
    dpo: 'DPO',
    createdAt: 'Created',
    twoFactor: 'Two-factor authentication',
    twoFactorRequired: 'Required for its users',
    twoFactorOptional: 'Optional',
    suspendedSince: (at: string) => `Suspended since ${at}`,
    reason: 'Reason', // contract
    users: 'Users',
    usersTable: 'Users of this tenant',
    noUsers: 'This tenant has no users yet.',
    colEmail: 'Email',
    colRole: 'Role',
    colLastSignIn: 'Last sign-in',
    never: 'Never',
    userStatus: { ACTIVE: 'Active', INVITED: 'Invited' },
    roles: { OWNER: 'Owner', ADMIN: 'Admin', VIEWER: 'Viewer' },
    listsMissing: 'The tenant’s lists and their counts are not offered to operators by the API yet.',
    records: 'Records',
    downloadRecord: 'Download record of processing',
    recordHint:
      'The record the platform keeps as this tenant’s processor (Art. 30(2) GDPR), as a Markdown document.',
    actions: 'Actions',
    suspend: 'Suspend', // contract
    suspendTitle: 'Suspend this tenant',
    suspendBody: (name: string) =>
      `While “${name}” is suspended its users cannot sign in, nothing is sent and sign-ups are refused. Its data is kept.`,
    reasonHint: 'Why, in a few words (up to 500 characters). The tenant’s record keeps it.',
    reasonRequired: 'Enter the reason',
    suspended: (name: string) => `Tenant “${name}” suspended.`,
    reactivate: 'Reactivate', // contract
    reactivated: (name: string) => `Tenant “${name}” reactivated.`,
    offboard: 'Offboard', // contract
    offboardTitle: 'Offboard this tenant',
    offboardBody: (name: string) =>
      `Offboarding ends the service of “${name}” at once: its users cannot sign in and nothing is sent. Its data is exported to its DPO, then deleted. This cannot be undone.`,
    offboardSlug: 'Slug', // contract
    offboardSlugHint: (slug: string) => `Type ${slug} to confirm.`,
    offboardSlugMismatch: 'The slug does not match this tenant',
    offboarding: 'Offboarding: exporting the data to the DPO, then deleting it…',
    offboardingProgress: 'Offboarding',
    offboardedAt: (at: string) => `Offboarded ${at}.`,
    dataDeletedAt: (at: string) => `Data exported to the DPO and deleted ${at}.`,
  },
  operators: {
    nav: 'Operators',
    title: 'Operators',
    table: 'Platform operators',
    colEmail: 'Email',
    colStatus: 'Status',
    colTwoFactor: 'Two-factor authentication',
    colLastSignIn: 'Last sign-in',
    twoFactorOn: 'On',
    twoFactorOff: 'Off',
    invite: 'Invite operator',
    inviteTitle: 'Invite an operator',
    inviteNote:
      'The address gets a link to choose a password, valid for 7 days. The new operator then sets up two-factor authentication.',
    email: 'Email',
    emailRequired: 'Enter the email address',
    submit: 'Send invitation',
    invited: (email: string) => `Invitation sent to ${email}.`,
  },
  operatorRequests: {
    nav: 'Requests',
    title: 'Data-subject requests',
    intro:
      'Every request across the controllers, with no personal data: references, rights, dates and task counts. A request is due one calendar month after receipt; a controller may extend it by two further months (Art. 12(3)).',
    countsHeading: 'By status',
    overdueCount: 'Overdue',
    statuses: {
      AWAITING_VERIFICATION: 'Awaiting verification',
      ROUTING: 'Routing',
      ROUTED: 'With the controllers',
      COMPLETED: 'Completed',
      NO_DATA_HELD: 'No data held',
      EXPIRED: 'Expired',
    } as Record<string, string>,
    tableHeading: 'Requests',
    table: 'Data-subject requests, overdue first',
    filter: 'Status',
    allStatuses: 'All statuses',
    colReference: 'Reference',
    colRight: 'Right',
    colStatus: 'Status',
    colReceived: 'Received',
    colDue: 'Due',
    colTasks: 'Tasks',
    colOverdue: 'Overdue tasks',
    overdueBadge: 'Overdue',
    none: 'No requests with this status.',
    limit: 'The newest 1,000 requests are listed.',
    weeksHeading: 'Requests per week',
    weeksSummary: (weeks: number, received: number, completed: number) =>
      `In the last ${weeks} weeks: ${received} received, ${completed} answered.`,
    weeksTable: 'Requests received and answered per week',
    colWeek: 'Week',
    received: 'Received',
    completed: 'Answered',
    answerHeading: 'Answer times',
    answerSummary: (answered: number, late: number, extended: number) =>
      `${answered} answered in this period; ${late} after their due date; ${extended} extended by a controller.`,
    answerTable: 'Answered requests by days from receipt to answer',
    colDays: 'Days to answer',
    colCount: 'Requests',
    days: (label: string) => `${label} days`,
    withinMonth: 'Within one month',
    afterMonth: 'After one month',
    deadline: 'One-month deadline',
    deadlineNote:
      'The one-month deadline falls after day 28 to 31, depending on the month: bars after the line were answered later than a month, which is lawful only where a controller extended the deadline.',
  },
};

export type Messages = typeof en;
