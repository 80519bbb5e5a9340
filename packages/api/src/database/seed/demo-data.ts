/**
 * Demo data, from the source documents in ../shared/seeds:
 * - Tyresö (0138): the integration strategy 2018 (001): its six arenas, the aim, the first
 *   indicators (work and language) and the internships for newcomers; partners named in the social
 *   committee's response (000): Arbetsförmedlingen, the new establishment centre, the associations.
 * - Tranemo (1498): the integration policy KS/2017:749, which replaced KS/2013:1207 (004), with its
 *   four areas and their aims as written.
 * Committee goals are worded from the sources. Every figure, and every partner detail the sources
 * do not give, is invented and says so (source field or description).
 */
export const DEMO_SOURCE = 'Demodata: påhittade värden för visning, inte statistik från kommunen.';

export interface DemoUnit {
  ref: string;
  kind: 'COUNCIL' | 'COMMITTEE' | 'ADMINISTRATION' | 'UNIT';
  name: string;
  parent?: string;
}

export interface DemoIndicator {
  ref: string;
  /** Units (by ref) responsible for implementation and for follow-up, and the follow-up role. */
  implementation: string;
  followUp: string;
  followUpRole: string;
  nameSv: string;
  nameEn: string;
  definition: string;
  unit: 'PERCENT' | 'COUNT';
  decimals: number;
  direction: 'INCREASE' | 'DECREASE' | 'KEEP';
  source: string;
  /**
   * A Kolada KPI id linking the indicator to the same one in other municipalities (the shared key
   * of open data and Indicator.comparison). Demonstration only: N00945 is the id of Kolada's own
   * API examples and of the import test's fixture, not checked against Kolada's definition.
   */
  koladaKpi?: string;
  published: boolean;
  /** First and last year of values, and the values of women and men in the first year and their yearly drift. */
  years: [number, number];
  women: { start: number; step: number };
  men: { start: number; step: number };
  /** Target values (målvärden) for women and men; the total is derived like the measured total. */
  targets?: Array<{ period: string; women: number; men: number }>;
}

export interface DemoGoal {
  ref: string;
  owner: string;
  level: 'COMMITTEE_GOAL' | 'SUB_GOAL';
  area: string;
  title: string;
  description?: string;
  indicators: string[];
  children?: DemoGoal[];
}

export interface DemoPartner {
  ref: string;
  name: string;
  kind: 'ASSOCIATION' | 'GOVERNMENT_AGENCY' | 'ESTABLISHMENT_CENTRE' | 'BUSINESS' | 'REGION';
  website?: string;
  description: string;
}

export interface DemoActivity {
  title: string;
  description: string;
  status: 'PLANNED' | 'ONGOING' | 'DONE';
  startDate: string | null;
  responsible: string;
  targetGroup: string;
  goals: string[];
  partners: string[];
}

export interface DemoAgreement {
  kind: 'LOCAL_AGREEMENT' | 'IOP' | 'PROJECT';
  title: string;
  description: string;
  startDate: string | null;
  endDate: string | null;
  partners: string[];
  activities: string[];
  goals: string[];
}

export interface DemoVersion {
  title: string;
  registrationNumber: string | null;
  decidedBy: string | null;
  decisionDate: string | null;
  validUntil: string | null;
  status: 'ADOPTED' | 'REPLACED';
  changeNote: string;
}

export interface DemoMunicipality {
  municipality: { code: string; name: string; organisationNumber: string | null };
  units: DemoUnit[];
  document: {
    owner: string;
    followedUpBy: string;
    kind: 'STRATEGY' | 'POLICY';
    title: string;
    registrationNumber: string | null;
    decidedBy: string | null;
    decisionDate: string | null;
    validUntil: string | null;
    revisionIntervalMonths: number | null;
    status: 'ADOPTED';
    description: string;
    /** Earlier versions, oldest first; the document itself is the last version. */
    earlierVersions: DemoVersion[];
  };
  overallAim: { title: string; description: string; owner: string };
  areas: Array<{ key: string; nameSv: string; nameEn: string; description: string | null }>;
  indicators: DemoIndicator[];
  goals: DemoGoal[];
  partners: DemoPartner[];
  activities: DemoActivity[];
  agreements: DemoAgreement[];
}

export const TYRESO: DemoMunicipality = {
  municipality: { code: '0138', name: 'Tyresö kommun', organisationNumber: null },
  document: {
    owner: 'gan',
    followedUpBy: 'Utvecklingsförvaltningen',
    kind: 'STRATEGY',
    title: 'Integrationsstrategi 2018',
    registrationNumber: '2017/GAN 0060 003',
    decidedBy: 'Kommunfullmäktige',
    decisionDate: null,
    validUntil: null,
    revisionIntervalMonths: null,
    status: 'ADOPTED',
    description:
      'Integrationsstrategin riktar sig främst till kommunens tjänstemän, chefer och politiker. Nämnderna och verksamheterna skapar egna delmål och indikatorer utifrån arenorna i strategin (nerifrån och upp). Strategin ingår i styrprocessen och revideras kontinuerligt. Förslag från gymnasie- och arbetsmarknadsnämnden 2017-12-05.',
    earlierVersions: [],
  },
  overallAim: {
    title: 'Alla invånare i Tyresö har tillträde till arbetsmarknaden, egen försörjning, delaktighet i samhällslivet och kunskaper i svenska språket.',
    description: 'Med en fungerande integration utvecklas kommunen och blir mer attraktiv för de som bor och vistas här. Att uppnå egen försörjning är av största vikt.',
    owner: 'kf',
  },
  areas: [
    {
      key: 'WORK_AND_EMPLOYMENT',
      nameSv: 'Arbete och sysselsättning',
      nameEn: 'Work and employment',
      description: 'En av grunderna för strategin: tillträde till arbetsmarknaden och egen försörjning.',
    },
    { key: 'SCHOOL', nameSv: 'Skola', nameEn: 'School', description: null },
    { key: 'LANGUAGE', nameSv: 'Språk', nameEn: 'Language', description: 'Kunskaper i svenska språket.' },
    { key: 'LEISURE', nameSv: 'Fritid', nameEn: 'Leisure', description: null },
    { key: 'HOUSING', nameSv: 'Bostad', nameEn: 'Housing', description: null },
    { key: 'PARTICIPATION_AND_INFLUENCE', nameSv: 'Delaktighet och påverkan', nameEn: 'Participation and influence', description: null },
  ],
  indicators: [
    {
      ref: 'work-or-study',
      implementation: 'uf',
      followUp: 'uf',
      followUpRole: 'Utredare',
      nameSv: 'Andel nyanlända i arbete eller studier 90 dagar efter avslutat etableringsprogram',
      nameEn: 'Share of newcomers in work or studies 90 days after the establishment programme',
      definition: 'Antal nyanlända som har arbete eller studerar 90 dagar efter avslutat etableringsprogram, delat med antal som avslutat programmet, i procent.',
      unit: 'PERCENT',
      decimals: 1,
      direction: 'INCREASE',
      source: 'Arbetsförmedlingen (demodata)',
      koladaKpi: 'N00945',
      published: true,
      years: [2016, 2025],
      women: { start: 21.5, step: 2.1 },
      men: { start: 39.0, step: 1.6 },
      targets: [{ period: '2027', women: 50, men: 58 }],
    },
    {
      ref: 'self-sufficiency',
      implementation: 'gan',
      followUp: 'uf',
      followUpRole: 'Utredare',
      nameSv: 'Andel utrikes födda 20–64 år med egen försörjning',
      nameEn: 'Share of foreign-born residents aged 20–64 who support themselves',
      definition: 'Förvärvsarbetande utrikes födda 20–64 år, delat med alla utrikes födda 20–64 år, i procent.',
      unit: 'PERCENT',
      decimals: 1,
      direction: 'INCREASE',
      source: 'SCB (demodata)',
      published: true,
      years: [2016, 2025],
      women: { start: 55.2, step: 1.1 },
      men: { start: 63.4, step: 0.8 },
      targets: [{ period: '2027', women: 70, men: 74 }],
    },
    {
      ref: 'internships',
      implementation: 'ksf',
      followUp: 'uf',
      followUpRole: 'HR-strateg',
      nameSv: 'Antal praktikplatser för nyanlända i kommunens verksamheter',
      nameEn: 'Internships for newcomers in the municipality’s own services',
      definition: 'Antal praktikplatser som kommunen som arbetsgivare har erbjudit nyanlända under året.',
      unit: 'COUNT',
      decimals: 0,
      direction: 'INCREASE',
      source: 'Kommunens personalsystem (demodata)',
      published: true,
      years: [2018, 2025],
      women: { start: 6, step: 2 },
      men: { start: 9, step: 2 },
      targets: [{ period: '2026', women: 25, men: 25 }],
    },
    {
      ref: 'sfi-passed',
      implementation: 'vux',
      followUp: 'uf',
      followUpRole: 'Utredare',
      nameSv: 'Andel elever i sfi som klarat minst två kurser',
      nameEn: 'Share of SFI students who passed at least two courses',
      definition: 'Elever i svenska för invandrare (sfi) som klarat minst två kurser av de påbörjade, i procent.',
      unit: 'PERCENT',
      decimals: 1,
      direction: 'INCREASE',
      source: 'Skolverket (demodata)',
      published: true,
      years: [2016, 2025],
      women: { start: 44.0, step: 1.2 },
      men: { start: 38.5, step: 1.4 },
      targets: [{ period: '2026', women: 60, men: 55 }],
    },
  ],
  units: [
    { ref: 'kf', kind: 'COUNCIL', name: 'Kommunfullmäktige' },
    { ref: 'ks', kind: 'COUNCIL', name: 'Kommunstyrelsen' },
    { ref: 'ksf', kind: 'ADMINISTRATION', name: 'Kommunstyrelseförvaltningen', parent: 'ks' },
    { ref: 'gan', kind: 'COMMITTEE', name: 'Gymnasie- och arbetsmarknadsnämnden' },
    { ref: 'uf', kind: 'ADMINISTRATION', name: 'Utvecklingsförvaltningen', parent: 'gan' },
    { ref: 'vux', kind: 'UNIT', name: 'Vuxenutbildningen', parent: 'uf' },
    { ref: 'bun', kind: 'COMMITTEE', name: 'Barn- och utbildningsnämnden' },
    { ref: 'son', kind: 'COMMITTEE', name: 'Socialnämnden' },
  ],
  goals: [
    {
      ref: 'self-support',
      owner: 'gan',
      level: 'COMMITTEE_GOAL',
      area: 'WORK_AND_EMPLOYMENT',
      title: 'Fler nyanlända kvinnor och män når egen försörjning',
      description: 'Kvinnor och män följs upp var för sig, så att måluppfyllelsen kan bedömas som jämställd.',
      indicators: ['work-or-study', 'self-sufficiency'],
      children: [
        {
          ref: 'internships',
          owner: 'ks',
          level: 'SUB_GOAL',
          area: 'WORK_AND_EMPLOYMENT',
          title: 'Kommunen som arbetsgivare öppnar upp för praktikplatser för nyanlända',
          description: 'Strategins konkreta åtgärd i första versionen.',
          indicators: ['internships'],
        },
      ],
    },
    {
      ref: 'language',
      owner: 'gan',
      level: 'COMMITTEE_GOAL',
      area: 'LANGUAGE',
      title: 'Fler nyanlända får goda kunskaper i svenska språket',
      description: 'Språkkunskap är en av grunderna för strategin; följs upp genom vuxenutbildningen.',
      indicators: ['sfi-passed'],
    },
    {
      ref: 'school',
      owner: 'bun',
      level: 'COMMITTEE_GOAL',
      area: 'SCHOOL',
      title: 'Nyanlända elever ges förutsättningar att nå behörighet till gymnasiet',
      description: 'Indikatorer tas fram inför nämndarbetet.',
      indicators: [],
    },
  ],
  partners: [
    {
      ref: 'af',
      name: 'Arbetsförmedlingen',
      kind: 'GOVERNMENT_AGENCY',
      website: 'https://arbetsformedlingen.se',
      description: 'Statlig myndighet med ansvar för nyanländas etableringsprogram.',
    },
    {
      ref: 'ec',
      name: 'Etableringscentrum i Tyresö',
      kind: 'ESTABLISHMENT_CENTRE',
      description: 'Nytt etableringscentrum för alla nyanlända, som främjar etablerings- och integrationsprocessen (socialnämndens remissvar). Kontaktuppgifter saknas i demodata.',
    },
    {
      ref: 'forening',
      name: 'Föreningslivet i Tyresö',
      kind: 'ASSOCIATION',
      description: 'Tyresös rika föreningsliv, som engagerar många invånare (socialnämndens remissvar). Samlingspost i demodata, inte en verklig förening.',
    },
  ],
  activities: [
    {
      title: 'Praktikplatser för nyanlända i kommunens verksamheter',
      description: 'Kommunen som arbetsgivare öppnar upp för praktikplatser för nyanlända (strategins konkreta åtgärd). Platser förmedlas tillsammans med Arbetsförmedlingen.',
      status: 'ONGOING',
      startDate: '2018-03-01',
      responsible: 'ksf',
      targetGroup: 'Nyanlända kvinnor och män',
      goals: ['internships'],
      partners: ['af', 'ec'],
    },
    {
      title: 'Språkcafé med föreningslivet',
      description: 'Samtalsträning i svenska på biblioteket tillsammans med föreningar (demodata).',
      status: 'PLANNED',
      startDate: null,
      responsible: 'vux',
      targetGroup: 'Nyanlända vuxna',
      goals: ['language'],
      partners: ['forening'],
    },
  ],
  agreements: [
    {
      kind: 'LOCAL_AGREEMENT',
      title: 'Lokal överenskommelse om nyanländas etablering',
      description: 'Samverkan med Arbetsförmedlingen och etableringscentrum kring nyanländas väg till arbete och studier (demodata).',
      startDate: '2018-04-01',
      endDate: null,
      partners: ['af', 'ec'],
      activities: ['Praktikplatser för nyanlända i kommunens verksamheter'],
      goals: ['self-support'],
    },
  ],
};

export const TRANEMO: DemoMunicipality = {
  municipality: { code: '1498', name: 'Tranemo kommun', organisationNumber: null },
  units: [
    { ref: 'kf', kind: 'COUNCIL', name: 'Kommunfullmäktige' },
    { ref: 'ks', kind: 'COUNCIL', name: 'Kommunstyrelsen' },
    { ref: 'service', kind: 'UNIT', name: 'Servicesektionen', parent: 'ks' },
    { ref: 'ttb', kind: 'COMMITTEE', name: 'Trivsel- och trygghetsberedningen', parent: 'kf' },
  ],
  document: {
    owner: 'service',
    followedUpBy: 'Integrationssamordnare',
    kind: 'POLICY',
    title: 'Integrationspolicy',
    registrationNumber: 'KS/2017:749',
    decidedBy: 'Kommunfullmäktige',
    decisionDate: '2018-09-03',
    validUntil: '2022-09-02',
    revisionIntervalMonths: 48,
    status: 'ADOPTED',
    description:
      'Översyn av policy för integrationsarbetet (fastställd 2018-09-03 § 90). Policyn ska ligga till grund för riktlinjer för integrationsarbetet; uppföljning sker minst vart fjärde år.',
    earlierVersions: [
      {
        title: 'Policy för integrationsarbetet',
        registrationNumber: 'KS/2013:1207',
        decidedBy: 'Kommunfullmäktige',
        decisionDate: null,
        validUntil: null,
        status: 'REPLACED',
        changeNote: 'Tidigare version, ersatt av KS/2017:749.',
      },
    ],
  },
  overallAim: {
    title: 'Integrationsarbetet i kommunen ska verka för att alla människor i kommunen ska känna samhörighet med varandra.',
    description: 'Tranemo kommun är en kommun där vi bejakar mångfalden och välkomnar nya medborgare.',
    owner: 'kf',
  },
  areas: [
    { key: 'EDUCATION_AND_LANGUAGE', nameSv: 'Utbildning och språk', nameEn: 'Education and language', description: null },
    { key: 'WORK', nameSv: 'Arbete', nameEn: 'Work', description: 'Arbete är en viktig del till en lyckad integration.' },
    { key: 'HOUSING', nameSv: 'Boende', nameEn: 'Housing', description: null },
    { key: 'LEISURE_AND_SOCIAL_PARTICIPATION', nameSv: 'Fritid och socialt deltagande', nameEn: 'Leisure and social participation', description: null },
  ],
  indicators: [
    {
      ref: 'work-or-study',
      implementation: 'ks',
      followUp: 'service',
      followUpRole: 'Integrationssamordnare',
      nameSv: 'Andel nyanlända i arbete eller studier 90 dagar efter avslutat etableringsprogram',
      nameEn: 'Share of newcomers in work or studies 90 days after the establishment programme',
      definition: 'Antal nyanlända som har arbete eller studerar 90 dagar efter avslutat etableringsprogram, delat med antal som avslutat programmet, i procent.',
      unit: 'PERCENT',
      decimals: 1,
      direction: 'INCREASE',
      source: 'Arbetsförmedlingen (demodata)',
      koladaKpi: 'N00945',
      published: true,
      years: [2017, 2025],
      women: { start: 24.0, step: 1.8 },
      men: { start: 41.5, step: 1.3 },
    },
  ],
  goals: [
    ...[
      ['EDUCATION_AND_LANGUAGE', 'Unga ska få lämplig utbildning för att möjliggöra personlig utveckling och självförverkligande.'],
      ['EDUCATION_AND_LANGUAGE', 'Verka för god kunskap i svenska språket och värdesätta språkkunskaper.'],
      ['EDUCATION_AND_LANGUAGE', 'Kommunen ska verka för att ta tillvara nyanländas kompetens och underlätta för deras vidareutbildning.'],
      ['WORK', 'Kommunen ska arbeta för att stärka näringslivets roll i integrationsarbetet och stödja nyanländas företagande.'],
      ['WORK', 'Underlätta förutsättningar för inträde på arbetsmarknaden.'],
      ['HOUSING', 'Alla ska ha tillgång till ett skäligt boende på lika villkor.'],
      ['HOUSING', 'En ökad mångfald i samtliga orter.'],
      ['LEISURE_AND_SOCIAL_PARTICIPATION', 'Kommunen ska arbeta med att stärka möjligheterna till att skapa mötesplatser för att främja kulturutbytet.'],
      ['LEISURE_AND_SOCIAL_PARTICIPATION', 'Ökade möjligheter för socialt deltagande och inflytande.'],
    ].map(([area, title], index): DemoGoal => ({
      ref: `aim-${index + 1}`,
      owner: 'ks',
      level: 'COMMITTEE_GOAL',
      area: area as string,
      title: title as string,
      indicators: title === 'Underlätta förutsättningar för inträde på arbetsmarknaden.' ? ['work-or-study'] : [],
    })),
  ],
  partners: [],
  activities: [],
  agreements: [],
};

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [TYRESO, TRANEMO];
