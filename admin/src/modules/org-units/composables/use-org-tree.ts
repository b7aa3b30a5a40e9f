import { ref, shallowRef, type Ref } from 'vue';
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import type { TreeNode } from '@/components/AppTree.vue';
import { OrgUnitListDocument } from '@/graphql/org-units';
import type { OrgUnitListQuery, OrgUnitListQueryVariables } from '@/graphql/generated/graphql';

export type OrgNodeData = OrgUnitListQuery['orgUnits']['edges'][number]['node'];
export type OrgTreeNode = TreeNode<OrgNodeData>;

export const CHILD_PAGE_SIZE = 200;
export const SEARCH_PAGE_SIZE = 50;

type Client = ApolloClient<NormalizedCacheObject> | ApolloClient<unknown>;

/**
 * Lazy org tree: roots first, children when a node is opened (the server answers one level
 * at a time, 200 per page). Search is a flat list; the server folds accents ("ba dinh").
 */
export function useOrgTree(client: Client, includeClosed: Ref<boolean>) {
  const roots = ref<OrgTreeNode[]>([]);
  const expanded = ref<string[]>([]);
  const rootsLoading = ref(false);
  const rootsError = ref(false);
  const cursors = new Map<string, string | null>();

  const toNode = (data: OrgNodeData): OrgTreeNode => ({ id: data.id, data, hasChildren: data.childCount > 0 });

  async function fetchList(variables: OrgUnitListQueryVariables, force: boolean) {
    const { data } = await client.query({
      query: OrgUnitListDocument,
      variables: { includeClosed: includeClosed.value, ...variables },
      fetchPolicy: force ? 'network-only' : 'cache-first',
    });
    return data.orgUnits;
  }

  function find(id: string, list: OrgTreeNode[] = roots.value): OrgTreeNode | undefined {
    for (const n of list) {
      if (n.id === id) return n;
      const hit = n.children && find(id, n.children);
      if (hit) return hit;
    }
    return undefined;
  }

  async function loadRoots(force = false) {
    rootsLoading.value = true;
    rootsError.value = false;
    try {
      const conn = await fetchList({ rootsOnly: true, first: CHILD_PAGE_SIZE }, force);
      roots.value = conn.edges.map((e) => toNode(e.node));
    } catch {
      rootsError.value = true;
    } finally {
      rootsLoading.value = false;
    }
  }

  async function loadChildren(id: string, opts: { append?: boolean; force?: boolean } = {}) {
    const node = find(id);
    if (!node) return;
    node.loading = true;
    node.error = false;
    try {
      const after = opts.append ? (cursors.get(id) ?? undefined) : undefined;
      const conn = await fetchList({ parentId: id, first: CHILD_PAGE_SIZE, after }, opts.force ?? false);
      const fresh = conn.edges.map((e) => toNode(e.node));
      // Keep already-loaded grandchildren when a level is refreshed.
      const previous = new Map((node.children ?? []).map((c) => [c.id, c]));
      const merged = fresh.map((c) => {
        const old = previous.get(c.id);
        return old?.children ? { ...c, children: old.children, hasMore: old.hasMore } : c;
      });
      const children = opts.append ? [...(node.children ?? []), ...merged] : merged;
      node.children = children;
      node.hasMore = conn.pageInfo.hasNextPage;
      node.hasChildren = children.length > 0 || conn.pageInfo.hasNextPage;
      cursors.set(id, conn.pageInfo.endCursor ?? null);
    } catch {
      node.error = true;
    } finally {
      node.loading = false;
    }
  }

  async function toggle(node: OrgTreeNode, expand: boolean) {
    if (!expand) {
      expanded.value = expanded.value.filter((x) => x !== node.id);
      return;
    }
    if (!expanded.value.includes(node.id)) expanded.value = [...expanded.value, node.id];
    if (!node.children && !node.loading) await loadChildren(node.id);
  }

  /** After a change: re-read roots and every open level from the server. */
  async function reload() {
    const open = [...expanded.value];
    await loadRoots(true);
    for (const id of open) {
      if (find(id)) await loadChildren(id, { force: true });
    }
    expanded.value = open.filter((id) => !!find(id));
  }

  // Search
  const results = shallowRef<OrgNodeData[]>([]);
  const resultTotal = ref(0);
  const searching = ref(false);
  const searchError = ref(false);
  let searchSeq = 0;

  async function search(term: string) {
    const seq = ++searchSeq;
    searching.value = true;
    searchError.value = false;
    try {
      const conn = await fetchList({ search: term, first: SEARCH_PAGE_SIZE }, true);
      if (seq !== searchSeq) return;
      results.value = conn.edges.map((e) => e.node);
      resultTotal.value = conn.totalCount;
    } catch {
      if (seq === searchSeq) searchError.value = true;
    } finally {
      if (seq === searchSeq) searching.value = false;
    }
  }

  return {
    roots,
    expanded,
    rootsLoading,
    rootsError,
    loadRoots,
    loadChildren,
    toggle,
    reload,
    results,
    resultTotal,
    searching,
    searchError,
    search,
  };
}
