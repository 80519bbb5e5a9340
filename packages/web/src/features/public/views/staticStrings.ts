import type { Language } from '../../../app/language';

interface OpenDataStrings {
  title: string;
  lead: string;
  whatHeading: string;
  what: string[];
  endpointsHeading: string;
  endpoints: Array<[string, string]>;
  filters: string;
  examplesHeading: string;
  examples: (origin: string, code: string) => string;
  licenceHeading: string;
  licence: string;
  cc0: string;
  catalogueHeading: string;
  catalogue: string;
  dcatLink: (code: string) => string;
  indicatorsLink: string;
  valuesLink: string;
}

const examples = (origin: string, code: string) =>
  [
    `curl -s ${origin}/open/v1/${code}/indicators`,
    `curl -s -D headers.txt '${origin}/open/v1/${code}/values.csv?from=2020&sex=WOMEN'`,
    `curl -s '${origin}/open/v1/${code}/values.json?changedSince=<X-Changed-Until>'`,
    `curl -s ${origin}/${code}/datasets/dcat`,
  ].join('\n');

export const openDataStrings: Record<Language, OpenDataStrings> = {
  sv: {
    title: 'Öppna data',
    lead: 'Alla publicerade indikatorer och värden finns som öppna data, utan inloggning, som CSV och JSON.',
    whatHeading: 'Vad som erbjuds',
    what: [
      'Publicerade indikatorer med metadata (definition, enhet, källa och Kolada-id, ansvariga, licens) och deras slutliga värden för hela kommunen, uppdelade på kvinnor, män och totalt.',
      'Värden som bygger på få personer maskeras (status SUPPRESSED, inget värde), precis som på webbplatsen.',
      'Varje svar har ETag och X-Changed-Until; skicka tillbaka det som changedSince för att bara få det som har ändrats.',
    ],
    endpointsHeading: 'Adresser',
    endpoints: [
      ['/open/v1', 'Kommunerna som publicerar, med länkar'],
      ['/open/v1/<kommunkod>/indicators', 'Kommunens publicerade indikatorer med metadata'],
      ['/open/v1/<kommunkod>/indicators/<id>', 'En indikators metadata'],
      ['/open/v1/<kommunkod>/indicators/<id>/values.csv', 'En indikators värden (även .json)'],
      ['/open/v1/<kommunkod>/values.csv', 'Alla kommunens publicerade värden (även .json)'],
      ['/open/v1/values.csv', 'Alla kommuner i en fil (även .json)'],
      ['/<kommunkod>/datasets/dcat', 'Kommunens datakatalog enligt DCAT-AP-SE'],
    ],
    filters: 'Filter: from och to (perioder, båda inräknade), sex (TOTAL, WOMEN, MEN) och changedSince.',
    examplesHeading: 'Exempel',
    examples,
    licenceHeading: 'Licens',
    licence: 'Om kommunen inte har angett något annat är data fria att använda utan villkor (CC0 1.0). Varje svar anger sin licens i Link-huvudet och vem som ska anges som källa.',
    cc0: 'Creative Commons CC0 1.0 (creativecommons.org)',
    catalogueHeading: 'Datakataloger',
    catalogue: 'Sveriges dataportal hämtar kommunens katalog (DCAT-AP-SE). Katalog, indikatorer och värden per kommun:',
    dcatLink: (code) => `DCAT-katalog ${code}`,
    indicatorsLink: 'indikatorer (JSON)',
    valuesLink: 'värden (CSV)',
  },
  en: {
    title: 'Open data',
    lead: 'Every published indicator and value is open data, without login, as CSV and JSON.',
    whatHeading: 'What is offered',
    what: [
      'Published indicators with their metadata (definition, unit, source and Kolada id, responsibilities, licence) and their final values for the whole municipality, for women, men and in total.',
      'Values based on few people are suppressed (status SUPPRESSED, no value), just as on this site.',
      'Every response carries an ETag and X-Changed-Until; send the latter back as changedSince to get only what changed.',
    ],
    endpointsHeading: 'Addresses',
    endpoints: [
      ['/open/v1', 'The municipalities that publish, with links'],
      ['/open/v1/<code>/indicators', 'The municipality’s published indicators with metadata'],
      ['/open/v1/<code>/indicators/<id>', 'One indicator’s metadata'],
      ['/open/v1/<code>/indicators/<id>/values.csv', 'One indicator’s values (also .json)'],
      ['/open/v1/<code>/values.csv', 'All the municipality’s published values (also .json)'],
      ['/open/v1/values.csv', 'Every municipality in one file (also .json)'],
      ['/<code>/datasets/dcat', 'The municipality’s DCAT-AP-SE catalogue'],
    ],
    filters: 'Filters: from and to (periods, both included), sex (TOTAL, WOMEN, MEN) and changedSince.',
    examplesHeading: 'Examples',
    examples,
    licenceHeading: 'Licence',
    licence:
      'Unless the municipality says otherwise, the data are free to use without conditions (CC0 1.0). Every response names its licence in the Link header, and the attribution to give.',
    cc0: 'Creative Commons CC0 1.0 (creativecommons.org)',
    catalogueHeading: 'Data catalogues',
    catalogue: 'Sweden’s data portal harvests each municipality’s catalogue (DCAT-AP-SE). Catalogue, indicators and values per municipality:',
    dcatLink: (code) => `DCAT catalogue ${code}`,
    indicatorsLink: 'indicators (JSON)',
    valuesLink: 'values (CSV)',
  },
};

interface AccessibilityStrings {
  title: string;
  lead: string;
  sections: Array<{ heading: string; paragraphs: string[]; list?: string[] }>;
  supervisionHeading: string;
  supervision: string;
  supervisionLink: string;
  reportHeading: string;
  report: string;
  reportLink: string;
  updated: string;
}

/**
 * The accessibility statement in the form DIGG prescribes (lagen om tillgänglighet till digital
 * offentlig service, DOS-lagen): compliance, known shortcomings, how to report, supervision.
 */
export const accessibilityStrings: Record<Language, AccessibilityStrings> = {
  sv: {
    title: 'Tillgänglighet för Inkludera',
    lead: 'Kommunen står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Inkludera uppfyller lagen om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
    sections: [
      {
        heading: 'Hur tillgänglig är webbplatsen?',
        paragraphs: [
          'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Målet är att uppfylla WCAG 2.1 nivå AA.',
          'Du kan använda hela webbplatsen med tangentbordet, förstora texten till 200 procent och läsa den på en mobil. Varje diagram har en textsammanfattning och en tabell med samma siffror, och kön skiljs åt med linjetyp och markör, inte bara färg.',
        ],
      },
      {
        heading: 'Innehåll som inte är tillgängligt',
        paragraphs: ['Det här känner vi till och arbetar med:'],
        list: [
          'Mål, beskrivningar och styrdokumentens texter finns bara på svenska även i den engelska versionen. De är märkta som svenska så att skärmläsare läser dem rätt.',
          'Diagrammen är bilder för skärmläsare; enskilda punkter går inte att nå med tangentbordet. Samma värden finns i tabellen under diagrammet.',
          'Länkar till öppna data leder till CSV-, JSON- och RDF-filer som är avsedda för program, inte för att läsas direkt.',
        ],
      },
      {
        heading: 'Hur vi testat webbplatsen',
        paragraphs: [
          'Vi testar webbplatsen automatiskt med axe-core vid varje ändring, i bredden 1 280 och 375 pixlar, och manuellt med tangentbord. Den senaste bedömningen gjordes när den här versionen av Inkludera släpptes.',
        ],
      },
    ],
    reportHeading: 'Rapportera brister i webbplatsens tillgänglighet',
    report:
      'Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte är beskrivna på den här sidan, eller om du anser att vi inte uppfyller lagens krav, kontakta kommunen som ansvarar för uppgifterna (kommunens växel eller funktionsbrevlåda) så att vi får veta att problemet finns. Om du behöver innehåll i ett annat format kan du också kontakta kommunen.',
    reportLink: 'Kontaktuppgifter finns på din kommuns webbplats.',
    supervisionHeading: 'Tillsyn',
    supervision:
      'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
    supervisionLink: 'Anmäl brist på tillgänglighet till Digg (digg.se)',
    updated: 'Redogörelsen gäller den här versionen av Inkludera.',
  },
  en: {
    title: 'Accessibility of Inkludera',
    lead: 'The municipality is responsible for this website. We want as many people as possible to be able to use it. This statement describes how Inkludera complies with the Swedish Act on accessibility to digital public services, known accessibility issues, and how you can report problems so that we can fix them.',
    sections: [
      {
        heading: 'How accessible is the website?',
        paragraphs: [
          'The website is partially compliant with the Act on accessibility to digital public services, because of the shortcomings described below. The aim is WCAG 2.1 level AA.',
          'You can use the whole site with a keyboard, zoom text to 200 per cent and read it on a phone. Every chart has a text summary and a table with the same numbers, and women and men are told apart by line style and marker, not by colour alone.',
        ],
      },
      {
        heading: 'Content that is not accessible',
        paragraphs: ['We know of the following and are working on it:'],
        list: [
          'Goals, descriptions and the texts of steering documents exist in Swedish only, also in the English version. They are marked as Swedish so that screen readers read them correctly.',
          'Charts are single images for screen readers; individual points cannot be reached with the keyboard. The same values are in the table below each chart.',
          'The open-data links lead to CSV, JSON and RDF files meant for programs, not for reading directly.',
        ],
      },
      {
        heading: 'How we tested the website',
        paragraphs: [
          'The website is tested automatically with axe-core on every change, at 1,280 and 375 pixels wide, and by hand with the keyboard. The latest assessment was made when this version of Inkludera was released.',
        ],
      },
    ],
    reportHeading: 'Report accessibility problems',
    report:
      'We keep working to improve accessibility. If you find a problem not described here, or think that we do not meet the requirements of the law, contact the municipality responsible for the information so that we know about it. You can also ask the municipality for content in another format.',
    reportLink: 'Contact details are on your municipality’s website.',
    supervisionHeading: 'Enforcement',
    supervision:
      'The Agency for Digital Government (Digg) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your report, you can contact Digg.',
    supervisionLink: 'Report a lack of accessibility to Digg (digg.se)',
    updated: 'This statement applies to this version of Inkludera.',
  },
};
