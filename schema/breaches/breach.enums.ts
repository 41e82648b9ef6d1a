import { registerEnumType } from 'type-graphql';

/** What kinds of personal data a breach exposed. */
export enum DataCategory {
  EMAIL_ADDRESS = 'EMAIL_ADDRESS',
  NAME = 'NAME',
  COUNTRY = 'COUNTRY',
  FORMAT_PREFERENCE = 'FORMAT_PREFERENCE',
  CONSENT_RECORD = 'CONSENT_RECORD',
  IP_ADDRESS = 'IP_ADDRESS',
  MESSAGE_CONTENT = 'MESSAGE_CONTENT',
  PASSWORD_HASH = 'PASSWORD_HASH',
}
registerEnumType(DataCategory, { name: 'DataCategory' });

export enum BreachStatus {
  ANALYZING = 'ANALYZING',
  /** analysis done, notices held for review */
  ANALYZED = 'ANALYZED',
  /** every affected controller has been sent its notice */
  NOTIFIED = 'NOTIFIED',
  CLOSED = 'CLOSED',
}
registerEnumType(BreachStatus, { name: 'BreachStatus' });

export enum RiskLevel {
  UNLIKELY = 'UNLIKELY',
  RISK = 'RISK',
  HIGH = 'HIGH',
}
registerEnumType(RiskLevel, { name: 'RiskLevel' });

/** The steps of an incident's timeline (Art. 33(5) documentation). */
export enum BreachEventKind {
  DISCOVERED = 'DISCOVERED',
  REPORTED = 'REPORTED',
  ANALYSIS_STARTED = 'ANALYSIS_STARTED',
  ANALYSIS_FINISHED = 'ANALYSIS_FINISHED',
  NOTICES_RELEASED = 'NOTICES_RELEASED',
  NOTICE_SENT = 'NOTICE_SENT',
  NOTICE_ACKNOWLEDGED = 'NOTICE_ACKNOWLEDGED',
  REANALYSIS_REQUESTED = 'REANALYSIS_REQUESTED',
  CLOSED = 'CLOSED',
}
registerEnumType(BreachEventKind, { name: 'BreachEventKind' });
