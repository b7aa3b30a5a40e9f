import { graphql } from './generated';

export const ComponentIndexFieldsFragment = graphql(`
  fragment ComponentIndexFields on ComponentIndex {
    criterionId
    code
    title
    maxPoints
    maxApplicable
    selfPoints
    finalPoints
    index
    selfIndex
  }
`);

export const ResultTotalsFragment = graphql(`
  fragment ResultTotals on SheetTotals {
    maxApplicable
    selfTotal
    appraisedTotal
    surveyPoints
    bonusPoints
    penaltyPoints
    index
    selfIndex
    gapPoints
    gapIndex
  }
`);

export const ClassificationFieldsFragment = graphql(`
  fragment ClassificationFields on Classification {
    code
    label
    labelEn
    color
  }
`);

export const HeadRatingFieldsFragment = graphql(`
  fragment HeadRatingFields on HeadRating {
    code
    label
    labelEn
  }
`);

/**
 * The ranking screen reads compact rows (issue 9): figures as plain values, the areas, the
 * classifications and the assessing units given once and referred to by position or code. The
 * object form (every area with its maxima, the classification's labels on every row) made a
 * 1,000-unit block 3.4 MB; a unit's detail is read on demand by UnitAssessmentDocument.
 */
export const RankingDocument = graphql(`
  query Ranking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {
    ranking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {
      yearId
      year
      groupId
      groupName
      assessorUnitId
      provisional
      areas {
        code
        title
      }
      classifications {
        code
        label
        labelEn
        color
        headRating {
          code
          label
          labelEn
        }
      }
      assessors {
        id
        name
      }
      rows {
        rank
        tied
        provisional
        unitId
        unitName
        assessorIndex
        index
        totals {
          selfTotal
          appraisedTotal
          gapPoints
        }
        classificationCode
        areaIndices
      }
      warnings {
        code
        level
        share
        limit
        count
        baseCount
        message
        messageEn
      }
    }
  }
`);

export const ExportRankingDocument = graphql(`
  query ExportRanking($yearId: ID!, $groupId: ID!, $assessorUnitId: ID) {
    exportRanking(yearId: $yearId, groupId: $groupId, assessorUnitId: $assessorUnitId) {
      ...FileDownloadFields
    }
  }
`);

export const UnitAssessmentDocument = graphql(`
  query UnitAssessment($unitId: ID!, $yearId: ID!) {
    orgUnit(id: $unitId) {
      id
      name
      assessment(yearId: $yearId) {
        yearId
        year
        yearName
        groupId
        groupName
        sheetId
        status
        provisional
        rankInGroup
        rankInAssessor
        groupSize
        totals {
          ...ResultTotals
        }
        classification {
          ...ClassificationFields
        }
        headRating {
          ...HeadRatingFields
        }
        areas {
          ...ComponentIndexFields
        }
      }
      indexHistory {
        year
        yearId
        unitId
        unitName
        index
        rankInGroup
        viaPredecessor
        provisional
        classification {
          ...ClassificationFields
        }
      }
    }
  }
`);
