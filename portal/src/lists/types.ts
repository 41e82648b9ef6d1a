import type { ListQuery } from '../gql/graphql';

/** The list a list page shows. */
export type ListView = NonNullable<ListQuery['list']>;
