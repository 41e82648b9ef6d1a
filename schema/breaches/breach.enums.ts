import { registerEnumType } from 'type-graphql';
import { DataCategory } from '../common/data-category';

/** The kinds of personal data a breach report can name: the API's `DataCategory` enum, a part of the one list. */
export const BreachDataCategory = {
  EMAIL_ADDRESS: DataCategory.EMAIL_ADDRESS,
  NAME: DataCategory.NAME,
  COUNTRY: DataCategory.COUNTRY,
  FORMAT_PREFERENCE: DataCategory.FORMAT_PREFERENCE,
  CONSENT_RECORD: DataCategory.CONSENT_RECORD,
  IP_ADDRESS: DataCategory.IP_ADDRESS,
  MESSAGE_CONTENT: DataCategory.MESSAGE_CONTENT,
  PASSWORD_HASH: DataCategory.PASSWORD_HASH,
} as const;
export type BreachDataCategory = (typeof BreachDataCategory)[keyof typeof BreachDataCategory];
registerEnumType(BreachDataCategory, { name: 'DataCategory' });

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
