import { graphql } from '@/graphql/generated';

export const SurveyImportTemplateDocument = graphql(`
  query SurveyImportTemplate($yearId: ID!) {
    surveyImportTemplate(yearId: $yearId) {
      ...FileDownloadFields
    }
  }
`);

export const SurveyImportPreviewFieldsFragment = graphql(`
  fragment SurveyImportPreviewFields on SurveyImportPreview {
    rowCount
    validCount
    blankCount
    changedCount
    sheetsAffected
    canApply
    issues {
      row
      code
      message
    }
    rows {
      row
      unitCode
      unitName
      criterionCode
      criterionTitle
      value
      points
      currentPoints
      changed
    }
  }
`);

export const SurveyImportPreviewDocument = graphql(`
  query SurveyImportPreview($yearId: ID!, $base64: String!, $format: SurveyFileFormat!) {
    surveyImportPreview(yearId: $yearId, base64: $base64, format: $format) {
      ...SurveyImportPreviewFields
    }
  }
`);

export const ImportSurveyResultsDocument = graphql(`
  mutation ImportSurveyResults($yearId: ID!, $base64: String!, $format: SurveyFileFormat!) {
    importSurveyResults(yearId: $yearId, base64: $base64, format: $format) {
      imported
      changed
      sheetsUpdated
    }
  }
`);
