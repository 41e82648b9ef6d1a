import { graphql } from '../gql';

/** Every GraphQL operation of the portal; GraphQL Code Generator types each from schema/schema.graphql. */

export const viewerQuery = graphql(`
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
      tenant {
        id
        slug
        name
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
