import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { GraphQLError } from 'graphql';
import { i18n } from '@/i18n';
import { useToastStore } from '@/stores/toast';
import type { ScoreSheetFieldsFragment, SheetAction } from '@/graphql/generated/graphql';
import ScoreSheetPage from '../pages/ScoreSheetPage.vue';
import { createMockClient, type Handler } from '@/test/mock-apollo';
import { ScoreSheetDocument } from '../graphql';
import { AREAS, criteriaOf, leaf, sheetFixture } from './fixture';

type SheetEntry = ScoreSheetFieldsFragment['entries'][number];
type SelfInput = { criterionId: string; declaredValue: string | null; notApplicable: boolean; note: string | null };

/**
 * A save's answer as the API gives it: the sheet's header (no criteria tree) and only the entries
 * of `criterionIds` (`entries(criterionIds:)`).
 */
function saveAnswer(sheet: ScoreSheetFieldsFragment, variables: Record<string, unknown>) {
  const { criteria: _tree, ...header } = sheet;
  const only = new Set(variables.criterionIds as string[]);
  return { ...header, entries: sheet.entries.filter((e) => only.has(e.criterionId)) };
}

/**
 * The page on a mock API. A self-assessment save stores the declared values (with `selfPoints`
 * from `pointsOf`, as the server scores them) and answers like the API.
 */
function mountPage(
  sheet: ScoreSheetFieldsFragment,
  extra: Record<string, Handler> = {},
  pointsOf: (input: SelfInput) => number | null = () => null,
) {
  let current = sheet;
  const mocks = createMockClient({
    ScoreSheet: () => ({ data: { scoreSheet: current } }),
    SaveSelfAssessment: (variables) => {
      const saved = new Map((variables.entries as SelfInput[]).map((e) => [e.criterionId, e]));
      const stored = (e: SheetEntry): SheetEntry => {
        const input = saved.get(e.criterionId);
        return input
          ? {
              ...e,
              declaredValue: input.declaredValue,
              notApplicable: input.notApplicable,
              selfNote: input.note,
              selfPoints: pointsOf(input),
            }
          : e;
      };
      current = { ...current, version: current.version + 1, entries: current.entries.map(stored) };
      return { data: { saveSelfAssessment: saveAnswer(current, variables) } };
    },
    SaveAppraisal: (variables) => {
      current = { ...current, version: current.version + 1 };
      return { data: { saveAppraisal: saveAnswer(current, variables) } };
    },
    ...extra,
  });
  const wrapper = mount(ScoreSheetPage, {
    props: { id: sheet.id },
    attachTo: document.body,
    global: {
      plugins: [i18n],
      provide: { [DefaultApolloClient as symbol]: mocks.client },
      stubs: { teleport: true, RouterLink: true },
    },
  });
  return { wrapper, calls: mocks.calls, client: mocks.client };
}

const valueInput = (w: VueWrapper, id: string) => w.find(`#val-${id}`);
const text = (w: VueWrapper, testid: string) => w.find(`[data-testid="${testid}"]`).text();

async function saveNow(w: VueWrapper) {
  await w.find('[data-testid="save-now"]').trigger('click');
  await flushPromises();
}

describe('score sheet page', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('draws a big sheet in steps: the first rows with the page, the rest in further tasks (issue 11 §8)', async () => {
    const base = sheetFixture();
    const extra = Array.from({ length: 30 }, (_, i) =>
      leaf({ criterionId: `x${i}`, code: `2.${10 + i}`, title: `Tiêu chí thêm ${i + 1}`, maxPoints: 0.25, method: 'YES_NO' }),
    );
    const entries = [...base.entries, ...extra];
    const sheet = sheetFixture({ entries, criteria: criteriaOf(AREAS, entries) });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { wrapper } = mountPage(sheet);
      // The mock client answers on a timer too: let it answer, not the drawing steps.
      await vi.advanceTimersToNextTimerAsync();
      await flushPromises();
      const table = () => wrapper.find('table.sheet-table');
      const drawn = () => wrapper.findAll('table.sheet-table tbody tr.leaf, table.sheet-table tbody tr.group').length;
      const total = entries.length + AREAS.length;
      expect(drawn()).toBeLessThan(total);
      expect(drawn()).toBeGreaterThan(0);
      expect(table().attributes('data-complete')).toBe('false');
      await vi.runAllTimersAsync();
      await flushPromises();
      expect(wrapper.findAll('tbody tr.leaf')).toHaveLength(entries.length);
      expect(table().attributes('data-complete')).toBe('true');
      expect(wrapper.find('[data-testid="leaf-2.39"]').exists()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows computed points, subtotals, total and index as the unit types', async () => {
    const { wrapper } = mountPage(sheetFixture());
    await flushPromises();
    expect(text(wrapper, 'sheet-unit')).toBe('Phường Hồng Gai');
    expect(text(wrapper, 'total-self')).toBe('4,00'); // survey points only
    await valueInput(wrapper, 'l12').setValue('85');
    expect(text(wrapper, 'self-1.2')).toBe('2,55');
    expect(text(wrapper, 'subtotal-self-1')).toBe('2,55');
    expect(text(wrapper, 'total-self')).toBe('6,55');
    expect(text(wrapper, 'index-self')).toBe('32,75 %');
    await wrapper.find('[data-testid="leaf-1.1"] [data-testid="yes"]').trigger('click');
    expect(text(wrapper, 'self-1.1')).toBe('2,00');
    expect(text(wrapper, 'total-self')).toBe('8,55');
    await valueInput(wrapper, 'l13').setValue('chua');
    expect(text(wrapper, 'self-1.3')).toBe('1,00');
    expect(text(wrapper, 'index-self')).toBe('47,75 %');
  });

  it('sends the declared values with the version it read', async () => {
    const { wrapper, calls } = mountPage(sheetFixture());
    await flushPromises();
    await valueInput(wrapper, 'l12').setValue('85');
    await saveNow(wrapper);
    const save = calls.find((c) => c.operationName === 'SaveSelfAssessment');
    expect(save?.variables).toMatchObject({
      sheetId: 's1',
      version: 3,
      entries: [{ criterionId: 'l12', declaredValue: '85', notApplicable: false, note: null, evidence: [] }],
    });
    expect(text(wrapper, 'save-state')).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
  });

  it('a save answers only the saved leaves: the page shows them as stored, and every other leaf as it was (issue 9)', async () => {
    const base = sheetFixture();
    // 2.1 was declared before: it must keep its value and points through a save of 1.2.
    const sheet = { ...base, entries: base.entries.map((e) => (e.code === '2.1' ? { ...e, declaredValue: '2', selfPoints: 2 } : e)) };
    const { wrapper, calls, client } = mountPage(sheet, {}, (e) => (e.criterionId === 'l12' ? 2.55 : null));
    await flushPromises();
    expect(text(wrapper, 'self-2.1')).toBe('2,00');
    expect(text(wrapper, 'total-self')).toBe('6,00');
    await valueInput(wrapper, 'l12').setValue('85');
    await saveNow(wrapper);
    const save = calls.find((c) => c.operationName === 'SaveSelfAssessment');
    expect(save?.variables.criterionIds).toEqual(['l12']);
    expect(text(wrapper, 'save-state')).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
    // Saved, so no longer a draft: 1.2 is drawn from the stored entry the answer brought.
    expect(text(wrapper, 'self-1.2')).toBe('2,55');
    expect((valueInput(wrapper, 'l12').element as HTMLInputElement).value).toBe('85');
    expect(text(wrapper, 'self-2.1')).toBe('2,00');
    expect((valueInput(wrapper, 'l21').element as HTMLInputElement).value).toBe('2');
    expect(text(wrapper, 'total-self')).toBe('8,55');
    const cached = client.readQuery({ query: ScoreSheetDocument, variables: { id: 's1' } })!.scoreSheet!;
    expect(cached.version).toBe(4);
    expect(cached.entries.map((e) => [e.criterionId, e.declaredValue])).toEqual(
      sheet.entries.map((e) => [e.criterionId, e.criterionId === 'l12' ? '85' : e.declaredValue]),
    );
    // The next save sends the version the answer brought.
    await valueInput(wrapper, 'l21').setValue('1');
    await saveNow(wrapper);
    expect(calls.filter((c) => c.operationName === 'SaveSelfAssessment').at(-1)?.variables).toMatchObject({
      version: 4,
      criterionIds: ['l21'],
    });
  });

  it('an out-of-range value shows a Vietnamese error and is not sent', async () => {
    const { wrapper, calls } = mountPage(sheetFixture());
    await flushPromises();
    await valueInput(wrapper, 'l12').setValue('150');
    expect(wrapper.find('[data-testid="leaf-1.2"] [data-testid="value-error"]').text()).toBe(
      'Tỷ lệ kê khai của tiêu chí 1.2 phải từ 0 đến 100%',
    );
    expect(text(wrapper, 'invalid-count')).toContain('Có 1 ô nhập chưa hợp lệ');
    expect(text(wrapper, 'total-self')).toBe('4,00');
    await valueInput(wrapper, 'l21').setValue('2');
    await saveNow(wrapper);
    const saves = calls.filter((c) => c.operationName === 'SaveSelfAssessment');
    expect(saves).toHaveLength(1);
    expect((saves[0]!.variables.entries as { criterionId: string }[]).map((e) => e.criterionId)).toEqual(['l21']);
  });

  it('blocks submitting while an input is invalid', async () => {
    const { wrapper, calls } = mountPage(sheetFixture());
    await flushPromises();
    await valueInput(wrapper, 'l14').setValue('3');
    await wrapper.find('[data-testid="action-SUBMIT"]').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Còn ô nhập chưa hợp lệ');
    expect(wrapper.find('[data-testid="confirm"]').attributes('disabled')).toBeDefined();
    expect(calls.some((c) => c.operationName === 'SubmitSelfAssessment')).toBe(false);
  });

  it.each<[SheetAction[], string[]]>([
    [['SAVE_SELF', 'SUBMIT'], ['action-SUBMIT']],
    [['WITHDRAW'], ['action-WITHDRAW']],
    [['START_APPRAISAL'], ['action-START_APPRAISAL']],
    [
      ['SAVE_APPRAISAL', 'REQUEST_EXPLANATION', 'COMPLETE_APPRAISAL'],
      ['action-COMPLETE_APPRAISAL', 'accept-remaining', 'action-REQUEST_EXPLANATION'],
    ],
    [
      ['APPROVE', 'RETURN_TO_APPRAISAL'],
      ['action-RETURN_TO_APPRAISAL', 'action-APPROVE'],
    ],
    [[], []],
  ])('buttons follow availableActions %j', async (actions, expected) => {
    const { wrapper } = mountPage(sheetFixture({}, actions));
    await flushPromises();
    const shown = wrapper.findAll('[data-testid^="action-"], [data-testid="accept-remaining"]').map((b) => b.attributes('data-testid'));
    expect(shown).toEqual(expected);
    const editable = actions.includes('SAVE_SELF');
    expect(valueInput(wrapper, 'l12').attributes('disabled')).toBe(editable ? undefined : '');
    expect(wrapper.find('[data-testid="save-now"]').exists()).toBe(actions.some((a) => a.startsWith('SAVE_')));
  });

  it('shows the lock reason from the API', async () => {
    const { wrapper } = mountPage(sheetFixture({ status: 'SUBMITTED', lockReason: 'Phiếu đã nộp, đơn vị không sửa được' }, []));
    await flushPromises();
    expect(text(wrapper, 'lock-reason')).toContain('Phiếu đã nộp, đơn vị không sửa được');
  });

  it('an appraiser override needs a note before it is sent', async () => {
    const base = sheetFixture({ status: 'UNDER_APPRAISAL' }, ['SAVE_APPRAISAL', 'COMPLETE_APPRAISAL']);
    const sheet = { ...base, entries: base.entries.map((e) => (e.code === '1.2' ? { ...e, declaredValue: '85', selfPoints: 2.55 } : e)) };
    const { wrapper, calls } = mountPage(sheet);
    await flushPromises();
    const points = wrapper.find('[data-testid="appr-1.2"]');
    await points.setValue('1,5');
    expect(wrapper.find('[data-testid="note-required"]').text()).toBe('Cần ghi ý kiến khi điểm thẩm định khác điểm tự chấm.');
    expect(text(wrapper, 'total-final')).toBe('5,50'); // survey 4 + the typed 1.5, live
    await saveNow(wrapper);
    expect(calls.some((c) => c.operationName === 'SaveAppraisal')).toBe(false);
    await wrapper.find('[data-testid="appr-note-1.2"]').setValue('Thiếu báo cáo quý IV');
    expect(wrapper.find('[data-testid="note-required"]').exists()).toBe(false);
    await saveNow(wrapper);
    const save = calls.find((c) => c.operationName === 'SaveAppraisal');
    expect(save?.variables).toMatchObject({
      round: 1,
      version: 3,
      entries: [{ criterionId: 'l12', points: 1.5, note: 'Thiếu báo cáo quý IV' }],
    });
  });

  it('"accept the rest" sends the unit’s points on every scored leaf, never the survey part (looked up in ScoreSheet.criteria)', async () => {
    const base = sheetFixture({ status: 'UNDER_APPRAISAL' }, ['SAVE_APPRAISAL', 'COMPLETE_APPRAISAL']);
    // Every leaf self-scored, the survey leaf too: only its criterion says it is not appraised.
    const sheet = { ...base, entries: base.entries.map((e) => ({ ...e, declaredValue: '1', selfPoints: 1 })) };
    const { wrapper, calls } = mountPage(sheet);
    await flushPromises();
    await wrapper.find('[data-testid="accept-remaining"]').trigger('click');
    await flushPromises();
    const save = calls.find((c) => c.operationName === 'SaveAppraisal');
    expect((save?.variables.entries as { criterionId: string }[]).map((e) => e.criterionId)).toEqual([
      'l11',
      'l12',
      'l13',
      'l14',
      'l21',
      'l22',
      'l23',
    ]);
  });

  it('a unit under appraisal sees its own points, marked provisional, and no appraised total, index, rank or classification', async () => {
    const base = sheetFixture({ status: 'UNDER_APPRAISAL' }, []);
    // What the server returns to the unit before its appraisal is complete: appraised figures null.
    const sheet = { ...base, totals: { ...base.totals, appraisedTotal: null, index: null, appraisedCriteria: 3 } };
    const { wrapper } = mountPage(sheet);
    await flushPromises();
    expect(text(wrapper, 'provisional')).toBe('Tạm tính');
    expect(wrapper.find('[data-testid="total-self"]').exists()).toBe(true);
    for (const hidden of ['total-final', 'index-final', 'appraised-progress'])
      expect(wrapper.find(`[data-testid="${hidden}"]`).exists()).toBe(false);
    expect(wrapper.text()).not.toMatch(/Yếu|Xuất sắc|Không hoàn thành nhiệm vụ|Hạng/);
  });

  it('an appraiser halfway sees "x/y tiêu chí đã thẩm định" instead of an index that counts the rest as 0', async () => {
    const base = sheetFixture({ status: 'UNDER_APPRAISAL' }, ['SAVE_APPRAISAL', 'COMPLETE_APPRAISAL']);
    const sheet = {
      ...base,
      entries: base.entries.map((e) =>
        e.code === '1.1' ? { ...e, declaredValue: '1', selfPoints: 2, round1Points: 2, finalPoints: 2 } : e,
      ),
    };
    const { wrapper } = mountPage(sheet);
    await flushPromises();
    expect(text(wrapper, 'appraised-progress')).toBe('1/7 tiêu chí đã thẩm định');
    expect(wrapper.find('[data-testid="index-final"]').exists()).toBe(false);
    expect(text(wrapper, 'total-final')).toBe('6,00'); // survey 4 + the one appraised leaf
  });

  it('"cần rà soát": the appraiser sees the server’s notice, the flagged row, and confirms he keeps the points', async () => {
    const base = sheetFixture({ status: 'UNDER_APPRAISAL' }, ['SAVE_APPRAISAL', 'COMPLETE_APPRAISAL']);
    const flagged = sheetFixture(
      {
        status: 'UNDER_APPRAISAL',
        ruleReview: {
          __typename: 'RuleReviewNotice',
          count: 1,
          criteria: ['2.3'],
          message:
            'Bộ chỉ số đã được sửa sau khi thẩm định: điểm thẩm định của 1 tiêu chí (2.3) được chấm theo quy tắc cũ, thẩm định viên cần rà soát lại.',
        },
        entries: base.entries.map((e) => (e.code === '2.3' ? { ...e, round1Points: 1.5, selfPoints: 3, ruleReview: true } : e)),
      },
      ['SAVE_APPRAISAL', 'COMPLETE_APPRAISAL'],
    );
    // The server's sheet after the confirmation, for the mutation's answer and any reload.
    let served = flagged;
    const { wrapper, calls } = mountPage(flagged, {
      ScoreSheet: () => ({ data: { scoreSheet: served } }),
      ConfirmRuleReview: () => {
        served = { ...flagged, version: flagged.version + 1, ruleReview: null, entries: base.entries };
        return { data: { confirmRuleReview: served } };
      },
    });
    await flushPromises();
    expect(text(wrapper, 'rule-review')).toContain('Cần rà soát 1 tiêu chí');
    expect(text(wrapper, 'rule-review')).toContain('thẩm định viên cần rà soát lại');
    expect(text(wrapper, 'review-2.3')).toBe('Cần rà soát');
    expect(wrapper.find('[data-testid="review-1.1"]').exists()).toBe(false);
    await wrapper.find('[data-testid="rule-review-confirm"]').trigger('click');
    await flushPromises();
    const confirm = calls.find((c) => c.operationName === 'ConfirmRuleReview');
    expect(confirm?.variables).toEqual({ sheetId: 's1', version: flagged.version, criterionIds: ['l23'] });
    expect(wrapper.find('[data-testid="rule-review"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('"cần rà soát" on a sheet no longer under appraisal says the appraisal must be reopened, with no confirm button', async () => {
    const sheet = sheetFixture(
      {
        status: 'APPRAISED',
        ruleReview: {
          __typename: 'RuleReviewNotice',
          count: 2,
          criteria: ['1.1', '2.3'],
          message: 'Bộ chỉ số đã được sửa sau khi thẩm định.',
        },
      },
      [],
    );
    const { wrapper } = mountPage(sheet);
    await flushPromises();
    expect(text(wrapper, 'rule-review')).toContain('Cần rà soát 2 tiêu chí');
    expect(text(wrapper, 'rule-review')).toContain('mở lại thẩm định');
    expect(wrapper.find('[data-testid="rule-review-confirm"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('on CONFLICT reloads the sheet and tells the user', async () => {
    const { wrapper, calls } = mountPage(sheetFixture(), {
      SaveSelfAssessment: () => ({ errors: [new GraphQLError('Phiếu đã được cập nhật', { extensions: { code: 'CONFLICT' } })] }),
    });
    await flushPromises();
    await valueInput(wrapper, 'l12').setValue('85');
    await saveNow(wrapper);
    expect(calls.filter((c) => c.operationName === 'ScoreSheet').length).toBeGreaterThanOrEqual(2);
    const toast = useToastStore().toasts.find((t) => t.code === 'CONFLICT');
    expect(toast?.title).toBe('Phiếu vừa được người khác cập nhật');
    expect((valueInput(wrapper, 'l12').element as HTMLInputElement).value).toBe('');
  });

  it('a save refused because its evidence file was lost meanwhile keeps the draft and shows the server’s words, no reload', async () => {
    const message =
      'Một tệp minh chứng vừa bị xoá (tệp tải lên quá một ngày mà chưa gắn với phiếu) hoặc vừa được gắn với phiếu khác của đơn vị trong lúc lưu; hãy tải tệp lên lại rồi lưu. Chưa lưu thay đổi nào.';
    const { wrapper, calls } = mountPage(sheetFixture(), {
      SaveSelfAssessment: () => ({
        errors: [new GraphQLError(message, { extensions: { code: 'CONFLICT', reason: 'EVIDENCE_FILE_CHANGED', fileIds: ['f1'] } })],
      }),
    });
    await flushPromises();
    await valueInput(wrapper, 'l12').setValue('85');
    await saveNow(wrapper);
    expect(calls.filter((c) => c.operationName === 'ScoreSheet').length).toBe(1);
    expect(useToastStore().toasts.some((t) => t.title === 'Phiếu vừa được người khác cập nhật')).toBe(false);
    expect(useToastStore().toasts.some((t) => t.message === message)).toBe(true);
    expect((valueInput(wrapper, 'l12').element as HTMLInputElement).value).toBe('85');
  });

  it('arrow keys and Enter move between inputs', async () => {
    const { wrapper } = mountPage(sheetFixture());
    await flushPromises();
    const first = valueInput(wrapper, 'l12');
    (first.element as HTMLElement).focus();
    await first.trigger('keydown', { key: 'ArrowDown' });
    expect(document.activeElement?.id).toBe('val-l13');
    await valueInput(wrapper, 'l14').trigger('keydown', { key: 'Enter' });
    expect(document.activeElement?.id).toBe('val-l21');
    await valueInput(wrapper, 'l21').trigger('keydown', { key: 'ArrowUp' });
    expect(document.activeElement?.id).toBe('val-l14');
  });

  it('the yes/no toggle is one keyboard stop: arrows switch it, Up/Down leave it', async () => {
    const { wrapper } = mountPage(sheetFixture());
    await flushPromises();
    const row = () => wrapper.find('[data-testid="leaf-1.1"]');
    const tabbable = () =>
      row()
        .findAll('[role="radio"]')
        .filter((b) => b.attributes('tabindex') === '0');
    expect(row().find('[role="radiogroup"]').exists()).toBe(true);
    expect(tabbable().map((b) => b.text())).toEqual(['Có']);
    (valueInput(wrapper, 'l11').element as HTMLElement).focus();
    await valueInput(wrapper, 'l11').trigger('keydown', { key: 'ArrowRight' });
    await flushPromises();
    expect(row().find('[data-testid="no"]').attributes('aria-checked')).toBe('true');
    expect(tabbable().map((b) => b.text())).toEqual(['Không']);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('no');
    expect(text(wrapper, 'self-1.1')).toBe('0,00');
    // From "Không", ArrowDown reaches the next row and ArrowUp comes back to the toggle.
    await row().find('[data-testid="no"]').trigger('keydown', { key: 'ArrowDown' });
    expect(document.activeElement?.id).toBe('val-l12');
    await valueInput(wrapper, 'l12').trigger('keydown', { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('data-testid')).toBe('no');
    await row().find('[data-testid="no"]').trigger('keydown', { key: 'ArrowLeft' });
    await flushPromises();
    expect(row().find('[data-testid="yes"]').attributes('aria-checked')).toBe('true');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('yes');
    expect(text(wrapper, 'self-1.1')).toBe('2,00');
  });

  it('draws inner nodes from ScoreSheet.criteria: bonus and penalty blocks carry their titles', async () => {
    const base = sheetFixture();
    const entries = [
      ...base.entries,
      { ...base.entries[0]!, criterionId: 'lt1', code: 'T.1', title: 'Sáng kiến được công nhận', section: 'BONUS' as const },
      { ...base.entries[0]!, criterionId: 'ld1', code: 'D.1', title: 'Chậm báo cáo', section: 'PENALTY' as const },
    ];
    const criteria = criteriaOf([...AREAS, ['ad', 'D', 'Điểm trừ', 2, 'PENALTY'], ['at', 'T', 'Điểm thưởng', 2, 'BONUS']], entries);
    const { wrapper } = mountPage(sheetFixture({ entries, criteria }));
    await flushPromises();
    expect(wrapper.find('[data-testid="node-T"]').text()).toContain('Điểm thưởng');
    expect(wrapper.find('[data-testid="node-D"]').text()).toContain('Điểm trừ');
    expect(wrapper.find('[data-testid="node-3"]').text()).toContain('Điều tra xã hội học');
    expect(wrapper.find('[data-testid="node-T"] td:nth-child(2)').text()).not.toBe('T');
  });

  it('a province admin reopens a sheet with a required reason, sent with the target', async () => {
    const approved = sheetFixture({ status: 'APPROVED' }, ['REOPEN_SELF_ASSESSMENT', 'REOPEN_APPRAISAL']);
    const { wrapper, calls } = mountPage(approved, {
      ReopenScoreSheet: () => ({ data: { reopenScoreSheet: { ...approved, status: 'UNDER_APPRAISAL', version: 4 } } }),
    });
    await flushPromises();
    const shown = wrapper.findAll('[data-testid^="action-"]').map((b) => b.attributes('data-testid'));
    expect(shown).toEqual(['action-REOPEN_SELF_ASSESSMENT', 'action-REOPEN_APPRAISAL']);
    await wrapper.find('[data-testid="action-REOPEN_APPRAISAL"]').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Lý do (bắt buộc)');
    await wrapper.find('[data-testid="confirm"]').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Vui lòng nêu lý do.');
    expect(calls.some((c) => c.operationName === 'ReopenScoreSheet')).toBe(false);
    await wrapper.find('[data-testid="confirm-reason"]').setValue('Sai sót số liệu tiêu chí 2.3');
    await wrapper.find('[data-testid="confirm"]').trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'ReopenScoreSheet')?.variables).toMatchObject({
      sheetId: 's1',
      version: 3,
      target: 'APPRAISAL',
      reason: 'Sai sót số liệu tiêu chí 2.3',
    });
  });

  it.each([
    ['WITHDRAW', 'WithdrawSubmission', 'withdrawSubmission', 'Lý do (không bắt buộc)', 'Bổ sung minh chứng'],
    ['CLOSE_EXPLANATION', 'CloseExplanation', 'closeExplanation', 'Lý do (bắt buộc)', 'Quá hạn giải trình ngày 15/02/2026'],
  ] as const)('%s asks for the reason the API takes', async (action, operation, field, label, reason) => {
    const sheet = sheetFixture({ status: action === 'WITHDRAW' ? 'SUBMITTED' : 'EXPLANATION_REQUESTED' }, [action]);
    const { wrapper, calls } = mountPage(sheet, { [operation]: () => ({ data: { [field]: sheet } }) });
    await flushPromises();
    await wrapper.find(`[data-testid="action-${action}"]`).trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain(label);
    await wrapper.find('[data-testid="confirm-reason"]').setValue(reason);
    await wrapper.find('[data-testid="confirm"]').trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.operationName === operation)?.variables).toMatchObject({ sheetId: 's1', version: 3, reason });
  });

  it('declared decimals read with a comma in Vietnamese and a point in English, and are sent with a point', async () => {
    const base = sheetFixture();
    const sheet = {
      ...base,
      entries: base.entries.map((e) => (e.code === '1.2' ? { ...e, declaredValue: '87.68', selfPoints: 2.63 } : e)),
    };
    const { wrapper, calls } = mountPage(sheet);
    await flushPromises();
    const value = () => (valueInput(wrapper, 'l12').element as HTMLInputElement).value;
    expect(value()).toBe('87,68');
    i18n.global.locale.value = 'en';
    await flushPromises();
    expect(value()).toBe('87.68');
    i18n.global.locale.value = 'vi';
    await flushPromises();
    expect(value()).toBe('87,68');
    await valueInput(wrapper, 'l12').setValue('12,5');
    await saveNow(wrapper);
    expect(calls.find((c) => c.operationName === 'SaveSelfAssessment')?.variables.entries).toMatchObject([
      { criterionId: 'l12', declaredValue: '12.5' },
    ]);
  });
});
