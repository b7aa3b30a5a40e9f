import { graphql } from './generated';

export const YearRowFragment = graphql(`
  fragment YearRow on AssessmentYear {
    id
    provinceUnitId
    year
    name
    model
    status
    selfAssessmentDeadline
    explanationDeadline
    appraisalDeadline
    publicationDeadline
    copiedFromYearId
    rosterFrozenAt
    updatedAt
  }
`);

export const UnitGroupRowFragment = graphql(`
  fragment UnitGroupRow on UnitGroup {
    id
    yearId
    code
    name
    assessorRule
    criteriaTotal
    sortOrder
    memberKinds
    memberSubtypes
    criteriaReopened
    rosterSize
  }
`);

export const YearDetailFragment = graphql(`
  fragment YearDetail on AssessmentYear {
    ...YearRow
    bonusCap
    penaltyCap
    classificationBands {
      code
      labelVi
      labelEn
      minIndex
      color
    }
    headRatings {
      bandCode
      code
      labelVi
      labelEn
    }
    groups {
      ...UnitGroupRow
    }
    nextStatuses {
      to
      allowed
      requiresReason
      reason
      code
      warnings
    }
  }
`);

export const ProvinceOfUnitDocument = graphql(`
  query ProvinceOfUnit($id: ID!) {
    orgUnit(id: $id) {
      id
      kind
      ancestors {
        id
        kind
        name
      }
    }
  }
`);

export const YearListDocument = graphql(`
  query YearList($provinceId: ID!) {
    assessmentYears(provinceId: $provinceId) {
      ...YearRow
    }
  }
`);

export const YearDetailDocument = graphql(`
  query YearDetail($id: ID!) {
    assessmentYear(id: $id) {
      ...YearDetail
    }
  }
`);

export const CreateYearDocument = graphql(`
  mutation CreateYear($input: CreateAssessmentYearInput!) {
    createAssessmentYear(input: $input) {
      ...YearDetail
    }
  }
`);

export const UpdateYearDocument = graphql(`
  mutation UpdateYear($id: ID!, $input: UpdateAssessmentYearInput!) {
    updateAssessmentYear(id: $id, input: $input) {
      ...YearDetail
    }
  }
`);

export const TransitionYearDocument = graphql(`
  mutation TransitionYear($id: ID!, $to: YearStatus!, $reason: String) {
    transitionAssessmentYear(id: $id, to: $to, reason: $reason) {
      from
      to
      warnings
      year {
        ...YearDetail
      }
    }
  }
`);

export const UpsertUnitGroupDocument = graphql(`
  mutation UpsertUnitGroup($input: UnitGroupInput!) {
    upsertUnitGroup(input: $input) {
      ...UnitGroupRow
    }
  }
`);

export const DeleteUnitGroupDocument = graphql(`
  mutation DeleteUnitGroup($id: ID!) {
    deleteUnitGroup(id: $id)
  }
`);

export const RosterDocument = graphql(`
  query Roster($yearId: ID!, $groupId: ID, $first: Int, $after: String) {
    roster(yearId: $yearId, groupId: $groupId, first: $first, after: $after) {
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
          unitCode
          unitKind
          unitSubtype
          groupId
          assessorUnitId
          assessorUnitName
          parentDistrictId
          addedManually
        }
      }
    }
  }
`);

export const BuildRosterDocument = graphql(`
  mutation BuildRoster($yearId: ID!) {
    buildRoster(yearId: $yearId) {
      added
      removed
      skipped {
        unitId
        unitName
        reason
      }
      year {
        id
        groups {
          ...UnitGroupRow
        }
      }
    }
  }
`);

export const AddRosterUnitDocument = graphql(`
  mutation AddRosterUnit($yearId: ID!, $unitId: ID!, $groupId: ID!, $reason: String) {
    addRosterUnit(yearId: $yearId, unitId: $unitId, groupId: $groupId, reason: $reason) {
      id
    }
  }
`);

export const RemoveRosterUnitDocument = graphql(`
  mutation RemoveRosterUnit($yearId: ID!, $unitId: ID!, $reason: String) {
    removeRosterUnit(yearId: $yearId, unitId: $unitId, reason: $reason)
  }
`);

export const AppraiserAssignmentRowFragment = graphql(`
  fragment AppraiserAssignmentRow on AppraiserAssignment {
    id
    yearId
    userId
    assessorUnitId
    unitIds
    areaCodes
    createdAt
    updatedAt
  }
`);

export const AppraiserAssignmentsDocument = graphql(`
  query AppraiserAssignments($yearId: ID!) {
    appraiserAssignments(yearId: $yearId) {
      ...AppraiserAssignmentRow
    }
  }
`);

export const AssignAppraiserDocument = graphql(`
  mutation AssignAppraiser($yearId: ID!, $userId: ID!, $unitIds: [ID!]!, $areaCodes: [String!]!) {
    assignAppraiser(yearId: $yearId, userId: $userId, unitIds: $unitIds, areaCodes: $areaCodes) {
      ...AppraiserAssignmentRow
    }
  }
`);

export const RemoveAppraiserAssignmentDocument = graphql(`
  mutation RemoveAppraiserAssignment($id: ID!) {
    removeAppraiserAssignment(id: $id)
  }
`);

/** Users of the province (the appraisers are picked from them by role). */
export const AppraiserCandidatesDocument = graphql(`
  query AppraiserCandidates($first: Int) {
    users(first: $first) {
      edges {
        node {
          id
          username
          fullName
          roles
          active
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

/** A group's criteria codes; the top-level ones are the areas (lĩnh vực) of an assignment. */
export const AssignmentAreasDocument = graphql(`
  query AssignmentAreas($yearId: ID!, $groupId: ID!) {
    criteriaSet(yearId: $yearId, groupId: $groupId) {
      yearId
      group {
        id
      }
      nodes {
        id
        parentId
        code
        title
        sortOrder
      }
    }
  }
`);

export const YearRecomputeReportFragment = graphql(`
  fragment YearRecomputeReport on YearRecompute {
    yearId
    dryRun
    phase
    done
    total
    error
    sheets
    written
    entriesRescored
    entriesFlagged
    changes {
      unitId
      unitName
      groupId
      groupName
      indexBefore
      indexAfter
      rankBefore
      rankAfter
      classificationBefore
      classificationAfter
      classificationBeforeLabel
      classificationAfterLabel
      headRatingBefore
      headRatingAfter
      headRatingBeforeLabel
      headRatingAfterLabel
    }
  }
`);

/** Full recompute of a year (dryRun: only what would change). Province administrator. */
export const RecomputeYearResultsDocument = graphql(`
  mutation RecomputeYearResults($yearId: ID!, $dryRun: Boolean!) {
    recomputeYearResults(yearId: $yearId, dryRun: $dryRun) {
      ...YearRecomputeReport
    }
  }
`);

/** Progress of the running recompute, polled while the mutation runs (reads no database). */
export const YearRecomputeProgressDocument = graphql(`
  query YearRecomputeProgress($yearId: ID!) {
    yearRecompute(yearId: $yearId) {
      yearId
      dryRun
      phase
      done
      total
    }
  }
`);

export const ArchivedSheetsDocument = graphql(`
  query ArchivedSheets($yearId: ID!) {
    archivedSheets(yearId: $yearId) {
      id
      unitId
      unitName
      groupId
      reason
      archivedByName
      archivedAt
      filledLeaves
      restoredAt
    }
  }
`);
