import { graphql } from '@/graphql/generated';

// Kiểm tra (inspections) and Khắc phục (remediation items), issue 10 §3–4.

export const InspectionFieldsFragment = graphql(`
  fragment InspectionFields on Inspection {
    id
    yearId
    year
    unitId
    unitName
    kind
    date
    team
    decisionNumber
    conclusion
    penaltyCount
    canManage
    viaPredecessor
    updatedBy
    updatedAt
    findings {
      id
      position
      text
      criterionId
      criterionCode
      criterionTitle
      quantity
      remediationId
      remediationStatus
      remediationDeadline
      remediationOverdue
    }
  }
`);

export const UnitInspectionsDocument = graphql(`
  query UnitInspections($unitId: ID!) {
    unitInspections(unitId: $unitId) {
      ...InspectionFields
    }
  }
`);

export const InspectionsDocument = graphql(`
  query Inspections($yearId: ID!, $unitId: ID) {
    inspections(yearId: $yearId, unitId: $unitId) {
      ...InspectionFields
    }
  }
`);

export const SaveInspectionDocument = graphql(`
  mutation SaveInspection($input: InspectionInput!) {
    saveInspection(input: $input) {
      ...InspectionFields
    }
  }
`);

export const DeleteInspectionDocument = graphql(`
  mutation DeleteInspection($id: ID!, $reason: String!) {
    deleteInspection(id: $id, reason: $reason)
  }
`);

export const InspectionRosterDocument = graphql(`
  query InspectionRoster($yearId: ID!) {
    roster(yearId: $yearId, first: 500) {
      edges {
        node {
          id
          unitId
          unitName
          unitCode
          groupId
          assessorUnitId
        }
      }
    }
  }
`);

export const PenaltyLeavesDocument = graphql(`
  query PenaltyLeaves($yearId: ID!, $groupId: ID!) {
    criteriaSet(yearId: $yearId, groupId: $groupId) {
      yearId
      nodes {
        id
        parentId
        code
        title
        method
        maxPoints
        enteredByAssessor
      }
    }
  }
`);

export const RemediationFieldsFragment = graphql(`
  fragment RemediationFields on RemediationItem {
    id
    yearId
    year
    unitId
    unitName
    sourceType
    sourceLabel
    criterionId
    criterionCode
    title
    deadline
    daysLeft
    overdue
    status
    availableActions
    canEdit
    createdBy
    createdAt
    closedAt
    events {
      id
      action
      fromStatus
      toStatus
      note
      titleBefore
      titleAfter
      deadlineBefore
      deadlineAfter
      actorName
      at
      evidence {
        fileId
        file {
          id
          fileName
          size
        }
        documentNumber
        documentDate
        issuer
        title
      }
    }
  }
`);

export const RemediationItemsDocument = graphql(`
  query RemediationItems($yearId: ID!, $unitId: ID, $status: RemediationStatus, $overdueOnly: Boolean) {
    remediationItems(yearId: $yearId, unitId: $unitId, status: $status, overdueOnly: $overdueOnly) {
      ...RemediationFields
    }
  }
`);

export const RemediationSummaryDocument = graphql(`
  query RemediationSummary($yearId: ID!) {
    remediationSummary(yearId: $yearId) {
      unitId
      unitName
      pending
      overdue
      reported
      closed
    }
  }
`);

export const CreateRemediationItemDocument = graphql(`
  mutation CreateRemediationItem($input: RemediationItemInput!) {
    createRemediationItem(input: $input) {
      ...RemediationFields
    }
  }
`);

/* The assessor changes a pending item's text and/or deadline with a reason (null: unchanged). */
export const UpdateRemediationItemDocument = graphql(`
  mutation UpdateRemediationItem($id: ID!, $reason: String!, $title: String, $deadline: Date) {
    updateRemediationItem(id: $id, reason: $reason, title: $title, deadline: $deadline) {
      ...RemediationFields
    }
  }
`);

export const ActOnRemediationDocument = graphql(`
  mutation ActOnRemediation($input: RemediationActionInput!) {
    actOnRemediation(input: $input) {
      ...RemediationFields
    }
  }
`);

export const SheetPriorRemediationDocument = graphql(`
  query SheetPriorRemediation($id: ID!) {
    scoreSheet(id: $id) {
      id
      priorRemediation {
        id
        yearId
        year
        criterionCode
        title
        deadline
        daysLeft
        overdue
        status
      }
    }
  }
`);

export const SheetLeafRemediationDocument = graphql(`
  query SheetLeafRemediation($id: ID!) {
    scoreSheet(id: $id) {
      id
      leafRemediation {
        criterionId
        criterionCode
        lostPoints
        canAssign
        suggestedTitle
        item {
          id
          sourceType
          title
          status
          deadline
          daysLeft
          overdue
        }
      }
    }
  }
`);
