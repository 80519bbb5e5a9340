import { OWN_OR_PUBLIC_ROWS, PUBLIC_BY_PARENT, PUBLIC_ROWS, publicIndicatorLinkedToPublicGoal } from '../src/access/public-sql';
import { startTestServer, type TestServer } from './helpers';

/**
 * The loaders decide a row whose parent the request has already found public from the row's own
 * columns (PUBLIC_BY_PARENT in access/public-sql.ts) instead of asking PostgreSQL again. That is only
 * right if, for every row, "public by the SQL" equals "own part holds and parent public by the SQL":
 * checked here row by row, on the demo data varied so that every part of every rule is false for
 * some row.
 */
describe('the public rules as the loaders apply them to rows already read', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.dataSource;
    // Variety: every own part false somewhere, and parents that are not public. Chosen by name and
    // municipality, never by id order (ids are random, and Tyresö's one strategy must stay public
    // with some of its rows public and some not, whatever the ids came out as).
    const tranemo = `(SELECT id FROM municipality WHERE code = '1498')`;
    const tyreso = `(SELECT id FROM municipality WHERE code = '0138')`;
    await ds.query(`UPDATE municipality SET archived_at = now() WHERE code = '1498'`);
    await ds.query(`INSERT INTO steering_document (municipality_id, kind, title, status) SELECT municipality_id, kind, 'Utkast', 'DRAFT' FROM steering_document WHERE municipality_id = ${tyreso}`);
    await ds.query(`INSERT INTO steering_document (municipality_id, kind, title, status, archived_at)
                    SELECT municipality_id, kind, 'Arkiverad', 'ADOPTED', now() FROM steering_document WHERE municipality_id = ${tyreso} AND title <> 'Utkast'`);
    // One of Tyresö's focus areas without goals, and Tranemo's first area.
    await ds.query(`UPDATE focus_area SET archived_at = now() WHERE id = (SELECT f.id FROM focus_area f JOIN steering_document d ON d.id = f.steering_document_id
                    WHERE d.municipality_id = ${tyreso} AND NOT EXISTS (SELECT 1 FROM goal g WHERE g.focus_area_id = f.id) ORDER BY f.name_sv LIMIT 1)`);
    await ds.query(
      `UPDATE focus_area SET archived_at = now() WHERE id = (SELECT f.id FROM focus_area f JOIN steering_document d ON d.id = f.steering_document_id WHERE d.municipality_id = ${tranemo} ORDER BY f.name_sv LIMIT 1)`,
    );
    await ds.query(
      `UPDATE goal SET archived_at = now() WHERE id IN (SELECT g.id FROM goal g JOIN steering_document d ON d.id = g.steering_document_id WHERE d.municipality_id = ${tranemo} ORDER BY g.title LIMIT 2)`,
    );
    // One of Tyresö's goals without indicators archived: not public, in a public document of an active municipality.
    const [archivedGoal] = (await ds.query(
      `UPDATE goal SET archived_at = now() WHERE id = (SELECT g.id FROM goal g WHERE g.municipality_id = ${tyreso} AND NOT EXISTS (SELECT 1 FROM goal_indicator l WHERE l.goal_id = g.id) ORDER BY g.title LIMIT 1) RETURNING id`,
    )) as [Array<{ id: string }>, number];
    expect(archivedGoal).toHaveLength(1);
    // Tyresö: the first indicator by name unpublished, the others published; Tranemo's archived.
    await ds.query(`UPDATE indicator SET published = (id <> (SELECT id FROM indicator WHERE municipality_id = ${tyreso} ORDER BY name_sv LIMIT 1))`);
    await ds.query(`UPDATE indicator SET archived_at = now() WHERE municipality_id = ${tranemo}`);
    // One target of each published Tyresö indicator archived (each has others left).
    await ds.query(`UPDATE target SET archived_at = now() WHERE id IN (SELECT DISTINCT ON (indicator_id) id FROM target ORDER BY indicator_id, period, sex)`);
    await ds.query(`UPDATE measurement SET status = 'PRELIMINARY' WHERE id IN (SELECT id FROM measurement WHERE status = 'FINAL' AND period = '2016')`);
    await ds.query(`UPDATE measurement SET archived_at = now() WHERE id IN (SELECT id FROM measurement WHERE status = 'FINAL' AND period = '2017')`);
  });
  afterAll(() => server.stop());

  const publicIds = async (table: string) => {
    const condition = PUBLIC_ROWS[table] as (alias: string) => string;
    return new Set(((await server.dataSource.query(`SELECT t.id FROM ${table} t WHERE ${condition('t')}`)) as Array<{ id: string }>).map((row) => row.id));
  };
  const entityOf = (table: string) => {
    const metadata = server.dataSource.entityMetadatas.find((m) => m.tableName === table);
    if (!metadata) throw new Error(`no entity for ${table}`);
    return metadata.target;
  };

  it.each(Object.keys(PUBLIC_BY_PARENT))('%s: public by the SQL exactly when its own part holds and its parent is public', async (table) => {
    const rule = PUBLIC_BY_PARENT[table] as (typeof PUBLIC_BY_PARENT)[string];
    const rows = (await server.dataSource.getRepository(entityOf(table)).find()) as Array<Record<string, unknown> & { id: string }>;
    const sql = await publicIds(table);
    const parents = rule.parent ? await publicIds(rule.parent.table) : null;
    const decided = rows.map((row) => ({ id: row.id, sql: sql.has(row.id), js: rule.own(row) && (!rule.parent || (parents as Set<string>).has(rule.parent.idOf(row) as string)) }));
    expect(decided.filter((d) => d.sql !== d.js)).toEqual([]);
    // Both outcomes occur, so that the comparison says something.
    expect(new Set(decided.map((d) => d.sql))).toEqual(new Set([true, false]));
  });

  it.each(Object.keys(OWN_OR_PUBLIC_ROWS))("%s: a member's own-or-public form selects its own rows and the public ones, nothing else, for every municipality", async (table) => {
    const ds = server.dataSource;
    const owner = table === 'municipality' ? 'id' : 'municipality_id';
    const rule = PUBLIC_ROWS[table] as (alias: string) => string;
    const ownOrPublic = OWN_OR_PUBLIC_ROWS[table] as (alias: string, own: string) => string;
    const ids = async (sql: string, own: string) => ((await ds.query(sql, [own])) as Array<{ id: string }>).map((row) => row.id).sort();
    const municipalities = (await ds.query('SELECT id, archived_at FROM municipality ORDER BY code')) as Array<{ id: string; archived_at: Date | null }>;
    expect(municipalities.some((m) => m.archived_at)).toBe(true);
    const [{ all }] = (await ds.query(`SELECT count(*)::int AS all FROM ${table}`)) as [{ all: number }];
    const publicRows = (await publicIds(table)).size;
    let ownHidden = 0;
    let left = 0;
    for (const { id } of municipalities) {
      const expected = await ids(`SELECT t.id FROM ${table} t WHERE $1::uuid IS NOT NULL AND (t.${owner} = $1 OR ${rule('t')})`, id);
      expect({ own: id, rows: await ids(`SELECT t.id FROM ${table} t WHERE ${ownOrPublic('t', '$1::uuid')}`, id) }).toEqual({ own: id, rows: expected });
      ownHidden += expected.length - publicRows;
      left += all - expected.length;
    }
    // Some own rows are not public, and some rows are neither: both parts of the rule decide something.
    expect(ownHidden).toBeGreaterThan(0);
    expect(left).toBeGreaterThan(0);
  });

  it('indicator: linked to a public goal, public by the SQL exactly when published and not archived', async () => {
    const goals = await publicIds('goal');
    const indicators = await publicIds('indicator');
    const links: Array<{ goal_id: string; indicator_id: string }> = await server.dataSource.query('SELECT goal_id, indicator_id FROM goal_indicator');
    const rows = new Map(((await server.dataSource.getRepository(entityOf('indicator')).find()) as Array<Record<string, unknown> & { id: string }>).map((row) => [row.id, row]));
    const decided = links
      .filter((link) => goals.has(link.goal_id))
      .map((link) => ({ id: link.indicator_id, sql: indicators.has(link.indicator_id), js: publicIndicatorLinkedToPublicGoal(rows.get(link.indicator_id) as Record<string, unknown>) }));
    expect(decided.filter((d) => d.sql !== d.js)).toEqual([]);
    expect(new Set(decided.map((d) => d.sql))).toEqual(new Set([true, false]));
  });
});
