import { areasAt, compareVersions, isEmptyDiff, type ComparedArea, type ComparedVersion } from './steeringDiff';

const v1: ComparedVersion = {
  versionNumber: 1,
  title: 'Integrationsstrategi',
  status: 'DRAFT',
  text: 'Inledning\nMål för arbete\nSlut\n',
  changeNote: 'Första utkastet',
  createdAt: '2026-01-01T10:00:00Z',
};
const v2: ComparedVersion = {
  ...v1,
  versionNumber: 2,
  status: 'ADOPTED',
  decisionDate: '2026-03-15',
  decidedBy: 'Kommunfullmäktige',
  registrationNumber: 'KS/2026:112',
  text: 'Inledning\nMål för arbete och utbildning\nSlut\n',
  changeNote: 'Antagen',
  createdAt: '2026-03-16T10:00:00Z',
};
const areas: ComparedArea[] = [
  { id: 'a', key: 'WORK', nameSv: 'Arbete', createdAt: '2025-12-31T10:00:00Z' },
  { id: 'b', key: 'SCHOOL', nameSv: 'Skola', createdAt: '2026-02-01T10:00:00Z' },
  { id: 'c', key: 'OLD', nameSv: 'Gammalt', createdAt: '2025-12-01T10:00:00Z', archivedAt: '2026-02-02T10:00:00Z' },
];

describe('comparing two versions of a steering document', () => {
  it('lists each changed field with its values before and after, and nothing that is the same', () => {
    const diff = compareVersions(v1, v2, areas);
    expect(diff.fields).toEqual([
      { field: 'status', before: 'DRAFT', after: 'ADOPTED' },
      { field: 'decisionDate', before: null, after: '2026-03-15' },
      { field: 'decidedBy', before: null, after: 'Kommunfullmäktige' },
      { field: 'registrationNumber', before: null, after: 'KS/2026:112' },
      { field: 'changeNote', before: 'Första utkastet', after: 'Antagen' },
    ]);
  });

  it('marks the text lines removed and added, keeping the unchanged ones', () => {
    const diff = compareVersions(v1, v2, areas);
    expect(diff.text).toEqual([
      { kind: 'same', text: 'Inledning\n' },
      { kind: 'removed', text: 'Mål för arbete\n' },
      { kind: 'added', text: 'Mål för arbete och utbildning\n' },
      { kind: 'same', text: 'Slut\n' },
    ]);
    expect(compareVersions(v1, { ...v1, versionNumber: 2 }, areas).text).toBeNull();
  });

  it('finds the focus areas that came and went between the two moments, in either direction', () => {
    expect(areasAt(areas, v1.createdAt).map((a) => a.id)).toEqual(['a', 'c']);
    const forward = compareVersions(v1, v2, areas);
    expect(forward.areasAdded.map((a) => a.key)).toEqual(['SCHOOL']);
    expect(forward.areasRemoved.map((a) => a.key)).toEqual(['OLD']);
    const backward = compareVersions(v2, v1, areas);
    expect(backward.areasAdded.map((a) => a.key)).toEqual(['OLD']);
    expect(backward.areasRemoved.map((a) => a.key)).toEqual(['SCHOOL']);
  });

  it('says when nothing differs', () => {
    expect(isEmptyDiff(compareVersions(v1, { ...v1, versionNumber: 2, createdAt: '2026-01-01T11:00:00Z' }, areas))).toBe(true);
    expect(isEmptyDiff(compareVersions(v1, v2, areas))).toBe(false);
  });
});
