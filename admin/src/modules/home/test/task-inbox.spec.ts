import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { createMockClient } from '@/test/mock-apollo';
import TaskInbox from '../components/TaskInbox.vue';
import type { InboxTask } from '../composables/task-link';

function task(over: Partial<InboxTask> & Pick<InboxTask, 'id' | 'kind' | 'title'>): InboxTask {
  return {
    __typename: 'Task',
    detail: null,
    yearId: 'y2025',
    year: 2025,
    yearName: 'Chỉ số CCHC năm 2025',
    sheetId: null,
    targetId: null,
    unitId: null,
    unitName: null,
    deadline: null,
    deadlineFor: null,
    daysLeft: null,
    overdue: false,
    ...over,
  };
}

function mountInbox(tasks: InboxTask[]) {
  const mocks = createMockClient({ MyTasks: () => ({ data: { myTasks: tasks } }) });
  return mount(TaskInbox, {
    global: {
      plugins: [i18n],
      provide: { [DefaultApolloClient as symbol]: mocks.client },
      stubs: { RouterLink: { props: ['to'], template: '<a :data-to="JSON.stringify(to)"><slot /></a>' } },
    },
  });
}

const due = (item: ReturnType<ReturnType<typeof mountInbox>['find']>) =>
  item.findAll('[data-testid="task-due"] > span').map((s) => s.text());

describe('Việc cần làm', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'vi';
  });

  it('lists each task with what its deadline is for and the days left, overdue in red, linking to the right sheet or year', async () => {
    const wrapper = mountInbox([
      task({
        id: 'sheet:s24:EXPLAIN',
        kind: 'EXPLAIN',
        title: 'Giải trình theo đề nghị của đơn vị thẩm định',
        yearId: 'y2024',
        year: 2024,
        yearName: 'Chỉ số CCHC năm 2024',
        sheetId: 's24',
        deadline: '2025-03-02',
        deadlineFor: 'Hạn giải trình',
        daysLeft: -2,
        overdue: true,
      }),
      task({
        id: 'sheet:s25:FILL',
        kind: 'FILL',
        title: 'Nhập phiếu tự đánh giá',
        detail: 'Còn 34/41 tiêu chí chưa nhập',
        sheetId: 's25',
        deadline: '2025-12-15',
        deadlineFor: 'Hạn nộp tự đánh giá',
        daysLeft: 10,
      }),
      task({ id: 'year:y26:OPEN_YEAR', kind: 'OPEN_YEAR', title: 'Mở kỳ tự đánh giá', yearId: 'y2026' }),
    ]);
    await flushPromises();
    expect(wrapper.find('[data-testid="inbox-count"]').text()).toBe('3 việc');
    const explain = wrapper.find('[data-testid="task-EXPLAIN"]');
    expect(explain.classes()).toContain('overdue');
    expect(due(explain)).toEqual(['Hạn giải trình: 02/03/2025', 'Quá hạn 2 ngày']);
    expect(explain.find('.late').exists()).toBe(true);
    expect(JSON.parse(explain.find('a').attributes('data-to')!)).toEqual({ name: 'scoreSheet', params: { id: 's24' } });
    const fill = wrapper.find('[data-testid="task-FILL"]');
    expect(fill.classes()).not.toContain('overdue');
    expect(fill.text()).toContain('Chỉ số CCHC năm 2025 · Còn 34/41 tiêu chí chưa nhập');
    expect(due(fill)).toEqual(['Hạn nộp tự đánh giá: 15/12/2025', 'Còn 10 ngày']);
    const open = wrapper.find('[data-testid="task-OPEN_YEAR"]');
    expect(JSON.parse(open.find('a').attributes('data-to')!)).toEqual({ name: 'year', params: { id: 'y2026' } });
    expect(due(open)).toEqual(['Không có hạn']);
  });

  it('says so when nothing waits', async () => {
    const wrapper = mountInbox([]);
    await flushPromises();
    expect(wrapper.find('[data-testid="inbox-empty"]').text()).toBe('Không có việc nào đang chờ bạn.');
  });
});
