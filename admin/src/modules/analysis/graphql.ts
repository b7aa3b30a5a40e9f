import { graphql } from '@/graphql/generated';

export const ComponentAnalysisFieldsFragment = graphql(`
  fragment ComponentAnalysisFields on ComponentAnalysis {
    code
    title
    areaCode
    maxPoints
    unitCount
    averagePoints
    averageSelfPoints
    averageLoss
    unitsLosing
    lossShare
    averageGap
    index
    selfIndex
  }
`);

export const CriteriaAnalysisDocument = graphql(`
  query CriteriaAnalysis($yearId: ID!, $groupId: ID!, $districtId: ID) {
    criteriaAnalysis(yearId: $yearId, groupId: $groupId, districtId: $districtId) {
      yearId
      year
      yearName
      groupId
      groupName
      unitCount
      pendingCount
      scope {
        kind
        districtUnitId
        districtName
      }
      areas {
        ...ComponentAnalysisFields
        note {
          id
          cause
          solution
          updatedBy
          updatedAt
        }
      }
      criteria {
        ...ComponentAnalysisFields
        note {
          id
          cause
          solution
          updatedBy
          updatedAt
        }
      }
      units {
        unitId
        unitName
        rank
        index
        selfIndex
        classification {
          ...ClassificationFields
        }
        areaIndices
        criterionIndices
      }
      districts {
        unitId
        name
      }
    }
  }
`);

export const UnitCriteriaGapsDocument = graphql(`
  query UnitCriteriaGaps($yearId: ID!, $groupId: ID!, $unitId: ID!, $districtId: ID) {
    unitCriteriaGaps(yearId: $yearId, groupId: $groupId, unitId: $unitId, districtId: $districtId) {
      code
      title
      areaCode
      maxApplicable
      points
      loss
      index
      groupIndex
      groupAverageLoss
      difference
    }
  }
`);

/** One area or criterion in both years: the figures the comparison table shows for each side. */
export const ComparedYearFiguresFragment = graphql(`
  fragment ComparedYearFigures on ComponentAnalysis {
    index
    averageLoss
    lossShare
    unitCount
  }
`);

export const ComponentYearComparisonFieldsFragment = graphql(`
  fragment ComponentYearComparisonFields on ComponentYearComparison {
    code
    title
    delta
    current {
      ...ComparedYearFigures
    }
    base {
      ...ComparedYearFigures
    }
  }
`);

export const CompareAnalysisYearsDocument = graphql(`
  query CompareAnalysisYears($yearId: ID!, $baseYearId: ID!, $groupId: ID!, $districtId: ID) {
    compareAnalysisYears(yearId: $yearId, baseYearId: $baseYearId, groupId: $groupId, districtId: $districtId) {
      year
      baseYear
      groupName
      units {
        unitId
        unitName
        index
        baseIndex
        delta
        basis
        baseUnits {
          unitId
          unitName
          index
        }
      }
      areas {
        ...ComponentYearComparisonFields
      }
      criteria {
        ...ComponentYearComparisonFields
      }
    }
  }
`);

export const SaveAnalysisNoteDocument = graphql(`
  mutation SaveAnalysisNote($input: AnalysisNoteInput!) {
    saveAnalysisNote(input: $input) {
      id
      code
      cause
      solution
      updatedBy
      updatedAt
    }
  }
`);

export const ReportRowFieldsFragment = graphql(`
  fragment ReportRowFields on ReportRow {
    rank
    unitId
    unitName
    index
    provisional
    classification {
      ...ClassificationFields
    }
    headRating {
      code
      label
      labelEn
    }
    baseIndex
    delta
  }
`);

export const ReportSummaryFieldsFragment = graphql(`
  fragment ReportSummaryFields on ReportSummaryFigures {
    unitCount
    rankedCount
    averageIndex
    comparableCount
    averageDelta
    distribution {
      code
      label
      labelEn
      color
      count
      share
    }
  }
`);

export const AnnualReportDocument = graphql(`
  query AnnualReport($yearId: ID!, $districtId: ID) {
    annualReport(yearId: $yearId, districtId: $districtId) {
      yearId
      year
      yearName
      provinceName
      generatedAt
      baseYear
      missingSections
      scope {
        kind
        districtUnitId
        districtName
      }
      summary {
        ...ReportSummaryFields
      }
      groups {
        groupId
        code
        name
        summary {
          ...ReportSummaryFields
        }
        areas {
          code
          title
          averageIndex
        }
        top {
          ...ReportRowFields
        }
        bottom {
          ...ReportRowFields
        }
        rows {
          ...ReportRowFields
        }
      }
      notes {
        groupName
        code
        title
        cause
        solution
      }
    }
  }
`);

export const ExportAnnualReportDocument = graphql(`
  query ExportAnnualReport($yearId: ID!, $districtId: ID) {
    exportAnnualReport(yearId: $yearId, districtId: $districtId) {
      ...FileDownloadFields
    }
  }
`);

export const WhatIfWeightsDocument = graphql(`
  query WhatIfWeights($yearId: ID!, $groupId: ID!, $draftGroupId: ID!) {
    whatIfWeights(yearId: $yearId, groupId: $groupId, draftGroupId: $draftGroupId) {
      year
      draftYear
      groupName
      draftGroupName
      removed {
        code
        title
      }
      added {
        code
        title
      }
      changed {
        code
        title
        oldMax
        newMax
        oldMethod
        newMethod
      }
      summary {
        unitCount
        averageIndex
        simulatedAverageIndex
        movedUp
        movedDown
        classificationChanged
      }
      rows {
        unitId
        unitName
        index
        rank
        classification {
          ...ClassificationFields
        }
        simulatedIndex
        simulatedRank
        simulatedClassification {
          ...ClassificationFields
        }
        indexDelta
        rankDelta
      }
    }
  }
`);
