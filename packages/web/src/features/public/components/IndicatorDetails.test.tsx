import { renderToStaticMarkup } from 'react-dom/server';
import { LanguageProvider, type Language } from '../../../app/language';
import { makeFragmentData } from '../../../gql';
import type { IndicatorComparison_IndicatorFragment, IndicatorDetails_IndicatorFragment } from '../../../gql/graphql';
import { IndicatorComparison_indicator } from './IndicatorComparison';
import { IndicatorDetails, IndicatorDetails_indicator } from './IndicatorDetails';

type Compared = IndicatorComparison_IndicatorFragment['comparison'][number];

function indicator(over: Partial<IndicatorDetails_IndicatorFragment> = {}, comparison: Compared[] = []): IndicatorDetails_IndicatorFragment {
  const m = (id: string, period: string, sex: 'WOMEN' | 'MEN' | 'TOTAL', value: number | null, status: 'FINAL' | 'PRELIMINARY' | 'SUPPRESSED' = 'FINAL') => ({
    id,
    period,
    sex,
    value,
    status,
    footnote: null,
    source: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
  });
  return {
    id: 'SW5kaWNhdG9yOjE=',
    nameSv: 'Antal i praktik',
    nameEn: 'Number in internships',
    definition: 'Antal personer i praktik under året.',
    unit: 'COUNT',
    decimals: 0,
    direction: 'INCREASE',
    dividedBySex: true,
    source: 'Kolada',
    sourceKind: 'KOLADA',
    sourceReference: 'N00945',
    baselineValue: 10,
    baselinePeriod: '2023',
    updatedAt: '2026-01-15T10:00:00.000Z',
    municipality: { id: 'm', code: '0138' },
    responsibleImplementationUnit: { id: 'u1', name: 'Arbetsmarknadsenheten' },
    responsibleImplementationRole: 'Enhetschef',
    responsibleFollowUpUnit: { id: 'u2', name: 'Kommunstyrelseförvaltningen' },
    responsibleFollowUpRole: null,
    series: [
      m('a', '2024', 'TOTAL', 12),
      m('b', '2024', 'WOMEN', null, 'SUPPRESSED'),
      m('c', '2024', 'MEN', null, 'SUPPRESSED'),
      m('d', '2025', 'TOTAL', 20, 'PRELIMINARY'),
      m('e', '2025', 'WOMEN', 9),
      m('f', '2025', 'MEN', 11),
    ],
    targets: [{ id: 't', period: '2027', sex: 'TOTAL', value: 30 }],
    ...makeFragmentData(
      { id: 'SW5kaWNhdG9yOjE=', nameSv: 'Antal i praktik', nameEn: 'Number in internships', unit: 'COUNT', decimals: 0, dividedBySex: true, comparison },
      IndicatorComparison_indicator,
    ),
    ...over,
  };
}

const compared = (municipalityCode: string, municipalityName: string, period: string, sex: 'WOMEN' | 'MEN' | 'TOTAL', value: number | null, status = 'FINAL'): Compared => ({
  indicatorId: municipalityCode === '0000' ? null : `id-${municipalityCode}`,
  municipalityCode,
  municipalityName,
  period,
  sex,
  value,
  status,
  source: municipalityCode === '0000' ? 'KOLADA' : 'INKLUDERA',
});

function render(data: IndicatorDetails_IndicatorFragment, language: Language = 'sv'): string {
  return renderToStaticMarkup(
    <LanguageProvider initial={language}>
      <IndicatorDetails indicator={makeFragmentData(data, IndicatorDetails_indicator)} />
    </LanguageProvider>,
  );
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('IndicatorDetails', () => {
  it('shows suppressed values as "–" with the reason, never 0, and marks preliminary ones', () => {
    const html = render(indicator());
    expect(html).toMatch(/<td data-sex="WOMEN" class="values__cell values__cell--suppressed"><span class="values__number">–<\/span><span class="values__note"> \(maskerat\)<\/span><\/td>/);
    expect(text(html)).toContain('20 (preliminärt)');
    expect(text(html)).toContain('Värdet visas inte eftersom det bygger på så få personer');
    expect(html).not.toMatch(/values__number">0</);
  });

  it('has the target as a table row, the baseline in the legend, and both responsibilities', () => {
    const t = text(render(indicator()));
    expect(t).toContain('Målvärde 2027 – – 30');
    expect(t).toContain('Utgångsvärde 2023: 10');
    expect(t).toContain('Ansvarig för genomförande Arbetsmarknadsenheten (Enhetschef)');
    expect(t).toContain('Ansvarig för uppföljning Kommunstyrelseförvaltningen');
    expect(t).toContain('Senast uppdaterad 1 mars 2026');
  });

  it('links the Kolada id and the open-data files of the indicator', () => {
    const html = render(indicator());
    expect(html).toContain('href="https://www.kolada.se/verktyg/fri-sokning/?kpis=N00945&amp;municipals=0138"');
    expect(html).toContain('href="/open/v1/0138/indicators/SW5kaWNhdG9yOjE%3D/values.csv"');
  });

  it('offers the CSV of the table, named after the indicator, in the reader’s language', () => {
    const sv = render(indicator());
    expect(sv).toContain('download="antal-i-praktik.csv"');
    const href = decodeURIComponent(/href="data:text\/csv;charset=utf-8,([^"]+)"/.exec(sv)![1]!.replace(/&amp;/g, '&'));
    expect(href.split('\r\n').slice(0, 3)).toEqual(['\ufeffIndikator;Enhet;Period;Kön;Värde;Status', 'Antal i praktik;antal;2024;Kvinnor;;maskerat', 'Antal i praktik;antal;2024;Män;;maskerat']);
    const en = render(indicator(), 'en');
    expect(en).toContain('download="number-in-internships.csv"');
    expect(text(en)).toContain('Download the table as CSV (women, men, total)');
    expect(text(en)).toContain('Last updated 1 March 2026');
  });

  it('compares with the other municipalities and the whole country in a table, and shows nothing when there is nothing to compare', () => {
    expect(render(indicator())).not.toContain('Jämförelse');
    const html = render(
      indicator({}, [
        compared('1498', 'Tranemo kommun', '2024', 'WOMEN', 7),
        compared('1498', 'Tranemo kommun', '2024', 'MEN', null, 'SUPPRESSED'),
        compared('1498', 'Tranemo kommun', '2025', 'WOMEN', 8),
        compared('1498', 'Tranemo kommun', '2025', 'MEN', 9),
        compared('0000', 'Riket', '2025', 'WOMEN', 61),
        compared('0000', 'Riket', '2025', 'MEN', 68),
      ]),
    );
    expect(html).toMatch(/<div class="table-scroll" role="region" aria-labelledby="([^"]+)" tabindex="0"><table class="values values--comparison"><caption id="\1">/);
    const t = text(html);
    expect(t).toContain('Jämförelse');
    expect(t).toContain('Period Kommun Kvinnor Män Totalt');
    // Latest period first, the municipalities before the whole country; a suppressed value is "–" with its reason.
    expect(t).toContain('2025 Tranemo kommun 8 9 – 2025 Riket (Kolada) 61 68 – 2024 Tranemo kommun 7 – (maskerat) –');
    expect(text(render(indicator({}, [compared('0000', 'Riket', '2025', 'WOMEN', 61)]), 'en'))).toContain('2025 Sweden (Kolada) 61');
  });
});
