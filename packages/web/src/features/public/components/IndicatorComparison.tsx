import { useId } from 'react';
import type { Sex } from '@inkludera/shared';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { localized, useLanguage } from '../../../app/language';
import { periodText } from '../../strategy/measurements';
import { formatIndicatorValue } from '../series';
import { publicStrings } from '../strings';

export const IndicatorComparison_indicator = graphql(`
  fragment IndicatorComparison_indicator on Indicator {
    id
    nameSv
    nameEn
    unit
    decimals
    dividedBySex
    comparison {
      indicatorId
      municipalityCode
      municipalityName
      period
      sex
      value
      status
      source
    }
  }
`);

/** How many of the latest periods the table shows. */
const PERIODS = 3;

interface ComparisonRow {
  key: string;
  period: string;
  code: string;
  name: string;
  national: boolean;
  cells: Partial<Record<Sex, { value: number | null | undefined; status: string }>>;
}

/**
 * The same shared indicator in the other municipalities of the installation, and Kolada's value for
 * the whole country (0000) where imported: the latest periods, by sex. Nothing when there is none.
 */
export function IndicatorComparison(props: { indicator: FragmentType<typeof IndicatorComparison_indicator> }) {
  const indicator = getFragmentData(IndicatorComparison_indicator, props.indicator);
  const { language } = useLanguage();
  const t = publicStrings[language];
  const captionId = useId();
  if (indicator.comparison.length === 0) return null;
  const sexes: readonly Sex[] = indicator.dividedBySex ? ['WOMEN', 'MEN', 'TOTAL'] : ['TOTAL'];
  const periods = [...new Set(indicator.comparison.map((c) => c.period))].sort().reverse().slice(0, PERIODS);
  const rows = new Map<string, ComparisonRow>();
  for (const c of indicator.comparison) {
    if (!periods.includes(c.period)) continue;
    const key = `${c.period} ${c.municipalityCode}`;
    const row = rows.get(key) ?? {
      key,
      period: c.period,
      code: c.municipalityCode,
      name: c.municipalityCode === '0000' ? t.comparisonNational : c.municipalityName,
      national: c.municipalityCode === '0000',
      cells: {},
    };
    row.cells[c.sex] = { value: c.value, status: c.status };
    rows.set(key, row);
  }
  // Latest period first; within it the municipalities by name, the whole country last.
  const ordered = [...rows.values()].sort((a, b) => b.period.localeCompare(a.period) || Number(a.national) - Number(b.national) || a.name.localeCompare(b.name, 'sv'));
  const name = localized(language, indicator.nameSv, indicator.nameEn);

  return (
    <section className="indicator-page__comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t.comparisonHeading}</h2>
      <p>{t.comparisonIntro}</p>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="values values--comparison">
          <caption id={captionId}>{t.comparisonCaption(name.text, t.units[indicator.unit])}</caption>
          <thead>
            <tr>
              <th scope="col">{t.period}</th>
              <th scope="col">{t.comparisonMunicipality}</th>
              {sexes.map((sex) => (
                <th scope="col" key={sex}>
                  {t.sexes[sex]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ordered.map((row) => (
              <tr key={row.key} data-municipality={row.code}>
                <td>{periodText(row.period, language)}</td>
                <th scope="row" lang={row.national ? undefined : 'sv'}>
                  {row.name}
                </th>
                {sexes.map((sex) => {
                  const cell = row.cells[sex];
                  const value = typeof cell?.value === 'number' ? formatIndicatorValue(cell.value, indicator.unit, indicator.decimals, language) : null;
                  return (
                    <td key={sex} data-sex={sex}>
                      <span className="values__number">{value ?? '–'}</span>
                      {value === null && cell && <span className="values__note"> ({cell.status === 'SUPPRESSED' ? t.suppressed : t.missing})</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
