import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { PoolClient } from 'pg';
import Cursor from 'pg-cursor';
import type { DataSource, EntityManager } from 'typeorm';
import { buildCatalogue, openUrls, toJsonLd, toRdfXml } from './dcat';
import { dataPackageUrl, municipalityDataPackage, nationalDataPackage } from './schema';
import { writeXlsx } from './xlsx';
import { loadProgressFacts, ProgressJudge } from './progress-columns';
import { acceptsGzip, BodySink, ClientGoneError, csvLine, isNotModified, sendNotModified, setOpenHeaders, validators, type OpenHeaders } from './http';
import {
  checkQuery,
  INDICATOR_KEY_PATTERN,
  OpenDataError,
  OpenDataService,
  parseValueFilter,
  VALUE_COLUMNS,
  VALUE_PARAMETERS,
  valuesQuery,
  type OpenIndicator,
  type OpenMunicipality,
  type ScopeState,
  type ValueFilter,
  type ValueRow,
} from './open-data.service';

/**
 * Open data over plain HTTP: no login, read-only, under /open/v1/ (and the DCAT-AP-SE catalogues
 * at /<code>/datasets/dcat and /datasets/dcat). Every request first brings the published-value
 * snapshot of its municipalities up to date (snapshot.ts), then reads in one REPEATABLE READ
 * transaction, so that the ETag, Last-Modified and X-Changed-Until it sends describe exactly the
 * data it sends. Value files stream from a server-side cursor with backpressure.
 */

export interface OpenDataRouterOptions {
  /** The data source once the database is migrated; undefined while starting (503). */
  dataSource: () => DataSource | undefined;
  /** Where the files are read from (a read replica); the snapshot refresh always writes to `dataSource`. Unset: `dataSource`. */
  readDataSource?: () => DataSource | undefined;
  publicUrl: string | undefined;
  defaultMunicipality: string | undefined;
  maxAgeSeconds: number;
  logger: Logger;
}

/** Rows fetched from the cursor per round trip. */
const BATCH = 2000;
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
const JSON_TYPE = 'application/json; charset=utf-8';
/** The number columns of a value file (kept numeric by the CSV-injection guard). */
const NUMBER_COLUMNS: ReadonlySet<number> = new Set([VALUE_COLUMNS.indexOf('value'), VALUE_COLUMNS.indexOf('progress_target')]);

type Format = 'csv' | 'json' | 'xlsx';
/** A row as the values select gives it: without the status columns, with whether to emit it (`from` reads earlier rows too). */
type StreamedRow = Omit<ValueRow, 'progress_target' | 'progress_status'> & { emit: boolean };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ValuesRequest {
  /** The municipalities whose values the file holds (archived ones too: their tombstones). */
  scope: string[];
  /** The active ones among them, named in a JSON file. */
  municipalities: OpenMunicipality[];
  /** null for the national file. */
  municipality: OpenMunicipality | null;
  indicator: OpenIndicator | null;
  filter: ValueFilter;
  format: Format;
  filename: string;
}

function jsonNumber(text: string | null): string {
  if (text === null) return 'null';
  return /^-?\d+(\.\d+)?$/.test(text) ? text : JSON.stringify(Number(text));
}

function jsonRow(row: ValueRow): string {
  return `{"municipalityCode":${JSON.stringify(row.municipality_code)},"indicatorId":${JSON.stringify(row.indicator_id)},"indicatorKey":${JSON.stringify(row.indicator_key)},"indicatorName":${JSON.stringify(row.indicator_name)},"unit":${JSON.stringify(row.unit)},"period":${JSON.stringify(row.period)},"sex":${JSON.stringify(row.sex)},"value":${jsonNumber(row.value)},"status":${JSON.stringify(row.status)},"footnote":${JSON.stringify(row.footnote)},"progressTarget":${jsonNumber(row.progress_target)},"progressStatus":${JSON.stringify(row.progress_status)}}`;
}

function indicatorJson(indicator: OpenIndicator, municipality: OpenMunicipality, base: string) {
  const urls = openUrls(base, municipality.code);
  return {
    id: indicator.id,
    nameSv: indicator.nameSv,
    nameEn: indicator.nameEn,
    definition: indicator.definition,
    unit: indicator.unit,
    decimals: indicator.decimals,
    direction: indicator.direction,
    periodicity: indicator.periodicity,
    dividedBySex: indicator.dividedBySex,
    sensitive: indicator.sensitive,
    source: { kind: indicator.sourceKind, reference: indicator.sourceReference, description: indicator.source },
    koladaId: indicator.sourceKind === 'KOLADA' ? indicator.sourceReference : null,
    responsibleForImplementation: indicator.implementation,
    responsibleForFollowUp: indicator.followUp,
    firstPeriod: indicator.firstPeriod,
    lastPeriod: indicator.lastPeriod,
    licence: indicator.licence,
    attribution: municipality.attribution,
    lastChanged: indicator.lastChanged.toISOString(),
    links: { self: urls.indicator(indicator.id), valuesCsv: urls.indicatorCsv(indicator.id), valuesJson: urls.indicatorJson(indicator.id), catalogue: urls.catalogue },
  };
}

function municipalityJson(municipality: OpenMunicipality, base: string) {
  const urls = openUrls(base, municipality.code);
  return {
    code: municipality.code,
    name: municipality.name,
    organisationNumber: municipality.organisationNumber,
    licence: municipality.licence,
    attribution: municipality.attribution,
    links: {
      self: urls.api,
      indicators: urls.indicators,
      valuesCsv: urls.valuesCsv,
      valuesJson: urls.valuesJson,
      dataPackage: dataPackageUrl(base, municipality.code),
      catalogue: urls.catalogue,
    },
  };
}

export function openDataRouter(options: OpenDataRouterOptions): Router {
  const router = Router();
  let service: OpenDataService | undefined;
  const ready = (): { dataSource: DataSource; service: OpenDataService } | undefined => {
    const dataSource = options.dataSource();
    if (!dataSource) return undefined;
    service ??= new OpenDataService(dataSource, options.defaultMunicipality);
    return { dataSource: options.readDataSource?.() ?? dataSource, service };
  };
  const baseOf = (req: Request) => options.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;

  const fail = (res: Response, status: number, message: string, parameter?: string) => {
    res.status(status).setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    res.json(parameter ? { error: message, parameter } : { error: message });
  };

  /**
   * Wraps a handler: 503 while starting, a 400 naming any query parameter outside `allowed`, plain
   * JSON errors, the rest to the log.
   */
  const route =
    (handler: (req: Request, res: Response, context: { dataSource: DataSource; service: OpenDataService; base: string }) => Promise<void>, allowed: readonly string[] = []) =>
    async (req: Request, res: Response, _next: NextFunction) => {
      const context = ready();
      if (!context) {
        res.setHeader('Retry-After', '5');
        fail(res, 503, 'Inkludera is starting; try again shortly.');
        return;
      }
      try {
        checkQuery(req.query as Record<string, unknown>, allowed);
        await handler(req, res, { ...context, base: baseOf(req) });
      } catch (error) {
        if (error instanceof OpenDataError) {
          if (!res.headersSent) fail(res, error.status, error.message, error.parameter);
          return;
        }
        if (error instanceof ClientGoneError) return;
        options.logger.error({ err: error, requestId: res.locals.requestId }, 'open data request failed');
        if (!res.headersSent) fail(res, 500, 'Something went wrong on our side.');
        else res.destroy();
      }
    };

  /**
   * A small document: refreshes the scope, reads the state and, unless the client's copy is
   * current (304), builds and sends the body, all in one REPEATABLE READ transaction.
   */
  const sendDocument = async (
    req: Request,
    res: Response,
    { dataSource, service, base }: { dataSource: DataSource; service: OpenDataService; base: string },
    scope: readonly string[],
    describe: (state: ScopeState) => Omit<OpenHeaders, 'validators' | 'maxAgeSeconds'> & { key: string[] },
    body: (manager: EntityManager, state: ScopeState) => Promise<string>,
  ) => {
    await service.refresh(scope);
    await dataSource.transaction('REPEATABLE READ', async (manager) => {
      const state = await service.scopeState(manager, scope);
      const gzip = acceptsGzip(req);
      const described = describe(state);
      const headers: OpenHeaders = {
        ...described,
        maxAgeSeconds: options.maxAgeSeconds,
        validators: validators([base, req.originalUrl, described.contentType, ...described.key, ...state.generations], state.lastModified, gzip),
      };
      if (isNotModified(req, headers.validators)) return sendNotModified(res, headers);
      const text = await body(manager, state);
      setOpenHeaders(res, headers, gzip);
      if (req.method === 'HEAD') return void res.end();
      const sink = new BodySink(res, gzip);
      await sink.end(text);
    });
  };

  /** A value file, streamed: CSV (header row, then rows) or JSON (licence, attribution, values). */
  const sendValues = async (
    req: Request,
    res: Response,
    { dataSource, service, base }: { dataSource: DataSource; service: OpenDataService; base: string },
    request: ValuesRequest,
  ) => {
    const scope = request.scope;
    await service.refresh(scope);
    const runner = dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    let cursor: Cursor<StreamedRow> | undefined;
    try {
      await runner.startTransaction('REPEATABLE READ');
      const manager = runner.manager;
      const state = await service.scopeState(manager, scope);
      const licences = await service.licences(manager, scope, request.indicator?.uuid);
      const licence = request.indicator?.licence ?? request.municipality?.licence ?? null;
      const attribution = request.municipality?.attribution ?? 'Källa: kommunen som anges i municipality_code';
      // An xlsx file is a zip already: never gzip it again.
      const gzip = request.format !== 'xlsx' && acceptsGzip(req);
      const headers: OpenHeaders = {
        contentType: request.format === 'csv' ? CSV_TYPE : request.format === 'xlsx' ? XLSX_TYPE : JSON_TYPE,
        maxAgeSeconds: options.maxAgeSeconds,
        licences: licences.length ? licences : licence ? [licence] : [],
        attribution,
        filename: request.filename,
        changedUntil: state.changedUntil,
        describedBy: request.format !== 'json' ? dataPackageUrl(base, request.municipality?.code ?? null) : undefined,
        validators: validators([base, req.originalUrl, request.format, ...state.generations], state.lastModified, gzip),
      };
      if (isNotModified(req, headers.validators)) {
        sendNotModified(res, headers);
        await runner.commitTransaction();
        return;
      }
      setOpenHeaders(res, headers, gzip);
      if (req.method === 'HEAD') {
        res.end();
        await runner.commitTransaction();
        return;
      }
      // The status columns: facts and targets in one statement, then judged as the rows stream past.
      const judge = new ProgressJudge(await loadProgressFacts(manager, scope), !request.filter.changedSince);
      const judged = (rows: StreamedRow[]): ValueRow[] => {
        const out: ValueRow[] = [];
        for (const row of rows) {
          const cells = judge.judge(row);
          if (row.emit) out.push({ ...row, ...cells });
        }
        return out;
      };
      if (request.format === 'xlsx') {
        const { sql, parameters } = valuesQuery(request.filter, { history: true });
        cursor = client.query(new Cursor<StreamedRow>(sql, [scope, ...parameters]));
        const open = cursor;
        await writeXlsx(res, {
          rows: async function* () {
            for (;;) {
              const rows = await open.read(BATCH);
              if (rows.length === 0) return;
              yield judged(rows);
            }
          },
          licence: headers.licences.join(' '),
          attribution,
          dataPackage: dataPackageUrl(base, request.municipality?.code ?? null),
          changedUntil: state.changedUntil,
        });
        await cursor.close();
        cursor = undefined;
        await runner.commitTransaction();
        return;
      }
      const sink = new BodySink(res, gzip);
      if (request.format === 'csv') {
        await sink.write(csvLine(VALUE_COLUMNS));
      } else {
        const head = {
          licence,
          licences: headers.licences,
          attribution,
          municipality: request.municipality ? { code: request.municipality.code, name: request.municipality.name } : null,
          municipalities: request.municipality ? undefined : request.municipalities.map((m) => ({ code: m.code, name: m.name, licence: m.licence, attribution: m.attribution })),
          indicator: request.indicator && request.municipality ? indicatorJson(request.indicator, request.municipality, base) : undefined,
          dataPackage: dataPackageUrl(base, request.municipality?.code ?? null),
          changedSince: request.filter.changedSince ?? null,
          changedUntil: state.changedUntil,
        };
        const text = JSON.stringify(head);
        await sink.write(`${text.slice(0, -1)},"values":[`);
      }
      const { sql, parameters } = valuesQuery(request.filter, { history: true });
      cursor = client.query(new Cursor<StreamedRow>(sql, [scope, ...parameters]));
      let first = true;
      for (;;) {
        const read = await cursor.read(BATCH);
        if (read.length === 0) break;
        const rows = judged(read);
        let chunk = '';
        if (request.format === 'csv') {
          for (const row of rows)
            chunk += csvLine(
              VALUE_COLUMNS.map((column) => row[column]),
              NUMBER_COLUMNS,
            );
        } else {
          for (const row of rows) {
            chunk += `${first ? '' : ','}\n${jsonRow(row)}`;
            first = false;
          }
        }
        await sink.write(chunk);
      }
      await cursor.close();
      cursor = undefined;
      await runner.commitTransaction();
      await sink.end(request.format === 'json' ? '\n]}\n' : undefined);
    } catch (error) {
      if (cursor) await cursor.close().catch(() => undefined);
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  };

  // The index of this installation: every municipality that publishes, and the national files.
  router.get(
    '/open/v1',
    route(async (req, res, context) => {
      const all = await context.service.allMunicipalityIds();
      await sendDocument(
        req,
        res,
        context,
        all,
        () => ({ contentType: JSON_TYPE, licences: [], attribution: '', key: ['index'] }),
        async (manager, state) => {
          const municipalities = await context.service.municipalities(manager);
          return `${JSON.stringify(
            {
              description: 'Open data from Inkludera: published indicators of municipal integration strategies. No login; CSV and JSON; DCAT-AP-SE catalogues.',
              municipalities: municipalities.map((m) => municipalityJson(m, context.base)),
              links: {
                valuesCsv: `${context.base}/open/v1/values.csv`,
                valuesJson: `${context.base}/open/v1/values.json`,
                dataPackage: dataPackageUrl(context.base, null),
                defaultCatalogue: `${context.base}/datasets/dcat`,
              },
              changedUntil: state.changedUntil,
            },
            null,
            2,
          )}\n`;
        },
      );
    }),
  );

  for (const format of ['csv', 'json'] as const) {
    router.get(
      `/open/v1/values.${format}`,
      route(async (req, res, context) => {
        const filter = parseValueFilter(req.query as Record<string, unknown>);
        const scope = await context.service.allMunicipalityIds();
        const municipalities = await context.service.municipalities();
        await sendValues(req, res, context, { scope, municipalities, municipality: null, indicator: null, filter, format, filename: `inkludera-values.${format}` });
      }, VALUE_PARAMETERS),
    );
  }

  // The municipality's files and each indicator's, also as xlsx for spreadsheet users (the
  // national file stays CSV and JSON: it streams, an xlsx would be built in memory).
  for (const format of ['csv', 'json', 'xlsx'] as const) {
    router.get(
      `/open/v1/:code/values.${format}`,
      route(async (req, res, context) => {
        const municipality = await context.service.municipality(String(req.params.code));
        const filter = parseValueFilter(req.query as Record<string, unknown>);
        await sendValues(req, res, context, {
          scope: [municipality.id],
          municipalities: [municipality],
          municipality,
          indicator: null,
          filter,
          format,
          filename: `${municipality.code}-values.${format}`,
        });
      }, VALUE_PARAMETERS),
    );

    router.get(
      `/open/v1/:code/indicators/:id/values.${format}`,
      route(async (req, res, context) => {
        const municipality = await context.service.municipality(String(req.params.code));
        await context.service.refresh([municipality.id]);
        const indicator = await context.service.indicator(context.dataSource.manager, municipality, String(req.params.id));
        const filter = parseValueFilter(req.query as Record<string, unknown>, indicator.uuid);
        await sendValues(req, res, context, {
          scope: [municipality.id],
          municipalities: [municipality],
          municipality,
          indicator,
          filter,
          format,
          filename: `${municipality.code}-${indicator.id}.${format}`,
        });
      }, VALUE_PARAMETERS),
    );
  }

  // The national indicator catalogue: shared keys (Kolada KPI id, else the shared code, else INK-<id>) with the
  // municipalities that report each, and one shared indicator's values in every municipality.
  router.get(
    '/open/v1/indicators',
    route(async (req, res, context) => {
      const all = await context.service.allMunicipalityIds();
      await sendDocument(
        req,
        res,
        context,
        all,
        () => ({ contentType: JSON_TYPE, licences: [], attribution: '', key: ['national-indicators'] }),
        async (manager, state) => {
          const indicators = await context.service.nationalIndicators(manager);
          const byKey = (key: string) => `${context.base}/open/v1/indicators/${encodeURIComponent(key)}`;
          return `${JSON.stringify(
            {
              description:
                'Indikatorer som kommunerna i denna installation publicerar, per gemensam nyckel (Koladas KPI-id, annars indikatorns gemensamma kod INK-…, annars INK-<id>). / Published indicators by shared key (Kolada KPI id, else the shared code, else INK-<id>).',
              changedUntil: state.changedUntil,
              indicators: indicators.map((indicator) => ({
                ...indicator,
                municipalities: indicator.municipalities.map((m) => ({
                  ...m,
                  links: { indicator: openUrls(context.base, m.code).indicator(m.indicatorId), valuesCsv: openUrls(context.base, m.code).indicatorCsv(m.indicatorId) },
                })),
                links: { valuesCsv: `${byKey(indicator.key)}/values.csv`, valuesJson: `${byKey(indicator.key)}/values.json` },
              })),
            },
            null,
            2,
          )}\n`;
        },
      );
    }),
  );

  for (const format of ['csv', 'json'] as const) {
    router.get(
      `/open/v1/indicators/:key/values.${format}`,
      route(async (req, res, context) => {
        const key = String(req.params.key);
        if (!new RegExp(INDICATOR_KEY_PATTERN).test(key))
          throw new OpenDataError(404, `${key} is not an indicator key (a Kolada KPI id such as N00945, a shared code such as INK-SFI-TVA-KURSER, or INK-<id>).`);
        const filter = { ...parseValueFilter(req.query as Record<string, unknown>), indicatorKey: key };
        const scope = await context.service.allMunicipalityIds();
        const municipalities = await context.service.municipalities();
        await sendValues(req, res, context, { scope, municipalities, municipality: null, indicator: null, filter, format, filename: `inkludera-${key}.${format}` });
      }, VALUE_PARAMETERS),
    );
  }

  // Frictionless Data Packages (schema.ts): the national one, and one per municipality.
  router.get(
    '/open/v1/datapackage.json',
    route(async (req, res, context) => {
      const all = await context.service.allMunicipalityIds();
      await sendDocument(
        req,
        res,
        context,
        all,
        () => ({ contentType: JSON_TYPE, licences: [], attribution: '', key: ['datapackage'] }),
        async (manager) => `${JSON.stringify(nationalDataPackage(context.base, await context.service.municipalities(manager)), null, 2)}\n`,
      );
    }),
  );

  router.get(
    '/open/v1/:code/datapackage.json',
    route(async (req, res, context) => {
      const municipality = await context.service.municipality(String(req.params.code));
      await sendDocument(
        req,
        res,
        context,
        [municipality.id],
        () => ({ contentType: JSON_TYPE, licences: [municipality.licence], attribution: municipality.attribution, key: ['datapackage'] }),
        async (manager) => `${JSON.stringify(municipalityDataPackage(context.base, municipality, await context.service.indicators(manager, municipality)), null, 2)}\n`,
      );
    }),
  );

  router.get(
    '/open/v1/:code',
    route(async (req, res, context) => {
      const municipality = await context.service.municipality(String(req.params.code));
      await sendDocument(
        req,
        res,
        context,
        [municipality.id],
        () => ({ contentType: JSON_TYPE, licences: [municipality.licence], attribution: municipality.attribution, key: ['municipality'] }),
        async (_manager, state) => `${JSON.stringify({ ...municipalityJson(municipality, context.base), changedUntil: state.changedUntil }, null, 2)}\n`,
      );
    }),
  );

  router.get(
    '/open/v1/:code/indicators',
    route(async (req, res, context) => {
      const municipality = await context.service.municipality(String(req.params.code));
      await sendDocument(
        req,
        res,
        context,
        [municipality.id],
        () => ({ contentType: JSON_TYPE, licences: [municipality.licence], attribution: municipality.attribution, key: ['indicators'] }),
        async (manager, state) => {
          const indicators = await context.service.indicators(manager, municipality);
          return `${JSON.stringify(
            {
              municipality: municipalityJson(municipality, context.base),
              licence: municipality.licence,
              attribution: municipality.attribution,
              changedUntil: state.changedUntil,
              indicators: indicators.map((indicator) => indicatorJson(indicator, municipality, context.base)),
            },
            null,
            2,
          )}\n`;
        },
      );
    }),
  );

  router.get(
    '/open/v1/:code/indicators/:id',
    route(async (req, res, context) => {
      const municipality = await context.service.municipality(String(req.params.code));
      await context.service.refresh([municipality.id]);
      const indicator = await context.service.indicator(context.dataSource.manager, municipality, String(req.params.id));
      await sendDocument(
        req,
        res,
        context,
        [municipality.id],
        () => ({ contentType: JSON_TYPE, licences: [indicator.licence], attribution: municipality.attribution, key: ['indicator'] }),
        async (manager) => `${JSON.stringify(indicatorJson(await context.service.indicator(manager, municipality, indicator.id), municipality, context.base), null, 2)}\n`,
      );
    }),
  );

  /** The DCAT-AP-SE catalogue: RDF/XML, or JSON-LD for Accept: application/ld+json or ?format=jsonld. */
  const catalogue = (code: (req: Request) => string | null) =>
    route(
      async (req, res, context) => {
        const municipality = await context.service.municipality(code(req));
        const asked = req.query.format;
        const jsonLd = asked === 'jsonld' || (asked === undefined && req.accepts(['application/rdf+xml', 'application/ld+json']) === 'application/ld+json');
        if (asked !== undefined && asked !== 'jsonld' && asked !== 'rdfxml') throw new OpenDataError(400, 'format must be rdfxml or jsonld.', 'format');
        await sendDocument(
          req,
          res,
          context,
          [municipality.id],
          () => ({
            contentType: jsonLd ? 'application/ld+json; charset=utf-8' : 'application/rdf+xml; charset=utf-8',
            licences: [municipality.licence],
            attribution: municipality.attribution,
            key: ['dcat', municipality.code],
            vary: ['Accept'],
          }),
          async (manager, state) => {
            const indicators = await context.service.indicators(manager, municipality);
            const resources = buildCatalogue({ base: context.base, municipality, indicators, modified: state.lastModified });
            return jsonLd ? toJsonLd(resources) : toRdfXml(resources);
          },
        );
      },
      ['format'],
    );

  router.get(
    '/datasets/dcat',
    catalogue(() => null),
  );
  router.get(
    '/:code/datasets/dcat',
    catalogue((req) => String(req.params.code)),
  );

  // Anything else under /open/ is not here (and not the web app's).
  router.all(/^\/open(\/.*)?$/, (_req, res) => fail(res, 404, 'No such open-data resource; start at /open/v1.'));
  return router;
}
