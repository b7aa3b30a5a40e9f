import { graphql } from '@/graphql/generated';

export const ReportCellFieldsFragment = graphql(`
  fragment ReportCellFields on ReportCell {
    periodId
    unitId
    required
    status
    daysLate
    daysLeft
    penaltyApplied
    canSubmit
    canRecordPaper
    canApplyPenalty
    report {
      id
      channel
      receivedOn
      summary
      submittedBy
      submittedAt
      file {
        id
        fileName
        size
      }
    }
  }
`);

export const ReportMatrixDocument = graphql(`
  query ReportMatrix($yearId: ID!) {
    reportMatrix(yearId: $yearId) {
      yearId
      year
      canManagePeriods
      periods {
        id
        kind
        title
        dueDate
        groupIds
        groupNames
        penaltyLeafCode
      }
      rows {
        unitId
        unitName
        unitCode
        groupId
        assessorUnitName
        onTime
        late
        missing
        cells {
          ...ReportCellFields
        }
      }
    }
  }
`);

export const SaveReportPeriodDocument = graphql(`
  mutation SaveReportPeriod($input: ReportPeriodInput!) {
    saveReportPeriod(input: $input) {
      id
    }
  }
`);

export const DeleteReportPeriodDocument = graphql(`
  mutation DeleteReportPeriod($id: ID!, $reason: String) {
    deleteReportPeriod(id: $id, reason: $reason)
  }
`);

export const SubmitPeriodicReportDocument = graphql(`
  mutation SubmitPeriodicReport($input: SubmitReportInput!) {
    submitPeriodicReport(input: $input) {
      ...ReportCellFields
    }
  }
`);

export const RecordPaperReportDocument = graphql(`
  mutation RecordPaperReport($input: PaperReportInput!) {
    recordPaperReport(input: $input) {
      ...ReportCellFields
    }
  }
`);

export const ApplyReportPenaltyDocument = graphql(`
  mutation ApplyReportPenalty($periodId: ID!, $unitId: ID!, $quantity: Float, $note: String) {
    applyReportPenalty(periodId: $periodId, unitId: $unitId, quantity: $quantity, note: $note) {
      ...ReportCellFields
    }
  }
`);

export const RemoveReportPenaltyDocument = graphql(`
  mutation RemoveReportPenalty($periodId: ID!, $unitId: ID!, $reason: String!) {
    removeReportPenalty(periodId: $periodId, unitId: $unitId, reason: $reason) {
      ...ReportCellFields
    }
  }
`);

export const EmulationListDocument = graphql(`
  query EmulationList($yearId: ID!, $groupId: ID!) {
    emulationList(yearId: $yearId, groupId: $groupId) {
      yearId
      year
      groupId
      groupName
      provisional
      canEditRule
      rule {
        minClassification
        excludeOverdueRemediation
        excludeMissingReports
        excludeLateReports
        isDefault
      }
      rows {
        unitId
        unitName
        unitCode
        index
        rank
        classification {
          code
          label
          color
        }
        overdueRemediation
        missingReports
        lateReports
        initiatives
        eligible
        reasons
      }
    }
  }
`);

export const SaveEmulationRuleDocument = graphql(`
  mutation SaveEmulationRule($input: EmulationRuleInput!) {
    saveEmulationRule(input: $input) {
      minClassification
    }
  }
`);

export const ExportEmulationListDocument = graphql(`
  query ExportEmulationList($yearId: ID!, $groupId: ID!) {
    exportEmulationList(yearId: $yearId, groupId: $groupId) {
      ...FileDownloadFields
    }
  }
`);

export const InitiativesDocument = graphql(`
  query Initiatives($yearId: ID!) {
    initiatives(yearId: $yearId) {
      id
      unitId
      unitName
      title
      level
      decisionNumber
      decisionDate
      issuer
      description
      bonusLeafCode
      bonusValue
      canManage
    }
  }
`);

export const SaveInitiativeDocument = graphql(`
  mutation SaveInitiative($input: InitiativeInput!) {
    saveInitiative(input: $input) {
      id
    }
  }
`);

export const DeleteInitiativeDocument = graphql(`
  mutation DeleteInitiative($id: ID!, $reason: String!) {
    deleteInitiative(id: $id, reason: $reason)
  }
`);

export const ExportInitiativesDocument = graphql(`
  query ExportInitiatives($yearId: ID!) {
    exportInitiatives(yearId: $yearId) {
      ...FileDownloadFields
    }
  }
`);
