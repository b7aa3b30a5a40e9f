import type { RequestContext } from '../../platform/auth/request-context';
import type { OrgLoaders } from './org-unit/org-unit.loaders';

export type OrgContext = RequestContext<OrgLoaders>;
