import { computed, type ComputedRef, type InjectionKey, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { SheetPriorRemediationQuery } from '@/graphql/generated/graphql';
import { SheetPriorRemediationDocument } from '../inspection-graphql';

export type PriorItem = NonNullable<SheetPriorRemediationQuery['scoreSheet']>['priorRemediation'][number];

/**
 * Earlier years' remediation items of the sheet's unit that are not closed (issue 10 §4: "listed
 * in next year's sheet beside the leaf they came from"), by criterion code.
 */
export function usePriorRemediation(sheetId: Ref<string | null | undefined>) {
  const q = useQuery(
    SheetPriorRemediationDocument,
    () => ({ id: sheetId.value ?? '' }),
    () => ({ enabled: !!sheetId.value }),
  );
  const items = computed<PriorItem[]>(() => q.result.value?.scoreSheet?.priorRemediation ?? []);
  const byCode = computed(() => {
    const map = new Map<string, PriorItem[]>();
    for (const i of items.value) if (i.criterionCode) map.set(i.criterionCode, [...(map.get(i.criterionCode) ?? []), i]);
    return map;
  });
  return { items, byCode };
}

export const PRIOR_REMEDIATION: InjectionKey<ComputedRef<Map<string, PriorItem[]>>> = Symbol('prior-remediation');
