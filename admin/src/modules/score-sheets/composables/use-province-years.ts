import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '@/graphql/generated';
import { useSessionStore } from '@/stores/session';
import { MyYearsDocument } from '../graphql';

const UnitProvinceDocument = graphql(`
  query UnitProvince($id: ID!) {
    orgUnit(id: $id) {
      id
      kind
      ancestors {
        id
        kind
      }
    }
  }
`);

/**
 * The signed-in user's province (their unit, or its PROVINCE ancestor) and its assessment
 * years, newest first — what the score-sheet and progress pages pick a year from.
 */
export function useProvinceYears() {
  const session = useSessionStore();
  const unitId = computed(() => session.user?.unit.id ?? '');
  const unitQuery = useQuery(
    UnitProvinceDocument,
    () => ({ id: unitId.value }),
    () => ({ enabled: !!unitId.value }),
  );
  const provinceId = computed(() => {
    const u = unitQuery.result.value?.orgUnit;
    if (!u) return null;
    if (u.kind === 'PROVINCE') return u.id;
    return u.ancestors.find((a) => a.kind === 'PROVINCE')?.id ?? null;
  });
  const yearsQuery = useQuery(
    MyYearsDocument,
    () => ({ provinceId: provinceId.value ?? '' }),
    () => ({ enabled: !!provinceId.value }),
  );
  const years = computed(() => [...(yearsQuery.result.value?.assessmentYears ?? [])].sort((a, b) => b.year - a.year));
  const loading = computed(() => unitQuery.loading.value || yearsQuery.loading.value);
  /** The newest year past planning (the one people work on), else the newest. */
  const defaultYear = computed(() => years.value.find((y) => y.status !== 'PLANNING') ?? years.value[0] ?? null);
  return { provinceId, years, loading, defaultYear };
}
