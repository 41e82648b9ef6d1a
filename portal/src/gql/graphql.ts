/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActorType =
  | 'DATA_SUBJECT'
  | 'OPERATOR'
  | 'SYSTEM'
  | 'TENANT_USER';

export type ConsentEvent =
  | 'ATTESTED'
  | 'CHANGED'
  | 'CONFIRMED'
  | 'REQUESTED'
  | 'WITHDRAWN';

export type CreateListInput = {
  /** LISTSERV style, e.g. NEWS-L: letters, digits, - _ . (stored upper-case) */
  name: string;
  optIn?: OptInMode | null | undefined;
  title: string;
};

export type CreateTenantInput = {
  /** where data-subject tasks and breach notices are sent */
  dpoEmail: string;
  name: string;
  service: HostingService;
  /** [a-z0-9-]{2,40}, unique */
  slug: string;
};

export type DataCategory =
  | 'CONSENT_RECORD'
  | 'COUNTRY'
  | 'EMAIL_ADDRESS'
  | 'FORMAT_PREFERENCE'
  | 'IP_ADDRESS'
  | 'MESSAGE_CONTENT'
  | 'NAME'
  | 'PASSWORD_HASH';

export type DeliveryStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'SCHEDULED'
  | 'SENDING'
  | 'SENT';

export type HostingService =
  | 'EASE'
  | 'LISTPLEX';

export type ImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type InviteTenantUserInput = {
  email: string;
  role: TenantRole;
  tenantId: string;
};

export type MessageFormat =
  | 'HTML'
  | 'TEXT';

export type MessageInput = {
  /** an HTML body, sent only to subscribers who chose HTML */
  html?: string | null | undefined;
  /** later than now, at most 90 days ahead: the delivery waits SCHEDULED */
  scheduledFor?: string | null | undefined;
  subject: string;
  /** the plain-text body: every subscriber gets it */
  text: string;
};

export type OptInMode =
  | 'DOUBLE'
  | 'SINGLE';

export type ProcessingLogFilter = {
  /** one action, e.g. subscriber.inspect */
  action?: string | null | undefined;
  actorType?: ActorType | null | undefined;
  /** entries at or after this time */
  from?: string | null | undefined;
  purpose?: ProcessingPurpose | null | undefined;
  /** operators only; a tenant user always sees its own tenant */
  tenantId?: string | null | undefined;
  /** entries before this time */
  to?: string | null | undefined;
};

export type ProcessingPurpose =
  | 'BREACH_RESPONSE'
  | 'CUSTOMER_INQUIRY'
  | 'DATA_SUBJECT_REQUEST'
  | 'GOVERNMENT_REPORTING'
  | 'INVOICING'
  | 'LEGAL_OBLIGATION'
  | 'ORDER_PROCESSING'
  | 'PRICE_QUOTATION'
  | 'SECURITY'
  | 'SERVICE_DELIVERY'
  | 'TECHNICAL_SUPPORT';

export type RectificationInput = {
  country?: string | null | undefined;
  email?: string | null | undefined;
  name?: string | null | undefined;
};

export type RequestStatus =
  | 'AWAITING_VERIFICATION'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'NO_DATA_HELD'
  | 'ROUTED'
  | 'ROUTING';

export type RightType =
  | 'ACCESS'
  | 'ERASURE'
  | 'OBJECTION'
  | 'PORTABILITY'
  | 'RECTIFICATION'
  | 'RESTRICTION';

export type RiskLevel =
  | 'HIGH'
  | 'RISK'
  | 'UNLIKELY';

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

export type TaskDecision =
  | 'EXTEND'
  | 'FULFILL'
  | 'REJECT';

export type TaskResponseInput = {
  decision: TaskDecision;
  /** required for REJECT and EXTEND */
  reason?: string | null | undefined;
  /** required for FULFILL of a RECTIFICATION task */
  rectification?: RectificationInput | null | undefined;
  taskId: string;
};

export type TaskStatus =
  | 'EXTENDED'
  | 'FULFILLED'
  | 'PENDING'
  | 'REJECTED';

export type TenantRole =
  | 'ADMIN'
  | 'OWNER'
  | 'VIEWER';

export type TenantStatus =
  | 'ACTIVE'
  | 'OFFBOARDED'
  | 'SUSPENDED';

export type UpdateListInput = {
  /** every change makes a new version */
  consentWording?: string | null | undefined;
  description?: string | null | undefined;
  footer?: string | null | undefined;
  /** an address on one of the tenant's VERIFIED sending domains, or null (platform sender) */
  fromAddress?: string | null | undefined;
  fromName?: string | null | undefined;
  optIn?: OptInMode | null | undefined;
  replyTo?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateSubscriberInput = {
  /** ISO 3166-1 alpha-2; empty or null clears it */
  country?: string | null | undefined;
  format?: MessageFormat | null | undefined;
  /** empty or null clears it */
  name?: string | null | undefined;
  /** staff may only withdraw it (false); only the person can give it */
  trackingConsent?: boolean | null | undefined;
};

export type UpdateTenantInput = {
  /** where data-subject tasks and breach notices are sent */
  dpoEmail?: string | null | undefined;
  /** 1-200 characters */
  name?: string | null | undefined;
  /** the tenant's users must sign in with a one-time code */
  requireTwoFactor?: boolean | null | undefined;
};

export type UserStatus =
  | 'ACTIVE'
  | 'INVITED';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, email: string, role: Role, tenantRole: TenantRole | null, twoFactorEnabled: boolean, tenant: { id: string, slug: string, name: string, requireTwoFactor: boolean } | null } };

export type StartSessionMutationVariables = Exact<{
  email: string;
  password: string;
  tenant?: string | null | undefined;
  otp?: string | null | undefined;
  remember?: boolean | null | undefined;
}>;


export type StartSessionMutation = { startSession: { id: string, email: string, role: Role, tenantRole: TenantRole | null, twoFactorEnabled: boolean, tenant: { id: string, slug: string, name: string, requireTwoFactor: boolean } | null } };

export type EndSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type EndSessionMutation = { endSession: boolean };

export type ListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListsQuery = { lists: Array<{ id: string, name: string, title: string, optIn: OptInMode, confirmedCount: number, pendingCount: number }> };

export type ListQueryVariables = Exact<{
  id: string;
}>;


export type ListQuery = { list: { id: string, name: string, title: string, optIn: OptInMode, createdAt: string, confirmedCount: number, pendingCount: number, description: string | null, consentWording: string, consentVersion: number, fromName: string | null, fromAddress: string | null, replyTo: string | null, footer: string | null } | null };

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


export type DeliveriesQuery = { deliveries: Array<{ id: string, status: DeliveryStatus, createdAt: string, recipients: number, sent: number, failed: number, subject: string, scheduledFor: string | null }> };

export type SendListMessageMutationVariables = Exact<{
  listId: string;
  input: MessageInput;
}>;


export type SendListMessageMutation = { sendListMessage: { id: string, status: DeliveryStatus, recipients: number } };

export type DataSubjectTasksQueryVariables = Exact<{
  status?: TaskStatus | null | undefined;
}>;


export type DataSubjectTasksQuery = { dataSubjectTasks: Array<{ id: string, reference: string, type: RightType, status: TaskStatus, subjectEmail: string, details: string | null, receivedAt: string, dueAt: string, records: number, lists: Array<string>, respondedAt: string | null, reason: string | null }> };

export type RespondToDataSubjectTaskMutationVariables = Exact<{
  input: TaskResponseInput;
}>;


export type RespondToDataSubjectTaskMutation = { respondToDataSubjectTask: { id: string, reference: string, status: TaskStatus, dueAt: string, respondedAt: string | null, reason: string | null } };

export type BreachNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type BreachNoticesQuery = { breachNotices: Array<{ id: string, title: string, nature: string, dataCategories: Array<DataCategory>, affectedSubjects: number, affectedRecords: number, affectedLists: number, euEeaSubjects: number, unknownCountrySubjects: number, deletedRecordsEstimate: number | null, likelyConsequences: string, measuresTaken: string, contact: string, riskLevel: RiskLevel, riskReason: string, encrypted: boolean, discoveredAt: string, occurredFrom: string | null, occurredTo: string | null, controllerDeadline: string, notifiedAt: string, acknowledgedAt: string | null }> };

export type AcknowledgeBreachNoticeMutationVariables = Exact<{
  id: string;
}>;


export type AcknowledgeBreachNoticeMutation = { acknowledgeBreachNotice: { id: string, acknowledgedAt: string | null } };

export type ProcessingLogQueryVariables = Exact<{
  filter?: ProcessingLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProcessingLogQuery = { processingLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, seq: number, at: string, actorType: ActorType, purpose: ProcessingPurpose, action: string, subjects: number, dataCategories: Array<string>, description: string }> } };

export type TenantUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantUsersQuery = { tenantUsers: Array<{ id: string, email: string, role: TenantRole, status: UserStatus, lastSignInAt: string | null }> };

export type InviteTenantUserMutationVariables = Exact<{
  input: InviteTenantUserInput;
}>;


export type InviteTenantUserMutation = { inviteTenantUser: { id: string, email: string, role: TenantRole, status: UserStatus } };

export type UpdateTenantUserMutationVariables = Exact<{
  id: string;
  role: TenantRole;
}>;


export type UpdateTenantUserMutation = { updateTenantUser: { id: string, role: TenantRole } };

export type RemoveTenantUserMutationVariables = Exact<{
  id: string;
}>;


export type RemoveTenantUserMutation = { removeTenantUser: boolean };

export type UpdateListMutationVariables = Exact<{
  id: string;
  input: UpdateListInput;
}>;


export type UpdateListMutation = { updateList: { id: string, title: string, optIn: OptInMode, description: string | null, consentWording: string, consentVersion: number, fromName: string | null, fromAddress: string | null, replyTo: string | null, footer: string | null } };

export type DeleteListMutationVariables = Exact<{
  id: string;
}>;


export type DeleteListMutation = { deleteList: boolean };

export type ListActivityQueryVariables = Exact<{
  id: string;
  days?: number | null | undefined;
}>;


export type ListActivityQuery = { list: { id: string, activity: Array<{ date: string, signups: number, confirmations: number, unsubscribes: number }> } | null };

export type DeliveryQueryVariables = Exact<{
  id: string;
}>;


export type DeliveryQuery = { delivery: { id: string, status: DeliveryStatus, subject: string, createdAt: string, scheduledFor: string | null, startedAt: string | null, finishedAt: string | null, recipients: number, sent: number, failed: number, opens: number, anonymousOpens: number, unsubscribes: number, bounces: number, complaints: number } | null };

export type CancelDeliveryMutationVariables = Exact<{
  id: string;
}>;


export type CancelDeliveryMutation = { cancelDelivery: { id: string, status: DeliveryStatus } };

export type SendTestMessageMutationVariables = Exact<{
  listId: string;
  input: MessageInput;
}>;


export type SendTestMessageMutation = { sendTestMessage: boolean };

export type SubscriberSearchQueryVariables = Exact<{
  listId: string;
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SubscriberSearchQuery = { subscriberSearch: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, email: string, name: string | null, country: string | null, format: MessageFormat, status: SubscriberStatus, requestedAt: string }> } };

export type SubscriberDetailsQueryVariables = Exact<{
  listId: string;
  email: string;
}>;


export type SubscriberDetailsQuery = { subscriberSearch: { nodes: Array<{ id: string, email: string, name: string | null, country: string | null, format: MessageFormat, trackingConsent: boolean, consent: Array<{ at: string, event: ConsentEvent, source: string, wordingVersion: number | null, wording: string | null }> }> } };

export type UpdateSubscriberMutationVariables = Exact<{
  id: string;
  input: UpdateSubscriberInput;
}>;


export type UpdateSubscriberMutation = { updateSubscriber: { id: string, name: string | null, country: string | null, format: MessageFormat, trackingConsent: boolean } };

export type RemoveSubscribersMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RemoveSubscribersMutation = { removeSubscribers: number };

export type SubscriberImportQueryVariables = Exact<{
  id: string;
}>;


export type SubscriberImportQuery = { subscriberImport: { id: string, status: ImportStatus, error: string | null, progress: { processed: number, total: number }, report: { rows: number, added: number, alreadyPresent: number, suppressed: number, invalid: number, invalidLines: Array<{ line: number, reason: string }> } | null } | null };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
  tenant?: string | null | undefined;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { accepted: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type BeginTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginTwoFactorSetupMutation = { beginTwoFactorSetup: { secret: string, otpauthUri: string } };

export type ConfirmTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTwoFactorMutation = { confirmTwoFactor: Array<string> };

export type DisableTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: boolean };

export type SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQuery = { sessions: Array<{ id: string, createdAt: string, lastSeenAt: string, expiresAt: string, userAgent: string | null, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: string;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type TenantSettingsQueryVariables = Exact<{
  id: string;
}>;


export type TenantSettingsQuery = { tenant: { id: string, slug: string, name: string, dpoEmail: string, requireTwoFactor: boolean } | null, me: { id: string, twoFactorEnabled: boolean } };

export type UpdateTenantMutationVariables = Exact<{
  id: string;
  input: UpdateTenantInput;
}>;


export type UpdateTenantMutation = { updateTenant: { id: string, slug: string, name: string, dpoEmail: string, requireTwoFactor: boolean } };

export type OperatorTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorTenantsQuery = { tenants: Array<{ id: string, slug: string, name: string, service: HostingService, status: TenantStatus, createdAt: string }> };

export type OperatorTenantQueryVariables = Exact<{
  id: string;
}>;


export type OperatorTenantQuery = { tenant: { id: string, slug: string, name: string, service: HostingService, dpoEmail: string, status: TenantStatus, createdAt: string, requireTwoFactor: boolean, suspendedAt: string | null, suspensionReason: string | null, offboardedAt: string | null, dataDeletedAt: string | null } | null };

export type OperatorTenantUsersQueryVariables = Exact<{
  tenantId: string;
}>;


export type OperatorTenantUsersQuery = { tenantUsers: Array<{ id: string, email: string, role: TenantRole, status: UserStatus, lastSignInAt: string | null }> };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { id: string, slug: string, name: string } };

export type SuspendTenantMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type SuspendTenantMutation = { suspendTenant: { id: string, status: TenantStatus, suspendedAt: string | null, suspensionReason: string | null } };

export type ReactivateTenantMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateTenantMutation = { reactivateTenant: { id: string, status: TenantStatus, suspendedAt: string | null, suspensionReason: string | null } };

export type OffboardTenantMutationVariables = Exact<{
  id: string;
}>;


export type OffboardTenantMutation = { offboardTenant: { id: string, status: TenantStatus, offboardedAt: string | null, dataDeletedAt: string | null } };

export type OperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorsQuery = { operators: Array<{ id: string, email: string, status: UserStatus, twoFactorEnabled: boolean, lastSignInAt: string | null }> };

export type InviteOperatorMutationVariables = Exact<{
  email: string;
}>;


export type InviteOperatorMutation = { inviteOperator: { id: string, email: string, status: UserStatus } };

export type OperatorRequestsQueryVariables = Exact<{
  status?: RequestStatus | null | undefined;
}>;


export type OperatorRequestsQuery = { dataSubjectRequests: Array<{ reference: string, type: RightType, status: RequestStatus, receivedAt: string, dueAt: string, tasks: number, overdueTasks: number, completedAt: string | null }> };

export type OperatorRequestStatsQueryVariables = Exact<{
  weeks?: number | null | undefined;
}>;


export type OperatorRequestStatsQuery = { dataSubjectRequestStats: { weeks: number, since: string, overdue: number, answered: number, answeredLate: number, extended: number, byStatus: Array<{ status: RequestStatus, count: number }>, perWeek: Array<{ week: string, weekStart: string, received: number, completed: number }>, answerTimes: Array<{ label: string, fromDays: number, toDays: number | null, count: number }> } };

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
    twoFactorEnabled
    tenant {
      id
      slug
      name
      requireTwoFactor
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
    twoFactorEnabled
    tenant {
      id
      slug
      name
      requireTwoFactor
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
    description
    consentWording
    consentVersion
    fromName
    fromAddress
    replyTo
    footer
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
    subject
    scheduledFor
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
export const DataSubjectTasksDocument = new TypedDocumentString(`
    query DataSubjectTasks($status: TaskStatus) {
  dataSubjectTasks(status: $status) {
    id
    reference
    type
    status
    subjectEmail
    details
    receivedAt
    dueAt
    records
    lists
    respondedAt
    reason
  }
}
    `) as unknown as TypedDocumentString<DataSubjectTasksQuery, DataSubjectTasksQueryVariables>;
export const RespondToDataSubjectTaskDocument = new TypedDocumentString(`
    mutation RespondToDataSubjectTask($input: TaskResponseInput!) {
  respondToDataSubjectTask(input: $input) {
    id
    reference
    status
    dueAt
    respondedAt
    reason
  }
}
    `) as unknown as TypedDocumentString<RespondToDataSubjectTaskMutation, RespondToDataSubjectTaskMutationVariables>;
export const BreachNoticesDocument = new TypedDocumentString(`
    query BreachNotices {
  breachNotices {
    id
    title
    nature
    dataCategories
    affectedSubjects
    affectedRecords
    affectedLists
    euEeaSubjects
    unknownCountrySubjects
    deletedRecordsEstimate
    likelyConsequences
    measuresTaken
    contact
    riskLevel
    riskReason
    encrypted
    discoveredAt
    occurredFrom
    occurredTo
    controllerDeadline
    notifiedAt
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<BreachNoticesQuery, BreachNoticesQueryVariables>;
export const AcknowledgeBreachNoticeDocument = new TypedDocumentString(`
    mutation AcknowledgeBreachNotice($id: ID!) {
  acknowledgeBreachNotice(id: $id) {
    id
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeBreachNoticeMutation, AcknowledgeBreachNoticeMutationVariables>;
export const ProcessingLogDocument = new TypedDocumentString(`
    query ProcessingLog($filter: ProcessingLogFilter, $first: Int, $after: String) {
  processingLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      seq
      at
      actorType
      purpose
      action
      subjects
      dataCategories
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ProcessingLogQuery, ProcessingLogQueryVariables>;
export const TenantUsersDocument = new TypedDocumentString(`
    query TenantUsers {
  tenantUsers {
    id
    email
    role
    status
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<TenantUsersQuery, TenantUsersQueryVariables>;
export const InviteTenantUserDocument = new TypedDocumentString(`
    mutation InviteTenantUser($input: InviteTenantUserInput!) {
  inviteTenantUser(input: $input) {
    id
    email
    role
    status
  }
}
    `) as unknown as TypedDocumentString<InviteTenantUserMutation, InviteTenantUserMutationVariables>;
export const UpdateTenantUserDocument = new TypedDocumentString(`
    mutation UpdateTenantUser($id: ID!, $role: TenantRole!) {
  updateTenantUser(id: $id, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<UpdateTenantUserMutation, UpdateTenantUserMutationVariables>;
export const RemoveTenantUserDocument = new TypedDocumentString(`
    mutation RemoveTenantUser($id: ID!) {
  removeTenantUser(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveTenantUserMutation, RemoveTenantUserMutationVariables>;
export const UpdateListDocument = new TypedDocumentString(`
    mutation UpdateList($id: ID!, $input: UpdateListInput!) {
  updateList(id: $id, input: $input) {
    id
    title
    optIn
    description
    consentWording
    consentVersion
    fromName
    fromAddress
    replyTo
    footer
  }
}
    `) as unknown as TypedDocumentString<UpdateListMutation, UpdateListMutationVariables>;
export const DeleteListDocument = new TypedDocumentString(`
    mutation DeleteList($id: ID!) {
  deleteList(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteListMutation, DeleteListMutationVariables>;
export const ListActivityDocument = new TypedDocumentString(`
    query ListActivity($id: ID!, $days: Int) {
  list(id: $id) {
    id
    activity(days: $days) {
      date
      signups
      confirmations
      unsubscribes
    }
  }
}
    `) as unknown as TypedDocumentString<ListActivityQuery, ListActivityQueryVariables>;
export const DeliveryDocument = new TypedDocumentString(`
    query Delivery($id: ID!) {
  delivery(id: $id) {
    id
    status
    subject
    createdAt
    scheduledFor
    startedAt
    finishedAt
    recipients
    sent
    failed
    opens
    anonymousOpens
    unsubscribes
    bounces
    complaints
  }
}
    `) as unknown as TypedDocumentString<DeliveryQuery, DeliveryQueryVariables>;
export const CancelDeliveryDocument = new TypedDocumentString(`
    mutation CancelDelivery($id: ID!) {
  cancelDelivery(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelDeliveryMutation, CancelDeliveryMutationVariables>;
export const SendTestMessageDocument = new TypedDocumentString(`
    mutation SendTestMessage($listId: ID!, $input: MessageInput!) {
  sendTestMessage(listId: $listId, input: $input)
}
    `) as unknown as TypedDocumentString<SendTestMessageMutation, SendTestMessageMutationVariables>;
export const SubscriberSearchDocument = new TypedDocumentString(`
    query SubscriberSearch($listId: ID!, $query: String!, $first: Int, $after: String) {
  subscriberSearch(listId: $listId, query: $query, first: $first, after: $after) {
    totalCount
    totalCountCapped
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
    `) as unknown as TypedDocumentString<SubscriberSearchQuery, SubscriberSearchQueryVariables>;
export const SubscriberDetailsDocument = new TypedDocumentString(`
    query SubscriberDetails($listId: ID!, $email: String!) {
  subscriberSearch(listId: $listId, query: $email, first: 1) {
    nodes {
      id
      email
      name
      country
      format
      trackingConsent
      consent {
        at
        event
        source
        wordingVersion
        wording
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriberDetailsQuery, SubscriberDetailsQueryVariables>;
export const UpdateSubscriberDocument = new TypedDocumentString(`
    mutation UpdateSubscriber($id: ID!, $input: UpdateSubscriberInput!) {
  updateSubscriber(id: $id, input: $input) {
    id
    name
    country
    format
    trackingConsent
  }
}
    `) as unknown as TypedDocumentString<UpdateSubscriberMutation, UpdateSubscriberMutationVariables>;
export const RemoveSubscribersDocument = new TypedDocumentString(`
    mutation RemoveSubscribers($ids: [ID!]!) {
  removeSubscribers(ids: $ids)
}
    `) as unknown as TypedDocumentString<RemoveSubscribersMutation, RemoveSubscribersMutationVariables>;
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
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!, $tenant: String) {
  requestPasswordReset(email: $email, tenant: $tenant) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const BeginTwoFactorSetupDocument = new TypedDocumentString(`
    mutation BeginTwoFactorSetup {
  beginTwoFactorSetup {
    secret
    otpauthUri
  }
}
    `) as unknown as TypedDocumentString<BeginTwoFactorSetupMutation, BeginTwoFactorSetupMutationVariables>;
export const ConfirmTwoFactorDocument = new TypedDocumentString(`
    mutation ConfirmTwoFactor($code: String!) {
  confirmTwoFactor(code: $code)
}
    `) as unknown as TypedDocumentString<ConfirmTwoFactorMutation, ConfirmTwoFactorMutationVariables>;
export const DisableTwoFactorDocument = new TypedDocumentString(`
    mutation DisableTwoFactor($code: String!) {
  disableTwoFactor(code: $code)
}
    `) as unknown as TypedDocumentString<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions {
  sessions {
    id
    createdAt
    lastSeenAt
    expiresAt
    userAgent
    current
  }
}
    `) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const TenantSettingsDocument = new TypedDocumentString(`
    query TenantSettings($id: ID!) {
  tenant(id: $id) {
    id
    slug
    name
    dpoEmail
    requireTwoFactor
  }
  me {
    id
    twoFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<TenantSettingsQuery, TenantSettingsQueryVariables>;
export const UpdateTenantDocument = new TypedDocumentString(`
    mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {
  updateTenant(id: $id, input: $input) {
    id
    slug
    name
    dpoEmail
    requireTwoFactor
  }
}
    `) as unknown as TypedDocumentString<UpdateTenantMutation, UpdateTenantMutationVariables>;
export const OperatorTenantsDocument = new TypedDocumentString(`
    query OperatorTenants {
  tenants {
    id
    slug
    name
    service
    status
    createdAt
  }
}
    `) as unknown as TypedDocumentString<OperatorTenantsQuery, OperatorTenantsQueryVariables>;
export const OperatorTenantDocument = new TypedDocumentString(`
    query OperatorTenant($id: ID!) {
  tenant(id: $id) {
    id
    slug
    name
    service
    dpoEmail
    status
    createdAt
    requireTwoFactor
    suspendedAt
    suspensionReason
    offboardedAt
    dataDeletedAt
  }
}
    `) as unknown as TypedDocumentString<OperatorTenantQuery, OperatorTenantQueryVariables>;
export const OperatorTenantUsersDocument = new TypedDocumentString(`
    query OperatorTenantUsers($tenantId: ID!) {
  tenantUsers(tenantId: $tenantId) {
    id
    email
    role
    status
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<OperatorTenantUsersQuery, OperatorTenantUsersQueryVariables>;
export const CreateTenantDocument = new TypedDocumentString(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateTenantMutation, CreateTenantMutationVariables>;
export const SuspendTenantDocument = new TypedDocumentString(`
    mutation SuspendTenant($id: ID!, $reason: String!) {
  suspendTenant(id: $id, reason: $reason) {
    id
    status
    suspendedAt
    suspensionReason
  }
}
    `) as unknown as TypedDocumentString<SuspendTenantMutation, SuspendTenantMutationVariables>;
export const ReactivateTenantDocument = new TypedDocumentString(`
    mutation ReactivateTenant($id: ID!) {
  reactivateTenant(id: $id) {
    id
    status
    suspendedAt
    suspensionReason
  }
}
    `) as unknown as TypedDocumentString<ReactivateTenantMutation, ReactivateTenantMutationVariables>;
export const OffboardTenantDocument = new TypedDocumentString(`
    mutation OffboardTenant($id: ID!) {
  offboardTenant(id: $id) {
    id
    status
    offboardedAt
    dataDeletedAt
  }
}
    `) as unknown as TypedDocumentString<OffboardTenantMutation, OffboardTenantMutationVariables>;
export const OperatorsDocument = new TypedDocumentString(`
    query Operators {
  operators {
    id
    email
    status
    twoFactorEnabled
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<OperatorsQuery, OperatorsQueryVariables>;
export const InviteOperatorDocument = new TypedDocumentString(`
    mutation InviteOperator($email: String!) {
  inviteOperator(email: $email) {
    id
    email
    status
  }
}
    `) as unknown as TypedDocumentString<InviteOperatorMutation, InviteOperatorMutationVariables>;
export const OperatorRequestsDocument = new TypedDocumentString(`
    query OperatorRequests($status: RequestStatus) {
  dataSubjectRequests(status: $status) {
    reference
    type
    status
    receivedAt
    dueAt
    tasks
    overdueTasks
    completedAt
  }
}
    `) as unknown as TypedDocumentString<OperatorRequestsQuery, OperatorRequestsQueryVariables>;
export const OperatorRequestStatsDocument = new TypedDocumentString(`
    query OperatorRequestStats($weeks: Int) {
  dataSubjectRequestStats(weeks: $weeks) {
    weeks
    since
    overdue
    answered
    answeredLate
    extended
    byStatus {
      status
      count
    }
    perWeek {
      week
      weekStart
      received
      completed
    }
    answerTimes {
      label
      fromDays
      toDays
      count
    }
  }
}
    `) as unknown as TypedDocumentString<OperatorRequestStatsQuery, OperatorRequestStatsQueryVariables>;