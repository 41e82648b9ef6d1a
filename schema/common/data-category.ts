/**
 * Every kind of personal data Steward processes: the one list that the processing log, the record of
 * processing (Art. 30(2)), offboarding exports and breach reports name. A breach report can name the
 * first eight (the API's `DataCategory` enum, `BreachDataCategory`); the last two appear only in the
 * log and the record.
 */
export enum DataCategory {
  EMAIL_ADDRESS = 'EMAIL_ADDRESS',
  NAME = 'NAME',
  COUNTRY = 'COUNTRY',
  FORMAT_PREFERENCE = 'FORMAT_PREFERENCE',
  CONSENT_RECORD = 'CONSENT_RECORD',
  IP_ADDRESS = 'IP_ADDRESS',
  MESSAGE_CONTENT = 'MESSAGE_CONTENT',
  PASSWORD_HASH = 'PASSWORD_HASH',
  REQUEST_DETAILS = 'REQUEST_DETAILS',
  USER_AGENT = 'USER_AGENT',
}

/** How the record of processing describes each category. */
export const DATA_CATEGORY_WORDS: Record<DataCategory, string> = {
  [DataCategory.EMAIL_ADDRESS]: 'email addresses of subscribers and of the customer’s contacts',
  [DataCategory.NAME]: 'names subscribers give',
  [DataCategory.COUNTRY]: 'country (ISO 3166-1 code)',
  [DataCategory.FORMAT_PREFERENCE]: 'preferred format (text or HTML) and tracking consent',
  [DataCategory.CONSENT_RECORD]: 'consent records: what was consented to, when and how',
  [DataCategory.IP_ADDRESS]: 'IP addresses (consent records of sign-ups; web access logs)',
  [DataCategory.MESSAGE_CONTENT]: 'content of list messages and of mail sent for the customer',
  [DataCategory.PASSWORD_HASH]: 'password hashes of the customer’s staff',
  [DataCategory.REQUEST_DETAILS]: 'what a data subject wrote in a request',
  [DataCategory.USER_AGENT]: 'browser user-agent strings',
};

/** What a customer's subscription records hold. */
export const SUBSCRIPTION_DATA: readonly DataCategory[] = [
  DataCategory.EMAIL_ADDRESS,
  DataCategory.NAME,
  DataCategory.COUNTRY,
  DataCategory.FORMAT_PREFERENCE,
  DataCategory.CONSENT_RECORD,
  DataCategory.IP_ADDRESS,
];
/** What Steward processes for every customer: the subscriptions and the messages sent to them. */
export const SERVICE_DATA: readonly DataCategory[] = [...SUBSCRIPTION_DATA, DataCategory.MESSAGE_CONTENT];
/** Everything a customer's account holds, its staff's password hashes included. */
export const CUSTOMER_DATA: readonly DataCategory[] = [...SERVICE_DATA, DataCategory.PASSWORD_HASH];
