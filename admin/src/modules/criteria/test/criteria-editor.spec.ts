import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { reactive } from 'vue';
import { i18n } from '@/i18n';
import CriteriaEditor from '../components/CriteriaEditor.vue';
import TiersEditor from '../components/TiersEditor.vue';
import { fromServer, type DraftNode, type TierDraft } from '../composables/criteria-model';
import { criteriaLock } from '../composables/criteria-lock';

function nodes(): DraftNode[] {
  return reactive(
    fromServer([
      {
        id: 'a1',
        parentId: null,
        code: '1',
        title: 'Công tác chỉ đạo',
        maxPoints: 10,
        section: 'SCORED',
        sortOrder: 1,
        allowNotApplicable: false,
      },
      {
        id: 'c11',
        parentId: 'a1',
        code: '1.1',
        title: 'Kế hoạch CCHC',
        maxPoints: 6,
        section: 'SCORED',
        sortOrder: 1,
        method: 'YES_NO',
        params: '{}',
        allowNotApplicable: false,
      },
      {
        id: 'c12',
        parentId: 'a1',
        code: '1.2',
        title: 'Báo cáo',
        maxPoints: 4,
        section: 'SCORED',
        sortOrder: 2,
        method: 'YES_NO',
        params: '{}',
        allowNotApplicable: true,
      },
    ]),
  ) as DraftNode[];
}

function mountEditor(props: { nodes: DraftNode[]; total?: number; readOnly?: boolean }) {
  return mount(CriteriaEditor, {
    props: { total: 1000, ...props },
    attachTo: document.body,
    global: { plugins: [i18n], stubs: { teleport: true, RouterLink: true } },
  });
}
const codes = (w: ReturnType<typeof mountEditor>) => w.findAll('[data-testid="node-code"]').map((b) => b.text());

describe('criteria editor', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('adds a child, indents, outdents and deletes (with confirmation), updating the tree', async () => {
    const list = nodes();
    const w = mountEditor({ nodes: list });
    expect(codes(w)).toEqual(['1', '1.1', '1.2']);

    await w.findAll('[data-testid="op-addChild"]')[1]!.trigger('click');
    expect(codes(w)).toEqual(['1', '1.1', '1.1.1', '1.2']);

    await w.findAll('[data-testid="op-indent"]')[3]!.trigger('click'); // 1.2 under 1.1
    expect(codes(w)).toEqual(['1', '1.1', '1.1.1', '1.1.2']);

    await w.findAll('[data-testid="op-outdent"]')[3]!.trigger('click');
    expect(codes(w)).toEqual(['1', '1.1', '1.1.1', '1.2']);

    await w.findAll('[data-testid="op-remove"]')[1]!.trigger('click');
    expect(w.find('[data-testid="remove-text"]').text()).toContain('1.1');
    expect(w.find('[data-testid="remove-text"]').text()).toContain('1 tiêu chí con');
    await w.find('[data-testid="confirm-remove"]').trigger('click');
    expect(codes(w)).toEqual(['1', '1.1']);
    expect(list.map((n) => n.title)).toEqual(['Công tác chỉ đạo', 'Báo cáo']);
    w.unmount();
  });

  it('shows live sums and warns when the children do not add up to the parent or the set to its total', async () => {
    const w = mountEditor({ nodes: nodes() });
    expect(w.find('[data-testid="child-sum"]').text()).toContain('10,00');
    expect(w.find('[data-testid="child-sum"]').classes()).not.toContain('bad');
    expect(w.find('[data-testid="total-warning"]').exists()).toBe(false);

    await w.findAll('[data-testid="node-max"]')[2]!.setValue('5');
    await flushPromises();
    const sum = w.find('[data-testid="child-sum"]');
    expect(sum.text()).toContain('11,00');
    expect(sum.classes()).toContain('bad');
    expect(sum.text()).toContain('Tổng điểm tối đa các tiêu chí con (11,00) khác điểm tối đa của tiêu chí (10,00)');
    expect(w.find('[data-testid="issues"]').text()).toContain(
      'Tổng điểm tối đa các tiêu chí con của 1 (11,00) khác điểm tối đa của 1 (10,00)',
    );

    await w.findAll('[data-testid="node-max"]')[0]!.setValue('11');
    await flushPromises();
    expect(w.find('[data-testid="child-sum"]').classes()).not.toContain('bad');
    expect(w.find('[data-testid="total-warning"]').text()).toContain('Tổng điểm tối đa của bộ tiêu chí là 11,00, phải bằng 10,00');
    expect(w.find('[data-testid="set-totals"]').text()).toContain('11,00');
    w.unmount();
  });

  it('is read-only when locked: no actions, inputs read-only', () => {
    const w = mountEditor({ nodes: nodes(), readOnly: true });
    expect(w.find('[data-testid="op-addChild"]').exists()).toBe(false);
    expect(w.find('[data-testid="add-area"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="node-title"]').every((i) => i.attributes('readonly') !== undefined)).toBe(true);
    w.unmount();
  });

  it('shows the whole method name when read-only (text that wraps, not a cut-off disabled list)', () => {
    const list = nodes();
    list[2]!.method = 'LEVELS';
    const w = mountEditor({ nodes: list, readOnly: true });
    expect(w.find('[data-testid="node-method"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="node-method-text"]').map((s) => s.text())).toEqual(['Có/Không', 'Theo mức đánh giá']);
    w.unmount();
    const editable = mountEditor({ nodes: nodes() });
    expect(editable.find('[data-testid="node-method"]').attributes('title')).toBe('Có/Không');
    editable.unmount();
  });

  it('renders 1,000 rows through a virtual window', () => {
    const many: DraftNode[] = reactive(
      Array.from({ length: 1000 }, (_, i) => ({
        id: `n${i}`,
        depth: 1,
        code: String(i + 1),
        title: `Tiêu chí ${i + 1}`,
        maxPoints: '0,1',
        section: 'SCORED' as const,
        method: 'YES_NO' as const,
        params: {},
        evidenceGuidance: '',
        scoringGuidance: '',
        allowNotApplicable: false,
      })),
    ) as DraftNode[];
    const w = mountEditor({ nodes: many, total: 10000 });
    expect(w.findAll('[data-testid="node-title"]').length).toBeLessThan(100);
    expect(w.find('[data-testid="set-totals"]').text()).toContain('100,00');
    w.unmount();
  });
});

describe('read-only reason', () => {
  const t = (k: string, p?: Record<string, unknown>) => String(i18n.global.t(k, p ?? {}));
  it('uses the server reason once self-assessment has opened and offers reopen', () => {
    const lock = criteriaLock(
      'SELF_ASSESSMENT',
      { locked: true, lockReason: 'Bộ tiêu chí đã khóa vì kỳ đánh giá đã mở tự đánh giá', group: { criteriaReopened: false } },
      t,
    );
    expect(lock).toMatchObject({ locked: true, canReopen: true, reason: 'Bộ tiêu chí đã khóa vì kỳ đánh giá đã mở tự đánh giá' });
  });
  it('says why from the stage when the server gives no reason; no reopen once final', () => {
    i18n.global.locale.value = 'vi';
    const lock = criteriaLock('FINALIZED', { locked: true, lockReason: null, group: { criteriaReopened: false } }, t);
    expect(lock.reason).toContain('Đã chốt kết quả');
    expect(lock.canReopen).toBe(false);
  });
  it('is editable in planning and after a reopen', () => {
    expect(criteriaLock('PLANNING', { locked: false, group: { criteriaReopened: false } }, t).locked).toBe(false);
    expect(criteriaLock('APPRAISAL', { locked: false, group: { criteriaReopened: true } }, t)).toMatchObject({
      locked: false,
      reopened: true,
    });
  });
});

describe('tiers editor', () => {
  it('shows gaps and overlaps live, and ok when 0–100% is covered', async () => {
    const tiers: TierDraft[] = reactive([
      { fromPercent: '0', toPercent: '50', sharePercent: '0' },
      { fromPercent: '60', toPercent: '100', sharePercent: '100' },
    ]);
    const w = mount(TiersEditor, { props: { tiers, idPrefix: 't' }, global: { plugins: [i18n], stubs: { RouterLink: true } } });
    const issues = () => w.find('[data-testid="tier-issues"]');
    expect(issues().find('[data-kind="gap"]').text()).toBe('Hở 50–60%');

    await w.findAll('[data-testid="tier-from"]')[1]!.setValue('40');
    expect(issues().find('[data-kind="gap"]').exists()).toBe(false);
    expect(issues().find('[data-kind="overlap"]').text()).toBe('Chồng lấn 40–50%');

    await w.findAll('[data-testid="tier-from"]')[1]!.setValue('50');
    expect(issues().text()).toContain('Phủ kín 0–100%');
    expect(tiers[1]!.fromPercent).toBe('50');
  });
});
