import { ref, type Ref } from 'vue';

/**
 * The next page of a keyset list (a table's `@reach-end`): asks for the page after the last cursor
 * while there is one, and never twice at once — a scroll that reaches the end again while a page is
 * on its way asks for nothing.
 */
export function useLoadMore(
  pageInfo: Ref<{ hasNextPage: boolean; endCursor?: string | null } | undefined>,
  fetchAfter: (after: string | null | undefined) => Promise<unknown> | undefined,
) {
  const loadingMore = ref(false);
  async function loadMore() {
    if (!pageInfo.value?.hasNextPage || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchAfter(pageInfo.value.endCursor);
    } finally {
      loadingMore.value = false;
    }
  }
  return { loadingMore, loadMore };
}
