import type { RouteLocationRaw } from 'vue-router';
import type { IconName } from '@/components/AppIcon.vue';
import type { Capability } from '@/permissions';
import type { SessionUser } from '@/stores/session';

export interface NavItem {
  key: string;
  labelKey: string;
  icon: IconName;
  to: RouteLocationRaw;
  /** Shown when the user has any of these; none = everyone signed in. */
  capabilities?: Capability[];
}

/**
 * The menu. Later modules (Kỳ đánh giá, Bộ tiêu chí, Phiếu chấm điểm, Theo dõi tiến độ,
 * Kết quả & xếp hạng) are added here when their pages exist.
 */
export function navItems(user: SessionUser): NavItem[] {
  return [
    { key: 'home', labelKey: 'nav.home', icon: 'home', to: { name: 'home' } },
    { key: 'orgUnits', labelKey: 'nav.orgUnits', icon: 'building', to: { name: 'orgUnits' }, capabilities: ['orgUnits.browse'] },
    {
      key: 'myUnit',
      labelKey: 'nav.myUnit',
      icon: 'building',
      to: { name: 'orgUnit', params: { id: user.unit.id } },
      capabilities: ['orgUnits.ownUnit'],
    },
    { key: 'users', labelKey: 'nav.users', icon: 'users', to: { name: 'users' }, capabilities: ['users.manage'] },
    { key: 'scoreSheets', labelKey: 'scoreSheets.nav', icon: 'edit', to: { name: 'scoreSheets' }, capabilities: ['scoreSheets.own'] },
    { key: 'progress', labelKey: 'progress.nav', icon: 'inbox', to: { name: 'progress' }, capabilities: ['progress.view'] },
    { key: 'years', labelKey: 'years.nav', icon: 'calendar', to: { name: 'years' }, capabilities: ['years.read'] },
    { key: 'criteria', labelKey: 'criteria.nav', icon: 'list', to: { name: 'criteria' }, capabilities: ['years.read'] },
    { key: 'results', labelKey: 'results.nav', icon: 'chart', to: { name: 'results' }, capabilities: ['results.read'] },
    { key: 'analysis', labelKey: 'analysis.nav', icon: 'list', to: { name: 'analysis' }, capabilities: ['analysis.read'] },
    {
      key: 'nationalIndices',
      labelKey: 'analysis.national.nav',
      icon: 'chart',
      to: { name: 'nationalIndices' },
      capabilities: ['analysis.read'],
    },
    { key: 'surveyImport', labelKey: 'survey.nav', icon: 'upload', to: { name: 'surveyImport' }, capabilities: ['surveys.import'] },
    {
      key: 'accountabilityHeads',
      labelKey: 'accountability.nav',
      icon: 'users',
      to: { name: 'accountabilityHeads' },
      capabilities: ['accountability.assess'],
    },
    {
      key: 'periodicReports',
      labelKey: 'reports.nav',
      icon: 'calendar',
      to: { name: 'periodicReports' },
      capabilities: ['accountability.assess', 'accountability.unit'],
    },
    {
      key: 'emulation',
      labelKey: 'emulation.nav',
      icon: 'chart',
      to: { name: 'emulation' },
      capabilities: ['accountability.assess', 'accountability.unit'],
    },
    {
      key: 'accountabilityInspections',
      labelKey: 'inspections.nav',
      icon: 'search',
      to: { name: 'accountabilityInspections' },
      capabilities: ['accountability.assess'],
    },
    {
      key: 'unitInspections',
      labelKey: 'inspections.nav',
      icon: 'search',
      to: { name: 'unitInspections' },
      capabilities: ['accountability.unit'],
    },
    {
      key: 'accountabilityRemediation',
      labelKey: 'remediation.nav',
      icon: 'check',
      to: { name: 'accountabilityRemediation' },
      capabilities: ['accountability.assess', 'accountability.unit'],
    },
    { key: 'apiClients', labelKey: 'apiClients.nav', icon: 'key', to: { name: 'apiClients' }, capabilities: ['apiClients.manage'] },
  ];
}
