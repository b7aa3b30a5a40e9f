import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { createMockClient } from '@/test/mock-apollo';
import InspectionDialog from '../components/InspectionDialog.vue';

const node = (id: string, code: string, over: Record<string, unknown> = {}) => ({
  __typename: 'CriteriaNode',
  id,
  parentId: 'd',
  code,
  title: `Tiêu chí ${code}`,
  method: 'COUNT',
  maxPoints: 3,
  enteredByAssessor: false,
  ...over,
});

describe('the inspection dialog', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('offers only assessor-entered leaves for a penalty and sends the finding with its quantity and deadline', async () => {
    const mocks = createMockClient({
      PenaltyLeaves: () => ({
        data: {
          criteriaSet: {
            __typename: 'CriteriaSet',
            yearId: 'y1',
            nodes: [
              node('d', 'D', { parentId: null, method: null, enteredByAssessor: true }),
              node('l1', '1.1'),
              node('l2', 'D.2', { enteredByAssessor: true }),
            ],
          },
        },
      }),
      SaveInspection: (v) => ({ data: { saveInspection: { __typename: 'Inspection', id: 'i1', ...(v as object) } } }),
    });
    const wrapper = mount(InspectionDialog, {
      props: { open: true, yearId: 'y1', units: [{ unitId: 'u1', unitName: 'Sở Tư pháp', groupId: 'g1' }], inspection: null },
      attachTo: document.body,
      global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { teleport: true, RouterLink: true } },
    });
    await wrapper.find('[data-testid="inspection-unit"] select').setValue('u1');
    await flushPromises();
    const leafOptions = wrapper.findAll('[data-testid="finding-leaf-0"] option').map((o) => o.text());
    expect(leafOptions).toEqual(['Không trừ điểm', 'D.2 — Tiêu chí D.2']);
    await wrapper.find('[data-testid="inspection-date"] input').setValue('12/11/2025');
    await wrapper.find('[data-testid="inspection-date"] input').trigger('blur');
    const inputs = wrapper.findAll('input.control');
    await inputs.find((i) => i.attributes('placeholder') === '210/QĐ-UBND')!.setValue('210/QĐ-UBND');
    await wrapper.find('[data-testid="finding-text-0"]').setValue('Chưa niêm yết TTHC');
    await wrapper.find('[data-testid="finding-leaf-0"] select').setValue('l2');
    await wrapper.find('[data-testid="finding-quantity-0"] input').setValue('2');
    const team = wrapper.findAll('label').find((l) => l.text().startsWith('Đoàn kiểm tra'))!;
    await wrapper.find(`#${team.attributes('for')}`).setValue('Đoàn kiểm tra CCHC tỉnh');
    await wrapper.find('[data-testid="inspection-form"]').trigger('submit');
    await flushPromises();
    const sent = mocks.calls.find((c) => c.operationName === 'SaveInspection')?.variables as { input: Record<string, unknown> };
    expect(sent.input).toMatchObject({
      yearId: 'y1',
      unitId: 'u1',
      kind: 'CCHC',
      date: '2025-11-12',
      decisionNumber: '210/QĐ-UBND',
      team: 'Đoàn kiểm tra CCHC tỉnh',
      findings: [{ id: null, text: 'Chưa niêm yết TTHC', criterionId: 'l2', quantity: 2, deadline: null }],
    });
  });
});
