import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../platform/config/config';
import { composeSupergraph, printSubgraphs } from './subgraph-schemas';

/**
 * `pnpm schema` writes schema/{org,scoring,supergraph}.graphql; with --check it fails when the
 * checked-in files drift from the code or no longer compose.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const subgraphs = await printSubgraphs();
  const files = new Map<string, string>(subgraphs.map((s) => [`${s.name}.graphql`, s.sdl.trimEnd() + '\n']));
  files.set('supergraph.graphql', composeSupergraph(subgraphs).trimEnd() + '\n');
  const drifted: string[] = [];
  for (const [name, content] of files) {
    const file = path.join(REPO_ROOT, 'schema', name);
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        // missing file counts as drift
      }
      if (current !== content) drifted.push(`schema/${name}`);
    } else {
      writeFileSync(file, content);
      console.log(`wrote schema/${name}`);
    }
  }
  if (check) {
    if (drifted.length) {
      console.error(`The checked-in GraphQL contract drifted from the code: ${drifted.join(', ')}. Run "pnpm schema" and commit.`);
      process.exit(1);
    }
    console.log('schema/: up to date and composes');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
