/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      role\n      tenantRole\n      tenant {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation StartSession(\n    $email: String!\n    $password: String!\n    $tenant: String\n    $otp: String\n    $remember: Boolean\n  ) {\n    startSession(email: $email, password: $password, tenant: $tenant, otp: $otp, remember: $remember) {\n      id\n      email\n      role\n      tenantRole\n      tenant {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.StartSessionDocument,
    "\n  mutation EndSession {\n    endSession\n  }\n": typeof types.EndSessionDocument,
    "\n  query Lists {\n    lists {\n      id\n      name\n      title\n      optIn\n      confirmedCount\n      pendingCount\n    }\n  }\n": typeof types.ListsDocument,
    "\n  query List($id: ID!) {\n    list(id: $id) {\n      id\n      name\n      title\n      optIn\n      createdAt\n      confirmedCount\n      pendingCount\n    }\n  }\n": typeof types.ListDocument,
    "\n  mutation CreateList($input: CreateListInput!) {\n    createList(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateListDocument,
    "\n  query Subscribers($listId: ID!, $first: Int, $after: String) {\n    subscribers(listId: $listId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        status\n        requestedAt\n      }\n    }\n  }\n": typeof types.SubscribersDocument,
    "\n  mutation AddSubscriber($listId: ID!, $input: SubscriberInput!) {\n    addSubscriber(listId: $listId, input: $input) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.AddSubscriberDocument,
    "\n  mutation RemoveSubscriber($id: ID!) {\n    removeSubscriber(id: $id)\n  }\n": typeof types.RemoveSubscriberDocument,
    "\n  query Deliveries($listId: ID!) {\n    deliveries(listId: $listId) {\n      id\n      status\n      createdAt\n      recipients\n      sent\n      failed\n    }\n  }\n": typeof types.DeliveriesDocument,
    "\n  mutation SendListMessage($listId: ID!, $input: MessageInput!) {\n    sendListMessage(listId: $listId, input: $input) {\n      id\n      status\n      recipients\n    }\n  }\n": typeof types.SendListMessageDocument,
    "\n  query SubscriberImport($id: ID!) {\n    subscriberImport(id: $id) {\n      id\n      status\n      progress {\n        processed\n        total\n      }\n      report {\n        rows\n        added\n        alreadyPresent\n        suppressed\n        invalid\n        invalidLines {\n          line\n          reason\n        }\n      }\n      error\n    }\n  }\n": typeof types.SubscriberImportDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      role\n      tenantRole\n      tenant {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation StartSession(\n    $email: String!\n    $password: String!\n    $tenant: String\n    $otp: String\n    $remember: Boolean\n  ) {\n    startSession(email: $email, password: $password, tenant: $tenant, otp: $otp, remember: $remember) {\n      id\n      email\n      role\n      tenantRole\n      tenant {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.StartSessionDocument,
    "\n  mutation EndSession {\n    endSession\n  }\n": types.EndSessionDocument,
    "\n  query Lists {\n    lists {\n      id\n      name\n      title\n      optIn\n      confirmedCount\n      pendingCount\n    }\n  }\n": types.ListsDocument,
    "\n  query List($id: ID!) {\n    list(id: $id) {\n      id\n      name\n      title\n      optIn\n      createdAt\n      confirmedCount\n      pendingCount\n    }\n  }\n": types.ListDocument,
    "\n  mutation CreateList($input: CreateListInput!) {\n    createList(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateListDocument,
    "\n  query Subscribers($listId: ID!, $first: Int, $after: String) {\n    subscribers(listId: $listId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        status\n        requestedAt\n      }\n    }\n  }\n": types.SubscribersDocument,
    "\n  mutation AddSubscriber($listId: ID!, $input: SubscriberInput!) {\n    addSubscriber(listId: $listId, input: $input) {\n      id\n      email\n      status\n    }\n  }\n": types.AddSubscriberDocument,
    "\n  mutation RemoveSubscriber($id: ID!) {\n    removeSubscriber(id: $id)\n  }\n": types.RemoveSubscriberDocument,
    "\n  query Deliveries($listId: ID!) {\n    deliveries(listId: $listId) {\n      id\n      status\n      createdAt\n      recipients\n      sent\n      failed\n    }\n  }\n": types.DeliveriesDocument,
    "\n  mutation SendListMessage($listId: ID!, $input: MessageInput!) {\n    sendListMessage(listId: $listId, input: $input) {\n      id\n      status\n      recipients\n    }\n  }\n": types.SendListMessageDocument,
    "\n  query SubscriberImport($id: ID!) {\n    subscriberImport(id: $id) {\n      id\n      status\n      progress {\n        processed\n        total\n      }\n      report {\n        rows\n        added\n        alreadyPresent\n        suppressed\n        invalid\n        invalidLines {\n          line\n          reason\n        }\n      }\n      error\n    }\n  }\n": types.SubscriberImportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      role\n      tenantRole\n      tenant {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSession(\n    $email: String!\n    $password: String!\n    $tenant: String\n    $otp: String\n    $remember: Boolean\n  ) {\n    startSession(email: $email, password: $password, tenant: $tenant, otp: $otp, remember: $remember) {\n      id\n      email\n      role\n      tenantRole\n      tenant {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StartSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession {\n    endSession\n  }\n"): typeof import('./graphql').EndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lists {\n    lists {\n      id\n      name\n      title\n      optIn\n      confirmedCount\n      pendingCount\n    }\n  }\n"): typeof import('./graphql').ListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query List($id: ID!) {\n    list(id: $id) {\n      id\n      name\n      title\n      optIn\n      createdAt\n      confirmedCount\n      pendingCount\n    }\n  }\n"): typeof import('./graphql').ListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateList($input: CreateListInput!) {\n    createList(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CreateListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Subscribers($listId: ID!, $first: Int, $after: String) {\n    subscribers(listId: $listId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        status\n        requestedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SubscribersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSubscriber($listId: ID!, $input: SubscriberInput!) {\n    addSubscriber(listId: $listId, input: $input) {\n      id\n      email\n      status\n    }\n  }\n"): typeof import('./graphql').AddSubscriberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSubscriber($id: ID!) {\n    removeSubscriber(id: $id)\n  }\n"): typeof import('./graphql').RemoveSubscriberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries($listId: ID!) {\n    deliveries(listId: $listId) {\n      id\n      status\n      createdAt\n      recipients\n      sent\n      failed\n    }\n  }\n"): typeof import('./graphql').DeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendListMessage($listId: ID!, $input: MessageInput!) {\n    sendListMessage(listId: $listId, input: $input) {\n      id\n      status\n      recipients\n    }\n  }\n"): typeof import('./graphql').SendListMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriberImport($id: ID!) {\n    subscriberImport(id: $id) {\n      id\n      status\n      progress {\n        processed\n        total\n      }\n      report {\n        rows\n        added\n        alreadyPresent\n        suppressed\n        invalid\n        invalidLines {\n          line\n          reason\n        }\n      }\n      error\n    }\n  }\n"): typeof import('./graphql').SubscriberImportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
