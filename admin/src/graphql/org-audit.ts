import { graphql } from './generated';

export const OrgAuditTrailDocument = graphql(`
  query OrgAuditTrail($entityType: OrgAuditEntityType, $entityId: ID, $first: Int, $after: String) {
    orgAuditTrail(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          entityType
          entityId
          entityLabel
          action
          actorName
          at
          before
          after
        }
      }
    }
  }
`);
