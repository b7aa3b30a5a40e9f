import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Chunk shape we need from Rollup/Rolldown output (kept minimal so either bundler fits). */
interface ChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
}
interface AssetLike {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
type OutputLike = ChunkLike | AssetLike;

export interface InitialSizeReport {
  files: { fileName: string; raw: number; gzip: number }[];
  totalGzip: number;
  cssGzip: number;
}

/**
 * Initial JS = entry chunks plus everything they import statically (not dynamic imports,
 * which are the lazy routes). That is what the browser must download before the first paint.
 */
export function measureInitialJs(bundle: Record<string, OutputLike>): InitialSizeReport {
  const seen = new Set<string>();
  const queue = Object.values(bundle)
    .filter((o): o is ChunkLike => o.type === 'chunk' && o.isEntry)
    .map((c) => c.fileName);
  while (queue.length) {
    const name = queue.shift() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const chunk = bundle[name];
    if (chunk && chunk.type === 'chunk') queue.push(...chunk.imports);
  }
  const files = [...seen].map((fileName) => {
    const chunk = bundle[fileName] as ChunkLike;
    const raw = Buffer.byteLength(chunk.code);
    return { fileName, raw, gzip: gzipSync(chunk.code, { level: 9 }).length };
  });
  const cssGzip = Object.values(bundle)
    .filter((o): o is AssetLike => o.type === 'asset' && o.fileName.endsWith('.css'))
    .reduce((sum, a) => sum + gzipSync(a.source).length, 0);
  return { files, totalGzip: files.reduce((s, f) => s + f.gzip, 0), cssGzip };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Prints the initial JS gzip size after a build and fails it when over budget. */
export function initialSizePlugin(budgetBytes = 300 * 1024): Plugin {
  return {
    name: 'par:initial-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const report = measureInitialJs(bundle as unknown as Record<string, OutputLike>);
      const lines = report.files
        .sort((a, b) => b.gzip - a.gzip)
        .map((f) => `  ${f.fileName.padEnd(48)} ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
      const verdict = report.totalGzip <= budgetBytes ? 'OK' : 'OVER BUDGET';

      console.log(
        `\n[initial-size] initial JS (entry + static imports):\n${lines.join('\n')}\n` +
          `[initial-size] TOTAL initial JS gzip: ${kb(report.totalGzip)} / budget ${kb(budgetBytes)} — ${verdict}` +
          `  (all CSS gzip: ${kb(report.cssGzip)})\n`,
      );
      if (report.totalGzip > budgetBytes) {
        this.error(`Initial JS ${kb(report.totalGzip)} gzip exceeds the ${kb(budgetBytes)} budget`);
      }
    },
  };
}
