import { parsePeriod, periodEnd, periodStart } from '@inkludera/shared';
import type { OpenIndicator, OpenMunicipality } from './open-data.service';

/**
 * A municipality's DCAT-AP-SE 3 catalogue (https://docs.dataportal.se/dcat/): the catalogue, one
 * dataset per published indicator, a CSV and a JSON distribution each, the open-data API as a data
 * service, the publisher and the contact point. Every resource has an absolute IRI (no blank
 * nodes); titles and descriptions are in Swedish and English.
 *
 * Mandatory in DCAT-AP 3 and DCAT-AP-SE 3.0.1, all given here:
 *  - Catalog: dcterms:title, dcterms:description, dcterms:publisher, dcterms:license (SE: CC0 for
 *    the catalogue's own metadata);
 *  - Dataset: dcterms:title, dcterms:description, dcterms:publisher (SE);
 *  - Distribution: dcat:accessURL;
 *  - DataService: dcterms:title, dcat:endpointURL, dcterms:publisher (SE);
 *  - Agent: foaf:name, dcterms:type (SE);
 *  - contact point (when given): vcard:fn, vcard:hasEmail.
 * Recommended ones are added where the data has them (licence per distribution, formats, themes,
 * languages, modified dates, periodicity, keywords, access rights).
 */

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
} as const;

type Prefix = keyof typeof NS;
/** A property or class as prefix:local, e.g. dcterms:title. */
type QName = `${Prefix}:${string}`;

export type Term = { iri: string } | { value: string; lang?: 'sv' | 'en'; datatype?: string };

export interface Resource {
  iri: string;
  types: QName[];
  properties: Array<[QName, Term]>;
}

const EU = 'http://publications.europa.eu/resource/authority';
const CATALOGUE_LICENCE = 'http://creativecommons.org/publicdomain/zero/1.0/';

const FREQUENCY: Record<string, string> = {
  YEAR: `${EU}/frequency/ANNUAL`,
  HALF_YEAR: `${EU}/frequency/ANNUAL_2`,
  TERTIAL: `${EU}/frequency/ANNUAL_3`,
  QUARTER: `${EU}/frequency/QUARTERLY`,
  MONTH: `${EU}/frequency/MONTHLY`,
};

const UNIT: Record<string, [sv: string, en: string]> = {
  PERCENT: ['procent', 'percent'],
  COUNT: ['antal', 'count'],
  RATIO: ['kvot', 'ratio'],
  CURRENCY: ['kronor', 'Swedish kronor'],
  INDEX: ['index', 'index'],
  OTHER: ['annan enhet', 'other unit'],
};

const PERIODICITY: Record<string, [sv: string, en: string]> = {
  YEAR: ['Årsvärden', 'Yearly values'],
  HALF_YEAR: ['Halvårsvärden', 'Half-yearly values'],
  TERTIAL: ['Tertialvärden', 'Values per four months'],
  QUARTER: ['Kvartalsvärden', 'Quarterly values'],
  MONTH: ['Månadsvärden', 'Monthly values'],
};

const sv = (value: string): Term => ({ value, lang: 'sv' });
const en = (value: string): Term => ({ value, lang: 'en' });
const iri = (value: string): Term => ({ iri: value });
const dateTime = (date: Date): Term => ({ value: date.toISOString(), datatype: `${NS.xsd}dateTime` });
const date = (day: string): Term => ({ value: day, datatype: `${NS.xsd}date` });

/** The first and last day of the published periods, or null when none is published. */
function temporalOf(firstPeriod: string | null, lastPeriod: string | null): { start: string; end: string } | null {
  if (!firstPeriod || !lastPeriod) return null;
  const first = parsePeriod(firstPeriod);
  const last = parsePeriod(lastPeriod);
  if (!first.ok || !last.ok) return null;
  return { start: periodStart(first.period), end: periodEnd(last.period) };
}

/** The IANA media type IRI, typed dcterms:MediaType as DCAT-AP 3 requires of dcat:mediaType. */
const MEDIA_TYPE = (type: string) => `http://www.iana.org/assignments/media-types/${type}`;

/** The dataportal.se IRI of an organisation: http://dataportal.se/organisation/SE<10 digits>. */
export function dataportalOrganisation(organisationNumber: string): string {
  return `http://dataportal.se/organisation/SE${organisationNumber.replace(/\D/g, '')}`;
}

export interface CatalogueInput {
  base: string;
  municipality: OpenMunicipality;
  indicators: OpenIndicator[];
  modified: Date;
}

/** Where things live, under the base URL; shared by the catalogue and the JSON links. */
export function openUrls(base: string, code: string) {
  const api = `${base}/open/v1/${code}`;
  return {
    api,
    catalogue: `${base}/${code}/datasets/dcat`,
    indicators: `${api}/indicators`,
    valuesCsv: `${api}/values.csv`,
    valuesJson: `${api}/values.json`,
    indicator: (id: string) => `${api}/indicators/${id}`,
    indicatorCsv: (id: string) => `${api}/indicators/${id}/values.csv`,
    indicatorJson: (id: string) => `${api}/indicators/${id}/values.json`,
    dataPackage: `${api}/datapackage.json`,
    nationalDataPackage: `${base}/open/v1/datapackage.json`,
    nationalCsv: `${base}/open/v1/values.csv`,
    nationalJson: `${base}/open/v1/values.json`,
    /** The municipality's page on the public site. */
    publicPage: `${base}/kommun/${code}`,
  };
}

export function buildCatalogue({ base, municipality, indicators, modified }: CatalogueInput): Resource[] {
  const urls = openUrls(base, municipality.code);
  const name = municipality.name;
  const publisher = municipality.organisationNumber ? dataportalOrganisation(municipality.organisationNumber) : `${urls.api}#publisher`;
  // The open-data e-mail when one is set; else the municipality's general contact, its public page.
  const contact = `${urls.api}#contact`;
  const service = `${urls.api}#api`;
  const area = `${urls.api}#area`;
  const allValues = `${urls.api}#values`;
  const datasetIri = (indicator: OpenIndicator) => urls.indicator(indicator.id);
  const languageIris = [`${EU}/language/SWE`, `${EU}/language/ENG`];
  const languages: Array<[QName, Term]> = languageIris.map((language): [QName, Term] => ['dcterms:language', iri(language)]);
  const issuedOf = (dates: Array<Date | null>): Array<[QName, Term]> => {
    const known = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
    return known.length ? [['dcterms:issued', dateTime(new Date(Math.min(...known)))]] : [];
  };
  /** Typed resources for the IRIs of controlled vocabularies that the shapes require a class of. */
  const typed = new Map<string, QName>();
  const use = (value: string, type: QName): Term => {
    typed.set(value, type);
    return iri(value);
  };
  const temporalResources: Resource[] = [];
  const temporal = (subject: string, range: { start: string; end: string } | null): Array<[QName, Term]> => {
    if (!range) return [];
    const node = `${subject}#temporal`;
    temporalResources.push({
      iri: node,
      types: ['dcterms:PeriodOfTime'],
      properties: [
        ['dcat:startDate', date(range.start)],
        ['dcat:endDate', date(range.end)],
      ],
    });
    return [['dcterms:temporal', iri(node)]];
  };
  const spatial: [QName, Term] = ['dcterms:spatial', iri(area)];
  const accessRights: [QName, Term] = ['dcterms:accessRights', use(`${EU}/access-right/PUBLIC`, 'dcterms:RightsStatement')];
  const contactProperty: [QName, Term] = ['dcat:contactPoint', iri(contact)];

  const catalogue: Resource = {
    iri: urls.catalogue,
    types: ['dcat:Catalog'],
    properties: [
      ['dcterms:title', sv(`Öppna data från ${name}: integrationsstrategins indikatorer`)],
      ['dcterms:title', en(`Open data from ${name}: indicators of the integration strategy`)],
      [
        'dcterms:description',
        sv(`Indikatorer som ${name} följer upp i sin integrationsstrategi, med slutliga värden för kvinnor, män och totalt ur antagna styrdokument. Små antal är skyddade.`),
      ],
      [
        'dcterms:description',
        en(
          `Indicators that ${name} follows up in its integration strategy, with final values for women, men and in total from adopted steering documents. Small counts are protected.`,
        ),
      ],
      ['dcterms:publisher', iri(publisher)],
      ['dcterms:license', iri(CATALOGUE_LICENCE)],
      ['dcterms:modified', dateTime(modified)],
      ...issuedOf(indicators.map((indicator) => indicator.firstPublished)),
      ['foaf:homepage', iri(urls.api)],
      ['dcat:themeTaxonomy', iri(`${EU}/data-theme`)],
      ...languages,
      spatial,
      contactProperty,
      ['dcat:service', iri(service)],
      ['dcat:dataset', iri(allValues)],
      ...indicators.map((indicator): [QName, Term] => ['dcat:dataset', iri(datasetIri(indicator))]),
    ],
  };

  const agent: Resource = {
    iri: publisher,
    types: ['foaf:Agent', 'foaf:Organization'],
    properties: [
      ['foaf:name', sv(name)],
      ['dcterms:type', use('http://purl.org/adms/publishertype/LocalAuthority', 'skos:Concept')],
    ],
  };

  const contactPoint: Resource = {
    iri: contact,
    types: ['vcard:Organization'],
    properties: municipality.contactEmail
      ? [
          ['vcard:fn', sv(`${name}, öppna data`)],
          ['vcard:hasEmail', iri(`mailto:${municipality.contactEmail}`)],
          ['vcard:hasURL', iri(urls.publicPage)],
        ]
      : [
          ['vcard:fn', sv(name)],
          ['vcard:hasURL', iri(urls.publicPage)],
        ],
  };

  const place: Resource = {
    iri: area,
    types: ['dcterms:Location'],
    properties: [
      ['skos:prefLabel', sv(name)],
      ['dcterms:identifier', { value: municipality.code }],
    ],
  };

  const licences = [...new Set([municipality.licence, ...indicators.map((indicator) => indicator.licence), CATALOGUE_LICENCE])];
  const licenceDocuments: Resource[] = licences.map((licence) => ({ iri: licence, types: ['dcterms:LicenseDocument'], properties: [] }));

  const fileType = (kind: 'csv' | 'json') => use(`${EU}/file-type/${kind === 'csv' ? 'CSV' : 'JSON'}`, 'dcterms:MediaTypeOrExtent');
  const mediaType = (kind: 'csv' | 'json') => use(MEDIA_TYPE(kind === 'csv' ? 'text/csv' : 'application/json'), 'dcterms:MediaType');

  const dataService: Resource = {
    iri: service,
    types: ['dcat:DataService'],
    properties: [
      ['dcterms:title', sv(`Öppna data-API för ${name}`)],
      ['dcterms:title', en(`Open data API of ${name}`)],
      ['dcterms:description', sv('Publicerade indikatorer och deras värden som CSV och JSON, med ändringsflöde (changedSince). Ingen inloggning.')],
      ['dcterms:description', en('Published indicators and their values as CSV and JSON, with a change feed (changedSince). No login.')],
      ['dcat:endpointURL', iri(urls.api)],
      // The entry document: the municipality's resources with their links, in JSON.
      ['dcat:endpointDescription', iri(urls.api)],
      ['dcterms:format', fileType('csv')],
      ['dcterms:format', fileType('json')],
      ['dcterms:publisher', iri(publisher)],
      ['dcterms:license', iri(municipality.licence)],
      accessRights,
      contactProperty,
      ['dcat:servesDataset', iri(allValues)],
      ...indicators.map((indicator): [QName, Term] => ['dcat:servesDataset', iri(datasetIri(indicator))]),
    ],
  };

  const COLUMNS_SV =
    'Långt format, UTF-8, kommaseparerat med rubrikrad: municipality_code, indicator_id, indicator_key, indicator_name, unit, period, sex, value, status, footnote. Tabellschema i datapackage.json.';
  const COLUMNS_EN =
    'Long format, UTF-8, comma separated with a header row: municipality_code, indicator_id, indicator_key, indicator_name, unit, period, sex, value, status, footnote. Table Schema in datapackage.json.';
  const distribution = (
    id: string,
    kind: 'csv' | 'json',
    url: string,
    licence: string,
    lastChanged: Date,
    titles: { sv: string; en: string; descriptionSv?: string; descriptionEn?: string },
  ): Resource => ({
    iri: id,
    types: ['dcat:Distribution'],
    properties: [
      ['dcterms:title', sv(titles.sv)],
      ['dcterms:title', en(titles.en)],
      ['dcterms:description', sv(titles.descriptionSv ?? (kind === 'csv' ? COLUMNS_SV : 'Samma värden som JSON, med licens och källhänvisning.'))],
      ['dcterms:description', en(titles.descriptionEn ?? (kind === 'csv' ? COLUMNS_EN : 'The same values as JSON, with licence and attribution.'))],
      ['dcat:accessURL', iri(url)],
      ['dcat:downloadURL', iri(url)],
      // A CSV follows the Table Schema in its Frictionless Data Package (schema.ts).
      ...(kind === 'csv'
        ? ([['dcterms:conformsTo', use(url === urls.nationalCsv ? urls.nationalDataPackage : urls.dataPackage, 'dcterms:Standard')]] as Array<[QName, Term]>)
        : []),
      ['dcterms:format', fileType(kind)],
      ['dcat:mediaType', mediaType(kind)],
      ['dcterms:license', iri(licence)],
      ['dcterms:modified', dateTime(lastChanged)],
      ['dcat:accessService', iri(service)],
    ],
  });

  const datasets = indicators.flatMap((indicator): Resource[] => {
    const dataset = datasetIri(indicator);
    const [unitSv, unitEn] = UNIT[indicator.unit] ?? [indicator.unit, indicator.unit];
    const [everySv, everyEn] = PERIODICITY[indicator.periodicity] ?? [indicator.periodicity, indicator.periodicity];
    const whoSv = indicator.dividedBySex ? 'för kvinnor, män och totalt' : 'totalt';
    const whoEn = indicator.dividedBySex ? 'for women, men and in total' : 'in total';
    const descriptionSv = [indicator.definition ?? indicator.nameSv, `Enhet: ${unitSv}. ${everySv} ${whoSv}.`, indicator.source ? `Källa: ${indicator.source}.` : '']
      .filter(Boolean)
      .join(' ');
    const descriptionEn = [
      `${indicator.nameEn ?? indicator.nameSv}. Unit: ${unitEn}. ${everyEn} ${whoEn}.`,
      indicator.definition ? `Definition (in Swedish): ${indicator.definition}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return [
      {
        iri: dataset,
        types: ['dcat:Dataset'],
        properties: [
          ['dcterms:title', sv(indicator.nameSv)],
          ['dcterms:title', en(indicator.nameEn ?? indicator.nameSv)],
          ['dcterms:description', sv(descriptionSv)],
          ['dcterms:description', en(descriptionEn)],
          ['dcterms:identifier', { value: indicator.id }],
          ['dcterms:publisher', iri(publisher)],
          contactProperty,
          ['dcat:theme', iri(`${EU}/data-theme/SOCI`)],
          ['dcat:keyword', sv('integration')],
          ['dcat:keyword', en('integration')],
          ...(indicator.dividedBySex
            ? ([
                ['dcat:keyword', sv('jämställdhet')],
                ['dcat:keyword', en('gender equality')],
              ] as Array<[QName, Term]>)
            : []),
          ['dcterms:accrualPeriodicity', use(FREQUENCY[indicator.periodicity] ?? `${EU}/frequency/IRREG`, 'dcterms:Frequency')],
          accessRights,
          spatial,
          ...temporal(dataset, temporalOf(indicator.firstPeriod, indicator.lastPeriod)),
          ...issuedOf([indicator.firstPublished]),
          ['dcterms:modified', dateTime(indicator.lastChanged)],
          ...languages,
          ['dcat:landingPage', iri(dataset)],
          ['dcat:distribution', iri(`${dataset}#csv`)],
          ['dcat:distribution', iri(`${dataset}#json`)],
        ],
      },
      distribution(`${dataset}#csv`, 'csv', urls.indicatorCsv(indicator.id), indicator.licence, indicator.lastChanged, { sv: 'Värden som CSV', en: 'Values as CSV' }),
      distribution(`${dataset}#json`, 'json', urls.indicatorJson(indicator.id), indicator.licence, indicator.lastChanged, { sv: 'Värden som JSON', en: 'Values as JSON' }),
    ];
  });

  // The bulk files: every published value of the municipality, and the national file of this
  // installation (every municipality that publishes here, this one among them).
  const ranges = indicators.map((indicator) => temporalOf(indicator.firstPeriod, indicator.lastPeriod)).filter((r): r is { start: string; end: string } => r !== null);
  const wholeRange = ranges.length
    ? {
        start: ranges.map((r) => r.start).sort()[0] as string,
        end: ranges
          .map((r) => r.end)
          .sort()
          .at(-1) as string,
      }
    : null;
  const bulk: Resource[] = [
    {
      iri: allValues,
      types: ['dcat:Dataset'],
      properties: [
        ['dcterms:title', sv(`Alla publicerade indikatorvärden för ${name}`)],
        ['dcterms:title', en(`All published indicator values of ${name}`)],
        ['dcterms:description', sv(`Samtliga publicerade värden för ${name}s indikatorer i en fil, samt den nationella filen med alla kommuner som publicerar här.`)],
        ['dcterms:description', en(`Every published value of the indicators of ${name} in one file, and the national file with every municipality that publishes here.`)],
        ['dcterms:identifier', { value: `${municipality.code}-values` }],
        ['dcterms:publisher', iri(publisher)],
        contactProperty,
        ['dcat:theme', iri(`${EU}/data-theme/SOCI`)],
        ['dcat:keyword', sv('integration')],
        ['dcat:keyword', en('integration')],
        accessRights,
        spatial,
        ...temporal(allValues.replace('#values', '/values'), wholeRange),
        ...issuedOf(indicators.map((indicator) => indicator.firstPublished)),
        ['dcterms:modified', dateTime(modified)],
        ...languages,
        ['dcat:landingPage', iri(urls.api)],
        ['dcat:distribution', iri(`${allValues}-csv`)],
        ['dcat:distribution', iri(`${allValues}-json`)],
        ['dcat:distribution', iri(`${allValues}-national-csv`)],
        ['dcat:distribution', iri(`${allValues}-national-json`)],
      ],
    },
    distribution(`${allValues}-csv`, 'csv', urls.valuesCsv, municipality.licence, modified, { sv: 'Alla värden som CSV', en: 'All values as CSV' }),
    distribution(`${allValues}-json`, 'json', urls.valuesJson, municipality.licence, modified, { sv: 'Alla värden som JSON', en: 'All values as JSON' }),
    distribution(`${allValues}-national-csv`, 'csv', urls.nationalCsv, municipality.licence, modified, {
      sv: 'Nationell fil som CSV',
      en: 'National file as CSV',
      descriptionSv: `Alla kommuner som publicerar i denna installation, ${name} inräknad, i en fil. ${COLUMNS_SV} Varje kommuns licens gäller dess rader.`,
      descriptionEn: `Every municipality that publishes in this installation, ${name} included, in one file. ${COLUMNS_EN} Each municipality's licence applies to its rows.`,
    }),
    distribution(`${allValues}-national-json`, 'json', urls.nationalJson, municipality.licence, modified, {
      sv: 'Nationell fil som JSON',
      en: 'National file as JSON',
      descriptionSv: `Alla kommuner som publicerar i denna installation, ${name} inräknad, med varje kommuns licens och källhänvisning.`,
      descriptionEn: `Every municipality that publishes in this installation, ${name} included, with each municipality's licence and attribution.`,
    }),
  ];

  const labels: Record<string, Array<[QName, Term]>> = {
    // ADMS publisher type: a skos:Concept, which DCAT-AP requires a skos:prefLabel of.
    'http://purl.org/adms/publishertype/LocalAuthority': [
      ['skos:prefLabel', en('Local Authority')],
      ['skos:prefLabel', sv('Kommun')],
    ],
  };
  const vocabulary: Resource[] = [...typed].map(([value, type]) => ({ iri: value, types: [type], properties: labels[value] ?? [] }));
  vocabulary.push(...languageIris.map((language): Resource => ({ iri: language, types: ['dcterms:LinguisticSystem'], properties: [] })));

  return [catalogue, agent, contactPoint, place, dataService, ...datasets, ...bulk, ...temporalResources, ...licenceDocuments, ...vocabulary];
}

/** Text content and attribute values: the five XML escapes, and characters XML 1.0 cannot hold dropped. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function expand(qname: QName): string {
  const [prefix, local] = qname.split(':') as [Prefix, string];
  return `${NS[prefix]}${local}`;
}

/** RDF/XML: one rdf:Description per resource, rdf:type and properties as child elements. */
export function toRdfXml(resources: Resource[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rdf:RDF ${Object.entries(NS)
      .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
      .join(' ')}>`,
  ];
  for (const resource of resources) {
    lines.push(`  <rdf:Description rdf:about="${xmlEscape(resource.iri)}">`);
    for (const type of resource.types) lines.push(`    <rdf:type rdf:resource="${xmlEscape(expand(type))}"/>`);
    for (const [property, term] of resource.properties) {
      if ('iri' in term) lines.push(`    <${property} rdf:resource="${xmlEscape(term.iri)}"/>`);
      else {
        const attributes = `${term.lang ? ` xml:lang="${term.lang}"` : ''}${term.datatype ? ` rdf:datatype="${xmlEscape(term.datatype)}"` : ''}`;
        lines.push(`    <${property}${attributes}>${xmlEscape(term.value)}</${property}>`);
      }
    }
    lines.push('  </rdf:Description>');
  }
  lines.push('</rdf:RDF>', '');
  return lines.join('\n');
}

/** JSON-LD 1.1 with an inline context (prefixes only), so that no processor has to fetch anything. */
export function toJsonLd(resources: Resource[]): string {
  const graph = resources.map((resource) => {
    const node: Record<string, unknown> = { '@id': resource.iri };
    if (resource.types.length) node['@type'] = resource.types;
    for (const [property, term] of resource.properties) {
      const value =
        'iri' in term ? { '@id': term.iri } : { '@value': term.value, ...(term.lang ? { '@language': term.lang } : {}), ...(term.datatype ? { '@type': term.datatype } : {}) };
      const list = (node[property] as unknown[] | undefined) ?? [];
      list.push(value);
      node[property] = list;
    }
    return node;
  });
  return `${JSON.stringify({ '@context': NS, '@graph': graph }, null, 2)}\n`;
}
