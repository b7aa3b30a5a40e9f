import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { createMockClient } from '@/test/mock-apollo';
import { MAX_IMPORT_FILE_BYTES } from '@domain/scoring/import-limits';
import SurveyImportPanel from '../components/SurveyImportPanel.vue';

type Row = {
  row: number;
  unitCode: string;
  unitName: string;
  value: string;
  points: number;
  currentPoints: number | null;
  changed: boolean;
};
const row = (r: Row) => ({ __typename: 'SurveyImportPreviewRow', criterionCode: '9.1', criterionTitle: 'Mức độ hài lòng (SIPAS)', ...r });
const preview = (over: Record<string, unknown>) => ({
  data: {
    surveyImportPreview: {
      __typename: 'SurveyImportPreview',
      rowCount: 2,
      validCount: 2,
      blankCount: 0,
      changedCount: 2,
      sheetsAffected: 2,
      canApply: true,
      issues: [],
      rows: [],
      ...over,
    },
  },
});

function setup() {
  let stored: number | null = null;
  const mocks = createMockClient({
    SurveyImportPreview: (v) => {
      const text = atob(String(v.base64));
      if (text.includes('abc'))
        return preview({
          rowCount: 3,
          validCount: 1,
          changedCount: 1,
          sheetsAffected: 1,
          canApply: false,
          issues: [
            {
              __typename: 'SurveyImportIssue',
              row: 3,
              code: 'UNKNOWN_UNIT',
              message: 'Dòng 3: mã đơn vị "99999" không có trong danh sách đơn vị được đánh giá của kỳ',
            },
            { __typename: 'SurveyImportIssue', row: 4, code: 'INVALID_VALUE', message: 'Dòng 4: giá trị "abc" không phải là số' },
          ],
          rows: [row({ row: 2, unitCode: '07120', unitName: 'Xã An Sinh', value: '80', points: 24, currentPoints: null, changed: true })],
        });
      return preview({
        rowCount: 1,
        validCount: 1,
        changedCount: stored === null ? 1 : 0,
        sheetsAffected: stored === null ? 1 : 0,
        rows: [
          row({
            row: 2,
            unitCode: '07120',
            unitName: 'Xã An Sinh',
            value: '80',
            points: 24,
            currentPoints: stored,
            changed: stored === null,
          }),
        ],
      });
    },
    ImportSurveyResults: () => {
      stored = 24;
      return { data: { importSurveyResults: { __typename: 'SurveyImportResult', imported: 1, changed: 1, sheetsUpdated: 1 } } };
    },
  });
  const wrapper = mount(SurveyImportPanel, {
    props: { yearId: 'y2025' },
    attachTo: document.body,
    global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client } },
  });
  return { wrapper, calls: mocks.calls };
}

async function pick(wrapper: ReturnType<typeof setup>['wrapper'], name: string, text: string) {
  const input = wrapper.get('[data-testid="survey-file"]');
  Object.defineProperty(input.element, 'files', { value: [new File([text], name)], configurable: true });
  await input.trigger('change');
  await new Promise((r) => setTimeout(r, 20));
  await flushPromises();
}

describe('survey import panel (Nhập kết quả điều tra xã hội học)', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
    document.body.innerHTML = '';
  });

  it('shows every row error in Vietnamese with its kind, and keeps the import disabled', async () => {
    const { wrapper, calls } = setup();
    await pick(wrapper, 'ket-qua.csv', 'Mã đơn vị;Mã tiêu chí;Giá trị\n07120;9.1;80\n99999;9.1;50\n07121;9.1;abc\n');
    await wrapper.get('[data-testid="survey-check"]').trigger('click');
    await vi.waitFor(() => wrapper.get('[data-testid="survey-errors"]'), { timeout: 10_000 });
    expect(calls.find((c) => c.operationName === 'SurveyImportPreview')?.variables).toMatchObject({ yearId: 'y2025', format: 'CSV' });
    const errors = wrapper.get('[data-testid="survey-errors"]').findAll('tbody tr');
    expect(errors.map((r) => r.findAll('td').map((c) => c.text()))).toEqual([
      ['3', 'Sai mã đơn vị', 'Dòng 3: mã đơn vị "99999" không có trong danh sách đơn vị được đánh giá của kỳ'],
      ['4', 'Giá trị không hợp lệ', 'Dòng 4: giá trị "abc" không phải là số'],
    ]);
    expect(wrapper.text()).toContain('Tệp có 2 lỗi');
    expect(wrapper.get('[data-testid="survey-apply"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-testid="survey-apply"]').trigger('click');
    expect(calls.some((c) => c.operationName === 'ImportSurveyResults')).toBe(false);
  });

  it('applies a clean file, then shows the points now stored', async () => {
    const { wrapper, calls } = setup();
    await pick(wrapper, 'ket-qua.xlsx', 'PK…');
    await wrapper.get('[data-testid="survey-check"]').trigger('click');
    await vi.waitFor(() => wrapper.get('[data-testid="survey-rows"]'), { timeout: 10_000 });
    expect(wrapper.get('[data-testid="survey-rows"]').text()).toContain('Xã An Sinh');
    const apply = wrapper.get('[data-testid="survey-apply"]');
    expect(apply.attributes('disabled')).toBeUndefined();
    expect(apply.text()).toBe('Nhập 1 điểm');
    await apply.trigger('click');
    await vi.waitFor(() => wrapper.get('[data-testid="survey-done"]'), { timeout: 10_000 });
    await flushPromises();
    expect(calls.filter((c) => c.operationName === 'ImportSurveyResults')).toHaveLength(1);
    expect(calls.find((c) => c.operationName === 'ImportSurveyResults')?.variables).toMatchObject({ format: 'XLSX' });
    expect(wrapper.get('[data-testid="survey-done"]').text()).toBe('Đã nhập 1 điểm, tính lại 1 phiếu.');
    // Re-previewed after the import: the current points are the imported ones.
    const cells = wrapper
      .get('[data-testid="survey-rows"]')
      .findAll('tbody td')
      .map((c) => c.text());
    expect(cells[4]).toBe('24,00');
    expect(wrapper.text()).toContain('Điểm điều tra đang lưu');
    expect(wrapper.get('[data-testid="survey-apply"]').attributes('disabled')).toBeDefined();
  });

  it('refuses other file types before sending anything', async () => {
    const { wrapper, calls } = setup();
    await pick(wrapper, 'ket-qua.pdf', '%PDF');
    expect(wrapper.text()).toContain('Chỉ nhận tệp .xlsx hoặc .csv.');
    expect(wrapper.get('[data-testid="survey-check"]').attributes('disabled')).toBeDefined();
    expect(calls).toHaveLength(0);
  });

  it('a file past the import limit is refused here with its size and the limit; one of the limit is checked', async () => {
    const { wrapper, calls } = setup();
    const input = wrapper.get('[data-testid="survey-file"]');
    const choose = async (bytes: number) => {
      Object.defineProperty(input.element, 'files', { value: [new File([new Uint8Array(bytes)], 'ket-qua.xlsx')], configurable: true });
      await input.trigger('change');
      await new Promise((r) => setTimeout(r, 20));
      await flushPromises();
    };
    await choose(MAX_IMPORT_FILE_BYTES + 1);
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Tệp quá lớn (1,5 MB); tối đa 1,4 MB. Hãy xóa các trang tính, cột và định dạng không cần thiết rồi lưu lại.',
    );
    expect(wrapper.get('[data-testid="survey-check"]').attributes('disabled')).toBeDefined();
    await choose(MAX_IMPORT_FILE_BYTES);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    await wrapper.get('[data-testid="survey-check"]').trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.operationName === 'SurveyImportPreview')).toHaveLength(1);
  });
});
