/**
 * The correctness peer of the side-by-side benchmark (docs/PERFORMANCE.md): W1 and W2 each answered
 * by ONE hand-written SQL statement with the same public rules (access/public-sql.ts) and the same
 * small-count suppression as anonymous GraphQL (the stored decisions of open-data/suppression.ts,
 * ADR 0018), served by a minimal node http + pg server that passes PostgreSQL's JSON through, so
 * that its HTTP and JSON costs are like the API's. Run as a process of its own: `node peer-sql.js`
 * with DATABASE_URL and PORT.
 *
 *   POST /w1 {"id": "<indicator uuid>"}   → {"data": {"node": …}}            (as W1_QUERY in side-by-side.ts)
 *   POST /w2 {"code": "<municipality>"}   → {"data": {"municipality": …}}    (as W2_QUERY)
 */
import http from 'node:http';
import { Pool } from 'pg';
import { PUBLIC_ROWS, publicDocument, publicGoal, publicIndicator } from '../src/access/public-sql';
import { storedSuppression } from '../src/open-data/suppression';

/** base64url("<Type>:<uuid>") without padding, as graphql/global-id.ts. */
const gid = (type: string, column: string) => `translate(encode(convert_to('${type}:' || ${column}::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
const SEX_ORDER = (alias: string) => `array_position(ARRAY['TOTAL','WOMEN','MEN']::varchar[], ${alias}.sex)`;
const unit = (alias: string, column: string) =>
  `(SELECT json_build_object('id', ${gid('OrganisationUnit', 'u.id')}, 'name', u.name) FROM organisation_unit u WHERE u.id = ${alias}.${column} AND ${(PUBLIC_ROWS.organisation_unit as (a: string) => string)('u')})`;

const shown = (d: string) => `'value', CASE WHEN ${d}.suppressed THEN NULL ELSE ${d}.value END, 'status', CASE WHEN ${d}.suppressed THEN 'SUPPRESSED' ELSE ${d}.status END`;

/** W1: $1 indicator id, $2 first period start, $3 last period start. */
export const W1_SQL = `
WITH inds AS (
  SELECT i.* FROM indicator i WHERE i.id = $1::uuid AND ${publicIndicator('i')}
),
picked AS (
  SELECT m.id, m.indicator_id, m.period, m.period_start, m.sex, m.value, m.status, ${storedSuppression('m')} AS suppressed FROM measurement m
  WHERE m.indicator_id IN (SELECT id FROM inds) AND m.organisation_unit_id IS NULL AND m.archived_at IS NULL AND m.status = 'FINAL'
    AND m.period_start >= $2::date AND m.period_start <= $3::date
)
SELECT json_build_object('node', (
  SELECT json_build_object(
    'id', ${gid('Indicator', 'i.id')}, 'nameSv', i.name_sv, 'nameEn', i.name_en, 'definition', i.definition, 'unit', i.unit,
    'decimals', i.decimals, 'direction', i.direction, 'periodicity', i.periodicity, 'dividedBySex', i.divided_by_sex,
    'municipality', (SELECT json_build_object('id', ${gid('Municipality', 'mu.id')}, 'code', mu.code, 'name', mu.name) FROM municipality mu WHERE mu.id = i.municipality_id AND mu.archived_at IS NULL),
    'responsibleImplementationUnit', ${unit('i', 'responsible_implementation_unit_id')},
    'responsibleFollowUpUnit', ${unit('i', 'responsible_follow_up_unit_id')},
    'targets', COALESCE((SELECT json_agg(json_build_object('period', t.period, 'sex', t.sex, 'value', t.value) ORDER BY t.period_start, ${SEX_ORDER('t')})
                         FROM target t WHERE t.indicator_id = i.id AND t.archived_at IS NULL), '[]'::json),
    'series', COALESCE((SELECT json_agg(json_build_object('period', d.period, 'sex', d.sex, ${shown('d')}) ORDER BY d.period_start, ${SEX_ORDER('d')})
                        FROM picked d), '[]'::json))
  FROM inds i))::text AS body`;

/**
 * W2: $1 municipality code. The goals are public (publicGoal), so an indicator linked to one of them
 * is public exactly when it is published and not archived (publicIndicator's EXISTS is that link).
 */
export const W2_SQL = `
WITH mun AS (
  SELECT m.* FROM municipality m WHERE m.code = $1 AND m.archived_at IS NULL
),
docs AS (
  SELECT d.* FROM steering_document d WHERE d.municipality_id IN (SELECT id FROM mun) AND d.archived_at IS NULL AND ${publicDocument('d')}
),
areas AS (
  SELECT a.* FROM focus_area a WHERE a.steering_document_id IN (SELECT id FROM docs) AND a.archived_at IS NULL
),
goals AS (
  SELECT g.* FROM goal g WHERE g.focus_area_id IN (SELECT id FROM areas) AND g.level = 'COMMITTEE_GOAL' AND ${publicGoal('g')}
),
subs AS (
  SELECT g.* FROM goal g WHERE g.parent_id IN (SELECT id FROM goals) AND ${publicGoal('g')}
),
links AS (
  SELECT gi.goal_id, i.id, i.name_sv, i.unit, i.sensitive FROM goal_indicator gi JOIN indicator i ON i.id = gi.indicator_id
  WHERE gi.goal_id IN (SELECT id FROM goals UNION ALL SELECT id FROM subs) AND i.published AND i.archived_at IS NULL
),
inds AS (
  SELECT DISTINCT id, unit, sensitive FROM links
),
latest AS (
  SELECT x.indicator_id, max(x.period_start) AS latest FROM measurement x
  WHERE x.indicator_id IN (SELECT id FROM inds) AND x.value IS NOT NULL AND x.organisation_unit_id IS NULL AND x.archived_at IS NULL AND x.status = 'FINAL'
  GROUP BY x.indicator_id
),
picked AS (
  SELECT m.id, m.indicator_id, m.period, m.sex, m.value, m.status, ${storedSuppression('m')} AS suppressed
  FROM measurement m JOIN latest l ON l.indicator_id = m.indicator_id AND l.latest = m.period_start
  WHERE m.organisation_unit_id IS NULL AND m.archived_at IS NULL AND m.status = 'FINAL'
),
latest_json AS (
  SELECT d.indicator_id, json_agg(json_build_object('period', d.period, 'sex', d.sex, ${shown('d')}) ORDER BY d.sex) AS items
  FROM picked d GROUP BY d.indicator_id
),
figures AS (
  SELECT l.goal_id, json_agg(json_build_object('id', ${gid('Indicator', 'l.id')}, 'nameSv', l.name_sv, 'unit', l.unit, 'latestMeasurements', COALESCE(lj.items, '[]'::json))
         ORDER BY l.name_sv COLLATE "sv-x-icu", l.id) AS indicators
  FROM links l LEFT JOIN latest_json lj ON lj.indicator_id = l.id GROUP BY l.goal_id
),
goal_json AS (
  SELECT g.id, g.parent_id, g.focus_area_id, g.sort_order, g.title, ${unit('g', 'owner_unit_id')} AS owner, COALESCE(f.indicators, '[]'::json) AS indicators
  FROM (SELECT * FROM goals UNION ALL SELECT * FROM subs) g LEFT JOIN figures f ON f.goal_id = g.id
)
SELECT json_build_object('municipality', (
  SELECT json_build_object('id', ${gid('Municipality', 'mu.id')}, 'name', mu.name, 'steeringDocuments', COALESCE((
    SELECT json_agg(json_build_object('id', ${gid('SteeringDocument', 'd.id')}, 'title', d.title, 'focusAreas', COALESCE((
      SELECT json_agg(json_build_object('key', a.key, 'nameSv', a.name_sv, 'goals', COALESCE((
        SELECT json_agg(json_build_object('id', ${gid('Goal', 'g.id')}, 'title', g.title, 'ownerUnit', g.owner, 'indicators', g.indicators, 'children', COALESCE((
          SELECT json_agg(json_build_object('id', ${gid('Goal', 'c.id')}, 'title', c.title, 'ownerUnit', c.owner, 'indicators', c.indicators) ORDER BY c.sort_order, c.title)
          FROM goal_json c WHERE c.parent_id = g.id), '[]'::json))
          ORDER BY g.sort_order, g.title)
        FROM goal_json g WHERE g.focus_area_id = a.id AND g.parent_id IS NULL), '[]'::json)) ORDER BY a.sort_order, a.id)
      FROM areas a WHERE a.steering_document_id = d.id), '[]'::json)) ORDER BY d.decision_date DESC NULLS LAST, d.title, d.id)
    FROM docs d), '[]'::json))
  FROM mun mu))::text AS body`;

export const W1_RANGE = ['2015-01-01', '2024-12-31'] as const;

function main(): void {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        try {
          const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { id?: string; code?: string };
          const result =
            request.url === '/w1'
              ? await pool.query<{ body: string }>({ name: 'w1', text: W1_SQL, values: [input.id, ...W1_RANGE] })
              : request.url === '/w2'
                ? await pool.query<{ body: string }>({ name: 'w2', text: W2_SQL, values: [input.code] })
                : null;
          if (!result) {
            response.writeHead(404).end();
            return;
          }
          const body = `{"data":${result.rows[0]?.body ?? 'null'}}`;
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-sql-statements': '1' }).end(body);
        } catch (error) {
          const body = JSON.stringify({ errors: [{ message: (error as Error).message }] });
          response.writeHead(500, { 'content-type': 'application/json' }).end(body);
        }
      })();
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`peer listening at http://127.0.0.1:${process.env.PORT}\n`));
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) main();
