import { graphql } from './generated';

export const OrgUnitRowFragment = graphql(`
  fragment OrgUnitRow on OrgUnit {
    id
    kind
    subtype
    code
    name
    level
    isOpen
    childCount
    validFrom
    validTo
  }
`);

/** One step of a unit's merge/split history, seen from either side. */
export const OrgUnitLinkFieldsFragment = graphql(`
  fragment OrgUnitLinkFields on OrgUnitLink {
    kind
    partial
    effectiveDate
    note
    unit {
      id
      name
      isOpen
    }
  }
`);

export const OrgUnitListDocument = graphql(`
  query OrgUnitList(
    $parentId: ID
    $rootsOnly: Boolean
    $kind: OrgUnitKind
    $search: String
    $includeClosed: Boolean
    $first: Int
    $after: String
  ) {
    orgUnits(
      parentId: $parentId
      rootsOnly: $rootsOnly
      kind: $kind
      search: $search
      includeClosed: $includeClosed
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OrgUnitRow
          ancestors {
            id
            name
          }
        }
      }
    }
  }
`);

export const OrgUnitDetailDocument = graphql(`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      ...OrgUnitRow
      path
      mergerText
      parent {
        id
        name
      }
      ancestors {
        id
        name
        kind
      }
      predecessors {
        ...OrgUnitLinkFields
      }
      successors {
        ...OrgUnitLinkFields
      }
    }
  }
`);

export const OrgUnitUsersDocument = graphql(`
  query OrgUnitUsers($id: ID!, $first: Int, $after: String) {
    orgUnit(id: $id) {
      id
      users(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            username
            fullName
            roles
            active
            lockedUntil
          }
        }
      }
    }
  }
`);

export const CreateOrgUnitDocument = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...OrgUnitRow
    }
  }
`);

export const RenameOrgUnitDocument = graphql(`
  mutation RenameOrgUnit($id: ID!, $name: String!) {
    renameOrgUnit(id: $id, name: $name) {
      ...OrgUnitRow
    }
  }
`);

export const ChangeOrgUnitSubtypeDocument = graphql(`
  mutation ChangeOrgUnitSubtype($id: ID!, $subtype: String!) {
    changeOrgUnitSubtype(id: $id, subtype: $subtype) {
      ...OrgUnitRow
    }
  }
`);

export const MoveOrgUnitDocument = graphql(`
  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {
    moveOrgUnit(id: $id, newParentId: $newParentId) {
      ...OrgUnitRow
      path
    }
  }
`);

export const CloseOrgUnitDocument = graphql(`
  mutation CloseOrgUnit($id: ID!, $validTo: Date!) {
    closeOrgUnit(id: $id, validTo: $validTo) {
      ...OrgUnitRow
    }
  }
`);

export const MergeOrgUnitsDocument = graphql(`
  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {
    mergeOrgUnits(input: $input) {
      ...OrgUnitRow
    }
  }
`);

export const SplitOrgUnitDocument = graphql(`
  mutation SplitOrgUnit($input: SplitOrgUnitInput!) {
    splitOrgUnit(input: $input) {
      ...OrgUnitRow
    }
  }
`);

export const ImportUnitsDocument = graphql(`
  mutation ImportUnits($input: ImportUnitsInput!) {
    importUnits(input: $input) {
      dataset
      provinceCode
      created
      unchanged
      updated
      linked
      unmatched
      ambiguous
    }
  }
`);
