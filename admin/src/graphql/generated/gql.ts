/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment CriteriaNodeFields on CriteriaNode {\n    id\n    parentId\n    code\n    title\n    maxPoints\n    section\n    sortOrder\n    depth\n    method\n    params\n    evidenceGuidance\n    scoringGuidance\n    allowNotApplicable\n    childrenTotal\n  }\n": typeof types.CriteriaNodeFieldsFragmentDoc,
    "\n  fragment CriteriaSetFields on CriteriaSet {\n    yearId\n    total\n    configuredTotal\n    locked\n    lockReason\n    valid\n    group {\n      ...UnitGroupRow\n    }\n    nodes {\n      ...CriteriaNodeFields\n    }\n    issues {\n      code\n      nodeCode\n      severity\n      message\n    }\n  }\n": typeof types.CriteriaSetFieldsFragmentDoc,
    "\n  query CriteriaSet($yearId: ID!, $groupId: ID!) {\n    criteriaSet(yearId: $yearId, groupId: $groupId) {\n      ...CriteriaSetFields\n    }\n  }\n": typeof types.CriteriaSetDocument,
    "\n  mutation ReplaceCriteriaSet($yearId: ID!, $groupId: ID!, $nodes: [CriteriaNodeInput!]!) {\n    replaceCriteriaSet(yearId: $yearId, groupId: $groupId, nodes: $nodes) {\n      ...CriteriaSetFields\n    }\n  }\n": typeof types.ReplaceCriteriaSetDocument,
    "\n  mutation CopyCriteriaSet($fromYearId: ID!, $fromGroupId: ID!, $toYearId: ID!, $toGroupId: ID!) {\n    copyCriteriaSet(fromYearId: $fromYearId, fromGroupId: $fromGroupId, toYearId: $toYearId, toGroupId: $toGroupId) {\n      ...CriteriaSetFields\n    }\n  }\n": typeof types.CopyCriteriaSetDocument,
    "\n  mutation ImportCriteriaSet($yearId: ID!, $groupId: ID!, $base64: String!) {\n    importCriteriaSet(yearId: $yearId, groupId: $groupId, base64: $base64) {\n      ...CriteriaSetFields\n    }\n  }\n": typeof types.ImportCriteriaSetDocument,
    "\n  query ExportCriteriaSet($yearId: ID!, $groupId: ID!) {\n    exportCriteriaSet(yearId: $yearId, groupId: $groupId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n": typeof types.ExportCriteriaSetDocument,
    "\n  mutation ReopenCriteriaSet($yearId: ID!, $groupId: ID!, $reason: String!) {\n    reopenCriteriaSet(yearId: $yearId, groupId: $groupId, reason: $reason) {\n      ...CriteriaSetFields\n    }\n  }\n": typeof types.ReopenCriteriaSetDocument,
    "\n  mutation LockCriteriaSet($yearId: ID!, $groupId: ID!) {\n    lockCriteriaSet(yearId: $yearId, groupId: $groupId) {\n      ...CriteriaSetFields\n    }\n  }\n": typeof types.LockCriteriaSetDocument,
    "\n  fragment OrgUnitRow on OrgUnit {\n    id\n    kind\n    subtype\n    code\n    name\n    level\n    isOpen\n    childCount\n    validFrom\n    validTo\n  }\n": typeof types.OrgUnitRowFragmentDoc,
    "\n  fragment OrgUnitLinkFields on OrgUnitLink {\n    kind\n    partial\n    effectiveDate\n    note\n    unit {\n      id\n      name\n      isOpen\n    }\n  }\n": typeof types.OrgUnitLinkFieldsFragmentDoc,
    "\n  query OrgUnitList(\n    $parentId: ID\n    $rootsOnly: Boolean\n    $kind: OrgUnitKind\n    $search: String\n    $includeClosed: Boolean\n    $first: Int\n    $after: String\n  ) {\n    orgUnits(\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      kind: $kind\n      search: $search\n      includeClosed: $includeClosed\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrgUnitRow\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitListDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitRow\n      path\n      mergerText\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n      predecessors {\n        ...OrgUnitLinkFields\n      }\n      successors {\n        ...OrgUnitLinkFields\n      }\n    }\n  }\n": typeof types.OrgUnitDetailDocument,
    "\n  query OrgUnitUsers($id: ID!, $first: Int, $after: String) {\n    orgUnit(id: $id) {\n      id\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            username\n            fullName\n            roles\n            active\n            lockedUntil\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitUsersDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation ChangeOrgUnitSubtype($id: ID!, $subtype: String!) {\n    changeOrgUnitSubtype(id: $id, subtype: $subtype) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.ChangeOrgUnitSubtypeDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      ...OrgUnitRow\n      path\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation CloseOrgUnit($id: ID!, $validTo: Date!) {\n    closeOrgUnit(id: $id, validTo: $validTo) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.CloseOrgUnitDocument,
    "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.MergeOrgUnitsDocument,
    "\n  mutation SplitOrgUnit($input: SplitOrgUnitInput!) {\n    splitOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.SplitOrgUnitDocument,
    "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      dataset\n      provinceCode\n      created\n      unchanged\n      updated\n      linked\n      unmatched\n      ambiguous\n    }\n  }\n": typeof types.ImportUnitsDocument,
    "\n  fragment ComponentIndexFields on ComponentIndex {\n    criterionId\n    code\n    title\n    maxPoints\n    maxApplicable\n    selfPoints\n    finalPoints\n    index\n    selfIndex\n  }\n": typeof types.ComponentIndexFieldsFragmentDoc,
    "\n  fragment ResultTotals on SheetTotals {\n    maxApplicable\n    selfTotal\n    appraisedTotal\n    surveyPoints\n    bonusPoints\n    penaltyPoints\n    index\n    selfIndex\n    gapPoints\n    gapIndex\n  }\n": typeof types.ResultTotalsFragmentDoc,
    "\n  fragment ClassificationFields on Classification {\n    code\n    label\n    labelEn\n    color\n  }\n": typeof types.ClassificationFieldsFragmentDoc,
    "\n  fragment HeadRatingFields on HeadRating {\n    code\n    label\n    labelEn\n  }\n": typeof types.HeadRatingFieldsFragmentDoc,
    "\n  query Ranking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {\n    ranking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {\n      yearId\n      year\n      groupId\n      groupName\n      assessorUnitId\n      provisional\n      areas {\n        code\n        title\n      }\n      rows {\n        rank\n        position\n        tied\n        provisional\n        unitId\n        unitName\n        unitCode\n        assessorUnitId\n        assessorUnitName\n        sheetId\n        status\n        index\n        totals {\n          ...ResultTotals\n        }\n        classification {\n          ...ClassificationFields\n        }\n        headRating {\n          ...HeadRatingFields\n        }\n        areas {\n          ...ComponentIndexFields\n        }\n      }\n      warnings {\n        code\n        level\n        share\n        limit\n        count\n        baseCount\n        message\n        messageEn\n      }\n    }\n  }\n": typeof types.RankingDocument,
    "\n  query ExportRanking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {\n    exportRanking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n": typeof types.ExportRankingDocument,
    "\n  query UnitAssessment($unitId: ID!, $yearId: ID!) {\n    orgUnit(id: $unitId) {\n      id\n      name\n      assessment(yearId: $yearId) {\n        yearId\n        year\n        yearName\n        groupId\n        groupName\n        sheetId\n        status\n        provisional\n        rankInGroup\n        rankInAssessor\n        groupSize\n        totals {\n          ...ResultTotals\n        }\n        classification {\n          ...ClassificationFields\n        }\n        headRating {\n          ...HeadRatingFields\n        }\n        areas {\n          ...ComponentIndexFields\n        }\n      }\n      indexHistory {\n        year\n        yearId\n        unitId\n        unitName\n        index\n        rankInGroup\n        viaPredecessor\n        provisional\n        classification {\n          ...ClassificationFields\n        }\n      }\n    }\n  }\n": typeof types.UnitAssessmentDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    fullName\n    roles\n    active\n    lockedUntil\n    lastLoginAt\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query UserList($unitId: ID, $search: String, $first: Int, $after: String) {\n    users(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UserListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  fragment YearRow on AssessmentYear {\n    id\n    provinceUnitId\n    year\n    name\n    model\n    status\n    selfAssessmentDeadline\n    explanationDeadline\n    appraisalDeadline\n    publicationDeadline\n    copiedFromYearId\n    rosterFrozenAt\n    updatedAt\n  }\n": typeof types.YearRowFragmentDoc,
    "\n  fragment UnitGroupRow on UnitGroup {\n    id\n    yearId\n    code\n    name\n    assessorRule\n    criteriaTotal\n    sortOrder\n    memberKinds\n    memberSubtypes\n    criteriaReopened\n    rosterSize\n  }\n": typeof types.UnitGroupRowFragmentDoc,
    "\n  fragment YearDetail on AssessmentYear {\n    ...YearRow\n    bonusCap\n    penaltyCap\n    classificationBands {\n      code\n      labelVi\n      labelEn\n      minIndex\n      color\n    }\n    headRatings {\n      bandCode\n      code\n      labelVi\n      labelEn\n    }\n    groups {\n      ...UnitGroupRow\n    }\n    nextStatuses {\n      to\n      allowed\n      requiresReason\n      reason\n      code\n      warnings\n    }\n  }\n": typeof types.YearDetailFragmentDoc,
    "\n  query ProvinceOfUnit($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      ancestors {\n        id\n        kind\n        name\n      }\n    }\n  }\n": typeof types.ProvinceOfUnitDocument,
    "\n  query YearList($provinceId: ID!) {\n    assessmentYears(provinceId: $provinceId) {\n      ...YearRow\n    }\n  }\n": typeof types.YearListDocument,
    "\n  query YearDetail($id: ID!) {\n    assessmentYear(id: $id) {\n      ...YearDetail\n    }\n  }\n": typeof types.YearDetailDocument,
    "\n  mutation CreateYear($input: CreateAssessmentYearInput!) {\n    createAssessmentYear(input: $input) {\n      ...YearDetail\n    }\n  }\n": typeof types.CreateYearDocument,
    "\n  mutation UpdateYear($id: ID!, $input: UpdateAssessmentYearInput!) {\n    updateAssessmentYear(id: $id, input: $input) {\n      ...YearDetail\n    }\n  }\n": typeof types.UpdateYearDocument,
    "\n  mutation TransitionYear($id: ID!, $to: YearStatus!, $reason: String) {\n    transitionAssessmentYear(id: $id, to: $to, reason: $reason) {\n      from\n      to\n      warnings\n      year {\n        ...YearDetail\n      }\n    }\n  }\n": typeof types.TransitionYearDocument,
    "\n  mutation UpsertUnitGroup($input: UnitGroupInput!) {\n    upsertUnitGroup(input: $input) {\n      ...UnitGroupRow\n    }\n  }\n": typeof types.UpsertUnitGroupDocument,
    "\n  mutation DeleteUnitGroup($id: ID!) {\n    deleteUnitGroup(id: $id)\n  }\n": typeof types.DeleteUnitGroupDocument,
    "\n  query Roster($yearId: ID!, $groupId: ID, $first: Int, $after: String) {\n    roster(yearId: $yearId, groupId: $groupId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          unitCode\n          unitKind\n          unitSubtype\n          groupId\n          assessorUnitId\n          assessorUnitName\n          parentDistrictId\n          addedManually\n        }\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  mutation BuildRoster($yearId: ID!) {\n    buildRoster(yearId: $yearId) {\n      added\n      removed\n      skipped {\n        unitId\n        unitName\n        reason\n      }\n      year {\n        id\n        groups {\n          ...UnitGroupRow\n        }\n      }\n    }\n  }\n": typeof types.BuildRosterDocument,
    "\n  mutation AddRosterUnit($yearId: ID!, $unitId: ID!, $groupId: ID!, $reason: String) {\n    addRosterUnit(yearId: $yearId, unitId: $unitId, groupId: $groupId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AddRosterUnitDocument,
    "\n  mutation RemoveRosterUnit($yearId: ID!, $unitId: ID!, $reason: String) {\n    removeRosterUnit(yearId: $yearId, unitId: $unitId, reason: $reason)\n  }\n": typeof types.RemoveRosterUnitDocument,
    "\n  fragment AppraiserAssignmentRow on AppraiserAssignment {\n    id\n    yearId\n    userId\n    assessorUnitId\n    unitIds\n    areaCodes\n    createdAt\n    updatedAt\n  }\n": typeof types.AppraiserAssignmentRowFragmentDoc,
    "\n  query AppraiserAssignments($yearId: ID!) {\n    appraiserAssignments(yearId: $yearId) {\n      ...AppraiserAssignmentRow\n    }\n  }\n": typeof types.AppraiserAssignmentsDocument,
    "\n  mutation AssignAppraiser($yearId: ID!, $userId: ID!, $unitIds: [ID!]!, $areaCodes: [String!]!) {\n    assignAppraiser(yearId: $yearId, userId: $userId, unitIds: $unitIds, areaCodes: $areaCodes) {\n      ...AppraiserAssignmentRow\n    }\n  }\n": typeof types.AssignAppraiserDocument,
    "\n  mutation RemoveAppraiserAssignment($id: ID!) {\n    removeAppraiserAssignment(id: $id)\n  }\n": typeof types.RemoveAppraiserAssignmentDocument,
    "\n  query AppraiserCandidates($first: Int) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          username\n          fullName\n          roles\n          active\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AppraiserCandidatesDocument,
    "\n  query AssignmentAreas($yearId: ID!, $groupId: ID!) {\n    criteriaSet(yearId: $yearId, groupId: $groupId) {\n      yearId\n      group {\n        id\n      }\n      nodes {\n        id\n        parentId\n        code\n        title\n        sortOrder\n      }\n    }\n  }\n": typeof types.AssignmentAreasDocument,
    "\n  fragment ApiClientRow on ApiClient {\n    id\n    name\n    keyPrefix\n    scopes\n    active\n    createdAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      fullName\n      username\n    }\n  }\n": typeof types.ApiClientRowFragmentDoc,
    "\n  query ApiClients {\n    apiClients {\n      ...ApiClientRow\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientRow\n      }\n    }\n  }\n": typeof types.CreateApiClientDocument,
    "\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientRow\n    }\n  }\n": typeof types.RevokeApiClientDocument,
    "\n  query MyTasks {\n    myTasks {\n      id\n      kind\n      title\n      detail\n      yearId\n      year\n      yearName\n      sheetId\n      targetId\n      unitId\n      unitName\n      deadline\n      deadlineFor\n      daysLeft\n      overdue\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query ProgressSheets(\n    $yearId: ID!\n    $groupId: ID\n    $assessorUnitId: ID\n    $status: SheetStatus\n    $overdue: Boolean\n    $first: Int\n    $after: String\n  ) {\n    scoreSheets(\n      yearId: $yearId\n      groupId: $groupId\n      assessorUnitId: $assessorUnitId\n      status: $status\n      overdue: $overdue\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          groupId\n          group {\n            id\n            code\n            name\n          }\n          assessorUnitId\n          assessorUnitName\n          status\n          deadline\n          overdue\n          totals {\n            selfTotal\n            appraisedTotal\n            index\n          }\n          progress {\n            total\n            filled\n            appraised\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgressSheetsDocument,
    "\n  query UnitProvince($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      ancestors {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.UnitProvinceDocument,
    "\n  fragment EvidenceFields on EvidenceReference {\n    fileId\n    file {\n      id\n      fileName\n      size\n      contentType\n    }\n    documentNumber\n    documentDate\n    issuer\n    title\n  }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  fragment ScoreSheetFields on ScoreSheet {\n    id\n    yearId\n    unitId\n    unitName\n    unitCode\n    groupId\n    assessorUnitId\n    assessorUnitName\n    status\n    version\n    deadline\n    overdue\n    submittedAt\n    updatedAt\n    availableActions\n    lockReason\n    totals {\n      maxApplicable\n      selfTotal\n      appraisedTotal\n      index\n      selfIndex\n      provisional\n      appraisalComplete\n      appraisedCriteria\n      criteriaToAppraise\n    }\n    progress {\n      total\n      filled\n      appraised\n    }\n    group {\n      id\n      code\n      name\n    }\n    year {\n      id\n      year\n      name\n      model\n      status\n      selfAssessmentDeadline\n      explanationDeadline\n      appraisalDeadline\n      bonusCap\n      penaltyCap\n    }\n    criteria {\n      id\n      parentId\n      code\n      title\n      section\n      maxPoints\n      method\n      params\n      allowNotApplicable\n      sortOrder\n      evidenceGuidance\n      scoringGuidance\n    }\n    entries {\n      criterionId\n      code\n      title\n      depth\n      section\n      method\n      params\n      maxPoints\n      allowNotApplicable\n      evidenceGuidance\n      declaredValue\n      notApplicable\n      selfPoints\n      selfNote\n      selfEvidence {\n        ...EvidenceFields\n      }\n      round1Points\n      round1Note\n      explanationRequested\n      explanationRequestNote\n      explanationText\n      supplementaryEvidence {\n        ...EvidenceFields\n      }\n      round2Points\n      round2Note\n      finalPoints\n      surveyPoints\n      updatedAt\n    }\n  }\n": typeof types.ScoreSheetFieldsFragmentDoc,
    "\n  query ScoreSheet($id: ID!) {\n    scoreSheet(id: $id) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.ScoreSheetDocument,
    "\n  query ScoreSheetFor($yearId: ID!, $unitId: ID!) {\n    scoreSheetFor(yearId: $yearId, unitId: $unitId) {\n      id\n      groupId\n    }\n  }\n": typeof types.ScoreSheetForDocument,
    "\n  query ScoreSheetYears($provinceId: ID!) {\n    assessmentYears(provinceId: $provinceId) {\n      id\n      year\n      name\n      model\n      status\n    }\n  }\n": typeof types.ScoreSheetYearsDocument,
    "\n  query AuditTrail($yearId: ID!, $sheetId: ID!, $criterionId: ID) {\n    auditTrail(yearId: $yearId, sheetId: $sheetId, criterionId: $criterionId, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          actorName\n          at\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  mutation SaveSelfAssessment($sheetId: ID!, $version: Int!, $entries: [SelfAssessmentEntryInput!]!) {\n    saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.SaveSelfAssessmentDocument,
    "\n  mutation SaveAppraisal($sheetId: ID!, $version: Int!, $round: Int!, $entries: [AppraisalEntryInput!]!) {\n    saveAppraisal(sheetId: $sheetId, version: $version, round: $round, entries: $entries) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.SaveAppraisalDocument,
    "\n  mutation RequestExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationRequestInput!]!) {\n    requestExplanation(sheetId: $sheetId, version: $version, items: $items) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.RequestExplanationDocument,
    "\n  mutation SaveExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationEntryInput!]!) {\n    saveExplanation(sheetId: $sheetId, version: $version, items: $items) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.SaveExplanationDocument,
    "\n  mutation SubmitSelfAssessment($sheetId: ID!, $version: Int!) {\n    submitSelfAssessment(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.SubmitSelfAssessmentDocument,
    "\n  mutation WithdrawSubmission($sheetId: ID!, $version: Int!, $reason: String) {\n    withdrawSubmission(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.WithdrawSubmissionDocument,
    "\n  mutation StartAppraisal($sheetId: ID!, $version: Int!) {\n    startAppraisal(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.StartAppraisalDocument,
    "\n  mutation SubmitExplanation($sheetId: ID!, $version: Int!) {\n    submitExplanation(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.SubmitExplanationDocument,
    "\n  mutation CloseExplanation($sheetId: ID!, $version: Int!, $reason: String) {\n    closeExplanation(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.CloseExplanationDocument,
    "\n  mutation CompleteAppraisal($sheetId: ID!, $version: Int!) {\n    completeAppraisal(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.CompleteAppraisalDocument,
    "\n  mutation ReturnToAppraisal($sheetId: ID!, $version: Int!, $reason: String) {\n    returnToAppraisal(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.ReturnToAppraisalDocument,
    "\n  mutation ApproveScoreSheet($sheetId: ID!, $version: Int!) {\n    approveScoreSheet(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.ApproveScoreSheetDocument,
    "\n  mutation ReopenScoreSheet($sheetId: ID!, $version: Int!, $target: ReopenTarget!, $reason: String!) {\n    reopenScoreSheet(sheetId: $sheetId, version: $version, target: $target, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n": typeof types.ReopenScoreSheetDocument,
    "\n    query Probe {\n      me {\n        id\n      }\n    }\n  ": typeof types.ProbeDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment CriteriaNodeFields on CriteriaNode {\n    id\n    parentId\n    code\n    title\n    maxPoints\n    section\n    sortOrder\n    depth\n    method\n    params\n    evidenceGuidance\n    scoringGuidance\n    allowNotApplicable\n    childrenTotal\n  }\n": types.CriteriaNodeFieldsFragmentDoc,
    "\n  fragment CriteriaSetFields on CriteriaSet {\n    yearId\n    total\n    configuredTotal\n    locked\n    lockReason\n    valid\n    group {\n      ...UnitGroupRow\n    }\n    nodes {\n      ...CriteriaNodeFields\n    }\n    issues {\n      code\n      nodeCode\n      severity\n      message\n    }\n  }\n": types.CriteriaSetFieldsFragmentDoc,
    "\n  query CriteriaSet($yearId: ID!, $groupId: ID!) {\n    criteriaSet(yearId: $yearId, groupId: $groupId) {\n      ...CriteriaSetFields\n    }\n  }\n": types.CriteriaSetDocument,
    "\n  mutation ReplaceCriteriaSet($yearId: ID!, $groupId: ID!, $nodes: [CriteriaNodeInput!]!) {\n    replaceCriteriaSet(yearId: $yearId, groupId: $groupId, nodes: $nodes) {\n      ...CriteriaSetFields\n    }\n  }\n": types.ReplaceCriteriaSetDocument,
    "\n  mutation CopyCriteriaSet($fromYearId: ID!, $fromGroupId: ID!, $toYearId: ID!, $toGroupId: ID!) {\n    copyCriteriaSet(fromYearId: $fromYearId, fromGroupId: $fromGroupId, toYearId: $toYearId, toGroupId: $toGroupId) {\n      ...CriteriaSetFields\n    }\n  }\n": types.CopyCriteriaSetDocument,
    "\n  mutation ImportCriteriaSet($yearId: ID!, $groupId: ID!, $base64: String!) {\n    importCriteriaSet(yearId: $yearId, groupId: $groupId, base64: $base64) {\n      ...CriteriaSetFields\n    }\n  }\n": types.ImportCriteriaSetDocument,
    "\n  query ExportCriteriaSet($yearId: ID!, $groupId: ID!) {\n    exportCriteriaSet(yearId: $yearId, groupId: $groupId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n": types.ExportCriteriaSetDocument,
    "\n  mutation ReopenCriteriaSet($yearId: ID!, $groupId: ID!, $reason: String!) {\n    reopenCriteriaSet(yearId: $yearId, groupId: $groupId, reason: $reason) {\n      ...CriteriaSetFields\n    }\n  }\n": types.ReopenCriteriaSetDocument,
    "\n  mutation LockCriteriaSet($yearId: ID!, $groupId: ID!) {\n    lockCriteriaSet(yearId: $yearId, groupId: $groupId) {\n      ...CriteriaSetFields\n    }\n  }\n": types.LockCriteriaSetDocument,
    "\n  fragment OrgUnitRow on OrgUnit {\n    id\n    kind\n    subtype\n    code\n    name\n    level\n    isOpen\n    childCount\n    validFrom\n    validTo\n  }\n": types.OrgUnitRowFragmentDoc,
    "\n  fragment OrgUnitLinkFields on OrgUnitLink {\n    kind\n    partial\n    effectiveDate\n    note\n    unit {\n      id\n      name\n      isOpen\n    }\n  }\n": types.OrgUnitLinkFieldsFragmentDoc,
    "\n  query OrgUnitList(\n    $parentId: ID\n    $rootsOnly: Boolean\n    $kind: OrgUnitKind\n    $search: String\n    $includeClosed: Boolean\n    $first: Int\n    $after: String\n  ) {\n    orgUnits(\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      kind: $kind\n      search: $search\n      includeClosed: $includeClosed\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrgUnitRow\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrgUnitListDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitRow\n      path\n      mergerText\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n      predecessors {\n        ...OrgUnitLinkFields\n      }\n      successors {\n        ...OrgUnitLinkFields\n      }\n    }\n  }\n": types.OrgUnitDetailDocument,
    "\n  query OrgUnitUsers($id: ID!, $first: Int, $after: String) {\n    orgUnit(id: $id) {\n      id\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            username\n            fullName\n            roles\n            active\n            lockedUntil\n          }\n        }\n      }\n    }\n  }\n": types.OrgUnitUsersDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitRow\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation ChangeOrgUnitSubtype($id: ID!, $subtype: String!) {\n    changeOrgUnitSubtype(id: $id, subtype: $subtype) {\n      ...OrgUnitRow\n    }\n  }\n": types.ChangeOrgUnitSubtypeDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      ...OrgUnitRow\n      path\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation CloseOrgUnit($id: ID!, $validTo: Date!) {\n    closeOrgUnit(id: $id, validTo: $validTo) {\n      ...OrgUnitRow\n    }\n  }\n": types.CloseOrgUnitDocument,
    "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": types.MergeOrgUnitsDocument,
    "\n  mutation SplitOrgUnit($input: SplitOrgUnitInput!) {\n    splitOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": types.SplitOrgUnitDocument,
    "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      dataset\n      provinceCode\n      created\n      unchanged\n      updated\n      linked\n      unmatched\n      ambiguous\n    }\n  }\n": types.ImportUnitsDocument,
    "\n  fragment ComponentIndexFields on ComponentIndex {\n    criterionId\n    code\n    title\n    maxPoints\n    maxApplicable\n    selfPoints\n    finalPoints\n    index\n    selfIndex\n  }\n": types.ComponentIndexFieldsFragmentDoc,
    "\n  fragment ResultTotals on SheetTotals {\n    maxApplicable\n    selfTotal\n    appraisedTotal\n    surveyPoints\n    bonusPoints\n    penaltyPoints\n    index\n    selfIndex\n    gapPoints\n    gapIndex\n  }\n": types.ResultTotalsFragmentDoc,
    "\n  fragment ClassificationFields on Classification {\n    code\n    label\n    labelEn\n    color\n  }\n": types.ClassificationFieldsFragmentDoc,
    "\n  fragment HeadRatingFields on HeadRating {\n    code\n    label\n    labelEn\n  }\n": types.HeadRatingFieldsFragmentDoc,
    "\n  query Ranking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {\n    ranking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {\n      yearId\n      year\n      groupId\n      groupName\n      assessorUnitId\n      provisional\n      areas {\n        code\n        title\n      }\n      rows {\n        rank\n        position\n        tied\n        provisional\n        unitId\n        unitName\n        unitCode\n        assessorUnitId\n        assessorUnitName\n        sheetId\n        status\n        index\n        totals {\n          ...ResultTotals\n        }\n        classification {\n          ...ClassificationFields\n        }\n        headRating {\n          ...HeadRatingFields\n        }\n        areas {\n          ...ComponentIndexFields\n        }\n      }\n      warnings {\n        code\n        level\n        share\n        limit\n        count\n        baseCount\n        message\n        messageEn\n      }\n    }\n  }\n": types.RankingDocument,
    "\n  query ExportRanking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {\n    exportRanking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n": types.ExportRankingDocument,
    "\n  query UnitAssessment($unitId: ID!, $yearId: ID!) {\n    orgUnit(id: $unitId) {\n      id\n      name\n      assessment(yearId: $yearId) {\n        yearId\n        year\n        yearName\n        groupId\n        groupName\n        sheetId\n        status\n        provisional\n        rankInGroup\n        rankInAssessor\n        groupSize\n        totals {\n          ...ResultTotals\n        }\n        classification {\n          ...ClassificationFields\n        }\n        headRating {\n          ...HeadRatingFields\n        }\n        areas {\n          ...ComponentIndexFields\n        }\n      }\n      indexHistory {\n        year\n        yearId\n        unitId\n        unitName\n        index\n        rankInGroup\n        viaPredecessor\n        provisional\n        classification {\n          ...ClassificationFields\n        }\n      }\n    }\n  }\n": types.UnitAssessmentDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    fullName\n    roles\n    active\n    lockedUntil\n    lastLoginAt\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query UserList($unitId: ID, $search: String, $first: Int, $after: String) {\n    users(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UserListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n": types.UnlockUserDocument,
    "\n  fragment YearRow on AssessmentYear {\n    id\n    provinceUnitId\n    year\n    name\n    model\n    status\n    selfAssessmentDeadline\n    explanationDeadline\n    appraisalDeadline\n    publicationDeadline\n    copiedFromYearId\n    rosterFrozenAt\n    updatedAt\n  }\n": types.YearRowFragmentDoc,
    "\n  fragment UnitGroupRow on UnitGroup {\n    id\n    yearId\n    code\n    name\n    assessorRule\n    criteriaTotal\n    sortOrder\n    memberKinds\n    memberSubtypes\n    criteriaReopened\n    rosterSize\n  }\n": types.UnitGroupRowFragmentDoc,
    "\n  fragment YearDetail on AssessmentYear {\n    ...YearRow\n    bonusCap\n    penaltyCap\n    classificationBands {\n      code\n      labelVi\n      labelEn\n      minIndex\n      color\n    }\n    headRatings {\n      bandCode\n      code\n      labelVi\n      labelEn\n    }\n    groups {\n      ...UnitGroupRow\n    }\n    nextStatuses {\n      to\n      allowed\n      requiresReason\n      reason\n      code\n      warnings\n    }\n  }\n": types.YearDetailFragmentDoc,
    "\n  query ProvinceOfUnit($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      ancestors {\n        id\n        kind\n        name\n      }\n    }\n  }\n": types.ProvinceOfUnitDocument,
    "\n  query YearList($provinceId: ID!) {\n    assessmentYears(provinceId: $provinceId) {\n      ...YearRow\n    }\n  }\n": types.YearListDocument,
    "\n  query YearDetail($id: ID!) {\n    assessmentYear(id: $id) {\n      ...YearDetail\n    }\n  }\n": types.YearDetailDocument,
    "\n  mutation CreateYear($input: CreateAssessmentYearInput!) {\n    createAssessmentYear(input: $input) {\n      ...YearDetail\n    }\n  }\n": types.CreateYearDocument,
    "\n  mutation UpdateYear($id: ID!, $input: UpdateAssessmentYearInput!) {\n    updateAssessmentYear(id: $id, input: $input) {\n      ...YearDetail\n    }\n  }\n": types.UpdateYearDocument,
    "\n  mutation TransitionYear($id: ID!, $to: YearStatus!, $reason: String) {\n    transitionAssessmentYear(id: $id, to: $to, reason: $reason) {\n      from\n      to\n      warnings\n      year {\n        ...YearDetail\n      }\n    }\n  }\n": types.TransitionYearDocument,
    "\n  mutation UpsertUnitGroup($input: UnitGroupInput!) {\n    upsertUnitGroup(input: $input) {\n      ...UnitGroupRow\n    }\n  }\n": types.UpsertUnitGroupDocument,
    "\n  mutation DeleteUnitGroup($id: ID!) {\n    deleteUnitGroup(id: $id)\n  }\n": types.DeleteUnitGroupDocument,
    "\n  query Roster($yearId: ID!, $groupId: ID, $first: Int, $after: String) {\n    roster(yearId: $yearId, groupId: $groupId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          unitCode\n          unitKind\n          unitSubtype\n          groupId\n          assessorUnitId\n          assessorUnitName\n          parentDistrictId\n          addedManually\n        }\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  mutation BuildRoster($yearId: ID!) {\n    buildRoster(yearId: $yearId) {\n      added\n      removed\n      skipped {\n        unitId\n        unitName\n        reason\n      }\n      year {\n        id\n        groups {\n          ...UnitGroupRow\n        }\n      }\n    }\n  }\n": types.BuildRosterDocument,
    "\n  mutation AddRosterUnit($yearId: ID!, $unitId: ID!, $groupId: ID!, $reason: String) {\n    addRosterUnit(yearId: $yearId, unitId: $unitId, groupId: $groupId, reason: $reason) {\n      id\n    }\n  }\n": types.AddRosterUnitDocument,
    "\n  mutation RemoveRosterUnit($yearId: ID!, $unitId: ID!, $reason: String) {\n    removeRosterUnit(yearId: $yearId, unitId: $unitId, reason: $reason)\n  }\n": types.RemoveRosterUnitDocument,
    "\n  fragment AppraiserAssignmentRow on AppraiserAssignment {\n    id\n    yearId\n    userId\n    assessorUnitId\n    unitIds\n    areaCodes\n    createdAt\n    updatedAt\n  }\n": types.AppraiserAssignmentRowFragmentDoc,
    "\n  query AppraiserAssignments($yearId: ID!) {\n    appraiserAssignments(yearId: $yearId) {\n      ...AppraiserAssignmentRow\n    }\n  }\n": types.AppraiserAssignmentsDocument,
    "\n  mutation AssignAppraiser($yearId: ID!, $userId: ID!, $unitIds: [ID!]!, $areaCodes: [String!]!) {\n    assignAppraiser(yearId: $yearId, userId: $userId, unitIds: $unitIds, areaCodes: $areaCodes) {\n      ...AppraiserAssignmentRow\n    }\n  }\n": types.AssignAppraiserDocument,
    "\n  mutation RemoveAppraiserAssignment($id: ID!) {\n    removeAppraiserAssignment(id: $id)\n  }\n": types.RemoveAppraiserAssignmentDocument,
    "\n  query AppraiserCandidates($first: Int) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          username\n          fullName\n          roles\n          active\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AppraiserCandidatesDocument,
    "\n  query AssignmentAreas($yearId: ID!, $groupId: ID!) {\n    criteriaSet(yearId: $yearId, groupId: $groupId) {\n      yearId\n      group {\n        id\n      }\n      nodes {\n        id\n        parentId\n        code\n        title\n        sortOrder\n      }\n    }\n  }\n": types.AssignmentAreasDocument,
    "\n  fragment ApiClientRow on ApiClient {\n    id\n    name\n    keyPrefix\n    scopes\n    active\n    createdAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      fullName\n      username\n    }\n  }\n": types.ApiClientRowFragmentDoc,
    "\n  query ApiClients {\n    apiClients {\n      ...ApiClientRow\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientRow\n      }\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientRow\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  query MyTasks {\n    myTasks {\n      id\n      kind\n      title\n      detail\n      yearId\n      year\n      yearName\n      sheetId\n      targetId\n      unitId\n      unitName\n      deadline\n      deadlineFor\n      daysLeft\n      overdue\n    }\n  }\n": types.MyTasksDocument,
    "\n  query ProgressSheets(\n    $yearId: ID!\n    $groupId: ID\n    $assessorUnitId: ID\n    $status: SheetStatus\n    $overdue: Boolean\n    $first: Int\n    $after: String\n  ) {\n    scoreSheets(\n      yearId: $yearId\n      groupId: $groupId\n      assessorUnitId: $assessorUnitId\n      status: $status\n      overdue: $overdue\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          groupId\n          group {\n            id\n            code\n            name\n          }\n          assessorUnitId\n          assessorUnitName\n          status\n          deadline\n          overdue\n          totals {\n            selfTotal\n            appraisedTotal\n            index\n          }\n          progress {\n            total\n            filled\n            appraised\n          }\n        }\n      }\n    }\n  }\n": types.ProgressSheetsDocument,
    "\n  query UnitProvince($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      ancestors {\n        id\n        kind\n      }\n    }\n  }\n": types.UnitProvinceDocument,
    "\n  fragment EvidenceFields on EvidenceReference {\n    fileId\n    file {\n      id\n      fileName\n      size\n      contentType\n    }\n    documentNumber\n    documentDate\n    issuer\n    title\n  }\n": types.EvidenceFieldsFragmentDoc,
    "\n  fragment ScoreSheetFields on ScoreSheet {\n    id\n    yearId\n    unitId\n    unitName\n    unitCode\n    groupId\n    assessorUnitId\n    assessorUnitName\n    status\n    version\n    deadline\n    overdue\n    submittedAt\n    updatedAt\n    availableActions\n    lockReason\n    totals {\n      maxApplicable\n      selfTotal\n      appraisedTotal\n      index\n      selfIndex\n      provisional\n      appraisalComplete\n      appraisedCriteria\n      criteriaToAppraise\n    }\n    progress {\n      total\n      filled\n      appraised\n    }\n    group {\n      id\n      code\n      name\n    }\n    year {\n      id\n      year\n      name\n      model\n      status\n      selfAssessmentDeadline\n      explanationDeadline\n      appraisalDeadline\n      bonusCap\n      penaltyCap\n    }\n    criteria {\n      id\n      parentId\n      code\n      title\n      section\n      maxPoints\n      method\n      params\n      allowNotApplicable\n      sortOrder\n      evidenceGuidance\n      scoringGuidance\n    }\n    entries {\n      criterionId\n      code\n      title\n      depth\n      section\n      method\n      params\n      maxPoints\n      allowNotApplicable\n      evidenceGuidance\n      declaredValue\n      notApplicable\n      selfPoints\n      selfNote\n      selfEvidence {\n        ...EvidenceFields\n      }\n      round1Points\n      round1Note\n      explanationRequested\n      explanationRequestNote\n      explanationText\n      supplementaryEvidence {\n        ...EvidenceFields\n      }\n      round2Points\n      round2Note\n      finalPoints\n      surveyPoints\n      updatedAt\n    }\n  }\n": types.ScoreSheetFieldsFragmentDoc,
    "\n  query ScoreSheet($id: ID!) {\n    scoreSheet(id: $id) {\n      ...ScoreSheetFields\n    }\n  }\n": types.ScoreSheetDocument,
    "\n  query ScoreSheetFor($yearId: ID!, $unitId: ID!) {\n    scoreSheetFor(yearId: $yearId, unitId: $unitId) {\n      id\n      groupId\n    }\n  }\n": types.ScoreSheetForDocument,
    "\n  query ScoreSheetYears($provinceId: ID!) {\n    assessmentYears(provinceId: $provinceId) {\n      id\n      year\n      name\n      model\n      status\n    }\n  }\n": types.ScoreSheetYearsDocument,
    "\n  query AuditTrail($yearId: ID!, $sheetId: ID!, $criterionId: ID) {\n    auditTrail(yearId: $yearId, sheetId: $sheetId, criterionId: $criterionId, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          actorName\n          at\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  mutation SaveSelfAssessment($sheetId: ID!, $version: Int!, $entries: [SelfAssessmentEntryInput!]!) {\n    saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) {\n      ...ScoreSheetFields\n    }\n  }\n": types.SaveSelfAssessmentDocument,
    "\n  mutation SaveAppraisal($sheetId: ID!, $version: Int!, $round: Int!, $entries: [AppraisalEntryInput!]!) {\n    saveAppraisal(sheetId: $sheetId, version: $version, round: $round, entries: $entries) {\n      ...ScoreSheetFields\n    }\n  }\n": types.SaveAppraisalDocument,
    "\n  mutation RequestExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationRequestInput!]!) {\n    requestExplanation(sheetId: $sheetId, version: $version, items: $items) {\n      ...ScoreSheetFields\n    }\n  }\n": types.RequestExplanationDocument,
    "\n  mutation SaveExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationEntryInput!]!) {\n    saveExplanation(sheetId: $sheetId, version: $version, items: $items) {\n      ...ScoreSheetFields\n    }\n  }\n": types.SaveExplanationDocument,
    "\n  mutation SubmitSelfAssessment($sheetId: ID!, $version: Int!) {\n    submitSelfAssessment(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": types.SubmitSelfAssessmentDocument,
    "\n  mutation WithdrawSubmission($sheetId: ID!, $version: Int!, $reason: String) {\n    withdrawSubmission(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n": types.WithdrawSubmissionDocument,
    "\n  mutation StartAppraisal($sheetId: ID!, $version: Int!) {\n    startAppraisal(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": types.StartAppraisalDocument,
    "\n  mutation SubmitExplanation($sheetId: ID!, $version: Int!) {\n    submitExplanation(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": types.SubmitExplanationDocument,
    "\n  mutation CloseExplanation($sheetId: ID!, $version: Int!, $reason: String) {\n    closeExplanation(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n": types.CloseExplanationDocument,
    "\n  mutation CompleteAppraisal($sheetId: ID!, $version: Int!) {\n    completeAppraisal(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": types.CompleteAppraisalDocument,
    "\n  mutation ReturnToAppraisal($sheetId: ID!, $version: Int!, $reason: String) {\n    returnToAppraisal(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n": types.ReturnToAppraisalDocument,
    "\n  mutation ApproveScoreSheet($sheetId: ID!, $version: Int!) {\n    approveScoreSheet(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n": types.ApproveScoreSheetDocument,
    "\n  mutation ReopenScoreSheet($sheetId: ID!, $version: Int!, $target: ReopenTarget!, $reason: String!) {\n    reopenScoreSheet(sheetId: $sheetId, version: $version, target: $target, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n": types.ReopenScoreSheetDocument,
    "\n    query Probe {\n      me {\n        id\n      }\n    }\n  ": types.ProbeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriteriaNodeFields on CriteriaNode {\n    id\n    parentId\n    code\n    title\n    maxPoints\n    section\n    sortOrder\n    depth\n    method\n    params\n    evidenceGuidance\n    scoringGuidance\n    allowNotApplicable\n    childrenTotal\n  }\n"): (typeof documents)["\n  fragment CriteriaNodeFields on CriteriaNode {\n    id\n    parentId\n    code\n    title\n    maxPoints\n    section\n    sortOrder\n    depth\n    method\n    params\n    evidenceGuidance\n    scoringGuidance\n    allowNotApplicable\n    childrenTotal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriteriaSetFields on CriteriaSet {\n    yearId\n    total\n    configuredTotal\n    locked\n    lockReason\n    valid\n    group {\n      ...UnitGroupRow\n    }\n    nodes {\n      ...CriteriaNodeFields\n    }\n    issues {\n      code\n      nodeCode\n      severity\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment CriteriaSetFields on CriteriaSet {\n    yearId\n    total\n    configuredTotal\n    locked\n    lockReason\n    valid\n    group {\n      ...UnitGroupRow\n    }\n    nodes {\n      ...CriteriaNodeFields\n    }\n    issues {\n      code\n      nodeCode\n      severity\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriteriaSet($yearId: ID!, $groupId: ID!) {\n    criteriaSet(yearId: $yearId, groupId: $groupId) {\n      ...CriteriaSetFields\n    }\n  }\n"): (typeof documents)["\n  query CriteriaSet($yearId: ID!, $groupId: ID!) {\n    criteriaSet(yearId: $yearId, groupId: $groupId) {\n      ...CriteriaSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceCriteriaSet($yearId: ID!, $groupId: ID!, $nodes: [CriteriaNodeInput!]!) {\n    replaceCriteriaSet(yearId: $yearId, groupId: $groupId, nodes: $nodes) {\n      ...CriteriaSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceCriteriaSet($yearId: ID!, $groupId: ID!, $nodes: [CriteriaNodeInput!]!) {\n    replaceCriteriaSet(yearId: $yearId, groupId: $groupId, nodes: $nodes) {\n      ...CriteriaSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyCriteriaSet($fromYearId: ID!, $fromGroupId: ID!, $toYearId: ID!, $toGroupId: ID!) {\n    copyCriteriaSet(fromYearId: $fromYearId, fromGroupId: $fromGroupId, toYearId: $toYearId, toGroupId: $toGroupId) {\n      ...CriteriaSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation CopyCriteriaSet($fromYearId: ID!, $fromGroupId: ID!, $toYearId: ID!, $toGroupId: ID!) {\n    copyCriteriaSet(fromYearId: $fromYearId, fromGroupId: $fromGroupId, toYearId: $toYearId, toGroupId: $toGroupId) {\n      ...CriteriaSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCriteriaSet($yearId: ID!, $groupId: ID!, $base64: String!) {\n    importCriteriaSet(yearId: $yearId, groupId: $groupId, base64: $base64) {\n      ...CriteriaSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCriteriaSet($yearId: ID!, $groupId: ID!, $base64: String!) {\n    importCriteriaSet(yearId: $yearId, groupId: $groupId, base64: $base64) {\n      ...CriteriaSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCriteriaSet($yearId: ID!, $groupId: ID!) {\n    exportCriteriaSet(yearId: $yearId, groupId: $groupId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query ExportCriteriaSet($yearId: ID!, $groupId: ID!) {\n    exportCriteriaSet(yearId: $yearId, groupId: $groupId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCriteriaSet($yearId: ID!, $groupId: ID!, $reason: String!) {\n    reopenCriteriaSet(yearId: $yearId, groupId: $groupId, reason: $reason) {\n      ...CriteriaSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCriteriaSet($yearId: ID!, $groupId: ID!, $reason: String!) {\n    reopenCriteriaSet(yearId: $yearId, groupId: $groupId, reason: $reason) {\n      ...CriteriaSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockCriteriaSet($yearId: ID!, $groupId: ID!) {\n    lockCriteriaSet(yearId: $yearId, groupId: $groupId) {\n      ...CriteriaSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation LockCriteriaSet($yearId: ID!, $groupId: ID!) {\n    lockCriteriaSet(yearId: $yearId, groupId: $groupId) {\n      ...CriteriaSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitRow on OrgUnit {\n    id\n    kind\n    subtype\n    code\n    name\n    level\n    isOpen\n    childCount\n    validFrom\n    validTo\n  }\n"): (typeof documents)["\n  fragment OrgUnitRow on OrgUnit {\n    id\n    kind\n    subtype\n    code\n    name\n    level\n    isOpen\n    childCount\n    validFrom\n    validTo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitLinkFields on OrgUnitLink {\n    kind\n    partial\n    effectiveDate\n    note\n    unit {\n      id\n      name\n      isOpen\n    }\n  }\n"): (typeof documents)["\n  fragment OrgUnitLinkFields on OrgUnitLink {\n    kind\n    partial\n    effectiveDate\n    note\n    unit {\n      id\n      name\n      isOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitList(\n    $parentId: ID\n    $rootsOnly: Boolean\n    $kind: OrgUnitKind\n    $search: String\n    $includeClosed: Boolean\n    $first: Int\n    $after: String\n  ) {\n    orgUnits(\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      kind: $kind\n      search: $search\n      includeClosed: $includeClosed\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrgUnitRow\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitList(\n    $parentId: ID\n    $rootsOnly: Boolean\n    $kind: OrgUnitKind\n    $search: String\n    $includeClosed: Boolean\n    $first: Int\n    $after: String\n  ) {\n    orgUnits(\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      kind: $kind\n      search: $search\n      includeClosed: $includeClosed\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrgUnitRow\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitRow\n      path\n      mergerText\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n      predecessors {\n        ...OrgUnitLinkFields\n      }\n      successors {\n        ...OrgUnitLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitRow\n      path\n      mergerText\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n      predecessors {\n        ...OrgUnitLinkFields\n      }\n      successors {\n        ...OrgUnitLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitUsers($id: ID!, $first: Int, $after: String) {\n    orgUnit(id: $id) {\n      id\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            username\n            fullName\n            roles\n            active\n            lockedUntil\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitUsers($id: ID!, $first: Int, $after: String) {\n    orgUnit(id: $id) {\n      id\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            username\n            fullName\n            roles\n            active\n            lockedUntil\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitRow\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOrgUnitSubtype($id: ID!, $subtype: String!) {\n    changeOrgUnitSubtype(id: $id, subtype: $subtype) {\n      ...OrgUnitRow\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOrgUnitSubtype($id: ID!, $subtype: String!) {\n    changeOrgUnitSubtype(id: $id, subtype: $subtype) {\n      ...OrgUnitRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      ...OrgUnitRow\n      path\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      ...OrgUnitRow\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrgUnit($id: ID!, $validTo: Date!) {\n    closeOrgUnit(id: $id, validTo: $validTo) {\n      ...OrgUnitRow\n    }\n  }\n"): (typeof documents)["\n  mutation CloseOrgUnit($id: ID!, $validTo: Date!) {\n    closeOrgUnit(id: $id, validTo: $validTo) {\n      ...OrgUnitRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n"): (typeof documents)["\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitOrgUnit($input: SplitOrgUnitInput!) {\n    splitOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n"): (typeof documents)["\n  mutation SplitOrgUnit($input: SplitOrgUnitInput!) {\n    splitOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      dataset\n      provinceCode\n      created\n      unchanged\n      updated\n      linked\n      unmatched\n      ambiguous\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      dataset\n      provinceCode\n      created\n      unchanged\n      updated\n      linked\n      unmatched\n      ambiguous\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComponentIndexFields on ComponentIndex {\n    criterionId\n    code\n    title\n    maxPoints\n    maxApplicable\n    selfPoints\n    finalPoints\n    index\n    selfIndex\n  }\n"): (typeof documents)["\n  fragment ComponentIndexFields on ComponentIndex {\n    criterionId\n    code\n    title\n    maxPoints\n    maxApplicable\n    selfPoints\n    finalPoints\n    index\n    selfIndex\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResultTotals on SheetTotals {\n    maxApplicable\n    selfTotal\n    appraisedTotal\n    surveyPoints\n    bonusPoints\n    penaltyPoints\n    index\n    selfIndex\n    gapPoints\n    gapIndex\n  }\n"): (typeof documents)["\n  fragment ResultTotals on SheetTotals {\n    maxApplicable\n    selfTotal\n    appraisedTotal\n    surveyPoints\n    bonusPoints\n    penaltyPoints\n    index\n    selfIndex\n    gapPoints\n    gapIndex\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClassificationFields on Classification {\n    code\n    label\n    labelEn\n    color\n  }\n"): (typeof documents)["\n  fragment ClassificationFields on Classification {\n    code\n    label\n    labelEn\n    color\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeadRatingFields on HeadRating {\n    code\n    label\n    labelEn\n  }\n"): (typeof documents)["\n  fragment HeadRatingFields on HeadRating {\n    code\n    label\n    labelEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ranking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {\n    ranking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {\n      yearId\n      year\n      groupId\n      groupName\n      assessorUnitId\n      provisional\n      areas {\n        code\n        title\n      }\n      rows {\n        rank\n        position\n        tied\n        provisional\n        unitId\n        unitName\n        unitCode\n        assessorUnitId\n        assessorUnitName\n        sheetId\n        status\n        index\n        totals {\n          ...ResultTotals\n        }\n        classification {\n          ...ClassificationFields\n        }\n        headRating {\n          ...HeadRatingFields\n        }\n        areas {\n          ...ComponentIndexFields\n        }\n      }\n      warnings {\n        code\n        level\n        share\n        limit\n        count\n        baseCount\n        message\n        messageEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ranking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {\n    ranking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {\n      yearId\n      year\n      groupId\n      groupName\n      assessorUnitId\n      provisional\n      areas {\n        code\n        title\n      }\n      rows {\n        rank\n        position\n        tied\n        provisional\n        unitId\n        unitName\n        unitCode\n        assessorUnitId\n        assessorUnitName\n        sheetId\n        status\n        index\n        totals {\n          ...ResultTotals\n        }\n        classification {\n          ...ClassificationFields\n        }\n        headRating {\n          ...HeadRatingFields\n        }\n        areas {\n          ...ComponentIndexFields\n        }\n      }\n      warnings {\n        code\n        level\n        share\n        limit\n        count\n        baseCount\n        message\n        messageEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportRanking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {\n    exportRanking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query ExportRanking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {\n    exportRanking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitAssessment($unitId: ID!, $yearId: ID!) {\n    orgUnit(id: $unitId) {\n      id\n      name\n      assessment(yearId: $yearId) {\n        yearId\n        year\n        yearName\n        groupId\n        groupName\n        sheetId\n        status\n        provisional\n        rankInGroup\n        rankInAssessor\n        groupSize\n        totals {\n          ...ResultTotals\n        }\n        classification {\n          ...ClassificationFields\n        }\n        headRating {\n          ...HeadRatingFields\n        }\n        areas {\n          ...ComponentIndexFields\n        }\n      }\n      indexHistory {\n        year\n        yearId\n        unitId\n        unitName\n        index\n        rankInGroup\n        viaPredecessor\n        provisional\n        classification {\n          ...ClassificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitAssessment($unitId: ID!, $yearId: ID!) {\n    orgUnit(id: $unitId) {\n      id\n      name\n      assessment(yearId: $yearId) {\n        yearId\n        year\n        yearName\n        groupId\n        groupName\n        sheetId\n        status\n        provisional\n        rankInGroup\n        rankInAssessor\n        groupSize\n        totals {\n          ...ResultTotals\n        }\n        classification {\n          ...ClassificationFields\n        }\n        headRating {\n          ...HeadRatingFields\n        }\n        areas {\n          ...ComponentIndexFields\n        }\n      }\n      indexHistory {\n        year\n        yearId\n        unitId\n        unitName\n        index\n        rankInGroup\n        viaPredecessor\n        provisional\n        classification {\n          ...ClassificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    username\n    fullName\n    roles\n    active\n    lockedUntil\n    lastLoginAt\n    unit {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    username\n    fullName\n    roles\n    active\n    lockedUntil\n    lastLoginAt\n    unit {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($unitId: ID, $search: String, $first: Int, $after: String) {\n    users(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserList($unitId: ID, $search: String, $first: Int, $after: String) {\n    users(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearRow on AssessmentYear {\n    id\n    provinceUnitId\n    year\n    name\n    model\n    status\n    selfAssessmentDeadline\n    explanationDeadline\n    appraisalDeadline\n    publicationDeadline\n    copiedFromYearId\n    rosterFrozenAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment YearRow on AssessmentYear {\n    id\n    provinceUnitId\n    year\n    name\n    model\n    status\n    selfAssessmentDeadline\n    explanationDeadline\n    appraisalDeadline\n    publicationDeadline\n    copiedFromYearId\n    rosterFrozenAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitGroupRow on UnitGroup {\n    id\n    yearId\n    code\n    name\n    assessorRule\n    criteriaTotal\n    sortOrder\n    memberKinds\n    memberSubtypes\n    criteriaReopened\n    rosterSize\n  }\n"): (typeof documents)["\n  fragment UnitGroupRow on UnitGroup {\n    id\n    yearId\n    code\n    name\n    assessorRule\n    criteriaTotal\n    sortOrder\n    memberKinds\n    memberSubtypes\n    criteriaReopened\n    rosterSize\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearDetail on AssessmentYear {\n    ...YearRow\n    bonusCap\n    penaltyCap\n    classificationBands {\n      code\n      labelVi\n      labelEn\n      minIndex\n      color\n    }\n    headRatings {\n      bandCode\n      code\n      labelVi\n      labelEn\n    }\n    groups {\n      ...UnitGroupRow\n    }\n    nextStatuses {\n      to\n      allowed\n      requiresReason\n      reason\n      code\n      warnings\n    }\n  }\n"): (typeof documents)["\n  fragment YearDetail on AssessmentYear {\n    ...YearRow\n    bonusCap\n    penaltyCap\n    classificationBands {\n      code\n      labelVi\n      labelEn\n      minIndex\n      color\n    }\n    headRatings {\n      bandCode\n      code\n      labelVi\n      labelEn\n    }\n    groups {\n      ...UnitGroupRow\n    }\n    nextStatuses {\n      to\n      allowed\n      requiresReason\n      reason\n      code\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceOfUnit($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      ancestors {\n        id\n        kind\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceOfUnit($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      ancestors {\n        id\n        kind\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearList($provinceId: ID!) {\n    assessmentYears(provinceId: $provinceId) {\n      ...YearRow\n    }\n  }\n"): (typeof documents)["\n  query YearList($provinceId: ID!) {\n    assessmentYears(provinceId: $provinceId) {\n      ...YearRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearDetail($id: ID!) {\n    assessmentYear(id: $id) {\n      ...YearDetail\n    }\n  }\n"): (typeof documents)["\n  query YearDetail($id: ID!) {\n    assessmentYear(id: $id) {\n      ...YearDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateYear($input: CreateAssessmentYearInput!) {\n    createAssessmentYear(input: $input) {\n      ...YearDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateYear($input: CreateAssessmentYearInput!) {\n    createAssessmentYear(input: $input) {\n      ...YearDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateYear($id: ID!, $input: UpdateAssessmentYearInput!) {\n    updateAssessmentYear(id: $id, input: $input) {\n      ...YearDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateYear($id: ID!, $input: UpdateAssessmentYearInput!) {\n    updateAssessmentYear(id: $id, input: $input) {\n      ...YearDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionYear($id: ID!, $to: YearStatus!, $reason: String) {\n    transitionAssessmentYear(id: $id, to: $to, reason: $reason) {\n      from\n      to\n      warnings\n      year {\n        ...YearDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionYear($id: ID!, $to: YearStatus!, $reason: String) {\n    transitionAssessmentYear(id: $id, to: $to, reason: $reason) {\n      from\n      to\n      warnings\n      year {\n        ...YearDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertUnitGroup($input: UnitGroupInput!) {\n    upsertUnitGroup(input: $input) {\n      ...UnitGroupRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertUnitGroup($input: UnitGroupInput!) {\n    upsertUnitGroup(input: $input) {\n      ...UnitGroupRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUnitGroup($id: ID!) {\n    deleteUnitGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteUnitGroup($id: ID!) {\n    deleteUnitGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($yearId: ID!, $groupId: ID, $first: Int, $after: String) {\n    roster(yearId: $yearId, groupId: $groupId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          unitCode\n          unitKind\n          unitSubtype\n          groupId\n          assessorUnitId\n          assessorUnitName\n          parentDistrictId\n          addedManually\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster($yearId: ID!, $groupId: ID, $first: Int, $after: String) {\n    roster(yearId: $yearId, groupId: $groupId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          unitCode\n          unitKind\n          unitSubtype\n          groupId\n          assessorUnitId\n          assessorUnitName\n          parentDistrictId\n          addedManually\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildRoster($yearId: ID!) {\n    buildRoster(yearId: $yearId) {\n      added\n      removed\n      skipped {\n        unitId\n        unitName\n        reason\n      }\n      year {\n        id\n        groups {\n          ...UnitGroupRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BuildRoster($yearId: ID!) {\n    buildRoster(yearId: $yearId) {\n      added\n      removed\n      skipped {\n        unitId\n        unitName\n        reason\n      }\n      year {\n        id\n        groups {\n          ...UnitGroupRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRosterUnit($yearId: ID!, $unitId: ID!, $groupId: ID!, $reason: String) {\n    addRosterUnit(yearId: $yearId, unitId: $unitId, groupId: $groupId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddRosterUnit($yearId: ID!, $unitId: ID!, $groupId: ID!, $reason: String) {\n    addRosterUnit(yearId: $yearId, unitId: $unitId, groupId: $groupId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRosterUnit($yearId: ID!, $unitId: ID!, $reason: String) {\n    removeRosterUnit(yearId: $yearId, unitId: $unitId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RemoveRosterUnit($yearId: ID!, $unitId: ID!, $reason: String) {\n    removeRosterUnit(yearId: $yearId, unitId: $unitId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppraiserAssignmentRow on AppraiserAssignment {\n    id\n    yearId\n    userId\n    assessorUnitId\n    unitIds\n    areaCodes\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AppraiserAssignmentRow on AppraiserAssignment {\n    id\n    yearId\n    userId\n    assessorUnitId\n    unitIds\n    areaCodes\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraiserAssignments($yearId: ID!) {\n    appraiserAssignments(yearId: $yearId) {\n      ...AppraiserAssignmentRow\n    }\n  }\n"): (typeof documents)["\n  query AppraiserAssignments($yearId: ID!) {\n    appraiserAssignments(yearId: $yearId) {\n      ...AppraiserAssignmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAppraiser($yearId: ID!, $userId: ID!, $unitIds: [ID!]!, $areaCodes: [String!]!) {\n    assignAppraiser(yearId: $yearId, userId: $userId, unitIds: $unitIds, areaCodes: $areaCodes) {\n      ...AppraiserAssignmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation AssignAppraiser($yearId: ID!, $userId: ID!, $unitIds: [ID!]!, $areaCodes: [String!]!) {\n    assignAppraiser(yearId: $yearId, userId: $userId, unitIds: $unitIds, areaCodes: $areaCodes) {\n      ...AppraiserAssignmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAppraiserAssignment($id: ID!) {\n    removeAppraiserAssignment(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAppraiserAssignment($id: ID!) {\n    removeAppraiserAssignment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraiserCandidates($first: Int) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          username\n          fullName\n          roles\n          active\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppraiserCandidates($first: Int) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          username\n          fullName\n          roles\n          active\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentAreas($yearId: ID!, $groupId: ID!) {\n    criteriaSet(yearId: $yearId, groupId: $groupId) {\n      yearId\n      group {\n        id\n      }\n      nodes {\n        id\n        parentId\n        code\n        title\n        sortOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentAreas($yearId: ID!, $groupId: ID!) {\n    criteriaSet(yearId: $yearId, groupId: $groupId) {\n      yearId\n      group {\n        id\n      }\n      nodes {\n        id\n        parentId\n        code\n        title\n        sortOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiClientRow on ApiClient {\n    id\n    name\n    keyPrefix\n    scopes\n    active\n    createdAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      fullName\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment ApiClientRow on ApiClient {\n    id\n    name\n    keyPrefix\n    scopes\n    active\n    createdAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      fullName\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClients {\n    apiClients {\n      ...ApiClientRow\n    }\n  }\n"): (typeof documents)["\n  query ApiClients {\n    apiClients {\n      ...ApiClientRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    myTasks {\n      id\n      kind\n      title\n      detail\n      yearId\n      year\n      yearName\n      sheetId\n      targetId\n      unitId\n      unitName\n      deadline\n      deadlineFor\n      daysLeft\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query MyTasks {\n    myTasks {\n      id\n      kind\n      title\n      detail\n      yearId\n      year\n      yearName\n      sheetId\n      targetId\n      unitId\n      unitName\n      deadline\n      deadlineFor\n      daysLeft\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressSheets(\n    $yearId: ID!\n    $groupId: ID\n    $assessorUnitId: ID\n    $status: SheetStatus\n    $overdue: Boolean\n    $first: Int\n    $after: String\n  ) {\n    scoreSheets(\n      yearId: $yearId\n      groupId: $groupId\n      assessorUnitId: $assessorUnitId\n      status: $status\n      overdue: $overdue\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          groupId\n          group {\n            id\n            code\n            name\n          }\n          assessorUnitId\n          assessorUnitName\n          status\n          deadline\n          overdue\n          totals {\n            selfTotal\n            appraisedTotal\n            index\n          }\n          progress {\n            total\n            filled\n            appraised\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgressSheets(\n    $yearId: ID!\n    $groupId: ID\n    $assessorUnitId: ID\n    $status: SheetStatus\n    $overdue: Boolean\n    $first: Int\n    $after: String\n  ) {\n    scoreSheets(\n      yearId: $yearId\n      groupId: $groupId\n      assessorUnitId: $assessorUnitId\n      status: $status\n      overdue: $overdue\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          groupId\n          group {\n            id\n            code\n            name\n          }\n          assessorUnitId\n          assessorUnitName\n          status\n          deadline\n          overdue\n          totals {\n            selfTotal\n            appraisedTotal\n            index\n          }\n          progress {\n            total\n            filled\n            appraised\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitProvince($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      ancestors {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitProvince($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      ancestors {\n        id\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFields on EvidenceReference {\n    fileId\n    file {\n      id\n      fileName\n      size\n      contentType\n    }\n    documentNumber\n    documentDate\n    issuer\n    title\n  }\n"): (typeof documents)["\n  fragment EvidenceFields on EvidenceReference {\n    fileId\n    file {\n      id\n      fileName\n      size\n      contentType\n    }\n    documentNumber\n    documentDate\n    issuer\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreSheetFields on ScoreSheet {\n    id\n    yearId\n    unitId\n    unitName\n    unitCode\n    groupId\n    assessorUnitId\n    assessorUnitName\n    status\n    version\n    deadline\n    overdue\n    submittedAt\n    updatedAt\n    availableActions\n    lockReason\n    totals {\n      maxApplicable\n      selfTotal\n      appraisedTotal\n      index\n      selfIndex\n      provisional\n      appraisalComplete\n      appraisedCriteria\n      criteriaToAppraise\n    }\n    progress {\n      total\n      filled\n      appraised\n    }\n    group {\n      id\n      code\n      name\n    }\n    year {\n      id\n      year\n      name\n      model\n      status\n      selfAssessmentDeadline\n      explanationDeadline\n      appraisalDeadline\n      bonusCap\n      penaltyCap\n    }\n    criteria {\n      id\n      parentId\n      code\n      title\n      section\n      maxPoints\n      method\n      params\n      allowNotApplicable\n      sortOrder\n      evidenceGuidance\n      scoringGuidance\n    }\n    entries {\n      criterionId\n      code\n      title\n      depth\n      section\n      method\n      params\n      maxPoints\n      allowNotApplicable\n      evidenceGuidance\n      declaredValue\n      notApplicable\n      selfPoints\n      selfNote\n      selfEvidence {\n        ...EvidenceFields\n      }\n      round1Points\n      round1Note\n      explanationRequested\n      explanationRequestNote\n      explanationText\n      supplementaryEvidence {\n        ...EvidenceFields\n      }\n      round2Points\n      round2Note\n      finalPoints\n      surveyPoints\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ScoreSheetFields on ScoreSheet {\n    id\n    yearId\n    unitId\n    unitName\n    unitCode\n    groupId\n    assessorUnitId\n    assessorUnitName\n    status\n    version\n    deadline\n    overdue\n    submittedAt\n    updatedAt\n    availableActions\n    lockReason\n    totals {\n      maxApplicable\n      selfTotal\n      appraisedTotal\n      index\n      selfIndex\n      provisional\n      appraisalComplete\n      appraisedCriteria\n      criteriaToAppraise\n    }\n    progress {\n      total\n      filled\n      appraised\n    }\n    group {\n      id\n      code\n      name\n    }\n    year {\n      id\n      year\n      name\n      model\n      status\n      selfAssessmentDeadline\n      explanationDeadline\n      appraisalDeadline\n      bonusCap\n      penaltyCap\n    }\n    criteria {\n      id\n      parentId\n      code\n      title\n      section\n      maxPoints\n      method\n      params\n      allowNotApplicable\n      sortOrder\n      evidenceGuidance\n      scoringGuidance\n    }\n    entries {\n      criterionId\n      code\n      title\n      depth\n      section\n      method\n      params\n      maxPoints\n      allowNotApplicable\n      evidenceGuidance\n      declaredValue\n      notApplicable\n      selfPoints\n      selfNote\n      selfEvidence {\n        ...EvidenceFields\n      }\n      round1Points\n      round1Note\n      explanationRequested\n      explanationRequestNote\n      explanationText\n      supplementaryEvidence {\n        ...EvidenceFields\n      }\n      round2Points\n      round2Note\n      finalPoints\n      surveyPoints\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreSheet($id: ID!) {\n    scoreSheet(id: $id) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  query ScoreSheet($id: ID!) {\n    scoreSheet(id: $id) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreSheetFor($yearId: ID!, $unitId: ID!) {\n    scoreSheetFor(yearId: $yearId, unitId: $unitId) {\n      id\n      groupId\n    }\n  }\n"): (typeof documents)["\n  query ScoreSheetFor($yearId: ID!, $unitId: ID!) {\n    scoreSheetFor(yearId: $yearId, unitId: $unitId) {\n      id\n      groupId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreSheetYears($provinceId: ID!) {\n    assessmentYears(provinceId: $provinceId) {\n      id\n      year\n      name\n      model\n      status\n    }\n  }\n"): (typeof documents)["\n  query ScoreSheetYears($provinceId: ID!) {\n    assessmentYears(provinceId: $provinceId) {\n      id\n      year\n      name\n      model\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($yearId: ID!, $sheetId: ID!, $criterionId: ID) {\n    auditTrail(yearId: $yearId, sheetId: $sheetId, criterionId: $criterionId, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          actorName\n          at\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($yearId: ID!, $sheetId: ID!, $criterionId: ID) {\n    auditTrail(yearId: $yearId, sheetId: $sheetId, criterionId: $criterionId, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          actorName\n          at\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSelfAssessment($sheetId: ID!, $version: Int!, $entries: [SelfAssessmentEntryInput!]!) {\n    saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSelfAssessment($sheetId: ID!, $version: Int!, $entries: [SelfAssessmentEntryInput!]!) {\n    saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAppraisal($sheetId: ID!, $version: Int!, $round: Int!, $entries: [AppraisalEntryInput!]!) {\n    saveAppraisal(sheetId: $sheetId, version: $version, round: $round, entries: $entries) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAppraisal($sheetId: ID!, $version: Int!, $round: Int!, $entries: [AppraisalEntryInput!]!) {\n    saveAppraisal(sheetId: $sheetId, version: $version, round: $round, entries: $entries) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationRequestInput!]!) {\n    requestExplanation(sheetId: $sheetId, version: $version, items: $items) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationRequestInput!]!) {\n    requestExplanation(sheetId: $sheetId, version: $version, items: $items) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationEntryInput!]!) {\n    saveExplanation(sheetId: $sheetId, version: $version, items: $items) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveExplanation($sheetId: ID!, $version: Int!, $items: [ExplanationEntryInput!]!) {\n    saveExplanation(sheetId: $sheetId, version: $version, items: $items) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfAssessment($sheetId: ID!, $version: Int!) {\n    submitSelfAssessment(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSelfAssessment($sheetId: ID!, $version: Int!) {\n    submitSelfAssessment(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSubmission($sheetId: ID!, $version: Int!, $reason: String) {\n    withdrawSubmission(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSubmission($sheetId: ID!, $version: Int!, $reason: String) {\n    withdrawSubmission(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAppraisal($sheetId: ID!, $version: Int!) {\n    startAppraisal(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartAppraisal($sheetId: ID!, $version: Int!) {\n    startAppraisal(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitExplanation($sheetId: ID!, $version: Int!) {\n    submitExplanation(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitExplanation($sheetId: ID!, $version: Int!) {\n    submitExplanation(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseExplanation($sheetId: ID!, $version: Int!, $reason: String) {\n    closeExplanation(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseExplanation($sheetId: ID!, $version: Int!, $reason: String) {\n    closeExplanation(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAppraisal($sheetId: ID!, $version: Int!) {\n    completeAppraisal(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteAppraisal($sheetId: ID!, $version: Int!) {\n    completeAppraisal(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnToAppraisal($sheetId: ID!, $version: Int!, $reason: String) {\n    returnToAppraisal(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnToAppraisal($sheetId: ID!, $version: Int!, $reason: String) {\n    returnToAppraisal(sheetId: $sheetId, version: $version, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveScoreSheet($sheetId: ID!, $version: Int!) {\n    approveScoreSheet(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveScoreSheet($sheetId: ID!, $version: Int!) {\n    approveScoreSheet(sheetId: $sheetId, version: $version) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenScoreSheet($sheetId: ID!, $version: Int!, $target: ReopenTarget!, $reason: String!) {\n    reopenScoreSheet(sheetId: $sheetId, version: $version, target: $target, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenScoreSheet($sheetId: ID!, $version: Int!, $target: ReopenTarget!, $reason: String!) {\n    reopenScoreSheet(sheetId: $sheetId, version: $version, target: $target, reason: $reason) {\n      ...ScoreSheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Probe {\n      me {\n        id\n      }\n    }\n  "): (typeof documents)["\n    query Probe {\n      me {\n        id\n      }\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;