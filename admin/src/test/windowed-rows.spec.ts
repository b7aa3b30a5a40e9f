import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { mount } from '@vue/test-utils';
import AppWindowedRows from '@/components/AppWindowedRows.vue';
import { computeWindow } from '@/composables/use-windowed-rows';

interface Unit {
  id: string;
  name: string;
}
const units = (n: number): Unit[] => Array.from({ length: n }, (_, i) => ({ id: `u${i}`, name: `Xã số ${i + 1}` }));

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A table in a scroll area as on the progress page; `top` moves the body as scrolling would. */
function mountTable(rows: Unit[], opts: { threshold?: number } = {}) {
  const list = ref(rows);
  const Host = defineComponent({
    setup: () => () =>
      h('div', { class: 'scroller', style: 'overflow-y: auto; height: 600px' }, [
        // The table's own wrapper scrolls sideways only (its overflow-y computes to auto too) and
        // is as tall as the table: the part in view is still the scroll area's.
        h('div', { class: 'table-wrap', style: 'overflow-x: auto' }, [
          h('table', [
            h(
              AppWindowedRows<Unit>,
              { rows: list.value, rowKey: (u: Unit) => u.id, colspan: 2, rowHeight: 40, overscan: 5, threshold: opts.threshold ?? 100 },
              {
                default: ({ row, index }: { row: Unit; index: number }) =>
                  h('tr', { 'data-index': index }, [h('td', row.name), h('td', row.id)]),
              },
            ),
          ]),
        ]),
      ]),
  });
  const wrapper = mount(Host, { attachTo: document.body });
  const scroller = wrapper.find('.scroller').element as HTMLElement;
  const tbody = wrapper.find('tbody').element as HTMLElement;
  const tableWrap = wrapper.find('.table-wrap').element as HTMLElement;
  Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: 600 });
  scroller.getBoundingClientRect = () => ({
    top: 0,
    bottom: 600,
    left: 0,
    right: 800,
    height: 600,
    width: 800,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
  let top = 0;
  tableWrap.getBoundingClientRect = () => ({
    top,
    bottom: top + rows.length * 40,
    left: 0,
    right: 800,
    height: rows.length * 40,
    width: 800,
    x: 0,
    y: top,
    toJSON: () => ({}),
  });
  tbody.getBoundingClientRect = () => ({
    top,
    bottom: top + 40,
    left: 0,
    right: 800,
    height: 40,
    width: 800,
    x: 0,
    y: top,
    toJSON: () => ({}),
  });
  const drawn = () => wrapper.findAll('tr:not([data-window-spacer])').map((tr) => Number(tr.attributes('data-index')));
  const spacers = () => wrapper.findAll('tr[data-window-spacer] td').map((td) => (td.element as HTMLElement).style.height);
  async function scrollTo(y: number) {
    top = -y;
    scroller.dispatchEvent(new Event('scroll'));
    await frame();
    await nextTick();
  }
  return { wrapper, list, drawn, spacers, scrollTo };
}

describe('computeWindow', () => {
  it('draws the rows in view plus the overscan on each side, clamped to the list', () => {
    expect(computeWindow(500, 0, 600, 40, 5)).toEqual({ start: 0, end: 20 });
    expect(computeWindow(500, 4000, 600, 40, 5)).toEqual({ start: 95, end: 120 });
    expect(computeWindow(500, 19_900, 600, 40, 5)).toEqual({ start: 492, end: 500 });
    // The list starts lower on the page than the viewport's top: from its first row.
    expect(computeWindow(500, -300, 600, 40, 5)).toEqual({ start: 0, end: 13 });
    expect(computeWindow(0, 0, 600, 40, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('AppWindowedRows', () => {
  it('draws every row of a short list, without spacers', async () => {
    const t = mountTable(units(30));
    await nextTick();
    expect(t.drawn()).toHaveLength(30);
    expect(t.spacers()).toEqual([]);
    expect(t.wrapper.find('tbody').attributes('data-windowed')).toBeUndefined();
  });

  it('draws only the rows near the viewport of a long list, spacers keeping the full height', async () => {
    const t = mountTable(units(500));
    await t.scrollTo(0);
    const first = t.drawn();
    expect(first[0]).toBe(0);
    expect(first.length).toBeLessThan(40);
    // 500 rows of 40 px = 20 000 px in all: the spacer stands for the rows not drawn.
    expect(t.spacers()).toEqual([`${(500 - first.length) * 40}px`]);
    expect(t.wrapper.find('tbody').attributes('data-windowed')).toBe('true');
  });

  it('follows the scroll: the rows in view are drawn, with their index in the whole list', async () => {
    const t = mountTable(units(500));
    await t.scrollTo(8000); // row 200 at the top of the viewport
    const drawn = t.drawn();
    expect(drawn).toContain(200);
    expect(drawn).toContain(214); // the viewport's last row (600 px / 40 px = 15 rows)
    expect(drawn).not.toContain(0);
    expect(drawn).not.toContain(499);
    expect(t.wrapper.find('tr[data-index="200"] td').text()).toBe('Xã số 201');
    const [above, below] = t.spacers();
    expect(above).toBe(`${drawn[0] * 40}px`);
    expect(below).toBe(`${(500 - drawn[drawn.length - 1] - 1) * 40}px`);
    await t.scrollTo(19_400);
    expect(t.drawn()).toContain(499);
  });

  it('draws every row for printing, and the window again afterwards', async () => {
    const t = mountTable(units(300));
    await t.scrollTo(0);
    window.dispatchEvent(new Event('beforeprint'));
    await nextTick();
    expect(t.drawn()).toHaveLength(300);
    expect(t.spacers()).toEqual([]);
    window.dispatchEvent(new Event('afterprint'));
    await nextTick();
    expect(t.drawn().length).toBeLessThan(40);
  });

  it('a filter that shortens the list below the threshold draws it whole', async () => {
    const t = mountTable(units(400));
    await t.scrollTo(4000);
    t.list.value = units(12);
    await nextTick();
    expect(t.drawn()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(t.spacers()).toEqual([]);
  });
});
