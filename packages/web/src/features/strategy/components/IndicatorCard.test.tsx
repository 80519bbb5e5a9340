import { renderToStaticMarkup } from 'react-dom/server';
import { LanguageProvider, type Language } from '../../../app/language';
import { makeFragmentData } from '../../../gql';
import type { IndicatorCard_IndicatorFragment } from '../../../gql/graphql';
import { GoalCard, GoalCard_goal } from './GoalCard';
import { IndicatorCard, IndicatorCard_indicator } from './IndicatorCard';

const DEMO = 'Demodata: påhittade värden för visning, inte statistik från kommunen.';

function indicator(over: Partial<IndicatorCard_IndicatorFragment> = {}): IndicatorCard_IndicatorFragment {
  return {
    id: 'i1',
    nameSv: 'Andel nyanlända i arbete eller studier',
    nameEn: 'Share of newcomers in work or studies',
    unit: 'PERCENT',
    decimals: 1,
    direction: 'INCREASE',
    dividedBySex: true,
    source: 'Arbetsförmedlingen (demodata)',
    latestMeasurements: [
      { id: 'm1', period: '2025', sex: 'TOTAL', value: 47.6, status: 'FINAL', source: DEMO, footnote: null },
      { id: 'm2', period: '2025', sex: 'WOMEN', value: 41.3, status: 'FINAL', source: DEMO, footnote: null },
      { id: 'm3', period: '2025', sex: 'MEN', value: 53.8, status: 'PRELIMINARY', source: DEMO, footnote: null },
    ],
    targets: [
      { id: 't1', period: '2026', sex: 'TOTAL', value: 50 },
      { id: 't2', period: '2027', sex: 'TOTAL', value: 54.4 },
      { id: 't3', period: '2027', sex: 'WOMEN', value: 50 },
      { id: 't4', period: '2027', sex: 'MEN', value: 58 },
    ],
    responsibleImplementationUnit: { id: 'u1', name: 'Utvecklingsförvaltningen' },
    responsibleImplementationRole: null,
    responsibleFollowUpUnit: { id: 'u2', name: 'Kommunstyrelseförvaltningen' },
    responsibleFollowUpRole: 'Utredare',
    ...over,
  };
}

function render(data: IndicatorCard_IndicatorFragment, language: Language = 'sv'): string {
  return renderToStaticMarkup(
    <LanguageProvider initial={language}>
      <IndicatorCard indicator={makeFragmentData(data, IndicatorCard_indicator)} headingLevel={4} />
    </LanguageProvider>,
  );
}

/** The markup as text, tags dropped, entities decoded enough for these assertions. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('IndicatorCard', () => {
  it('shows women, men and total in a table with caption and header scopes, in Swedish', () => {
    const html = render(indicator());
    expect(html).toContain('<h4');
    expect(html).toMatch(/<caption id="[^"]*">Senaste utfall, 2025, och målvärde för 2027<\/caption>/);
    expect(html).toMatch(/<th scope="col">Kvinnor<\/th><th scope="col">Män<\/th><th scope="col">Totalt<\/th>/);
    expect(html).toMatch(/<th scope="row">2025<\/th>/);
    const t = text(html);
    expect(t).toContain('41,3 %');
    expect(t).toContain('53,8 % (preliminärt)');
    expect(t).toContain('47,6 %');
    expect(t).toContain('Skillnad kvinnor–män: \u221212,5 procentenheter');
    expect(t).toContain('Källa: Arbetsförmedlingen (demodata)');
    expect(t).toContain('Demodata: påhittade värden för visning, inte statistik från kommunen.');
  });

  it('shows the last target period under the latest values, and who is responsible', () => {
    const html = render(indicator());
    expect(html).toMatch(/<caption id="[^"]*">Senaste utfall, 2025, och målvärde för 2027<\/caption>/);
    expect(html).toMatch(/<th scope="row">Målvärde 2027<\/th><td data-sex="WOMEN">50,0 %<\/td><td data-sex="MEN">58,0 %<\/td><td data-sex="TOTAL">54,4 %<\/td>/);
    const t = text(html);
    expect(t).toContain('Ansvarig för genomförande Utvecklingsförvaltningen');
    expect(t).toContain('Ansvarig för uppföljning Kommunstyrelseförvaltningen (Utredare)');
    expect(text(render(indicator(), 'en'))).toContain('Responsible for follow-up Kommunstyrelseförvaltningen (Utredare)');
  });

  it('shows targets without values, and no target row when there are no targets', () => {
    expect(text(render(indicator({ latestMeasurements: [] })))).toContain('Inga värden ännu. Målvärde 2027: kvinnor 50,0 %, män 58,0 %, totalt 54,4 %');
    const html = render(indicator({ targets: [] }));
    expect(html).toMatch(/<caption id="[^"]*">Senaste utfall, 2025<\/caption>/);
    expect(html).not.toContain('Målvärde');
  });

  it('uses the English name and words in English, Swedish where there is no English', () => {
    const t = text(render(indicator(), 'en'));
    expect(t).toContain('Share of newcomers in work or studies');
    expect(t).toContain('Women Men Total');
    expect(t).toContain('Difference women–men: \u221212.5 percentage points');
    expect(text(render(indicator({ nameEn: null }), 'en'))).toContain('Andel nyanlända i arbete eller studier');
    expect(render(indicator({ nameEn: null }), 'en')).toMatch(/<h4[^>]*lang="sv"/);
  });

  it('shows the gap of a count as a number', () => {
    const t = text(
      render(
        indicator({
          unit: 'COUNT',
          decimals: 0,
          latestMeasurements: [
            { id: 'a', period: '2025', sex: 'WOMEN', value: 20, status: 'FINAL', source: null, footnote: null },
            { id: 'b', period: '2025', sex: 'MEN', value: 23, status: 'FINAL', source: null, footnote: null },
          ],
        }),
      ),
    );
    expect(t).toContain('Skillnad kvinnor–män: \u22123');
    expect(t).toMatch(/Totalt.*– \(saknas\)/);
    expect(t).not.toContain('Demodata:');
  });

  it('shows only the total when the indicator is not divided by sex', () => {
    const html = render(
      indicator({
        dividedBySex: false,
        latestMeasurements: [{ id: 'a', period: '2024H1', sex: 'TOTAL', value: 12.5, status: 'FINAL', source: null, footnote: 'Ny definition 2024.' }],
      }),
    );
    expect(html).not.toContain('Kvinnor');
    const t = text(html);
    expect(t).toContain('Senaste utfall, 2024 halvår 1');
    expect(t).toContain('Redovisas inte uppdelat på kön.');
    expect(t).toContain('Fotnot: Ny definition 2024.');
  });

  it('says so when there are no values yet', () => {
    const html = render(indicator({ latestMeasurements: [] }));
    expect(html).not.toContain('<table');
    expect(text(html)).toContain('Inga värden ännu.');
  });
});

describe('GoalCard', () => {
  it('says plainly that a goal has no indicators yet', () => {
    const goal = makeFragmentData(
      { id: 'g1', title: 'Fler går vidare till studier', level: 'SUB_GOAL', description: null, ownerUnit: { id: 'u1', name: 'Barn- och utbildningsnämnden' }, indicators: [], activities: [] },
      GoalCard_goal,
    );
    const html = renderToStaticMarkup(
      <LanguageProvider initial="sv">
        <GoalCard goal={goal} headingLevel={4} />
      </LanguageProvider>,
    );
    expect(html).toMatch(/<h4[^>]*>Fler går vidare till studier<\/h4>/);
    expect(text(html)).toContain('Delmål');
    expect(text(html)).toContain('Inga indikatorer ännu.');
    expect(text(html)).toContain('Ansvarig: Barn- och utbildningsnämnden');
    // No activities: no empty "Insatser" heading either.
    expect(text(html)).not.toContain('Insatser');
  });
});
