import type { Role } from '@/graphql/generated/graphql';

export const ALL_ROLES: readonly Role[] = ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'UNIT_OFFICER', 'UNIT_HEAD', 'VIEWER'];

/**
 * What each role may do in the admin (domain.md §1). The server enforces the same rules; this
 * only decides what the UI offers, so a role never sees a button it cannot use.
 */
export type Capability =
  | 'orgUnits.browse' // the whole org tree
  | 'orgUnits.ownUnit' // only the own unit's page
  | 'orgUnits.manage'
  | 'orgUnits.import'
  | 'users.manage'
  | 'scoreSheets.own' // the own unit's score sheet (Phiếu chấm điểm)
  | 'progress.view' // assessor dashboards (Theo dõi tiến độ) and the sheets they list
  | 'years.read' // Kỳ đánh giá, Bộ tiêu chí (read)
  | 'years.manage' // create/configure years, criteria sets, status
  | 'results.read'
  | 'analysis.read' // Phân tích & báo cáo (units: published years only, enforced by the server)
  | 'surveys.import' // Nhập điều tra XHH (the server allows the province's administrator only)
  | 'apiClients.manage' // Ứng dụng khai thác (API keys of external apps)
  | 'accountability.assess' // Người đứng đầu, kiểm tra, khắc phục, báo cáo định kỳ, thi đua (assessor side)
  | 'accountability.unit'; // the unit's own remediation items and periodic reports

const MATRIX: Record<Capability, readonly Role[]> = {
  'orgUnits.browse': ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'VIEWER'],
  'orgUnits.ownUnit': ['UNIT_OFFICER', 'UNIT_HEAD'],
  'orgUnits.manage': ['PROVINCE_ADMIN'],
  'orgUnits.import': ['PROVINCE_ADMIN'],
  'users.manage': ['PROVINCE_ADMIN'],
  'scoreSheets.own': ['UNIT_OFFICER', 'UNIT_HEAD'],
  'progress.view': ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'VIEWER'],
  'years.read': ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'VIEWER'],
  'years.manage': ['PROVINCE_ADMIN'],
  // Units see results once published (the server filters what each role may read).
  'results.read': ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'VIEWER', 'UNIT_OFFICER', 'UNIT_HEAD'],
  'apiClients.manage': ['PROVINCE_ADMIN'],
  'analysis.read': ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'VIEWER', 'UNIT_OFFICER', 'UNIT_HEAD'],
  'surveys.import': ['PROVINCE_ADMIN'],
  'accountability.assess': ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'VIEWER'],
  'accountability.unit': ['UNIT_OFFICER', 'UNIT_HEAD'],
};

export function can(roles: readonly Role[] | undefined, capability: Capability): boolean {
  if (!roles) return false;
  return MATRIX[capability].some((r) => roles.includes(r));
}

export function canAny(roles: readonly Role[] | undefined, capabilities: readonly Capability[]) {
  return capabilities.some((c) => can(roles, c));
}
