import { graphql } from '@/graphql/generated';

/**
 * A row per sheet of the year, only what the table shows: the group's name comes from the year's
 * group list (ScoreSheetYears), not repeated on every row (issue 9: 574 bytes a row → ~400).
 */
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
          unitName
          groupId
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
