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
export const ScoreSheetHeaderFieldsFragment = graphql(`
  fragment ScoreSheetHeaderFields on ScoreSheet {
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
  }
`);

/** One leaf's entry as the sheet page shows it (every entry with the sheet; the saved ones with a save). */
export const ScoreEntryFieldsFragment = graphql(`
  fragment ScoreEntryFields on ScoreEntry {
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
`);

/**
 * What a self-assessment save changes on a leaf's entry (saveSelfAssessment writes only these:
 * declared value, not applicable, self points, note, evidence, and the entry's time); the rest of
 * the entry stays as cached (apollo.ts merges the fields into the cached entry).
 */
export const SelfEntryFieldsFragment = graphql(`
  fragment SelfEntryFields on ScoreEntry {
    criterionId
    declaredValue
    notApplicable
    selfPoints
    selfNote
    selfEvidence {
      ...EvidenceFields
    }
    updatedAt
  }
`);

export const ScoreSheetStateFieldsFragment = graphql(`
  fragment ScoreSheetStateFields on ScoreSheet {
    ...ScoreSheetHeaderFields
    entries {
      ...ScoreEntryFields
    }
  }
`);

export const ScoreSheetFieldsFragment = graphql(`
  fragment ScoreSheetFields on ScoreSheet {
    ...ScoreSheetHeaderFields
    entries {
      ...ScoreEntryFields
    }
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

/*
 * A save answers the sheet's header (version, totals, progress, actions…) and only the entries it
 * saved (`entries(criterionIds:)`, issue 9), not all 82 — a self-assessment save only the fields it
 * writes; the Apollo cache merges those into the sheet's cached entries by criterionId (apollo.ts,
 * ScoreSheet.entries).
 */
export const SaveSelfAssessmentDocument = graphql(`
  mutation SaveSelfAssessment($sheetId: ID!, $version: Int!, $entries: [SelfAssessmentEntryInput!]!, $criterionIds: [ID!]!) {
    saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) {
      ...ScoreSheetHeaderFields
      entries(criterionIds: $criterionIds) {
        ...SelfEntryFields
      }
    }
  }
`);

export const SaveAppraisalDocument = graphql(`
  mutation SaveAppraisal($sheetId: ID!, $version: Int!, $round: Int!, $entries: [AppraisalEntryInput!]!, $criterionIds: [ID!]!) {
    saveAppraisal(sheetId: $sheetId, version: $version, round: $round, entries: $entries) {
      ...ScoreSheetHeaderFields
      entries(criterionIds: $criterionIds) {
        ...ScoreEntryFields
      }
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
  mutation SaveExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationEntryInput!]!, $criterionIds: [ID!]!) {
    saveExplanation(sheetId: $sheetId, version: $version, items: $items) {
      ...ScoreSheetHeaderFields
      entries(criterionIds: $criterionIds) {
        ...ScoreEntryFields
      }
    }
  }
`);

/*
 * Takes a file off a leaf (the unit's self-assessment evidence in a draft, its supplementary evidence
 * during an explanation): the server rewrites the list, deletes the file once nothing cites it and
 * records who removed which file. Answers the header and the leaf, like a save.
 */
export const RemoveEvidenceDocument = graphql(`
  mutation RemoveEvidence($sheetId: ID!, $version: Int!, $criterionId: ID!, $fileId: ID!, $criterionIds: [ID!]!) {
    removeEvidence(sheetId: $sheetId, version: $version, criterionId: $criterionId, fileId: $fileId) {
      ...ScoreSheetHeaderFields
      entries(criterionIds: $criterionIds) {
        ...ScoreEntryFields
      }
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
