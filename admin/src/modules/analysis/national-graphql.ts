import { graphql } from '@/graphql/generated';

export const NationalIndexFieldsFragment = graphql(`
  fragment NationalIndexFields on NationalIndex {
    id
    year
    kind
    unitId
    unitCode
    unitName
    value
    rank
    rankOf
    published
    source
    updatedBy
    updatedAt
  }
`);

export const NationalIndicesDocument = graphql(`
  query NationalIndices($provinceId: ID!) {
    nationalIndices(provinceId: $provinceId) {
      provinceId
      canManage
      entries {
        ...NationalIndexFields
      }
      ownAverages {
        yearId
        year
        status
        averageIndex
        unitCount
      }
    }
  }
`);

export const CreateNationalIndexDocument = graphql(`
  mutation CreateNationalIndex($input: NationalIndexInput!) {
    createNationalIndex(input: $input) {
      ...NationalIndexFields
    }
  }
`);

export const UpdateNationalIndexDocument = graphql(`
  mutation UpdateNationalIndex($id: ID!, $input: NationalIndexUpdateInput!) {
    updateNationalIndex(id: $id, input: $input) {
      ...NationalIndexFields
    }
  }
`);

export const PublishNationalIndicesDocument = graphql(`
  mutation PublishNationalIndices($provinceId: ID!, $year: Int!, $published: Boolean!) {
    publishNationalIndices(provinceId: $provinceId, year: $year, published: $published)
  }
`);

export const ImportNationalIndicesDocument = graphql(`
  mutation ImportNationalIndices($provinceId: ID!, $base64: String!) {
    importNationalIndices(provinceId: $provinceId, base64: $base64) {
      created
      updated
      unchanged
    }
  }
`);

export const NationalIndicesTemplateDocument = graphql(`
  query NationalIndicesTemplate($provinceId: ID!) {
    nationalIndicesTemplate(provinceId: $provinceId) {
      ...FileDownloadFields
    }
  }
`);

export const DdciSurveyPreviewDocument = graphql(`
  query DdciSurveyPreview($yearId: ID!, $criterionCode: String!) {
    ddciSurveyPreview(yearId: $yearId, criterionCode: $criterionCode) {
      ...SurveyImportPreviewFields
    }
  }
`);

export const ApplyDdciToSurveyDocument = graphql(`
  mutation ApplyDdciToSurvey($yearId: ID!, $criterionCode: String!) {
    applyDdciToSurvey(yearId: $yearId, criterionCode: $criterionCode) {
      imported
      changed
      sheetsUpdated
    }
  }
`);
