import { graphql } from '../gql';

/** Every GraphQL operation of the portal; GraphQL Code Generator types each from schema/schema.graphql. */

export const viewerQuery = graphql(`
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
`);

export const startSessionMutation = graphql(`
  mutation StartSession(
    $email: String!
    $password: String!
    $tenant: String
    $otp: String
    $remember: Boolean
  ) {
    startSession(email: $email, password: $password, tenant: $tenant, otp: $otp, remember: $remember) {
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
`);

export const endSessionMutation = graphql(`
  mutation EndSession {
    endSession
  }
`);

export const listsQuery = graphql(`
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
`);

export const listQuery = graphql(`
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
`);

export const createListMutation = graphql(`
  mutation CreateList($input: CreateListInput!) {
    createList(input: $input) {
      id
      title
    }
  }
`);

export const subscribersQuery = graphql(`
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
`);

export const addSubscriberMutation = graphql(`
  mutation AddSubscriber($listId: ID!, $input: SubscriberInput!) {
    addSubscriber(listId: $listId, input: $input) {
      id
      email
      status
    }
  }
`);

export const removeSubscriberMutation = graphql(`
  mutation RemoveSubscriber($id: ID!) {
    removeSubscriber(id: $id)
  }
`);

export const deliveriesQuery = graphql(`
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
`);

export const sendListMessageMutation = graphql(`
  mutation SendListMessage($listId: ID!, $input: MessageInput!) {
    sendListMessage(listId: $listId, input: $input) {
      id
      status
      recipients
    }
  }
`);

export const dataSubjectTasksQuery = graphql(`
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
`);

export const respondToDataSubjectTaskMutation = graphql(`
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
`);

export const breachNoticesQuery = graphql(`
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
`);

export const acknowledgeBreachNoticeMutation = graphql(`
  mutation AcknowledgeBreachNotice($id: ID!) {
    acknowledgeBreachNotice(id: $id) {
      id
      acknowledgedAt
    }
  }
`);

export const processingLogQuery = graphql(`
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
`);

export const tenantUsersQuery = graphql(`
  query TenantUsers {
    tenantUsers {
      id
      email
      role
      status
      lastSignInAt
    }
  }
`);

export const inviteTenantUserMutation = graphql(`
  mutation InviteTenantUser($input: InviteTenantUserInput!) {
    inviteTenantUser(input: $input) {
      id
      email
      role
      status
    }
  }
`);

export const updateTenantUserMutation = graphql(`
  mutation UpdateTenantUser($id: ID!, $role: TenantRole!) {
    updateTenantUser(id: $id, role: $role) {
      id
      role
    }
  }
`);

export const removeTenantUserMutation = graphql(`
  mutation RemoveTenantUser($id: ID!) {
    removeTenantUser(id: $id)
  }
`);
export const updateListMutation = graphql(`
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
`);

export const deleteListMutation = graphql(`
  mutation DeleteList($id: ID!) {
    deleteList(id: $id)
  }
`);

export const listActivityQuery = graphql(`
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
`);

export const deliveryQuery = graphql(`
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
`);

export const cancelDeliveryMutation = graphql(`
  mutation CancelDelivery($id: ID!) {
    cancelDelivery(id: $id) {
      id
      status
    }
  }
`);

export const sendTestMessageMutation = graphql(`
  mutation SendTestMessage($listId: ID!, $input: MessageInput!) {
    sendTestMessage(listId: $listId, input: $input)
  }
`);

export const subscriberSearchQuery = graphql(`
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
`);

export const subscriberDetailsQuery = graphql(`
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
`);

export const updateSubscriberMutation = graphql(`
  mutation UpdateSubscriber($id: ID!, $input: UpdateSubscriberInput!) {
    updateSubscriber(id: $id, input: $input) {
      id
      name
      country
      format
      trackingConsent
    }
  }
`);

export const removeSubscribersMutation = graphql(`
  mutation RemoveSubscribers($ids: [ID!]!) {
    removeSubscribers(ids: $ids)
  }
`);

export const subscriberImportQuery = graphql(`
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
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!, $tenant: String) {
    requestPasswordReset(email: $email, tenant: $tenant) {
      accepted
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const beginTwoFactorSetupMutation = graphql(`
  mutation BeginTwoFactorSetup {
    beginTwoFactorSetup {
      secret
      otpauthUri
    }
  }
`);

export const confirmTwoFactorMutation = graphql(`
  mutation ConfirmTwoFactor($code: String!) {
    confirmTwoFactor(code: $code)
  }
`);

export const disableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($code: String!) {
    disableTwoFactor(code: $code)
  }
`);

export const sessionsQuery = graphql(`
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
`);

export const revokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const tenantSettingsQuery = graphql(`
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
`);

export const updateTenantMutation = graphql(`
  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {
    updateTenant(id: $id, input: $input) {
      id
      slug
      name
      dpoEmail
      requireTwoFactor
    }
  }
`);

export const operatorTenantsQuery = graphql(`
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
`);

export const operatorTenantQuery = graphql(`
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
`);

export const operatorTenantUsersQuery = graphql(`
  query OperatorTenantUsers($tenantId: ID!) {
    tenantUsers(tenantId: $tenantId) {
      id
      email
      role
      status
      lastSignInAt
    }
  }
`);

export const createTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      slug
      name
    }
  }
`);

export const suspendTenantMutation = graphql(`
  mutation SuspendTenant($id: ID!, $reason: String!) {
    suspendTenant(id: $id, reason: $reason) {
      id
      status
      suspendedAt
      suspensionReason
    }
  }
`);

export const reactivateTenantMutation = graphql(`
  mutation ReactivateTenant($id: ID!) {
    reactivateTenant(id: $id) {
      id
      status
      suspendedAt
      suspensionReason
    }
  }
`);

export const offboardTenantMutation = graphql(`
  mutation OffboardTenant($id: ID!) {
    offboardTenant(id: $id) {
      id
      status
      offboardedAt
      dataDeletedAt
    }
  }
`);

export const operatorsQuery = graphql(`
  query Operators {
    operators {
      id
      email
      status
      twoFactorEnabled
      lastSignInAt
    }
  }
`);

export const inviteOperatorMutation = graphql(`
  mutation InviteOperator($email: String!) {
    inviteOperator(email: $email) {
      id
      email
      status
    }
  }
`);

export const operatorRequestsQuery = graphql(`
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
`);

export const operatorRequestStatsQuery = graphql(`
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
`);
