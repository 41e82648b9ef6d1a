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
    "\n  query Viewer {\n    me {\n      id\n      email\n      role\n      tenantRole\n      twoFactorEnabled\n      tenant {\n        id\n        slug\n        name\n        requireTwoFactor\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation StartSession(\n    $email: String!\n    $password: String!\n    $tenant: String\n    $otp: String\n    $remember: Boolean\n  ) {\n    startSession(email: $email, password: $password, tenant: $tenant, otp: $otp, remember: $remember) {\n      id\n      email\n      role\n      tenantRole\n      twoFactorEnabled\n      tenant {\n        id\n        slug\n        name\n        requireTwoFactor\n      }\n    }\n  }\n": typeof types.StartSessionDocument,
    "\n  mutation EndSession {\n    endSession\n  }\n": typeof types.EndSessionDocument,
    "\n  query Lists {\n    lists {\n      id\n      name\n      title\n      optIn\n      confirmedCount\n      pendingCount\n    }\n  }\n": typeof types.ListsDocument,
    "\n  query List($id: ID!) {\n    list(id: $id) {\n      id\n      name\n      title\n      optIn\n      createdAt\n      confirmedCount\n      pendingCount\n      description\n      consentWording\n      consentVersion\n      fromName\n      fromAddress\n      replyTo\n      footer\n    }\n  }\n": typeof types.ListDocument,
    "\n  mutation CreateList($input: CreateListInput!) {\n    createList(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateListDocument,
    "\n  query Subscribers($listId: ID!, $first: Int, $after: String) {\n    subscribers(listId: $listId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        status\n        requestedAt\n      }\n    }\n  }\n": typeof types.SubscribersDocument,
    "\n  mutation AddSubscriber($listId: ID!, $input: SubscriberInput!) {\n    addSubscriber(listId: $listId, input: $input) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.AddSubscriberDocument,
    "\n  mutation RemoveSubscriber($id: ID!) {\n    removeSubscriber(id: $id)\n  }\n": typeof types.RemoveSubscriberDocument,
    "\n  query Deliveries($listId: ID!) {\n    deliveries(listId: $listId) {\n      id\n      status\n      createdAt\n      recipients\n      sent\n      failed\n      subject\n      scheduledFor\n    }\n  }\n": typeof types.DeliveriesDocument,
    "\n  mutation SendListMessage($listId: ID!, $input: MessageInput!) {\n    sendListMessage(listId: $listId, input: $input) {\n      id\n      status\n      recipients\n    }\n  }\n": typeof types.SendListMessageDocument,
    "\n  query DataSubjectTasks($status: TaskStatus) {\n    dataSubjectTasks(status: $status) {\n      id\n      reference\n      type\n      status\n      subjectEmail\n      details\n      receivedAt\n      dueAt\n      records\n      lists\n      respondedAt\n      reason\n    }\n  }\n": typeof types.DataSubjectTasksDocument,
    "\n  mutation RespondToDataSubjectTask($input: TaskResponseInput!) {\n    respondToDataSubjectTask(input: $input) {\n      id\n      reference\n      status\n      dueAt\n      respondedAt\n      reason\n    }\n  }\n": typeof types.RespondToDataSubjectTaskDocument,
    "\n  query BreachNotices {\n    breachNotices {\n      id\n      title\n      nature\n      dataCategories\n      affectedSubjects\n      affectedRecords\n      affectedLists\n      euEeaSubjects\n      unknownCountrySubjects\n      deletedRecordsEstimate\n      likelyConsequences\n      measuresTaken\n      contact\n      riskLevel\n      riskReason\n      encrypted\n      discoveredAt\n      occurredFrom\n      occurredTo\n      controllerDeadline\n      notifiedAt\n      acknowledgedAt\n    }\n  }\n": typeof types.BreachNoticesDocument,
    "\n  mutation AcknowledgeBreachNotice($id: ID!) {\n    acknowledgeBreachNotice(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeBreachNoticeDocument,
    "\n  query ProcessingLog($filter: ProcessingLogFilter, $first: Int, $after: String) {\n    processingLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        seq\n        at\n        actorType\n        purpose\n        action\n        subjects\n        dataCategories\n        description\n      }\n    }\n  }\n": typeof types.ProcessingLogDocument,
    "\n  query TenantUsers {\n    tenantUsers {\n      id\n      email\n      role\n      status\n      lastSignInAt\n    }\n  }\n": typeof types.TenantUsersDocument,
    "\n  mutation InviteTenantUser($input: InviteTenantUserInput!) {\n    inviteTenantUser(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n": typeof types.InviteTenantUserDocument,
    "\n  mutation UpdateTenantUser($id: ID!, $role: TenantRole!) {\n    updateTenantUser(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.UpdateTenantUserDocument,
    "\n  mutation RemoveTenantUser($id: ID!) {\n    removeTenantUser(id: $id)\n  }\n": typeof types.RemoveTenantUserDocument,
    "\n  mutation UpdateList($id: ID!, $input: UpdateListInput!) {\n    updateList(id: $id, input: $input) {\n      id\n      title\n      optIn\n      description\n      consentWording\n      consentVersion\n      fromName\n      fromAddress\n      replyTo\n      footer\n    }\n  }\n": typeof types.UpdateListDocument,
    "\n  mutation DeleteList($id: ID!) {\n    deleteList(id: $id)\n  }\n": typeof types.DeleteListDocument,
    "\n  query ListActivity($id: ID!, $days: Int) {\n    list(id: $id) {\n      id\n      activity(days: $days) {\n        date\n        signups\n        confirmations\n        unsubscribes\n      }\n    }\n  }\n": typeof types.ListActivityDocument,
    "\n  query Delivery($id: ID!) {\n    delivery(id: $id) {\n      id\n      status\n      subject\n      createdAt\n      scheduledFor\n      startedAt\n      finishedAt\n      recipients\n      sent\n      failed\n      opens\n      anonymousOpens\n      unsubscribes\n      bounces\n      complaints\n    }\n  }\n": typeof types.DeliveryDocument,
    "\n  mutation CancelDelivery($id: ID!) {\n    cancelDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelDeliveryDocument,
    "\n  mutation SendTestMessage($listId: ID!, $input: MessageInput!) {\n    sendTestMessage(listId: $listId, input: $input)\n  }\n": typeof types.SendTestMessageDocument,
    "\n  query SubscriberSearch($listId: ID!, $query: String!, $first: Int, $after: String) {\n    subscriberSearch(listId: $listId, query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        status\n        requestedAt\n      }\n    }\n  }\n": typeof types.SubscriberSearchDocument,
    "\n  query SubscriberDetails($listId: ID!, $email: String!) {\n    subscriberSearch(listId: $listId, query: $email, first: 1) {\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        trackingConsent\n        consent {\n          at\n          event\n          source\n          wordingVersion\n          wording\n        }\n      }\n    }\n  }\n": typeof types.SubscriberDetailsDocument,
    "\n  mutation UpdateSubscriber($id: ID!, $input: UpdateSubscriberInput!) {\n    updateSubscriber(id: $id, input: $input) {\n      id\n      name\n      country\n      format\n      trackingConsent\n    }\n  }\n": typeof types.UpdateSubscriberDocument,
    "\n  mutation RemoveSubscribers($ids: [ID!]!) {\n    removeSubscribers(ids: $ids)\n  }\n": typeof types.RemoveSubscribersDocument,
    "\n  query SubscriberImport($id: ID!) {\n    subscriberImport(id: $id) {\n      id\n      status\n      progress {\n        processed\n        total\n      }\n      report {\n        rows\n        added\n        alreadyPresent\n        suppressed\n        invalid\n        invalidLines {\n          line\n          reason\n        }\n      }\n      error\n    }\n  }\n": typeof types.SubscriberImportDocument,
    "\n  mutation RequestPasswordReset($email: String!, $tenant: String) {\n    requestPasswordReset(email: $email, tenant: $tenant) {\n      accepted\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.BeginTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query TenantSettings($id: ID!) {\n    tenant(id: $id) {\n      id\n      slug\n      name\n      dpoEmail\n      requireTwoFactor\n    }\n    me {\n      id\n      twoFactorEnabled\n    }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      id\n      slug\n      name\n      dpoEmail\n      requireTwoFactor\n    }\n  }\n": typeof types.UpdateTenantDocument,
    "\n  query OperatorTenants {\n    tenants {\n      id\n      slug\n      name\n      service\n      status\n      createdAt\n    }\n  }\n": typeof types.OperatorTenantsDocument,
    "\n  query OperatorTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      slug\n      name\n      service\n      dpoEmail\n      status\n      createdAt\n      requireTwoFactor\n      suspendedAt\n      suspensionReason\n      offboardedAt\n      dataDeletedAt\n    }\n  }\n": typeof types.OperatorTenantDocument,
    "\n  query OperatorTenantUsers($tenantId: ID!) {\n    tenantUsers(tenantId: $tenantId) {\n      id\n      email\n      role\n      status\n      lastSignInAt\n    }\n  }\n": typeof types.OperatorTenantUsersDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": typeof types.SuspendTenantDocument,
    "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": typeof types.ReactivateTenantDocument,
    "\n  mutation OffboardTenant($id: ID!) {\n    offboardTenant(id: $id) {\n      id\n      status\n      offboardedAt\n      dataDeletedAt\n    }\n  }\n": typeof types.OffboardTenantDocument,
    "\n  query Operators {\n    operators {\n      id\n      email\n      status\n      twoFactorEnabled\n      lastSignInAt\n    }\n  }\n": typeof types.OperatorsDocument,
    "\n  mutation InviteOperator($email: String!) {\n    inviteOperator(email: $email) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.InviteOperatorDocument,
    "\n  query OperatorRequests($status: RequestStatus) {\n    dataSubjectRequests(status: $status) {\n      reference\n      type\n      status\n      receivedAt\n      dueAt\n      tasks\n      overdueTasks\n      completedAt\n    }\n  }\n": typeof types.OperatorRequestsDocument,
    "\n  query OperatorRequestStats($weeks: Int) {\n    dataSubjectRequestStats(weeks: $weeks) {\n      weeks\n      since\n      overdue\n      answered\n      answeredLate\n      extended\n      byStatus {\n        status\n        count\n      }\n      perWeek {\n        week\n        weekStart\n        received\n        completed\n      }\n      answerTimes {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n": typeof types.OperatorRequestStatsDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      role\n      tenantRole\n      twoFactorEnabled\n      tenant {\n        id\n        slug\n        name\n        requireTwoFactor\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation StartSession(\n    $email: String!\n    $password: String!\n    $tenant: String\n    $otp: String\n    $remember: Boolean\n  ) {\n    startSession(email: $email, password: $password, tenant: $tenant, otp: $otp, remember: $remember) {\n      id\n      email\n      role\n      tenantRole\n      twoFactorEnabled\n      tenant {\n        id\n        slug\n        name\n        requireTwoFactor\n      }\n    }\n  }\n": types.StartSessionDocument,
    "\n  mutation EndSession {\n    endSession\n  }\n": types.EndSessionDocument,
    "\n  query Lists {\n    lists {\n      id\n      name\n      title\n      optIn\n      confirmedCount\n      pendingCount\n    }\n  }\n": types.ListsDocument,
    "\n  query List($id: ID!) {\n    list(id: $id) {\n      id\n      name\n      title\n      optIn\n      createdAt\n      confirmedCount\n      pendingCount\n      description\n      consentWording\n      consentVersion\n      fromName\n      fromAddress\n      replyTo\n      footer\n    }\n  }\n": types.ListDocument,
    "\n  mutation CreateList($input: CreateListInput!) {\n    createList(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateListDocument,
    "\n  query Subscribers($listId: ID!, $first: Int, $after: String) {\n    subscribers(listId: $listId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        status\n        requestedAt\n      }\n    }\n  }\n": types.SubscribersDocument,
    "\n  mutation AddSubscriber($listId: ID!, $input: SubscriberInput!) {\n    addSubscriber(listId: $listId, input: $input) {\n      id\n      email\n      status\n    }\n  }\n": types.AddSubscriberDocument,
    "\n  mutation RemoveSubscriber($id: ID!) {\n    removeSubscriber(id: $id)\n  }\n": types.RemoveSubscriberDocument,
    "\n  query Deliveries($listId: ID!) {\n    deliveries(listId: $listId) {\n      id\n      status\n      createdAt\n      recipients\n      sent\n      failed\n      subject\n      scheduledFor\n    }\n  }\n": types.DeliveriesDocument,
    "\n  mutation SendListMessage($listId: ID!, $input: MessageInput!) {\n    sendListMessage(listId: $listId, input: $input) {\n      id\n      status\n      recipients\n    }\n  }\n": types.SendListMessageDocument,
    "\n  query DataSubjectTasks($status: TaskStatus) {\n    dataSubjectTasks(status: $status) {\n      id\n      reference\n      type\n      status\n      subjectEmail\n      details\n      receivedAt\n      dueAt\n      records\n      lists\n      respondedAt\n      reason\n    }\n  }\n": types.DataSubjectTasksDocument,
    "\n  mutation RespondToDataSubjectTask($input: TaskResponseInput!) {\n    respondToDataSubjectTask(input: $input) {\n      id\n      reference\n      status\n      dueAt\n      respondedAt\n      reason\n    }\n  }\n": types.RespondToDataSubjectTaskDocument,
    "\n  query BreachNotices {\n    breachNotices {\n      id\n      title\n      nature\n      dataCategories\n      affectedSubjects\n      affectedRecords\n      affectedLists\n      euEeaSubjects\n      unknownCountrySubjects\n      deletedRecordsEstimate\n      likelyConsequences\n      measuresTaken\n      contact\n      riskLevel\n      riskReason\n      encrypted\n      discoveredAt\n      occurredFrom\n      occurredTo\n      controllerDeadline\n      notifiedAt\n      acknowledgedAt\n    }\n  }\n": types.BreachNoticesDocument,
    "\n  mutation AcknowledgeBreachNotice($id: ID!) {\n    acknowledgeBreachNotice(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeBreachNoticeDocument,
    "\n  query ProcessingLog($filter: ProcessingLogFilter, $first: Int, $after: String) {\n    processingLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        seq\n        at\n        actorType\n        purpose\n        action\n        subjects\n        dataCategories\n        description\n      }\n    }\n  }\n": types.ProcessingLogDocument,
    "\n  query TenantUsers {\n    tenantUsers {\n      id\n      email\n      role\n      status\n      lastSignInAt\n    }\n  }\n": types.TenantUsersDocument,
    "\n  mutation InviteTenantUser($input: InviteTenantUserInput!) {\n    inviteTenantUser(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n": types.InviteTenantUserDocument,
    "\n  mutation UpdateTenantUser($id: ID!, $role: TenantRole!) {\n    updateTenantUser(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.UpdateTenantUserDocument,
    "\n  mutation RemoveTenantUser($id: ID!) {\n    removeTenantUser(id: $id)\n  }\n": types.RemoveTenantUserDocument,
    "\n  mutation UpdateList($id: ID!, $input: UpdateListInput!) {\n    updateList(id: $id, input: $input) {\n      id\n      title\n      optIn\n      description\n      consentWording\n      consentVersion\n      fromName\n      fromAddress\n      replyTo\n      footer\n    }\n  }\n": types.UpdateListDocument,
    "\n  mutation DeleteList($id: ID!) {\n    deleteList(id: $id)\n  }\n": types.DeleteListDocument,
    "\n  query ListActivity($id: ID!, $days: Int) {\n    list(id: $id) {\n      id\n      activity(days: $days) {\n        date\n        signups\n        confirmations\n        unsubscribes\n      }\n    }\n  }\n": types.ListActivityDocument,
    "\n  query Delivery($id: ID!) {\n    delivery(id: $id) {\n      id\n      status\n      subject\n      createdAt\n      scheduledFor\n      startedAt\n      finishedAt\n      recipients\n      sent\n      failed\n      opens\n      anonymousOpens\n      unsubscribes\n      bounces\n      complaints\n    }\n  }\n": types.DeliveryDocument,
    "\n  mutation CancelDelivery($id: ID!) {\n    cancelDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelDeliveryDocument,
    "\n  mutation SendTestMessage($listId: ID!, $input: MessageInput!) {\n    sendTestMessage(listId: $listId, input: $input)\n  }\n": types.SendTestMessageDocument,
    "\n  query SubscriberSearch($listId: ID!, $query: String!, $first: Int, $after: String) {\n    subscriberSearch(listId: $listId, query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        status\n        requestedAt\n      }\n    }\n  }\n": types.SubscriberSearchDocument,
    "\n  query SubscriberDetails($listId: ID!, $email: String!) {\n    subscriberSearch(listId: $listId, query: $email, first: 1) {\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        trackingConsent\n        consent {\n          at\n          event\n          source\n          wordingVersion\n          wording\n        }\n      }\n    }\n  }\n": types.SubscriberDetailsDocument,
    "\n  mutation UpdateSubscriber($id: ID!, $input: UpdateSubscriberInput!) {\n    updateSubscriber(id: $id, input: $input) {\n      id\n      name\n      country\n      format\n      trackingConsent\n    }\n  }\n": types.UpdateSubscriberDocument,
    "\n  mutation RemoveSubscribers($ids: [ID!]!) {\n    removeSubscribers(ids: $ids)\n  }\n": types.RemoveSubscribersDocument,
    "\n  query SubscriberImport($id: ID!) {\n    subscriberImport(id: $id) {\n      id\n      status\n      progress {\n        processed\n        total\n      }\n      report {\n        rows\n        added\n        alreadyPresent\n        suppressed\n        invalid\n        invalidLines {\n          line\n          reason\n        }\n      }\n      error\n    }\n  }\n": types.SubscriberImportDocument,
    "\n  mutation RequestPasswordReset($email: String!, $tenant: String) {\n    requestPasswordReset(email: $email, tenant: $tenant) {\n      accepted\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      otpauthUri\n    }\n  }\n": types.BeginTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": types.DisableTwoFactorDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  query TenantSettings($id: ID!) {\n    tenant(id: $id) {\n      id\n      slug\n      name\n      dpoEmail\n      requireTwoFactor\n    }\n    me {\n      id\n      twoFactorEnabled\n    }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      id\n      slug\n      name\n      dpoEmail\n      requireTwoFactor\n    }\n  }\n": types.UpdateTenantDocument,
    "\n  query OperatorTenants {\n    tenants {\n      id\n      slug\n      name\n      service\n      status\n      createdAt\n    }\n  }\n": types.OperatorTenantsDocument,
    "\n  query OperatorTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      slug\n      name\n      service\n      dpoEmail\n      status\n      createdAt\n      requireTwoFactor\n      suspendedAt\n      suspensionReason\n      offboardedAt\n      dataDeletedAt\n    }\n  }\n": types.OperatorTenantDocument,
    "\n  query OperatorTenantUsers($tenantId: ID!) {\n    tenantUsers(tenantId: $tenantId) {\n      id\n      email\n      role\n      status\n      lastSignInAt\n    }\n  }\n": types.OperatorTenantUsersDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": types.SuspendTenantDocument,
    "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": types.ReactivateTenantDocument,
    "\n  mutation OffboardTenant($id: ID!) {\n    offboardTenant(id: $id) {\n      id\n      status\n      offboardedAt\n      dataDeletedAt\n    }\n  }\n": types.OffboardTenantDocument,
    "\n  query Operators {\n    operators {\n      id\n      email\n      status\n      twoFactorEnabled\n      lastSignInAt\n    }\n  }\n": types.OperatorsDocument,
    "\n  mutation InviteOperator($email: String!) {\n    inviteOperator(email: $email) {\n      id\n      email\n      status\n    }\n  }\n": types.InviteOperatorDocument,
    "\n  query OperatorRequests($status: RequestStatus) {\n    dataSubjectRequests(status: $status) {\n      reference\n      type\n      status\n      receivedAt\n      dueAt\n      tasks\n      overdueTasks\n      completedAt\n    }\n  }\n": types.OperatorRequestsDocument,
    "\n  query OperatorRequestStats($weeks: Int) {\n    dataSubjectRequestStats(weeks: $weeks) {\n      weeks\n      since\n      overdue\n      answered\n      answeredLate\n      extended\n      byStatus {\n        status\n        count\n      }\n      perWeek {\n        week\n        weekStart\n        received\n        completed\n      }\n      answerTimes {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n": types.OperatorRequestStatsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      role\n      tenantRole\n      twoFactorEnabled\n      tenant {\n        id\n        slug\n        name\n        requireTwoFactor\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSession(\n    $email: String!\n    $password: String!\n    $tenant: String\n    $otp: String\n    $remember: Boolean\n  ) {\n    startSession(email: $email, password: $password, tenant: $tenant, otp: $otp, remember: $remember) {\n      id\n      email\n      role\n      tenantRole\n      twoFactorEnabled\n      tenant {\n        id\n        slug\n        name\n        requireTwoFactor\n      }\n    }\n  }\n"): typeof import('./graphql').StartSessionDocument;
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
export function graphql(source: "\n  query List($id: ID!) {\n    list(id: $id) {\n      id\n      name\n      title\n      optIn\n      createdAt\n      confirmedCount\n      pendingCount\n      description\n      consentWording\n      consentVersion\n      fromName\n      fromAddress\n      replyTo\n      footer\n    }\n  }\n"): typeof import('./graphql').ListDocument;
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
export function graphql(source: "\n  query Deliveries($listId: ID!) {\n    deliveries(listId: $listId) {\n      id\n      status\n      createdAt\n      recipients\n      sent\n      failed\n      subject\n      scheduledFor\n    }\n  }\n"): typeof import('./graphql').DeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendListMessage($listId: ID!, $input: MessageInput!) {\n    sendListMessage(listId: $listId, input: $input) {\n      id\n      status\n      recipients\n    }\n  }\n"): typeof import('./graphql').SendListMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectTasks($status: TaskStatus) {\n    dataSubjectTasks(status: $status) {\n      id\n      reference\n      type\n      status\n      subjectEmail\n      details\n      receivedAt\n      dueAt\n      records\n      lists\n      respondedAt\n      reason\n    }\n  }\n"): typeof import('./graphql').DataSubjectTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToDataSubjectTask($input: TaskResponseInput!) {\n    respondToDataSubjectTask(input: $input) {\n      id\n      reference\n      status\n      dueAt\n      respondedAt\n      reason\n    }\n  }\n"): typeof import('./graphql').RespondToDataSubjectTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreachNotices {\n    breachNotices {\n      id\n      title\n      nature\n      dataCategories\n      affectedSubjects\n      affectedRecords\n      affectedLists\n      euEeaSubjects\n      unknownCountrySubjects\n      deletedRecordsEstimate\n      likelyConsequences\n      measuresTaken\n      contact\n      riskLevel\n      riskReason\n      encrypted\n      discoveredAt\n      occurredFrom\n      occurredTo\n      controllerDeadline\n      notifiedAt\n      acknowledgedAt\n    }\n  }\n"): typeof import('./graphql').BreachNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeBreachNotice($id: ID!) {\n    acknowledgeBreachNotice(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n"): typeof import('./graphql').AcknowledgeBreachNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessingLog($filter: ProcessingLogFilter, $first: Int, $after: String) {\n    processingLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        seq\n        at\n        actorType\n        purpose\n        action\n        subjects\n        dataCategories\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').ProcessingLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantUsers {\n    tenantUsers {\n      id\n      email\n      role\n      status\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql').TenantUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteTenantUser($input: InviteTenantUserInput!) {\n    inviteTenantUser(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n"): typeof import('./graphql').InviteTenantUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantUser($id: ID!, $role: TenantRole!) {\n    updateTenantUser(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').UpdateTenantUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTenantUser($id: ID!) {\n    removeTenantUser(id: $id)\n  }\n"): typeof import('./graphql').RemoveTenantUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateList($id: ID!, $input: UpdateListInput!) {\n    updateList(id: $id, input: $input) {\n      id\n      title\n      optIn\n      description\n      consentWording\n      consentVersion\n      fromName\n      fromAddress\n      replyTo\n      footer\n    }\n  }\n"): typeof import('./graphql').UpdateListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteList($id: ID!) {\n    deleteList(id: $id)\n  }\n"): typeof import('./graphql').DeleteListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListActivity($id: ID!, $days: Int) {\n    list(id: $id) {\n      id\n      activity(days: $days) {\n        date\n        signups\n        confirmations\n        unsubscribes\n      }\n    }\n  }\n"): typeof import('./graphql').ListActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Delivery($id: ID!) {\n    delivery(id: $id) {\n      id\n      status\n      subject\n      createdAt\n      scheduledFor\n      startedAt\n      finishedAt\n      recipients\n      sent\n      failed\n      opens\n      anonymousOpens\n      unsubscribes\n      bounces\n      complaints\n    }\n  }\n"): typeof import('./graphql').DeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelDelivery($id: ID!) {\n    cancelDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestMessage($listId: ID!, $input: MessageInput!) {\n    sendTestMessage(listId: $listId, input: $input)\n  }\n"): typeof import('./graphql').SendTestMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriberSearch($listId: ID!, $query: String!, $first: Int, $after: String) {\n    subscriberSearch(listId: $listId, query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        status\n        requestedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SubscriberSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriberDetails($listId: ID!, $email: String!) {\n    subscriberSearch(listId: $listId, query: $email, first: 1) {\n      nodes {\n        id\n        email\n        name\n        country\n        format\n        trackingConsent\n        consent {\n          at\n          event\n          source\n          wordingVersion\n          wording\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubscriberDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSubscriber($id: ID!, $input: UpdateSubscriberInput!) {\n    updateSubscriber(id: $id, input: $input) {\n      id\n      name\n      country\n      format\n      trackingConsent\n    }\n  }\n"): typeof import('./graphql').UpdateSubscriberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSubscribers($ids: [ID!]!) {\n    removeSubscribers(ids: $ids)\n  }\n"): typeof import('./graphql').RemoveSubscribersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriberImport($id: ID!) {\n    subscriberImport(id: $id) {\n      id\n      status\n      progress {\n        processed\n        total\n      }\n      report {\n        rows\n        added\n        alreadyPresent\n        suppressed\n        invalid\n        invalidLines {\n          line\n          reason\n        }\n      }\n      error\n    }\n  }\n"): typeof import('./graphql').SubscriberImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!, $tenant: String) {\n    requestPasswordReset(email: $email, tenant: $tenant) {\n      accepted\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      otpauthUri\n    }\n  }\n"): typeof import('./graphql').BeginTwoFactorSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n"): typeof import('./graphql').ConfirmTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"): typeof import('./graphql').DisableTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n"): typeof import('./graphql').SessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings($id: ID!) {\n    tenant(id: $id) {\n      id\n      slug\n      name\n      dpoEmail\n      requireTwoFactor\n    }\n    me {\n      id\n      twoFactorEnabled\n    }\n  }\n"): typeof import('./graphql').TenantSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      id\n      slug\n      name\n      dpoEmail\n      requireTwoFactor\n    }\n  }\n"): typeof import('./graphql').UpdateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorTenants {\n    tenants {\n      id\n      slug\n      name\n      service\n      status\n      createdAt\n    }\n  }\n"): typeof import('./graphql').OperatorTenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      slug\n      name\n      service\n      dpoEmail\n      status\n      createdAt\n      requireTwoFactor\n      suspendedAt\n      suspensionReason\n      offboardedAt\n      dataDeletedAt\n    }\n  }\n"): typeof import('./graphql').OperatorTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorTenantUsers($tenantId: ID!) {\n    tenantUsers(tenantId: $tenantId) {\n      id\n      email\n      role\n      status\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql').OperatorTenantUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').CreateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n"): typeof import('./graphql').SuspendTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n"): typeof import('./graphql').ReactivateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OffboardTenant($id: ID!) {\n    offboardTenant(id: $id) {\n      id\n      status\n      offboardedAt\n      dataDeletedAt\n    }\n  }\n"): typeof import('./graphql').OffboardTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Operators {\n    operators {\n      id\n      email\n      status\n      twoFactorEnabled\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql').OperatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteOperator($email: String!) {\n    inviteOperator(email: $email) {\n      id\n      email\n      status\n    }\n  }\n"): typeof import('./graphql').InviteOperatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorRequests($status: RequestStatus) {\n    dataSubjectRequests(status: $status) {\n      reference\n      type\n      status\n      receivedAt\n      dueAt\n      tasks\n      overdueTasks\n      completedAt\n    }\n  }\n"): typeof import('./graphql').OperatorRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorRequestStats($weeks: Int) {\n    dataSubjectRequestStats(weeks: $weeks) {\n      weeks\n      since\n      overdue\n      answered\n      answeredLate\n      extended\n      byStatus {\n        status\n        count\n      }\n      perWeek {\n        week\n        weekStart\n        received\n        completed\n      }\n      answerTimes {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').OperatorRequestStatsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
