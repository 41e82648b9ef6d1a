import { registerEnumType } from 'type-graphql';

/** An account's state: invited (the invitation mailed, no password yet) or active. */
export enum UserStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
}
registerEnumType(UserStatus, { name: 'UserStatus' });
