import { graphql } from '@/graphql/generated';

/** The head's attestations of a sheet and their state (the score sheets' state spreads it too). */
export const SheetAttestationFieldsFragment = graphql(`
  fragment SheetAttestationFields on SheetAttestation {
    purpose
    status
    sheetVersion
    attestedByName
    attestedAt
    headName
    statement
    requestedByName
    requestedAt
  }
`);

export const AttestScoreSheetDocument = graphql(`
  mutation AttestScoreSheet($sheetId: ID!, $version: Int!, $purpose: AttestationPurpose!, $confirmed: Boolean!) {
    attestScoreSheet(sheetId: $sheetId, version: $version, purpose: $purpose, confirmed: $confirmed) {
      id
      version
      availableActions
      attestations {
        ...SheetAttestationFields
      }
    }
  }
`);

export const RequestAttestationDocument = graphql(`
  mutation RequestAttestation($sheetId: ID!, $purpose: AttestationPurpose!) {
    requestAttestation(sheetId: $sheetId, purpose: $purpose) {
      id
      version
      attestations {
        ...SheetAttestationFields
      }
    }
  }
`);

export const HeadTermFieldsFragment = graphql(`
  fragment HeadTermFields on HeadTerm {
    id
    unitId
    role
    fullName
    title
    fromDate
    toDate
    updatedBy
    updatedAt
  }
`);

/** A unit's head and deputy terms in a year, as the dialog shows them after each change. */
export const UnitHeadsFieldsFragment = graphql(`
  fragment UnitHeadsFields on UnitHeads {
    yearId
    unitId
    unitName
    canManage
    terms {
      ...HeadTermFields
    }
  }
`);

export const HeadsListDocument = graphql(`
  query HeadsList($yearId: ID!, $groupId: ID!) {
    headsList(yearId: $yearId, groupId: $groupId) {
      yearId
      year
      groupId
      groupName
      label
      provisional
      rows {
        unitId
        unitName
        unitCode
        head {
          ...HeadTermFields
        }
        otherHeads {
          ...HeadTermFields
        }
        deputy {
          ...HeadTermFields
        }
        index
        rank
        classification {
          code
          label
          color
        }
        headRating {
          code
          label
        }
        provisional
        overdueRemediation
      }
    }
  }
`);

export const ExportHeadsListDocument = graphql(`
  query ExportHeadsList($yearId: ID!, $groupId: ID!) {
    exportHeadsList(yearId: $yearId, groupId: $groupId) {
      ...FileDownloadFields
    }
  }
`);

export const UnitHeadsDocument = graphql(`
  query UnitHeads($yearId: ID!, $unitId: ID!) {
    unitHeads(yearId: $yearId, unitId: $unitId) {
      ...UnitHeadsFields
    }
  }
`);

export const SaveHeadTermDocument = graphql(`
  mutation SaveHeadTerm($input: HeadTermInput!) {
    saveHeadTerm(input: $input) {
      ...UnitHeadsFields
    }
  }
`);

export const DeleteHeadTermDocument = graphql(`
  mutation DeleteHeadTerm($id: ID!, $reason: String) {
    deleteHeadTerm(id: $id, reason: $reason) {
      ...UnitHeadsFields
    }
  }
`);

export const RecordAssessorEntryDocument = graphql(`
  mutation RecordAssessorEntry($input: AssessorEntryInput!) {
    recordAssessorEntry(input: $input) {
      id
      version
    }
  }
`);
