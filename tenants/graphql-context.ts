import type { RequestContext } from './request-context';

/** What Apollo hands every resolver. */
export interface GraphQLContext {
  ctx: RequestContext;
  /** why a bearer token was refused; reported when a field needs a signed-in caller */
  authError?: string;
}
