import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { useRoute, useRouter } from 'vue-router';
import { useSessionStore } from '@/stores/session';
import { ProvinceOfUnitDocument, YearListDocument, YearDetailDocument } from '@/graphql/years';
import type { YearStatus } from '@/graphql/generated/graphql';

/** The province the signed-in user works in: his own unit, or its PROVINCE ancestor. */
export function useProvinceId(): Ref<string | null> {
  const session = useSessionStore();
  const unit = computed(() => session.user?.unit ?? null);
  const needsLookup = computed(() => !!unit.value && unit.value.kind !== 'PROVINCE');
  const { result } = useQuery(
    ProvinceOfUnitDocument,
    () => ({ id: unit.value?.id ?? '' }),
    () => ({ enabled: needsLookup.value }),
  );
  return computed(() => {
    if (!unit.value) return null;
    if (unit.value.kind === 'PROVINCE') return unit.value.id;
    return result.value?.orgUnit?.ancestors.find((a) => a.kind === 'PROVINCE')?.id ?? null;
  });
}

/** The province's years, newest first. */
export function useYearList() {
  const provinceId = useProvinceId();
  const q = useQuery(
    YearListDocument,
    () => ({ provinceId: provinceId.value ?? '' }),
    () => ({ enabled: !!provinceId.value }),
  );
  const years = computed(() => [...(q.result.value?.assessmentYears ?? [])].sort((a, b) => b.year - a.year));
  return { provinceId, years, loading: q.loading, error: q.error, refetch: q.refetch };
}

/** The group a page opens: the URL's if it is one of the year's, else the preferred one, else the first. */
export function pickGroup(groups: readonly { id: string }[], fromUrl: unknown, preferred: string | null): string | null {
  if (typeof fromUrl === 'string' && groups.some((g) => g.id === fromUrl)) return fromUrl;
  if (preferred && groups.some((g) => g.id === preferred)) return preferred;
  return groups[0]?.id ?? null;
}

/**
 * A `?year=` (and optionally `?group=`) selection kept in the URL so a page can be linked and
 * reloaded; defaults to the newest year and its first group.
 */
export function useYearSelection(
  options: {
    prefer?: (y: { status: YearStatus }) => boolean;
    /** The group to open when the URL names none (e.g. the signed-in unit's own group). */
    preferGroup?: () => string | null;
  } = {},
) {
  const route = useRoute();
  const router = useRouter();
  const list = useYearList();
  const yearId = computed<string | null>(() => {
    const q = route.query.year;
    if (typeof q === 'string' && list.years.value.some((y) => y.id === q)) return q;
    const preferred = options.prefer ? list.years.value.find(options.prefer) : undefined;
    return preferred?.id ?? list.years.value[0]?.id ?? null;
  });
  const detail = useQuery(
    YearDetailDocument,
    () => ({ id: yearId.value ?? '' }),
    () => ({ enabled: !!yearId.value }),
  );
  const year = computed(() => detail.result.value?.assessmentYear ?? null);
  const groups = computed(() => [...(year.value?.groups ?? [])].sort((a, b) => a.sortOrder - b.sortOrder));
  const groupId = computed<string | null>(() => pickGroup(groups.value, route.query.group, options.preferGroup?.() ?? null));
  const group = computed(() => groups.value.find((g) => g.id === groupId.value) ?? null);
  /**
   * The address names a year (or a group of it) that does not exist or is not the user's, once
   * the lists are in: the page shows "Không tìm thấy" instead of silently opening another one.
   */
  const missing = computed(() => {
    const q = route.query;
    const years = list.years.value;
    if (typeof q.year === 'string' && q.year && years.length > 0 && !list.loading.value && !years.some((y) => y.id === q.year)) return true;
    return (
      typeof q.group === 'string' &&
      !!q.group &&
      yearId.value === q.year &&
      !!year.value &&
      !detail.loading.value &&
      !groups.value.some((g) => g.id === q.group)
    );
  });
  function select(next: { year?: string | null; group?: string | null; [k: string]: string | null | undefined }) {
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...route.query, ...next })) if (typeof v === 'string' && v) query[k] = v;
    if (next.year && next.year !== yearId.value && next.group === undefined) delete query.group;
    return router.replace({ query });
  }
  return {
    ...list,
    yearId,
    year,
    groups,
    groupId,
    group,
    select,
    missing,
    detailLoading: detail.loading,
    refetchDetail: detail.refetch,
  };
}

export const STATUS_TONE: Record<YearStatus, 'neutral' | 'primary' | 'warning' | 'success' | 'info'> = {
  PLANNING: 'neutral',
  SELF_ASSESSMENT: 'primary',
  APPRAISAL: 'warning',
  FINALIZED: 'info',
  PUBLISHED: 'success',
};
