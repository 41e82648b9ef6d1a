import type { Response } from 'express';
import type { Authenticated } from '../schema/common/http';

/** What Apollo hands every resolver: the authenticated request, and its response's headers. */
export interface GraphQLContext extends Authenticated {
  /** the HTTP response, for the headers a resolver sets: the session cookie (startSession, endSession) */
  res: Pick<Response, 'append'>;
}
