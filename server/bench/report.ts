import type { LatencyStats } from './measure';

/**
 * Figures of one `pnpm bench` run and the table printed at the end. Every figure has a key; the
 * budgets in bench/budgets.json are upper bounds, except keys ending in MinRps (lower bounds).
 */
export type Budgets = Record<string, number>;

interface Row {
  section: string;
  label: string;
  cells: string[];
  keys: string[];
}

const HEADER = ['p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'n', 'SQL', 'value', 'budget'];
const round2 = (v: number) => Math.round(v * 100) / 100;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export class BenchReport {
  readonly figures: Record<string, number> = {};
  private readonly rows: Row[] = [];
  private section = '';
  /**
   * Peak resident memory of the bench's own process, and of each section with its JS heap at the
   * time (sampled every 50 ms): the bench holds fixtures and an in-process system; the served
   * process is measured apart (served.ts).
   */
  private peakRss = 0;
  private readonly sectionRss = new Map<string, { rss: number; heap: number }>();
  private readonly sampler = setInterval(() => this.sampleRss(), 50);

  constructor(private readonly budgets: Budgets) {}

  startSection(title: string): void {
    this.sampleRss();
    this.section = title;
  }

  private sampleRss(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, rss);
    if (rss > (this.sectionRss.get(this.section)?.rss ?? 0)) this.sectionRss.set(this.section, { rss, heap: heapUsed });
  }

  /** Sections where the bench's own process peaked above `limitMb`: [section, peak RSS MB, JS heap MB then]. */
  benchPeaksOver(limitMb: number): [string, number, number][] {
    return [...this.sectionRss]
      .map(([section, { rss, heap }]): [string, number, number] => [section, mb(rss), mb(heap)])
      .filter(([section, rss]) => section && rss > limitMb);
  }

  /** Stops sampling; the peak resident memory in MB. */
  stopSampling(): number {
    this.sampleRss();
    clearInterval(this.sampler);
    return mb(this.peakRss);
  }

  /** Latency percentiles under `${key}P50Ms` / `${key}P95Ms`, and the statement count of one call under `${key}Statements`. */
  latency(key: string, label: string, stats: LatencyStats, statements?: number): void {
    this.figures[`${key}P50Ms`] = stats.p50;
    this.figures[`${key}P95Ms`] = stats.p95;
    this.figures[`${key}P99Ms`] = stats.p99;
    const keys = [`${key}P50Ms`, `${key}P95Ms`, `${key}P99Ms`];
    if (statements !== undefined) {
      this.figures[`${key}Statements`] = statements;
      keys.push(`${key}Statements`);
    }
    const cells = [
      String(stats.p50),
      String(stats.p95),
      String(stats.p99),
      String(stats.max),
      String(stats.count),
      statements === undefined ? '' : String(statements),
      '',
    ];
    this.rows.push({ section: this.section, label, cells, keys });
  }

  /** A single figure (a duration, a rate, a size, a count) with its unit. */
  value(key: string, label: string, value: number, unit: string): void {
    this.figures[key] = value;
    this.rows.push({ section: this.section, label, cells: ['', '', '', '', '', '', `${value} ${unit}`], keys: [key] });
  }

  /** Figures over their budget (or under it, for MinRps keys). */
  overBudget(): [string, number, number][] {
    return Object.entries(this.figures).flatMap(([key, value]): [string, number, number][] => {
      const budget = this.budgets[key];
      if (budget === undefined) return [];
      return (key.endsWith('MinRps') ? value < budget : value > budget) ? [[key, value, budget]] : [];
    });
  }

  /** "ranking p50 = 180 ms, target ≤ 25: 7.2× the target" — how far a figure is from its target. */
  gapText(key: string, value: number, budget: number): string {
    const lower = key.endsWith('MinRps');
    const factor = lower ? budget / Math.max(value, 0.01) : value / Math.max(budget, 0.01);
    return `${key} = ${value}, target ${lower ? '≥' : '≤'} ${budget}: ${round2(factor)}× ${lower ? 'short' : 'over'}`;
  }

  private budgetText(keys: string[]): string {
    return keys
      .filter((key) => this.budgets[key] !== undefined)
      .map((key) => {
        const budget = this.budgets[key];
        const value = this.figures[key];
        const ok = key.endsWith('MinRps') ? value >= budget : value <= budget;
        const what = key.endsWith('P50Ms')
          ? 'p50'
          : key.endsWith('P95Ms')
            ? 'p95'
            : key.endsWith('P99Ms')
              ? 'p99'
              : key.endsWith('Statements')
                ? 'SQL'
                : '';
        return `${ok ? '' : '✗ '}${what ? `${what} ` : ''}${key.endsWith('MinRps') ? '≥' : '≤'} ${budget}`;
      })
      .join(', ');
  }

  table(title: string): string {
    const body = this.rows.map((row) => [row.label, ...row.cells.slice(0, 7), this.budgetText(row.keys)]);
    const widths = [
      Math.max(...body.map((r) => r[0].length), 10),
      ...HEADER.map((h, i) => Math.max(h.length, ...body.map((r) => r[i + 1].length))),
    ];
    const line = (cells: string[]) =>
      cells
        .map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  ')
        .trimEnd();
    const out = [title, line(['', ...HEADER]), widths.map((w) => '─'.repeat(w)).join('  ')];
    let section = '';
    this.rows.forEach((row, i) => {
      if (row.section !== section) {
        section = row.section;
        const peak = this.sectionRss.get(section);
        out.push(`[${section}]  (bench process: peak RSS ${mb(peak?.rss ?? 0)} MB, JS heap ${mb(peak?.heap ?? 0)} MB)`);
      }
      out.push(line(body[i]));
    });
    return out.join('\n');
  }
}
