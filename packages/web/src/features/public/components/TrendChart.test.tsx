import { renderToStaticMarkup } from 'react-dom/server';
import { seriesRows, type SeriesPoint } from '../series';
import { publicStrings } from '../strings';
import { niceStep, TrendChart } from './TrendChart';

const points: SeriesPoint[] = [
  { period: '2020', sex: 'WOMEN', value: 10, status: 'FINAL' },
  { period: '2021', sex: 'WOMEN', value: 12, status: 'FINAL' },
  { period: '2022', sex: 'WOMEN', value: null, status: 'SUPPRESSED' },
  { period: '2023', sex: 'WOMEN', value: 15, status: 'FINAL' },
  { period: '2024', sex: 'WOMEN', value: 16, status: 'PRELIMINARY' },
  { period: '2020', sex: 'MEN', value: 20, status: 'FINAL' },
  { period: '2021', sex: 'MEN', value: 21, status: 'FINAL' },
];

function render(sexes: Array<'WOMEN' | 'MEN' | 'TOTAL'>, targets = [{ period: '2026', sex: 'WOMEN' as const, value: 25 }]) {
  return renderToStaticMarkup(
    <TrendChart
      rows={seriesRows(points)}
      sexes={sexes}
      unit="PERCENT"
      decimals={1}
      language="sv"
      targets={targets}
      baseline={{ period: '2020', value: 11 }}
      label="Diagram: Andel"
      t={publicStrings.sv}
    />,
  );
}

describe('TrendChart', () => {
  it('is one labelled image with a group per sex shown, each with its own dash', () => {
    const html = render(['WOMEN', 'MEN']);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Diagram: Andel"/);
    expect(html.match(/<g data-sex="/g)).toHaveLength(2);
    expect(html).toContain('stroke-dasharray="8 5"'); // men dashed, women solid
    expect(render(['MEN'], []).match(/<g data-sex="/g)).toHaveLength(1);
  });

  it('breaks the line at a suppressed value and marks it "–"; a preliminary value gets a hollow marker', () => {
    const html = render(['WOMEN']);
    const women = /<g data-sex="WOMEN">(.*?)<\/g>/.exec(html)![1]!;
    expect(women.match(/<polyline/g)).toHaveLength(2);
    expect(women).toContain('>–</text>');
    expect(women.match(/<circle[^>]*fill="#ffffff"/g)).toHaveLength(1);
  });

  it('draws the target at its period and the baseline across, both on the axis scale', () => {
    const html = render(['WOMEN']);
    expect(html).toContain('data-target="WOMEN"');
    expect(html).toContain('Utgångsvärde');
    expect(html).toContain('>2026</text>');
  });

  it('picks round axis steps', () => {
    expect(niceStep(58, 'PERCENT')).toBe(20);
    expect(niceStep(15, 'COUNT')).toBe(5);
    expect(niceStep(90, 'PERCENT')).toBe(25);
    expect(niceStep(0, 'COUNT')).toBe(0.25);
  });
});
