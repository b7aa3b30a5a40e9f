import { computed, type ComputedRef, type InjectionKey, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { SheetLeafRemediationQuery } from '@/graphql/generated/graphql';
import { addDays, DEFAULT_REMEDIATION_DAYS } from '@domain/accountability/remediation';
import { todayIso } from '@/i18n/format';
import { SheetLeafRemediationDocument } from '../inspection-graphql';

export type LeafRemediationRow = NonNullable<SheetLeafRemediationQuery['scoreSheet']>['leafRemediation'][number];

/**
 * The remediation column of the sheet (issue 10 §4): per leaf, what it lost in appraisal and
 * whether the assessor may give it an item ("Giao khắc phục"), and the state of the item given.
 * The server decides who sees what; one query for the whole sheet.
 */
export function useLeafRemediation(sheetId: Ref<string | null | undefined>) {
  const q = useQuery(
    SheetLeafRemediationDocument,
    () => ({ id: sheetId.value ?? '' }),
    () => ({ enabled: !!sheetId.value, fetchPolicy: 'cache-and-network' }),
  );
  const byLeaf = computed(() => new Map((q.result.value?.scoreSheet?.leafRemediation ?? []).map((r) => [r.criterionId, r])));
  return { byLeaf, refetch: () => q.refetch() };
}

/** The deadline offered by default: the same span an inspection's items get. */
export function defaultRemediationDeadline(now = new Date()): string {
  return addDays(todayIso(now), DEFAULT_REMEDIATION_DAYS);
}

export interface LeafRemediationContext {
  byLeaf: ComputedRef<Map<string, LeafRemediationRow>>;
  yearId: ComputedRef<string | null>;
  assign: (row: LeafRemediationRow) => void;
}

export const LEAF_REMEDIATION: InjectionKey<LeafRemediationContext> = Symbol('leaf-remediation');
