import { openUrls } from './dcat';
import { INDICATOR_KEY_PATTERN, type OpenIndicator, type OpenMunicipality } from './open-data.service';

/**
 * Machine-readable descriptions of the CSV value files: a Frictionless Data Package
 * (https://specs.frictionlessdata.io/data-package/) per municipality and one for the national
 * file, each resource with the Table Schema of the value files (https://specs.frictionlessdata.io/table-schema/).
 * Codes are strings with patterns, so that generic tools keep `0138` and read `2024` as a period,
 * not as the number 138 or a year. Every CSV names its package in `Link: <…>; rel="describedby"`.
 */

/**
 * The period notation of the files: SDMX (packages/shared/src/period.ts). The older notation
 * appears only on REMOVED rows of the change feed for rows published before the change.
 */
export const PERIOD_PATTERN = '^[0-9]{4}(-(S[12]|T[1-3]|Q[1-4]|M(0[1-9]|1[0-2])))?$|^[0-9]{4}(H[12]|T[1-3]|Q[1-4]|-(0[1-9]|1[0-2]))$';
export const UNITS = ['PERCENT', 'COUNT', 'RATIO', 'CURRENCY', 'INDEX', 'OTHER'] as const;
/** Statuses in the files: FINAL, SUPPRESSED (small count), REMOVED (a tombstone of the change feed). */
export const FILE_STATUSES = ['FINAL', 'SUPPRESSED', 'REMOVED'] as const;

export interface TableSchemaField {
  name: string;
  title: string;
  description: string;
  type: 'string' | 'number';
  constraints?: { required?: boolean; pattern?: string; enum?: readonly string[] };
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
}

/** The Table Schema of every CSV value file (per indicator, per municipality, national). */
export const VALUES_TABLE_SCHEMA: TableSchema = {
  fields: [
    {
      name: 'municipality_code',
      title: 'Kommunkod / Municipality code',
      description: 'SCB:s fyrsiffriga kommunkod, som text. / Statistics Sweden four-digit municipality code, as text.',
      type: 'string',
      constraints: { required: true, pattern: '^[0-9]{4}$' },
    },
    {
      name: 'indicator_id',
      title: 'Indikator-id / Indicator id',
      description: 'Indikatorns id i denna installation (samma som i API:t). / The indicator id in this installation (as in the API).',
      type: 'string',
      constraints: { required: true, pattern: '^[A-Za-z0-9_-]+$' },
    },
    {
      name: 'indicator_key',
      title: 'Gemensam nyckel / Shared key',
      description:
        'Samma indikator i alla kommuner: Koladas KPI-id (t.ex. N00945), annars INK-<indikator-id>. / The same indicator in every municipality: the Kolada KPI id, else INK-<id>.',
      type: 'string',
      constraints: { pattern: INDICATOR_KEY_PATTERN },
    },
    {
      name: 'indicator_name',
      title: 'Indikatorns namn / Indicator name',
      description: 'Indikatorns namn på svenska; tomt bara på en borttagen rad vars indikator inte längre finns. / The indicator name in Swedish.',
      type: 'string',
    },
    {
      name: 'unit',
      title: 'Enhet / Unit',
      description: 'PERCENT procent, COUNT antal, RATIO kvot, CURRENCY kronor, INDEX index, OTHER annan enhet.',
      type: 'string',
      constraints: { enum: UNITS },
    },
    {
      name: 'period',
      title: 'Period',
      description:
        'SDMX: år 2024, halvår 2024-S1, tertial 2024-T2, kvartal 2024-Q3 eller månad 2024-M07 (text). Äldre notation (2024H1, 2024-07) bara på borttagna rader. / SDMX year, half year, tertial, quarter or month (text); the older notation only on REMOVED rows.',
      type: 'string',
      constraints: { required: true, pattern: PERIOD_PATTERN },
    },
    {
      name: 'sex',
      title: 'Kön / Sex',
      description: 'TOTAL, WOMEN (kvinnor) eller MEN (män).',
      type: 'string',
      constraints: { required: true, enum: ['TOTAL', 'WOMEN', 'MEN'] },
    },
    {
      name: 'value',
      title: 'Värde / Value',
      description: 'Värdet med punkt som decimaltecken; tomt när det är skyddat (SUPPRESSED) eller borttaget (REMOVED). / Decimal point; empty when suppressed or removed.',
      type: 'number',
    },
    {
      name: 'status',
      title: 'Status',
      description: 'FINAL slutligt, SUPPRESSED skyddat litet antal, REMOVED inte längre publicerat (ändringsflödet). / Final, suppressed small count, removed (change feed).',
      type: 'string',
      constraints: { required: true, enum: FILE_STATUSES },
    },
    {
      name: 'footnote',
      title: 'Fotnot / Footnote',
      description:
        "Fri text. En text som ett kalkylprogram skulle köra som formel (börjar med = + - @, tabb eller CR) har en apostrof först. / Free text; one a spreadsheet would run as a formula has a leading '.",
      type: 'string',
    },
    {
      name: 'progress_target',
      title: 'Målvärde / Target',
      description:
        'Det målvärde som raden bedöms mot: för könet (annars för alla) det tidigaste vars period slutar vid eller efter radens period, annars det senaste; tomt utan mål eller på borttagna rader. / The target the row is judged against; empty without a target.',
      type: 'number',
    },
    {
      name: 'progress_status',
      title: 'Status mot målet / Progress status',
      description:
        'Hur det går för könet vid radens period, beräknat från de publicerade värdena och målen (docs/FOLLOW-UP.md): TARGET_MET målet nått, ON_TRACK i fas, TOO_SLOW för långsamt, MOVING_AWAY rör sig bort, NO_DATA underlag saknas. Tomt på borttagna rader och i ändringsflödet (changedSince). / Progress of the sex at the period, from the published values and targets; empty on removed rows and in the change feed.',
      type: 'string',
      constraints: { enum: ['TARGET_MET', 'ON_TRACK', 'TOO_SLOW', 'MOVING_AWAY', 'NO_DATA'] },
    },
  ],
  missingValues: [''],
  primaryKey: ['municipality_code', 'indicator_id', 'period', 'sex'],
};

interface Resource {
  name: string;
  title: string;
  path: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: { delimiter: ','; lineTerminator: '\r\n'; quoteChar: '"'; doubleQuote: true; header: true };
  schema: TableSchema;
}

function resource(name: string, title: string, path: string): Resource {
  return {
    name,
    title,
    path,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: VALUES_TABLE_SCHEMA,
  };
}

/** The package URL of a municipality's files, or of the national file (code null). */
export function dataPackageUrl(base: string, code: string | null): string {
  return code ? openUrls(base, code).dataPackage : `${base}/open/v1/datapackage.json`;
}

const licence = (path: string) => ({ path, title: path.includes('publicdomain/zero') ? 'CC0-1.0' : path });

/** A municipality's package: its values.csv and each published indicator's values.csv. */
export function municipalityDataPackage(base: string, municipality: OpenMunicipality, indicators: OpenIndicator[]) {
  const urls = openUrls(base, municipality.code);
  return {
    profile: 'tabular-data-package',
    name: `inkludera-${municipality.code}`,
    id: dataPackageUrl(base, municipality.code),
    title: `Öppna data från ${municipality.name} / Open data from ${municipality.name}`,
    homepage: urls.api,
    licenses: [...new Set([municipality.licence, ...indicators.map((indicator) => indicator.licence)])].map(licence),
    sources: [{ title: municipality.attribution }],
    resources: [
      resource(`${municipality.code}-values`, `Alla publicerade värden / All published values`, urls.valuesCsv),
      ...indicators.map((indicator) => resource(`${municipality.code}-indicator-${indicator.uuid}`, indicator.nameSv, urls.indicatorCsv(indicator.id))),
    ],
  };
}

/** The national package: the national file and each municipality's file. */
export function nationalDataPackage(base: string, municipalities: OpenMunicipality[]) {
  return {
    profile: 'tabular-data-package',
    name: 'inkludera-national',
    id: dataPackageUrl(base, null),
    title: 'Öppna data från alla kommuner i denna installation / Open data from every municipality of this installation',
    homepage: `${base}/open/v1`,
    licenses: [...new Set(municipalities.map((m) => m.licence))].map(licence),
    resources: [
      resource('national-values', 'Alla kommuners publicerade värden / Every municipality’s published values', `${base}/open/v1/values.csv`),
      ...municipalities.map((m) => resource(`${m.code}-values`, m.name, openUrls(base, m.code).valuesCsv)),
    ],
  };
}
