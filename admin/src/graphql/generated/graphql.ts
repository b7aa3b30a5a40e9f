/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Ngày theo lịch, dạng YYYY-MM-DD (giờ Việt Nam). A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** Kỳ đánh giá Chỉ số CCHC của một tỉnh trong một năm. */
export type AssessmentYear = {
  __typename?: 'AssessmentYear';
  /** Hạn thẩm định. */
  appraisalDeadline?: Maybe<Scalars['Date']['output']>;
  /** The year whose configuration this one was copied from. */
  copiedFromYearId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Hạn giải trình. */
  explanationDeadline?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  model: GovernmentModel;
  /** Tên kỳ đánh giá, ví dụ "Chỉ số CCHC năm 2025". */
  name: Scalars['String']['output'];
  /** The province (OrgUnit id) running this assessment. */
  provinceUnitId: Scalars['ID']['output'];
  /** Hạn công bố kết quả. */
  publicationDeadline?: Maybe<Scalars['Date']['output']>;
  /** When the roster was frozen (the year opened self-assessment). */
  rosterFrozenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Hạn tự đánh giá (inclusive, Vietnam time). */
  selfAssessmentDeadline?: Maybe<Scalars['Date']['output']>;
  status: YearStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** The year assessed (results are usually published the following spring). */
  year: Scalars['Int']['output'];
};

/** A signed, expiring token (JWT) to send as "Authorization: Bearer <token>". */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  user: User;
};

/** A new unit (tạo đơn vị mới). */
export type CreateOrgUnitInput = {
  /** Mã đơn vị, duy nhất trong các đơn vị đang hoạt động. */
  code: Scalars['String']['input'];
  kind: OrgUnitKind;
  /** Tên đầy đủ, ví dụ "Phường An Sinh". */
  name: Scalars['String']['input'];
  /** Đơn vị cấp trên. Tỉnh/thành phố (gốc) chỉ được tạo bằng chức năng nhập dữ liệu đơn vị hành chính. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Loại đơn vị bằng tiếng Việt: sở, ban, huyện, xã, phường, đặc khu… */
  subtype: Scalars['String']['input'];
  /** Hiệu lực từ ngày (mặc định: không giới hạn). */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
};

/** Tạo người dùng mới. */
export type CreateUserInput = {
  /** Họ và tên. */
  fullName: Scalars['String']['input'];
  /** Mật khẩu ban đầu (ít nhất 8 ký tự); chỉ lưu dạng băm, không bao giờ trả về. */
  password: Scalars['String']['input'];
  /** Vai trò (ít nhất một). */
  roles: Array<Role>;
  /** Đơn vị công tác (đang hoạt động). */
  unitId: Scalars['ID']['input'];
  /** Tên đăng nhập: chữ thường không dấu, số, ".", "_" hoặc "-" (3–64 ký tự); duy nhất. */
  username: Scalars['String']['input'];
};

/** Hai cấp (tỉnh → xã, từ 1/7/2025) hoặc ba cấp (tỉnh → huyện → xã). */
export type GovernmentModel =
  | 'THREE_LEVEL'
  | 'TWO_LEVEL';

/** Kết quả nhập đơn vị hành chính. Importing the same data twice reports only unchanged units. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Tên khớp nhiều đơn vị cũ: không đoán, giữ nguyên văn bản. */
  ambiguous: Array<Scalars['String']['output']>;
  /** Units created. */
  created: Scalars['Int']['output'];
  /** TWO_LEVEL_2026 or THREE_LEVEL_2025. */
  dataset: Scalars['String']['output'];
  /** Predecessor links created (only when both eras are present). */
  linked: Scalars['Int']['output'];
  /** The province imported; null for the whole file. */
  provinceCode?: Maybe<Scalars['String']['output']>;
  /** Units already present and identical. */
  unchanged: Scalars['Int']['output'];
  /** Tên trong văn bản "trước sắp xếp" không khớp đơn vị cũ nào: giữ nguyên văn bản, không tạo liên kết. */
  unmatched: Array<Scalars['String']['output']>;
  /** Units already present whose data changed. */
  updated: Scalars['Int']['output'];
};

/** Nhập đơn vị hành chính thực của một tỉnh. */
export type ImportUnitsInput = {
  dataset: UnitDataset;
  /** Mã tỉnh 2 chữ số, ví dụ "22" (Quảng Ninh). Quản trị cấp tỉnh chỉ nhập được tỉnh của mình. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
};

/** Sáp nhập: several units become one new unit; the old ones close the day before. */
export type MergeOrgUnitsInput = {
  /** Ngày đơn vị mới có hiệu lực; đơn vị cũ hết hiệu lực ngày hôm trước. */
  effectiveDate: Scalars['Date']['input'];
  /** Các đơn vị được sáp nhập (ít nhất hai, đang hoạt động, cùng loại). */
  sourceIds: Array<Scalars['ID']['input']>;
  target: NewOrgUnitInput;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Người dùng tự đổi mật khẩu của mình. */
  changeMyPassword: Scalars['Boolean']['output'];
  /** Đổi loại đơn vị, ví dụ xã thành phường (PROVINCE_ADMIN). */
  changeOrgUnitSubtype: OrgUnit;
  /** Đóng đơn vị (hết hiệu lực sau ngày validTo). Bị từ chối khi còn đơn vị trực thuộc đang hoạt động: chuyển hoặc đóng chúng trước. */
  closeOrgUnit: OrgUnit;
  /** Tạo đơn vị mới dưới một đơn vị cấp trên (PROVINCE_ADMIN). */
  createOrgUnit: OrgUnit;
  /** Tạo người dùng (PROVINCE_ADMIN). Tên đăng nhập được chuyển thành chữ thường. */
  createUser: User;
  /** Nhập đơn vị hành chính thực của tỉnh mình (PROVINCE_ADMIN); nhập lại không thay đổi gì. Adds standard departments and predecessor links. */
  importUnits: ImportReport;
  /** Đăng nhập. Repeated failures lock the account and slow the address. */
  login: AuthPayload;
  /** Sáp nhập nhiều đơn vị thành một đơn vị mới; các đơn vị cũ đóng vào ngày trước ngày hiệu lực và được liên kết (MERGE). */
  mergeOrgUnits: OrgUnit;
  /** Chuyển đơn vị (cùng toàn bộ đơn vị trực thuộc) sang đơn vị cấp trên khác; không thể chuyển vào chính nó hoặc cấp dưới của nó. */
  moveOrgUnit: OrgUnit;
  /** Đổi tên một đơn vị đang hoạt động (PROVINCE_ADMIN). */
  renameOrgUnit: OrgUnit;
  /** Đặt lại mật khẩu và mở khóa tài khoản (PROVINCE_ADMIN). */
  resetUserPassword: User;
  /** Chia tách một đơn vị thành nhiều đơn vị mới; đơn vị cũ đóng và được liên kết (SPLIT) với từng đơn vị mới. */
  splitOrgUnit: Array<OrgUnit>;
  /** Mở khóa tài khoản bị tạm khóa do đăng nhập sai nhiều lần (PROVINCE_ADMIN). */
  unlockUser: User;
  /** Sửa họ tên, đơn vị, vai trò hoặc trạng thái của người dùng (PROVINCE_ADMIN). */
  updateUser: User;
};


export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangeOrgUnitSubtypeArgs = {
  id: Scalars['ID']['input'];
  subtype: Scalars['String']['input'];
};


export type MutationCloseOrgUnitArgs = {
  id: Scalars['ID']['input'];
  validTo: Scalars['Date']['input'];
};


export type MutationCreateOrgUnitArgs = {
  input: CreateOrgUnitInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationImportUnitsArgs = {
  input: ImportUnitsInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMergeOrgUnitsArgs = {
  input: MergeOrgUnitsInput;
};


export type MutationMoveOrgUnitArgs = {
  id: Scalars['ID']['input'];
  newParentId: Scalars['ID']['input'];
};


export type MutationRenameOrgUnitArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationSplitOrgUnitArgs = {
  input: SplitOrgUnitInput;
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/** A unit formed by a merge or a split. */
export type NewOrgUnitInput = {
  /** Mã đơn vị mới; có thể dùng lại mã của một đơn vị cũ vì đơn vị cũ được đóng trước. */
  code: Scalars['String']['input'];
  kind: OrgUnitKind;
  /** Tên đầy đủ của đơn vị mới. */
  name: Scalars['String']['input'];
  /** Đơn vị cấp trên; mặc định là cấp trên của (các) đơn vị cũ. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Loại đơn vị bằng tiếng Việt (xã, phường, sở…). */
  subtype: Scalars['String']['input'];
};

/** Đơn vị hành chính hoặc cơ quan: a unit of the administrative hierarchy. */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** From the root (province) down to the parent. */
  ancestors: Array<OrgUnit>;
  /** Assessment years this unit runs as a province (newest first). */
  assessmentYears: Array<AssessmentYear>;
  /** Number of open direct children. */
  childCount: Scalars['Int']['output'];
  children: OrgUnitConnection;
  /** Mã đơn vị (mã thống kê quốc gia cho tỉnh/huyện/xã). */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Open (no end of validity). */
  isOpen: Scalars['Boolean']['output'];
  kind: OrgUnitKind;
  /** 0 for a province, 1 for its departments and districts, … */
  level: Scalars['Int']['output'];
  /** Văn bản "trước sắp xếp" như được công bố. */
  mergerText?: Maybe<Scalars['String']['output']>;
  /** Tên đầy đủ, ví dụ "Phường Ba Đình". */
  name: Scalars['String']['output'];
  parent?: Maybe<OrgUnit>;
  /** Materialized path of ancestor ids, "/root/…/id/". */
  path: Scalars['String']['output'];
  /** Units this one was formed from. */
  predecessors: Array<OrgUnitLink>;
  /** Loại đơn vị bằng tiếng Việt (sở, huyện, phường, xã, đặc khu…). */
  subtype: Scalars['String']['output'];
  /** Units this one became (part of). */
  successors: Array<OrgUnitLink>;
  /** Người dùng của đơn vị: thấy được bởi quản trị cấp tỉnh và bởi chính người dùng của đơn vị. */
  users: UserConnection;
  /** Hiệu lực từ ngày. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Hiệu lực đến ngày (null: còn hoạt động). */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/** Đơn vị hành chính hoặc cơ quan: a unit of the administrative hierarchy. */
export type OrgUnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Đơn vị hành chính hoặc cơ quan: a unit of the administrative hierarchy. */
export type OrgUnitUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of OrgUnit items (Relay connection). */
export type OrgUnitConnection = {
  __typename?: 'OrgUnitConnection';
  edges: Array<OrgUnitEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrgUnitEdge = {
  __typename?: 'OrgUnitEdge';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
};

/** Level of a unit: tỉnh; sở/ban/ngành; huyện/quận/thị xã/thành phố thuộc tỉnh; xã/phường/thị trấn/đặc khu. */
export type OrgUnitKind =
  | 'COMMUNE'
  | 'DEPARTMENT'
  | 'DISTRICT'
  | 'PROVINCE';

/** A predecessor or successor of a unit, with how and when. */
export type OrgUnitLink = {
  __typename?: 'OrgUnitLink';
  effectiveDate?: Maybe<Scalars['Date']['output']>;
  kind: OrgUnitLinkKind;
  note?: Maybe<Scalars['String']['output']>;
  /** Only part of the predecessor went into the successor ("một phần"). */
  partial: Scalars['Boolean']['output'];
  unit: OrgUnit;
};

/** How a unit came from another: sáp nhập (merge), chia tách (split), sắp xếp lại (reorganization, e.g. the 2025 reform). */
export type OrgUnitLinkKind =
  | 'MERGE'
  | 'REORGANIZATION'
  | 'SPLIT';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Assessment years of a province, newest first. */
  assessmentYears: Array<AssessmentYear>;
  /** The signed-in user, or null when anonymous. */
  me?: Maybe<User>;
  /** One unit by id (open or closed). */
  orgUnit?: Maybe<OrgUnit>;
  /** Browse or search units (open ones unless includeClosed). */
  orgUnits: OrgUnitConnection;
  /** Một người dùng (PROVINCE_ADMIN, hoặc chính mình). */
  user?: Maybe<User>;
  /** Người dùng của tỉnh (PROVINCE_ADMIN), có thể lọc theo đơn vị và tìm theo tên. */
  users: UserConnection;
};


export type QueryAssessmentYearsArgs = {
  provinceId: Scalars['ID']['input'];
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<OrgUnitKind>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a user may do (domain brief §1). */
export type Role =
  /** Thành viên hội đồng/tổ thẩm định của đơn vị đánh giá */
  | 'APPRAISER'
  /** Chủ tịch (hoặc phó chủ tịch được ủy quyền) của đơn vị đánh giá */
  | 'ASSESSOR_CHAIR'
  /** Quản trị cấp tỉnh (Sở Nội vụ – phòng CCHC) */
  | 'PROVINCE_ADMIN'
  /** Người đứng đầu đơn vị được đánh giá */
  | 'UNIT_HEAD'
  /** Cán bộ đơn vị được đánh giá, nhập tự đánh giá */
  | 'UNIT_OFFICER'
  /** Lãnh đạo, thanh tra: chỉ xem */
  | 'VIEWER';

/** Chia tách: one unit becomes several new units; the old one closes the day before. */
export type SplitOrgUnitInput = {
  /** Ngày các đơn vị mới có hiệu lực. */
  effectiveDate: Scalars['Date']['input'];
  /** Đơn vị bị chia tách. */
  sourceId: Scalars['ID']['input'];
  /** Các đơn vị mới (ít nhất hai). */
  targets: Array<NewOrgUnitInput>;
};

/** Bộ dữ liệu đơn vị hành chính thực (server/data/vn-admin-units). */
export type UnitDataset =
  /** Mô hình ba cấp (tỉnh → huyện → xã), dữ liệu 03/2025, hết hiệu lực 30/06/2025: 63 tỉnh, 696 huyện, 10.035 xã. */
  | 'THREE_LEVEL_2025'
  /** Mô hình hai cấp (tỉnh → xã), hiệu lực từ 01/07/2025: 34 tỉnh, 3.321 xã. */
  | 'TWO_LEVEL_2026';

/** Sửa người dùng: chỉ các trường được gửi mới thay đổi. */
export type UpdateUserInput = {
  /** false: khóa tài khoản (không đăng nhập được). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Họ và tên. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** Vai trò (thay toàn bộ). */
  roles?: InputMaybe<Array<Role>>;
  /** Đơn vị công tác. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Người dùng: belongs to one unit and has roles. */
export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  lockedUntil?: Maybe<Scalars['DateTime']['output']>;
  roles: Array<Role>;
  /** The unit the user belongs to. */
  unit: OrgUnit;
  username: Scalars['String']['output'];
};

/** A page of User items (Relay connection). */
export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** Trạng thái kỳ đánh giá. */
export type YearStatus =
  /** Thẩm định */
  | 'APPRAISAL'
  /** Đã chốt kết quả */
  | 'FINALIZED'
  /** Chuẩn bị: cấu hình khối, bộ chỉ số, thời hạn */
  | 'PLANNING'
  /** Đã công bố */
  | 'PUBLISHED'
  /** Tự đánh giá: danh sách đơn vị đã chốt, bộ chỉ số đã khóa */
  | 'SELF_ASSESSMENT';

export type Join__Graph =
  | 'ORG'
  | 'SCORING';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } | null };

export type SessionUserFragment = { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } };

export type OrgUnitRowFragment = { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null };

export type OrgUnitListQueryVariables = Exact<{
  parentId?: InputMaybe<Scalars['ID']['input']>;
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<OrgUnitKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrgUnitListQuery = { __typename?: 'Query', orgUnits: { __typename?: 'OrgUnitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrgUnitEdge', node: { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null, ancestors: Array<{ __typename?: 'OrgUnit', id: string, name: string }> } }> } };

export type OrgUnitDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgUnitDetailQuery = { __typename?: 'Query', orgUnit?: { __typename?: 'OrgUnit', path: string, mergerText?: string | null, id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null, parent?: { __typename?: 'OrgUnit', id: string, name: string } | null, ancestors: Array<{ __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind }>, predecessors: Array<{ __typename?: 'OrgUnitLink', kind: OrgUnitLinkKind, partial: boolean, effectiveDate?: string | null, note?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, isOpen: boolean } }>, successors: Array<{ __typename?: 'OrgUnitLink', kind: OrgUnitLinkKind, partial: boolean, effectiveDate?: string | null, note?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, isOpen: boolean } }> } | null };

export type OrgUnitUsersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrgUnitUsersQuery = { __typename?: 'Query', orgUnit?: { __typename?: 'OrgUnit', id: string, users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, active: boolean, lockedUntil?: string | null } }> } } | null };

export type CreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateOrgUnitMutation = { __typename?: 'Mutation', createOrgUnit: { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null } };

export type RenameOrgUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RenameOrgUnitMutation = { __typename?: 'Mutation', renameOrgUnit: { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null } };

export type ChangeOrgUnitSubtypeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  subtype: Scalars['String']['input'];
}>;


export type ChangeOrgUnitSubtypeMutation = { __typename?: 'Mutation', changeOrgUnitSubtype: { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null } };

export type MoveOrgUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  newParentId: Scalars['ID']['input'];
}>;


export type MoveOrgUnitMutation = { __typename?: 'Mutation', moveOrgUnit: { __typename?: 'OrgUnit', path: string, id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null } };

export type CloseOrgUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  validTo: Scalars['Date']['input'];
}>;


export type CloseOrgUnitMutation = { __typename?: 'Mutation', closeOrgUnit: { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null } };

export type MergeOrgUnitsMutationVariables = Exact<{
  input: MergeOrgUnitsInput;
}>;


export type MergeOrgUnitsMutation = { __typename?: 'Mutation', mergeOrgUnits: { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null } };

export type SplitOrgUnitMutationVariables = Exact<{
  input: SplitOrgUnitInput;
}>;


export type SplitOrgUnitMutation = { __typename?: 'Mutation', splitOrgUnit: Array<{ __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null }> };

export type ImportUnitsMutationVariables = Exact<{
  input: ImportUnitsInput;
}>;


export type ImportUnitsMutation = { __typename?: 'Mutation', importUnits: { __typename?: 'ImportReport', dataset: string, provinceCode?: string | null, created: number, unchanged: number, updated: number, linked: number, unmatched: Array<string>, ambiguous: Array<string> } };

export type UserRowFragment = { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } };

export type UserListQueryVariables = Exact<{
  unitId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UserListQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UserEdge', cursor: string, node: { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'User', id: string } };

export type UnlockUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnlockUserMutation = { __typename?: 'Mutation', unlockUser: { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } };

export type ProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null };

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const OrgUnitRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<OrgUnitRowFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OrgUnitListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootsOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootsOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootsOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<OrgUnitListQuery, OrgUnitListQueryVariables>;
export const OrgUnitDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"mergerText"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<OrgUnitDetailQuery, OrgUnitDetailQueryVariables>;
export const OrgUnitUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitUsersQuery, OrgUnitUsersQueryVariables>;
export const CreateOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<CreateOrgUnitMutation, CreateOrgUnitMutationVariables>;
export const RenameOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<RenameOrgUnitMutation, RenameOrgUnitMutationVariables>;
export const ChangeOrgUnitSubtypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOrgUnitSubtype"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subtype"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrgUnitSubtype"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"subtype"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subtype"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<ChangeOrgUnitSubtypeMutation, ChangeOrgUnitSubtypeMutationVariables>;
export const MoveOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newParentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newParentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>;
export const CloseOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<CloseOrgUnitMutation, CloseOrgUnitMutationVariables>;
export const MergeOrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeOrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeOrgUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeOrgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<MergeOrgUnitsMutation, MergeOrgUnitsMutationVariables>;
export const SplitOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<SplitOrgUnitMutation, SplitOrgUnitMutationVariables>;
export const ImportUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"ambiguous"}}]}}]}}]} as unknown as DocumentNode<ImportUnitsMutation, ImportUnitsMutationVariables>;
export const UserListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UserListQuery, UserListQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UnlockUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const ProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeQuery, ProbeQueryVariables>;