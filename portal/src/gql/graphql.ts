/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateListInput = {
  /** LISTSERV style, e.g. NEWS-L: letters, digits, - _ . (stored upper-case) */
  name: string;
  optIn?: OptInMode | null | undefined;
  title: string;
};

export type DeliveryStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

export type ImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type MessageFormat =
  | 'HTML'
  | 'TEXT';

export type MessageInput = {
  /** an HTML body, sent only to subscribers who chose HTML */
  html?: string | null | undefined;
  subject: string;
  /** the plain-text body: every subscriber gets it */
  text: string;
};

export type OptInMode =
  | 'DOUBLE'
  | 'SINGLE';

export type Role =
  | 'OPERATOR'
  | 'TENANT_USER';

export type SubscriberInput = {
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  email: string;
  format?: MessageFormat | null | undefined;
  name?: string | null | undefined;
  trackingConsent?: boolean | null | undefined;
};

export type SubscriberStatus =
  | 'CONFIRMED'
  | 'PENDING';

export type TenantRole =
  | 'ADMIN'
  | 'OWNER'
  | 'VIEWER';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, email: string, role: Role, tenantRole: TenantRole | null, tenant: { id: string, slug: string, name: string } | null } };

export type StartSessionMutationVariables = Exact<{
  email: string;
  password: string;
  tenant?: string | null | undefined;
  otp?: string | null | undefined;
  remember?: boolean | null | undefined;
}>;


export type StartSessionMutation = { startSession: { id: string, email: string, role: Role, tenantRole: TenantRole | null, tenant: { id: string, slug: string, name: string } | null } };

export type EndSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type EndSessionMutation = { endSession: boolean };

export type ListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListsQuery = { lists: Array<{ id: string, name: string, title: string, optIn: OptInMode, confirmedCount: number, pendingCount: number }> };

export type ListQueryVariables = Exact<{
  id: string;
}>;


export type ListQuery = { list: { id: string, name: string, title: string, optIn: OptInMode, createdAt: string, confirmedCount: number, pendingCount: number } | null };

export type CreateListMutationVariables = Exact<{
  input: CreateListInput;
}>;


export type CreateListMutation = { createList: { id: string, title: string } };

export type SubscribersQueryVariables = Exact<{
  listId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SubscribersQuery = { subscribers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, email: string, name: string | null, country: string | null, format: MessageFormat, status: SubscriberStatus, requestedAt: string }> } };

export type AddSubscriberMutationVariables = Exact<{
  listId: string;
  input: SubscriberInput;
}>;


export type AddSubscriberMutation = { addSubscriber: { id: string, email: string, status: SubscriberStatus } };

export type RemoveSubscriberMutationVariables = Exact<{
  id: string;
}>;


export type RemoveSubscriberMutation = { removeSubscriber: boolean };

export type DeliveriesQueryVariables = Exact<{
  listId: string;
}>;


export type DeliveriesQuery = { deliveries: Array<{ id: string, status: DeliveryStatus, createdAt: string, recipients: number, sent: number, failed: number }> };

export type SendListMessageMutationVariables = Exact<{
  listId: string;
  input: MessageInput;
}>;


export type SendListMessageMutation = { sendListMessage: { id: string, status: DeliveryStatus, recipients: number } };

export type SubscriberImportQueryVariables = Exact<{
  id: string;
}>;


export type SubscriberImportQuery = { subscriberImport: { id: string, status: ImportStatus, error: string | null, progress: { processed: number, total: number }, report: { rows: number, added: number, alreadyPresent: number, suppressed: number, invalid: number, invalidLines: Array<{ line: number, reason: string }> } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    email
    role
    tenantRole
    tenant {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const StartSessionDocument = new TypedDocumentString(`
    mutation StartSession($email: String!, $password: String!, $tenant: String, $otp: String, $remember: Boolean) {
  startSession(
    email: $email
    password: $password
    tenant: $tenant
    otp: $otp
    remember: $remember
  ) {
    id
    email
    role
    tenantRole
    tenant {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StartSessionMutation, StartSessionMutationVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession {
  endSession
}
    `) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;
export const ListsDocument = new TypedDocumentString(`
    query Lists {
  lists {
    id
    name
    title
    optIn
    confirmedCount
    pendingCount
  }
}
    `) as unknown as TypedDocumentString<ListsQuery, ListsQueryVariables>;
export const ListDocument = new TypedDocumentString(`
    query List($id: ID!) {
  list(id: $id) {
    id
    name
    title
    optIn
    createdAt
    confirmedCount
    pendingCount
  }
}
    `) as unknown as TypedDocumentString<ListQuery, ListQueryVariables>;
export const CreateListDocument = new TypedDocumentString(`
    mutation CreateList($input: CreateListInput!) {
  createList(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateListMutation, CreateListMutationVariables>;
export const SubscribersDocument = new TypedDocumentString(`
    query Subscribers($listId: ID!, $first: Int, $after: String) {
  subscribers(listId: $listId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      email
      name
      country
      format
      status
      requestedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SubscribersQuery, SubscribersQueryVariables>;
export const AddSubscriberDocument = new TypedDocumentString(`
    mutation AddSubscriber($listId: ID!, $input: SubscriberInput!) {
  addSubscriber(listId: $listId, input: $input) {
    id
    email
    status
  }
}
    `) as unknown as TypedDocumentString<AddSubscriberMutation, AddSubscriberMutationVariables>;
export const RemoveSubscriberDocument = new TypedDocumentString(`
    mutation RemoveSubscriber($id: ID!) {
  removeSubscriber(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveSubscriberMutation, RemoveSubscriberMutationVariables>;
export const DeliveriesDocument = new TypedDocumentString(`
    query Deliveries($listId: ID!) {
  deliveries(listId: $listId) {
    id
    status
    createdAt
    recipients
    sent
    failed
  }
}
    `) as unknown as TypedDocumentString<DeliveriesQuery, DeliveriesQueryVariables>;
export const SendListMessageDocument = new TypedDocumentString(`
    mutation SendListMessage($listId: ID!, $input: MessageInput!) {
  sendListMessage(listId: $listId, input: $input) {
    id
    status
    recipients
  }
}
    `) as unknown as TypedDocumentString<SendListMessageMutation, SendListMessageMutationVariables>;
export const SubscriberImportDocument = new TypedDocumentString(`
    query SubscriberImport($id: ID!) {
  subscriberImport(id: $id) {
    id
    status
    progress {
      processed
      total
    }
    report {
      rows
      added
      alreadyPresent
      suppressed
      invalid
      invalidLines {
        line
        reason
      }
    }
    error
  }
}
    `) as unknown as TypedDocumentString<SubscriberImportQuery, SubscriberImportQueryVariables>;