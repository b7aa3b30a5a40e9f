/**
 * Removing an evidence file on the sheet: the remove button of a stored file asks first (naming the
 * file and the leaf, saying it is deleted for good and recorded), then calls removeEvidence with the
 * version it read; cancelling sends nothing; a file only in the draft simply leaves the draft.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { ScoreSheetFieldsFragment } from '@/graphql/generated/graphql';
import ScoreSheetPage from '../pages/ScoreSheetPage.vue';
import { createMockClient } from '@/test/mock-apollo';
import { sheetFixture } from './fixture';

const FILE = { __typename: 'EvidenceFile' as const, id: 'f1', fileName: 'CCCD nhân viên.pdf', size: 2048, contentType: 'application/pdf' };
const ref = (file: typeof FILE | null, documentNumber: string | null = null) => ({
  __typename: 'EvidenceReference' as const,
  fileId: file?.id ?? null,
  file,
  documentNumber,
  documentDate: null,
  issuer: null,
  title: null,
});

function withEvidence(): ScoreSheetFieldsFragment {
  const base = sheetFixture();
  return {
    ...base,
    entries: base.entries.map((e) =>
      e.criterionId === 'l11' ? { ...e, declaredValue: '1', selfPoints: 2, selfEvidence: [ref(FILE), ref(null, '12/KH-UBND')] } : e,
    ),
  } as ScoreSheetFieldsFragment;
}

function mountPage(sheet: ScoreSheetFieldsFragment) {
  let current = sheet;
  const mocks = createMockClient({
    ScoreSheet: () => ({ data: { scoreSheet: current } }),
    RemoveEvidence: (v) => {
      current = {
        ...current,
        version: current.version + 1,
        entries: current.entries.map((e) =>
          e.criterionId === v.criterionId ? { ...e, selfEvidence: e.selfEvidence.filter((x) => x.fileId !== v.fileId) } : e,
        ),
      };
      const { criteria: _tree, ...header } = current;
      return { data: { removeEvidence: { ...header, entries: current.entries.filter((e) => e.criterionId === v.criterionId) } } };
    },
  });
  const wrapper = mount(ScoreSheetPage, {
    props: { id: sheet.id },
    attachTo: document.body,
    global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { teleport: true, RouterLink: true } },
  });
  return { wrapper, calls: mocks.calls };
}

describe('removing an evidence file from the sheet', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('asks first, then removes it on the server with the version read; cancelling sends nothing', async () => {
    const { wrapper, calls } = mountPage(withEvidence());
    await flushPromises();
    await wrapper.find('[data-testid="expand-1.1"]').trigger('click');
    const button = wrapper.find('[data-testid="remove-file-1.1-0"]');
    expect(button.attributes('aria-label')).toBe('Gỡ tệp “CCCD nhân viên.pdf”');
    await button.trigger('click');
    expect(wrapper.find('[data-testid="remove-file-text"]').text()).toContain('Tệp “CCCD nhân viên.pdf” sẽ được gỡ khỏi tiêu chí 1.1');
    expect(wrapper.find('[role="alertdialog"]').text()).toContain('Gỡ tệp minh chứng?');
    await wrapper.find('[role="alertdialog"] .btn--secondary').trigger('click');
    expect(wrapper.find('[data-testid="remove-file-text"]').exists()).toBe(false);
    expect(calls.some((c) => c.operationName === 'RemoveEvidence')).toBe(false);

    await wrapper.find('[data-testid="remove-file-1.1-0"]').trigger('click');
    await wrapper.find('[data-testid="remove-file-confirm"]').trigger('click');
    await flushPromises();
    const call = calls.find((c) => c.operationName === 'RemoveEvidence');
    expect(call?.variables).toMatchObject({ sheetId: 's1', version: 3, criterionId: 'l11', fileId: 'f1', criterionIds: ['l11'] });
    expect(wrapper.find('[data-testid="remove-file-text"]').exists()).toBe(false);
    const list = wrapper.find('[data-testid="evidence-1.1"]').text();
    expect(list).not.toContain('CCCD nhân viên.pdf');
    // The document reference stays; nothing else was saved.
    expect(wrapper.find('[data-testid="evidence-1.1"] input[placeholder="125/QĐ-UBND"]').element).toHaveProperty('value', '12/KH-UBND');
    expect(calls.some((c) => c.operationName === 'SaveSelfAssessment')).toBe(false);
    wrapper.unmount();
  });
});
