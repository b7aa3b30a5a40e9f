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

export type AddCriterionInput = {
  /** Default false. */
  allowNotApplicable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lý do (hiện cho đơn vị). */
  assessorEntryReason?: InputMaybe<Scalars['String']['input']>;
  /** Mã: "1", "1.2", "1.2.3". */
  code: Scalars['String']['input'];
  /** Do cơ quan đánh giá nhập (default false). */
  enteredByAssessor?: InputMaybe<Scalars['Boolean']['input']>;
  evidenceGuidance?: InputMaybe<Scalars['String']['input']>;
  groupId: Scalars['ID']['input'];
  /** replaceCriteriaSet: the id of an existing node of the set, so it keeps its identity (and the sheets its answers) when the editor moves or renumbers it; omit for a new node (then nodes match by code). Ignored by addCriterion. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Điểm tối đa (2 decimals at most). */
  maxPoints: Scalars['Float']['input'];
  /** Leaves only. */
  method?: InputMaybe<ScoringMethod>;
  /** Method parameters as JSON text (see docs/criteria-template.md). */
  params?: InputMaybe<Scalars['String']['input']>;
  /** Parent node; omit for an area or a bonus/penalty block. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** 0-based position among siblings; default last. */
  position?: InputMaybe<Scalars['Int']['input']>;
  scoringGuidance?: InputMaybe<Scalars['String']['input']>;
  section: CriteriaSection;
  /** Nội dung. */
  title: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};

/** Một huyện đánh giá các xã của khối (năm ba cấp). */
export type AnalysisDistrict = {
  __typename?: 'AnalysisDistrict';
  name: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
};

/** Nguyên nhân và giải pháp của một tiêu chí (lĩnh vực) trong một năm. */
export type AnalysisNote = {
  __typename?: 'AnalysisNote';
  /** Nguyên nhân mất điểm. */
  cause: Scalars['String']['output'];
  /** Mã tiêu chí hoặc lĩnh vực ("1", "3.2"). */
  code: Scalars['String']['output'];
  groupId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Giải pháp đề xuất. */
  solution: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
  yearId: Scalars['ID']['output'];
};

/** Nguyên nhân và giải pháp của một tiêu chí (để trống cả hai để xóa nội dung). */
export type AnalysisNoteInput = {
  cause: Scalars['String']['input'];
  /** Mã tiêu chí hoặc lĩnh vực của bộ chỉ số của khối. */
  code: Scalars['String']['input'];
  groupId: Scalars['ID']['input'];
  solution: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};

export type AnalysisScope = {
  __typename?: 'AnalysisScope';
  /** Tên huyện (phạm vi DISTRICT). */
  districtName?: Maybe<Scalars['String']['output']>;
  districtUnitId?: Maybe<Scalars['ID']['output']>;
  kind: AnalysisScopeKind;
};

/** Phạm vi phân tích: toàn tỉnh, hoặc các xã của một huyện. */
export type AnalysisScopeKind =
  /** Các xã của một huyện */
  | 'DISTRICT'
  /** Toàn tỉnh */
  | 'PROVINCE';

/** Một đơn vị trong phân tích: một dòng của bản đồ nhiệt. */
export type AnalysisUnitRow = {
  __typename?: 'AnalysisUnitRow';
  /** Chỉ số từng lĩnh vực, theo thứ tự của `areas` (null: không áp dụng). */
  areaIndices: Array<Maybe<Scalars['Float']['output']>>;
  classification?: Maybe<Classification>;
  /** Chỉ số từng tiêu chí, theo thứ tự của `criteria`. */
  criterionIndices: Array<Maybe<Scalars['Float']['output']>>;
  index?: Maybe<Scalars['Float']['output']>;
  rank?: Maybe<Scalars['Int']['output']>;
  selfIndex?: Maybe<Scalars['Float']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** Hai năm cạnh nhau, theo các lần sáp nhập. */
export type AnalysisYearComparison = {
  __typename?: 'AnalysisYearComparison';
  areas: Array<ComponentYearComparison>;
  baseYear: Scalars['Int']['output'];
  criteria: Array<ComponentYearComparison>;
  groupName: Scalars['String']['output'];
  scope: AnalysisScope;
  units: Array<UnitYearComparison>;
  year: Scalars['Int']['output'];
};

/** Báo cáo kết quả Chỉ số CCHC năm của tỉnh (hoặc các xã của một huyện): số liệu tổng hợp, xếp hạng, phân tích. */
export type AnnualReport = {
  __typename?: 'AnnualReport';
  /** Năm so sánh (năm trước), nếu có và được xem. */
  baseYear?: Maybe<Scalars['Int']['output']>;
  generatedAt: Scalars['DateTime']['output'];
  groups: Array<ReportGroup>;
  /** Các phần số liệu chưa có trong hệ thống (ví dụ khắc phục sau đánh giá). */
  missingSections: Array<Scalars['String']['output']>;
  /** Nguyên nhân, giải pháp theo tiêu chí (phân tích). */
  notes: Array<ReportNote>;
  /** Tên cơ quan chủ trì (ví dụ UBND tỉnh Quảng Ninh). */
  provinceName: Scalars['String']['output'];
  scope: AnalysisScope;
  summary: ReportSummaryFigures;
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
  yearName: Scalars['String']['output'];
};

/** Ứng dụng khai thác: an external app (portal, emulation-and-reward system, newsroom) that reads published results with an API key. */
export type ApiClient = {
  __typename?: 'ApiClient';
  /** false once revoked. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Người tạo khóa. */
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** Tiền tố của khóa (8 ký tự đầu) để phân biệt các khóa; the full key is never shown again. */
  keyPrefix: Scalars['String']['output'];
  /** Lần dùng gần nhất (cập nhật tối đa mỗi phút một lần). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên ứng dụng, ví dụ "Cổng thông tin điện tử tỉnh". */
  name: Scalars['String']['output'];
  /** The province whose administrator manages the key. */
  provinceUnitId: Scalars['ID']['output'];
  /** Thời điểm thu hồi khóa. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Phạm vi được phép. */
  scopes: Array<ApiScope>;
};

/** Phạm vi của khóa API (what an external app may read). */
export type ApiScope =
  /** Đọc kết quả Chỉ số CCHC đã công bố (publishedResults, OrgUnit.assessment / indexHistory of published years). */
  | 'PUBLISHED_RESULTS';

/** Appraisal of one leaf. Without points the computed (self) points are accepted; a change needs a note. */
export type AppraisalEntryInput = {
  criterionId: Scalars['ID']['input'];
  /** Ghi chú; bắt buộc khi điểm khác điểm tự chấm (vòng 1) hoặc vòng 1 (vòng 2). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Điểm thẩm định (0..điểm tối đa, 2 chữ số thập phân). */
  points?: InputMaybe<Scalars['Float']['input']>;
};

/** Phân công thành viên tổ thẩm định: đơn vị và lĩnh vực được thẩm định. */
export type AppraiserAssignment = {
  __typename?: 'AppraiserAssignment';
  /** Criteria codes (areas, e.g. "1", "3.2") he may appraise; empty = all. */
  areaCodes: Array<Scalars['String']['output']>;
  /** The assessor unit the appraiser works for. */
  assessorUnitId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Units he may appraise; empty = every unit of the assessor unit. */
  unitIds: Array<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** The appraiser (User id). */
  userId: Scalars['ID']['output'];
  yearId: Scalars['ID']['output'];
};

/** Phiếu nháp của đơn vị đã bỏ khỏi danh sách (lưu trữ, khôi phục được khi thêm lại đơn vị). */
export type ArchivedSheet = {
  __typename?: 'ArchivedSheet';
  archivedAt: Scalars['DateTime']['output'];
  /** Người bỏ đơn vị khỏi danh sách. */
  archivedByName: Scalars['String']['output'];
  /** Số tiêu chí đã kê khai trong phiếu nháp. */
  filledLeaves: Scalars['Int']['output'];
  groupId: Scalars['ID']['output'];
  /** Id of the removed sheet (its evidence files still point to it). */
  id: Scalars['ID']['output'];
  /** Lý do bỏ khỏi danh sách. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Khi đơn vị được thêm lại và phiếu được khôi phục. */
  restoredAt?: Maybe<Scalars['DateTime']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  yearId: Scalars['ID']['output'];
};

/** Kỳ đánh giá Chỉ số CCHC của một tỉnh trong một năm. */
export type AssessmentYear = {
  __typename?: 'AssessmentYear';
  /** Hạn thẩm định. */
  appraisalDeadline?: Maybe<Scalars['Date']['output']>;
  /** Mức trần điểm thưởng (null: no cap). */
  bonusCap?: Maybe<Scalars['Float']['output']>;
  /** Mức xếp loại, best first. */
  classificationBands: Array<ClassificationBand>;
  /** The year whose configuration this one was copied from. */
  copiedFromYearId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Hạn giải trình. */
  explanationDeadline?: Maybe<Scalars['Date']['output']>;
  /** Unit groups (khối), in display order. */
  groups: Array<UnitGroup>;
  /** Classification → rating of the unit’s head. */
  headRatings: Array<HeadRatingRule>;
  id: Scalars['ID']['output'];
  model: GovernmentModel;
  /** Tên kỳ đánh giá, ví dụ "Chỉ số CCHC năm 2025". */
  name: Scalars['String']['output'];
  /** Statuses the year can move to next, with whether the current user may do it and why not. */
  nextStatuses: Array<YearTransitionOption>;
  /** Mức trần điểm trừ (null: no cap). */
  penaltyCap?: Maybe<Scalars['Float']['output']>;
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

/** Cơ quan đánh giá ghi nhận trên một tiêu chí do mình nhập, kèm căn cứ. */
export type AssessorEntryInput = {
  criterionId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Số vi phạm / số lượng (số nguyên), hoặc số điểm (tiêu chí chấm thủ công). */
  quantity: Scalars['Float']['input'];
  reference: AssessorReferenceInput;
  sheetId: Scalars['ID']['input'];
};

/** Một lần cơ quan đánh giá ghi nhận trên tiêu chí do mình nhập (thủ công, kết luận kiểm tra, báo cáo, sáng kiến). */
export type AssessorRecord = {
  __typename?: 'AssessorRecord';
  enteredAt: Scalars['DateTime']['output'];
  enteredBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Số vi phạm / số lượng, hoặc số điểm với tiêu chí chấm thủ công. */
  quantity: Scalars['Float']['output'];
  reference?: Maybe<AssessorReference>;
  /** The inspection finding, report or initiative. */
  sourceId?: Maybe<Scalars['ID']['output']>;
  /** Nguồn, ví dụ "Kiểm tra CCHC — QĐ 12/QĐ-UBND: ...". */
  sourceLabel: Scalars['String']['output'];
  /** MANUAL, INSPECTION, REPORT or INITIATIVE. */
  sourceType: Scalars['String']['output'];
};

/** Căn cứ: văn bản kết luận, quyết định… */
export type AssessorReference = {
  __typename?: 'AssessorReference';
  documentDate?: Maybe<Scalars['Date']['output']>;
  /** Số ký hiệu. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  issuer?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** Căn cứ ghi nhận: số ký hiệu hoặc tên văn bản là bắt buộc. */
export type AssessorReferenceInput = {
  documentDate?: InputMaybe<Scalars['Date']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Who assesses the units of a group. */
export type AssessorRule =
  /** UBND cấp huyện đánh giá các xã của mình (mô hình ba cấp). */
  | 'PARENT_DISTRICT'
  /** UBND tỉnh đánh giá (sở, ngành; huyện; xã ở mô hình hai cấp). */
  | 'PROVINCE';

/** What the head attests: the self-assessment before submission, or the explanation before it is sent. */
export type AttestationPurpose =
  | 'EXPLANATION'
  | 'SUBMIT';

/** The attestation against the sheet’s current version. */
export type AttestationStatus =
  /** Chưa có xác nhận */
  | 'NONE'
  /** Đã xác nhận và đã gửi (phiếu đã qua bước này) */
  | 'RECORDED'
  /** Đã đề nghị người đứng đầu xác nhận */
  | 'REQUESTED'
  /** Phiếu đã thay đổi sau khi xác nhận: cần xác nhận lại */
  | 'STALE'
  /** Người đứng đầu đã xác nhận phiên bản hiện tại */
  | 'VALID';

/** What an audit event is about. */
export type AuditEntityType =
  /** Phân tích: nguyên nhân, giải pháp của một tiêu chí */
  | 'ANALYSIS'
  /** Xác nhận của người đứng đầu đối với phiếu tự đánh giá */
  | 'ATTESTATION'
  /** Tiêu chí của bộ chỉ số */
  | 'CRITERION'
  /** Người đứng đầu, cấp phó phụ trách CCHC của đơn vị */
  | 'HEAD'
  /** Sáng kiến, mô hình hay được công nhận */
  | 'INITIATIVE'
  /** Kiểm tra CCHC / công vụ và kết luận */
  | 'INSPECTION'
  /** Chỉ số quốc gia của tỉnh (PAR INDEX, SIPAS, PAPI, PCI, DDCI); yearId của sự kiện là đơn vị tỉnh (số liệu theo năm dương lịch, không thuộc kỳ đánh giá nào) */
  | 'NATIONAL_INDEX'
  /** Nhiệm vụ khắc phục hạn chế */
  | 'REMEDIATION'
  /** Báo cáo CCHC định kỳ */
  | 'REPORT'
  /** Danh sách đơn vị được đánh giá */
  | 'ROSTER'
  /** Điểm của một tiêu chí trên phiếu */
  | 'SCORE'
  /** Cấu hình kỳ đánh giá, khối, phân công */
  | 'SETTING'
  /** Trạng thái phiếu */
  | 'SHEET'
  /** Trạng thái kỳ đánh giá */
  | 'STATUS';

/** Một thay đổi đã ghi nhận: ai, khi nào, trước, sau, lý do. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What was done, e.g. CREATE, UPDATE, DELETE, TRANSITION, REOPEN, SAVE_SELF. */
  action: Scalars['String']['output'];
  /** Tên đăng nhập / tên người thực hiện tại thời điểm thay đổi. */
  actorName: Scalars['String']['output'];
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** State after the change, as JSON text (null on deletion). */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** State before the change, as JSON text (null on creation). */
  before?: Maybe<Scalars['String']['output']>;
  /** Criteria node concerned, if any. */
  criterionId?: Maybe<Scalars['ID']['output']>;
  /** Id of the changed thing (year, group, node, roster entry, sheet entry…). */
  entityId: Scalars['ID']['output'];
  entityType: AuditEntityType;
  id: Scalars['ID']['output'];
  /** Lý do do người thực hiện nêu. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Score sheet concerned, if any. */
  sheetId?: Maybe<Scalars['ID']['output']>;
  yearId: Scalars['ID']['output'];
};

/** A page of AuditEvent items (Relay connection). */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** A signed, expiring token (JWT) to send as "Authorization: Bearer <token>". */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  user: User;
};

/** Xếp loại theo các mức của kỳ (ví dụ Xuất sắc ≥ 90). */
export type Classification = {
  __typename?: 'Classification';
  code: Scalars['String']['output'];
  /** Màu hiển thị #RRGGBB. */
  color: Scalars['String']['output'];
  /** Tên xếp loại (tiếng Việt). */
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
};

/** Mức xếp loại (ví dụ Xuất sắc ≥ 90). */
export type ClassificationBand = {
  __typename?: 'ClassificationBand';
  /** Stable code, e.g. EXCELLENT, GOOD, FAIR, AVERAGE, WEAK. */
  code: Scalars['String']['output'];
  /** Display colour #RRGGBB. */
  color: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  /** Tên tiếng Việt, ví dụ "Xuất sắc". */
  labelVi: Scalars['String']['output'];
  /** Lowest index (percent, inclusive) of the band, e.g. 90. */
  minIndex: Scalars['Float']['output'];
};

/** One band; list bands best first, the last starting at 0. */
export type ClassificationBandInput = {
  code: Scalars['String']['input'];
  color: Scalars['String']['input'];
  labelEn: Scalars['String']['input'];
  labelVi: Scalars['String']['input'];
  /** Lowest index (percent, at most 2 decimals, inclusive). */
  minIndex: Scalars['Float']['input'];
};

export type ComparedUnitRef = {
  __typename?: 'ComparedUnitRef';
  index?: Maybe<Scalars['Float']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** So với năm trước bằng chính đơn vị, hay bằng kết quả gộp của các đơn vị tiền thân (sau sáp nhập). */
export type ComparisonBasis =
  | 'NONE'
  | 'PREDECESSORS'
  | 'SAME_UNIT';

/** Số liệu của khối trên một lĩnh vực hoặc tiêu chí. */
export type ComponentAnalysis = {
  __typename?: 'ComponentAnalysis';
  /** Lĩnh vực chứa tiêu chí. */
  areaCode: Scalars['String']['output'];
  /** Chênh lệch tự đánh giá − thẩm định bình quân (điểm). */
  averageGap?: Maybe<Scalars['Float']['output']>;
  /** Điểm bị mất bình quân (tối đa − thẩm định). */
  averageLoss?: Maybe<Scalars['Float']['output']>;
  /** Điểm bình quân (thẩm định). */
  averagePoints?: Maybe<Scalars['Float']['output']>;
  /** Điểm tự đánh giá bình quân. */
  averageSelfPoints?: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  /** Chỉ số thành phần chung của khối (%): Σ điểm ÷ Σ điểm tối đa. */
  index?: Maybe<Scalars['Float']['output']>;
  /** Tỷ lệ đơn vị bị mất điểm (%). */
  lossShare?: Maybe<Scalars['Float']['output']>;
  /** Điểm tối đa. */
  maxPoints: Scalars['Float']['output'];
  note?: Maybe<AnalysisNote>;
  selfIndex?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  /** Số đơn vị áp dụng tiêu chí (mẫu số của các số bình quân). */
  unitCount: Scalars['Int']['output'];
  /** Số đơn vị bị mất điểm. */
  unitsLosing: Scalars['Int']['output'];
};

/** Chỉ số thành phần của một lĩnh vực hoặc tiêu chí. */
export type ComponentIndex = {
  __typename?: 'ComponentIndex';
  code: Scalars['String']['output'];
  criterionId: Scalars['ID']['output'];
  /** Điểm thẩm định; null khi người xem chưa được thấy điểm thẩm định. */
  finalPoints?: Maybe<Scalars['Float']['output']>;
  /** Chỉ số thành phần theo điểm thẩm định; null như SheetTotals.index. */
  index?: Maybe<Scalars['Float']['output']>;
  /** Điểm tối đa sau khi bỏ các tiêu chí không áp dụng. */
  maxApplicable: Scalars['Float']['output'];
  maxPoints: Scalars['Float']['output'];
  selfIndex?: Maybe<Scalars['Float']['output']>;
  selfPoints: Scalars['Float']['output'];
  title: Scalars['String']['output'];
};

export type ComponentYearComparison = {
  __typename?: 'ComponentYearComparison';
  base?: Maybe<ComponentAnalysis>;
  code: Scalars['String']['output'];
  current?: Maybe<ComponentAnalysis>;
  /** Chênh lệch chỉ số chung (điểm %). */
  delta?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
};

/** Tạo khóa API cho một ứng dụng khai thác. */
export type CreateApiClientInput = {
  /** Tên ứng dụng (bắt buộc), ví dụ "Cổng thông tin điện tử tỉnh". */
  name: Scalars['String']['input'];
  /** Phạm vi; mặc định [PUBLISHED_RESULTS]. */
  scopes?: InputMaybe<Array<ApiScope>>;
};

export type CreateAssessmentYearInput = {
  /** Copy this year's whole configuration (groups, criteria sets, bands, head ratings, caps, deadlines shifted by the year difference). */
  copyFromYearId?: InputMaybe<Scalars['ID']['input']>;
  model: GovernmentModel;
  name: Scalars['String']['input'];
  /** The province (OrgUnit id). */
  provinceId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
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
  /** Địa chỉ e-mail nhận thông báo (không bắt buộc). */
  email?: InputMaybe<Scalars['String']['input']>;
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

/** The new app and its key. The key is shown only here, once: store it safely. */
export type CreatedApiClient = {
  __typename?: 'CreatedApiClient';
  client: ApiClient;
  /** Khóa API đầy đủ: chỉ hiển thị một lần, hệ thống không lưu. Send it as `X-Api-Key: <key>` or `Authorization: ApiKey <key>`. */
  key: Scalars['String']['output'];
};

/** Phân tích chỉ số thành phần của một khối trong một năm. */
export type CriteriaAnalysis = {
  __typename?: 'CriteriaAnalysis';
  areas: Array<ComponentAnalysis>;
  /** Các tiêu chí (cấp 2), theo mã. */
  criteria: Array<ComponentAnalysis>;
  /** Các huyện đánh giá đơn vị của khối trong phạm vi (để thu hẹp theo huyện). */
  districts: Array<AnalysisDistrict>;
  groupId: Scalars['ID']['output'];
  groupName: Scalars['String']['output'];
  /** Số đơn vị chưa thẩm định xong (không tính). */
  pendingCount: Scalars['Int']['output'];
  scope: AnalysisScope;
  /** Số đơn vị đã thẩm định xong (được phân tích). */
  unitCount: Scalars['Int']['output'];
  /** Theo thứ hạng. */
  units: Array<AnalysisUnitRow>;
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
  yearName: Scalars['String']['output'];
};

/** A problem of a criteria set (ERROR blocks opening the year, WARNING does not). */
export type CriteriaIssue = {
  __typename?: 'CriteriaIssue';
  /** CHILDREN_SUM_MISMATCH, TOTAL_MISMATCH, BAD_METHOD_PARAMS, … */
  code: Scalars['String']['output'];
  /** In the caller’s language. */
  message: Scalars['String']['output'];
  /** Code of the node concerned; null for the whole set. */
  nodeCode?: Maybe<Scalars['String']['output']>;
  /** ERROR or WARNING. */
  severity: Scalars['String']['output'];
};

/** Lĩnh vực / tiêu chí / tiêu chí thành phần của bộ chỉ số. */
export type CriteriaNode = {
  __typename?: 'CriteriaNode';
  /** Đơn vị được chọn "không áp dụng" cho tiêu chí này. */
  allowNotApplicable: Scalars['Boolean']['output'];
  /** Vì sao tiêu chí do cơ quan đánh giá nhập (hiện cho đơn vị). */
  assessorEntryReason?: Maybe<Scalars['String']['output']>;
  /** Σ children’s maximum (inner nodes, when read as part of a set). */
  childrenTotal?: Maybe<Scalars['Float']['output']>;
  /** Mã: "1", "1.2", "1.2.3". */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 1 = area (lĩnh vực), 2 = criterion, 3 = sub-criterion, … */
  depth: Scalars['Int']['output'];
  /** Do cơ quan đánh giá nhập (điểm trừ do chậm báo cáo, vi phạm qua kiểm tra; điểm thưởng sáng kiến): the unit sees it read-only. */
  enteredByAssessor: Scalars['Boolean']['output'];
  /** Hướng dẫn tài liệu kiểm chứng. */
  evidenceGuidance?: Maybe<Scalars['String']['output']>;
  /** The unit group whose set this node belongs to. */
  groupId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Điểm tối đa (the weight). */
  maxPoints: Scalars['Float']['output'];
  /** Scoring method (leaves only). */
  method?: Maybe<ScoringMethod>;
  /** Method parameters as JSON text (points inside are hundredths, percents plain). */
  params?: Maybe<Scalars['String']['output']>;
  /** Parent node; null for an area (lĩnh vực) or a bonus/penalty block. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Hướng dẫn chấm điểm. */
  scoringGuidance?: Maybe<Scalars['String']['output']>;
  section: CriteriaSection;
  /** Order among siblings. */
  sortOrder: Scalars['Int']['output'];
  /** Nội dung tiêu chí. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  yearId: Scalars['ID']['output'];
};

/** One node of a whole set (bulk save or import); the parent follows from the code ("1.2" is under "1"). */
export type CriteriaNodeInput = {
  /** Default false. */
  allowNotApplicable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lý do (hiện cho đơn vị). */
  assessorEntryReason?: InputMaybe<Scalars['String']['input']>;
  /** Mã: "1", "1.2", "1.2.3". */
  code: Scalars['String']['input'];
  /** Do cơ quan đánh giá nhập (default false). */
  enteredByAssessor?: InputMaybe<Scalars['Boolean']['input']>;
  evidenceGuidance?: InputMaybe<Scalars['String']['input']>;
  /** replaceCriteriaSet: the id of an existing node of the set, so it keeps its identity (and the sheets its answers) when the editor moves or renumbers it; omit for a new node (then nodes match by code). Ignored by addCriterion. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Điểm tối đa (2 decimals at most). */
  maxPoints: Scalars['Float']['input'];
  /** Leaves only. */
  method?: InputMaybe<ScoringMethod>;
  /** Method parameters as JSON text (see docs/criteria-template.md). */
  params?: InputMaybe<Scalars['String']['input']>;
  scoringGuidance?: InputMaybe<Scalars['String']['input']>;
  section: CriteriaSection;
  /** Nội dung. */
  title: Scalars['String']['input'];
};

/** Part of a criteria set a node belongs to. */
export type CriteriaSection =
  /** Điểm thưởng (giới hạn bởi mức trần của kỳ). */
  | 'BONUS'
  /** Điểm trừ (giới hạn bởi mức trần của kỳ). */
  | 'PENALTY'
  /** Phần chấm điểm (tự đánh giá và thẩm định). */
  | 'SCORED'
  /** Phần điều tra xã hội học (điểm nhập từ kết quả khảo sát). */
  | 'SURVEY';

/** Bộ chỉ số của một khối trong một kỳ: danh sách phẳng (parentId) kèm kết quả kiểm tra. */
export type CriteriaSet = {
  __typename?: 'CriteriaSet';
  /** Σ maximum of the scored + survey roots as configured now. */
  configuredTotal: Scalars['Float']['output'];
  group: UnitGroup;
  issues: Array<CriteriaIssue>;
  lockReason?: Maybe<Scalars['String']['output']>;
  /** True when edits are refused (see lockReason). */
  locked: Scalars['Boolean']['output'];
  /** Depth-first order (parents before children, siblings by sortOrder). */
  nodes: Array<CriteriaNode>;
  /** Required total of the scored + survey parts. */
  total: Scalars['Float']['output'];
  /** No ERROR issue. */
  valid: Scalars['Boolean']['output'];
  yearId: Scalars['ID']['output'];
};

/** Danh sách đơn vị đủ điều kiện đề nghị khen thưởng theo quy định của năm. Công khai (chỉ các đơn vị đủ điều kiện) khi kết quả năm đã công bố. */
export type EmulationList = {
  __typename?: 'EmulationList';
  /** Người dùng hiện tại được sửa điều kiện xét (quản trị cấp tỉnh). */
  canEditRule: Scalars['Boolean']['output'];
  groupId: Scalars['ID']['output'];
  groupName: Scalars['String']['output'];
  /** Tạm tính: kết quả chưa công bố. */
  provisional: Scalars['Boolean']['output'];
  /** Mọi đơn vị người dùng được xem (bên ngoài: chỉ đơn vị đủ điều kiện). */
  rows: Array<EmulationRow>;
  rule: EmulationRule;
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
};

/** Một đơn vị trong danh sách xét khen thưởng. */
export type EmulationRow = {
  __typename?: 'EmulationRow';
  classification?: Maybe<Classification>;
  /** Đủ điều kiện đề nghị khen thưởng. */
  eligible: Scalars['Boolean']['output'];
  index?: Maybe<Scalars['Float']['output']>;
  /** Sáng kiến, mô hình được công nhận trong năm. */
  initiatives: Scalars['Int']['output'];
  /** Báo cáo định kỳ gửi chậm. Bên ngoài: null khi điều kiện của năm không xét. */
  lateReports?: Maybe<Scalars['Int']['output']>;
  /** Báo cáo định kỳ thiếu. Bên ngoài: null khi điều kiện của năm không xét. */
  missingReports?: Maybe<Scalars['Int']['output']>;
  /** Nhiệm vụ khắc phục quá hạn chưa hoàn thành. Bên ngoài (danh sách công khai): null khi điều kiện của năm không xét. */
  overdueRemediation?: Maybe<Scalars['Int']['output']>;
  rank?: Maybe<Scalars['Int']['output']>;
  /** Lý do chưa đủ điều kiện (theo ngôn ngữ của yêu cầu). */
  reasons: Array<Scalars['String']['output']>;
  unitCode: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** Điều kiện xét khen thưởng của năm. */
export type EmulationRule = {
  __typename?: 'EmulationRule';
  /** Loại đơn vị có báo cáo định kỳ gửi chậm. */
  excludeLateReports: Scalars['Boolean']['output'];
  /** Loại đơn vị thiếu báo cáo định kỳ. */
  excludeMissingReports: Scalars['Boolean']['output'];
  /** Loại đơn vị còn nhiệm vụ khắc phục quá hạn. */
  excludeOverdueRemediation: Scalars['Boolean']['output'];
  /** Quy định mặc định (năm chưa khai báo riêng). */
  isDefault: Scalars['Boolean']['output'];
  /** Mã xếp loại tối thiểu (trong thang xếp loại của năm), ví dụ GOOD = Tốt. */
  minClassification: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  yearId: Scalars['ID']['output'];
};

/** Điều kiện xét khen thưởng của năm (quản trị cấp tỉnh). */
export type EmulationRuleInput = {
  excludeLateReports: Scalars['Boolean']['input'];
  excludeMissingReports: Scalars['Boolean']['input'];
  excludeOverdueRemediation: Scalars['Boolean']['input'];
  minClassification: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  yearId: Scalars['ID']['input'];
};

/** Tệp minh chứng đã tải lên (tài liệu kiểm chứng). */
export type EvidenceFile = {
  __typename?: 'EvidenceFile';
  /** Kiểu nội dung do máy chủ xác định từ phần mở rộng và chữ ký tệp. */
  contentType: Scalars['String']['output'];
  /** Thời điểm tải lên (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Relative URL to download the file through the gateway (with the same bearer token). */
  downloadUrl: Scalars['String']['output'];
  /** Tên tệp như người dùng tải lên (đã làm sạch). */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** SHA-256 (hex) of the stored bytes, computed while uploading. */
  sha256: Scalars['String']['output'];
  /** Kích thước (byte). */
  size: Scalars['Int']['output'];
};

/** Minh chứng: một tệp đã tải lên (POST /files) và/hoặc thông tin văn bản. */
export type EvidenceInput = {
  documentDate?: InputMaybe<Scalars['Date']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Id returned by POST /files. */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Minh chứng: tệp đã tải lên và/hoặc văn bản (số ký hiệu, ngày, cơ quan ban hành). */
export type EvidenceReference = {
  __typename?: 'EvidenceReference';
  /** Ngày ban hành. */
  documentDate?: Maybe<Scalars['Date']['output']>;
  /** Số ký hiệu văn bản, ví dụ "125/QĐ-UBND". */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** The uploaded file, if any. */
  file?: Maybe<EvidenceFile>;
  fileId?: Maybe<Scalars['ID']['output']>;
  /** Cơ quan ban hành. */
  issuer?: Maybe<Scalars['String']['output']>;
  /** Trích yếu / tên tài liệu. */
  title?: Maybe<Scalars['String']['output']>;
};

/** The unit’s explanation of one questioned leaf. */
export type ExplanationEntryInput = {
  criterionId: Scalars['ID']['input'];
  /** Replaces the supplementary evidence; omit to keep it. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Nội dung giải trình. */
  explanation?: InputMaybe<Scalars['String']['input']>;
};

/** A leaf the unit must explain, with what to explain. */
export type ExplanationRequestInput = {
  criterionId: Scalars['ID']['input'];
  /** Nội dung đề nghị giải trình. */
  note: Scalars['String']['input'];
};

/** A generated file, base64-encoded (GraphQL carries no binary). */
export type FileDownload = {
  __typename?: 'FileDownload';
  base64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

/** Hai cấp (tỉnh → xã, từ 1/7/2025) hoặc ba cấp (tỉnh → huyện → xã). */
export type GovernmentModel =
  | 'THREE_LEVEL'
  | 'TWO_LEVEL';

/** Xếp loại người đứng đầu theo kết quả chỉ số. */
export type HeadRating = {
  __typename?: 'HeadRating';
  code: Scalars['String']['output'];
  /** Ví dụ "Hoàn thành tốt nhiệm vụ". */
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
};

/** Mức xếp loại người đứng đầu tương ứng với một mức xếp loại. */
export type HeadRatingRule = {
  __typename?: 'HeadRatingRule';
  /** Classification band code. */
  bandCode: Scalars['String']['output'];
  /** Rating code, e.g. EXCELLENT_COMPLETION. */
  code: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  /** Ví dụ "Hoàn thành xuất sắc nhiệm vụ". */
  labelVi: Scalars['String']['output'];
};

export type HeadRatingRuleInput = {
  bandCode: Scalars['String']['input'];
  code: Scalars['String']['input'];
  labelEn: Scalars['String']['input'];
  labelVi: Scalars['String']['input'];
};

/** Người đứng đầu, hoặc cấp phó được giao phụ trách CCHC. */
export type HeadRole =
  /** Cấp phó được giao phụ trách công tác CCHC */
  | 'DEPUTY'
  /** Người đứng đầu (giám đốc sở, chủ tịch UBND) */
  | 'HEAD';

/** Một nhiệm kỳ của người đứng đầu hoặc cấp phó phụ trách CCHC trong năm. */
export type HeadTerm = {
  __typename?: 'HeadTerm';
  /** Từ ngày. */
  fromDate: Scalars['Date']['output'];
  /** Họ và tên. */
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: HeadRole;
  /** Chức vụ. */
  title: Scalars['String']['output'];
  /** Đến ngày (trống: đến nay). */
  toDate?: Maybe<Scalars['Date']['output']>;
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
  yearId: Scalars['ID']['output'];
};

/** Thêm hoặc sửa một nhiệm kỳ người đứng đầu / cấp phó phụ trách. */
export type HeadTermInput = {
  fromDate: Scalars['Date']['input'];
  fullName: Scalars['String']['input'];
  /** Trống: thêm mới. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Lý do thay đổi (ghi vào nhật ký). */
  reason?: InputMaybe<Scalars['String']['input']>;
  role: HeadRole;
  title: Scalars['String']['input'];
  toDate?: InputMaybe<Scalars['Date']['input']>;
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};

/** Căn cứ đánh giá, xếp loại người đứng đầu theo kết quả Chỉ số CCHC của một khối (không phải kết quả xếp loại). */
export type HeadsList = {
  __typename?: 'HeadsList';
  groupId: Scalars['ID']['output'];
  groupName: Scalars['String']['output'];
  /** "Căn cứ đánh giá, xếp loại người đứng đầu" — what the list is, printed on the page and the export. */
  label: Scalars['String']['output'];
  provisional: Scalars['Boolean']['output'];
  rows: Array<HeadsListRow>;
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
};

/** Một đơn vị trong danh sách căn cứ đánh giá, xếp loại người đứng đầu. */
export type HeadsListRow = {
  __typename?: 'HeadsListRow';
  classification?: Maybe<Classification>;
  deputy?: Maybe<HeadTerm>;
  head?: Maybe<HeadTerm>;
  /** Mức xếp loại người đứng đầu tương ứng (căn cứ, không phải kết quả xếp loại). */
  headRating?: Maybe<HeadRating>;
  /** Chỉ số CCHC (%), khi quy định hiển thị của năm cho phép. */
  index?: Maybe<Scalars['Float']['output']>;
  /** Người đứng đầu khác trong năm (thay đổi giữa năm). */
  otherHeads: Array<HeadTerm>;
  /** Số nội dung khắc phục quá hạn của đơn vị (năm này và các năm trước), tính đến hôm nay. */
  overdueRemediation: Scalars['Int']['output'];
  /** Tạm tính (kỳ chưa công bố hoặc chưa thẩm định xong). */
  provisional: Scalars['Boolean']['output'];
  rank?: Maybe<Scalars['Int']['output']>;
  unitCode: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

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

/** Chỉ số của đơn vị (hoặc đơn vị tiền thân) qua các năm. */
export type IndexHistoryPoint = {
  __typename?: 'IndexHistoryPoint';
  classification?: Maybe<Classification>;
  index?: Maybe<Scalars['Float']['output']>;
  /** Tạm tính: kỳ chưa công bố, hoặc phiếu chưa thẩm định xong. */
  provisional: Scalars['Boolean']['output'];
  rankInGroup?: Maybe<Scalars['Int']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  /** Kết quả của đơn vị tiền thân (trước sáp nhập/chia tách). */
  viaPredecessor: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
};

/** Sáng kiến, mô hình hay được công nhận. */
export type Initiative = {
  __typename?: 'Initiative';
  /** Mã tiêu chí điểm thưởng được cộng. */
  bonusLeafCode?: Maybe<Scalars['String']['output']>;
  /** Số lượng (hoặc số điểm với tiêu chí chấm thủ công) được cộng. */
  bonusValue?: Maybe<Scalars['Float']['output']>;
  /** Người dùng hiện tại được sửa. */
  canManage: Scalars['Boolean']['output'];
  /** Ngày quyết định. */
  decisionDate: Scalars['Date']['output'];
  /** Số quyết định công nhận. */
  decisionNumber: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Cơ quan công nhận. */
  issuer?: Maybe<Scalars['String']['output']>;
  level: InitiativeLevel;
  title: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  yearId: Scalars['ID']['output'];
};

/** Thêm hoặc sửa một sáng kiến, mô hình được công nhận (cơ quan đánh giá của đơn vị). */
export type InitiativeInput = {
  /** Mã tiêu chí điểm thưởng (do cơ quan đánh giá nhập); trống: không cộng điểm. */
  bonusLeafCode?: InputMaybe<Scalars['String']['input']>;
  /** Số lượng, hoặc số điểm với tiêu chí chấm thủ công. */
  bonusValue?: InputMaybe<Scalars['Float']['input']>;
  decisionDate: Scalars['Date']['input'];
  decisionNumber: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  level: InitiativeLevel;
  reason?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};

/** Cấp công nhận sáng kiến, mô hình. */
export type InitiativeLevel =
  /** Cấp huyện */
  | 'DISTRICT'
  /** Cấp bộ, ngành */
  | 'MINISTRY'
  /** Cấp toàn quốc */
  | 'NATIONAL'
  /** Cấp tỉnh */
  | 'PROVINCE'
  /** Cấp cơ sở */
  | 'UNIT';

/** Một cuộc kiểm tra CCHC / công vụ đối với một đơn vị trong năm. */
export type Inspection = {
  __typename?: 'Inspection';
  /** Người dùng hiện tại được sửa (cơ quan đánh giá của đơn vị). */
  canManage: Scalars['Boolean']['output'];
  conclusion?: Maybe<Scalars['String']['output']>;
  date: Scalars['Date']['output'];
  /** Số quyết định kiểm tra / kết luận. */
  decisionNumber: Scalars['String']['output'];
  findings: Array<InspectionFinding>;
  id: Scalars['ID']['output'];
  kind: InspectionKind;
  /** Tổng số vi phạm / điểm trừ ghi nhận từ cuộc kiểm tra. */
  penaltyCount: Scalars['Float']['output'];
  /** Đoàn kiểm tra. */
  team: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
  /** Cuộc kiểm tra của một đơn vị tiền thân (trước sáp nhập), trên trang Kiểm tra của đơn vị hình thành sau sáp nhập (unitInspections); unitName là tên đơn vị tiền thân. */
  viaPredecessor: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
};

/** Một nội dung kết luận của đoàn kiểm tra. */
export type InspectionFinding = {
  __typename?: 'InspectionFinding';
  criterionCode?: Maybe<Scalars['String']['output']>;
  /** Tiêu chí bị trừ điểm (do cơ quan đánh giá nhập). */
  criterionId?: Maybe<Scalars['ID']['output']>;
  criterionTitle?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** Số vi phạm, hoặc số điểm với tiêu chí chấm thủ công. */
  quantity?: Maybe<Scalars['Float']['output']>;
  remediationDeadline?: Maybe<Scalars['Date']['output']>;
  remediationId?: Maybe<Scalars['ID']['output']>;
  /** Nội dung khắc phục quá hạn (giờ Việt Nam); trống khi không có. */
  remediationOverdue?: Maybe<Scalars['Boolean']['output']>;
  remediationStatus?: Maybe<RemediationStatus>;
  text: Scalars['String']['output'];
};

export type InspectionFindingInput = {
  /** Tiêu chí lá do cơ quan đánh giá nhập trên phiếu năm đó của đơn vị. */
  criterionId?: InputMaybe<Scalars['ID']['input']>;
  /** Thời hạn khắc phục (mặc định: 60 ngày sau ngày kiểm tra). */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** Trống: kết luận mới. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Số vi phạm (số nguyên), hoặc số điểm với tiêu chí chấm thủ công. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  text: Scalars['String']['input'];
};

/** Ghi nhận hoặc sửa một cuộc kiểm tra và các kết luận. */
export type InspectionInput = {
  conclusion?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  decisionNumber: Scalars['String']['input'];
  findings: Array<InspectionFindingInput>;
  /** Trống: thêm mới. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: InspectionKind;
  /** Lý do thay đổi (ghi vào nhật ký). */
  reason?: InputMaybe<Scalars['String']['input']>;
  team: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};

/** Loại kiểm tra. */
export type InspectionKind =
  /** Kiểm tra cải cách hành chính */
  | 'CCHC'
  /** Kiểm tra công vụ */
  | 'CONG_VU';

/** Nội dung khắc phục đang gắn với một tiêu chí lá của phiếu. */
export type LeafRemediationItem = {
  __typename?: 'LeafRemediationItem';
  /** Số ngày còn lại (0: hôm nay; âm: quá hạn). */
  daysLeft: Scalars['Int']['output'];
  /** Thời hạn (hết ngày, giờ Việt Nam). */
  deadline: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Quá hạn: chưa hoàn thành khi đã hết ngày hạn (giờ Việt Nam). */
  overdue: Scalars['Boolean']['output'];
  sourceType: RemediationSource;
  status: RemediationStatus;
  title: Scalars['String']['output'];
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
  /** Đơn vị báo cáo kết quả khắc phục kèm minh chứng (REPORT); cơ quan đánh giá chấp nhận (ACCEPT), trả lại có lý do (RETURN), mở lại (REOPEN) hoặc hủy (CANCEL). */
  actOnRemediation: RemediationItem;
  /** Adds a node (province admin, while the set is editable; audited). */
  addCriterion: CriteriaNode;
  /** Adds one unit to the roster (until appraisal starts; audited). */
  addRosterUnit: RosterEntry;
  /** Dùng DDCI làm điểm một tiêu chí điều tra: through the survey import (all or nothing, audited, results recomputed). */
  applyDdciToSurvey: SurveyImportResult;
  /** Áp dụng điểm trừ cho báo cáo chậm hoặc thiếu vào tiêu chí điểm trừ của kỳ (nguồn: báo cáo); kết quả tính lại ngay. Bấm lại không trừ thêm. */
  applyReportPenalty: ReportCell;
  /** Chủ tịch đơn vị đánh giá phê duyệt kết quả. */
  approveScoreSheet: ScoreSheet;
  /** Limits an appraiser to some units and/or areas (empty list = no limit). Province admin, or the chair of the appraiser’s unit; audited. */
  assignAppraiser: AppraiserAssignment;
  /** Người đứng đầu xác nhận "Tôi xác nhận số liệu tự đánh giá là trung thực, chính xác" cho phiên bản hiện tại của phiếu (trước khi nộp, hoặc trước khi gửi giải trình). Mọi thay đổi sau đó làm mất hiệu lực xác nhận. */
  attestScoreSheet: ScoreSheet;
  /** Builds (or rebuilds) the roster from the org hierarchy while the year is PLANNING; hand-added units are kept. Opening self-assessment freezes it. */
  buildRoster: RosterBuildResult;
  /** Người dùng tự đổi mật khẩu của mình. */
  changeMyPassword: Scalars['Boolean']['output'];
  /** Đổi loại đơn vị, ví dụ xã thành phường (PROVINCE_ADMIN). */
  changeOrgUnitSubtype: OrgUnit;
  /** Kết thúc giải trình khi đơn vị không giải trình đúng hạn (appraiser, after the explanation deadline). */
  closeExplanation: ScoreSheet;
  /** Đóng đơn vị (hết hiệu lực sau ngày validTo). Bị từ chối khi còn đơn vị trực thuộc đang hoạt động: chuyển hoặc đóng chúng trước. */
  closeOrgUnit: OrgUnit;
  /** Hoàn thành thẩm định (every applicable leaf must have appraisal points). */
  completeAppraisal: ScoreSheet;
  /** Thẩm định viên xác nhận đã rà soát và giữ nguyên điểm thẩm định của các tiêu chí được đánh dấu "cần rà soát" sau khi bộ chỉ số được sửa (có ghi nhật ký). Đổi điểm thì dùng saveAppraisal. */
  confirmRuleReview: ScoreSheet;
  /** Replaces the target set with a copy of another group’s set (any year of the province). */
  copyCriteriaSet: CriteriaSet;
  /** Tạo khóa API cho một ứng dụng khai thác (PROVINCE_ADMIN). The full key is returned only in this answer; the system keeps only its hash. */
  createApiClient: CreatedApiClient;
  /** Opens a new year in PLANNING (province admin). With copyFromYearId it copies that year’s configuration; otherwise it gets default groups and bands. */
  createAssessmentYear: AssessmentYear;
  /** Thêm một số liệu chỉ số. Refused with BAD_USER_INPUT and extensions.reason YEAR_OUT_OF_RANGE, VALUE_OUT_OF_RANGE, VALUE_NOT_NUMBER, RANK_OUT_OF_RANGE, RANK_OF_OUT_OF_RANGE, UNIT_REQUIRED, UNIT_NOT_ALLOWED, UNKNOWN_UNIT; CONFLICT/DUPLICATE when the figure exists. */
  createNationalIndex: NationalIndex;
  /** Tạo đơn vị mới dưới một đơn vị cấp trên (PROVINCE_ADMIN). */
  createOrgUnit: OrgUnit;
  /** Giao nội dung khắc phục (từ tiêu chí bị trừ điểm khi thẩm định, hoặc trực tiếp). */
  createRemediationItem: RemediationItem;
  /** Tạo người dùng (PROVINCE_ADMIN). Tên đăng nhập được chuyển thành chữ thường. */
  createUser: User;
  /** Xóa một ghi nhận thủ công nhập nhầm (cần lý do; ghi nhật ký). */
  deleteAssessorEntry: ScoreSheet;
  /** Deletes a node and everything below it; returns the deleted ids. */
  deleteCriterion: Array<Scalars['ID']['output']>;
  /** Xóa một nhiệm kỳ nhập nhầm (ghi nhật ký). */
  deleteHeadTerm: UnitHeads;
  /** Xóa sáng kiến nhập nhầm (cần lý do; điểm thưởng được gỡ, kết quả tính lại). */
  deleteInitiative: Scalars['Boolean']['output'];
  /** Xóa cuộc kiểm tra nhập nhầm: điểm trừ được hoàn lại, nội dung khắc phục đang mở bị hủy (cần lý do). */
  deleteInspection: Scalars['Boolean']['output'];
  /** Xóa một số liệu chỉ số (cần lý do); ghi nhật ký. */
  deleteNationalIndex: Scalars['Boolean']['output'];
  /** Xóa kỳ báo cáo chưa có báo cáo nào (cấp tỉnh; ghi nhật ký). */
  deleteReportPeriod: Scalars['Boolean']['output'];
  /** Deletes a group with its criteria set and roster lines (province admin, PLANNING only; audited). */
  deleteUnitGroup: Scalars['Boolean']['output'];
  /** Imports an XLSX in the template (base64). Every row is checked; one bad row and nothing is written. */
  importCriteriaSet: CriteriaSet;
  /** Nhập chỉ số từ XLSX (Năm | Chỉ số | Mã đơn vị (DDCI) | Giá trị | Thứ hạng | Trên tổng số | Nguồn). All rows or none: BAD_USER_INPUT with `issues` (row, code, field, vi, en). */
  importNationalIndices: NationalIndexImportResult;
  /** Nhập kết quả điều tra xã hội học (columns: mã đơn vị | mã tiêu chí | giá trị; first sheet of an XLSX, or CSV) into SURVEY leaves. All rows or none: errors come back as BAD_USER_INPUT with `issues` (row, code, vi, en). Province administrator only, while the year is in self-assessment or appraisal. */
  importSurveyResults: SurveyImportResult;
  /** Nhập đơn vị hành chính thực của tỉnh mình (PROVINCE_ADMIN); nhập lại không thay đổi gì. Adds standard departments and predecessor links. */
  importUnits: ImportReport;
  /** Locks a reopened set again (refused while it has errors; audited). */
  lockCriteriaSet: CriteriaSet;
  /** Đăng nhập. Repeated failures lock the account and slow the address. */
  login: AuthPayload;
  /** Đăng xuất: ends the session of this sign-in token at once (other devices stay signed in). False when it had already ended. */
  logout: Scalars['Boolean']['output'];
  /** Đánh dấu đã đọc các thông báo (không truyền ids: tất cả). Trả về số chưa đọc còn lại. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Sáp nhập nhiều đơn vị thành một đơn vị mới; các đơn vị cũ đóng vào ngày trước ngày hiệu lực và được liên kết (MERGE). */
  mergeOrgUnits: OrgUnit;
  /** Moves a node under another parent (null: top level) and/or to a position among its siblings. */
  moveCriterion: CriteriaNode;
  /** Chuyển đơn vị (cùng toàn bộ đơn vị trực thuộc) sang đơn vị cấp trên khác; không thể chuyển vào chính nó hoặc cấp dưới của nó. */
  moveOrgUnit: OrgUnit;
  /** Công bố (hoặc thu hồi) mọi số liệu chỉ số của một năm; trả về số số liệu thay đổi. */
  publishNationalIndices: Scalars['Int']['output'];
  /** Tính lại toàn bộ kết quả của kỳ (mọi phiếu, theo quy tắc hiện hành, kể cả điểm tự chấm từ giá trị kê khai) và xếp hạng, trong một giao dịch; trả về các đơn vị có chỉ số, xếp loại hoặc thứ hạng thay đổi. dryRun: chỉ xem trước, không lưu (được cả khi đã công bố). Quản trị cấp tỉnh. */
  recomputeYearResults: YearRecompute;
  /** Cơ quan đánh giá ghi nhận trên tiêu chí do mình nhập (điểm trừ, điểm thưởng) kèm căn cứ; điểm tính theo quy tắc của tiêu chí, kết quả tính lại ngay. */
  recordAssessorEntry: ScoreSheet;
  /** Cơ quan đánh giá ghi nhận báo cáo bản giấy với ngày nhận (ghi nhật ký). */
  recordPaperReport: ReportCell;
  /** Removes an assignment (the appraiser is then unlimited within his assessor unit). */
  removeAppraiserAssignment: Scalars['Boolean']['output'];
  /** Gỡ một tệp minh chứng khỏi tiêu chí (tệp gửi nhầm, có thông tin cá nhân…): minh chứng tự đánh giá khi phiếu đang tự đánh giá, minh chứng bổ sung khi đang được đề nghị giải trình; đơn vị của phiếu (cán bộ, người đứng đầu), trong hạn. Một mục vừa có tệp vừa có số ký hiệu/tên văn bản giữ lại phần văn bản. Tệp không còn được tham chiếu ở đâu (phiếu, bản lưu trữ, khắc phục, báo cáo) thì bị xoá hẳn sau khi lưu. Được ghi vào lịch sử (ai, khi nào, tên tệp). */
  removeEvidence: ScoreSheet;
  /** Gỡ điểm trừ đã áp dụng cho báo cáo (cần lý do; kết quả tính lại). */
  removeReportPenalty: ReportCell;
  /** Removes one unit from the roster (until appraisal starts; audited). */
  removeRosterUnit: Scalars['Boolean']['output'];
  /** Đổi tên một đơn vị đang hoạt động (PROVINCE_ADMIN). */
  renameOrgUnit: OrgUnit;
  /** Allows edits of a locked set after the year opened (province admin, reason required, audited) until lockCriteriaSet. */
  reopenCriteriaSet: CriteriaSet;
  /** Quản trị tỉnh mở lại phiếu (audited; a reason is required). */
  reopenScoreSheet: ScoreSheet;
  /** Saves a whole set in one transaction (nodes in order, parents from codes); nodes keep their id when their code stays. */
  replaceCriteriaSet: CriteriaSet;
  /** Cán bộ đề nghị người đứng đầu xác nhận phiếu (hiện trong việc cần làm của người đứng đầu). */
  requestAttestation: ScoreSheet;
  /** Đề nghị đơn vị giải trình các tiêu chí đã chọn. */
  requestExplanation: ScoreSheet;
  /** Đặt lại mật khẩu và mở khóa tài khoản (PROVINCE_ADMIN). */
  resetUserPassword: User;
  /** Chủ tịch trả lại để thẩm định lại. */
  returnToAppraisal: ScoreSheet;
  /** Thu hồi khóa API (PROVINCE_ADMIN). Takes effect at once in the database and within a minute at every gateway. */
  revokeApiClient: ApiClient;
  /** Ghi nguyên nhân và giải pháp của một tiêu chí trong một năm (quản trị cấp tỉnh; ghi nhật ký; in trong báo cáo năm). */
  saveAnalysisNote: AnalysisNote;
  /** Lưu điểm thẩm định vòng 1 hoặc 2. Without points the computed points are accepted; a different value needs a note. */
  saveAppraisal: ScoreSheet;
  /** Sửa điều kiện xét khen thưởng của năm (quản trị cấp tỉnh; ghi nhật ký). */
  saveEmulationRule: EmulationRule;
  /** Lưu nội dung giải trình và minh chứng bổ sung (unit). */
  saveExplanation: ScoreSheet;
  /** Thêm/sửa nhiệm kỳ người đứng đầu hoặc cấp phó phụ trách (cơ quan đánh giá; ghi nhật ký). */
  saveHeadTerm: UnitHeads;
  /** Thêm/sửa sáng kiến, mô hình được công nhận (cơ quan đánh giá của đơn vị); có điểm thưởng thì cộng vào tiêu chí điểm thưởng, tính lại kết quả ngay. */
  saveInitiative: Initiative;
  /** Ghi nhận/sửa cuộc kiểm tra và các kết luận (cơ quan đánh giá của đơn vị). Kết luận có điểm trừ ghi vào tiêu chí do cơ quan đánh giá nhập; điểm, chỉ số, xếp hạng tính lại trong cùng giao dịch; mỗi kết luận mở một nội dung khắc phục. */
  saveInspection: Inspection;
  /** Thêm/sửa kỳ báo cáo (cấp tỉnh; ghi nhật ký). */
  saveReportPeriod: ReportPeriod;
  /** Lưu tự đánh giá: all given leaves in one transaction; any bad entry → BAD_USER_INPUT listing the codes, stale version → CONFLICT; nothing written on error. */
  saveSelfAssessment: ScoreSheet;
  /** Turns on/off "tiêu chí điểm thưởng/điểm trừ mặc định 0 điểm khi đơn vị không kê khai" for the set (province admin, while the set is editable; audited; the group’s results are recomputed in the same transaction). */
  setBonusPenaltyDefaultZero: CriteriaSet;
  /** Đăng xuất khỏi mọi thiết bị: ends every session of the signed-in user, this one included; returns how many. */
  signOutEverywhere: Scalars['Int']['output'];
  /** Chia tách một đơn vị thành nhiều đơn vị mới; đơn vị cũ đóng và được liên kết (SPLIT) với từng đơn vị mới. */
  splitOrgUnit: Array<OrgUnit>;
  /** Bắt đầu thẩm định (appraiser of the assessor unit). */
  startAppraisal: ScoreSheet;
  /** Gửi giải trình cho đơn vị thẩm định. */
  submitExplanation: ScoreSheet;
  /** Đơn vị gửi báo cáo định kỳ (tóm tắt và tệp đã tải lên qua /files); gửi lại không đổi ngày nhận. Ghi nhật ký. */
  submitPeriodicReport: ReportCell;
  /** Nộp phiếu tự đánh giá (every applicable leaf must be self-scored). */
  submitSelfAssessment: ScoreSheet;
  /** Moves the year one step (PLANNING → SELF_ASSESSMENT → APPRAISAL → FINALIZED → PUBLISHED, or one step back with a reason). Refused with the reason when a precondition fails. */
  transitionAssessmentYear: YearTransitionResult;
  /** Mở khóa tài khoản bị tạm khóa do đăng nhập sai nhiều lần (PROVINCE_ADMIN). */
  unlockUser: User;
  /** Changes settings (province admin; audited). Bands and caps are frozen once the year is finalized. */
  updateAssessmentYear: AssessmentYear;
  /** Changes a node (audited with before/after). */
  updateCriterion: CriteriaNode;
  /** Sửa một số liệu chỉ số (cùng các kiểm tra như khi thêm); ghi nhật ký. */
  updateNationalIndex: NationalIndex;
  /** Sửa nội dung hoặc thời hạn khắc phục (cơ quan đánh giá của đơn vị; nội dung chưa hoàn thành, chưa hủy; cần lý do). Lịch sử của nội dung giữ bước sửa với nội dung/thời hạn trước và sau; ghi nhật ký. Thời hạn mới không được trước ngày hôm nay (giờ Việt Nam). */
  updateRemediationItem: RemediationItem;
  /** Sửa họ tên, đơn vị, vai trò hoặc trạng thái của người dùng (PROVINCE_ADMIN). */
  updateUser: User;
  /** Creates or changes a unit group (province admin, PLANNING only; audited). */
  upsertUnitGroup: UnitGroup;
  /** Rút lại phiếu đã nộp (until the appraisal starts). */
  withdrawSubmission: ScoreSheet;
};


export type MutationActOnRemediationArgs = {
  input: RemediationActionInput;
};


export type MutationAddCriterionArgs = {
  input: AddCriterionInput;
};


export type MutationAddRosterUnitArgs = {
  groupId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationApplyDdciToSurveyArgs = {
  criterionCode: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationApplyReportPenaltyArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  periodId: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Float']['input']>;
  unitId: Scalars['ID']['input'];
};


export type MutationApproveScoreSheetArgs = {
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAssignAppraiserArgs = {
  areaCodes: Array<Scalars['String']['input']>;
  unitIds: Array<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationAttestScoreSheetArgs = {
  confirmed: Scalars['Boolean']['input'];
  purpose?: AttestationPurpose;
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationBuildRosterArgs = {
  yearId: Scalars['ID']['input'];
};


export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangeOrgUnitSubtypeArgs = {
  id: Scalars['ID']['input'];
  subtype: Scalars['String']['input'];
};


export type MutationCloseExplanationArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCloseOrgUnitArgs = {
  id: Scalars['ID']['input'];
  validTo: Scalars['Date']['input'];
};


export type MutationCompleteAppraisalArgs = {
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationConfirmRuleReviewArgs = {
  criterionIds: Array<Scalars['ID']['input']>;
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCopyCriteriaSetArgs = {
  fromGroupId: Scalars['ID']['input'];
  fromYearId: Scalars['ID']['input'];
  toGroupId: Scalars['ID']['input'];
  toYearId: Scalars['ID']['input'];
};


export type MutationCreateApiClientArgs = {
  input: CreateApiClientInput;
};


export type MutationCreateAssessmentYearArgs = {
  input: CreateAssessmentYearInput;
};


export type MutationCreateNationalIndexArgs = {
  input: NationalIndexInput;
};


export type MutationCreateOrgUnitArgs = {
  input: CreateOrgUnitInput;
};


export type MutationCreateRemediationItemArgs = {
  input: RemediationItemInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteAssessorEntryArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeleteCriterionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteHeadTermArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteInitiativeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeleteInspectionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeleteNationalIndexArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeleteReportPeriodArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteUnitGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportCriteriaSetArgs = {
  base64: Scalars['String']['input'];
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationImportNationalIndicesArgs = {
  base64: Scalars['String']['input'];
  provinceId: Scalars['ID']['input'];
};


export type MutationImportSurveyResultsArgs = {
  base64: Scalars['String']['input'];
  format: SurveyFileFormat;
  yearId: Scalars['ID']['input'];
};


export type MutationImportUnitsArgs = {
  input: ImportUnitsInput;
};


export type MutationLockCriteriaSetArgs = {
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMergeOrgUnitsArgs = {
  input: MergeOrgUnitsInput;
};


export type MutationMoveCriterionArgs = {
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  renumberCodes?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationMoveOrgUnitArgs = {
  id: Scalars['ID']['input'];
  newParentId: Scalars['ID']['input'];
};


export type MutationPublishNationalIndicesArgs = {
  provinceId: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};


export type MutationRecomputeYearResultsArgs = {
  dryRun?: Scalars['Boolean']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationRecordAssessorEntryArgs = {
  input: AssessorEntryInput;
};


export type MutationRecordPaperReportArgs = {
  input: PaperReportInput;
};


export type MutationRemoveAppraiserAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveEvidenceArgs = {
  criterionId: Scalars['ID']['input'];
  fileId: Scalars['ID']['input'];
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveReportPenaltyArgs = {
  periodId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationRemoveRosterUnitArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationRenameOrgUnitArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReopenCriteriaSetArgs = {
  groupId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationReopenScoreSheetArgs = {
  reason: Scalars['String']['input'];
  sheetId: Scalars['ID']['input'];
  target: ReopenTarget;
  version: Scalars['Int']['input'];
};


export type MutationReplaceCriteriaSetArgs = {
  groupId: Scalars['ID']['input'];
  nodes: Array<CriteriaNodeInput>;
  yearId: Scalars['ID']['input'];
};


export type MutationRequestAttestationArgs = {
  purpose?: AttestationPurpose;
  sheetId: Scalars['ID']['input'];
};


export type MutationRequestExplanationArgs = {
  items: Array<ExplanationRequestInput>;
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationReturnToAppraisalArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveAnalysisNoteArgs = {
  input: AnalysisNoteInput;
};


export type MutationSaveAppraisalArgs = {
  entries: Array<AppraisalEntryInput>;
  round: Scalars['Int']['input'];
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSaveEmulationRuleArgs = {
  input: EmulationRuleInput;
};


export type MutationSaveExplanationArgs = {
  items: Array<ExplanationEntryInput>;
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSaveHeadTermArgs = {
  input: HeadTermInput;
};


export type MutationSaveInitiativeArgs = {
  input: InitiativeInput;
};


export type MutationSaveInspectionArgs = {
  input: InspectionInput;
};


export type MutationSaveReportPeriodArgs = {
  input: ReportPeriodInput;
};


export type MutationSaveSelfAssessmentArgs = {
  entries: Array<SelfAssessmentEntryInput>;
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSetBonusPenaltyDefaultZeroArgs = {
  enabled: Scalars['Boolean']['input'];
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationSplitOrgUnitArgs = {
  input: SplitOrgUnitInput;
};


export type MutationStartAppraisalArgs = {
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSubmitExplanationArgs = {
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSubmitPeriodicReportArgs = {
  input: SubmitReportInput;
};


export type MutationSubmitSelfAssessmentArgs = {
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationTransitionAssessmentYearArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: YearStatus;
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAssessmentYearArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAssessmentYearInput;
};


export type MutationUpdateCriterionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCriterionInput;
};


export type MutationUpdateNationalIndexArgs = {
  id: Scalars['ID']['input'];
  input: NationalIndexUpdateInput;
};


export type MutationUpdateRemediationItemArgs = {
  deadline?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpsertUnitGroupArgs = {
  input: UnitGroupInput;
};


export type MutationWithdrawSubmissionArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Một số liệu chỉ số của tỉnh (hoặc DDCI của một đơn vị) trong một năm. */
export type NationalIndex = {
  __typename?: 'NationalIndex';
  id: Scalars['ID']['output'];
  kind: NationalIndexKind;
  provinceId: Scalars['ID']['output'];
  /** Đã công bố: ai cũng đọc được (cả ứng dụng khai thác). */
  published: Scalars['Boolean']['output'];
  /** Thứ hạng (toàn quốc; DDCI: trong tỉnh). */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Trên tổng số (63 tỉnh đến 2024, 34 từ 2025; DDCI: số đơn vị). */
  rankOf?: Maybe<Scalars['Int']['output']>;
  /** Nguồn số liệu (văn bản công bố). */
  source?: Maybe<Scalars['String']['output']>;
  unitCode?: Maybe<Scalars['String']['output']>;
  /** Đơn vị được xếp hạng (chỉ DDCI). */
  unitId?: Maybe<Scalars['ID']['output']>;
  unitName?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
  /** Giá trị (PAPI trên thang 80, các chỉ số khác trên thang 100). */
  value: Scalars['Float']['output'];
  /** Năm được đo (năm của số liệu, không phải năm công bố). */
  year: Scalars['Int']['output'];
};

export type NationalIndexImportResult = {
  __typename?: 'NationalIndexImportResult';
  created: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type NationalIndexInput = {
  kind: NationalIndexKind;
  provinceId: Scalars['ID']['input'];
  published?: InputMaybe<Scalars['Boolean']['input']>;
  rank?: InputMaybe<Scalars['Int']['input']>;
  /** Mặc định: số tỉnh, thành phố của năm đó. */
  rankOf?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Đơn vị (bắt buộc với DDCI, để trống với các chỉ số của tỉnh). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Giá trị, ví dụ "89,32". */
  value: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** Chỉ số đo bởi đơn vị khác: PAR INDEX, SIPAS, PAPI (thang 80), PCI của tỉnh; DDCI của từng sở, ngành, địa phương. */
export type NationalIndexKind =
  /** Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (tỉnh tự tổ chức), 0–100 */
  | 'DDCI'
  /** Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (UNDP), 0–80 */
  | 'PAPI'
  /** Chỉ số cải cách hành chính của tỉnh (Bộ Nội vụ), 0–100 */
  | 'PAR_INDEX'
  /** Chỉ số năng lực cạnh tranh cấp tỉnh (VCCI), 0–100 */
  | 'PCI'
  /** Chỉ số hài lòng về sự phục vụ hành chính, 0–100 % */
  | 'SIPAS';

/** Các chỉ số quốc gia của tỉnh qua các năm, bên cạnh chỉ số bình quân tỉnh tự đánh giá. */
export type NationalIndexOverview = {
  __typename?: 'NationalIndexOverview';
  /** Người gọi là quản trị viên của tỉnh: thấy cả số liệu chưa công bố, được sửa. */
  canManage: Scalars['Boolean']['output'];
  entries: Array<NationalIndex>;
  ownAverages: Array<ProvinceAverageIndex>;
  provinceId: Scalars['ID']['output'];
};

export type NationalIndexUpdateInput = {
  published?: InputMaybe<Scalars['Boolean']['input']>;
  rank?: InputMaybe<Scalars['Int']['input']>;
  rankOf?: InputMaybe<Scalars['Int']['input']>;
  /** Lý do sửa (ghi vào nhật ký). */
  reason?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
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

/** Một thông báo của người dùng hiện tại: việc vừa đến bàn làm việc của họ. */
export type Notification = {
  __typename?: 'Notification';
  /** Nội dung một dòng, theo ngôn ngữ của yêu cầu. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Hạn của việc được giao (inclusive, Vietnam time). */
  deadline?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Người dùng đã đọc. */
  read: Scalars['Boolean']['output'];
  /** The score sheet it opens. */
  sheetId?: Maybe<Scalars['ID']['output']>;
  /** Tiêu đề, theo ngôn ngữ của yêu cầu. */
  title: Scalars['String']['output'];
  /** The unit it is about. */
  unitId?: Maybe<Scalars['ID']['output']>;
  unitName?: Maybe<Scalars['String']['output']>;
  yearId: Scalars['ID']['output'];
};

/** Loại thông báo. */
export type NotificationKind =
  /** Đã hoàn thành thẩm định (gửi đơn vị) */
  | 'APPRAISAL_COMPLETED'
  /** Kết quả thẩm định chờ phê duyệt (gửi chủ tịch đơn vị đánh giá) */
  | 'APPROVAL_REQUESTED'
  /** Đề nghị người đứng đầu xác nhận */
  | 'ATTESTATION_REQUESTED'
  /** Đề nghị giải trình (gửi cán bộ và người đứng đầu đơn vị) */
  | 'EXPLANATION_REQUESTED'
  /** Đơn vị đã gửi giải trình (gửi tổ thẩm định) */
  | 'EXPLANATION_SUBMITTED'
  /** Đã công bố kết quả (gửi đơn vị) */
  | 'RESULTS_PUBLISHED'
  /** Kết quả đã được phê duyệt (gửi đơn vị) */
  | 'RESULT_APPROVED'
  /** Trả lại để thẩm định lại (gửi tổ thẩm định) */
  | 'RETURNED_TO_APPRAISAL'
  /** Phiếu được mở lại để tự đánh giá (gửi đơn vị) */
  | 'SHEET_REOPENED'
  /** Đơn vị đã nộp phiếu (gửi tổ thẩm định của đơn vị đánh giá) */
  | 'SHEET_SUBMITTED'
  /** Đã mở kỳ tự đánh giá (gửi đơn vị trong danh sách) */
  | 'YEAR_OPENED';

/** Một trang thông báo, mới nhất trước. */
export type NotificationPage = {
  __typename?: 'NotificationPage';
  /** Pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<Notification>;
  totalCount: Scalars['Int']['output'];
  /** Số thông báo chưa đọc. */
  unreadCount: Scalars['Int']['output'];
};

/** What an org change is about. */
export type OrgAuditEntityType =
  /** Khóa API của ứng dụng khai thác */
  | 'API_CLIENT'
  /** Đơn vị: tạo, đổi tên, chuyển, đóng, sáp nhập, chia tách, nhập dữ liệu */
  | 'ORG_UNIT'
  /** Người dùng: tạo, sửa, vai trò, khóa, đặt lại mật khẩu */
  | 'USER';

/** Một thay đổi về người dùng, vai trò, khóa API hoặc đơn vị: ai, khi nào, trước, sau. */
export type OrgAuditEvent = {
  __typename?: 'OrgAuditEvent';
  /** CREATE, UPDATE, DISABLE, ENABLE, ROLES, PASSWORD_RESET, UNLOCK, REVOKE, RENAME, MOVE, CLOSE, MERGE, SPLIT, IMPORT… */
  action: Scalars['String']['output'];
  /** Tên đăng nhập của người thực hiện tại thời điểm thay đổi. */
  actorName: Scalars['String']['output'];
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** What changed, after, as JSON text. */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** What changed, before, as JSON text (null on creation). */
  before?: Maybe<Scalars['String']['output']>;
  /** Id of the user, API client or unit. */
  entityId: Scalars['ID']['output'];
  /** Tên người dùng / ứng dụng / đơn vị tại thời điểm thay đổi. */
  entityLabel: Scalars['String']['output'];
  entityType: OrgAuditEntityType;
  id: Scalars['ID']['output'];
};

/** A page of OrgAuditEvent items (Relay connection). */
export type OrgAuditEventConnection = {
  __typename?: 'OrgAuditEventConnection';
  edges: Array<OrgAuditEventEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrgAuditEventEdge = {
  __typename?: 'OrgAuditEventEdge';
  cursor: Scalars['String']['output'];
  node: OrgAuditEvent;
};

/** Đơn vị hành chính hoặc cơ quan: a unit of the administrative hierarchy. */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** From the root (province) down to the parent. */
  ancestors: Array<OrgUnit>;
  /** Kết quả của đơn vị trong một kỳ (by yearId, or by calendar year). Null when not assessed or not visible to the caller yet. */
  assessment?: Maybe<UnitAssessment>;
  /** Assessment years this unit runs as a province (newest first). Outside the province (anonymous readers, apps, other provinces) only published years. */
  assessmentYears: Array<AssessmentYear>;
  /** Number of open direct children. */
  childCount: Scalars['Int']['output'];
  children: OrgUnitConnection;
  /** Mã đơn vị (mã thống kê quốc gia cho tỉnh/huyện/xã). */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Chỉ số qua các năm, kể cả của các đơn vị tiền thân (sau sáp nhập), newest first. */
  indexHistory: Array<IndexHistoryPoint>;
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
export type OrgUnitAssessmentArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
  yearId?: InputMaybe<Scalars['ID']['input']>;
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

/** Cơ quan đánh giá ghi nhận báo cáo bản giấy với ngày nhận. */
export type PaperReportInput = {
  periodId: Scalars['ID']['input'];
  /** Ngày nhận (theo dấu công văn đến). */
  receivedOn: Scalars['Date']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
};

/** Chỉ số CCHC bình quân của các đơn vị trong tỉnh một năm (tỉnh tự đánh giá). */
export type ProvinceAverageIndex = {
  __typename?: 'ProvinceAverageIndex';
  /** Bình quân chỉ số của các đơn vị đã xếp hạng, mọi khối (%). */
  averageIndex?: Maybe<Scalars['Float']['output']>;
  /** FINALIZED (chỉ quản trị viên thấy) hoặc PUBLISHED. */
  status: Scalars['String']['output'];
  unitCount: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
};

/** Kết quả đã công bố của một tỉnh trong một năm (readable without signing in). */
export type PublishedResults = {
  __typename?: 'PublishedResults';
  name: Scalars['String']['output'];
  provinceUnitId: Scalars['ID']['output'];
  rankings: Array<Ranking>;
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Báo cáo kết quả Chỉ số CCHC năm: số liệu tổng hợp mọi khối, xếp hạng, so với năm trước, nguyên nhân và giải pháp. Với districtId (hoặc tài khoản cấp huyện): các xã của huyện. */
  annualReport: AnnualReport;
  /** Ứng dụng khai thác của tỉnh (PROVINCE_ADMIN), mới nhất trước; gồm cả khóa đã thu hồi. */
  apiClients: Array<ApiClient>;
  /** Appraiser assignments of a year (the province sees all, an assessor unit its own). */
  appraiserAssignments: Array<AppraiserAssignment>;
  /** Phiếu nháp của các đơn vị đã bỏ khỏi danh sách trong kỳ (lưu trữ), mới nhất trước: cấp tỉnh thấy tất cả, đơn vị đánh giá các đơn vị mình đánh giá, đơn vị thấy phiếu của mình. */
  archivedSheets: Array<ArchivedSheet>;
  /** One assessment year with its settings (users of the province). */
  assessmentYear: AssessmentYear;
  /** Assessment years of a province, newest first (users of the province). */
  assessmentYears: Array<AssessmentYear>;
  /** Lịch sử thay đổi của một kỳ (điểm, tiêu chí, cấu hình, danh sách, trạng thái), mới nhất trước. */
  auditTrail: AuditEventConnection;
  /** So sánh hai năm theo khối của năm hiện tại; đơn vị mới sau sáp nhập so với kết quả gộp của các đơn vị tiền thân. */
  compareAnalysisYears: AnalysisYearComparison;
  /** Phân tích chỉ số thành phần của một khối: mỗi lĩnh vực, tiêu chí với điểm tối đa, điểm bình quân, điểm bị mất bình quân, tỷ lệ đơn vị bị mất điểm, chênh lệch tự đánh giá − thẩm định; bản đồ nhiệt đơn vị × lĩnh vực/tiêu chí. Tính trên các đơn vị đã thẩm định xong. */
  criteriaAnalysis: CriteriaAnalysis;
  /** Bộ chỉ số của một khối: nodes (flat, parentId), totals and validation issues. */
  criteriaSet: CriteriaSet;
  /** Xem trước: dùng DDCI của các đơn vị (năm của kỳ đánh giá) làm điểm một tiêu chí điều tra (quy đổi theo %); the survey import’s checks, writes nothing. */
  ddciSurveyPreview: SurveyImportPreview;
  /** Danh sách đơn vị đủ điều kiện đề nghị khen thưởng của một khối theo điều kiện của năm. Bên ngoài (ứng dụng khai thác, người dùng ngoài phạm vi): chỉ khi kết quả đã công bố, chỉ các đơn vị đủ điều kiện. */
  emulationList: EmulationList;
  /** Điều kiện xét khen thưởng của năm (mặc định: từ Tốt trở lên, không còn khắc phục quá hạn, không thiếu báo cáo). */
  emulationRule: EmulationRule;
  /** Báo cáo năm dạng Excel (.xlsx), base64: tổng hợp, xếp hạng từng khối, phân tích. */
  exportAnnualReport: FileDownload;
  /** The set as an XLSX workbook in the documented template (docs/criteria-template.md). */
  exportCriteriaSet: FileDownload;
  /** Danh sách xét khen thưởng (Excel). */
  exportEmulationList: FileDownload;
  /** Danh sách căn cứ đánh giá, xếp loại người đứng đầu (Excel) cho phòng tổ chức cán bộ. */
  exportHeadsList: FileDownload;
  /** Sổ sáng kiến, mô hình hay (Excel). */
  exportInitiatives: FileDownload;
  /** Bảng xếp hạng dạng Excel (.xlsx), base64. */
  exportRanking: FileDownload;
  /** Căn cứ đánh giá, xếp loại người đứng đầu: người đứng đầu mỗi đơn vị của khối với chỉ số, xếp loại của đơn vị và mức xếp loại tương ứng (theo quy định hiển thị của năm). */
  headsList: HeadsList;
  /** Sổ sáng kiến, mô hình hay được công nhận của năm (công khai khi kết quả năm đã công bố). */
  initiatives: Array<Initiative>;
  inspection: Inspection;
  /** Các cuộc kiểm tra CCHC / công vụ của năm: tỉnh xem tất cả, huyện xem các xã của mình, đơn vị chỉ xem của mình. Không dành cho ứng dụng khai thác. */
  inspections: Array<Inspection>;
  /** The signed-in user, or null when anonymous. */
  me?: Maybe<User>;
  /** Thông báo của người dùng hiện tại, mới nhất trước (chỉ của chính họ). */
  myNotifications: NotificationPage;
  /** Việc cần làm của người dùng hiện tại trong mọi kỳ đang diễn ra (phiếu cần nhập, nộp, giải trình, thẩm định, phê duyệt; việc của kỳ), việc gấp nhất trước. */
  myTasks: Array<Task>;
  /** Lịch sử thay đổi một số liệu chỉ số (quản trị viên của tỉnh). */
  nationalIndexHistory: Array<AuditEvent>;
  /** Các chỉ số quốc gia của tỉnh (PAR INDEX, SIPAS, PAPI, PCI; DDCI theo đơn vị) and the province’s own average index per year. No sign-in needed: published figures and published years for everyone (external apps included); the province’s administrator also sees drafts and finalized years. */
  nationalIndices: NationalIndexOverview;
  /** Mẫu nhập chỉ số quốc gia (XLSX), kèm số liệu đã có. */
  nationalIndicesTemplate: FileDownload;
  /** Nhật ký thay đổi người dùng, vai trò, khóa API và đơn vị của tỉnh (PROVINCE_ADMIN), mới nhất trước. */
  orgAuditTrail: OrgAuditEventConnection;
  /** One unit by id (open or closed). */
  orgUnit?: Maybe<OrgUnit>;
  /** Browse or search units (open ones unless includeClosed). */
  orgUnits: OrgUnitConnection;
  /** Kết quả đã công bố (no sign-in needed): every block’s ranking of the province’s year. */
  publishedResults: PublishedResults;
  /** Bảng xếp hạng của một khối (tùy chọn: chỉ các đơn vị do một đơn vị đánh giá, ví dụ xã của một huyện), with per-area breakdown. */
  ranking: Ranking;
  remediationItem: RemediationItem;
  /** Nội dung khắc phục hạn chế của năm (tỉnh: tất cả; huyện: các xã của mình; đơn vị: của mình). */
  remediationItems: Array<RemediationItem>;
  /** Số nội dung khắc phục chưa hoàn thành / quá hạn theo đơn vị. */
  remediationSummary: Array<RemediationUnitSummary>;
  /** Báo cáo CCHC định kỳ: các kỳ báo cáo và tình trạng đúng hạn / chậm / thiếu của từng đơn vị người dùng được xem (tỉnh: mọi đơn vị; huyện: các xã của mình; đơn vị: của mình). Nội bộ, không công khai. */
  reportMatrix: ReportMatrix;
  /** Đơn vị được đánh giá của kỳ (Vietnamese alphabetical). The province sees all, an assessor unit its units, a unit itself. */
  roster: RosterEntryConnection;
  /** Một phiếu đánh giá (chỉ khi người dùng được xem theo phân cấp). */
  scoreSheet: ScoreSheet;
  /** The sheet of a unit in a year (null when the unit is not on the roster). */
  scoreSheetFor?: Maybe<ScoreSheet>;
  /** Sheets of a year the current user may read (dashboards: status, progress, deadline, totals), in Vietnamese name order. */
  scoreSheets: ScoreSheetConnection;
  /** Kiểm tra trước (dry run) một tệp điều tra xã hội học: the same checks and permissions as importSurveyResults, every row error with its code, and the points each valid row would write; writes nothing. */
  surveyImportPreview: SurveyImportPreview;
  /** Mẫu nhập kết quả điều tra (XLSX): every roster unit × every survey criterion of its set, with the values stored today. */
  surveyImportTemplate: FileDownload;
  /** Các tiêu chí của một đơn vị so với chỉ số chung của khối, yếu nhất trước. */
  unitCriteriaGaps: Array<UnitCriterionGap>;
  /** Người đứng đầu (các nhiệm kỳ trong năm) và cấp phó phụ trách CCHC của một đơn vị. */
  unitHeads: UnitHeads;
  /** Các cuộc kiểm tra của một đơn vị qua các năm (trang Kiểm tra của đơn vị): chỉ những năm người dùng được xem đơn vị (chính đơn vị, cơ quan đánh giá, tỉnh; huyện với các xã của mình). Không dành cho ứng dụng khai thác. */
  unitInspections: Array<Inspection>;
  /** Số thông báo chưa đọc của người dùng hiện tại (cho biểu tượng chuông). */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Một người dùng (PROVINCE_ADMIN, hoặc chính mình). */
  user?: Maybe<User>;
  /** Người dùng của tỉnh (PROVINCE_ADMIN), có thể lọc theo đơn vị và tìm theo tên. */
  users: UserConnection;
  /** Thử trọng số: chấm lại phiếu của một khối năm này theo bộ chỉ số dự thảo (khối của một kỳ đang chuẩn bị) trong bộ nhớ; chỉ số, thứ hạng, xếp loại sẽ thay đổi thế nào. Không ghi gì vào kết quả hay nhật ký. */
  whatIfWeights: WhatIfResult;
  /** Lần tính lại đang chạy hoặc gần nhất của kỳ (trong tiến trình máy chủ này): tiến trình và báo cáo. Quản trị cấp tỉnh. */
  yearRecompute?: Maybe<YearRecompute>;
};


export type QueryAnnualReportArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QueryAppraiserAssignmentsArgs = {
  assessorUnitId?: InputMaybe<Scalars['ID']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QueryArchivedSheetsArgs = {
  yearId: Scalars['ID']['input'];
};


export type QueryAssessmentYearArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssessmentYearsArgs = {
  provinceId: Scalars['ID']['input'];
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  criterionId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<AuditEntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sheetId?: InputMaybe<Scalars['ID']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QueryCompareAnalysisYearsArgs = {
  baseYearId: Scalars['ID']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryCriteriaAnalysisArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryCriteriaSetArgs = {
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryDdciSurveyPreviewArgs = {
  criterionCode: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryEmulationListArgs = {
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryEmulationRuleArgs = {
  yearId: Scalars['ID']['input'];
};


export type QueryExportAnnualReportArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QueryExportCriteriaSetArgs = {
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryExportEmulationListArgs = {
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryExportHeadsListArgs = {
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryExportInitiativesArgs = {
  yearId: Scalars['ID']['input'];
};


export type QueryExportRankingArgs = {
  assessorUnitId?: InputMaybe<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryHeadsListArgs = {
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryInitiativesArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionsArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryNationalIndexHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNationalIndicesArgs = {
  kind?: InputMaybe<NationalIndexKind>;
  provinceId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNationalIndicesTemplateArgs = {
  provinceId: Scalars['ID']['input'];
};


export type QueryOrgAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<OrgAuditEntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryPublishedResultsArgs = {
  groupCode?: InputMaybe<Scalars['String']['input']>;
  provinceId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryRankingArgs = {
  assessorUnitId?: InputMaybe<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryRemediationItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRemediationItemsArgs = {
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<RemediationStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QueryRemediationSummaryArgs = {
  yearId: Scalars['ID']['input'];
};


export type QueryReportMatrixArgs = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QueryRosterArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assessorUnitId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QueryScoreSheetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScoreSheetForArgs = {
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryScoreSheetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assessorUnitId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<SheetStatus>;
  yearId: Scalars['ID']['input'];
};


export type QuerySurveyImportPreviewArgs = {
  base64: Scalars['String']['input'];
  format: SurveyFileFormat;
  yearId: Scalars['ID']['input'];
};


export type QuerySurveyImportTemplateArgs = {
  yearId: Scalars['ID']['input'];
};


export type QueryUnitCriteriaGapsArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryUnitHeadsArgs = {
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryUnitInspectionsArgs = {
  unitId: Scalars['ID']['input'];
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


export type QueryWhatIfWeightsArgs = {
  draftGroupId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};


export type QueryYearRecomputeArgs = {
  yearId: Scalars['ID']['input'];
};

/** Bảng xếp hạng một khối (và một đơn vị đánh giá, nếu chọn). */
export type Ranking = {
  __typename?: 'Ranking';
  areas: Array<RankingArea>;
  assessorUnitId?: Maybe<Scalars['ID']['output']>;
  /** Assessing units of the rows, in Vietnamese name order: what RankingRow.assessorIndex refers to. */
  assessors: Array<RankingAssessor>;
  /** Các mức xếp loại của kỳ (best first): what RankingRow.classificationCode refers to. */
  classifications: Array<RankingBand>;
  /** Mã khối (ví dụ SO, XA). */
  groupCode: Scalars['String']['output'];
  groupId: Scalars['ID']['output'];
  groupName: Scalars['String']['output'];
  /** Tạm tính: kỳ chưa công bố. Before publication a unit sees only its own row without rank, index or classification; the assessor side sees its units, ranked once their appraisal is complete. */
  provisional: Scalars['Boolean']['output'];
  /** Rows the current user may see (the whole block once published). */
  rows: Array<RankingRow>;
  /** Lưu ý cho báo cáo, chỉ khi cần (đạt hoặc vượt giới hạn); tính trên các dòng đã xếp hạng (không tính kết quả tạm thời), và chỉ khi người xem thấy toàn bộ bảng. */
  warnings: Array<RankingWarning>;
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
};

/** A column of the per-area breakdown. */
export type RankingArea = {
  __typename?: 'RankingArea';
  code: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** An assessing unit of the rows (a district for its communes), listed once per ranking. */
export type RankingAssessor = {
  __typename?: 'RankingAssessor';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A classification of the year with the head rating it gives, listed once per ranking. */
export type RankingBand = {
  __typename?: 'RankingBand';
  code: Scalars['String']['output'];
  /** Màu hiển thị #RRGGBB. */
  color: Scalars['String']['output'];
  headRating?: Maybe<HeadRating>;
  /** Tên xếp loại (tiếng Việt). */
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
};

/** Một dòng bảng xếp hạng. */
export type RankingRow = {
  __typename?: 'RankingRow';
  /** Chỉ số thành phần (%), one number per entry of Ranking.areas in its order; null when not visible or the unit has no such area. */
  areaIndices: Array<Maybe<Scalars['Float']['output']>>;
  /** Chỉ số thành phần theo lĩnh vực. */
  areas: Array<ComponentIndex>;
  /** Position of this row’s assessing unit in Ranking.assessors. */
  assessorIndex: Scalars['Int']['output'];
  assessorUnitId: Scalars['ID']['output'];
  assessorUnitName: Scalars['String']['output'];
  classification?: Maybe<Classification>;
  /** Mã xếp loại (one of Ranking.classifications); null when not classified or not visible to the caller. */
  classificationCode?: Maybe<Scalars['String']['output']>;
  headRating?: Maybe<HeadRating>;
  /** Chỉ số (%). */
  index?: Maybe<Scalars['Float']['output']>;
  /** Vị trí hiển thị (ties in Vietnamese alphabetical order). */
  position: Scalars['Int']['output'];
  /** Kết quả tạm thời: phiếu chưa hoàn thành thẩm định, không được xếp hạng. */
  provisional: Scalars['Boolean']['output'];
  /** Thứ hạng (bằng nhau cùng hạng: 1, 2, 2, 4); null khi chưa thẩm định xong. */
  rank?: Maybe<Scalars['Int']['output']>;
  sheetId: Scalars['ID']['output'];
  status: SheetStatus;
  /** Có đơn vị khác cùng hạng. */
  tied: Scalars['Boolean']['output'];
  totals: SheetTotals;
  unit: OrgUnit;
  unitCode: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** Lưu ý kèm bảng xếp hạng (không chặn việc công bố). EXCELLENT_SHARE_335: Nghị định 335/2025/NĐ-CP — số xếp loại Xuất sắc không quá 20% số được xếp loại Tốt trở lên, tính trên các đơn vị đã xếp hạng. */
export type RankingWarning = {
  __typename?: 'RankingWarning';
  /** Số đơn vị làm cơ sở tính (xếp loại Tốt trở lên). */
  baseCount: Scalars['Int']['output'];
  /** Mã lưu ý, ví dụ EXCELLENT_SHARE_335. */
  code: Scalars['String']['output'];
  /** Số đơn vị xếp loại Xuất sắc. */
  count: Scalars['Int']['output'];
  level: RankingWarningLevel;
  /** Giới hạn (%). */
  limit: Scalars['Float']['output'];
  /** Nội dung lưu ý (tiếng Việt). */
  message: Scalars['String']['output'];
  messageEn: Scalars['String']['output'];
  /** Tỷ lệ hiện tại (%), hai chữ số thập phân. */
  share: Scalars['Float']['output'];
};

/** Mức cảnh báo so với giới hạn (OK dưới giới hạn, AT_LIMIT đúng bằng giới hạn — vẫn hợp lệ, OVER_LIMIT vượt giới hạn). */
export type RankingWarningLevel =
  /** Đúng bằng giới hạn (vẫn hợp lệ) */
  | 'AT_LIMIT'
  /** Dưới giới hạn */
  | 'OK'
  /** Vượt giới hạn */
  | 'OVER_LIMIT';

/** Tiến trình tính lại kết quả. */
export type RecomputePhase =
  /** Đã xong */
  | 'DONE'
  /** Không thành công (không có thay đổi nào được lưu) */
  | 'FAILED'
  /** Đang tính lại */
  | 'RUNNING';

/** Thao tác trên nội dung khắc phục. */
export type RemediationAction =
  | 'ACCEPT'
  | 'CANCEL'
  | 'REOPEN'
  | 'REPORT'
  | 'RETURN';

export type RemediationActionInput = {
  action: RemediationAction;
  /** Minh chứng kèm báo cáo (REPORT). */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  id: Scalars['ID']['input'];
  /** Kết quả khắc phục (REPORT) hoặc lý do (RETURN, REOPEN, CANCEL). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Một bước xử lý nội dung khắc phục. */
export type RemediationEvent = {
  __typename?: 'RemediationEvent';
  action: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Đổi thời hạn (action UPDATE): thời hạn mới. */
  deadlineAfter?: Maybe<Scalars['Date']['output']>;
  /** Đổi thời hạn (action UPDATE): thời hạn cũ. */
  deadlineBefore?: Maybe<Scalars['Date']['output']>;
  evidence: Array<EvidenceReference>;
  fromStatus?: Maybe<RemediationStatus>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Sửa nội dung (action UPDATE): nội dung sau khi sửa. */
  titleAfter?: Maybe<Scalars['String']['output']>;
  /** Sửa nội dung (action UPDATE): nội dung trước khi sửa. */
  titleBefore?: Maybe<Scalars['String']['output']>;
  toStatus: RemediationStatus;
};

/** Nội dung khắc phục hạn chế của một đơn vị. */
export type RemediationItem = {
  __typename?: 'RemediationItem';
  /** Thao tác người dùng hiện tại được thực hiện. */
  availableActions: Array<RemediationAction>;
  /** Người dùng hiện tại được sửa nội dung và thời hạn (updateRemediationItem): cơ quan đánh giá của đơn vị, khi nội dung chưa hoàn thành, chưa hủy. */
  canEdit: Scalars['Boolean']['output'];
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Mã tiêu chí (khớp với phiếu năm sau). */
  criterionCode?: Maybe<Scalars['String']['output']>;
  criterionId?: Maybe<Scalars['ID']['output']>;
  /** Số ngày còn lại (0: hôm nay; âm: quá hạn). */
  daysLeft: Scalars['Int']['output'];
  /** Thời hạn (hết ngày, giờ Việt Nam). */
  deadline: Scalars['Date']['output'];
  /** Lịch sử: giao, báo cáo, chấp nhận, trả lại, sửa nội dung/thời hạn (UPDATE)… */
  events: Array<RemediationEvent>;
  id: Scalars['ID']['output'];
  /** Quá hạn: chưa hoàn thành khi đã hết ngày hạn (giờ Việt Nam). */
  overdue: Scalars['Boolean']['output'];
  sourceId?: Maybe<Scalars['ID']['output']>;
  sourceLabel?: Maybe<Scalars['String']['output']>;
  sourceType: RemediationSource;
  status: RemediationStatus;
  title: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
};

/** Giao một nội dung khắc phục. */
export type RemediationItemInput = {
  /** Tiêu chí nguồn (bắt buộc với APPRAISAL). */
  criterionId?: InputMaybe<Scalars['ID']['input']>;
  deadline: Scalars['Date']['input'];
  /** APPRAISAL (tiêu chí bị trừ điểm khi thẩm định) hoặc MANUAL. */
  sourceType: RemediationSource;
  title: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
};

/** Nguồn phát sinh nội dung khắc phục. */
export type RemediationSource =
  /** Tiêu chí bị trừ điểm khi thẩm định */
  | 'APPRAISAL'
  /** Kết luận kiểm tra */
  | 'INSPECTION'
  /** Cơ quan đánh giá giao trực tiếp */
  | 'MANUAL';

/** Tình trạng nội dung khắc phục. */
export type RemediationStatus =
  /** Đã hủy (kết luận nguồn bị xóa hoặc rút lại) */
  | 'CANCELLED'
  /** Đã hoàn thành (được chấp nhận) */
  | 'CLOSED'
  /** Đang khắc phục */
  | 'OPEN'
  /** Đơn vị đã báo cáo, chờ cơ quan đánh giá chấp nhận */
  | 'REPORTED'
  /** Cơ quan đánh giá trả lại, đơn vị cần báo cáo lại */
  | 'RETURNED';

/** Số nội dung khắc phục của một đơn vị. */
export type RemediationUnitSummary = {
  __typename?: 'RemediationUnitSummary';
  closed: Scalars['Int']['output'];
  /** Quá hạn. */
  overdue: Scalars['Int']['output'];
  /** Chưa hoàn thành. */
  pending: Scalars['Int']['output'];
  /** Chờ chấp nhận. */
  reported: Scalars['Int']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** Where an administrator reopens a sheet to. */
export type ReopenTarget =
  | 'APPRAISAL'
  | 'SELF_ASSESSMENT';

export type ReportArea = {
  __typename?: 'ReportArea';
  /** Chỉ số trung bình của lĩnh vực (%). */
  averageIndex?: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Số đơn vị của một mức xếp loại. */
export type ReportBucket = {
  __typename?: 'ReportBucket';
  code: Scalars['String']['output'];
  color: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  /** Tỷ lệ trên số đơn vị đã xếp hạng (%). */
  share?: Maybe<Scalars['Float']['output']>;
};

/** Tình trạng báo cáo của một đơn vị trong một kỳ. */
export type ReportCell = {
  __typename?: 'ReportCell';
  /** Người dùng hiện tại được áp dụng (hoặc gỡ) điểm trừ của báo cáo này. */
  canApplyPenalty: Scalars['Boolean']['output'];
  /** Người dùng hiện tại được ghi nhận báo cáo bản giấy (cơ quan đánh giá của đơn vị). */
  canRecordPaper: Scalars['Boolean']['output'];
  /** Người dùng hiện tại được gửi báo cáo của đơn vị (cán bộ, người đứng đầu đơn vị). */
  canSubmit: Scalars['Boolean']['output'];
  /** Số ngày chậm (LATE) hoặc đã quá hạn (MISSING). */
  daysLate?: Maybe<Scalars['Int']['output']>;
  /** Số ngày còn lại đến hạn (PENDING). */
  daysLeft?: Maybe<Scalars['Int']['output']>;
  /** Đã áp dụng điểm trừ do báo cáo chậm/thiếu. */
  penaltyApplied: Scalars['Boolean']['output'];
  periodId: Scalars['ID']['output'];
  report?: Maybe<UnitReport>;
  /** Khối của đơn vị phải báo cáo kỳ này. */
  required: Scalars['Boolean']['output'];
  /** Trống khi đơn vị không phải báo cáo kỳ này. */
  status?: Maybe<ReportStatus>;
  unitId: Scalars['ID']['output'];
};

/** Tệp báo cáo đã gửi. */
export type ReportFile = {
  __typename?: 'ReportFile';
  /** Relative URL to download the file through the gateway (with the bearer token). */
  downloadUrl: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  size: Scalars['Int']['output'];
};

/** Một khối trong báo cáo năm. */
export type ReportGroup = {
  __typename?: 'ReportGroup';
  areas: Array<ReportArea>;
  /** Các đơn vị cuối bảng. */
  bottom: Array<ReportRow>;
  code: Scalars['String']['output'];
  groupId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Bảng xếp hạng đầy đủ. */
  rows: Array<ReportRow>;
  summary: ReportSummaryFigures;
  /** Các đơn vị dẫn đầu. */
  top: Array<ReportRow>;
};

/** Tình hình gửi báo cáo định kỳ: đúng hạn, chậm, thiếu của từng đơn vị (nội bộ; không công khai). */
export type ReportMatrix = {
  __typename?: 'ReportMatrix';
  /** Người dùng hiện tại được khai báo kỳ báo cáo (cấp tỉnh). */
  canManagePeriods: Scalars['Boolean']['output'];
  periods: Array<ReportPeriod>;
  rows: Array<ReportMatrixRow>;
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
};

/** Một đơn vị và tình trạng báo cáo của mọi kỳ. */
export type ReportMatrixRow = {
  __typename?: 'ReportMatrixRow';
  assessorUnitName: Scalars['String']['output'];
  /** Theo thứ tự các kỳ của ma trận. */
  cells: Array<ReportCell>;
  groupId: Scalars['ID']['output'];
  late: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  unitCode: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

export type ReportNote = {
  __typename?: 'ReportNote';
  cause: Scalars['String']['output'];
  code: Scalars['String']['output'];
  groupName: Scalars['String']['output'];
  solution: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Một kỳ báo cáo CCHC định kỳ của năm. */
export type ReportPeriod = {
  __typename?: 'ReportPeriod';
  /** Hạn gửi (hết ngày, giờ Việt Nam). */
  dueDate: Scalars['Date']['output'];
  /** Các khối phải báo cáo. */
  groupIds: Array<Scalars['ID']['output']>;
  /** Tên các khối phải báo cáo. */
  groupNames: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ReportPeriodKind;
  /** Mã tiêu chí điểm trừ (do cơ quan đánh giá nhập) khi báo cáo chậm hoặc thiếu. */
  penaltyLeafCode?: Maybe<Scalars['String']['output']>;
  /** Tên kỳ, ví dụ "Báo cáo CCHC 6 tháng đầu năm 2025". */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
  yearId: Scalars['ID']['output'];
};

/** Thêm hoặc sửa một kỳ báo cáo (cấp tỉnh). */
export type ReportPeriodInput = {
  dueDate: Scalars['Date']['input'];
  groupIds: Array<Scalars['ID']['input']>;
  /** Trống: thêm mới. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ReportPeriodKind;
  penaltyLeafCode?: InputMaybe<Scalars['String']['input']>;
  /** Lý do thay đổi (ghi nhật ký). */
  reason?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};

/** Kỳ báo cáo CCHC định kỳ. */
export type ReportPeriodKind =
  /** Báo cáo 6 tháng */
  | 'HALF_YEAR'
  /** Báo cáo quý */
  | 'QUARTER'
  /** Báo cáo năm */
  | 'YEAR';

/** Một đơn vị trong báo cáo năm. */
export type ReportRow = {
  __typename?: 'ReportRow';
  /** Chỉ số năm trước (của đơn vị, hoặc gộp các đơn vị tiền thân). */
  baseIndex?: Maybe<Scalars['Float']['output']>;
  classification?: Maybe<Classification>;
  /** Tăng/giảm so với năm trước (điểm %). */
  delta?: Maybe<Scalars['Float']['output']>;
  headRating?: Maybe<HeadRating>;
  index?: Maybe<Scalars['Float']['output']>;
  provisional: Scalars['Boolean']['output'];
  rank?: Maybe<Scalars['Int']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** Tình trạng báo cáo của một đơn vị trong một kỳ (theo ngày giờ Việt Nam). */
export type ReportStatus =
  /** Đã gửi nhưng chậm so với hạn */
  | 'LATE'
  /** Đã quá hạn mà chưa gửi */
  | 'MISSING'
  /** Đã gửi đúng hạn (đến hết ngày hạn) */
  | 'ON_TIME'
  /** Chưa gửi, chưa đến hạn */
  | 'PENDING';

export type ReportSummaryFigures = {
  __typename?: 'ReportSummaryFigures';
  /** Tăng/giảm bình quân so với năm trước của các đơn vị so sánh được (điểm %). */
  averageDelta?: Maybe<Scalars['Float']['output']>;
  /** Chỉ số trung bình (%). */
  averageIndex?: Maybe<Scalars['Float']['output']>;
  /** Số đơn vị so sánh được với năm trước. */
  comparableCount: Scalars['Int']['output'];
  distribution: Array<ReportBucket>;
  /** Số đơn vị đã xếp hạng (thẩm định xong). */
  rankedCount: Scalars['Int']['output'];
  /** Số đơn vị được đánh giá. */
  unitCount: Scalars['Int']['output'];
};

/** Một đơn vị có chỉ số, xếp loại, xếp loại người đứng đầu hoặc thứ hạng thay đổi khi tính lại. */
export type ResultChange = {
  __typename?: 'ResultChange';
  /** Mã xếp loại sau. */
  classificationAfter?: Maybe<Scalars['String']['output']>;
  /** Tên xếp loại sau. */
  classificationAfterLabel?: Maybe<Scalars['String']['output']>;
  /** Mã xếp loại trước. */
  classificationBefore?: Maybe<Scalars['String']['output']>;
  /** Tên xếp loại trước (theo các mức hiện hành của kỳ). */
  classificationBeforeLabel?: Maybe<Scalars['String']['output']>;
  groupId: Scalars['ID']['output'];
  groupName: Scalars['String']['output'];
  /** Mã xếp loại người đứng đầu sau. */
  headRatingAfter?: Maybe<Scalars['String']['output']>;
  /** Xếp loại người đứng đầu sau. */
  headRatingAfterLabel?: Maybe<Scalars['String']['output']>;
  /** Mã xếp loại người đứng đầu trước. */
  headRatingBefore?: Maybe<Scalars['String']['output']>;
  /** Xếp loại người đứng đầu trước (tên theo ánh xạ hiện hành của kỳ). */
  headRatingBeforeLabel?: Maybe<Scalars['String']['output']>;
  /** Chỉ số (%) sau khi tính lại. */
  indexAfter?: Maybe<Scalars['Float']['output']>;
  /** Chỉ số (%) trước khi tính lại. */
  indexBefore?: Maybe<Scalars['Float']['output']>;
  /** Thứ hạng trong khối sau. */
  rankAfter?: Maybe<Scalars['Int']['output']>;
  /** Thứ hạng trong khối trước. */
  rankBefore?: Maybe<Scalars['Int']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
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

/** Outcome of building the roster from the org hierarchy. */
export type RosterBuildResult = {
  __typename?: 'RosterBuildResult';
  added: Scalars['Int']['output'];
  removed: Scalars['Int']['output'];
  skipped: Array<RosterSkippedUnit>;
  year: AssessmentYear;
};

/** Đơn vị được đánh giá trong kỳ (danh sách đã chốt khi mở tự đánh giá). */
export type RosterEntry = {
  __typename?: 'RosterEntry';
  /** Added by hand by the administrator rather than built from the hierarchy. */
  addedManually: Scalars['Boolean']['output'];
  /** The unit that assesses this one (the province, or a district in three-level years). */
  assessorUnitId: Scalars['ID']['output'];
  assessorUnitName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  groupId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Parent district of a commune in a three-level year. */
  parentDistrictId?: Maybe<Scalars['ID']['output']>;
  /** Units this one was formed from (for year-over-year comparison). */
  predecessorUnitIds: Array<Scalars['ID']['output']>;
  unitCode: Scalars['String']['output'];
  /** The assessed OrgUnit. */
  unitId: Scalars['ID']['output'];
  unitKind: OrgUnitKind;
  /** Tên đơn vị tại thời điểm chốt danh sách. */
  unitName: Scalars['String']['output'];
  /** Loại đơn vị (sở, phường, xã…) tại thời điểm chốt. */
  unitSubtype: Scalars['String']['output'];
  yearId: Scalars['ID']['output'];
};

/** A page of RosterEntry items (Relay connection). */
export type RosterEntryConnection = {
  __typename?: 'RosterEntryConnection';
  edges: Array<RosterEntryEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RosterEntryEdge = {
  __typename?: 'RosterEntryEdge';
  cursor: Scalars['String']['output'];
  node: RosterEntry;
};

/** A unit of the province left off the roster, and why. */
export type RosterSkippedUnit = {
  __typename?: 'RosterSkippedUnit';
  /** In the caller’s language. */
  reason: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** Điểm thẩm định được chấm theo quy tắc cũ của bộ chỉ số (đã mở lại và sửa), cần thẩm định viên rà soát. */
export type RuleReviewNotice = {
  __typename?: 'RuleReviewNotice';
  /** Số tiêu chí cần rà soát. */
  count: Scalars['Int']['output'];
  /** Mã các tiêu chí cần rà soát. */
  criteria: Array<Scalars['String']['output']>;
  /** Thông báo (theo ngôn ngữ của yêu cầu). */
  message: Scalars['String']['output'];
};

/** Một tiêu chí lá trên phiếu: kê khai, tự chấm, thẩm định, giải trình. */
export type ScoreEntry = {
  __typename?: 'ScoreEntry';
  allowNotApplicable: Scalars['Boolean']['output'];
  assessorEntryReason?: Maybe<Scalars['String']['output']>;
  /** Các lần cơ quan đánh giá ghi nhận trên tiêu chí này, kèm nguồn và căn cứ. */
  assessorRecords: Array<AssessorRecord>;
  /** Mã tiêu chí, ví dụ "1.2.3". */
  code: Scalars['String']['output'];
  /** The leaf of the criteria set (guidance, method, parameters). */
  criterion: CriteriaNode;
  criterionId: Scalars['ID']['output'];
  /** Giá trị đơn vị kê khai. */
  declaredValue?: Maybe<Scalars['String']['output']>;
  /** 1 = lĩnh vực, 2 = tiêu chí, … */
  depth: Scalars['Int']['output'];
  /** Do cơ quan đánh giá nhập: đơn vị chỉ xem (lý do, nguồn trong assessorRecords). */
  enteredByAssessor: Scalars['Boolean']['output'];
  /** Hướng dẫn tài liệu kiểm chứng. */
  evidenceGuidance?: Maybe<Scalars['String']['output']>;
  /** Nội dung đề nghị giải trình. */
  explanationRequestNote?: Maybe<Scalars['String']['output']>;
  explanationRequested: Scalars['Boolean']['output'];
  /** Nội dung giải trình của đơn vị. */
  explanationText?: Maybe<Scalars['String']['output']>;
  /** Điểm cuối cùng = lần thẩm định sau cùng. */
  finalPoints?: Maybe<Scalars['Float']['output']>;
  /** Điểm tối đa. */
  maxPoints: Scalars['Float']['output'];
  method?: Maybe<ScoringMethod>;
  /** Đơn vị chọn "không áp dụng". */
  notApplicable: Scalars['Boolean']['output'];
  /** Method parameters as JSON (levels, tiers…), so the form can offer choices. */
  params?: Maybe<Scalars['String']['output']>;
  /** Ghi chú của thẩm định viên (bắt buộc khi đổi điểm). */
  round1Note?: Maybe<Scalars['String']['output']>;
  /** Điểm thẩm định vòng 1. */
  round1Points?: Maybe<Scalars['Float']['output']>;
  round2Note?: Maybe<Scalars['String']['output']>;
  /** Điểm thẩm định vòng 2 (sau giải trình). */
  round2Points?: Maybe<Scalars['Float']['output']>;
  /** Cần rà soát: quy tắc chấm của tiêu chí (điểm tối đa, cách chấm, tham số) đã đổi sau khi thẩm định viên chấm; điểm thẩm định giữ nguyên cho đến khi thẩm định viên lưu lại. */
  ruleReview: Scalars['Boolean']['output'];
  section: CriteriaSection;
  /** Minh chứng tự đánh giá. */
  selfEvidence: Array<EvidenceReference>;
  selfNote?: Maybe<Scalars['String']['output']>;
  /** Điểm tự chấm (tính từ giá trị kê khai theo phương pháp chấm). */
  selfPoints?: Maybe<Scalars['Float']['output']>;
  /** Minh chứng bổ sung khi giải trình. */
  supplementaryEvidence: Array<EvidenceReference>;
  /** Điểm điều tra xã hội học (tiêu chí SURVEY). */
  surveyPoints?: Maybe<Scalars['Float']['output']>;
  /** Nội dung tiêu chí. */
  title: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['ID']['output']>;
};

/** Phiếu tự đánh giá và thẩm định của một đơn vị trong một kỳ. */
export type ScoreSheet = {
  __typename?: 'ScoreSheet';
  /** Every action with allowed/reason, for disabled buttons with a tooltip. */
  actions: Array<SheetActionState>;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Assessor chair who approved. */
  approvedBy?: Maybe<Scalars['ID']['output']>;
  /** Chỉ số thành phần theo lĩnh vực. */
  areas: Array<ComponentIndex>;
  /** The assessor unit. */
  assessorUnit: OrgUnit;
  /** The unit that appraises this sheet. */
  assessorUnitId: Scalars['ID']['output'];
  /** Tên đơn vị đánh giá. */
  assessorUnitName: Scalars['String']['output'];
  /** Xác nhận của người đứng đầu: trước khi nộp (SUBMIT) và trước khi gửi giải trình (EXPLANATION). */
  attestations: Array<SheetAttestation>;
  /** Các thao tác người dùng hiện tại được thực hiện ngay bây giờ. */
  availableActions: Array<SheetAction>;
  /** Mọi nút của bộ chỉ số của phiếu (lĩnh vực, tiêu chí, khối điểm thưởng/điểm trừ, phần điều tra), theo thứ tự mã, với parentId: the sheet’s tree as the admin draws it. */
  criteria: Array<CriteriaNode>;
  /** Chỉ số thành phần theo tiêu chí (cấp 2). */
  criteriaIndices: Array<ComponentIndex>;
  /** Hạn của bước hiện tại (tự đánh giá, giải trình, thẩm định). */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** Mọi tiêu chí lá của bộ chỉ số, theo thứ tự mã, kèm kê khai và điểm. */
  entries: Array<ScoreEntry>;
  /** Khối của đơn vị trong kỳ. */
  group: UnitGroup;
  groupId: Scalars['ID']['output'];
  /** Người dùng hiện tại xem được lịch sử thay đổi của phiếu (auditTrail với sheetId): cấp tỉnh, đơn vị đánh giá và chính đơn vị được đánh giá. */
  historyReadable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Khắc phục theo tiêu chí lá của phiếu năm này: cơ quan đánh giá thấy các tiêu chí bị trừ điểm khi thẩm định (và được "Giao khắc phục" khi phiếu đã thẩm định xong); người xem được đơn vị thấy tình trạng nội dung khắc phục gắn với từng tiêu chí. */
  leafRemediation: Array<SheetLeafRemediation>;
  /** Vì sao người dùng hiện tại không sửa được phiếu (null: sửa được). */
  lockReason?: Maybe<Scalars['String']['output']>;
  /** When the unit’s self-assessment was locked (submission). */
  lockedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Quá hạn bước hiện tại. */
  overdue: Scalars['Boolean']['output'];
  /** Nội dung khắc phục của các năm trước chưa hoàn thành (khớp với tiêu chí cùng mã trên phiếu này). Chỉ người dùng trong phạm vi của đơn vị. */
  priorRemediation: Array<RemediationItem>;
  progress: SheetProgress;
  /** Null, or the appraised leaves whose rule changed after they were scored (for the appraiser to review). */
  ruleReview?: Maybe<RuleReviewNotice>;
  /** Số tiêu chí "cần rà soát" (điểm thẩm định chấm theo quy tắc cũ) — cho bên thẩm định; 0 với đơn vị. */
  ruleReviewCount: Scalars['Int']['output'];
  /** Trạng thái (FINALIZED/PUBLISHED follow the year). */
  status: SheetStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** User who submitted. */
  submittedBy?: Maybe<Scalars['ID']['output']>;
  /** Tổng điểm, chỉ số và chênh lệch như hiện tại. */
  totals: SheetTotals;
  /** The assessed unit (resolved by the org subgraph). */
  unit: OrgUnit;
  /** Mã đơn vị (theo danh sách đã chốt). */
  unitCode: Scalars['String']['output'];
  /** The assessed OrgUnit. */
  unitId: Scalars['ID']['output'];
  /** Tên đơn vị (theo danh sách đã chốt của kỳ). */
  unitName: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with every change: a stale version gets CONFLICT. */
  version: Scalars['Int']['output'];
  year: AssessmentYear;
  yearId: Scalars['ID']['output'];
};


/** Phiếu tự đánh giá và thẩm định của một đơn vị trong một kỳ. */
export type ScoreSheetEntriesArgs = {
  criterionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A page of ScoreSheet items (Relay connection). */
export type ScoreSheetConnection = {
  __typename?: 'ScoreSheetConnection';
  edges: Array<ScoreSheetEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ScoreSheetEdge = {
  __typename?: 'ScoreSheetEdge';
  cursor: Scalars['String']['output'];
  node: ScoreSheet;
};

/** How a leaf turns the declared value into points (parameters in `params`, see docs/criteria-template.md). */
export type ScoringMethod =
  /** Số lượng × điểm mỗi mục, tối đa bằng điểm tối đa. params: {"pointsPerItem": hundredths} */
  | 'COUNT'
  /** Trừ điểm mỗi vi phạm, thấp nhất 0. params: {"pointsPerViolation": hundredths} */
  | 'DEDUCTION'
  /** Mức định tính. params: {"levels": [{"key","labelVi","sharePercent"}]} */
  | 'LEVELS'
  /** Chấm trực tiếp 0..tối đa theo bước (mặc định 0,25). params: {"step"?: hundredths} */
  | 'MANUAL'
  /** Tỷ lệ % × điểm tối đa. */
  | 'PROPORTIONAL'
  /** Tỷ lệ % theo các mức. params: {"tiers": [{"fromPercent","toPercent","sharePercent"|"points"}]} */
  | 'RATIO_TIERS'
  /** Từ kết quả điều tra xã hội học. params: {"basis": "PERCENT"|"POINTS"} */
  | 'SURVEY'
  /** Có → đủ điểm, không → 0. */
  | 'YES_NO';

/** Self-assessment of one leaf; points follow from the declared value by the leaf’s method. */
export type SelfAssessmentEntryInput = {
  criterionId: Scalars['ID']['input'];
  /** Giá trị kê khai ("1"/"0", số lượng, tỷ lệ %, mã mức, điểm…); null xóa kê khai. */
  declaredValue?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the leaf’s self evidence; omit to keep it. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Không áp dụng (only where the criterion allows it). */
  notApplicable?: InputMaybe<Scalars['Boolean']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What a user can do on a sheet; `ScoreSheet.availableActions` lists those the current user may do now. */
export type SheetAction =
  | 'APPROVE'
  | 'CLOSE_EXPLANATION'
  | 'COMPLETE_APPRAISAL'
  | 'REOPEN_APPRAISAL'
  | 'REOPEN_SELF_ASSESSMENT'
  | 'REQUEST_EXPLANATION'
  | 'RETURN_TO_APPRAISAL'
  | 'SAVE_APPRAISAL'
  | 'SAVE_EXPLANATION'
  | 'SAVE_SELF'
  | 'START_APPRAISAL'
  | 'SUBMIT'
  | 'SUBMIT_EXPLANATION'
  | 'WITHDRAW';

/** One workflow action with whether the current user may take it now, and why not. */
export type SheetActionState = {
  __typename?: 'SheetActionState';
  action: SheetAction;
  allowed: Scalars['Boolean']['output'];
  /** Tên thao tác (tiếng Việt). */
  label: Scalars['String']['output'];
  /** Lý do không thực hiện được (theo ngôn ngữ của yêu cầu). */
  reason?: Maybe<Scalars['String']['output']>;
};

/** Xác nhận của người đứng đầu đối với phiếu. */
export type SheetAttestation = {
  __typename?: 'SheetAttestation';
  attestedAt?: Maybe<Scalars['DateTime']['output']>;
  attestedByName?: Maybe<Scalars['String']['output']>;
  /** Người đứng đầu theo hồ sơ tại ngày xác nhận (họ tên – chức vụ). */
  headName?: Maybe<Scalars['String']['output']>;
  purpose: AttestationPurpose;
  requestedAt?: Maybe<Scalars['DateTime']['output']>;
  requestedByName?: Maybe<Scalars['String']['output']>;
  /** Phiên bản phiếu đã được xác nhận. */
  sheetVersion?: Maybe<Scalars['Int']['output']>;
  /** Nội dung xác nhận. */
  statement?: Maybe<Scalars['String']['output']>;
  status: AttestationStatus;
};

/** Khắc phục theo một tiêu chí lá của phiếu (năm của phiếu): tiêu chí bị trừ điểm khi thẩm định (với cơ quan đánh giá) và nội dung khắc phục đang gắn với tiêu chí. */
export type SheetLeafRemediation = {
  __typename?: 'SheetLeafRemediation';
  /** Người dùng hiện tại được "Giao khắc phục" từ dòng này: quản lý đơn vị, phiếu đã thẩm định xong, tiêu chí bị trừ điểm, chưa giao khắc phục theo thẩm định. */
  canAssign: Scalars['Boolean']['output'];
  criterionCode: Scalars['String']['output'];
  criterionId: Scalars['ID']['output'];
  /** Nội dung dòng hiển thị: đang thực hiện trước, nếu không thì nội dung đã hoàn thành gần nhất. */
  item?: Maybe<LeafRemediationItem>;
  /** Số điểm bị trừ khi thẩm định (tự chấm − điểm thẩm định cuối); chỉ cơ quan đánh giá của đơn vị thấy. */
  lostPoints?: Maybe<Scalars['Float']['output']>;
  /** Nội dung gợi ý (ý kiến thẩm định của tiêu chí); chỉ khi được giao. */
  suggestedTitle?: Maybe<Scalars['String']['output']>;
};

/** Tiến độ: số tiêu chí đã kê khai / đã thẩm định trên tổng số. */
export type SheetProgress = {
  __typename?: 'SheetProgress';
  /** Đã có điểm thẩm định. */
  appraised: Scalars['Int']['output'];
  /** Đã tự chấm (hoặc không áp dụng). */
  filled: Scalars['Int']['output'];
  /** Tiêu chí đơn vị phải kê khai (áp dụng). */
  total: Scalars['Int']['output'];
};

/** Trạng thái phiếu đánh giá (FINALIZED và PUBLISHED theo trạng thái của kỳ). */
export type SheetStatus =
  /** Đã thẩm định, chờ phê duyệt */
  | 'APPRAISED'
  /** Đã phê duyệt */
  | 'APPROVED'
  /** Đang tự đánh giá */
  | 'DRAFT'
  /** Đã giải trình */
  | 'EXPLAINED'
  /** Đề nghị giải trình */
  | 'EXPLANATION_REQUESTED'
  /** Đã chốt kết quả (theo kỳ) */
  | 'FINALIZED'
  /** Đã công bố (theo kỳ) */
  | 'PUBLISHED'
  /** Đã nộp (đơn vị có thể rút lại cho đến khi bắt đầu thẩm định) */
  | 'SUBMITTED'
  /** Đang thẩm định */
  | 'UNDER_APPRAISAL';

/** Tổng điểm và chỉ số của phiếu (lưu sẵn, tính lại mỗi khi điểm thay đổi). Trước khi công bố là kết quả tạm tính (provisional), và chỉ gồm những gì người xem được thấy: đơn vị chỉ thấy điểm tự chấm, điểm thẩm định khi đã thẩm định xong, không bao giờ thấy chỉ số thẩm định, thứ hạng, xếp loại; chỉ số thẩm định chỉ có khi đã thẩm định xong mọi tiêu chí (null in every hidden field). */
export type SheetTotals = {
  __typename?: 'SheetTotals';
  /** Đã thẩm định xong mọi tiêu chí áp dụng (phiếu Đã thẩm định, Đã phê duyệt hoặc kỳ đã chốt). */
  appraisalComplete: Scalars['Boolean']['output'];
  /** Số tiêu chí đã thẩm định ("x" trong "x/y tiêu chí đã thẩm định"). */
  appraisedCriteria: Scalars['Int']['output'];
  /** Tổng điểm thẩm định: các tiêu chí đã thẩm định (xem appraisedCriteria/criteriaToAppraise). Null khi người xem chưa được thấy điểm thẩm định. */
  appraisedTotal?: Maybe<Scalars['Float']['output']>;
  /** Điểm thưởng sau thẩm định (sau mức trần); null như appraisedTotal. */
  bonusPoints?: Maybe<Scalars['Float']['output']>;
  /** Số tiêu chí phải thẩm định ("y"). */
  criteriaToAppraise: Scalars['Int']['output'];
  /** Chênh lệch chỉ số (điểm %); null như index. */
  gapIndex?: Maybe<Scalars['Float']['output']>;
  /** Chênh lệch tự đánh giá − thẩm định (điểm); null như appraisedTotal. */
  gapPoints?: Maybe<Scalars['Float']['output']>;
  /** Chỉ số (%) theo điểm thẩm định, 2 chữ số thập phân. Null until the appraisal is complete, and for the unit itself until publication. */
  index?: Maybe<Scalars['Float']['output']>;
  /** Σ điểm tối đa các tiêu chí áp dụng + phần điều tra (mẫu số). */
  maxApplicable: Scalars['Float']['output'];
  /** Điểm trừ sau thẩm định (sau mức trần); null như appraisedTotal. */
  penaltyPoints?: Maybe<Scalars['Float']['output']>;
  /** Tạm tính: kỳ chưa công bố, kết quả còn có thể thay đổi. */
  provisional: Scalars['Boolean']['output'];
  /** Chỉ số (%) theo điểm tự đánh giá. */
  selfIndex?: Maybe<Scalars['Float']['output']>;
  /** Tổng điểm tự đánh giá. */
  selfTotal: Scalars['Float']['output'];
  surveyPoints: Scalars['Float']['output'];
};

/** Chia tách: one unit becomes several new units; the old one closes the day before. */
export type SplitOrgUnitInput = {
  /** Ngày các đơn vị mới có hiệu lực. */
  effectiveDate: Scalars['Date']['input'];
  /** Đơn vị bị chia tách. */
  sourceId: Scalars['ID']['input'];
  /** Các đơn vị mới (ít nhất hai). */
  targets: Array<NewOrgUnitInput>;
};

/** Đơn vị gửi báo cáo định kỳ: tóm tắt và tệp (tải lên qua /files). */
export type SubmitReportInput = {
  /** Tệp báo cáo đã tải lên. */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  periodId: Scalars['ID']['input'];
  /** Tóm tắt nội dung báo cáo. */
  summary: Scalars['String']['input'];
  /** Đơn vị gửi (đơn vị của người dùng). */
  unitId: Scalars['ID']['input'];
};

/** Định dạng tệp kết quả điều tra: XLSX hoặc CSV (UTF-8; dấu phân cách , hoặc ;). */
export type SurveyFileFormat =
  | 'CSV'
  | 'XLSX';

/** Một lỗi của tệp điều tra, theo dòng. */
export type SurveyImportIssue = {
  __typename?: 'SurveyImportIssue';
  code: SurveyIssueCode;
  /** Mô tả lỗi theo ngôn ngữ của người gọi (Accept-Language). */
  message: Scalars['String']['output'];
  /** Dòng trong tệp (như Excel hiển thị); null: lỗi của cả tệp. */
  row?: Maybe<Scalars['Int']['output']>;
};

/** Kiểm tra trước tệp điều tra (không ghi gì): mọi lỗi theo dòng, và điểm từng dòng hợp lệ sẽ ghi. */
export type SurveyImportPreview = {
  __typename?: 'SurveyImportPreview';
  /** Dòng để trống giá trị: giữ nguyên điểm đang có. */
  blankCount: Scalars['Int']['output'];
  /** Không có lỗi: có thể nhập (importSurveyResults). */
  canApply: Scalars['Boolean']['output'];
  /** Số điểm sẽ thay đổi. */
  changedCount: Scalars['Int']['output'];
  issues: Array<SurveyImportIssue>;
  /** Số dòng dữ liệu đọc được (cả dòng lỗi). */
  rowCount: Scalars['Int']['output'];
  rows: Array<SurveyImportPreviewRow>;
  /** Số phiếu sẽ được tính lại. */
  sheetsAffected: Scalars['Int']['output'];
  validCount: Scalars['Int']['output'];
};

/** Một dòng hợp lệ: điểm sẽ ghi, bên cạnh điểm đang có. */
export type SurveyImportPreviewRow = {
  __typename?: 'SurveyImportPreviewRow';
  /** Dòng này làm thay đổi điểm đang có. */
  changed: Scalars['Boolean']['output'];
  criterionCode: Scalars['String']['output'];
  criterionTitle: Scalars['String']['output'];
  /** Điểm điều tra đang có (null: chưa có). */
  currentPoints?: Maybe<Scalars['Float']['output']>;
  /** Điểm điều tra sẽ ghi. */
  points: Scalars['Float']['output'];
  row: Scalars['Int']['output'];
  unitCode: Scalars['String']['output'];
  unitName: Scalars['String']['output'];
  /** Giá trị trong tệp. */
  value: Scalars['String']['output'];
};

/** Kết quả nhập điều tra xã hội học. */
export type SurveyImportResult = {
  __typename?: 'SurveyImportResult';
  /** Số điểm thực sự thay đổi. */
  changed: Scalars['Int']['output'];
  /** Số dòng hợp lệ trong tệp. */
  imported: Scalars['Int']['output'];
  /** Số phiếu được tính lại. */
  sheetsUpdated: Scalars['Int']['output'];
};

/** Lỗi của một dòng (hoặc cả tệp): FILE_UNREADABLE, EMPTY_FILE, TOO_MANY_ROWS, MISSING_CELLS, UNKNOWN_UNIT (không có trong danh sách đánh giá), NOT_SURVEY_CRITERION, DUPLICATE_ROW, INVALID_VALUE (ngoài phạm vi, không phải số). */
export type SurveyIssueCode =
  | 'DUPLICATE_ROW'
  | 'EMPTY_FILE'
  | 'FILE_UNREADABLE'
  | 'INVALID_VALUE'
  | 'MISSING_CELLS'
  | 'NOT_SURVEY_CRITERION'
  | 'TOO_MANY_ROWS'
  | 'UNKNOWN_UNIT';

/** Một việc cần làm của người dùng hiện tại (hộp việc trên trang chủ). */
export type Task = {
  __typename?: 'Task';
  /** Số ngày còn lại đến hết ngày hạn (0: hôm nay; âm: quá hạn). */
  daysLeft?: Maybe<Scalars['Int']['output']>;
  /** Hạn (inclusive, Vietnam time). */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** Hạn này dành cho việc gì, ví dụ "Hạn giải trình". */
  deadlineFor?: Maybe<Scalars['String']['output']>;
  /** Tình trạng ngắn, ví dụ "Còn 34/41 tiêu chí chưa nhập". */
  detail?: Maybe<Scalars['String']['output']>;
  /** Stable key of the task (the same task keeps it across requests). */
  id: Scalars['String']['output'];
  kind: TaskKind;
  /** Đã quá hạn. */
  overdue: Scalars['Boolean']['output'];
  /** The score sheet the task opens, when it is about one. */
  sheetId?: Maybe<Scalars['ID']['output']>;
  /** Another module’s target (e.g. a remediation plan), when not a sheet or a year. */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** Việc cần làm, theo ngôn ngữ của yêu cầu. */
  title: Scalars['String']['output'];
  unitId?: Maybe<Scalars['ID']['output']>;
  unitName?: Maybe<Scalars['String']['output']>;
  /** Năm đánh giá. */
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
  /** Tên kỳ đánh giá. */
  yearName: Scalars['String']['output'];
};

/** Loại việc cần làm. */
export type TaskKind =
  /** Thẩm định phiếu của đơn vị */
  | 'APPRAISE'
  /** Phê duyệt kết quả thẩm định */
  | 'APPROVE'
  /** Giải trình theo đề nghị của đơn vị thẩm định */
  | 'EXPLAIN'
  /** Nhập phiếu tự đánh giá (còn tiêu chí chưa nhập) */
  | 'FILL'
  /** Chốt kết quả (mọi phiếu đã phê duyệt) */
  | 'FINALIZE_YEAR'
  /** Mở kỳ tự đánh giá (kỳ đang chuẩn bị) */
  | 'OPEN_YEAR'
  /** Công bố kết quả đã chốt */
  | 'PUBLISH_YEAR'
  /** Khắc phục hạn chế và báo cáo kết quả (đơn vị) */
  | 'REMEDIATE'
  /** Gửi báo cáo CCHC định kỳ (sắp đến hạn hoặc quá hạn) */
  | 'REPORT_DUE'
  /** Báo cáo định kỳ chậm, thiếu chưa xử lý (áp dụng điểm trừ) */
  | 'REPORT_PENALTY'
  /** Xem xét báo cáo khắc phục của đơn vị (chấp nhận hoặc trả lại) */
  | 'REVIEW_REMEDIATION'
  /** Nộp phiếu tự đánh giá (đã nhập đủ) */
  | 'SUBMIT';

/** Kết quả Chỉ số CCHC của một đơn vị trong một kỳ. */
export type UnitAssessment = {
  __typename?: 'UnitAssessment';
  areas: Array<ComponentIndex>;
  classification?: Maybe<Classification>;
  criteria: Array<ComponentIndex>;
  groupId: Scalars['ID']['output'];
  groupName: Scalars['String']['output'];
  /** Số đơn vị trong khối. */
  groupSize: Scalars['Int']['output'];
  headRating?: Maybe<HeadRating>;
  /** Tạm tính: kỳ chưa công bố, hoặc phiếu chưa thẩm định xong. */
  provisional: Scalars['Boolean']['output'];
  /** Rank among the units of the same assessor (a district’s communes). */
  rankInAssessor?: Maybe<Scalars['Int']['output']>;
  rankInGroup?: Maybe<Scalars['Int']['output']>;
  sheetId: Scalars['ID']['output'];
  status: SheetStatus;
  totals: SheetTotals;
  year: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
  yearName: Scalars['String']['output'];
};

/** Một tiêu chí của đơn vị so với bình quân của khối. */
export type UnitCriterionGap = {
  __typename?: 'UnitCriterionGap';
  areaCode: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** Chỉ số của đơn vị − của khối (âm: thấp hơn khối). */
  difference?: Maybe<Scalars['Float']['output']>;
  groupAverageLoss?: Maybe<Scalars['Float']['output']>;
  /** Chỉ số chung của khối trên tiêu chí. */
  groupIndex?: Maybe<Scalars['Float']['output']>;
  index?: Maybe<Scalars['Float']['output']>;
  /** Điểm bị mất. */
  loss: Scalars['Float']['output'];
  maxApplicable: Scalars['Float']['output'];
  points: Scalars['Float']['output'];
  title: Scalars['String']['output'];
};

/** Bộ dữ liệu đơn vị hành chính thực (server/data/vn-admin-units). */
export type UnitDataset =
  /** Mô hình ba cấp (tỉnh → huyện → xã), dữ liệu 03/2025, hết hiệu lực 30/06/2025: 63 tỉnh, 696 huyện, 10.035 xã. */
  | 'THREE_LEVEL_2025'
  /** Mô hình hai cấp (tỉnh → xã), hiệu lực từ 01/07/2025: 34 tỉnh, 3.321 xã. */
  | 'TWO_LEVEL_2026';

/** Khối đơn vị được đánh giá trong một kỳ (ví dụ "Khối sở, ban, ngành"). */
export type UnitGroup = {
  __typename?: 'UnitGroup';
  assessorRule: AssessorRule;
  /** Tiêu chí điểm thưởng/điểm trừ mặc định 0 điểm khi đơn vị không kê khai: such leaves left empty count as filled at 0 (submission, progress); assessor-entered leaves excepted. */
  bonusPenaltyDefaultZero: Scalars['Boolean']['output'];
  /** Stable code within the year: DEPARTMENTS, DISTRICTS, WARDS, COMMUNES, … */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** True while the criteria set was explicitly reopened for edits after the year opened. */
  criteriaReopened: Scalars['Boolean']['output'];
  /** Required total of the scored + survey parts (usually 100). */
  criteriaTotal: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Unit kinds this group takes. */
  memberKinds: Array<OrgUnitKind>;
  /** Vietnamese subtypes it takes (e.g. ["phường"]); empty = every subtype of those kinds. */
  memberSubtypes: Array<Scalars['String']['output']>;
  /** Tên khối, ví dụ "Khối sở, ban, ngành". */
  name: Scalars['String']['output'];
  /** Units of this group on the year’s roster. */
  rosterSize: Scalars['Int']['output'];
  sortOrder: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  yearId: Scalars['ID']['output'];
};

/** Creates a group (no id) or replaces the settings of one (with id). */
export type UnitGroupInput = {
  assessorRule: AssessorRule;
  /** Upper-case code, unique in the year: DEPARTMENTS, DISTRICTS, WARDS, COMMUNES… */
  code: Scalars['String']['input'];
  /** Total of the scored + survey parts (default 100). */
  criteriaTotal?: InputMaybe<Scalars['Float']['input']>;
  /** Omit to create. */
  id?: InputMaybe<Scalars['ID']['input']>;
  memberKinds: Array<OrgUnitKind>;
  /** Vietnamese subtypes it takes (e.g. ["phường"]); empty = all. */
  memberSubtypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Tên khối, ví dụ "Khối sở, ban, ngành". */
  name: Scalars['String']['input'];
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  yearId: Scalars['ID']['input'];
};

/** Người đứng đầu và cấp phó phụ trách CCHC của một đơn vị trong năm. */
export type UnitHeads = {
  __typename?: 'UnitHeads';
  /** Người dùng hiện tại được cập nhật (cơ quan đánh giá của đơn vị). */
  canManage: Scalars['Boolean']['output'];
  /** Cấp phó phụ trách CCHC đương nhiệm cuối năm. */
  deputy?: Maybe<HeadTerm>;
  /** Người đứng đầu chịu trách nhiệm về kết quả năm (đương nhiệm cuối năm). */
  head?: Maybe<HeadTerm>;
  /** Mọi nhiệm kỳ, người đứng đầu trước, theo ngày bắt đầu. */
  terms: Array<HeadTerm>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  yearId: Scalars['ID']['output'];
};

/** Báo cáo một đơn vị đã gửi (trực tuyến) hoặc được ghi nhận (bản giấy). */
export type UnitReport = {
  __typename?: 'UnitReport';
  /** ONLINE (đơn vị gửi trên hệ thống) hoặc PAPER (cơ quan đánh giá ghi nhận bản giấy). */
  channel: Scalars['String']['output'];
  file?: Maybe<ReportFile>;
  id: Scalars['ID']['output'];
  /** Ngày nhận (ngày Việt Nam của lần gửi đầu tiên). */
  receivedOn: Scalars['Date']['output'];
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type UnitYearComparison = {
  __typename?: 'UnitYearComparison';
  /** Chỉ số năm so sánh (của đơn vị, hoặc gộp các đơn vị tiền thân). */
  baseIndex?: Maybe<Scalars['Float']['output']>;
  baseUnits: Array<ComparedUnitRef>;
  basis: ComparisonBasis;
  delta?: Maybe<Scalars['Float']['output']>;
  index?: Maybe<Scalars['Float']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** Only the fields given change; null clears a deadline or cap. */
export type UpdateAssessmentYearInput = {
  appraisalDeadline?: InputMaybe<Scalars['Date']['input']>;
  /** Cap on bonus points (null: no cap). */
  bonusCap?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces all bands (validated). */
  classificationBands?: InputMaybe<Array<ClassificationBandInput>>;
  explanationDeadline?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the whole mapping; every band needs a rating. */
  headRatings?: InputMaybe<Array<HeadRatingRuleInput>>;
  /** Only while PLANNING; clears a roster built for the other model. */
  model?: InputMaybe<GovernmentModel>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Cap on penalty points (null: no cap). */
  penaltyCap?: InputMaybe<Scalars['Float']['input']>;
  publicationDeadline?: InputMaybe<Scalars['Date']['input']>;
  selfAssessmentDeadline?: InputMaybe<Scalars['Date']['input']>;
};

/** Only the fields given change; null clears method, params or guidance. */
export type UpdateCriterionInput = {
  allowNotApplicable?: InputMaybe<Scalars['Boolean']['input']>;
  assessorEntryReason?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  enteredByAssessor?: InputMaybe<Scalars['Boolean']['input']>;
  evidenceGuidance?: InputMaybe<Scalars['String']['input']>;
  maxPoints?: InputMaybe<Scalars['Float']['input']>;
  method?: InputMaybe<ScoringMethod>;
  params?: InputMaybe<Scalars['String']['input']>;
  scoringGuidance?: InputMaybe<Scalars['String']['input']>;
  section?: InputMaybe<CriteriaSection>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Sửa người dùng: chỉ các trường được gửi mới thay đổi. */
export type UpdateUserInput = {
  /** false: khóa tài khoản (không đăng nhập được). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Địa chỉ e-mail nhận thông báo; chuỗi rỗng: xóa. */
  email?: InputMaybe<Scalars['String']['input']>;
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
  /** Địa chỉ e-mail nhận bản sao thông báo (không bắt buộc). */
  email?: Maybe<Scalars['String']['output']>;
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

export type WhatIfLeaf = {
  __typename?: 'WhatIfLeaf';
  code: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Tiêu chí có trong cả hai bộ nhưng đổi điểm tối đa hoặc cách chấm. */
export type WhatIfLeafChange = {
  __typename?: 'WhatIfLeafChange';
  code: Scalars['String']['output'];
  newMax: Scalars['Float']['output'];
  newMethod?: Maybe<Scalars['String']['output']>;
  oldMax: Scalars['Float']['output'];
  oldMethod?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Thử trọng số: chấm lại phiếu của năm này theo bộ chỉ số dự thảo, chỉ trong bộ nhớ (không ghi kết quả, không ghi nhật ký). */
export type WhatIfResult = {
  __typename?: 'WhatIfResult';
  /** Tiêu chí mới của bộ dự thảo (chưa có điểm, tính 0). */
  added: Array<WhatIfLeaf>;
  changed: Array<WhatIfLeafChange>;
  draftGroupName: Scalars['String']['output'];
  draftYear: Scalars['Int']['output'];
  groupName: Scalars['String']['output'];
  /** Tiêu chí của năm này không có trong bộ dự thảo (điểm bị bỏ). */
  removed: Array<WhatIfLeaf>;
  /** Theo thứ hạng thử. */
  rows: Array<WhatIfRow>;
  summary: WhatIfSummary;
  year: Scalars['Int']['output'];
};

/** Một đơn vị: kết quả hiện tại và kết quả nếu chấm theo bộ dự thảo. */
export type WhatIfRow = {
  __typename?: 'WhatIfRow';
  classification?: Maybe<Classification>;
  index?: Maybe<Scalars['Float']['output']>;
  /** Chỉ số thử − chỉ số hiện tại (điểm %). */
  indexDelta?: Maybe<Scalars['Float']['output']>;
  rank?: Maybe<Scalars['Int']['output']>;
  /** Số bậc tăng (dương) hoặc giảm (âm). */
  rankDelta?: Maybe<Scalars['Int']['output']>;
  simulatedClassification?: Maybe<Classification>;
  simulatedIndex?: Maybe<Scalars['Float']['output']>;
  simulatedRank?: Maybe<Scalars['Int']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

export type WhatIfSummary = {
  __typename?: 'WhatIfSummary';
  averageIndex?: Maybe<Scalars['Float']['output']>;
  /** Số đơn vị đổi xếp loại. */
  classificationChanged: Scalars['Int']['output'];
  movedDown: Scalars['Int']['output'];
  movedUp: Scalars['Int']['output'];
  simulatedAverageIndex?: Maybe<Scalars['Float']['output']>;
  unitCount: Scalars['Int']['output'];
};

/** Lần tính lại kết quả của một kỳ: tiến trình khi đang chạy, báo cáo thay đổi khi xong. */
export type YearRecompute = {
  __typename?: 'YearRecompute';
  /** Các đơn vị có chỉ số, xếp loại hoặc thứ hạng thay đổi. */
  changes: Array<ResultChange>;
  /** Số phiếu đã tính. */
  done: Scalars['Int']['output'];
  /** Chỉ xem trước: không lưu gì. */
  dryRun: Scalars['Boolean']['output'];
  /** Số ô điểm thẩm định được đánh dấu cần rà soát lại. */
  entriesFlagged: Scalars['Int']['output'];
  /** Số ô điểm tự chấm/điều tra được tính lại theo quy tắc hiện hành. */
  entriesRescored: Scalars['Int']['output'];
  /** Lý do khi không thành công. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  phase: RecomputePhase;
  /** Số phiếu được tính lại. */
  sheets: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  /** Tổng số phiếu của kỳ. */
  total: Scalars['Int']['output'];
  /** Số kết quả được ghi (số liệu hoặc thứ hạng thay đổi). */
  written: Scalars['Int']['output'];
  yearId: Scalars['ID']['output'];
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

/** A status the year could move to next, and whether the current user may do it now. */
export type YearTransitionOption = {
  __typename?: 'YearTransitionOption';
  allowed: Scalars['Boolean']['output'];
  /** Refusal code: FORBIDDEN, CONFLICT or BAD_USER_INPUT. */
  code?: Maybe<Scalars['String']['output']>;
  /** Why it is refused (in the caller’s language). */
  reason?: Maybe<Scalars['String']['output']>;
  /** True for a backward move, which needs a reason. */
  requiresReason: Scalars['Boolean']['output'];
  to: YearStatus;
  /** Non-blocking warnings (e.g. units that have not submitted). */
  warnings: Array<Scalars['String']['output']>;
};

/** The year after a status change, with the warnings the change raised. */
export type YearTransitionResult = {
  __typename?: 'YearTransitionResult';
  from: YearStatus;
  to: YearStatus;
  warnings: Array<Scalars['String']['output']>;
  year: AssessmentYear;
};

export type Join__Graph =
  | 'ORG'
  | 'SCORING';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } | null };

export type SessionUserFragment = { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } };

export type CriteriaNodeFieldsFragment = { __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, maxPoints: number, section: CriteriaSection, sortOrder: number, depth: number, method?: ScoringMethod | null, params?: string | null, evidenceGuidance?: string | null, scoringGuidance?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, childrenTotal?: number | null };

export type CriteriaSetFieldsFragment = { __typename?: 'CriteriaSet', yearId: string, total: number, configuredTotal: number, locked: boolean, lockReason?: string | null, valid: boolean, group: { __typename?: 'UnitGroup', bonusPenaltyDefaultZero: boolean, id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }, nodes: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, maxPoints: number, section: CriteriaSection, sortOrder: number, depth: number, method?: ScoringMethod | null, params?: string | null, evidenceGuidance?: string | null, scoringGuidance?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, childrenTotal?: number | null }>, issues: Array<{ __typename?: 'CriteriaIssue', code: string, nodeCode?: string | null, severity: string, message: string }> };

export type CriteriaSetQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type CriteriaSetQuery = { __typename?: 'Query', criteriaSet: { __typename?: 'CriteriaSet', yearId: string, total: number, configuredTotal: number, locked: boolean, lockReason?: string | null, valid: boolean, group: { __typename?: 'UnitGroup', bonusPenaltyDefaultZero: boolean, id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }, nodes: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, maxPoints: number, section: CriteriaSection, sortOrder: number, depth: number, method?: ScoringMethod | null, params?: string | null, evidenceGuidance?: string | null, scoringGuidance?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, childrenTotal?: number | null }>, issues: Array<{ __typename?: 'CriteriaIssue', code: string, nodeCode?: string | null, severity: string, message: string }> } };

export type ReplaceCriteriaSetMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  nodes: Array<CriteriaNodeInput> | CriteriaNodeInput;
}>;


export type ReplaceCriteriaSetMutation = { __typename?: 'Mutation', replaceCriteriaSet: { __typename?: 'CriteriaSet', yearId: string, total: number, configuredTotal: number, locked: boolean, lockReason?: string | null, valid: boolean, group: { __typename?: 'UnitGroup', bonusPenaltyDefaultZero: boolean, id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }, nodes: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, maxPoints: number, section: CriteriaSection, sortOrder: number, depth: number, method?: ScoringMethod | null, params?: string | null, evidenceGuidance?: string | null, scoringGuidance?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, childrenTotal?: number | null }>, issues: Array<{ __typename?: 'CriteriaIssue', code: string, nodeCode?: string | null, severity: string, message: string }> } };

export type CopyCriteriaSetMutationVariables = Exact<{
  fromYearId: Scalars['ID']['input'];
  fromGroupId: Scalars['ID']['input'];
  toYearId: Scalars['ID']['input'];
  toGroupId: Scalars['ID']['input'];
}>;


export type CopyCriteriaSetMutation = { __typename?: 'Mutation', copyCriteriaSet: { __typename?: 'CriteriaSet', yearId: string, total: number, configuredTotal: number, locked: boolean, lockReason?: string | null, valid: boolean, group: { __typename?: 'UnitGroup', bonusPenaltyDefaultZero: boolean, id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }, nodes: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, maxPoints: number, section: CriteriaSection, sortOrder: number, depth: number, method?: ScoringMethod | null, params?: string | null, evidenceGuidance?: string | null, scoringGuidance?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, childrenTotal?: number | null }>, issues: Array<{ __typename?: 'CriteriaIssue', code: string, nodeCode?: string | null, severity: string, message: string }> } };

export type ImportCriteriaSetMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  base64: Scalars['String']['input'];
}>;


export type ImportCriteriaSetMutation = { __typename?: 'Mutation', importCriteriaSet: { __typename?: 'CriteriaSet', yearId: string, total: number, configuredTotal: number, locked: boolean, lockReason?: string | null, valid: boolean, group: { __typename?: 'UnitGroup', bonusPenaltyDefaultZero: boolean, id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }, nodes: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, maxPoints: number, section: CriteriaSection, sortOrder: number, depth: number, method?: ScoringMethod | null, params?: string | null, evidenceGuidance?: string | null, scoringGuidance?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, childrenTotal?: number | null }>, issues: Array<{ __typename?: 'CriteriaIssue', code: string, nodeCode?: string | null, severity: string, message: string }> } };

export type ExportCriteriaSetQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type ExportCriteriaSetQuery = { __typename?: 'Query', exportCriteriaSet: { __typename?: 'FileDownload', fileName: string, contentType: string, base64: string } };

export type ReopenCriteriaSetMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenCriteriaSetMutation = { __typename?: 'Mutation', reopenCriteriaSet: { __typename?: 'CriteriaSet', yearId: string, total: number, configuredTotal: number, locked: boolean, lockReason?: string | null, valid: boolean, group: { __typename?: 'UnitGroup', bonusPenaltyDefaultZero: boolean, id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }, nodes: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, maxPoints: number, section: CriteriaSection, sortOrder: number, depth: number, method?: ScoringMethod | null, params?: string | null, evidenceGuidance?: string | null, scoringGuidance?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, childrenTotal?: number | null }>, issues: Array<{ __typename?: 'CriteriaIssue', code: string, nodeCode?: string | null, severity: string, message: string }> } };

export type SetBonusPenaltyDefaultZeroMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetBonusPenaltyDefaultZeroMutation = { __typename?: 'Mutation', setBonusPenaltyDefaultZero: { __typename?: 'CriteriaSet', yearId: string, group: { __typename?: 'UnitGroup', id: string, bonusPenaltyDefaultZero: boolean } } };

export type LockCriteriaSetMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type LockCriteriaSetMutation = { __typename?: 'Mutation', lockCriteriaSet: { __typename?: 'CriteriaSet', yearId: string, total: number, configuredTotal: number, locked: boolean, lockReason?: string | null, valid: boolean, group: { __typename?: 'UnitGroup', bonusPenaltyDefaultZero: boolean, id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }, nodes: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, maxPoints: number, section: CriteriaSection, sortOrder: number, depth: number, method?: ScoringMethod | null, params?: string | null, evidenceGuidance?: string | null, scoringGuidance?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, childrenTotal?: number | null }>, issues: Array<{ __typename?: 'CriteriaIssue', code: string, nodeCode?: string | null, severity: string, message: string }> } };

export type FileDownloadFieldsFragment = { __typename?: 'FileDownload', fileName: string, contentType: string, base64: string };

export type OrgAuditTrailQueryVariables = Exact<{
  entityType?: InputMaybe<OrgAuditEntityType>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrgAuditTrailQuery = { __typename?: 'Query', orgAuditTrail: { __typename?: 'OrgAuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrgAuditEventEdge', node: { __typename?: 'OrgAuditEvent', id: string, entityType: OrgAuditEntityType, entityId: string, entityLabel: string, action: string, actorName: string, at: string, before?: string | null, after?: string | null } }> } };

export type OrgUnitRowFragment = { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, subtype: string, code: string, name: string, level: number, isOpen: boolean, childCount: number, validFrom?: string | null, validTo?: string | null };

export type OrgUnitLinkFieldsFragment = { __typename?: 'OrgUnitLink', kind: OrgUnitLinkKind, partial: boolean, effectiveDate?: string | null, note?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, isOpen: boolean } };

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

export type ComponentIndexFieldsFragment = { __typename?: 'ComponentIndex', criterionId: string, code: string, title: string, maxPoints: number, maxApplicable: number, selfPoints: number, finalPoints?: number | null, index?: number | null, selfIndex?: number | null };

export type ResultTotalsFragment = { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, surveyPoints: number, bonusPoints?: number | null, penaltyPoints?: number | null, index?: number | null, selfIndex?: number | null, gapPoints?: number | null, gapIndex?: number | null };

export type ClassificationFieldsFragment = { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string };

export type HeadRatingFieldsFragment = { __typename?: 'HeadRating', code: string, label: string, labelEn: string };

export type RankingQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  assessorUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RankingQuery = { __typename?: 'Query', ranking: { __typename?: 'Ranking', yearId: string, year: number, groupId: string, groupName: string, assessorUnitId?: string | null, provisional: boolean, areas: Array<{ __typename?: 'RankingArea', code: string, title: string }>, classifications: Array<{ __typename?: 'RankingBand', code: string, label: string, labelEn: string, color: string, headRating?: { __typename?: 'HeadRating', code: string, label: string, labelEn: string } | null }>, assessors: Array<{ __typename?: 'RankingAssessor', id: string, name: string }>, rows: Array<{ __typename?: 'RankingRow', rank?: number | null, tied: boolean, provisional: boolean, unitId: string, unitName: string, assessorIndex: number, index?: number | null, classificationCode?: string | null, areaIndices: Array<number | null>, totals: { __typename?: 'SheetTotals', selfTotal: number, appraisedTotal?: number | null, gapPoints?: number | null } }>, warnings: Array<{ __typename?: 'RankingWarning', code: string, level: RankingWarningLevel, share: number, limit: number, count: number, baseCount: number, message: string, messageEn: string }> } };

export type ExportRankingQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  assessorUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExportRankingQuery = { __typename?: 'Query', exportRanking: { __typename?: 'FileDownload', fileName: string, contentType: string, base64: string } };

export type UnitAssessmentQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  yearId: Scalars['ID']['input'];
}>;


export type UnitAssessmentQuery = { __typename?: 'Query', orgUnit?: { __typename?: 'OrgUnit', id: string, name: string, assessment?: { __typename?: 'UnitAssessment', yearId: string, year: number, yearName: string, groupId: string, groupName: string, sheetId: string, status: SheetStatus, provisional: boolean, rankInGroup?: number | null, rankInAssessor?: number | null, groupSize: number, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, surveyPoints: number, bonusPoints?: number | null, penaltyPoints?: number | null, index?: number | null, selfIndex?: number | null, gapPoints?: number | null, gapIndex?: number | null }, classification?: { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string } | null, headRating?: { __typename?: 'HeadRating', code: string, label: string, labelEn: string } | null, areas: Array<{ __typename?: 'ComponentIndex', criterionId: string, code: string, title: string, maxPoints: number, maxApplicable: number, selfPoints: number, finalPoints?: number | null, index?: number | null, selfIndex?: number | null }> } | null, indexHistory: Array<{ __typename?: 'IndexHistoryPoint', year: number, yearId: string, unitId: string, unitName: string, index?: number | null, rankInGroup?: number | null, viaPredecessor: boolean, provisional: boolean, classification?: { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string } | null }> } | null };

export type UserRowFragment = { __typename?: 'User', id: string, username: string, fullName: string, email?: string | null, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } };

export type UserListQueryVariables = Exact<{
  unitId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UserListQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UserEdge', cursor: string, node: { __typename?: 'User', id: string, username: string, fullName: string, email?: string | null, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, username: string, fullName: string, email?: string | null, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, username: string, fullName: string, email?: string | null, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'User', id: string } };

export type UnlockUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnlockUserMutation = { __typename?: 'Mutation', unlockUser: { __typename?: 'User', id: string, username: string, fullName: string, email?: string | null, roles: Array<Role>, active: boolean, lockedUntil?: string | null, lastLoginAt?: string | null, unit: { __typename?: 'OrgUnit', id: string, name: string, kind: OrgUnitKind } } };

export type YearRowFragment = { __typename?: 'AssessmentYear', id: string, provinceUnitId: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, publicationDeadline?: string | null, copiedFromYearId?: string | null, rosterFrozenAt?: string | null, updatedAt: string };

export type UnitGroupRowFragment = { __typename?: 'UnitGroup', id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number };

export type YearDetailFragment = { __typename?: 'AssessmentYear', bonusCap?: number | null, penaltyCap?: number | null, id: string, provinceUnitId: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, publicationDeadline?: string | null, copiedFromYearId?: string | null, rosterFrozenAt?: string | null, updatedAt: string, classificationBands: Array<{ __typename?: 'ClassificationBand', code: string, labelVi: string, labelEn: string, minIndex: number, color: string }>, headRatings: Array<{ __typename?: 'HeadRatingRule', bandCode: string, code: string, labelVi: string, labelEn: string }>, groups: Array<{ __typename?: 'UnitGroup', id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }>, nextStatuses: Array<{ __typename?: 'YearTransitionOption', to: YearStatus, allowed: boolean, requiresReason: boolean, reason?: string | null, code?: string | null, warnings: Array<string> }> };

export type ProvinceOfUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProvinceOfUnitQuery = { __typename?: 'Query', orgUnit?: { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, ancestors: Array<{ __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, name: string }> } | null };

export type YearListQueryVariables = Exact<{
  provinceId: Scalars['ID']['input'];
}>;


export type YearListQuery = { __typename?: 'Query', assessmentYears: Array<{ __typename?: 'AssessmentYear', id: string, provinceUnitId: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, publicationDeadline?: string | null, copiedFromYearId?: string | null, rosterFrozenAt?: string | null, updatedAt: string }> };

export type YearDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type YearDetailQuery = { __typename?: 'Query', assessmentYear: { __typename?: 'AssessmentYear', bonusCap?: number | null, penaltyCap?: number | null, id: string, provinceUnitId: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, publicationDeadline?: string | null, copiedFromYearId?: string | null, rosterFrozenAt?: string | null, updatedAt: string, classificationBands: Array<{ __typename?: 'ClassificationBand', code: string, labelVi: string, labelEn: string, minIndex: number, color: string }>, headRatings: Array<{ __typename?: 'HeadRatingRule', bandCode: string, code: string, labelVi: string, labelEn: string }>, groups: Array<{ __typename?: 'UnitGroup', id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }>, nextStatuses: Array<{ __typename?: 'YearTransitionOption', to: YearStatus, allowed: boolean, requiresReason: boolean, reason?: string | null, code?: string | null, warnings: Array<string> }> } };

export type CreateYearMutationVariables = Exact<{
  input: CreateAssessmentYearInput;
}>;


export type CreateYearMutation = { __typename?: 'Mutation', createAssessmentYear: { __typename?: 'AssessmentYear', bonusCap?: number | null, penaltyCap?: number | null, id: string, provinceUnitId: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, publicationDeadline?: string | null, copiedFromYearId?: string | null, rosterFrozenAt?: string | null, updatedAt: string, classificationBands: Array<{ __typename?: 'ClassificationBand', code: string, labelVi: string, labelEn: string, minIndex: number, color: string }>, headRatings: Array<{ __typename?: 'HeadRatingRule', bandCode: string, code: string, labelVi: string, labelEn: string }>, groups: Array<{ __typename?: 'UnitGroup', id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }>, nextStatuses: Array<{ __typename?: 'YearTransitionOption', to: YearStatus, allowed: boolean, requiresReason: boolean, reason?: string | null, code?: string | null, warnings: Array<string> }> } };

export type UpdateYearMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateAssessmentYearInput;
}>;


export type UpdateYearMutation = { __typename?: 'Mutation', updateAssessmentYear: { __typename?: 'AssessmentYear', bonusCap?: number | null, penaltyCap?: number | null, id: string, provinceUnitId: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, publicationDeadline?: string | null, copiedFromYearId?: string | null, rosterFrozenAt?: string | null, updatedAt: string, classificationBands: Array<{ __typename?: 'ClassificationBand', code: string, labelVi: string, labelEn: string, minIndex: number, color: string }>, headRatings: Array<{ __typename?: 'HeadRatingRule', bandCode: string, code: string, labelVi: string, labelEn: string }>, groups: Array<{ __typename?: 'UnitGroup', id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }>, nextStatuses: Array<{ __typename?: 'YearTransitionOption', to: YearStatus, allowed: boolean, requiresReason: boolean, reason?: string | null, code?: string | null, warnings: Array<string> }> } };

export type TransitionYearMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: YearStatus;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type TransitionYearMutation = { __typename?: 'Mutation', transitionAssessmentYear: { __typename?: 'YearTransitionResult', from: YearStatus, to: YearStatus, warnings: Array<string>, year: { __typename?: 'AssessmentYear', bonusCap?: number | null, penaltyCap?: number | null, id: string, provinceUnitId: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, publicationDeadline?: string | null, copiedFromYearId?: string | null, rosterFrozenAt?: string | null, updatedAt: string, classificationBands: Array<{ __typename?: 'ClassificationBand', code: string, labelVi: string, labelEn: string, minIndex: number, color: string }>, headRatings: Array<{ __typename?: 'HeadRatingRule', bandCode: string, code: string, labelVi: string, labelEn: string }>, groups: Array<{ __typename?: 'UnitGroup', id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }>, nextStatuses: Array<{ __typename?: 'YearTransitionOption', to: YearStatus, allowed: boolean, requiresReason: boolean, reason?: string | null, code?: string | null, warnings: Array<string> }> } } };

export type UpsertUnitGroupMutationVariables = Exact<{
  input: UnitGroupInput;
}>;


export type UpsertUnitGroupMutation = { __typename?: 'Mutation', upsertUnitGroup: { __typename?: 'UnitGroup', id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number } };

export type DeleteUnitGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUnitGroupMutation = { __typename?: 'Mutation', deleteUnitGroup: boolean };

export type RosterQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RosterQuery = { __typename?: 'Query', roster: { __typename?: 'RosterEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RosterEntryEdge', node: { __typename?: 'RosterEntry', id: string, unitId: string, unitName: string, unitCode: string, unitKind: OrgUnitKind, unitSubtype: string, groupId: string, assessorUnitId: string, assessorUnitName: string, parentDistrictId?: string | null, addedManually: boolean } }> } };

export type BuildRosterMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type BuildRosterMutation = { __typename?: 'Mutation', buildRoster: { __typename?: 'RosterBuildResult', added: number, removed: number, skipped: Array<{ __typename?: 'RosterSkippedUnit', unitId: string, unitName: string, reason: string }>, year: { __typename?: 'AssessmentYear', id: string, groups: Array<{ __typename?: 'UnitGroup', id: string, yearId: string, code: string, name: string, assessorRule: AssessorRule, criteriaTotal: number, sortOrder: number, memberKinds: Array<OrgUnitKind>, memberSubtypes: Array<string>, criteriaReopened: boolean, rosterSize: number }> } } };

export type AddRosterUnitMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AddRosterUnitMutation = { __typename?: 'Mutation', addRosterUnit: { __typename?: 'RosterEntry', id: string } };

export type RemoveRosterUnitMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RemoveRosterUnitMutation = { __typename?: 'Mutation', removeRosterUnit: boolean };

export type AppraiserAssignmentRowFragment = { __typename?: 'AppraiserAssignment', id: string, yearId: string, userId: string, assessorUnitId: string, unitIds: Array<string>, areaCodes: Array<string>, createdAt: string, updatedAt: string };

export type AppraiserAssignmentsQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type AppraiserAssignmentsQuery = { __typename?: 'Query', appraiserAssignments: Array<{ __typename?: 'AppraiserAssignment', id: string, yearId: string, userId: string, assessorUnitId: string, unitIds: Array<string>, areaCodes: Array<string>, createdAt: string, updatedAt: string }> };

export type AssignAppraiserMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  unitIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  areaCodes: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type AssignAppraiserMutation = { __typename?: 'Mutation', assignAppraiser: { __typename?: 'AppraiserAssignment', id: string, yearId: string, userId: string, assessorUnitId: string, unitIds: Array<string>, areaCodes: Array<string>, createdAt: string, updatedAt: string } };

export type RemoveAppraiserAssignmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveAppraiserAssignmentMutation = { __typename?: 'Mutation', removeAppraiserAssignment: boolean };

export type AppraiserCandidatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AppraiserCandidatesQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, username: string, fullName: string, roles: Array<Role>, active: boolean, unit: { __typename?: 'OrgUnit', id: string, name: string } } }> } };

export type AssignmentAreasQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type AssignmentAreasQuery = { __typename?: 'Query', criteriaSet: { __typename?: 'CriteriaSet', yearId: string, group: { __typename?: 'UnitGroup', id: string }, nodes: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, sortOrder: number }> } };

export type YearRecomputeReportFragment = { __typename?: 'YearRecompute', yearId: string, dryRun: boolean, phase: RecomputePhase, done: number, total: number, error?: string | null, sheets: number, written: number, entriesRescored: number, entriesFlagged: number, changes: Array<{ __typename?: 'ResultChange', unitId: string, unitName: string, groupId: string, groupName: string, indexBefore?: number | null, indexAfter?: number | null, rankBefore?: number | null, rankAfter?: number | null, classificationBefore?: string | null, classificationAfter?: string | null, classificationBeforeLabel?: string | null, classificationAfterLabel?: string | null, headRatingBefore?: string | null, headRatingAfter?: string | null, headRatingBeforeLabel?: string | null, headRatingAfterLabel?: string | null }> };

export type RecomputeYearResultsMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type RecomputeYearResultsMutation = { __typename?: 'Mutation', recomputeYearResults: { __typename?: 'YearRecompute', yearId: string, dryRun: boolean, phase: RecomputePhase, done: number, total: number, error?: string | null, sheets: number, written: number, entriesRescored: number, entriesFlagged: number, changes: Array<{ __typename?: 'ResultChange', unitId: string, unitName: string, groupId: string, groupName: string, indexBefore?: number | null, indexAfter?: number | null, rankBefore?: number | null, rankAfter?: number | null, classificationBefore?: string | null, classificationAfter?: string | null, classificationBeforeLabel?: string | null, classificationAfterLabel?: string | null, headRatingBefore?: string | null, headRatingAfter?: string | null, headRatingBeforeLabel?: string | null, headRatingAfterLabel?: string | null }> } };

export type YearRecomputeProgressQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type YearRecomputeProgressQuery = { __typename?: 'Query', yearRecompute?: { __typename?: 'YearRecompute', yearId: string, dryRun: boolean, phase: RecomputePhase, done: number, total: number } | null };

export type ArchivedSheetsQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type ArchivedSheetsQuery = { __typename?: 'Query', archivedSheets: Array<{ __typename?: 'ArchivedSheet', id: string, unitId: string, unitName: string, groupId: string, reason?: string | null, archivedByName: string, archivedAt: string, filledLeaves: number, restoredAt?: string | null }> };

export type SheetAttestationFieldsFragment = { __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null };

export type AttestScoreSheetMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  purpose: AttestationPurpose;
  confirmed: Scalars['Boolean']['input'];
}>;


export type AttestScoreSheetMutation = { __typename?: 'Mutation', attestScoreSheet: { __typename?: 'ScoreSheet', id: string, version: number, availableActions: Array<SheetAction>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }> } };

export type RequestAttestationMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  purpose: AttestationPurpose;
}>;


export type RequestAttestationMutation = { __typename?: 'Mutation', requestAttestation: { __typename?: 'ScoreSheet', id: string, version: number, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }> } };

export type HeadTermFieldsFragment = { __typename?: 'HeadTerm', id: string, unitId: string, role: HeadRole, fullName: string, title: string, fromDate: string, toDate?: string | null, updatedBy: string, updatedAt: string };

export type UnitHeadsFieldsFragment = { __typename?: 'UnitHeads', yearId: string, unitId: string, unitName: string, canManage: boolean, terms: Array<{ __typename?: 'HeadTerm', id: string, unitId: string, role: HeadRole, fullName: string, title: string, fromDate: string, toDate?: string | null, updatedBy: string, updatedAt: string }> };

export type HeadsListQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type HeadsListQuery = { __typename?: 'Query', headsList: { __typename?: 'HeadsList', yearId: string, year: number, groupId: string, groupName: string, label: string, provisional: boolean, rows: Array<{ __typename?: 'HeadsListRow', unitId: string, unitName: string, unitCode: string, index?: number | null, rank?: number | null, provisional: boolean, overdueRemediation: number, head?: { __typename?: 'HeadTerm', id: string, unitId: string, role: HeadRole, fullName: string, title: string, fromDate: string, toDate?: string | null, updatedBy: string, updatedAt: string } | null, otherHeads: Array<{ __typename?: 'HeadTerm', id: string, unitId: string, role: HeadRole, fullName: string, title: string, fromDate: string, toDate?: string | null, updatedBy: string, updatedAt: string }>, deputy?: { __typename?: 'HeadTerm', id: string, unitId: string, role: HeadRole, fullName: string, title: string, fromDate: string, toDate?: string | null, updatedBy: string, updatedAt: string } | null, classification?: { __typename?: 'Classification', code: string, label: string, color: string } | null, headRating?: { __typename?: 'HeadRating', code: string, label: string } | null }> } };

export type ExportHeadsListQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type ExportHeadsListQuery = { __typename?: 'Query', exportHeadsList: { __typename?: 'FileDownload', fileName: string, contentType: string, base64: string } };

export type UnitHeadsQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
}>;


export type UnitHeadsQuery = { __typename?: 'Query', unitHeads: { __typename?: 'UnitHeads', yearId: string, unitId: string, unitName: string, canManage: boolean, terms: Array<{ __typename?: 'HeadTerm', id: string, unitId: string, role: HeadRole, fullName: string, title: string, fromDate: string, toDate?: string | null, updatedBy: string, updatedAt: string }> } };

export type SaveHeadTermMutationVariables = Exact<{
  input: HeadTermInput;
}>;


export type SaveHeadTermMutation = { __typename?: 'Mutation', saveHeadTerm: { __typename?: 'UnitHeads', yearId: string, unitId: string, unitName: string, canManage: boolean, terms: Array<{ __typename?: 'HeadTerm', id: string, unitId: string, role: HeadRole, fullName: string, title: string, fromDate: string, toDate?: string | null, updatedBy: string, updatedAt: string }> } };

export type DeleteHeadTermMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeleteHeadTermMutation = { __typename?: 'Mutation', deleteHeadTerm: { __typename?: 'UnitHeads', yearId: string, unitId: string, unitName: string, canManage: boolean, terms: Array<{ __typename?: 'HeadTerm', id: string, unitId: string, role: HeadRole, fullName: string, title: string, fromDate: string, toDate?: string | null, updatedBy: string, updatedAt: string }> } };

export type RecordAssessorEntryMutationVariables = Exact<{
  input: AssessorEntryInput;
}>;


export type RecordAssessorEntryMutation = { __typename?: 'Mutation', recordAssessorEntry: { __typename?: 'ScoreSheet', id: string, version: number } };

export type InspectionFieldsFragment = { __typename?: 'Inspection', id: string, yearId: string, year: number, unitId: string, unitName: string, kind: InspectionKind, date: string, team: string, decisionNumber: string, conclusion?: string | null, penaltyCount: number, canManage: boolean, viaPredecessor: boolean, updatedBy: string, updatedAt: string, findings: Array<{ __typename?: 'InspectionFinding', id: string, position: number, text: string, criterionId?: string | null, criterionCode?: string | null, criterionTitle?: string | null, quantity?: number | null, remediationId?: string | null, remediationStatus?: RemediationStatus | null, remediationDeadline?: string | null, remediationOverdue?: boolean | null }> };

export type UnitInspectionsQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
}>;


export type UnitInspectionsQuery = { __typename?: 'Query', unitInspections: Array<{ __typename?: 'Inspection', id: string, yearId: string, year: number, unitId: string, unitName: string, kind: InspectionKind, date: string, team: string, decisionNumber: string, conclusion?: string | null, penaltyCount: number, canManage: boolean, viaPredecessor: boolean, updatedBy: string, updatedAt: string, findings: Array<{ __typename?: 'InspectionFinding', id: string, position: number, text: string, criterionId?: string | null, criterionCode?: string | null, criterionTitle?: string | null, quantity?: number | null, remediationId?: string | null, remediationStatus?: RemediationStatus | null, remediationDeadline?: string | null, remediationOverdue?: boolean | null }> }> };

export type InspectionsQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InspectionsQuery = { __typename?: 'Query', inspections: Array<{ __typename?: 'Inspection', id: string, yearId: string, year: number, unitId: string, unitName: string, kind: InspectionKind, date: string, team: string, decisionNumber: string, conclusion?: string | null, penaltyCount: number, canManage: boolean, viaPredecessor: boolean, updatedBy: string, updatedAt: string, findings: Array<{ __typename?: 'InspectionFinding', id: string, position: number, text: string, criterionId?: string | null, criterionCode?: string | null, criterionTitle?: string | null, quantity?: number | null, remediationId?: string | null, remediationStatus?: RemediationStatus | null, remediationDeadline?: string | null, remediationOverdue?: boolean | null }> }> };

export type SaveInspectionMutationVariables = Exact<{
  input: InspectionInput;
}>;


export type SaveInspectionMutation = { __typename?: 'Mutation', saveInspection: { __typename?: 'Inspection', id: string, yearId: string, year: number, unitId: string, unitName: string, kind: InspectionKind, date: string, team: string, decisionNumber: string, conclusion?: string | null, penaltyCount: number, canManage: boolean, viaPredecessor: boolean, updatedBy: string, updatedAt: string, findings: Array<{ __typename?: 'InspectionFinding', id: string, position: number, text: string, criterionId?: string | null, criterionCode?: string | null, criterionTitle?: string | null, quantity?: number | null, remediationId?: string | null, remediationStatus?: RemediationStatus | null, remediationDeadline?: string | null, remediationOverdue?: boolean | null }> } };

export type DeleteInspectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeleteInspectionMutation = { __typename?: 'Mutation', deleteInspection: boolean };

export type InspectionRosterQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type InspectionRosterQuery = { __typename?: 'Query', roster: { __typename?: 'RosterEntryConnection', edges: Array<{ __typename?: 'RosterEntryEdge', node: { __typename?: 'RosterEntry', id: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string } }> } };

export type PenaltyLeavesQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type PenaltyLeavesQuery = { __typename?: 'Query', criteriaSet: { __typename?: 'CriteriaSet', yearId: string, nodes: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, method?: ScoringMethod | null, maxPoints: number, enteredByAssessor: boolean }> } };

export type RemediationFieldsFragment = { __typename?: 'RemediationItem', id: string, yearId: string, year: number, unitId: string, unitName: string, sourceType: RemediationSource, sourceLabel?: string | null, criterionId?: string | null, criterionCode?: string | null, title: string, deadline: string, daysLeft: number, overdue: boolean, status: RemediationStatus, availableActions: Array<RemediationAction>, canEdit: boolean, createdBy: string, createdAt: string, closedAt?: string | null, events: Array<{ __typename?: 'RemediationEvent', id: string, action: string, fromStatus?: RemediationStatus | null, toStatus: RemediationStatus, note?: string | null, titleBefore?: string | null, titleAfter?: string | null, deadlineBefore?: string | null, deadlineAfter?: string | null, actorName: string, at: string, evidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number } | null }> }> };

export type RemediationItemsQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RemediationStatus>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RemediationItemsQuery = { __typename?: 'Query', remediationItems: Array<{ __typename?: 'RemediationItem', id: string, yearId: string, year: number, unitId: string, unitName: string, sourceType: RemediationSource, sourceLabel?: string | null, criterionId?: string | null, criterionCode?: string | null, title: string, deadline: string, daysLeft: number, overdue: boolean, status: RemediationStatus, availableActions: Array<RemediationAction>, canEdit: boolean, createdBy: string, createdAt: string, closedAt?: string | null, events: Array<{ __typename?: 'RemediationEvent', id: string, action: string, fromStatus?: RemediationStatus | null, toStatus: RemediationStatus, note?: string | null, titleBefore?: string | null, titleAfter?: string | null, deadlineBefore?: string | null, deadlineAfter?: string | null, actorName: string, at: string, evidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number } | null }> }> }> };

export type RemediationSummaryQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type RemediationSummaryQuery = { __typename?: 'Query', remediationSummary: Array<{ __typename?: 'RemediationUnitSummary', unitId: string, unitName: string, pending: number, overdue: number, reported: number, closed: number }> };

export type CreateRemediationItemMutationVariables = Exact<{
  input: RemediationItemInput;
}>;


export type CreateRemediationItemMutation = { __typename?: 'Mutation', createRemediationItem: { __typename?: 'RemediationItem', id: string, yearId: string, year: number, unitId: string, unitName: string, sourceType: RemediationSource, sourceLabel?: string | null, criterionId?: string | null, criterionCode?: string | null, title: string, deadline: string, daysLeft: number, overdue: boolean, status: RemediationStatus, availableActions: Array<RemediationAction>, canEdit: boolean, createdBy: string, createdAt: string, closedAt?: string | null, events: Array<{ __typename?: 'RemediationEvent', id: string, action: string, fromStatus?: RemediationStatus | null, toStatus: RemediationStatus, note?: string | null, titleBefore?: string | null, titleAfter?: string | null, deadlineBefore?: string | null, deadlineAfter?: string | null, actorName: string, at: string, evidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number } | null }> }> } };

export type UpdateRemediationItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  deadline?: InputMaybe<Scalars['Date']['input']>;
}>;


export type UpdateRemediationItemMutation = { __typename?: 'Mutation', updateRemediationItem: { __typename?: 'RemediationItem', id: string, yearId: string, year: number, unitId: string, unitName: string, sourceType: RemediationSource, sourceLabel?: string | null, criterionId?: string | null, criterionCode?: string | null, title: string, deadline: string, daysLeft: number, overdue: boolean, status: RemediationStatus, availableActions: Array<RemediationAction>, canEdit: boolean, createdBy: string, createdAt: string, closedAt?: string | null, events: Array<{ __typename?: 'RemediationEvent', id: string, action: string, fromStatus?: RemediationStatus | null, toStatus: RemediationStatus, note?: string | null, titleBefore?: string | null, titleAfter?: string | null, deadlineBefore?: string | null, deadlineAfter?: string | null, actorName: string, at: string, evidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number } | null }> }> } };

export type ActOnRemediationMutationVariables = Exact<{
  input: RemediationActionInput;
}>;


export type ActOnRemediationMutation = { __typename?: 'Mutation', actOnRemediation: { __typename?: 'RemediationItem', id: string, yearId: string, year: number, unitId: string, unitName: string, sourceType: RemediationSource, sourceLabel?: string | null, criterionId?: string | null, criterionCode?: string | null, title: string, deadline: string, daysLeft: number, overdue: boolean, status: RemediationStatus, availableActions: Array<RemediationAction>, canEdit: boolean, createdBy: string, createdAt: string, closedAt?: string | null, events: Array<{ __typename?: 'RemediationEvent', id: string, action: string, fromStatus?: RemediationStatus | null, toStatus: RemediationStatus, note?: string | null, titleBefore?: string | null, titleAfter?: string | null, deadlineBefore?: string | null, deadlineAfter?: string | null, actorName: string, at: string, evidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number } | null }> }> } };

export type SheetPriorRemediationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SheetPriorRemediationQuery = { __typename?: 'Query', scoreSheet: { __typename?: 'ScoreSheet', id: string, priorRemediation: Array<{ __typename?: 'RemediationItem', id: string, yearId: string, year: number, criterionCode?: string | null, title: string, deadline: string, daysLeft: number, overdue: boolean, status: RemediationStatus }> } };

export type SheetLeafRemediationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SheetLeafRemediationQuery = { __typename?: 'Query', scoreSheet: { __typename?: 'ScoreSheet', id: string, leafRemediation: Array<{ __typename?: 'SheetLeafRemediation', criterionId: string, criterionCode: string, lostPoints?: number | null, canAssign: boolean, suggestedTitle?: string | null, item?: { __typename?: 'LeafRemediationItem', id: string, sourceType: RemediationSource, title: string, status: RemediationStatus, deadline: string, daysLeft: number, overdue: boolean } | null }> } };

export type ComponentAnalysisFieldsFragment = { __typename?: 'ComponentAnalysis', code: string, title: string, areaCode: string, maxPoints: number, unitCount: number, averagePoints?: number | null, averageSelfPoints?: number | null, averageLoss?: number | null, unitsLosing: number, lossShare?: number | null, averageGap?: number | null, index?: number | null, selfIndex?: number | null };

export type CriteriaAnalysisQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CriteriaAnalysisQuery = { __typename?: 'Query', criteriaAnalysis: { __typename?: 'CriteriaAnalysis', yearId: string, year: number, yearName: string, groupId: string, groupName: string, unitCount: number, pendingCount: number, scope: { __typename?: 'AnalysisScope', kind: AnalysisScopeKind, districtUnitId?: string | null, districtName?: string | null }, areas: Array<{ __typename?: 'ComponentAnalysis', code: string, title: string, areaCode: string, maxPoints: number, unitCount: number, averagePoints?: number | null, averageSelfPoints?: number | null, averageLoss?: number | null, unitsLosing: number, lossShare?: number | null, averageGap?: number | null, index?: number | null, selfIndex?: number | null, note?: { __typename?: 'AnalysisNote', id: string, cause: string, solution: string, updatedBy: string, updatedAt: string } | null }>, criteria: Array<{ __typename?: 'ComponentAnalysis', code: string, title: string, areaCode: string, maxPoints: number, unitCount: number, averagePoints?: number | null, averageSelfPoints?: number | null, averageLoss?: number | null, unitsLosing: number, lossShare?: number | null, averageGap?: number | null, index?: number | null, selfIndex?: number | null, note?: { __typename?: 'AnalysisNote', id: string, cause: string, solution: string, updatedBy: string, updatedAt: string } | null }>, units: Array<{ __typename?: 'AnalysisUnitRow', unitId: string, unitName: string, rank?: number | null, index?: number | null, selfIndex?: number | null, areaIndices: Array<number | null>, criterionIndices: Array<number | null>, classification?: { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string } | null }>, districts: Array<{ __typename?: 'AnalysisDistrict', unitId: string, name: string }> } };

export type UnitCriteriaGapsQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UnitCriteriaGapsQuery = { __typename?: 'Query', unitCriteriaGaps: Array<{ __typename?: 'UnitCriterionGap', code: string, title: string, areaCode: string, maxApplicable: number, points: number, loss: number, index?: number | null, groupIndex?: number | null, groupAverageLoss?: number | null, difference?: number | null }> };

export type ComparedYearFiguresFragment = { __typename?: 'ComponentAnalysis', index?: number | null, averageLoss?: number | null, lossShare?: number | null, unitCount: number };

export type ComponentYearComparisonFieldsFragment = { __typename?: 'ComponentYearComparison', code: string, title: string, delta?: number | null, current?: { __typename?: 'ComponentAnalysis', index?: number | null, averageLoss?: number | null, lossShare?: number | null, unitCount: number } | null, base?: { __typename?: 'ComponentAnalysis', index?: number | null, averageLoss?: number | null, lossShare?: number | null, unitCount: number } | null };

export type CompareAnalysisYearsQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  baseYearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CompareAnalysisYearsQuery = { __typename?: 'Query', compareAnalysisYears: { __typename?: 'AnalysisYearComparison', year: number, baseYear: number, groupName: string, units: Array<{ __typename?: 'UnitYearComparison', unitId: string, unitName: string, index?: number | null, baseIndex?: number | null, delta?: number | null, basis: ComparisonBasis, baseUnits: Array<{ __typename?: 'ComparedUnitRef', unitId: string, unitName: string, index?: number | null }> }>, areas: Array<{ __typename?: 'ComponentYearComparison', code: string, title: string, delta?: number | null, current?: { __typename?: 'ComponentAnalysis', index?: number | null, averageLoss?: number | null, lossShare?: number | null, unitCount: number } | null, base?: { __typename?: 'ComponentAnalysis', index?: number | null, averageLoss?: number | null, lossShare?: number | null, unitCount: number } | null }>, criteria: Array<{ __typename?: 'ComponentYearComparison', code: string, title: string, delta?: number | null, current?: { __typename?: 'ComponentAnalysis', index?: number | null, averageLoss?: number | null, lossShare?: number | null, unitCount: number } | null, base?: { __typename?: 'ComponentAnalysis', index?: number | null, averageLoss?: number | null, lossShare?: number | null, unitCount: number } | null }> } };

export type SaveAnalysisNoteMutationVariables = Exact<{
  input: AnalysisNoteInput;
}>;


export type SaveAnalysisNoteMutation = { __typename?: 'Mutation', saveAnalysisNote: { __typename?: 'AnalysisNote', id: string, code: string, cause: string, solution: string, updatedBy: string, updatedAt: string } };

export type ReportRowFieldsFragment = { __typename?: 'ReportRow', rank?: number | null, unitId: string, unitName: string, index?: number | null, provisional: boolean, baseIndex?: number | null, delta?: number | null, classification?: { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string } | null, headRating?: { __typename?: 'HeadRating', code: string, label: string, labelEn: string } | null };

export type ReportSummaryFieldsFragment = { __typename?: 'ReportSummaryFigures', unitCount: number, rankedCount: number, averageIndex?: number | null, comparableCount: number, averageDelta?: number | null, distribution: Array<{ __typename?: 'ReportBucket', code: string, label: string, labelEn: string, color: string, count: number, share?: number | null }> };

export type AnnualReportQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AnnualReportQuery = { __typename?: 'Query', annualReport: { __typename?: 'AnnualReport', yearId: string, year: number, yearName: string, provinceName: string, generatedAt: string, baseYear?: number | null, missingSections: Array<string>, scope: { __typename?: 'AnalysisScope', kind: AnalysisScopeKind, districtUnitId?: string | null, districtName?: string | null }, summary: { __typename?: 'ReportSummaryFigures', unitCount: number, rankedCount: number, averageIndex?: number | null, comparableCount: number, averageDelta?: number | null, distribution: Array<{ __typename?: 'ReportBucket', code: string, label: string, labelEn: string, color: string, count: number, share?: number | null }> }, groups: Array<{ __typename?: 'ReportGroup', groupId: string, code: string, name: string, summary: { __typename?: 'ReportSummaryFigures', unitCount: number, rankedCount: number, averageIndex?: number | null, comparableCount: number, averageDelta?: number | null, distribution: Array<{ __typename?: 'ReportBucket', code: string, label: string, labelEn: string, color: string, count: number, share?: number | null }> }, areas: Array<{ __typename?: 'ReportArea', code: string, title: string, averageIndex?: number | null }>, top: Array<{ __typename?: 'ReportRow', rank?: number | null, unitId: string, unitName: string, index?: number | null, provisional: boolean, baseIndex?: number | null, delta?: number | null, classification?: { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string } | null, headRating?: { __typename?: 'HeadRating', code: string, label: string, labelEn: string } | null }>, bottom: Array<{ __typename?: 'ReportRow', rank?: number | null, unitId: string, unitName: string, index?: number | null, provisional: boolean, baseIndex?: number | null, delta?: number | null, classification?: { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string } | null, headRating?: { __typename?: 'HeadRating', code: string, label: string, labelEn: string } | null }>, rows: Array<{ __typename?: 'ReportRow', rank?: number | null, unitId: string, unitName: string, index?: number | null, provisional: boolean, baseIndex?: number | null, delta?: number | null, classification?: { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string } | null, headRating?: { __typename?: 'HeadRating', code: string, label: string, labelEn: string } | null }> }>, notes: Array<{ __typename?: 'ReportNote', groupName: string, code: string, title: string, cause: string, solution: string }> } };

export type ExportAnnualReportQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExportAnnualReportQuery = { __typename?: 'Query', exportAnnualReport: { __typename?: 'FileDownload', fileName: string, contentType: string, base64: string } };

export type WhatIfWeightsQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  draftGroupId: Scalars['ID']['input'];
}>;


export type WhatIfWeightsQuery = { __typename?: 'Query', whatIfWeights: { __typename?: 'WhatIfResult', year: number, draftYear: number, groupName: string, draftGroupName: string, removed: Array<{ __typename?: 'WhatIfLeaf', code: string, title: string }>, added: Array<{ __typename?: 'WhatIfLeaf', code: string, title: string }>, changed: Array<{ __typename?: 'WhatIfLeafChange', code: string, title: string, oldMax: number, newMax: number, oldMethod?: string | null, newMethod?: string | null }>, summary: { __typename?: 'WhatIfSummary', unitCount: number, averageIndex?: number | null, simulatedAverageIndex?: number | null, movedUp: number, movedDown: number, classificationChanged: number }, rows: Array<{ __typename?: 'WhatIfRow', unitId: string, unitName: string, index?: number | null, rank?: number | null, simulatedIndex?: number | null, simulatedRank?: number | null, indexDelta?: number | null, rankDelta?: number | null, classification?: { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string } | null, simulatedClassification?: { __typename?: 'Classification', code: string, label: string, labelEn: string, color: string } | null }> } };

export type NationalIndexFieldsFragment = { __typename?: 'NationalIndex', id: string, year: number, kind: NationalIndexKind, unitId?: string | null, unitCode?: string | null, unitName?: string | null, value: number, rank?: number | null, rankOf?: number | null, published: boolean, source?: string | null, updatedBy: string, updatedAt: string };

export type NationalIndicesQueryVariables = Exact<{
  provinceId: Scalars['ID']['input'];
}>;


export type NationalIndicesQuery = { __typename?: 'Query', nationalIndices: { __typename?: 'NationalIndexOverview', provinceId: string, canManage: boolean, entries: Array<{ __typename?: 'NationalIndex', id: string, year: number, kind: NationalIndexKind, unitId?: string | null, unitCode?: string | null, unitName?: string | null, value: number, rank?: number | null, rankOf?: number | null, published: boolean, source?: string | null, updatedBy: string, updatedAt: string }>, ownAverages: Array<{ __typename?: 'ProvinceAverageIndex', yearId: string, year: number, status: string, averageIndex?: number | null, unitCount: number }> } };

export type CreateNationalIndexMutationVariables = Exact<{
  input: NationalIndexInput;
}>;


export type CreateNationalIndexMutation = { __typename?: 'Mutation', createNationalIndex: { __typename?: 'NationalIndex', id: string, year: number, kind: NationalIndexKind, unitId?: string | null, unitCode?: string | null, unitName?: string | null, value: number, rank?: number | null, rankOf?: number | null, published: boolean, source?: string | null, updatedBy: string, updatedAt: string } };

export type UpdateNationalIndexMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: NationalIndexUpdateInput;
}>;


export type UpdateNationalIndexMutation = { __typename?: 'Mutation', updateNationalIndex: { __typename?: 'NationalIndex', id: string, year: number, kind: NationalIndexKind, unitId?: string | null, unitCode?: string | null, unitName?: string | null, value: number, rank?: number | null, rankOf?: number | null, published: boolean, source?: string | null, updatedBy: string, updatedAt: string } };

export type PublishNationalIndicesMutationVariables = Exact<{
  provinceId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  published: Scalars['Boolean']['input'];
}>;


export type PublishNationalIndicesMutation = { __typename?: 'Mutation', publishNationalIndices: number };

export type ImportNationalIndicesMutationVariables = Exact<{
  provinceId: Scalars['ID']['input'];
  base64: Scalars['String']['input'];
}>;


export type ImportNationalIndicesMutation = { __typename?: 'Mutation', importNationalIndices: { __typename?: 'NationalIndexImportResult', created: number, updated: number, unchanged: number } };

export type NationalIndicesTemplateQueryVariables = Exact<{
  provinceId: Scalars['ID']['input'];
}>;


export type NationalIndicesTemplateQuery = { __typename?: 'Query', nationalIndicesTemplate: { __typename?: 'FileDownload', fileName: string, contentType: string, base64: string } };

export type DdciSurveyPreviewQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  criterionCode: Scalars['String']['input'];
}>;


export type DdciSurveyPreviewQuery = { __typename?: 'Query', ddciSurveyPreview: { __typename?: 'SurveyImportPreview', rowCount: number, validCount: number, blankCount: number, changedCount: number, sheetsAffected: number, canApply: boolean, issues: Array<{ __typename?: 'SurveyImportIssue', row?: number | null, code: SurveyIssueCode, message: string }>, rows: Array<{ __typename?: 'SurveyImportPreviewRow', row: number, unitCode: string, unitName: string, criterionCode: string, criterionTitle: string, value: string, points: number, currentPoints?: number | null, changed: boolean }> } };

export type ApplyDdciToSurveyMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  criterionCode: Scalars['String']['input'];
}>;


export type ApplyDdciToSurveyMutation = { __typename?: 'Mutation', applyDdciToSurvey: { __typename?: 'SurveyImportResult', imported: number, changed: number, sheetsUpdated: number } };

export type ApiClientRowFragment = { __typename?: 'ApiClient', id: string, name: string, keyPrefix: string, scopes: Array<ApiScope>, active: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string, username: string } | null };

export type ApiClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiClientsQuery = { __typename?: 'Query', apiClients: Array<{ __typename?: 'ApiClient', id: string, name: string, keyPrefix: string, scopes: Array<ApiScope>, active: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string, username: string } | null }> };

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type CreateApiClientMutation = { __typename?: 'Mutation', createApiClient: { __typename?: 'CreatedApiClient', key: string, client: { __typename?: 'ApiClient', id: string, name: string, keyPrefix: string, scopes: Array<ApiScope>, active: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string, username: string } | null } } };

export type RevokeApiClientMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiClientMutation = { __typename?: 'Mutation', revokeApiClient: { __typename?: 'ApiClient', id: string, name: string, keyPrefix: string, scopes: Array<ApiScope>, active: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string, username: string } | null } };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { __typename?: 'Query', myTasks: Array<{ __typename?: 'Task', id: string, kind: TaskKind, title: string, detail?: string | null, yearId: string, year: number, yearName: string, sheetId?: string | null, targetId?: string | null, unitId?: string | null, unitName?: string | null, deadline?: string | null, deadlineFor?: string | null, daysLeft?: number | null, overdue: boolean }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyNotificationsQuery = { __typename?: 'Query', myNotifications: { __typename?: 'NotificationPage', hasNextPage: boolean, endCursor?: string | null, totalCount: number, unreadCount: number, items: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, yearId: string, sheetId?: string | null, unitId?: string | null, unitName?: string | null, deadline?: string | null, createdAt: string, read: boolean }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type ProgressSheetsQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId?: InputMaybe<Scalars['ID']['input']>;
  assessorUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SheetStatus>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProgressSheetsQuery = { __typename?: 'Query', scoreSheets: { __typename?: 'ScoreSheetConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ScoreSheetEdge', node: { __typename?: 'ScoreSheet', id: string, unitName: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, deadline?: string | null, overdue: boolean, ruleReviewCount: number, totals: { __typename?: 'SheetTotals', selfTotal: number, appraisedTotal?: number | null, index?: number | null }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number } } }> } };

export type ReportCellFieldsFragment = { __typename?: 'ReportCell', periodId: string, unitId: string, required: boolean, status?: ReportStatus | null, daysLate?: number | null, daysLeft?: number | null, penaltyApplied: boolean, canSubmit: boolean, canRecordPaper: boolean, canApplyPenalty: boolean, report?: { __typename?: 'UnitReport', id: string, channel: string, receivedOn: string, summary?: string | null, submittedBy: string, submittedAt: string, file?: { __typename?: 'ReportFile', id: string, fileName: string, size: number } | null } | null };

export type ReportMatrixQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type ReportMatrixQuery = { __typename?: 'Query', reportMatrix: { __typename?: 'ReportMatrix', yearId: string, year: number, canManagePeriods: boolean, periods: Array<{ __typename?: 'ReportPeriod', id: string, kind: ReportPeriodKind, title: string, dueDate: string, groupIds: Array<string>, groupNames: Array<string>, penaltyLeafCode?: string | null }>, rows: Array<{ __typename?: 'ReportMatrixRow', unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitName: string, onTime: number, late: number, missing: number, cells: Array<{ __typename?: 'ReportCell', periodId: string, unitId: string, required: boolean, status?: ReportStatus | null, daysLate?: number | null, daysLeft?: number | null, penaltyApplied: boolean, canSubmit: boolean, canRecordPaper: boolean, canApplyPenalty: boolean, report?: { __typename?: 'UnitReport', id: string, channel: string, receivedOn: string, summary?: string | null, submittedBy: string, submittedAt: string, file?: { __typename?: 'ReportFile', id: string, fileName: string, size: number } | null } | null }> }> } };

export type SaveReportPeriodMutationVariables = Exact<{
  input: ReportPeriodInput;
}>;


export type SaveReportPeriodMutation = { __typename?: 'Mutation', saveReportPeriod: { __typename?: 'ReportPeriod', id: string } };

export type DeleteReportPeriodMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeleteReportPeriodMutation = { __typename?: 'Mutation', deleteReportPeriod: boolean };

export type SubmitPeriodicReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitPeriodicReportMutation = { __typename?: 'Mutation', submitPeriodicReport: { __typename?: 'ReportCell', periodId: string, unitId: string, required: boolean, status?: ReportStatus | null, daysLate?: number | null, daysLeft?: number | null, penaltyApplied: boolean, canSubmit: boolean, canRecordPaper: boolean, canApplyPenalty: boolean, report?: { __typename?: 'UnitReport', id: string, channel: string, receivedOn: string, summary?: string | null, submittedBy: string, submittedAt: string, file?: { __typename?: 'ReportFile', id: string, fileName: string, size: number } | null } | null } };

export type RecordPaperReportMutationVariables = Exact<{
  input: PaperReportInput;
}>;


export type RecordPaperReportMutation = { __typename?: 'Mutation', recordPaperReport: { __typename?: 'ReportCell', periodId: string, unitId: string, required: boolean, status?: ReportStatus | null, daysLate?: number | null, daysLeft?: number | null, penaltyApplied: boolean, canSubmit: boolean, canRecordPaper: boolean, canApplyPenalty: boolean, report?: { __typename?: 'UnitReport', id: string, channel: string, receivedOn: string, summary?: string | null, submittedBy: string, submittedAt: string, file?: { __typename?: 'ReportFile', id: string, fileName: string, size: number } | null } | null } };

export type ApplyReportPenaltyMutationVariables = Exact<{
  periodId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Float']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApplyReportPenaltyMutation = { __typename?: 'Mutation', applyReportPenalty: { __typename?: 'ReportCell', periodId: string, unitId: string, required: boolean, status?: ReportStatus | null, daysLate?: number | null, daysLeft?: number | null, penaltyApplied: boolean, canSubmit: boolean, canRecordPaper: boolean, canApplyPenalty: boolean, report?: { __typename?: 'UnitReport', id: string, channel: string, receivedOn: string, summary?: string | null, submittedBy: string, submittedAt: string, file?: { __typename?: 'ReportFile', id: string, fileName: string, size: number } | null } | null } };

export type RemoveReportPenaltyMutationVariables = Exact<{
  periodId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RemoveReportPenaltyMutation = { __typename?: 'Mutation', removeReportPenalty: { __typename?: 'ReportCell', periodId: string, unitId: string, required: boolean, status?: ReportStatus | null, daysLate?: number | null, daysLeft?: number | null, penaltyApplied: boolean, canSubmit: boolean, canRecordPaper: boolean, canApplyPenalty: boolean, report?: { __typename?: 'UnitReport', id: string, channel: string, receivedOn: string, summary?: string | null, submittedBy: string, submittedAt: string, file?: { __typename?: 'ReportFile', id: string, fileName: string, size: number } | null } | null } };

export type EmulationListQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type EmulationListQuery = { __typename?: 'Query', emulationList: { __typename?: 'EmulationList', yearId: string, year: number, groupId: string, groupName: string, provisional: boolean, canEditRule: boolean, rule: { __typename?: 'EmulationRule', minClassification: string, excludeOverdueRemediation: boolean, excludeMissingReports: boolean, excludeLateReports: boolean, isDefault: boolean }, rows: Array<{ __typename?: 'EmulationRow', unitId: string, unitName: string, unitCode: string, index?: number | null, rank?: number | null, overdueRemediation?: number | null, missingReports?: number | null, lateReports?: number | null, initiatives: number, eligible: boolean, reasons: Array<string>, classification?: { __typename?: 'Classification', code: string, label: string, color: string } | null }> } };

export type SaveEmulationRuleMutationVariables = Exact<{
  input: EmulationRuleInput;
}>;


export type SaveEmulationRuleMutation = { __typename?: 'Mutation', saveEmulationRule: { __typename?: 'EmulationRule', minClassification: string } };

export type ExportEmulationListQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type ExportEmulationListQuery = { __typename?: 'Query', exportEmulationList: { __typename?: 'FileDownload', fileName: string, contentType: string, base64: string } };

export type InitiativesQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type InitiativesQuery = { __typename?: 'Query', initiatives: Array<{ __typename?: 'Initiative', id: string, unitId: string, unitName: string, title: string, level: InitiativeLevel, decisionNumber: string, decisionDate: string, issuer?: string | null, description?: string | null, bonusLeafCode?: string | null, bonusValue?: number | null, canManage: boolean }> };

export type SaveInitiativeMutationVariables = Exact<{
  input: InitiativeInput;
}>;


export type SaveInitiativeMutation = { __typename?: 'Mutation', saveInitiative: { __typename?: 'Initiative', id: string } };

export type DeleteInitiativeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeleteInitiativeMutation = { __typename?: 'Mutation', deleteInitiative: boolean };

export type ExportInitiativesQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type ExportInitiativesQuery = { __typename?: 'Query', exportInitiatives: { __typename?: 'FileDownload', fileName: string, contentType: string, base64: string } };

export type UnitProvinceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnitProvinceQuery = { __typename?: 'Query', orgUnit?: { __typename?: 'OrgUnit', id: string, kind: OrgUnitKind, ancestors: Array<{ __typename?: 'OrgUnit', id: string, kind: OrgUnitKind }> } | null };

export type EvidenceFieldsFragment = { __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null };

export type ScoreSheetHeaderFieldsFragment = { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } };

export type ScoreEntryFieldsFragment = { __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> };

export type SelfEntryFieldsFragment = { __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, updatedAt?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }> };

export type ScoreSheetStateFieldsFragment = { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } };

export type ScoreSheetFieldsFragment = { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, criteria: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, section: CriteriaSection, maxPoints: number, method?: ScoringMethod | null, params?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, sortOrder: number, evidenceGuidance?: string | null, scoringGuidance?: string | null }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } };

export type ScoreSheetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScoreSheetQuery = { __typename?: 'Query', scoreSheet: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, criteria: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, section: CriteriaSection, maxPoints: number, method?: ScoringMethod | null, params?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, sortOrder: number, evidenceGuidance?: string | null, scoringGuidance?: string | null }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type ScoreSheetForQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
}>;


export type ScoreSheetForQuery = { __typename?: 'Query', scoreSheetFor?: { __typename?: 'ScoreSheet', id: string, groupId: string } | null };

export type ScoreSheetYearsQueryVariables = Exact<{
  provinceId: Scalars['ID']['input'];
}>;


export type ScoreSheetYearsQuery = { __typename?: 'Query', assessmentYears: Array<{ __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, groups: Array<{ __typename?: 'UnitGroup', id: string, name: string }> }> };

export type AuditTrailQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  sheetId: Scalars['ID']['input'];
  criterionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AuditTrailQuery = { __typename?: 'Query', auditTrail: { __typename?: 'AuditEventConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, action: string, actorName: string, at: string, criterionId?: string | null, before?: string | null, after?: string | null, reason?: string | null } }> } };

export type SaveSelfAssessmentMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  entries: Array<SelfAssessmentEntryInput> | SelfAssessmentEntryInput;
  criterionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SaveSelfAssessmentMutation = { __typename?: 'Mutation', saveSelfAssessment: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, updatedAt?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type SaveAppraisalMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  round: Scalars['Int']['input'];
  entries: Array<AppraisalEntryInput> | AppraisalEntryInput;
  criterionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SaveAppraisalMutation = { __typename?: 'Mutation', saveAppraisal: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type ConfirmRuleReviewMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  criterionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ConfirmRuleReviewMutation = { __typename?: 'Mutation', confirmRuleReview: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, criteria: Array<{ __typename?: 'CriteriaNode', id: string, parentId?: string | null, code: string, title: string, section: CriteriaSection, maxPoints: number, method?: ScoringMethod | null, params?: string | null, allowNotApplicable: boolean, enteredByAssessor: boolean, assessorEntryReason?: string | null, sortOrder: number, evidenceGuidance?: string | null, scoringGuidance?: string | null }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type RequestExplanationMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  items: Array<ExplanationRequestInput> | ExplanationRequestInput;
}>;


export type RequestExplanationMutation = { __typename?: 'Mutation', requestExplanation: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type SaveExplanationMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  items: Array<ExplanationEntryInput> | ExplanationEntryInput;
  criterionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SaveExplanationMutation = { __typename?: 'Mutation', saveExplanation: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type RemoveEvidenceMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  criterionId: Scalars['ID']['input'];
  fileId: Scalars['ID']['input'];
  criterionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RemoveEvidenceMutation = { __typename?: 'Mutation', removeEvidence: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type SubmitSelfAssessmentMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SubmitSelfAssessmentMutation = { __typename?: 'Mutation', submitSelfAssessment: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type WithdrawSubmissionMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type WithdrawSubmissionMutation = { __typename?: 'Mutation', withdrawSubmission: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type StartAppraisalMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type StartAppraisalMutation = { __typename?: 'Mutation', startAppraisal: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type SubmitExplanationMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SubmitExplanationMutation = { __typename?: 'Mutation', submitExplanation: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type CloseExplanationMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloseExplanationMutation = { __typename?: 'Mutation', closeExplanation: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type CompleteAppraisalMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CompleteAppraisalMutation = { __typename?: 'Mutation', completeAppraisal: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type ReturnToAppraisalMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReturnToAppraisalMutation = { __typename?: 'Mutation', returnToAppraisal: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type ApproveScoreSheetMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ApproveScoreSheetMutation = { __typename?: 'Mutation', approveScoreSheet: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type ReopenScoreSheetMutationVariables = Exact<{
  sheetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  target: ReopenTarget;
  reason: Scalars['String']['input'];
}>;


export type ReopenScoreSheetMutation = { __typename?: 'Mutation', reopenScoreSheet: { __typename?: 'ScoreSheet', id: string, yearId: string, unitId: string, unitName: string, unitCode: string, groupId: string, assessorUnitId: string, assessorUnitName: string, status: SheetStatus, version: number, deadline?: string | null, overdue: boolean, historyReadable: boolean, submittedAt?: string | null, updatedAt: string, availableActions: Array<SheetAction>, lockReason?: string | null, entries: Array<{ __typename?: 'ScoreEntry', criterionId: string, declaredValue?: string | null, notApplicable: boolean, selfPoints?: number | null, selfNote?: string | null, round1Points?: number | null, round1Note?: string | null, explanationRequested: boolean, explanationRequestNote?: string | null, explanationText?: string | null, round2Points?: number | null, round2Note?: string | null, finalPoints?: number | null, surveyPoints?: number | null, ruleReview: boolean, updatedAt?: string | null, enteredByAssessor: boolean, assessorEntryReason?: string | null, selfEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, supplementaryEvidence: Array<{ __typename?: 'EvidenceReference', fileId?: string | null, documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null, file?: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number, contentType: string } | null }>, assessorRecords: Array<{ __typename?: 'AssessorRecord', id: string, quantity: number, sourceType: string, sourceLabel: string, note?: string | null, enteredBy: string, enteredAt: string, reference?: { __typename?: 'AssessorReference', documentNumber?: string | null, documentDate?: string | null, issuer?: string | null, title?: string | null } | null }> }>, attestations: Array<{ __typename?: 'SheetAttestation', purpose: AttestationPurpose, status: AttestationStatus, sheetVersion?: number | null, attestedByName?: string | null, attestedAt?: string | null, headName?: string | null, statement?: string | null, requestedByName?: string | null, requestedAt?: string | null }>, ruleReview?: { __typename?: 'RuleReviewNotice', count: number, criteria: Array<string>, message: string } | null, totals: { __typename?: 'SheetTotals', maxApplicable: number, selfTotal: number, appraisedTotal?: number | null, index?: number | null, selfIndex?: number | null, provisional: boolean, appraisalComplete: boolean, appraisedCriteria: number, criteriaToAppraise: number }, progress: { __typename?: 'SheetProgress', total: number, filled: number, appraised: number }, group: { __typename?: 'UnitGroup', id: string, code: string, name: string, bonusPenaltyDefaultZero: boolean }, year: { __typename?: 'AssessmentYear', id: string, year: number, name: string, model: GovernmentModel, status: YearStatus, selfAssessmentDeadline?: string | null, explanationDeadline?: string | null, appraisalDeadline?: string | null, bonusCap?: number | null, penaltyCap?: number | null } } };

export type SheetQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type SheetQueueQuery = { __typename?: 'Query', myTasks: Array<{ __typename?: 'Task', id: string, kind: TaskKind, yearId: string, sheetId?: string | null, unitName?: string | null }> };

export type SurveyImportTemplateQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type SurveyImportTemplateQuery = { __typename?: 'Query', surveyImportTemplate: { __typename?: 'FileDownload', fileName: string, contentType: string, base64: string } };

export type SurveyImportPreviewFieldsFragment = { __typename?: 'SurveyImportPreview', rowCount: number, validCount: number, blankCount: number, changedCount: number, sheetsAffected: number, canApply: boolean, issues: Array<{ __typename?: 'SurveyImportIssue', row?: number | null, code: SurveyIssueCode, message: string }>, rows: Array<{ __typename?: 'SurveyImportPreviewRow', row: number, unitCode: string, unitName: string, criterionCode: string, criterionTitle: string, value: string, points: number, currentPoints?: number | null, changed: boolean }> };

export type SurveyImportPreviewQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  base64: Scalars['String']['input'];
  format: SurveyFileFormat;
}>;


export type SurveyImportPreviewQuery = { __typename?: 'Query', surveyImportPreview: { __typename?: 'SurveyImportPreview', rowCount: number, validCount: number, blankCount: number, changedCount: number, sheetsAffected: number, canApply: boolean, issues: Array<{ __typename?: 'SurveyImportIssue', row?: number | null, code: SurveyIssueCode, message: string }>, rows: Array<{ __typename?: 'SurveyImportPreviewRow', row: number, unitCode: string, unitName: string, criterionCode: string, criterionTitle: string, value: string, points: number, currentPoints?: number | null, changed: boolean }> } };

export type ImportSurveyResultsMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  base64: Scalars['String']['input'];
  format: SurveyFileFormat;
}>;


export type ImportSurveyResultsMutation = { __typename?: 'Mutation', importSurveyResults: { __typename?: 'SurveyImportResult', imported: number, changed: number, sheetsUpdated: number } };

export type ProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null };

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const UnitGroupRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}}]} as unknown as DocumentNode<UnitGroupRowFragment, unknown>;
export const CriteriaNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"childrenTotal"}}]}}]} as unknown as DocumentNode<CriteriaNodeFieldsFragment, unknown>;
export const CriteriaSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"configuredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"childrenTotal"}}]}}]} as unknown as DocumentNode<CriteriaSetFieldsFragment, unknown>;
export const FileDownloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileDownloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileDownload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<FileDownloadFieldsFragment, unknown>;
export const OrgUnitRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<OrgUnitRowFragment, unknown>;
export const OrgUnitLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}}]} as unknown as DocumentNode<OrgUnitLinkFieldsFragment, unknown>;
export const ComponentIndexFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComponentIndexFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComponentIndex"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}}]}}]} as unknown as DocumentNode<ComponentIndexFieldsFragment, unknown>;
export const ResultTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"gapIndex"}}]}}]} as unknown as DocumentNode<ResultTotalsFragment, unknown>;
export const HeadRatingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadRatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]} as unknown as DocumentNode<HeadRatingFieldsFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const YearRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromYearId"}},{"kind":"Field","name":{"kind":"Name","value":"rosterFrozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<YearRowFragment, unknown>;
export const YearDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}},{"kind":"Field","name":{"kind":"Name","value":"classificationBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bandCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromYearId"}},{"kind":"Field","name":{"kind":"Name","value":"rosterFrozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}}]} as unknown as DocumentNode<YearDetailFragment, unknown>;
export const AppraiserAssignmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraiserAssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraiserAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"areaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AppraiserAssignmentRowFragment, unknown>;
export const YearRecomputeReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearRecomputeReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearRecompute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"entriesRescored"}},{"kind":"Field","name":{"kind":"Name","value":"entriesFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"indexBefore"}},{"kind":"Field","name":{"kind":"Name","value":"indexAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rankBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rankAfter"}},{"kind":"Field","name":{"kind":"Name","value":"classificationBefore"}},{"kind":"Field","name":{"kind":"Name","value":"classificationAfter"}},{"kind":"Field","name":{"kind":"Name","value":"classificationBeforeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationAfterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"headRatingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"headRatingAfter"}},{"kind":"Field","name":{"kind":"Name","value":"headRatingBeforeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"headRatingAfterLabel"}}]}}]}}]} as unknown as DocumentNode<YearRecomputeReportFragment, unknown>;
export const HeadTermFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<HeadTermFieldsFragment, unknown>;
export const UnitHeadsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitHeadsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitHeads"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadTermFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UnitHeadsFieldsFragment, unknown>;
export const InspectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCount"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"viaPredecessor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"remediationId"}},{"kind":"Field","name":{"kind":"Name","value":"remediationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remediationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"remediationOverdue"}}]}}]}}]} as unknown as DocumentNode<InspectionFieldsFragment, unknown>;
export const RemediationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemediationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemediationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"titleBefore"}},{"kind":"Field","name":{"kind":"Name","value":"titleAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RemediationFieldsFragment, unknown>;
export const ComponentAnalysisFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComponentAnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComponentAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"averagePoints"}},{"kind":"Field","name":{"kind":"Name","value":"averageSelfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"averageLoss"}},{"kind":"Field","name":{"kind":"Name","value":"unitsLosing"}},{"kind":"Field","name":{"kind":"Name","value":"lossShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageGap"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}}]}}]} as unknown as DocumentNode<ComponentAnalysisFieldsFragment, unknown>;
export const ComparedYearFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparedYearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComponentAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"averageLoss"}},{"kind":"Field","name":{"kind":"Name","value":"lossShare"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}}]}}]} as unknown as DocumentNode<ComparedYearFiguresFragment, unknown>;
export const ComponentYearComparisonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComponentYearComparisonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComponentYearComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparedYearFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparedYearFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparedYearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComponentAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"averageLoss"}},{"kind":"Field","name":{"kind":"Name","value":"lossShare"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}}]}}]} as unknown as DocumentNode<ComponentYearComparisonFieldsFragment, unknown>;
export const ClassificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Classification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]} as unknown as DocumentNode<ClassificationFieldsFragment, unknown>;
export const ReportRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseIndex"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Classification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]} as unknown as DocumentNode<ReportRowFieldsFragment, unknown>;
export const ReportSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSummaryFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"comparableCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageDelta"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<ReportSummaryFieldsFragment, unknown>;
export const NationalIndexFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalIndexFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalIndex"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOf"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NationalIndexFieldsFragment, unknown>;
export const ApiClientRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<ApiClientRowFragment, unknown>;
export const ReportCellFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyApplied"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPaper"}},{"kind":"Field","name":{"kind":"Name","value":"canApplyPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<ReportCellFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const SelfEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<SelfEntryFieldsFragment, unknown>;
export const SheetAttestationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]} as unknown as DocumentNode<SheetAttestationFieldsFragment, unknown>;
export const ScoreSheetHeaderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]} as unknown as DocumentNode<ScoreSheetHeaderFieldsFragment, unknown>;
export const ScoreEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<ScoreEntryFieldsFragment, unknown>;
export const ScoreSheetStateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}}]} as unknown as DocumentNode<ScoreSheetStateFieldsFragment, unknown>;
export const ScoreSheetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}}]} as unknown as DocumentNode<ScoreSheetFieldsFragment, unknown>;
export const SurveyImportPreviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"validCount"}},{"kind":"Field","name":{"kind":"Name","value":"blankCount"}},{"kind":"Field","name":{"kind":"Name","value":"changedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"canApply"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"currentPoints"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<SurveyImportPreviewFieldsFragment, unknown>;
export const MeDocument = {"__meta__":{"hash":"5f054cbc8f20b4b9129a48069ce14287aa24258ba044dfe6922b2bbf957a74a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CriteriaSetDocument = {"__meta__":{"hash":"d8e6cd34e7d181e9d64e6085dc06b731a5b1fe6a11871387ee9ff9209148039f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"childrenTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"configuredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CriteriaSetQuery, CriteriaSetQueryVariables>;
export const ReplaceCriteriaSetDocument = {"__meta__":{"hash":"a3b4a72567bf68e1032dd3675eaef48267b609e3a58fcaba6bee6c65c07933a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplaceCriteriaSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNodeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceCriteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"nodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"childrenTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"configuredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ReplaceCriteriaSetMutation, ReplaceCriteriaSetMutationVariables>;
export const CopyCriteriaSetDocument = {"__meta__":{"hash":"845f40ec3eb2b33f50f1de40dee1cb23feec6af4c821ced73e6e26c2fc62416a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyCriteriaSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyCriteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromGroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"childrenTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"configuredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CopyCriteriaSetMutation, CopyCriteriaSetMutationVariables>;
export const ImportCriteriaSetDocument = {"__meta__":{"hash":"0117b4eb1a409c231f8c18e57402e58e29d87c5bb5a26e1c4c749d5fcefbbbeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCriteriaSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"base64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCriteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"base64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"base64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"childrenTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"configuredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportCriteriaSetMutation, ImportCriteriaSetMutationVariables>;
export const ExportCriteriaSetDocument = {"__meta__":{"hash":"ce3e428f81e962c1f7abbeed588d45106ca1b7156fa177df8d1780169f3a97fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCriteriaSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCriteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileDownloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileDownloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileDownload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<ExportCriteriaSetQuery, ExportCriteriaSetQueryVariables>;
export const ReopenCriteriaSetDocument = {"__meta__":{"hash":"dcca6a70726fc1090202a7817c5c34b189b63d3ea0923f53d2396d755d2e25a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCriteriaSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCriteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"childrenTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"configuredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ReopenCriteriaSetMutation, ReopenCriteriaSetMutationVariables>;
export const SetBonusPenaltyDefaultZeroDocument = {"__meta__":{"hash":"84f7a83b538ec65411719686bd6ff1acc08b3d975da89134142c4cf37e813275"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBonusPenaltyDefaultZero"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBonusPenaltyDefaultZero"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}}]}}]}}]} as unknown as DocumentNode<SetBonusPenaltyDefaultZeroMutation, SetBonusPenaltyDefaultZeroMutationVariables>;
export const LockCriteriaSetDocument = {"__meta__":{"hash":"636fa99e6ba2b081ead6dfc5cae006cc222f32f8a76fd405e60dd2e9aa5d7cb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockCriteriaSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockCriteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"childrenTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"configuredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<LockCriteriaSetMutation, LockCriteriaSetMutationVariables>;
export const OrgAuditTrailDocument = {"__meta__":{"hash":"e274839adf1bf19cdec24d1fa1354d5c950cf5051ce2b8c4e2b9ace33a90a474"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgAuditEntityType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgAuditTrailQuery, OrgAuditTrailQueryVariables>;
export const OrgUnitListDocument = {"__meta__":{"hash":"7a95a994eae045483ee3b443db8f76b77a69a231377ddafad9f9b962e99a18a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootsOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootsOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootsOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<OrgUnitListQuery, OrgUnitListQueryVariables>;
export const OrgUnitDetailDocument = {"__meta__":{"hash":"3f7fea3df5a4beeed67d32e13b294a5d0b39a1df8ab2090a7f8fa72958e8633b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"mergerText"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitLinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}}]} as unknown as DocumentNode<OrgUnitDetailQuery, OrgUnitDetailQueryVariables>;
export const OrgUnitUsersDocument = {"__meta__":{"hash":"0b50cfe9be11dba0385fc99ebbc1fdefff2416354c2ac4678052a53f42f3c6fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitUsersQuery, OrgUnitUsersQueryVariables>;
export const CreateOrgUnitDocument = {"__meta__":{"hash":"4a9c35abf0b03a0fa0e56ee3e06ae9de982a539e0f97697671057c514902c9e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<CreateOrgUnitMutation, CreateOrgUnitMutationVariables>;
export const RenameOrgUnitDocument = {"__meta__":{"hash":"643a76ec323730ea5bc59e6812ec6658053259bc5a31e90defcc67bd92452641"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<RenameOrgUnitMutation, RenameOrgUnitMutationVariables>;
export const ChangeOrgUnitSubtypeDocument = {"__meta__":{"hash":"b8310e58ea5672bc1993c3a9d8777d728aa198f17be4bb60fdbe4f21de05cfea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOrgUnitSubtype"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subtype"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrgUnitSubtype"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"subtype"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subtype"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<ChangeOrgUnitSubtypeMutation, ChangeOrgUnitSubtypeMutationVariables>;
export const MoveOrgUnitDocument = {"__meta__":{"hash":"09797b1aa184ba0b394f51709adfbc4a83bb410e6dddaca30cb4a496259ab907"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newParentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newParentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>;
export const CloseOrgUnitDocument = {"__meta__":{"hash":"e7673ffdafd127d9523b28f2e7fcb78c4485307b6f13b7cce2403c3ad82f640e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<CloseOrgUnitMutation, CloseOrgUnitMutationVariables>;
export const MergeOrgUnitsDocument = {"__meta__":{"hash":"ee2a5aecad3bf8615006bce3af53c38a2d46467f018b3234c5782f15964d7013"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeOrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeOrgUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeOrgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<MergeOrgUnitsMutation, MergeOrgUnitsMutationVariables>;
export const SplitOrgUnitDocument = {"__meta__":{"hash":"65cc95c2056b9014f8fc9be4a6ee3a25b495069def63889dab38d3f1f2218bc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<SplitOrgUnitMutation, SplitOrgUnitMutationVariables>;
export const ImportUnitsDocument = {"__meta__":{"hash":"77fe3a9434d94a9140e9000ac591440030c32aa3de5bcb38946f6702a3824450"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"ambiguous"}}]}}]}}]} as unknown as DocumentNode<ImportUnitsMutation, ImportUnitsMutationVariables>;
export const RankingDocument = {"__meta__":{"hash":"ddba57415688fcb6fe46a5d9b3b1074650ed14ee334f6e2f3ed2f77ee484126c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ranking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessorUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessorUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessorUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"headRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"tied"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"assessorIndex"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaIndices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"baseCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]}}]} as unknown as DocumentNode<RankingQuery, RankingQueryVariables>;
export const ExportRankingDocument = {"__meta__":{"hash":"8af468c6505a0319ff8211911d0b0121a2be109871649091a49fe16a7722d444"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessorUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessorUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessorUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileDownloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileDownloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileDownload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<ExportRankingQuery, ExportRankingQueryVariables>;
export const UnitAssessmentDocument = {"__meta__":{"hash":"5f96ee02cc29d124f1df49d34fc65439c7e76a1cecf189e3ebb769e33137d4e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yearName"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"sheetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"rankInGroup"}},{"kind":"Field","name":{"kind":"Name","value":"rankInAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"groupSize"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultTotals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadRatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComponentIndexFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indexHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"rankInGroup"}},{"kind":"Field","name":{"kind":"Name","value":"viaPredecessor"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"gapIndex"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Classification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadRatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComponentIndexFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComponentIndex"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}}]}}]} as unknown as DocumentNode<UnitAssessmentQuery, UnitAssessmentQueryVariables>;
export const UserListDocument = {"__meta__":{"hash":"04fe24e6b3ed3b294d585897b72b7b4565ed65c26b036c70b27dbe67090f3fb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UserListQuery, UserListQueryVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"cf8f50355971d4d387eb732896b4400d87ff8848dd090aa1e9f82de28435407e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"__meta__":{"hash":"b07eec5d353e6249beb28add615899aa1572899ada845ecb02dd88aa193a4952"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetUserPasswordDocument = {"__meta__":{"hash":"223b8b767b4d031dcdbe7eca21fd9a99126a87782732cf06301aa35f5c4b3ced"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UnlockUserDocument = {"__meta__":{"hash":"4d160d4b64a8866a712397c10fa7204016a2fa8c5c7eca63d463e67f58bcb435"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const ProvinceOfUnitDocument = {"__meta__":{"hash":"1962622bf8313774110dbf58e2837f5bbd9519df2828a78819636ad0ec601bf1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceOfUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceOfUnitQuery, ProvinceOfUnitQueryVariables>;
export const YearListDocument = {"__meta__":{"hash":"9c3d90613b4ad56529b78f553edb08145e993ee7b4fc48c91e53dd1c5b4c243e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromYearId"}},{"kind":"Field","name":{"kind":"Name","value":"rosterFrozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<YearListQuery, YearListQueryVariables>;
export const YearDetailDocument = {"__meta__":{"hash":"7c9b966dead5bc58b18fe2af41e49e7fa3f4f5b4f4396a7e36808330f074af00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromYearId"}},{"kind":"Field","name":{"kind":"Name","value":"rosterFrozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}},{"kind":"Field","name":{"kind":"Name","value":"classificationBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bandCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<YearDetailQuery, YearDetailQueryVariables>;
export const CreateYearDocument = {"__meta__":{"hash":"ce0389fd15a95438513edf53306a19c9f0d033102ff163e261eb119064c1258c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssessmentYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessmentYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromYearId"}},{"kind":"Field","name":{"kind":"Name","value":"rosterFrozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}},{"kind":"Field","name":{"kind":"Name","value":"classificationBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bandCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<CreateYearMutation, CreateYearMutationVariables>;
export const UpdateYearDocument = {"__meta__":{"hash":"e3b0998640b9a0cb499de748cf1fa64126645e5071eccca721714dcf9f633d82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssessmentYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssessmentYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromYearId"}},{"kind":"Field","name":{"kind":"Name","value":"rosterFrozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}},{"kind":"Field","name":{"kind":"Name","value":"classificationBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bandCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<UpdateYearMutation, UpdateYearMutationVariables>;
export const TransitionYearDocument = {"__meta__":{"hash":"35624f86558967f13ba9ac4d8b4933daedbaedc08b36e429bce417f8d5fcfe13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionAssessmentYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromYearId"}},{"kind":"Field","name":{"kind":"Name","value":"rosterFrozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearRow"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}},{"kind":"Field","name":{"kind":"Name","value":"classificationBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bandCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<TransitionYearMutation, TransitionYearMutationVariables>;
export const UpsertUnitGroupDocument = {"__meta__":{"hash":"a0ebe1b63a4205d28b05bd0d891d06d2a5311f2d480e62445779b8f65c9afd88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertUnitGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertUnitGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}}]} as unknown as DocumentNode<UpsertUnitGroupMutation, UpsertUnitGroupMutationVariables>;
export const DeleteUnitGroupDocument = {"__meta__":{"hash":"b4f02ee27e8fb7aac088dda15212be291b097c95021a0c9ba4132c8ee57aff42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnitGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUnitGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteUnitGroupMutation, DeleteUnitGroupMutationVariables>;
export const RosterDocument = {"__meta__":{"hash":"c17dbdec6e53d55ee8e5d0ba762274e97ccff9efc39882a5f4ba0d2a0de498da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitKind"}},{"kind":"Field","name":{"kind":"Name","value":"unitSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"parentDistrictId"}},{"kind":"Field","name":{"kind":"Name","value":"addedManually"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RosterQuery, RosterQueryVariables>;
export const BuildRosterDocument = {"__meta__":{"hash":"d7c22d7b26a7767ea92d8f0b6170a7669f28f0766ca449eaf17669e3a2e25206"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitGroupRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRule"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"memberKinds"}},{"kind":"Field","name":{"kind":"Name","value":"memberSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaReopened"}},{"kind":"Field","name":{"kind":"Name","value":"rosterSize"}}]}}]} as unknown as DocumentNode<BuildRosterMutation, BuildRosterMutationVariables>;
export const AddRosterUnitDocument = {"__meta__":{"hash":"1b611c713db52448463537d628871094c7a5bd1c291125c0667b7aed0a80fd6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRosterUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRosterUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddRosterUnitMutation, AddRosterUnitMutationVariables>;
export const RemoveRosterUnitDocument = {"__meta__":{"hash":"0026d3c67b3724ae2a0de0f50cde96e08b1064ef7dc09e4c8307ffc1253b3813"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRosterUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRosterUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RemoveRosterUnitMutation, RemoveRosterUnitMutationVariables>;
export const AppraiserAssignmentsDocument = {"__meta__":{"hash":"a80c700f01cf8d64d442316fdba6b0dfa9b22693a98d324679753394a1afb1c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraiserAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appraiserAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppraiserAssignmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraiserAssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraiserAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"areaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AppraiserAssignmentsQuery, AppraiserAssignmentsQueryVariables>;
export const AssignAppraiserDocument = {"__meta__":{"hash":"ce8c3f2ee4289866365030dd84a480e680c256e94eaab87f31639dbf55533f69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAppraiser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAppraiser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppraiserAssignmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraiserAssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraiserAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"areaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AssignAppraiserMutation, AssignAppraiserMutationVariables>;
export const RemoveAppraiserAssignmentDocument = {"__meta__":{"hash":"5e54767d0299c5550ed6a854be17d53d019238c945a26c48911024cb11766009"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAppraiserAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAppraiserAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveAppraiserAssignmentMutation, RemoveAppraiserAssignmentMutationVariables>;
export const AppraiserCandidatesDocument = {"__meta__":{"hash":"4fcd07dffe1ab108a0705cf8a7648af1d7941abae59a2248a2a3a08194eeb5a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraiserCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppraiserCandidatesQuery, AppraiserCandidatesQueryVariables>;
export const AssignmentAreasDocument = {"__meta__":{"hash":"bd0c239e7ad3984d7bb87a7978a2e0c4718c8a73a54c691273a44a44f218933b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentAreasQuery, AssignmentAreasQueryVariables>;
export const RecomputeYearResultsDocument = {"__meta__":{"hash":"d71a53b8518361abe437808f973d122db446a89dd67e519e2afed2fc2673ceac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecomputeYearResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeYearResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearRecomputeReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearRecomputeReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearRecompute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"entriesRescored"}},{"kind":"Field","name":{"kind":"Name","value":"entriesFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"indexBefore"}},{"kind":"Field","name":{"kind":"Name","value":"indexAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rankBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rankAfter"}},{"kind":"Field","name":{"kind":"Name","value":"classificationBefore"}},{"kind":"Field","name":{"kind":"Name","value":"classificationAfter"}},{"kind":"Field","name":{"kind":"Name","value":"classificationBeforeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationAfterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"headRatingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"headRatingAfter"}},{"kind":"Field","name":{"kind":"Name","value":"headRatingBeforeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"headRatingAfterLabel"}}]}}]}}]} as unknown as DocumentNode<RecomputeYearResultsMutation, RecomputeYearResultsMutationVariables>;
export const YearRecomputeProgressDocument = {"__meta__":{"hash":"528fd08eb6213830c8d9a7531af832ca591b85cada091aa06bf6d0e743c6ef06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearRecomputeProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearRecompute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<YearRecomputeProgressQuery, YearRecomputeProgressQueryVariables>;
export const ArchivedSheetsDocument = {"__meta__":{"hash":"d78815329abad5d809d14a955f67f83bc157458529a8d58686fd9558e878c81c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchivedSheets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivedSheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"archivedByName"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filledLeaves"}},{"kind":"Field","name":{"kind":"Name","value":"restoredAt"}}]}}]}}]} as unknown as DocumentNode<ArchivedSheetsQuery, ArchivedSheetsQueryVariables>;
export const AttestScoreSheetDocument = {"__meta__":{"hash":"f91b29e896d593386685840e896a23ad9326af27f0a86f5397e4dd09b02f1c7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttestScoreSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttestationPurpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attestScoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]} as unknown as DocumentNode<AttestScoreSheetMutation, AttestScoreSheetMutationVariables>;
export const RequestAttestationDocument = {"__meta__":{"hash":"456fb2366fbd13dc43a29dfce4223be643b169c24e640b66c2a9cbfa50100074"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAttestation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttestationPurpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAttestation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]} as unknown as DocumentNode<RequestAttestationMutation, RequestAttestationMutationVariables>;
export const HeadsListDocument = {"__meta__":{"hash":"32f5048f91f4bbb41721c0f147581e711c4bc3103393c5afdde5c506636c2513"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeadsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headsList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherHeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRemediation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<HeadsListQuery, HeadsListQueryVariables>;
export const ExportHeadsListDocument = {"__meta__":{"hash":"6835414078b5c34583a32770caf1d48e30ab3feb2ffa8cbe3818659771476093"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportHeadsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportHeadsList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileDownloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileDownloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileDownload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<ExportHeadsListQuery, ExportHeadsListQueryVariables>;
export const UnitHeadsDocument = {"__meta__":{"hash":"7eeb91f98d38ea6f31ba55812aebcfb9ce042d0a1b6e1d9b1da6cb6825f3e4fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitHeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitHeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitHeadsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitHeadsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitHeads"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadTermFields"}}]}}]}}]} as unknown as DocumentNode<UnitHeadsQuery, UnitHeadsQueryVariables>;
export const SaveHeadTermDocument = {"__meta__":{"hash":"8e51f8342b26fa241251764870b208a3320925009498d29452cc0c4629c51201"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveHeadTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HeadTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveHeadTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitHeadsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitHeadsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitHeads"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadTermFields"}}]}}]}}]} as unknown as DocumentNode<SaveHeadTermMutation, SaveHeadTermMutationVariables>;
export const DeleteHeadTermDocument = {"__meta__":{"hash":"5efef573f3787c349a9dfe84cd204449326ec8c1674d80df55c8c0750c1cf4b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteHeadTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHeadTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitHeadsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitHeadsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitHeads"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadTermFields"}}]}}]}}]} as unknown as DocumentNode<DeleteHeadTermMutation, DeleteHeadTermMutationVariables>;
export const RecordAssessorEntryDocument = {"__meta__":{"hash":"e69b096a54fc0fad3564f03c00243c81293823e915679fe3000d4a430657777c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessorEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessorEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessorEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordAssessorEntryMutation, RecordAssessorEntryMutationVariables>;
export const UnitInspectionsDocument = {"__meta__":{"hash":"3c6a9e12fdc184de85328a2c1db5c70b646ab04aba0fd454a0a285e0ffeb8277"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCount"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"viaPredecessor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"remediationId"}},{"kind":"Field","name":{"kind":"Name","value":"remediationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remediationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"remediationOverdue"}}]}}]}}]} as unknown as DocumentNode<UnitInspectionsQuery, UnitInspectionsQueryVariables>;
export const InspectionsDocument = {"__meta__":{"hash":"aa6b991ceb389c9367e54aa93c03d1334d4a31517720d90d9ad088cc34ab9273"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCount"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"viaPredecessor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"remediationId"}},{"kind":"Field","name":{"kind":"Name","value":"remediationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remediationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"remediationOverdue"}}]}}]}}]} as unknown as DocumentNode<InspectionsQuery, InspectionsQueryVariables>;
export const SaveInspectionDocument = {"__meta__":{"hash":"f4f430cf441100a9670512db8d6f2a297bf361014136fcbaa2c59d8a15035295"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCount"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"viaPredecessor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"remediationId"}},{"kind":"Field","name":{"kind":"Name","value":"remediationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remediationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"remediationOverdue"}}]}}]}}]} as unknown as DocumentNode<SaveInspectionMutation, SaveInspectionMutationVariables>;
export const DeleteInspectionDocument = {"__meta__":{"hash":"acba1a3839839e3f0c48af00be2613a7c14b5e63c3dd5762c8a8af6e822c7c3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteInspectionMutation, DeleteInspectionMutationVariables>;
export const InspectionRosterDocument = {"__meta__":{"hash":"2d17f94279329ee0353127635e920cacb9659234b8cbda4f161ca7ab224581d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionRosterQuery, InspectionRosterQueryVariables>;
export const PenaltyLeavesDocument = {"__meta__":{"hash":"8e34169e2b135df1ddeb478812d9c6ca32eefb2183686a1e45b27cc28ffd0381"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PenaltyLeaves"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}}]}}]}}]}}]} as unknown as DocumentNode<PenaltyLeavesQuery, PenaltyLeavesQueryVariables>;
export const RemediationItemsDocument = {"__meta__":{"hash":"b13cbf2b386af07d6259c084b52a0ab8d9c5d3bc325a50b564bd69efeb1f003c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemediationItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RemediationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remediationItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemediationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemediationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemediationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"titleBefore"}},{"kind":"Field","name":{"kind":"Name","value":"titleAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RemediationItemsQuery, RemediationItemsQueryVariables>;
export const RemediationSummaryDocument = {"__meta__":{"hash":"378aa029799b49f6f3824b5294494cf2f2fbfe2da0e767e41609208b1186ad4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemediationSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remediationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}}]} as unknown as DocumentNode<RemediationSummaryQuery, RemediationSummaryQueryVariables>;
export const CreateRemediationItemDocument = {"__meta__":{"hash":"e971b0609826034069c4d34759411c386dad2c20a62a63186ec6491e92c0be00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRemediationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemediationItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRemediationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemediationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemediationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemediationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"titleBefore"}},{"kind":"Field","name":{"kind":"Name","value":"titleAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRemediationItemMutation, CreateRemediationItemMutationVariables>;
export const UpdateRemediationItemDocument = {"__meta__":{"hash":"eb44d54f411b73a2adffa36fa65405377591e5df053c5cda13c606cc0100b772"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRemediationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRemediationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemediationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemediationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemediationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"titleBefore"}},{"kind":"Field","name":{"kind":"Name","value":"titleAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRemediationItemMutation, UpdateRemediationItemMutationVariables>;
export const ActOnRemediationDocument = {"__meta__":{"hash":"b2f278f91cfd9f8bf0e06169ce765cbb0c5e0dc7f79d8d54f20c28ccf8fa1b54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActOnRemediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemediationActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actOnRemediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemediationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemediationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemediationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"titleBefore"}},{"kind":"Field","name":{"kind":"Name","value":"titleAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ActOnRemediationMutation, ActOnRemediationMutationVariables>;
export const SheetPriorRemediationDocument = {"__meta__":{"hash":"622164b57bb50c81e9683033b6d04286a70db36bd7b18f499ecb299b5fcd5ac3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SheetPriorRemediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priorRemediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SheetPriorRemediationQuery, SheetPriorRemediationQueryVariables>;
export const SheetLeafRemediationDocument = {"__meta__":{"hash":"19ac32ae8c0d6fa347d445372d0abbdb65301364bf5296d71392efb370259c19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SheetLeafRemediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leafRemediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"lostPoints"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTitle"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SheetLeafRemediationQuery, SheetLeafRemediationQueryVariables>;
export const CriteriaAnalysisDocument = {"__meta__":{"hash":"93c9cf75de154b36343e34b71ea32e320c128874e79704ceefb2545930e5d34b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yearName"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"districtUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComponentAnalysisFields"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"solution"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComponentAnalysisFields"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"solution"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaIndices"}},{"kind":"Field","name":{"kind":"Name","value":"criterionIndices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComponentAnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComponentAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"averagePoints"}},{"kind":"Field","name":{"kind":"Name","value":"averageSelfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"averageLoss"}},{"kind":"Field","name":{"kind":"Name","value":"unitsLosing"}},{"kind":"Field","name":{"kind":"Name","value":"lossShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageGap"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Classification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]} as unknown as DocumentNode<CriteriaAnalysisQuery, CriteriaAnalysisQueryVariables>;
export const UnitCriteriaGapsDocument = {"__meta__":{"hash":"068eff73c3aafc6a469bd876ba3679a4518b00a3139ac2d474bed5fe4f7a4cc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitCriteriaGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCriteriaGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"groupIndex"}},{"kind":"Field","name":{"kind":"Name","value":"groupAverageLoss"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}}]} as unknown as DocumentNode<UnitCriteriaGapsQuery, UnitCriteriaGapsQueryVariables>;
export const CompareAnalysisYearsDocument = {"__meta__":{"hash":"3717fe55bd4d47ccf011f683713f4fdd4379fb83cf04a4e18f60012c1b0f547b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareAnalysisYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseYearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareAnalysisYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseYearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseYearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"baseIndex"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"baseUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComponentYearComparisonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComponentYearComparisonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparedYearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComponentAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"averageLoss"}},{"kind":"Field","name":{"kind":"Name","value":"lossShare"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComponentYearComparisonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComponentYearComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparedYearFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparedYearFigures"}}]}}]}}]} as unknown as DocumentNode<CompareAnalysisYearsQuery, CompareAnalysisYearsQueryVariables>;
export const SaveAnalysisNoteDocument = {"__meta__":{"hash":"11fc25a5f9d458353cb97df4224b7726fe81a9db2cf10d69d1ffb1338ec9ceb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAnalysisNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAnalysisNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"solution"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SaveAnalysisNoteMutation, SaveAnalysisNoteMutationVariables>;
export const AnnualReportDocument = {"__meta__":{"hash":"a528909d096467e87331d8da43f0fb2f2aeb21354e377de106a9ea0444b7a386"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yearName"}},{"kind":"Field","name":{"kind":"Name","value":"provinceName"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"districtUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"averageIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"top"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bottom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRowFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"solution"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Classification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSummaryFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"comparableCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageDelta"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseIndex"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}}]} as unknown as DocumentNode<AnnualReportQuery, AnnualReportQueryVariables>;
export const ExportAnnualReportDocument = {"__meta__":{"hash":"cbc6d6c6242b21366f7d3eff82e5c3e8a1baf3427f10cb093a15688a67312e28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileDownloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileDownloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileDownload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<ExportAnnualReportQuery, ExportAnnualReportQueryVariables>;
export const WhatIfWeightsDocument = {"__meta__":{"hash":"28febe642ef15512b6ee1925f334a01338aefbf932942bef59340c077b8e9cb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIfWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIfWeights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"draftGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"draftYear"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"draftGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"oldMax"}},{"kind":"Field","name":{"kind":"Name","value":"newMax"}},{"kind":"Field","name":{"kind":"Name","value":"oldMethod"}},{"kind":"Field","name":{"kind":"Name","value":"newMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"simulatedAverageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"movedUp"}},{"kind":"Field","name":{"kind":"Name","value":"movedDown"}},{"kind":"Field","name":{"kind":"Name","value":"classificationChanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"simulatedIndex"}},{"kind":"Field","name":{"kind":"Name","value":"simulatedRank"}},{"kind":"Field","name":{"kind":"Name","value":"simulatedClassification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indexDelta"}},{"kind":"Field","name":{"kind":"Name","value":"rankDelta"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Classification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]} as unknown as DocumentNode<WhatIfWeightsQuery, WhatIfWeightsQueryVariables>;
export const NationalIndicesDocument = {"__meta__":{"hash":"6f05557980e9774f82d3c48cf4e4576f35750104522792342b969973d9e9bdc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalIndices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalIndices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceId"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NationalIndexFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownAverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"averageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalIndexFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalIndex"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOf"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NationalIndicesQuery, NationalIndicesQueryVariables>;
export const CreateNationalIndexDocument = {"__meta__":{"hash":"cb99ae4e37397234479defb9cb1cc03238831593faeda87dd6beeee20086d052"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNationalIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NationalIndexInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNationalIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NationalIndexFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalIndexFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalIndex"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOf"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateNationalIndexMutation, CreateNationalIndexMutationVariables>;
export const UpdateNationalIndexDocument = {"__meta__":{"hash":"89de0d30ae7a2d4f1886f3d61db4c18e8af24c4f24e1772d1c09d918cd584c69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNationalIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NationalIndexUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNationalIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NationalIndexFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalIndexFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalIndex"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOf"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateNationalIndexMutation, UpdateNationalIndexMutationVariables>;
export const PublishNationalIndicesDocument = {"__meta__":{"hash":"c74f4a4684473af4252b2e8f9026a4451b9c747c846511ed3db41bb5db250893"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishNationalIndices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"published"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishNationalIndices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"published"},"value":{"kind":"Variable","name":{"kind":"Name","value":"published"}}}]}]}}]} as unknown as DocumentNode<PublishNationalIndicesMutation, PublishNationalIndicesMutationVariables>;
export const ImportNationalIndicesDocument = {"__meta__":{"hash":"7997787ed55353fbaad408f1d2d67a788b24a457c525038721641496c83d6a15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportNationalIndices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"base64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNationalIndices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"base64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"base64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<ImportNationalIndicesMutation, ImportNationalIndicesMutationVariables>;
export const NationalIndicesTemplateDocument = {"__meta__":{"hash":"be70390598dc0abeaab13aa7cd4b8ffcd105200698a98088cd4dba7b2a9677fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalIndicesTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalIndicesTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileDownloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileDownloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileDownload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<NationalIndicesTemplateQuery, NationalIndicesTemplateQueryVariables>;
export const DdciSurveyPreviewDocument = {"__meta__":{"hash":"5487693305335617ff5e8e29ba94ce929eb60e92b773e78af199ffb5ac019247"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DdciSurveyPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ddciSurveyPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"criterionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyImportPreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"validCount"}},{"kind":"Field","name":{"kind":"Name","value":"blankCount"}},{"kind":"Field","name":{"kind":"Name","value":"changedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"canApply"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"currentPoints"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<DdciSurveyPreviewQuery, DdciSurveyPreviewQueryVariables>;
export const ApplyDdciToSurveyDocument = {"__meta__":{"hash":"b2cf7786615a10de9036e42e07bde9efea9f3b5cd04f8a834ed468e5ca51e0c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyDdciToSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyDdciToSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"criterionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsUpdated"}}]}}]}}]} as unknown as DocumentNode<ApplyDdciToSurveyMutation, ApplyDdciToSurveyMutationVariables>;
export const ApiClientsDocument = {"__meta__":{"hash":"baa485c86124300f8f8c755d9f7e869a2f4b93f285e7f0c25f2f05dc1280e373"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<ApiClientsQuery, ApiClientsQueryVariables>;
export const CreateApiClientDocument = {"__meta__":{"hash":"17d4feb1d2735d1af5d2f74bbb6a27b2e9d40bbb9930cd47413b2faefacdd3ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const RevokeApiClientDocument = {"__meta__":{"hash":"c8d2943a5c4d09b577216ad28ce2a3b1463882bdc3ecfb24b7b741be78467317"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const MyTasksDocument = {"__meta__":{"hash":"007febab6ede2e522654671eac384e63c1b5b5476f84f140e4348998c6c7cb80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yearName"}},{"kind":"Field","name":{"kind":"Name","value":"sheetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineFor"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const UnreadNotificationCountDocument = {"__meta__":{"hash":"dcaff2ad9c68794a7528d4ec7ed97809a40f2fbb54acd15c6586b339adef7bac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MyNotificationsDocument = {"__meta__":{"hash":"fc215ca9246b0fc7c22fa73c98847104ad116eb6492845342c049bb9e488f70d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"sheetId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"7d103dd3f89d2a2030d63eeed88004c1a6da3bafa3b39cbe215a64a79b1d2b01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ProgressSheetsDocument = {"__meta__":{"hash":"05bae10b7e81be45ca906ed4b7d1b2e387ddf07b8ad8af517093c5155456679b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressSheets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessorUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreSheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessorUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessorUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReviewCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressSheetsQuery, ProgressSheetsQueryVariables>;
export const ReportMatrixDocument = {"__meta__":{"hash":"2a1efeb384261525c927c23fedb9083cd62d3a5e8e448576d21b3065a64dcecc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"canManagePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"groupNames"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyLeafCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCellFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyApplied"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPaper"}},{"kind":"Field","name":{"kind":"Name","value":"canApplyPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<ReportMatrixQuery, ReportMatrixQueryVariables>;
export const SaveReportPeriodDocument = {"__meta__":{"hash":"dc514dd369f7f9df0e1024233b8d2e0f9fb534380e3414355bc4b00009a3c63a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReportPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReportPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveReportPeriodMutation, SaveReportPeriodMutationVariables>;
export const DeleteReportPeriodDocument = {"__meta__":{"hash":"9e7f9732ae67bb4604996d78807b4874cffd28438f8912ff6eb3d9b026673305"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReportPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReportPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteReportPeriodMutation, DeleteReportPeriodMutationVariables>;
export const SubmitPeriodicReportDocument = {"__meta__":{"hash":"381fbb5ff103dfaa2dedf628ba105e231454c897ecde850dc91cc8ba27ef58bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPeriodicReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPeriodicReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCellFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyApplied"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPaper"}},{"kind":"Field","name":{"kind":"Name","value":"canApplyPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPeriodicReportMutation, SubmitPeriodicReportMutationVariables>;
export const RecordPaperReportDocument = {"__meta__":{"hash":"0686be7f0ed296a5e8d09c39064f94ed2f80bbcb6a4aca80e130614e50a889e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPaperReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaperReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPaperReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCellFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyApplied"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPaper"}},{"kind":"Field","name":{"kind":"Name","value":"canApplyPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaperReportMutation, RecordPaperReportMutationVariables>;
export const ApplyReportPenaltyDocument = {"__meta__":{"hash":"cc5c7b4e2f81464fc7251e9be0bf4a72031fc8f850078a4b73fd50644dcde8a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyReportPenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyReportPenalty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCellFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyApplied"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPaper"}},{"kind":"Field","name":{"kind":"Name","value":"canApplyPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyReportPenaltyMutation, ApplyReportPenaltyMutationVariables>;
export const RemoveReportPenaltyDocument = {"__meta__":{"hash":"cb1642985cc1a95a5e703c72a205dd27e16a44d72c252a5fefdba41cb289dc31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveReportPenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeReportPenalty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCellFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyApplied"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPaper"}},{"kind":"Field","name":{"kind":"Name","value":"canApplyPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveReportPenaltyMutation, RemoveReportPenaltyMutationVariables>;
export const EmulationListDocument = {"__meta__":{"hash":"42e78ee9deb4c253373923b1c53900877c06c76880f58dc2ee73253ca088f0b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmulationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emulationList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRule"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minClassification"}},{"kind":"Field","name":{"kind":"Name","value":"excludeOverdueRemediation"}},{"kind":"Field","name":{"kind":"Name","value":"excludeMissingReports"}},{"kind":"Field","name":{"kind":"Name","value":"excludeLateReports"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueRemediation"}},{"kind":"Field","name":{"kind":"Name","value":"missingReports"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<EmulationListQuery, EmulationListQueryVariables>;
export const SaveEmulationRuleDocument = {"__meta__":{"hash":"1385ec0b566f3b907882d91c84aa14dcea0828a87a3dc230a1d007aaa538ccc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEmulationRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmulationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEmulationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minClassification"}}]}}]}}]} as unknown as DocumentNode<SaveEmulationRuleMutation, SaveEmulationRuleMutationVariables>;
export const ExportEmulationListDocument = {"__meta__":{"hash":"bbe93c224ccae26222f3e267df4b4c85d75a3b382e93a52eb452e6502f7e103f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportEmulationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportEmulationList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileDownloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileDownloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileDownload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<ExportEmulationListQuery, ExportEmulationListQueryVariables>;
export const InitiativesDocument = {"__meta__":{"hash":"3fdc82dad63408135d074d1a427ab9aad2b6afb2e98b4fe23dff44636500c570"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Initiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"bonusLeafCode"}},{"kind":"Field","name":{"kind":"Name","value":"bonusValue"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]}}]} as unknown as DocumentNode<InitiativesQuery, InitiativesQueryVariables>;
export const SaveInitiativeDocument = {"__meta__":{"hash":"aa073394f4df7126fe7422310166d1ed2db5ac8c4f1b91bf73e36a02b57dc746"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveInitiativeMutation, SaveInitiativeMutationVariables>;
export const DeleteInitiativeDocument = {"__meta__":{"hash":"077cb1c6927ecaf9fd801df64e11a0327fcf998b55bde5849de74e0487a1227c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteInitiativeMutation, DeleteInitiativeMutationVariables>;
export const ExportInitiativesDocument = {"__meta__":{"hash":"0e8d6d8b634f37d302481cf8d9725aea58949b85b92b7d91503c1a2905eedff2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportInitiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileDownloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileDownloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileDownload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<ExportInitiativesQuery, ExportInitiativesQueryVariables>;
export const UnitProvinceDocument = {"__meta__":{"hash":"fa7187317b43e196eaf72e88a7378d7b12ecd6681183cef4fb6585e021cb5cf6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitProvince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<UnitProvinceQuery, UnitProvinceQueryVariables>;
export const ScoreSheetDocument = {"__meta__":{"hash":"4156e59f3496f5aa2faa624e8cbb50c293b416242ab5d7a39fadd4cc6b81eff6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}}]}}]}}]} as unknown as DocumentNode<ScoreSheetQuery, ScoreSheetQueryVariables>;
export const ScoreSheetForDocument = {"__meta__":{"hash":"898a3434fab888f141e75bc5450f007ea8e168963f4700deb5b27da9fc79f93b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreSheetFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreSheetFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}}]}}]}}]} as unknown as DocumentNode<ScoreSheetForQuery, ScoreSheetForQueryVariables>;
export const ScoreSheetYearsDocument = {"__meta__":{"hash":"49742236d8dc71bfb74a18d250d2c0737fe4a036ff6722b7877b6b4ecbba71a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreSheetYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ScoreSheetYearsQuery, ScoreSheetYearsQueryVariables>;
export const AuditTrailDocument = {"__meta__":{"hash":"d950fde030b5788aa7988d1a7722a07ccc048a03e175701e7a1ee18bdf14c847"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"criterionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const SaveSelfAssessmentDocument = {"__meta__":{"hash":"933784dae37724cd052b64111ddab686a7f843c418f11f182c876de768759d93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSelfAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfAssessmentEntryInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSelfAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criterionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveSelfAssessmentMutation, SaveSelfAssessmentMutationVariables>;
export const SaveAppraisalDocument = {"__meta__":{"hash":"3ceec8856bdaff97f914863076f8ee333b4a8734d4a347ff51ef85003d16c803"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalEntryInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criterionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}}]} as unknown as DocumentNode<SaveAppraisalMutation, SaveAppraisalMutationVariables>;
export const ConfirmRuleReviewDocument = {"__meta__":{"hash":"4a60a6c324cac1fe183bfe3d21904e68ef5756c95a79efbf008535cc13d18ff8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRuleReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRuleReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"criterionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"allowNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuidance"}}]}}]}}]} as unknown as DocumentNode<ConfirmRuleReviewMutation, ConfirmRuleReviewMutationVariables>;
export const RequestExplanationDocument = {"__meta__":{"hash":"6e8acc3f1e10e10b13fbd9c717b919a11edae54a87d23db0c7b9e7cc7ae1790e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExplanationRequestInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExplanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<RequestExplanationMutation, RequestExplanationMutationVariables>;
export const SaveExplanationDocument = {"__meta__":{"hash":"3085c14f249715af5993b70337429b16d9d2dc4f6c50ad0d91c3e3066b9ba761"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExplanationEntryInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveExplanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criterionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}}]} as unknown as DocumentNode<SaveExplanationMutation, SaveExplanationMutationVariables>;
export const RemoveEvidenceDocument = {"__meta__":{"hash":"75c7db81892096a9060d5ad7b2aa9c4f44592646b1f11b1b4ac145f85a84ace1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"criterionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criterionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}}]} as unknown as DocumentNode<RemoveEvidenceMutation, RemoveEvidenceMutationVariables>;
export const SubmitSelfAssessmentDocument = {"__meta__":{"hash":"bb3df38a03b36fcf34bb2adcc14f404104d0c766d4ce6103b39001bcb1b0ad41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelfAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelfAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<SubmitSelfAssessmentMutation, SubmitSelfAssessmentMutationVariables>;
export const WithdrawSubmissionDocument = {"__meta__":{"hash":"3ffcf228d122f7388d72b5e0514e9423501d164e2c207d301cbda744d0c6be2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<WithdrawSubmissionMutation, WithdrawSubmissionMutationVariables>;
export const StartAppraisalDocument = {"__meta__":{"hash":"f1646a26fb554143d33812d096a2780fac3ffa2a22febf6ad82e2bed191fa9dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<StartAppraisalMutation, StartAppraisalMutationVariables>;
export const SubmitExplanationDocument = {"__meta__":{"hash":"f83c3fd352bb9000d4e52509d7f8551a9f550f2c16a77312b994678800b4e00c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitExplanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<SubmitExplanationMutation, SubmitExplanationMutationVariables>;
export const CloseExplanationDocument = {"__meta__":{"hash":"65ca9f50c5855ae2eab9249f0d36ad9f11436016896d1f73ac4c631e6c08d578"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeExplanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<CloseExplanationMutation, CloseExplanationMutationVariables>;
export const CompleteAppraisalDocument = {"__meta__":{"hash":"e1aa93e942efa783265f39df7ef714a77d5296fb7096ac18fb7148985127c5e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<CompleteAppraisalMutation, CompleteAppraisalMutationVariables>;
export const ReturnToAppraisalDocument = {"__meta__":{"hash":"284e6b532146209697b4307f1cb9f1f180d92e4e6fd59258a3f10f0bd1f09c08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnToAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnToAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<ReturnToAppraisalMutation, ReturnToAppraisalMutationVariables>;
export const ApproveScoreSheetDocument = {"__meta__":{"hash":"02ee96bca0aacbbb96532a6af6c4640faa5efe46568482c61f3566ea11e145fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveScoreSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveScoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<ApproveScoreSheetMutation, ApproveScoreSheetMutationVariables>;
export const ReopenScoreSheetDocument = {"__meta__":{"hash":"dbffefda29ec4a4563f162144c9772e80f2d8c6726aa28051fbecd1616fcc49f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenScoreSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenTarget"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenScoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetAttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sheetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"attestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"historyReadable"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetAttestationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"selfIndex"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalComplete"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaToAppraise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPenaltyDefaultZero"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round1Points"}},{"kind":"Field","name":{"kind":"Name","value":"round1Note"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequested"}},{"kind":"Field","name":{"kind":"Name","value":"explanationRequestNote"}},{"kind":"Field","name":{"kind":"Name","value":"explanationText"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round2Points"}},{"kind":"Field","name":{"kind":"Name","value":"round2Note"}},{"kind":"Field","name":{"kind":"Name","value":"finalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"surveyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReview"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByAssessor"}},{"kind":"Field","name":{"kind":"Name","value":"assessorEntryReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessorRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSheetStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSheetHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEntryFields"}}]}}]}}]} as unknown as DocumentNode<ReopenScoreSheetMutation, ReopenScoreSheetMutationVariables>;
export const SheetQueueDocument = {"__meta__":{"hash":"b4ce22a34e4dc9eb64656c9fa240387d1f043f68eeb6222dd6c6f05d1a2b2a9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SheetQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"sheetId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}}]}}]} as unknown as DocumentNode<SheetQueueQuery, SheetQueueQueryVariables>;
export const SurveyImportTemplateDocument = {"__meta__":{"hash":"73a2e874e4d1b4673243778ebe0e015bcbfbc2be368b740f2f626f67a8662cf6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyImportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileDownloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileDownloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileDownload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<SurveyImportTemplateQuery, SurveyImportTemplateQueryVariables>;
export const SurveyImportPreviewDocument = {"__meta__":{"hash":"8fd1e07e012f16373abf29e199c1bbb614caaec3881568ff091f4f40e6b92b90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"base64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyFileFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyImportPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"base64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"base64"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyImportPreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"validCount"}},{"kind":"Field","name":{"kind":"Name","value":"blankCount"}},{"kind":"Field","name":{"kind":"Name","value":"changedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"canApply"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"currentPoints"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<SurveyImportPreviewQuery, SurveyImportPreviewQueryVariables>;
export const ImportSurveyResultsDocument = {"__meta__":{"hash":"fe35ae7be9b1e545eb119c25e215bb6a01d590e2e8ecb9cdf0756a9d12d0f364"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"base64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyFileFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSurveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"base64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"base64"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsUpdated"}}]}}]}}]} as unknown as DocumentNode<ImportSurveyResultsMutation, ImportSurveyResultsMutationVariables>;
export const ProbeDocument = {"__meta__":{"hash":"95fc18e3d7baed0f70be70c3c1c831b2bdfb68889f337642697891ee7dfbf345"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeQuery, ProbeQueryVariables>;