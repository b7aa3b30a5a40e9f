import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { GraphQLError } from 'graphql';
import { useSubmit } from '@/composables/use-submit';
import { useToastStore } from '@/stores/toast';
import { DeleteInspectionDocument } from '@/modules/accountability/inspection-graphql';
import { createMockClient, type Handler } from '@/test/mock-apollo';

/** useSubmit inside a component (it needs the page's Apollo client and the toast store). */
function setup(handlers: Record<string, Handler>) {
  const mocks = createMockClient(handlers);
  let submit!: ReturnType<typeof useSubmit>;
  mount(
    defineComponent({
      setup() {
        submit = useSubmit();
        return () => h('div');
      },
    }),
    { global: { provide: { [DefaultApolloClient as symbol]: mocks.client } } },
  );
  return { submit, calls: mocks.calls, toast: useToastStore() };
}

describe('useSubmit', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('is busy while the mutation runs, then toasts and runs what follows, still busy', async () => {
    let answer!: () => void;
    const { submit, calls, toast } = setup({
      DeleteInspection: () => new Promise((resolve) => (answer = () => resolve({ data: { deleteInspection: true } }))),
    });
    const seen: { busy: boolean; toasts: string[] }[] = [];
    const done = submit.mutate(
      DeleteInspectionDocument,
      { id: 'i1', reason: 'Nhập trùng' },
      { success: 'Đã xóa', then: () => seen.push({ busy: submit.busy.value, toasts: toast.toasts.map((x) => x.title) }) },
    );
    await flushPromises();
    expect(submit.busy.value).toBe(true);
    expect(calls).toEqual([{ operationName: 'DeleteInspection', variables: { id: 'i1', reason: 'Nhập trùng' } }]);
    expect(seen).toEqual([]);
    answer();
    expect(await done).toBe(true);
    expect(seen).toEqual([{ busy: true, toasts: ['Đã xóa'] }]);
    expect(submit.busy.value).toBe(false);
    expect(toast.toasts.map((x) => [x.kind, x.title])).toEqual([['success', 'Đã xóa']]);
  });

  it('on a refusal: no toast here (the error link shows it), nothing follows, not busy', async () => {
    const { submit, toast } = setup({
      DeleteInspection: () => ({
        errors: [new GraphQLError('Phải nêu lý do xóa.', { extensions: { code: 'BAD_USER_INPUT' } })],
      }),
    });
    let followed = false;
    const ok = await submit.mutate(
      DeleteInspectionDocument,
      { id: 'i1', reason: '' },
      { success: 'Đã xóa', then: () => (followed = true) },
    );
    expect(ok).toBe(false);
    expect(followed).toBe(false);
    expect(submit.busy.value).toBe(false);
    expect(toast.toasts).toEqual([]);
  });

  it('hands an error the error link does not see (an upload’s) to onError; waits for what follows', async () => {
    const { submit } = setup({});
    const uploadFailed = new Error('Tệp quá lớn');
    const errors: unknown[] = [];
    expect(await submit.run(() => Promise.reject(uploadFailed), { success: 'Đã gửi', onError: (e) => errors.push(e) })).toBe(false);
    expect(errors).toEqual([uploadFailed]);

    const order: string[] = [];
    const ok = await submit.run(() => Promise.resolve(order.push('work')), {
      success: 'Đã gửi',
      then: async () => {
        await flushPromises();
        order.push('refetched');
      },
    });
    order.push('returned');
    expect(ok).toBe(true);
    expect(order).toEqual(['work', 'refetched', 'returned']);
  });
});
