import { graphql } from '@/graphql/generated';

export const ProgressSheetsDocument = graphql(`
  query ProgressSheets(
    $yearId: ID!
    $groupId: ID
    $assessorUnitId: ID
    $status: SheetStatus
    $overdue: Boolean
    $first: Int
    $after: String
  ) {
    scoreSheets(
      yearId: $yearId
      groupId: $groupId
      assessorUnitId: $assessorUnitId
      status: $status
      overdue: $overdue
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          unitId
          unitName
          groupId
          group {
            id
            code
            name
          }
          assessorUnitId
          assessorUnitName
          status
          deadline
          overdue
          totals {
            selfTotal
            appraisedTotal
            index
          }
          progress {
            total
            filled
            appraised
          }
          ruleReviewCount
        }
      }
    }
  }
`);
