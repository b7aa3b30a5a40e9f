import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import type { Component } from 'vue';
import { i18n } from '@/i18n';
import RenameOrgUnitDialog from '@/modules/org-units/components/dialogs/RenameOrgUnitDialog.vue';
import MergeOrgUnitsDialog from '@/modules/org-units/components/dialogs/MergeOrgUnitsDialog.vue';
import SplitOrgUnitDialog from '@/modules/org-units/components/dialogs/SplitOrgUnitDialog.vue';
import CreateOrgUnitDialog from '@/modules/org-units/components/dialogs/CreateOrgUnitDialog.vue';
import { validateMerge, validateSplit, validateRename, validateMove, validateClose } from '@/modules/org-units/composables/org-validation';
import { createMockClient, orgUnit, type MockCall } from './mock-apollo';
import type { DialogUnit } from '@/modules/org-units/components/dialogs/types';

const unit: DialogUnit = {
  id: 'c1',
  name: 'Phường Ba Đình',
  kind: 'COMMUNE',
  subtype: 'phường',
  code: '00004',
  validFrom: '2025-07-01',
  parent: { id: 'p01', name: 'Thành phố Hà Nội' },
};
const hanoi = [{ id: 'p01', name: 'Thành phố Hà Nội' }];

function mountDialog(component: Component, props: Record<string, unknown>) {
  const mocks = createMockClient({
    RenameOrgUnit: (v) => ({ data: { renameOrgUnit: orgUnit({ id: String(v.id), name: String(v.name) }) } }),
    MergeOrgUnits: () => ({ data: { mergeOrgUnits: orgUnit({ id: 'm1', name: 'Phường Mới' }) } }),
    SplitOrgUnit: () => ({ data: { splitOrgUnit: [orgUnit({ id: 's1', name: 'A' }), orgUnit({ id: 's2', name: 'B' })] } }),
    OrgUnitList: () => ({
      data: {
        orgUnits: {
          __typename: 'OrgUnitConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    }),
  });
  const wrapper = mount(component, {
    props: { open: true, ...props },
    attachTo: document.body,
    global: {
      plugins: [i18n],
      provide: { [DefaultApolloClient as symbol]: mocks.client },
      stubs: { teleport: true, RouterLink: true },
    },
  });
  return { wrapper, calls: mocks.calls };
}

const mutationCalls = (calls: MockCall[]) => calls.filter((c) => c.operationName !== 'OrgUnitList');

async function clickContinue(wrapper: VueWrapper) {
  await wrapper.find('[data-testid="continue"]').trigger('click');
  await flushPromises();
}

describe('org-unit dialogs', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('rename: an empty name is blocked with a message and nothing is sent', async () => {
    const { wrapper, calls } = mountDialog(RenameOrgUnitDialog, { unit });
    await wrapper.find('[data-testid="rename-input"] input').setValue('   ');
    await clickContinue(wrapper);
    expect(wrapper.text()).toContain('Vui lòng nhập tên đơn vị');
    expect(wrapper.find('[data-testid="error-summary"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="confirm-step"]').exists()).toBe(false);
    expect(mutationCalls(calls)).toHaveLength(0);
  });

  it('rename: a valid name goes through confirmation, then the mutation', async () => {
    const { wrapper, calls } = mountDialog(RenameOrgUnitDialog, { unit });
    await wrapper.find('[data-testid="rename-input"] input').setValue('Phường Ba Đình mới');
    await clickContinue(wrapper);
    expect(wrapper.find('[data-testid="confirm-step"]').text()).toContain('Đổi tên “Phường Ba Đình” thành “Phường Ba Đình mới”?');
    expect(mutationCalls(calls)).toHaveLength(0);
    await wrapper.find('[data-testid="confirm"]').trigger('click');
    await flushPromises();
    expect(mutationCalls(calls)).toEqual([{ operationName: 'RenameOrgUnit', variables: { id: 'c1', name: 'Phường Ba Đình mới' } }]);
    expect(wrapper.emitted('done')?.[0]).toEqual(['c1']);
  });

  it('merge: needs at least two source units', async () => {
    const { wrapper, calls } = mountDialog(MergeOrgUnitsDialog, {
      initialSources: [{ id: 'c1', name: 'Phường Ba Đình', kind: 'COMMUNE', ancestors: hanoi }],
    });
    await wrapper.find('[data-testid="merge-target-name"] input').setValue('Phường Ba Đình');
    await clickContinue(wrapper);
    expect(wrapper.text()).toContain('Cần chọn ít nhất 2 đơn vị để sáp nhập');
    expect(wrapper.find('[data-testid="confirm-step"]').exists()).toBe(false);
    expect(mutationCalls(calls)).toHaveLength(0);
  });

  it('merge: two sources and a complete target reach the confirmation and send the input', async () => {
    const { wrapper, calls } = mountDialog(MergeOrgUnitsDialog, {
      initialSources: [
        { id: 'c1', name: 'Phường Ba Đình', kind: 'COMMUNE', ancestors: hanoi },
        { id: 'c2', name: 'Phường Ngọc Hà', kind: 'COMMUNE', ancestors: hanoi },
      ],
    });
    // name, (kind is a select), subtype, code, parent picker
    const field = (i: number) => wrapper.findAll('.fieldset input')[i];
    // Re-query each time: the teleport stub re-creates the slot's elements on every render.
    await field(0).setValue('Phường Ba Đình');
    await field(1).setValue('phường');
    await field(2).setValue('00004');
    await clickContinue(wrapper);
    expect(wrapper.find('[data-testid="confirm-step"]').text()).toContain('Sáp nhập 2 đơn vị');
    await wrapper.find('[data-testid="confirm"]').trigger('click');
    await flushPromises();
    const call = mutationCalls(calls)[0];
    expect(call.operationName).toBe('MergeOrgUnits');
    expect(call.variables.input).toMatchObject({
      sourceIds: ['c1', 'c2'],
      target: { kind: 'COMMUNE', subtype: 'phường', code: '00004', name: 'Phường Ba Đình', parentId: 'p01' },
    });
  });

  it('split: needs at least two new units', async () => {
    const { wrapper, calls } = mountDialog(SplitOrgUnitDialog, { unit });
    expect(wrapper.findAll('[data-testid="split-target"]')).toHaveLength(2);
    await wrapper.findAll('[data-testid="split-remove"]')[1].trigger('click');
    const input = (i: number) => wrapper.find('[data-testid="split-target"]').findAll('input')[i];
    await input(0).setValue('Phường A');
    await input(2).setValue('90001');
    await clickContinue(wrapper);
    expect(wrapper.text()).toContain('Chia tách cần ít nhất 2 đơn vị mới');
    expect(mutationCalls(calls)).toHaveLength(0);
  });

  it('split: empty names of new units are reported per unit', async () => {
    const { wrapper, calls } = mountDialog(SplitOrgUnitDialog, { unit });
    await clickContinue(wrapper);
    expect(wrapper.findAll('[data-testid="split-target"]').map((t) => t.text().includes('Vui lòng nhập tên đơn vị'))).toEqual([true, true]);
    expect(mutationCalls(calls)).toHaveLength(0);
  });

  it('create: an empty name is blocked', async () => {
    const { wrapper, calls } = mountDialog(CreateOrgUnitDialog, { parent: null });
    await clickContinue(wrapper);
    expect(wrapper.text()).toContain('Vui lòng nhập tên đơn vị');
    expect(wrapper.text()).toContain('Vui lòng nhập mã đơn vị');
    expect(mutationCalls(calls)).toHaveLength(0);
  });
});

describe('org validation rules', () => {
  const target = { kind: 'COMMUNE' as const, subtype: 'xã', code: '1', name: 'Xã A', parentId: 'p' };
  it('merge counts distinct sources', () => {
    expect(validateMerge({ sourceIds: ['a', 'a'], effectiveDate: '2025-07-01', target }).sourceIds?.key).toBe(
      'orgUnits.validation.mergeMinSources',
    );
    expect(validateMerge({ sourceIds: ['a', 'b'], effectiveDate: '2025-07-01', target })).toEqual({});
  });
  it('split needs two targets with distinct codes', () => {
    const t = (code: string) => ({ subtype: 'xã', code, name: 'X' });
    expect(validateSplit({ effectiveDate: '2025-07-01', targets: [t('1')] }).targets?.key).toBe('orgUnits.validation.splitMinTargets');
    expect(validateSplit({ effectiveDate: '2025-07-01', targets: [t('1'), t('1')] }).targetCodes?.params).toEqual({ codes: '1' });
    expect(validateSplit({ effectiveDate: '2025-07-01', targets: [t('1'), t('2')] })).toEqual({});
  });
  it('rename, move and close', () => {
    expect(validateRename('Xã A', '  ').name?.key).toBe('orgUnits.validation.nameRequired');
    expect(validateRename('Xã A', 'Xã A').name?.key).toBe('orgUnits.validation.nameUnchanged');
    expect(validateMove({ id: 'a', parentId: 'p' }, { id: 'x', ancestors: [{ id: 'a' }] }).newParent?.key).toBe(
      'orgUnits.validation.parentIsSelf',
    );
    expect(validateMove({ id: 'a', parentId: 'p' }, { id: 'p' }).newParent?.key).toBe('orgUnits.validation.parentUnchanged');
    expect(validateClose('2025-07-01', '2025-06-30').validTo?.key).toBe('orgUnits.validation.dateBeforeValidFrom');
    expect(validateClose('2025-07-01', '2025-02-30').validTo?.key).toBe('orgUnits.validation.dateInvalid');
  });
});
