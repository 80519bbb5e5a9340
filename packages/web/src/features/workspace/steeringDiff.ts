import { diffLines } from 'diff';

/** The versioned fields of a steering document that the comparison shows as a table. */
export const COMPARED_FIELDS = ['title', 'status', 'decisionDate', 'decidedBy', 'registrationNumber', 'validUntil', 'changeNote'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ComparedVersion {
  versionNumber: number;
  title: string;
  status: string;
  decisionDate?: string | null;
  decidedBy?: string | null;
  registrationNumber?: string | null;
  validUntil?: string | null;
  changeNote?: string | null;
  text?: string | null;
  createdAt: string;
}

export interface ComparedArea {
  id: string;
  key: string;
  nameSv: string;
  createdAt: string;
  archivedAt?: string | null;
}

export interface FieldChange {
  field: ComparedField;
  before: string | null;
  after: string | null;
}

/** A run of text lines: unchanged, added in the later version or removed from the earlier. */
export interface TextPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface VersionDiff {
  fields: FieldChange[];
  /** Null when the text is the same in both. */
  text: TextPart[] | null;
  areasAdded: ComparedArea[];
  areasRemoved: ComparedArea[];
}

/** The focus areas that existed when a version was made: created before it, not archived before it. */
export function areasAt(areas: readonly ComparedArea[], at: string): ComparedArea[] {
  const moment = Date.parse(at);
  return areas.filter((area) => Date.parse(area.createdAt) <= moment && (!area.archivedAt || Date.parse(area.archivedAt) > moment));
}

/**
 * What changed from one version to another: each versioned field whose value differs, the text as
 * lines added and removed (jsdiff's line diff), and the focus areas that came or went between the
 * moments the two versions were made.
 */
export function compareVersions(from: ComparedVersion, to: ComparedVersion, areas: readonly ComparedArea[]): VersionDiff {
  const fields: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    const before = from[field] ?? null;
    const after = to[field] ?? null;
    if ((before ?? '') !== (after ?? '')) fields.push({ field, before, after });
  }
  const beforeText = from.text ?? '';
  const afterText = to.text ?? '';
  const text =
    beforeText === afterText
      ? null
      : diffLines(beforeText, afterText).map((part): TextPart => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
  const [early, late] = Date.parse(from.createdAt) <= Date.parse(to.createdAt) ? [from, to] : [to, from];
  const before = areasAt(areas, early.createdAt);
  const after = areasAt(areas, late.createdAt);
  const ids = (list: ComparedArea[]) => new Set(list.map((area) => area.id));
  const [beforeIds, afterIds] = [ids(before), ids(after)];
  const forward = early === from;
  const cameIn = after.filter((area) => !beforeIds.has(area.id));
  const wentOut = before.filter((area) => !afterIds.has(area.id));
  return { fields, text, areasAdded: forward ? cameIn : wentOut, areasRemoved: forward ? wentOut : cameIn };
}

/** True when the two versions differ in nothing the comparison shows. */
export function isEmptyDiff(diff: VersionDiff): boolean {
  return diff.fields.length === 0 && diff.text === null && diff.areasAdded.length === 0 && diff.areasRemoved.length === 0;
}
