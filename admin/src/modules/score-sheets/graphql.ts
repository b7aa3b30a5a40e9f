import { graphql } from '@/graphql/generated';

export const EvidenceFieldsFragment = graphql(`
  fragment EvidenceFields on EvidenceReference {
    fileId
    file {
      id
      fileName
      size
      contentType
    }
    documentNumber
    documentDate
    issuer
    title
  }
`);

/**
 * What a sheet action changes: everything but the criteria tree. The tree is read once with the
 * sheet (ScoreSheetFields) and each entry refers to its leaf by criterionId (issue 9: the entries
 * used to repeat every leaf's code, title, method, rule and guidance, and each save sent it all back).
 * group.bonusPenaltyDefaultZero is the set's "mặc định 0 điểm" rule (issue 11 §4): the submit
 * check, the progress and the rows' marker count an empty bonus/penalty leaf as filled at 0.
 */
export const ScoreSheetStateFieldsFragment = graphql(`
  fragment ScoreSheetStateFields on ScoreSheet {
    id
    yearId
    unitId
    unitName
    unitCode
    groupId
    assessorUnitId
    assessorUnitName
    status
    version
    deadline
    overdue
    historyReadable
    submittedAt
    updatedAt
    availableActions
    lockReason
    attestations {
      ...SheetAttestationFields
    }
    ruleReview {
      count
      criteria
      message
    }
    totals {
      maxApplicable
      selfTotal
      appraisedTotal
      index
      selfIndex
      provisional
      appraisalComplete
      appraisedCriteria
      criteriaToAppraise
    }
    progress {
      total
      filled
      appraised
    }
    group {
      id
      code
      name
      bonusPenaltyDefaultZero
    }
    year {
      id
      year
      name
      model
      status
      selfAssessmentDeadline
      explanationDeadline
      appraisalDeadline
      bonusCap
      penaltyCap
    }
    entries {
      criterionId
      declaredValue
      notApplicable
      selfPoints
      selfNote
      selfEvidence {
        ...EvidenceFields
      }
      round1Points
      round1Note
      explanationRequested
      explanationRequestNote
      explanationText
      supplementaryEvidence {
        ...EvidenceFields
      }
      round2Points
      round2Note
      finalPoints
      surveyPoints
      ruleReview
      updatedAt
      enteredByAssessor
      assessorEntryReason
      assessorRecords {
        id
        quantity
        sourceType
        sourceLabel
        reference {
          documentNumber
          documentDate
          issuer
          title
        }
        note
        enteredBy
        enteredAt
      }
    }
  }
`);

export const ScoreSheetFieldsFragment = graphql(`
  fragment ScoreSheetFields on ScoreSheet {
    ...ScoreSheetStateFields
    criteria {
      id
      parentId
      code
      title
      section
      maxPoints
      method
      params
      allowNotApplicable
      enteredByAssessor
      assessorEntryReason
      sortOrder
      evidenceGuidance
      scoringGuidance
    }
  }
`);

export const ScoreSheetDocument = graphql(`
  query ScoreSheet($id: ID!) {
    scoreSheet(id: $id) {
      ...ScoreSheetFields
    }
  }
`);

export const ScoreSheetForDocument = graphql(`
  query ScoreSheetFor($yearId: ID!, $unitId: ID!) {
    scoreSheetFor(yearId: $yearId, unitId: $unitId) {
      id
      groupId
    }
  }
`);

export const MyYearsDocument = graphql(`
  query ScoreSheetYears($provinceId: ID!) {
    assessmentYears(provinceId: $provinceId) {
      id
      year
      name
      model
      status
      groups {
        id
        name
      }
    }
  }
`);

export const AuditTrailDocument = graphql(`
  query AuditTrail($yearId: ID!, $sheetId: ID!, $criterionId: ID) {
    auditTrail(yearId: $yearId, sheetId: $sheetId, criterionId: $criterionId, first: 200) {
      totalCount
      edges {
        node {
          id
          action
          actorName
          at
          criterionId
          before
          after
          reason
        }
      }
    }
  }
`);

export const SaveSelfAssessmentDocument = graphql(`
  mutation SaveSelfAssessment($sheetId: ID!, $version: Int!, $entries: [SelfAssessmentEntryInput!]!) {
    saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) {
      ...ScoreSheetStateFields
    }
  }
`);

export const SaveAppraisalDocument = graphql(`
  mutation SaveAppraisal($sheetId: ID!, $version: Int!, $round: Int!, $entries: [AppraisalEntryInput!]!) {
    saveAppraisal(sheetId: $sheetId, version: $version, round: $round, entries: $entries) {
      ...ScoreSheetStateFields
    }
  }
`);

export const ConfirmRuleReviewDocument = graphql(`
  mutation ConfirmRuleReview($sheetId: ID!, $version: Int!, $criterionIds: [ID!]!) {
    confirmRuleReview(sheetId: $sheetId, version: $version, criterionIds: $criterionIds) {
      ...ScoreSheetFields
    }
  }
`);

export const RequestExplanationDocument = graphql(`
  mutation RequestExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationRequestInput!]!) {
    requestExplanation(sheetId: $sheetId, version: $version, items: $items) {
      ...ScoreSheetStateFields
    }
  }
`);

export const SaveExplanationDocument = graphql(`
  mutation SaveExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationEntryInput!]!) {
    saveExplanation(sheetId: $sheetId, version: $version, items: $items) {
      ...ScoreSheetStateFields
    }
  }
`);

export const SubmitSelfAssessmentDocument = graphql(`
  mutation SubmitSelfAssessment($sheetId: ID!, $version: Int!) {
    submitSelfAssessment(sheetId: $sheetId, version: $version) {
      ...ScoreSheetStateFields
    }
  }
`);

export const WithdrawSubmissionDocument = graphql(`
  mutation WithdrawSubmission($sheetId: ID!, $version: Int!, $reason: String) {
    withdrawSubmission(sheetId: $sheetId, version: $version, reason: $reason) {
      ...ScoreSheetStateFields
    }
  }
`);

export const StartAppraisalDocument = graphql(`
  mutation StartAppraisal($sheetId: ID!, $version: Int!) {
    startAppraisal(sheetId: $sheetId, version: $version) {
      ...ScoreSheetStateFields
    }
  }
`);

export const SubmitExplanationDocument = graphql(`
  mutation SubmitExplanation($sheetId: ID!, $version: Int!) {
    submitExplanation(sheetId: $sheetId, version: $version) {
      ...ScoreSheetStateFields
    }
  }
`);

export const CloseExplanationDocument = graphql(`
  mutation CloseExplanation($sheetId: ID!, $version: Int!, $reason: String) {
    closeExplanation(sheetId: $sheetId, version: $version, reason: $reason) {
      ...ScoreSheetStateFields
    }
  }
`);

export const CompleteAppraisalDocument = graphql(`
  mutation CompleteAppraisal($sheetId: ID!, $version: Int!) {
    completeAppraisal(sheetId: $sheetId, version: $version) {
      ...ScoreSheetStateFields
    }
  }
`);

export const ReturnToAppraisalDocument = graphql(`
  mutation ReturnToAppraisal($sheetId: ID!, $version: Int!, $reason: String) {
    returnToAppraisal(sheetId: $sheetId, version: $version, reason: $reason) {
      ...ScoreSheetStateFields
    }
  }
`);

export const ApproveScoreSheetDocument = graphql(`
  mutation ApproveScoreSheet($sheetId: ID!, $version: Int!) {
    approveScoreSheet(sheetId: $sheetId, version: $version) {
      ...ScoreSheetStateFields
    }
  }
`);

export const ReopenScoreSheetDocument = graphql(`
  mutation ReopenScoreSheet($sheetId: ID!, $version: Int!, $target: ReopenTarget!, $reason: String!) {
    reopenScoreSheet(sheetId: $sheetId, version: $version, target: $target, reason: $reason) {
      ...ScoreSheetStateFields
    }
  }
`);

/** The caller's tasks (the inbox's source), for "next unit" through an appraiser's or a chair's queue. */
export const SheetQueueDocument = graphql(`
  query SheetQueue {
    myTasks {
      id
      kind
      yearId
      sheetId
      unitName
    }
  }
`);
