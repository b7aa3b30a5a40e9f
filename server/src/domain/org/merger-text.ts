/**
 * Best-effort parsing of the human-written "truocsapnhap" text of mergers-2025-07.json (the units a
 * post-reform commune was formed from) and matching of the names it mentions against the
 * pre-reform communes of the same province.
 *
 * The text is written by people, e.g.
 *   "Phường Bình Dương, Xã An Sinh, Xã Việt Dân, Phường Đức Chính"
 *   "Phường Quán Thánh, một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Điện Biên"
 *   "Phường Láng Thượng và Phường Láng Hạ (phần còn lại sau khi sáp nhập vào phường Giảng Võ)"
 *   "Phường 1, Phường 2, Phường 4 (Quận 5)"
 *   "giữ nguyên"
 * so the parser never throws: what it cannot read ends up as unmatched names in the report, and
 * callers keep the original text beside every derived link.
 */
import { accentKey, foldVietnamese, fullNameKey, subtypeFromName, type TerritorialSubtype, TERRITORIAL_SUBTYPES } from './vietnamese-text';

export interface PredecessorCandidate {
  /** The fragment of the text this candidate was read from (for reports). */
  readonly text: string;
  /** Subtype written (or implied by "của các phường …") before the name; null if none. */
  readonly subtype: TerritorialSubtype | null;
  /** True when the subtype was not written next to the name but carried over from the list. */
  readonly subtypeImplied: boolean;
  /** Bare name, e.g. "Bình Dương", "5". */
  readonly name: string;
  /** True when the text says only part of that unit was merged ("một phần", "phần còn lại"). */
  readonly partial: boolean;
  /** District named in a parenthetical remark, e.g. "(quận Hai Bà Trưng)", used to disambiguate. */
  readonly districtHint: string | null;
}

export interface ParsedMergerText {
  readonly original: string;
  /** "giữ nguyên": the unit continues unchanged (its predecessor is the old unit of the same name). */
  readonly unchanged: boolean;
  readonly candidates: readonly PredecessorCandidate[];
}

const SUBTYPE_WORDS: readonly string[] = [...TERRITORIAL_SUBTYPES].sort((a, b) => b.length - a.length);

interface Segment {
  readonly text: string;
  readonly remarks: string[];
}

/** Split on commas, semicolons and the lowercase conjunction "và" outside parentheses. */
function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let current = '';
  let remarks: string[] = [];
  let remark = '';
  let depth = 0;
  const flush = (): void => {
    if (current.trim() !== '' || remarks.length > 0) segments.push({ text: current, remarks });
    current = '';
    remarks = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') {
      if (depth > 0) remark += ch;
      depth += 1;
      continue;
    }
    if (ch === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        remarks.push(remark.trim());
        remark = '';
      } else remark += ch;
      continue;
    }
    if (depth > 0) {
      remark += ch;
      continue;
    }
    if (ch === ',' || ch === ';') {
      flush();
      continue;
    }
    // Only the lowercase conjunction splits: names such as "Xã Lao Và Chải", "Xã Mường Và" exist.
    if (text.startsWith(' và ', i)) {
      flush();
      i += 3;
      continue;
    }
    current += ch;
  }
  if (depth > 0 && remark.trim() !== '') remarks.push(remark.trim());
  flush();
  return segments;
}

function isNameStart(s: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(s);
}

/** Does `lower` (NFC lowercase) start with a subtype word followed by a space? */
function subtypeAt(lower: string, index: number): string | null {
  for (const w of SUBTYPE_WORDS) {
    if (lower.startsWith(w + ' ', index) && (index === 0 || lower[index - 1] === ' ')) return w;
  }
  return null;
}

/**
 * Find "<subtype> <Name>" in a segment, skipping doubled keywords ("của các phường Phường Cửa Nam",
 * "của xã  Xã Vầy Nưa"). The first keyword followed by a capitalised, non-keyword word wins, so
 * names that contain keyword words ("Xã Tân Xã", "Xã Tứ Quận") are read correctly.
 */
function findSubtypedName(segment: string): { subtype: TerritorialSubtype; name: string } | null {
  const lower = segment.toLowerCase();
  for (let i = 0; i < lower.length; i += 1) {
    const w = subtypeAt(lower, i);
    if (!w) continue;
    const rest = segment.slice(i + w.length + 1).trim();
    // A keyword opening the segment may be followed by a lowercase name ("phường bình dương");
    // inside a phrase ("quy mô dân số của các phường …") the name must look like one.
    const looksLikeName = i === 0 ? /^[\p{L}\p{N}]/u.test(rest) : isNameStart(rest);
    if (rest === '' || !looksLikeName || subtypeAt(rest.toLowerCase(), 0)) continue;
    // Vocabulary check: the keyword must be one of our subtypes (it is, by construction).
    const subtype = TERRITORIAL_SUBTYPES.find((t) => t === w);
    if (subtype) return { subtype, name: rest };
  }
  return null;
}

/** Trailing administrative boilerplate that is not part of any name. */
function stripTrailingNoise(s: string): string {
  return s
    .replace(/\s+sau khi s[aắ]p\s*(x[eế]p|nh[aậ]p)[\s\S]*$/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const MODIFIER_ONLY = /^(sap xep |toan bo |mot phan |phan con lai |quy mo |dien tich )/;

/** Parse a `truocsapnhap` text into candidate predecessor names. Never throws. */
export function parseMergerText(text: string): ParsedMergerText {
  const original = text;
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const folded = foldVietnamese(normalized);
  if (folded === '') return { original, unchanged: false, candidates: [] };
  if (/^giu nguyen\.?$/.test(folded)) return { original, unchanged: true, candidates: [] };

  const candidates: PredecessorCandidate[] = [];
  // "một phần …" makes the following names partial until "toàn bộ diện tích" resets it: the text
  // rarely says where a partial list ends, and over-marking a link as partial is the safer error.
  let partialMode = false;
  let lastSubtype: TerritorialSubtype | null = null;
  for (const seg of splitSegments(normalized)) {
    const raw = stripTrailingNoise(seg.text);
    const f = foldVietnamese(raw);
    const remarksFolded = seg.remarks.map(foldVietnamese);
    let partialHere = false;
    if (/\bmot phan\b/.test(f)) partialMode = true;
    if (/\btoan bo(\s|$)/.test(f) && /\bdien tich\b/.test(f) && !/\bmot phan\b/.test(f)) partialMode = false;
    if (/\bphan con lai\b/.test(f)) partialHere = true;
    if (remarksFolded.some((r) => /\bphan con lai\b|\bmot phan\b/.test(r))) partialHere = true;

    let districtHint: string | null = null;
    for (const r of seg.remarks) {
      const sn = subtypeFromName(r);
      if (sn.subtype === 'quận' || sn.subtype === 'huyện' || sn.subtype === 'thị xã' || sn.subtype === 'thành phố') {
        districtHint = r.replace(/\s+/g, ' ').trim();
      }
    }

    const found = findSubtypedName(raw);
    if (found) {
      lastSubtype = found.subtype;
      candidates.push({
        text: raw,
        subtype: found.subtype,
        subtypeImplied: false,
        name: found.name,
        partial: partialMode || partialHere,
        districtHint,
      });
      continue;
    }
    if (raw === '' || !isNameStart(raw) || MODIFIER_ONLY.test(f + ' ')) continue;
    // A bare name: either continues a list ("của các phường Cửa Nam, Điện Biên") or has no
    // subtype at all ("Krông Na"); the implied subtype is the last one written.
    candidates.push({
      text: raw,
      subtype: lastSubtype,
      subtypeImplied: true,
      name: raw,
      partial: partialMode || partialHere,
      districtHint,
    });
  }
  return { original, unchanged: false, candidates };
}

// ---------------------------------------------------------------------------------------------
// Matching

/** A pre-reform commune that may be named as a predecessor. */
export interface OldCommuneRef {
  readonly sourceKey: string;
  readonly code: string;
  /** Full name, e.g. "Phường Bình Dương". */
  readonly fullName: string;
  /** Full name of its district, e.g. "Thành phố Đông Triều"; used only to resolve ambiguity. */
  readonly districtName?: string;
}

export interface NewCommuneRef {
  readonly sourceKey: string;
  readonly code: string;
  readonly fullName: string;
}

export interface PredecessorLink {
  readonly oldSourceKey: string;
  readonly partial: boolean;
  /** The fragment of the merger text the link was derived from (kept as evidence). */
  readonly text: string;
}

export interface AmbiguousName {
  readonly text: string;
  readonly candidates: readonly string[];
}

export interface PredecessorMatch {
  readonly links: readonly PredecessorLink[];
  readonly unmatched: readonly string[];
  readonly ambiguous: readonly AmbiguousName[];
}

interface OldIndex {
  readonly byFullKey: Map<string, OldCommuneRef[]>;
  readonly byNameKey: Map<string, OldCommuneRef[]>;
}

const indexCache = new WeakMap<readonly OldCommuneRef[], OldIndex>();

function indexOld(old: readonly OldCommuneRef[]): OldIndex {
  const cached = indexCache.get(old);
  if (cached) return cached;
  const byFullKey = new Map<string, OldCommuneRef[]>();
  const byNameKey = new Map<string, OldCommuneRef[]>();
  const push = (m: Map<string, OldCommuneRef[]>, k: string, v: OldCommuneRef): void => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const o of old) {
    const sn = subtypeFromName(o.fullName);
    push(byFullKey, fullNameKey(sn.subtype, sn.name), o);
    push(byNameKey, foldVietnamese(sn.name), o);
  }
  const idx = { byFullKey, byNameKey };
  indexCache.set(old, idx);
  return idx;
}

function districtMatches(hint: string, districtName: string | undefined): boolean {
  if (!districtName) return false;
  const h = subtypeFromName(hint);
  const d = subtypeFromName(districtName);
  if (foldVietnamese(h.name) !== foldVietnamese(d.name)) return false;
  return h.subtype === null || d.subtype === null || h.subtype === d.subtype;
}

/**
 * Narrow several same-folded-name candidates without guessing: first by the district named in
 * the text, then by exact accents (tone placement normalised). Returns the narrowed list.
 */
function narrow(found: readonly OldCommuneRef[], cand: PredecessorCandidate, fallbackHint: string | null): readonly OldCommuneRef[] {
  let list = found;
  const hint = cand.districtHint ?? fallbackHint;
  if (list.length > 1 && hint) {
    const byDistrict = list.filter((o) => districtMatches(hint, o.districtName));
    if (byDistrict.length > 0) list = byDistrict;
  }
  if (list.length > 1) {
    const want = accentKey(cand.subtype ? `${cand.subtype} ${cand.name}` : cand.name);
    const exact = list.filter((o) => {
      const sn = subtypeFromName(o.fullName);
      return accentKey(cand.subtype ? o.fullName : sn.name) === want;
    });
    if (exact.length > 0) list = exact;
  }
  return list;
}

/**
 * Match the predecessors named in a merger text among the old communes of the same province.
 * Matching is by folded full name (subtype + name); a name without subtype is matched by bare name.
 * A name that still matches several old communes after narrowing is reported as ambiguous and
 * never guessed; a name that matches none is reported as unmatched.
 */
export function matchPredecessors(
  newCommune: NewCommuneRef,
  mergerText: string,
  oldCommunesOfProvince: readonly OldCommuneRef[],
): PredecessorMatch {
  const parsed = parseMergerText(mergerText);
  const idx = indexOld(oldCommunesOfProvince);
  const candidates: readonly PredecessorCandidate[] = parsed.unchanged
    ? (() => {
        const sn = subtypeFromName(newCommune.fullName);
        return [
          { text: newCommune.fullName, subtype: sn.subtype, subtypeImplied: false, name: sn.name, partial: false, districtHint: null },
        ];
      })()
    : parsed.candidates;

  // "Phường 1, Phường 2, Phường 4 (Quận 5)": when every district remark in the text names the same
  // district, it applies to the whole list (used only to narrow, never to override a unique match).
  const hints = new Set(
    candidates
      .map((c) => c.districtHint)
      .filter((h): h is string => h !== null)
      .map(foldVietnamese),
  );
  const textHint = hints.size === 1 ? (candidates.find((c) => c.districtHint !== null)?.districtHint ?? null) : null;

  const links: PredecessorLink[] = [];
  const unmatched: string[] = [];
  const ambiguous: AmbiguousName[] = [];
  const seen = new Map<string, number>();
  for (const c of candidates) {
    let found = idx.byFullKey.get(fullNameKey(c.subtype, c.name)) ?? [];
    // A bare name with an implied subtype may be wrong about the subtype; fall back to the name.
    if (found.length === 0 && (c.subtype === null || c.subtypeImplied)) found = idx.byNameKey.get(foldVietnamese(c.name)) ?? [];
    let narrowed = narrow(found, c, textHint);
    // Post-reform communes often keep the code of one predecessor: among same-named candidates the
    // one with the new commune's code is that predecessor (evidence from the data, not a guess).
    if (narrowed.length > 1) {
      const sameCode = narrowed.filter((o) => o.code === newCommune.code);
      if (sameCode.length === 1) narrowed = sameCode;
    }
    // "giữ nguyên" whose old name was spelled differently (e.g. "Sà Phìn"): the unchanged unit kept its code.
    if (narrowed.length === 0 && parsed.unchanged) narrowed = oldCommunesOfProvince.filter((o) => o.code === newCommune.code);
    if (narrowed.length === 0) {
      unmatched.push(c.text);
    } else if (narrowed.length > 1) {
      ambiguous.push({ text: c.text, candidates: narrowed.map((o) => o.sourceKey) });
    } else {
      const old = narrowed[0];
      const prev = seen.get(old.sourceKey);
      if (prev === undefined) {
        seen.set(old.sourceKey, links.length);
        links.push({ oldSourceKey: old.sourceKey, partial: c.partial, text: c.text });
      } else if (!c.partial && links[prev].partial) {
        // Named twice (once as part, once whole): the whole-unit reading wins.
        links[prev] = { ...links[prev], partial: false };
      }
    }
  }
  return { links, unmatched, ambiguous };
}

// ---------------------------------------------------------------------------------------------
// Report

export interface MergerReportEntry {
  readonly newSourceKey: string;
  readonly newCode: string;
  readonly newName: string;
  readonly mergerText: string | null;
  readonly match: PredecessorMatch;
}

/** Summary of matching for a set of new communes, for printing by an import command. */
export interface MergerReport {
  readonly total: number;
  /** Every named predecessor found, none ambiguous or unmatched (partial links count as found). */
  readonly fullyLinked: number;
  /** Some links found but something is unmatched or ambiguous. */
  readonly partlyLinked: number;
  /** No link at all (including new communes without a merger text). */
  readonly notLinked: number;
  readonly linkCount: number;
  readonly partialLinkCount: number;
  readonly unmatched: readonly { readonly newName: string; readonly text: string }[];
  readonly ambiguous: readonly { readonly newName: string; readonly text: string; readonly candidates: readonly string[] }[];
  readonly withoutMergerText: readonly string[];
}

export function mergerReport(entries: readonly MergerReportEntry[]): MergerReport {
  let fullyLinked = 0;
  let partlyLinked = 0;
  let notLinked = 0;
  let linkCount = 0;
  let partialLinkCount = 0;
  const unmatched: { newName: string; text: string }[] = [];
  const ambiguous: { newName: string; text: string; candidates: readonly string[] }[] = [];
  const withoutMergerText: string[] = [];
  for (const e of entries) {
    const m = e.match;
    linkCount += m.links.length;
    partialLinkCount += m.links.filter((l) => l.partial).length;
    for (const u of m.unmatched) unmatched.push({ newName: e.newName, text: u });
    for (const a of m.ambiguous) ambiguous.push({ newName: e.newName, text: a.text, candidates: a.candidates });
    if (e.mergerText === null) withoutMergerText.push(e.newName);
    const problems = m.unmatched.length + m.ambiguous.length;
    if (m.links.length === 0) notLinked += 1;
    else if (problems === 0) fullyLinked += 1;
    else partlyLinked += 1;
  }
  return {
    total: entries.length,
    fullyLinked,
    partlyLinked,
    notLinked,
    linkCount,
    partialLinkCount,
    unmatched,
    ambiguous,
    withoutMergerText,
  };
}

/** Human-readable lines for a CLI. */
export function formatMergerReport(title: string, r: MergerReport): string {
  const lines = [
    `${title}: ${r.total} new communes — ${r.fullyLinked} fully linked, ${r.partlyLinked} partly, ${r.notLinked} not linked; ${r.linkCount} links (${r.partialLinkCount} partial)`,
  ];
  for (const u of r.unmatched) lines.push(`  unmatched  ${u.newName}: "${u.text}"`);
  for (const a of r.ambiguous) lines.push(`  ambiguous  ${a.newName}: "${a.text}" → ${a.candidates.join(' | ')}`);
  for (const n of r.withoutMergerText) lines.push(`  no text    ${n}`);
  return lines.join('\n');
}
