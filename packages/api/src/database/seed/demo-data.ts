/**
 * Demo data: Tyresö's integration strategy 2018 (../shared/seeds/001_51b32fbf10f779d4.txt). The
 * document, its six arenas, the aim and the first indicators follow the source; the committee goals
 * are worded from it; every figure is invented and says so in its source field.
 */
import { FOCUS_AREA_KEYS } from '@inkludera/shared';

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
  published: boolean;
  /** First and last year of values, and the values of women and men in the first year and their yearly drift. */
  years: [number, number];
  women: { start: number; step: number };
  men: { start: number; step: number };
}

export interface DemoGoal {
  ref: string;
  owner: string;
  level: 'COMMITTEE_GOAL' | 'SUB_GOAL';
  area: (typeof FOCUS_AREA_KEYS)[number];
  title: string;
  description?: string;
  indicators: string[];
  children?: DemoGoal[];
}

export const TYRESO = {
  municipality: { code: '0138', name: 'Tyresö kommun', organisationNumber: null },
  document: {
    owner: 'gan',
    followedUpBy: 'Utvecklingsförvaltningen',
    kind: 'STRATEGY' as const,
    title: 'Integrationsstrategi 2018',
    registrationNumber: '2017/GAN 0060 003',
    decidedBy: 'Kommunfullmäktige',
    decisionDate: null,
    validUntil: null,
    revisionIntervalMonths: null,
    status: 'ADOPTED' as const,
    description:
      'Integrationsstrategin riktar sig främst till kommunens tjänstemän, chefer och politiker. Nämnderna och verksamheterna skapar egna delmål och indikatorer utifrån arenorna i strategin (nerifrån och upp). Strategin ingår i styrprocessen och revideras kontinuerligt. Förslag från gymnasie- och arbetsmarknadsnämnden 2017-12-05.',
  },
  overallAim: {
    title: 'Alla invånare i Tyresö har tillträde till arbetsmarknaden, egen försörjning, delaktighet i samhällslivet och kunskaper i svenska språket.',
    description: 'Med en fungerande integration utvecklas kommunen och blir mer attraktiv för de som bor och vistas här. Att uppnå egen försörjning är av största vikt.',
  },
  areas: [
    { key: 'WORK_AND_EMPLOYMENT', nameSv: 'Arbete och sysselsättning', nameEn: 'Work and employment', description: 'En av grunderna för strategin: tillträde till arbetsmarknaden och egen försörjning.' },
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
      published: true,
      years: [2016, 2025],
      women: { start: 21.5, step: 2.1 },
      men: { start: 39.0, step: 1.6 },
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
    },
  ] satisfies DemoIndicator[],
  units: [
    { ref: 'kf', kind: 'COUNCIL', name: 'Kommunfullmäktige' },
    { ref: 'ks', kind: 'COUNCIL', name: 'Kommunstyrelsen' },
    { ref: 'ksf', kind: 'ADMINISTRATION', name: 'Kommunstyrelseförvaltningen', parent: 'ks' },
    { ref: 'gan', kind: 'COMMITTEE', name: 'Gymnasie- och arbetsmarknadsnämnden' },
    { ref: 'uf', kind: 'ADMINISTRATION', name: 'Utvecklingsförvaltningen', parent: 'gan' },
    { ref: 'vux', kind: 'UNIT', name: 'Vuxenutbildningen', parent: 'uf' },
    { ref: 'bun', kind: 'COMMITTEE', name: 'Barn- och utbildningsnämnden' },
    { ref: 'son', kind: 'COMMITTEE', name: 'Socialnämnden' },
  ] satisfies DemoUnit[],
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
  ] satisfies DemoGoal[],
};
