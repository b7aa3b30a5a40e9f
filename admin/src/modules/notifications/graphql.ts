import { graphql } from '@/graphql/generated';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MyNotificationsDocument = graphql(`
  query MyNotifications($first: Int, $after: String) {
    myNotifications(first: $first, after: $after) {
      items {
        id
        kind
        title
        body
        yearId
        sheetId
        unitId
        unitName
        deadline
        createdAt
        read
      }
      hasNextPage
      endCursor
      totalCount
      unreadCount
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
