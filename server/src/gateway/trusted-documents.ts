/**
 * Trusted documents (issue 9, item 3): a request made with the admin's session cookie may run
 * only the admin's own operations — the documents its codegen writes to
 * `persisted-documents.json` (sha256 → text) — so a stolen browser session cannot be used to
 * run arbitrary queries. External apps (API key) and bearer-token clients may still send their
 * own documents, within the depth and cost limits.
 *
 * The admin sends a document either by its hash (`extensions.persistedQuery.sha256Hash` or
 * `documentId`, filled in from the manifest here) or as text. Apollo Client prints the text
 * its own way and adds `__typename` to every selection, so text is compared in a canonical form:
 * `__typename` selections removed; selections, arguments, variables and definitions sorted; printed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError, parse, print, visit, type DefinitionNode, type DocumentNode, type SelectionNode } from 'graphql';
import { REPO_ROOT } from '../platform/config/config';
import type { CallerContext } from './data-sources';

export const PERSISTED_DOCUMENTS_FILE = path.join(REPO_ROOT, 'admin', 'src', 'graphql', 'generated', 'persisted-documents.json');

function definitionKey(d: DefinitionNode): string {
  const name = 'name' in d && d.name ? d.name.value : '';
  return `${d.kind}:${name}`;
}

/** The document's canonical text: what two printings of the same operation share. */
export function canonicalDocument(document: DocumentNode): string {
  const keys = new Map<SelectionNode, string>();
  const keyOf = (s: SelectionNode) => {
    let key = keys.get(s);
    if (key === undefined) keys.set(s, (key = print(s)));
    return key;
  };
  const stripped = visit(document, {
    Field: {
      enter(node) {
        if (node.name.value === '__typename' && !node.alias) return null;
        return undefined;
      },
      // Argument order means nothing (codegen's manifest and Apollo Client print them differently).
      leave(node) {
        return node.arguments?.length
          ? { ...node, arguments: [...node.arguments].sort((a, b) => (a.name.value < b.name.value ? -1 : 1)) }
          : node;
      },
    },
    OperationDefinition: {
      leave(node) {
        const variables = [...(node.variableDefinitions ?? [])];
        return { ...node, variableDefinitions: variables.sort((a, b) => (a.variable.name.value < b.variable.name.value ? -1 : 1)) };
      },
    },
    SelectionSet: {
      leave(node) {
        return { ...node, selections: [...node.selections].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)) };
      },
    },
    Document: {
      leave(node) {
        return { ...node, definitions: [...node.definitions].sort((a, b) => (definitionKey(a) < definitionKey(b) ? -1 : 1)) };
      },
    },
  });
  return print(stripped);
}

export class TrustedDocuments {
  private canonicalTexts: Set<string> | null = null;
  private readonly verdicts = new WeakMap<DocumentNode, boolean>();

  constructor(readonly byHash: ReadonlyMap<string, string>) {}

  /** Built on the first check of a cookie session's document, not at start (a fifth of a second of the cold start). */
  private get canonical(): Set<string> {
    return (this.canonicalTexts ??= new Set([...this.byHash.values()].map((text) => canonicalDocument(parse(text)))));
  }

  static fromFile(file = PERSISTED_DOCUMENTS_FILE): TrustedDocuments {
    if (!existsSync(file))
      throw new Error(
        `Trusted documents: ${file} is missing (run "pnpm --filter ./admin codegen"); the admin's sessions cannot be served without it.`,
      );
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [hash, text] of Object.entries(manifest))
      if (createHash('sha256').update(text).digest('hex') !== hash)
        throw new Error(`Trusted documents: ${file} has a wrong hash for ${hash}`);
    return new TrustedDocuments(new Map(Object.entries(manifest)));
  }

  /** Whether a parsed document is one of the manifest's (Apollo Server keeps one parsed document per text: memoised). */
  trusts(document: DocumentNode): boolean {
    let verdict = this.verdicts.get(document);
    if (verdict === undefined) this.verdicts.set(document, (verdict = this.canonical.has(canonicalDocument(document))));
    return verdict;
  }
}

/**
 * Express middleware before Apollo: a request naming a manifest document by hash (no text) gets
 * its text. An unknown hash is left to Apollo (its persisted-query protocol answers
 * PERSISTED_QUERY_NOT_FOUND, and the client may send the text).
 */
export function fillPersistedDocuments(trusted: TrustedDocuments): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const body = req.body as
      | { query?: unknown; documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } }
      | undefined
      | null;
    if (body && typeof body === 'object' && !Array.isArray(body) && body.query === undefined) {
      const hash =
        typeof body.documentId === 'string' ? body.documentId.replace(/^sha256:/, '') : body.extensions?.persistedQuery?.sha256Hash;
      const text = typeof hash === 'string' ? trusted.byHash.get(hash) : undefined;
      if (text !== undefined) {
        body.query = text;
        delete body.documentId;
        if (body.extensions) delete body.extensions.persistedQuery;
      }
    }
    next();
  };
}

/** Refuses any document not in the manifest on a cookie session (coded FORBIDDEN, reason UNTRUSTED_DOCUMENT). */
export function trustedDocumentsPlugin(trusted: TrustedDocuments): ApolloServerPlugin<CallerContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.channel !== 'cookie') return {};
      return {
        async didResolveOperation({ document }) {
          if (trusted.trusts(document)) return;
          throw new GraphQLError(
            contextValue.locale === 'en'
              ? 'A signed-in browser session may only run the admin’s own operations. Reload the page; other programs should use an API key.'
              : 'Phiên đăng nhập trên trình duyệt chỉ được chạy các thao tác của trang quản trị. Hãy tải lại trang; chương trình khác hãy dùng khóa API.',
            { extensions: { code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT', http: { status: 403 } } },
          );
        },
      };
    },
  };
}
