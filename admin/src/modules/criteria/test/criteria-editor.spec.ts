import { beforeEach, describe, expect, it, vi } from 'vitest';
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
/** Opens row `row`'s "Thao tác" menu and picks `op`. */
async function menuOp(w: ReturnType<typeof mountEditor>, row: number, op: string) {
  await w.findAll('[data-testid="row-menu"]')[row]!.trigger('click');
  await w.find(`[role="menu"] [data-testid="op-${op}"]`).trigger('click');
  await flushPromises();
}

describe('criteria editor', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('adds a child, indents, outdents and deletes (with confirmation) from the row menu, updating the tree', async () => {
    const list = nodes();
    const w = mountEditor({ nodes: list });
    expect(codes(w)).toEqual(['1', '1.1', '1.2']);

    await menuOp(w, 1, 'addChild');
    expect(codes(w)).toEqual(['1', '1.1', '1.1.1', '1.2']);

    await menuOp(w, 3, 'indent'); // 1.2 under 1.1
    expect(codes(w)).toEqual(['1', '1.1', '1.1.1', '1.1.2']);

    await menuOp(w, 3, 'outdent');
    expect(codes(w)).toEqual(['1', '1.1', '1.1.1', '1.2']);

    await menuOp(w, 1, 'remove');
    expect(w.find('[data-testid="remove-text"]').text()).toContain('1.1');
    expect(w.find('[data-testid="remove-text"]').text()).toContain('1 tiêu chí con');
    await w.find('[data-testid="confirm-remove"]').trigger('click');
    expect(codes(w)).toEqual(['1', '1.1']);
    expect(list.map((n) => n.title)).toEqual(['Công tác chỉ đạo', 'Báo cáo']);
    w.unmount();
  });

  it('has one labelled "Thao tác" menu per row, usable from the keyboard (↓ opens, arrows move, Esc closes, move up/down)', async () => {
    const list = nodes();
    const w = mountEditor({ nodes: list });
    const buttons = w.findAll('[data-testid="row-menu"]');
    expect(buttons).toHaveLength(3);
    expect(buttons[1]!.attributes('aria-label')).toBe('Thao tác với tiêu chí 1.1');
    expect(buttons[1]!.attributes('aria-haspopup')).toBe('menu');
    expect(buttons[1]!.text()).toContain('Thao tác');
    // No icon-only buttons left in the rows.
    expect(w.findAll('tbody button').every((b) => b.text().trim() !== '' || !!b.attributes('aria-label'))).toBe(true);

    await buttons[1]!.trigger('keydown', { key: 'ArrowDown' });
    await flushPromises();
    const menu = w.find('[role="menu"]');
    expect(menu.exists()).toBe(true);
    expect(buttons[1]!.attributes('aria-expanded')).toBe('true');
    const labels = menu.findAll('[role="menuitem"]').map((b) => b.text());
    expect(labels).toEqual([
      'Sửa chi tiết',
      'Thêm tiêu chí con',
      'Thêm tiêu chí cùng cấp',
      'Chuyển lên',
      'Chuyển xuống',
      'Thụt vào (thành tiêu chí con)',
      'Lùi ra (lên một cấp)',
      'Xóa',
    ]);
    // The first child cannot move up nor indent: those items are disabled and skipped by the arrows.
    expect(menu.find('[data-testid="op-moveUp"]').attributes('disabled')).toBeDefined();
    expect(menu.find('[data-testid="op-indent"]').attributes('disabled')).toBeDefined();
    expect(document.activeElement?.textContent?.trim()).toBe('Sửa chi tiết');
    await menu.trigger('keydown', { key: 'ArrowDown' });
    expect(document.activeElement?.textContent?.trim()).toBe('Thêm tiêu chí con');
    await menu.trigger('keydown', { key: 'ArrowDown' });
    await menu.trigger('keydown', { key: 'ArrowDown' });
    expect(document.activeElement?.textContent?.trim()).toBe('Chuyển xuống');
    await menu.trigger('keydown', { key: 'End' });
    expect(document.activeElement?.textContent?.trim()).toBe('Xóa');
    await menu.trigger('keydown', { key: 'Escape' });
    expect(w.find('[role="menu"]').exists()).toBe(false);
    expect(document.activeElement).toBe(buttons[1]!.element);

    // Keyboard reorder: "Chuyển xuống" on 1.1 swaps it with 1.2; codes follow the order.
    await buttons[1]!.trigger('keydown', { key: 'ArrowDown' });
    await flushPromises();
    await w.find('[data-testid="op-moveDown"]').trigger('click');
    await flushPromises();
    expect(list.map((n) => `${n.code} ${n.title}`)).toEqual(['1 Công tác chỉ đạo', '1.1 Báo cáo', '1.2 Kế hoạch CCHC']);
    expect(w.find('[data-testid="editor-status"]').text()).toBe('Đã chuyển tiêu chí, mã mới 1.2 (vị trí 2/2).');
    expect(w.emitted('change')).toBeTruthy();
    // Focus stays on the moved row's menu button, so the move can be repeated.
    expect(document.activeElement).toBe(w.findAll('[data-testid="row-menu"]')[2]!.element);
    await w.findAll('[data-testid="row-menu"]')[2]!.trigger('keydown', { key: 'ArrowDown' });
    await flushPromises();
    await w.find('[data-testid="op-moveUp"]').trigger('click');
    expect(list.map((n) => n.title)).toEqual(['Công tác chỉ đạo', 'Kế hoạch CCHC', 'Báo cáo']);

    // Alt+↓ / Alt+↑ on the button move without opening the menu; focus follows the row.
    await w.findAll('[data-testid="row-menu"]')[1]!.trigger('keydown', { key: 'ArrowDown', altKey: true });
    await flushPromises();
    expect(w.find('[role="menu"]').exists()).toBe(false);
    expect(list.map((n) => n.title)).toEqual(['Công tác chỉ đạo', 'Báo cáo', 'Kế hoạch CCHC']);
    expect(document.activeElement).toBe(w.findAll('[data-testid="row-menu"]')[2]!.element);
    await w.findAll('[data-testid="row-menu"]')[2]!.trigger('keydown', { key: 'ArrowUp', altKey: true });
    await flushPromises();
    expect(list.map((n) => n.title)).toEqual(['Công tác chỉ đạo', 'Kế hoạch CCHC', 'Báo cáo']);
    // Alt+↑ on the first child does nothing.
    await w.findAll('[data-testid="row-menu"]')[1]!.trigger('keydown', { key: 'ArrowUp', altKey: true });
    expect(list.map((n) => n.title)).toEqual(['Công tác chỉ đạo', 'Kế hoạch CCHC', 'Báo cáo']);

    // "Sửa chi tiết" shows the row in the detail panel beside the table, and moves the focus there.
    await w.findAll('[data-testid="row-menu"]')[2]!.trigger('click');
    await w.find('[data-testid="op-edit"]').trigger('click');
    await flushPromises();
    await vi.waitFor(() => expect(w.find('[data-testid="criteria-detail"]').exists()).toBe(true));
    expect(w.find('[data-testid="detail-panel"] h2').text()).toBe('Chi tiết tiêu chí 1.2');
    expect(document.activeElement).toBe(w.find('[data-testid="detail-panel"] h2').element);
    expect(w.find('[data-testid="detail-title"]').text()).toBe('Báo cáo');
    w.unmount();
  });

  it('reorders by drag and drop within the parent only', async () => {
    const list = nodes();
    list.push(
      ...reactive(
        fromServer([
          {
            id: 'a2',
            parentId: null,
            code: '2',
            title: 'Thể chế',
            maxPoints: 0,
            section: 'SCORED',
            sortOrder: 1,
            allowNotApplicable: false,
          },
          {
            id: 'c21',
            parentId: 'a2',
            code: '2.1',
            title: 'Văn bản',
            maxPoints: 0,
            section: 'SCORED',
            sortOrder: 1,
            method: 'YES_NO',
            params: '{}',
            allowNotApplicable: false,
          },
        ]),
      ).map((n) => ({ ...n, code: n.code })),
    );
    const w = mountEditor({ nodes: list });
    const row = (code: string) => w.find(`tr[data-code="${code}"]`);
    const handle = (code: string) => row(code).find('[data-testid="drag-handle"]');

    // 1.2 dropped on the upper half of 1.1: before it.
    await handle('1.2').trigger('dragstart');
    expect(row('1.2').classes()).toContain('crow--dragging');
    await row('1.1').trigger('dragover', { clientY: -1 });
    expect(row('1.1').classes()).toContain('crow--drop-before');
    await row('1.1').trigger('drop', { clientY: -1 });
    expect(list.map((n) => `${n.code} ${n.title}`).slice(0, 3)).toEqual(['1 Công tác chỉ đạo', '1.1 Báo cáo', '1.2 Kế hoạch CCHC']);
    expect(w.emitted('change')).toHaveLength(1);
    expect(w.find('[data-testid="editor-status"]').text()).toContain('mã mới 1.1 (vị trí 1/2)');
    expect(w.find('.crow--drop-before').exists()).toBe(false);

    // Into another parent: refused (no drop marker, nothing moves).
    await handle('1.1').trigger('dragstart');
    await row('2.1').trigger('dragover', { clientY: 10 });
    expect(w.find('.crow--drop-after, .crow--drop-before').exists()).toBe(false);
    await row('2.1').trigger('drop', { clientY: 10 });
    // Onto its own parent (another level): refused too.
    await handle('1.1').trigger('dragstart');
    await row('1').trigger('drop', { clientY: 10 });
    expect(codes(w)).toEqual(['1', '1.1', '1.2', '2', '2.1']);
    expect(list[1]!.title).toBe('Báo cáo');

    // Areas move with their whole subtree (lower half of area 2: after it).
    await handle('1').trigger('dragstart');
    await row('2').trigger('dragover', { clientY: 10 });
    await row('2').trigger('drop', { clientY: 10 });
    expect(list.map((n) => `${n.code} ${n.title}`)).toEqual([
      '1 Thể chế',
      '1.1 Văn bản',
      '2 Công tác chỉ đạo',
      '2.1 Báo cáo',
      '2.2 Kế hoạch CCHC',
    ]);
    w.unmount();
  });

  it('lists the set’s errors at the top; a link opens the row (even under a collapsed parent), highlights and focuses it', async () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.getAttribute('data-code') ?? '');
    };
    const list = nodes();
    list[2]!.title = '';
    list[2]!.maxPoints = '5';
    const w = mountEditor({ nodes: list });
    const issues = w.find('[data-testid="issues"]');
    // The summary comes before the table in the document.
    expect(issues.element.compareDocumentPosition(w.find('table').element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const links = issues.findAll('[data-testid="issue-link"]');
    expect(links.map((l) => l.text())).toEqual(expect.arrayContaining(['1', '1.2']));
    expect(w.find('tr[data-code="1.2"]').classes()).toContain('crow--error');
    expect(w.find('tr[data-code="1.1"]').classes()).not.toContain('crow--error');

    // Collapse area 1: row 1.2 is hidden…
    await w.find('tr[data-code="1"] .twisty').trigger('click');
    expect(w.find('tr[data-code="1.2"]').exists()).toBe(false);
    // …the link for 1.2 opens it, scrolls to it, flashes it and puts the cursor in its title.
    await links.find((l) => l.text() === '1.2')!.trigger('click');
    await flushPromises();
    const row = w.find('tr[data-code="1.2"]');
    expect(row.exists()).toBe(true);
    expect(row.classes()).toContain('crow--flash');
    expect(row.classes()).toContain('crow--selected');
    expect(scrolled).toEqual(['1.2']);
    expect(document.activeElement).toBe(row.find('textarea').element);
    expect(w.find('[data-testid="editor-status"]').text()).toBe('Đã chuyển tới tiêu chí 1.2.');

    // Fixing the title removes the error and its mark.
    await row.find('textarea').setValue('Báo cáo');
    await w.findAll('[data-testid="node-max"]')[2]!.setValue('4');
    expect(w.find('[data-testid="issue-link"]').exists()).toBe(false);
    expect(w.find('tr[data-code="1.2"]').classes()).not.toContain('crow--error');
    Element.prototype.scrollIntoView = original;
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
    expect(w.find('[data-testid="row-menu"]').exists()).toBe(false);
    expect(w.find('[data-testid="drag-handle"]').exists()).toBe(false);
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

  it('renders 200 rows in chunks (first rows at once, the rest in later tasks)', async () => {
    const many: DraftNode[] = reactive(
      Array.from({ length: 200 }, (_, i) => ({
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
        enteredByAssessor: false,
        assessorEntryReason: '',
      })),
    ) as DraftNode[];
    const w = mountEditor({ nodes: many, total: 10000 });
    expect(w.findAll('[data-testid="node-title"]').length).toBeLessThan(100);
    expect(w.find('[data-testid="set-totals"]').text()).toContain('20,00');
    await vi.waitFor(() => expect(w.findAll('[data-testid="node-title"]')).toHaveLength(200), { timeout: 40_000, interval: 100 });
    w.unmount();
  }, 60_000);
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
