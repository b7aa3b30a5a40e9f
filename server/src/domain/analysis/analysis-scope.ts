/**
 * Who sees which analysis (and annual report) of a year — the delegation rules of the sheets
 * applied to figures across units:
 *  - the province's own staff (administrator, appraisers, chair, viewers) see the whole province,
 *    or one district's communes when they ask for it;
 *  - a district (the assessor of its communes in a three-level year) sees its communes only —
 *    through its assessor-side roles (visibility.ts): the district's own officers and head are an
 *    assessed unit like any other, and read the communes' figures only once they are published;
 *  - an assessed unit sees no analysis before publication (only its own sheet, elsewhere); after
 *    publication the results are public, so a unit of the province reads the province's figures;
 *  - another province, an external app or an anonymous caller: nothing.
 */
import type { LocalizedText } from '../scoring';

export type AnalysisScope = { readonly kind: 'PROVINCE' } | { readonly kind: 'DISTRICT'; readonly districtUnitId: string };

export interface AnalysisScopeArgs {
  /** null: not a signed-in user (anonymous or an external app). */
  readonly actorUnitId: string | null;
  readonly signedIn: boolean;
  readonly provinceUnitId: string;
  /** The province's own staff: a user of the province unit, or its administrator (Sở Nội vụ). */
  readonly actorIsProvinceStaff: boolean;
  readonly yearPublished: boolean;
  /** The district asked for (province staff may narrow to one), or null. */
  readonly requestedDistrictId: string | null;
  /** The actor's unit assesses, or is the parent district of, units on this year's roster. */
  readonly actorIsDistrictOfYear: boolean;
  /** The actor holds an assessor-side role (administrator, appraiser, chair, viewer: visibility.ts ASSESSOR_SIDE_ROLES). */
  readonly actorAssessorSide: boolean;
  /** The actor's unit belongs to the province (on, or assessing units on, one of its rosters). */
  readonly actorIsProvinceMember: boolean;
}

export type AnalysisRefusal = 'NOT_SIGNED_IN' | 'OTHER_PROVINCE' | 'UNPUBLISHED' | 'OTHER_DISTRICT';
export type AnalysisScopeDecision =
  | { readonly scope: AnalysisScope }
  | { readonly refused: AnalysisRefusal; readonly message: LocalizedText };

const REFUSALS: Record<AnalysisRefusal, LocalizedText> = {
  NOT_SIGNED_IN: { vi: 'Cần đăng nhập để xem phân tích kết quả.', en: 'Sign in to read the analysis.' },
  OTHER_PROVINCE: { vi: 'Bạn không thuộc tỉnh của kỳ đánh giá này.', en: 'You do not belong to the province of this assessment year.' },
  UNPUBLISHED: {
    vi: 'Phân tích kết quả của kỳ chưa công bố chỉ dành cho cơ quan chủ trì và đơn vị đánh giá; đơn vị chỉ xem phiếu của mình.',
    en: 'Before publication the analysis is for the province and the assessing units; a unit reads its own sheet only.',
  },
  OTHER_DISTRICT: { vi: 'Bạn chỉ xem được các xã do đơn vị mình đánh giá.', en: 'You may only read the communes your unit assesses.' },
};

const refuse = (refused: AnalysisRefusal): AnalysisScopeDecision => ({ refused, message: REFUSALS[refused] });

export function analysisScope(args: AnalysisScopeArgs): AnalysisScopeDecision {
  if (!args.signedIn || args.actorUnitId === null) return refuse('NOT_SIGNED_IN');
  const district = (id: string): AnalysisScopeDecision => ({ scope: { kind: 'DISTRICT', districtUnitId: id } });
  if (args.actorIsProvinceStaff || args.actorUnitId === args.provinceUnitId)
    return args.requestedDistrictId ? district(args.requestedDistrictId) : { scope: { kind: 'PROVINCE' } };
  if (args.actorIsDistrictOfYear && args.actorAssessorSide) {
    if (args.requestedDistrictId && args.requestedDistrictId !== args.actorUnitId) return refuse('OTHER_DISTRICT');
    return district(args.actorUnitId);
  }
  if (!args.actorIsProvinceMember) return refuse('OTHER_PROVINCE');
  if (!args.yearPublished) return refuse('UNPUBLISHED');
  return args.requestedDistrictId ? district(args.requestedDistrictId) : { scope: { kind: 'PROVINCE' } };
}
