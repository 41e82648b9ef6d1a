import { registerEnumType } from 'type-graphql';

export enum Role {
  OPERATOR = 'OPERATOR',
  TENANT_USER = 'TENANT_USER',
}
registerEnumType(Role, { name: 'Role' });

export enum TenantRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  VIEWER = 'VIEWER',
}
registerEnumType(TenantRole, { name: 'TenantRole' });

export enum HostingService {
  LISTPLEX = 'LISTPLEX',
  EASE = 'EASE',
}
registerEnumType(HostingService, { name: 'HostingService' });

export enum TenantStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  OFFBOARDED = 'OFFBOARDED',
}
registerEnumType(TenantStatus, { name: 'TenantStatus' });

export enum ProcessingPurpose {
  ORDER_PROCESSING = 'ORDER_PROCESSING',
  INVOICING = 'INVOICING',
  PRICE_QUOTATION = 'PRICE_QUOTATION',
  SERVICE_DELIVERY = 'SERVICE_DELIVERY',
  TECHNICAL_SUPPORT = 'TECHNICAL_SUPPORT',
  CUSTOMER_INQUIRY = 'CUSTOMER_INQUIRY',
  GOVERNMENT_REPORTING = 'GOVERNMENT_REPORTING',
  SECURITY = 'SECURITY',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  DATA_SUBJECT_REQUEST = 'DATA_SUBJECT_REQUEST',
  BREACH_RESPONSE = 'BREACH_RESPONSE',
}
registerEnumType(ProcessingPurpose, { name: 'ProcessingPurpose' });

export enum ActorType {
  OPERATOR = 'OPERATOR',
  TENANT_USER = 'TENANT_USER',
  DATA_SUBJECT = 'DATA_SUBJECT',
  SYSTEM = 'SYSTEM',
}
registerEnumType(ActorType, { name: 'ActorType' });

export enum OptInMode {
  DOUBLE = 'DOUBLE',
  SINGLE = 'SINGLE',
}
registerEnumType(OptInMode, { name: 'OptInMode' });

export enum MessageFormat {
  TEXT = 'TEXT',
  HTML = 'HTML',
}
registerEnumType(MessageFormat, { name: 'MessageFormat' });

export enum SubscriberStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(SubscriberStatus, { name: 'SubscriberStatus' });

export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** waits for its `scheduledFor` */
  SCHEDULED = 'SCHEDULED',
  /** stopped by cancelDelivery: what was sent stays sent, the rest is not sent */
  CANCELLED = 'CANCELLED',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

export enum RightType {
  ACCESS = 'ACCESS',
  RECTIFICATION = 'RECTIFICATION',
  ERASURE = 'ERASURE',
  RESTRICTION = 'RESTRICTION',
  PORTABILITY = 'PORTABILITY',
  OBJECTION = 'OBJECTION',
}
registerEnumType(RightType, { name: 'RightType' });

export enum RequestStatus {
  AWAITING_VERIFICATION = 'AWAITING_VERIFICATION',
  ROUTING = 'ROUTING',
  ROUTED = 'ROUTED',
  COMPLETED = 'COMPLETED',
  NO_DATA_HELD = 'NO_DATA_HELD',
  EXPIRED = 'EXPIRED',
}
registerEnumType(RequestStatus, { name: 'RequestStatus' });

export enum TaskStatus {
  PENDING = 'PENDING',
  EXTENDED = 'EXTENDED',
  FULFILLED = 'FULFILLED',
  REJECTED = 'REJECTED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus' });

export enum TaskDecision {
  FULFILL = 'FULFILL',
  REJECT = 'REJECT',
  EXTEND = 'EXTEND',
}
registerEnumType(TaskDecision, { name: 'TaskDecision' });
