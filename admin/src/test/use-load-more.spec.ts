import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { useLoadMore } from '@/composables/use-load-more';

describe('useLoadMore (a keyset list’s next page)', () => {
  it('asks for the page after the last cursor, once at a time, and nothing past the last page', async () => {
    const pageInfo = ref<{ hasNextPage: boolean; endCursor?: string | null } | undefined>({ hasNextPage: true, endCursor: 'c50' });
    const asked: (string | null | undefined)[] = [];
    let answer: () => void = () => undefined;
    const { loadingMore, loadMore } = useLoadMore(pageInfo, (after) => {
      asked.push(after);
      return new Promise<void>((resolve) => (answer = resolve));
    });

    const first = loadMore();
    expect(loadingMore.value).toBe(true);
    await loadMore(); // the end reached again while the page is on its way
    expect(asked).toEqual(['c50']);
    answer();
    await first;
    expect(loadingMore.value).toBe(false);

    pageInfo.value = { hasNextPage: true, endCursor: 'c100' };
    const second = loadMore();
    answer();
    await second;
    expect(asked).toEqual(['c50', 'c100']);

    pageInfo.value = { hasNextPage: false, endCursor: 'c120' };
    await loadMore();
    pageInfo.value = undefined;
    await loadMore();
    expect(asked).toEqual(['c50', 'c100']);
  });

  it('a failed page leaves the list able to ask again', async () => {
    const pageInfo = ref({ hasNextPage: true, endCursor: 'c50' });
    let calls = 0;
    const { loadingMore, loadMore } = useLoadMore(pageInfo, () => {
      calls++;
      return Promise.reject(new Error('mạng lỗi'));
    });
    await expect(loadMore()).rejects.toThrow('mạng lỗi');
    expect(loadingMore.value).toBe(false);
    await expect(loadMore()).rejects.toThrow('mạng lỗi');
    expect(calls).toBe(2);
  });
});
