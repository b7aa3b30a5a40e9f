import { graphql } from './generated';

export const CriteriaNodeFieldsFragment = graphql(`
  fragment CriteriaNodeFields on CriteriaNode {
    id
    parentId
    code
    title
    maxPoints
    section
    sortOrder
    depth
    method
    params
    evidenceGuidance
    scoringGuidance
    allowNotApplicable
    enteredByAssessor
    assessorEntryReason
    childrenTotal
  }
`);

export const CriteriaSetFieldsFragment = graphql(`
  fragment CriteriaSetFields on CriteriaSet {
    yearId
    total
    configuredTotal
    locked
    lockReason
    valid
    group {
      ...UnitGroupRow
      bonusPenaltyDefaultZero
    }
    nodes {
      ...CriteriaNodeFields
    }
    issues {
      code
      nodeCode
      severity
      message
    }
  }
`);

export const CriteriaSetDocument = graphql(`
  query CriteriaSet($yearId: ID!, $groupId: ID!) {
    criteriaSet(yearId: $yearId, groupId: $groupId) {
      ...CriteriaSetFields
    }
  }
`);

export const ReplaceCriteriaSetDocument = graphql(`
  mutation ReplaceCriteriaSet($yearId: ID!, $groupId: ID!, $nodes: [CriteriaNodeInput!]!) {
    replaceCriteriaSet(yearId: $yearId, groupId: $groupId, nodes: $nodes) {
      ...CriteriaSetFields
    }
  }
`);

export const CopyCriteriaSetDocument = graphql(`
  mutation CopyCriteriaSet($fromYearId: ID!, $fromGroupId: ID!, $toYearId: ID!, $toGroupId: ID!) {
    copyCriteriaSet(fromYearId: $fromYearId, fromGroupId: $fromGroupId, toYearId: $toYearId, toGroupId: $toGroupId) {
      ...CriteriaSetFields
    }
  }
`);

export const ImportCriteriaSetDocument = graphql(`
  mutation ImportCriteriaSet($yearId: ID!, $groupId: ID!, $base64: String!) {
    importCriteriaSet(yearId: $yearId, groupId: $groupId, base64: $base64) {
      ...CriteriaSetFields
    }
  }
`);

export const ExportCriteriaSetDocument = graphql(`
  query ExportCriteriaSet($yearId: ID!, $groupId: ID!) {
    exportCriteriaSet(yearId: $yearId, groupId: $groupId) {
      ...FileDownloadFields
    }
  }
`);

export const ReopenCriteriaSetDocument = graphql(`
  mutation ReopenCriteriaSet($yearId: ID!, $groupId: ID!, $reason: String!) {
    reopenCriteriaSet(yearId: $yearId, groupId: $groupId, reason: $reason) {
      ...CriteriaSetFields
    }
  }
`);

/**
 * "Mặc định 0 điểm" for the set's bonus and penalty leaves (issue 11 §4). Only the group comes
 * back: Apollo updates the cached UnitGroup, and the page keeps the outline being edited.
 */
export const SetBonusPenaltyDefaultZeroDocument = graphql(`
  mutation SetBonusPenaltyDefaultZero($yearId: ID!, $groupId: ID!, $enabled: Boolean!) {
    setBonusPenaltyDefaultZero(yearId: $yearId, groupId: $groupId, enabled: $enabled) {
      yearId
      group {
        id
        bonusPenaltyDefaultZero
      }
    }
  }
`);

export const LockCriteriaSetDocument = graphql(`
  mutation LockCriteriaSet($yearId: ID!, $groupId: ID!) {
    lockCriteriaSet(yearId: $yearId, groupId: $groupId) {
      ...CriteriaSetFields
    }
  }
`);
