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
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment OrgUnitRow on OrgUnit {\n    id\n    kind\n    subtype\n    code\n    name\n    level\n    isOpen\n    childCount\n    validFrom\n    validTo\n  }\n": typeof types.OrgUnitRowFragmentDoc,
    "\n  query OrgUnitList(\n    $parentId: ID\n    $rootsOnly: Boolean\n    $kind: OrgUnitKind\n    $search: String\n    $includeClosed: Boolean\n    $first: Int\n    $after: String\n  ) {\n    orgUnits(\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      kind: $kind\n      search: $search\n      includeClosed: $includeClosed\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrgUnitRow\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitListDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitRow\n      path\n      mergerText\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n      predecessors {\n        kind\n        partial\n        effectiveDate\n        note\n        unit {\n          id\n          name\n          isOpen\n        }\n      }\n      successors {\n        kind\n        partial\n        effectiveDate\n        note\n        unit {\n          id\n          name\n          isOpen\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitDetailDocument,
    "\n  query OrgUnitUsers($id: ID!, $first: Int, $after: String) {\n    orgUnit(id: $id) {\n      id\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            username\n            fullName\n            roles\n            active\n            lockedUntil\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitUsersDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation ChangeOrgUnitSubtype($id: ID!, $subtype: String!) {\n    changeOrgUnitSubtype(id: $id, subtype: $subtype) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.ChangeOrgUnitSubtypeDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      ...OrgUnitRow\n      path\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation CloseOrgUnit($id: ID!, $validTo: Date!) {\n    closeOrgUnit(id: $id, validTo: $validTo) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.CloseOrgUnitDocument,
    "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.MergeOrgUnitsDocument,
    "\n  mutation SplitOrgUnit($input: SplitOrgUnitInput!) {\n    splitOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": typeof types.SplitOrgUnitDocument,
    "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      dataset\n      provinceCode\n      created\n      unchanged\n      updated\n      linked\n      unmatched\n      ambiguous\n    }\n  }\n": typeof types.ImportUnitsDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    fullName\n    roles\n    active\n    lockedUntil\n    lastLoginAt\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query UserList($unitId: ID, $search: String, $first: Int, $after: String) {\n    users(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UserListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n    query Probe {\n      me {\n        id\n      }\n    }\n  ": typeof types.ProbeDocument,
};
const documents: Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment OrgUnitRow on OrgUnit {\n    id\n    kind\n    subtype\n    code\n    name\n    level\n    isOpen\n    childCount\n    validFrom\n    validTo\n  }\n": types.OrgUnitRowFragmentDoc,
    "\n  query OrgUnitList(\n    $parentId: ID\n    $rootsOnly: Boolean\n    $kind: OrgUnitKind\n    $search: String\n    $includeClosed: Boolean\n    $first: Int\n    $after: String\n  ) {\n    orgUnits(\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      kind: $kind\n      search: $search\n      includeClosed: $includeClosed\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrgUnitRow\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrgUnitListDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitRow\n      path\n      mergerText\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n      predecessors {\n        kind\n        partial\n        effectiveDate\n        note\n        unit {\n          id\n          name\n          isOpen\n        }\n      }\n      successors {\n        kind\n        partial\n        effectiveDate\n        note\n        unit {\n          id\n          name\n          isOpen\n        }\n      }\n    }\n  }\n": types.OrgUnitDetailDocument,
    "\n  query OrgUnitUsers($id: ID!, $first: Int, $after: String) {\n    orgUnit(id: $id) {\n      id\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            username\n            fullName\n            roles\n            active\n            lockedUntil\n          }\n        }\n      }\n    }\n  }\n": types.OrgUnitUsersDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitRow\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation ChangeOrgUnitSubtype($id: ID!, $subtype: String!) {\n    changeOrgUnitSubtype(id: $id, subtype: $subtype) {\n      ...OrgUnitRow\n    }\n  }\n": types.ChangeOrgUnitSubtypeDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      ...OrgUnitRow\n      path\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation CloseOrgUnit($id: ID!, $validTo: Date!) {\n    closeOrgUnit(id: $id, validTo: $validTo) {\n      ...OrgUnitRow\n    }\n  }\n": types.CloseOrgUnitDocument,
    "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": types.MergeOrgUnitsDocument,
    "\n  mutation SplitOrgUnit($input: SplitOrgUnitInput!) {\n    splitOrgUnit(input: $input) {\n      ...OrgUnitRow\n    }\n  }\n": types.SplitOrgUnitDocument,
    "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      dataset\n      provinceCode\n      created\n      unchanged\n      updated\n      linked\n      unmatched\n      ambiguous\n    }\n  }\n": types.ImportUnitsDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    fullName\n    roles\n    active\n    lockedUntil\n    lastLoginAt\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query UserList($unitId: ID, $search: String, $first: Int, $after: String) {\n    users(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UserListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n": types.UnlockUserDocument,
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
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment OrgUnitRow on OrgUnit {\n    id\n    kind\n    subtype\n    code\n    name\n    level\n    isOpen\n    childCount\n    validFrom\n    validTo\n  }\n"): (typeof documents)["\n  fragment OrgUnitRow on OrgUnit {\n    id\n    kind\n    subtype\n    code\n    name\n    level\n    isOpen\n    childCount\n    validFrom\n    validTo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitList(\n    $parentId: ID\n    $rootsOnly: Boolean\n    $kind: OrgUnitKind\n    $search: String\n    $includeClosed: Boolean\n    $first: Int\n    $after: String\n  ) {\n    orgUnits(\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      kind: $kind\n      search: $search\n      includeClosed: $includeClosed\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrgUnitRow\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitList(\n    $parentId: ID\n    $rootsOnly: Boolean\n    $kind: OrgUnitKind\n    $search: String\n    $includeClosed: Boolean\n    $first: Int\n    $after: String\n  ) {\n    orgUnits(\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      kind: $kind\n      search: $search\n      includeClosed: $includeClosed\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrgUnitRow\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitRow\n      path\n      mergerText\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n      predecessors {\n        kind\n        partial\n        effectiveDate\n        note\n        unit {\n          id\n          name\n          isOpen\n        }\n      }\n      successors {\n        kind\n        partial\n        effectiveDate\n        note\n        unit {\n          id\n          name\n          isOpen\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitRow\n      path\n      mergerText\n      parent {\n        id\n        name\n      }\n      ancestors {\n        id\n        name\n        kind\n      }\n      predecessors {\n        kind\n        partial\n        effectiveDate\n        note\n        unit {\n          id\n          name\n          isOpen\n        }\n      }\n      successors {\n        kind\n        partial\n        effectiveDate\n        note\n        unit {\n          id\n          name\n          isOpen\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n    query Probe {\n      me {\n        id\n      }\n    }\n  "): (typeof documents)["\n    query Probe {\n      me {\n        id\n      }\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;