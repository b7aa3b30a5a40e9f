import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Per-module GraphQL documents in the production bundle.
 *
 * The codegen client preset's `graphql()` looks each document up in one map of *all* documents
 * (generated/gql.ts → generated/graphql.ts, ~650 KB of AST JSON with every fragment repeated in
 * each document that spreads it). Whoever imports `graphql` pulls the whole map into that chunk,
 * so every page downloaded every document of the admin. The codegen docs recommend their
 * Babel/SWC plugin for production; this is the same idea without a Babel toolchain:
 *
 * - each `graphql(\`…\`)` call in the admin's own code is replaced at build time by an import of
 *   that one document (`virtual:par-gql/<Name>`), so a document travels with the page that uses it;
 * - a document's fragment definitions are separate modules (`virtual:par-gql-fragment/<Name>`)
 *   shared by every document that spreads the fragment, instead of one copy per document.
 *
 * The objects are exactly codegen's (same operation AST, same fragment definitions, same
 * `__meta__` hash); only where they live changes. A call whose text the generated map does not
 * know (codegen not re-run) is left alone and still resolves at run time through `graphql()`.
 * Build only: the dev server and the component tests use the generated map as is.
 */
export function graphqlDocumentsPlugin(generatedDir: string): Plugin {
  let bySource: Map<string, string> | null = null;
  let documents: Map<string, string> | null = null;
  const DOC = 'virtual:par-gql/';
  const FRAG = 'virtual:par-gql-fragment/';

  function load() {
    if (bySource && documents) return;
    bySource = new Map();
    documents = new Map();
    const gql = readFileSync(path.join(generatedDir, 'gql.ts'), 'utf8');
    const start = gql.indexOf('const documents');
    const end = gql.indexOf('\n};', start);
    for (const m of gql.slice(start, end).matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
      bySource.set(JSON.parse(m[1]) as string, m[2]);
    }
    const types = readFileSync(path.join(generatedDir, 'graphql.ts'), 'utf8');
    for (const m of types.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
      documents.set(m[1], m[2]);
    }
  }

  interface Definition {
    kind: string;
    name?: { value: string };
  }
  const fragments = new Map<string, string>();

  function documentModule(name: string): string {
    const json = documents?.get(name);
    if (!json) throw new Error(`graphql-documents: no generated document ${name}`);
    const doc = JSON.parse(json) as { definitions: Definition[] } & Record<string, unknown>;
    const imports: string[] = [];
    const defs = doc.definitions.map((d) => {
      if (d.kind !== 'FragmentDefinition' || !d.name) return JSON.stringify(d);
      const frag = d.name.value;
      const own = JSON.stringify(d);
      const known = fragments.get(frag);
      if (known !== undefined && known !== own) throw new Error(`graphql-documents: fragment ${frag} differs between documents`);
      fragments.set(frag, own);
      const local = `f${imports.length}`;
      imports.push(`import ${local} from ${JSON.stringify(FRAG + frag)};`);
      return local;
    });
    const rest = Object.entries(doc)
      .filter(([k]) => k !== 'definitions')
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    return `${imports.join('\n')}\nexport default { ${[...rest, `"definitions": [${defs.join(', ')}]`].join(', ')} };\n`;
  }

  return {
    name: 'par:graphql-documents',
    apply: 'build',
    buildStart() {
      bySource = null;
      documents = null;
      fragments.clear();
    },
    resolveId(id) {
      if (id.startsWith(DOC) || id.startsWith(FRAG)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id.startsWith(`\0${DOC}`)) {
        load();
        return documentModule(id.slice(DOC.length + 1));
      }
      if (id.startsWith(`\0${FRAG}`)) {
        const name = id.slice(FRAG.length + 1);
        const json = fragments.get(name);
        // Fragment modules are loaded after the documents that import them.
        if (json === undefined) throw new Error(`graphql-documents: fragment ${name} requested before any document spreads it`);
        return `export default ${json};\n`;
      }
      return null;
    },
    transform(code, id) {
      if (id.includes('node_modules') || id.startsWith('\0') || id.includes('/graphql/generated/')) return null;
      if (!code.includes('graphql(`')) return null;
      if (!/import\s*\{[^}]*\bgraphql\b[^}]*\}\s*from\s*['"](@\/graphql\/generated|[./]+generated)(\/gql|\/index)?['"]/.test(code))
        return null;
      load();
      const imports: string[] = [];
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, text: string) => {
        if (text.includes('\\') || text.includes('${')) return call;
        const name = bySource!.get(text);
        if (!name || !documents!.has(name)) return call;
        const local = `__parGql${imports.length}`;
        imports.push(`import ${local} from ${JSON.stringify(DOC + name)};`);
        return local;
      });
      if (!imports.length) return null;
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}
