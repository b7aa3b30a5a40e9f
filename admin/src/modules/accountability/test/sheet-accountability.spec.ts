import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/stores/session';
import type { Role, ScoreSheetFieldsFragment } from '@/graphql/generated/graphql';
import ScoreSheetPage from '@/modules/score-sheets/pages/ScoreSheetPage.vue';
import { createMockClient } from '@/test/mock-apollo';
import { sheetFixture } from '@/modules/score-sheets/test/fixture';

function signInAs(roles: Role[], unitId = 'c1') {
  useSessionStore().setUser({
    id: 'u1',
    username: 'u1',
    fullName: 'Người dùng',
    roles,
    unit: { id: unitId, name: 'Phường Hồng Gai', kind: 'COMMUNE' },
  });
}

function mountPage(sheet: ScoreSheetFieldsFragment) {
  const mocks = createMockClient({
    ScoreSheet: () => ({ data: { scoreSheet: sheet } }),
    AttestScoreSheet: () => ({ data: { attestScoreSheet: { ...sheet, __typename: 'ScoreSheet' } } }),
    RequestAttestation: () => ({ data: { requestAttestation: { ...sheet, __typename: 'ScoreSheet' } } }),
  });
  const wrapper = mount(ScoreSheetPage, {
    props: { id: sheet.id },
    attachTo: document.body,
    global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { teleport: true, RouterLink: true } },
  });
  return { wrapper, calls: mocks.calls };
}

describe('accountability on the score sheet', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('the head ticks the statement and attests the version he sees', async () => {
    signInAs(['UNIT_HEAD']);
    const { wrapper, calls } = mountPage(sheetFixture({}, ['SAVE_SELF', 'SUBMIT']));
    await flushPromises();
    const button = wrapper.find('[data-testid="attest-button"]');
    expect(button.attributes('disabled')).toBeDefined();
    expect(wrapper.text()).toContain('Tôi xác nhận số liệu tự đánh giá là trung thực, chính xác');
    await wrapper.find('[data-testid="attest-confirm"]').setValue(true);
    await button.trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'AttestScoreSheet')?.variables).toEqual({
      sheetId: 's1',
      version: 3,
      purpose: 'SUBMIT',
      confirmed: true,
    });
  });

  it('an officer asks for the attestation instead; he gets no attest button', async () => {
    signInAs(['UNIT_OFFICER']);
    const { wrapper, calls } = mountPage(sheetFixture({}, ['SAVE_SELF']));
    await flushPromises();
    expect(wrapper.find('[data-testid="attest-button"]').exists()).toBe(false);
    await wrapper.find('[data-testid="request-attestation"]').trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'RequestAttestation')?.variables).toEqual({ sheetId: 's1', purpose: 'SUBMIT' });
  });

  it('a leaf entered by the assessor is read-only for the unit, with the reason and its records', async () => {
    signInAs(['UNIT_OFFICER']);
    const sheet = sheetFixture();
    sheet.entries = sheet.entries.map((e) =>
      e.criterionId === 'l11'
        ? {
            ...e,
            enteredByAssessor: true,
            assessorEntryReason: 'Điểm trừ do chậm báo cáo',
            assessorRecords: [
              {
                id: 'r1',
                quantity: 1,
                sourceType: 'REPORT',
                sourceLabel: 'Báo cáo quý I nộp muộn',
                reference: { documentNumber: '15/TB-SNV', documentDate: null, issuer: 'Sở Nội vụ', title: null },
                note: null,
                enteredBy: 'thamdinh.qn',
                enteredAt: '2026-04-20T03:00:00Z',
              },
            ],
          }
        : e,
    );
    sheet.criteria = sheet.criteria.map((n) =>
      n.id === 'l11' ? { ...n, enteredByAssessor: true, assessorEntryReason: 'Điểm trừ do chậm báo cáo' } : n,
    );
    const { wrapper } = mountPage(sheet);
    await flushPromises();
    expect(wrapper.find('[data-testid="by-assessor-1.1"]').text()).toBe('Do cơ quan đánh giá nhập');
    const yes = wrapper.find('[data-testid="leaf-1.1"] [data-testid="yes"]');
    expect(yes.attributes('disabled')).toBeDefined();
    await wrapper.find('[data-testid="expand-1.1"]').trigger('click');
    const panel = wrapper.find('[data-testid="assessor-leaf-1.1"]');
    expect(panel.text()).toContain('Điểm trừ do chậm báo cáo');
    expect(panel.text()).toContain('Báo cáo quý I nộp muộn');
    // The unit gets no form to record points.
    expect(wrapper.find('[data-testid="assessor-save-1.1"]').exists()).toBe(false);
  });
});
