/**
 * Test helpers of the evidence specs: what the disk storage holds (the interleaving kit is
 * testing/interleave-test-kit).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where DiskFileStorage keeps a file's bytes. */
export const storedPath = (root: string, id: string) => path.join(root, id.slice(0, 2), id.slice(2, 4), id);

/** Whether the disk storage holds bytes under that id. */
export const bytesStored = (root: string, id: string) => existsSync(storedPath(root, id));

/** Every file under the storage root (tmp included). */
export function storedFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}
