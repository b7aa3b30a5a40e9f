import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';

export interface WindowOptions {
  /** Below this many rows everything is rendered (no windowing at all). */
  threshold?: number;
  /** First guess of a row's height (px), replaced by the measured average once rows are drawn. */
  rowHeight?: number;
  /** Rows drawn beyond each edge of the visible area (keeps Tab and quick scrolls inside drawn rows). */
  overscan?: number;
}

export interface RowWindow {
  start: number;
  end: number;
}

/**
 * The slice of rows to draw for a viewport: `offset` is how far the first row's top is above
 * the viewport's top (negative when the list starts lower on the page), `height` the viewport's
 * height. Pure, for the component and its tests.
 */
export function computeWindow(count: number, offset: number, height: number, rowHeight: number, overscan: number): RowWindow {
  if (count <= 0) return { start: 0, end: 0 };
  const h = Math.max(1, rowHeight);
  const first = Math.floor(Math.max(0, offset) / h);
  const last = Math.ceil(Math.max(0, offset + height) / h);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end };
}

/**
 * The ancestors that clip their content vertically (overflow-y other than visible): the part of
 * the list that can be seen is the window's viewport cut by each of them. (A box with only
 * `overflow-x: auto`, like a table's wrapper, computes overflow-y to auto as well; it does not
 * scroll vertically but cutting by its box changes nothing, so it is harmless here.)
 */
export function clippingAncestors(el: HTMLElement | null): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (
    let node = el?.parentElement ?? null;
    node && node !== document.body && node !== document.documentElement;
    node = node.parentElement
  ) {
    if (/^(auto|scroll|hidden|clip|overlay)$/.test(getComputedStyle(node).overflowY)) out.push(node);
  }
  return out;
}

/**
 * Windowing for a long list drawn in the page's own scroll area (a table body in the main
 * column): only the rows near the viewport exist in the DOM, with spacers above and below that
 * keep the scroll height. A long progress table then costs a few dozen rows to draw instead of
 * hundreds (issue 11 §8: no main-thread task over 200 ms).
 *
 * - Off below `threshold` rows: short lists stay plain (find in page, tests, screen readers).
 * - Row heights are measured as they are drawn (rows that wrap are taller), not assumed.
 * - Printing draws every row (beforeprint/afterprint).
 */
export function useWindowedRows<T>(rows: Ref<readonly T[]>, anchor: Ref<HTMLElement | null>, options: WindowOptions = {}) {
  const threshold = options.threshold ?? 100;
  const overscan = options.overscan ?? 12;
  const rowHeight = ref(options.rowHeight ?? 44);
  const offset = ref(0);
  const viewport = ref(typeof window === 'undefined' ? 800 : window.innerHeight);
  const printing = ref(false);

  const windowed = computed(() => !printing.value && rows.value.length > threshold);
  const range = computed<RowWindow>(() =>
    windowed.value
      ? computeWindow(rows.value.length, offset.value, viewport.value, rowHeight.value, overscan)
      : { start: 0, end: rows.value.length },
  );
  const visible = computed(() =>
    rows.value.slice(range.value.start, range.value.end).map((row, i) => ({ row, index: range.value.start + i })),
  );
  const padTop = computed(() => (windowed.value ? range.value.start * rowHeight.value : 0));
  const padBottom = computed(() => (windowed.value ? (rows.value.length - range.value.end) * rowHeight.value : 0));

  let clippers: HTMLElement[] = [];
  let measured = false;
  let frame = 0;

  /** Reads which part of the list is in view and how tall the drawn rows are. */
  function measure() {
    frame = 0;
    const el = anchor.value;
    if (!el) return;
    if (!measured) {
      clippers = clippingAncestors(el);
      measured = true;
    }
    let top = 0;
    let bottom = window.innerHeight;
    for (const c of clippers) {
      const r = c.getBoundingClientRect();
      top = Math.max(top, r.top);
      bottom = Math.min(bottom, r.bottom);
    }
    // The spacer above stands for the rows not drawn, so the anchor's top is row 0's top.
    offset.value = top - el.getBoundingClientRect().top;
    viewport.value = Math.max(0, bottom - top);
    const drawn = el.querySelectorAll<HTMLElement>(':scope > :not([data-window-spacer])');
    if (drawn.length >= 4) {
      let sum = 0;
      drawn.forEach((r) => (sum += r.offsetHeight));
      const avg = sum / drawn.length;
      if (avg > 0 && Math.abs(avg - rowHeight.value) > 0.5) rowHeight.value = avg;
    }
  }
  function schedule() {
    if (!frame) frame = requestAnimationFrame(measure);
  }
  const beforePrint = () => (printing.value = true);
  const afterPrint = () => (printing.value = false);

  onMounted(() => {
    // Styles and layout are read on the next frame, not while the page is being mounted: the
    // first window (from the top, the window's height) needs no measuring, and reading layout
    // here would force the whole page's style and layout into the mounting task.
    schedule();
    // Scroll events do not bubble: one capturing listener sees the page and every scroll area.
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  });
  onBeforeUnmount(() => {
    document.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
    if (frame) cancelAnimationFrame(frame);
  });
  // New rows (filter, sort, next page) or a new anchor: measure again once they are drawn.
  watch([() => rows.value.length, anchor], () => schedule(), { flush: 'post' });

  return { visible, padTop, padBottom, windowed, range, rowHeight, measure };
}
