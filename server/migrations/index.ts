import { Foundation1764028800000 } from './1764028800000-foundation';
import { ListsSubscribers1764201600000 } from './1764201600000-lists-subscribers';
import { Deliveries1764288000000 } from './1764288000000-deliveries';
import { JobCheckpoints1764374400000 } from './1764374400000-job-checkpoints';
import { DataSubjectRequests1764460800000 } from './1764460800000-data-subject-requests';
import { Offboarding1764547200000 } from './1764547200000-offboarding';
import { Audit1764633600000 } from './1764633600000-audit';
import { Breaches1764720000000 } from './1764720000000-breaches';
import { SessionVersions1764806400000 } from './1764806400000-session-versions';
import { CanonicalAddresses1764892800000 } from './1764892800000-canonical-addresses';
import { BreachJustification1764979200000 } from './1764979200000-breach-justification';
import { StatusLinkExpiry1765065600000 } from './1765065600000-status-link-expiry';
import { VerifyMailLimit1765152000000 } from './1765152000000-verify-mail-limit';
import { Sessions1765238400000 } from './1765238400000-sessions';
import { ListSettings1765324800000 } from './1765324800000-list-settings';
import { Team1765411200000 } from './1765411200000-team';
import { SubscriberSearch1765497600000 } from './1765497600000-subscriber-search';
import { ImportChunks1765584000000 } from './1765584000000-import-chunks';
import { Messages1765670400000 } from './1765670400000-messages';
import { TwoFactorPasswordReset1765843200000 } from './1765843200000-two-factor-password-reset';
import { RequestLanguage1765929600000 } from './1765929600000-request-language';
import { Preferences1766016000000 } from './1766016000000-preferences';
import { AltchaSpent1766102400000 } from './1766102400000-altcha-spent';
import { OperatorConsole1766275200000 } from './1766275200000-operator-console';
import { RequestStats1766361600000 } from './1766361600000-request-stats';

/** Every migration, oldest first. New schema changes append a class here; never edit a landed one. */
export const MIGRATIONS = [
  Foundation1764028800000,
  ListsSubscribers1764201600000,
  Deliveries1764288000000,
  JobCheckpoints1764374400000,
  DataSubjectRequests1764460800000,
  Offboarding1764547200000,
  Audit1764633600000,
  Breaches1764720000000,
  SessionVersions1764806400000,
  CanonicalAddresses1764892800000,
  BreachJustification1764979200000,
  StatusLinkExpiry1765065600000,
  VerifyMailLimit1765152000000,
  Sessions1765238400000,
  ListSettings1765324800000,
  Team1765411200000,
  SubscriberSearch1765497600000,
  ImportChunks1765584000000,
  Messages1765670400000,
  TwoFactorPasswordReset1765843200000,
  RequestLanguage1765929600000,
  Preferences1766016000000,
  AltchaSpent1766102400000,
  OperatorConsole1766275200000,
  RequestStats1766361600000,
];
