import type { OrgUnitKind } from '@/graphql/generated/graphql';

/** What the dialogs need to know about the unit they act on. */
export interface DialogUnit {
  id: string;
  name: string;
  kind: OrgUnitKind;
  subtype: string;
  code: string;
  validFrom?: string | null;
  parent?: { id: string; name: string } | null;
}
