import { useId } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Heading, type HeadingLevel } from '../../../components/Heading';
import { localized, useLanguage } from '../../../app/language';
import {
  bySex,
  demoSources,
  withoutDemoLabel,
  formatGap,
  formatMeasurement,
  periodText,
  sexGap,
  sexesToShow,
} from '../measurements';
import { strategyStrings } from '../strings';

export const IndicatorCard_indicator = graphql(`
  fragment IndicatorCard_indicator on Indicator {
    id
    nameSv
    nameEn
    unit
    decimals
    direction
    dividedBySex
    source
    latestMeasurements {
      id
      period
      sex
      value
      status
      source
      footnote
    }
  }
`);

/**
 * One indicator with its latest values for women, men and total in a table, the gap between women
 * and men in words, its source, and a note when the figures are demo data.
 */
export function IndicatorCard(props: {
  indicator: FragmentType<typeof IndicatorCard_indicator>;
  headingLevel: HeadingLevel;
}) {
  const indicator = getFragmentData(IndicatorCard_indicator, props.indicator);
  const { language } = useLanguage();
  const t = strategyStrings[language];
  const headingId = useId();
  const name = localized(language, indicator.nameSv, indicator.nameEn);
  const measurements = indicator.latestMeasurements;
  const keyed = bySex(measurements);
  const sexes = sexesToShow(indicator.dividedBySex);
  const period = measurements[0]?.period;
  const periodLabel = period ? periodText(period, language) : null;
  const gap = indicator.dividedBySex ? sexGap(keyed.WOMEN?.value, keyed.MEN?.value, indicator.decimals) : null;
  const demo = demoSources(measurements);
  const footnotes = [...new Set(measurements.map((m) => m.footnote?.trim()).filter((f): f is string => !!f))];

  return (
    <article className="indicator" aria-labelledby={headingId}>
      <Heading level={props.headingLevel} id={headingId} className="indicator__name" lang={name.lang}>
        {name.text}
      </Heading>
      <p className="indicator__direction">{t.direction[indicator.direction]}</p>
      {periodLabel === null ? (
        <p className="indicator__empty">{t.noValues}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="values">
              <caption>{t.latestValues(periodLabel)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.period}</th>
                  {sexes.map((sex) => (
                    <th scope="col" key={sex}>
                      {t.sexes[sex]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{periodLabel}</th>
                  {sexes.map((sex) => {
                    const cell = formatMeasurement(keyed[sex], indicator.unit, indicator.decimals, language, t);
                    return (
                      <td key={sex} data-sex={sex}>
                        <span className="values__number">{cell.text}</span>
                        {cell.note && <span className="values__note"> ({cell.note})</span>}
                      </td>
                    );
                  })}
                </tr>
              </tbody>
            </table>
          </div>
          {indicator.dividedBySex ? (
            <p className="indicator__gap">
              <span className="indicator__gap-label">{t.gapLabel}:</span>{' '}
              <strong>{formatGap(gap, indicator.unit, indicator.decimals, language, t)}</strong>
            </p>
          ) : (
            <p className="indicator__gap">{t.notDividedBySex}</p>
          )}
        </>
      )}
      {(indicator.source || demo.length > 0 || footnotes.length > 0) && (
        <div className="indicator__meta">
          {indicator.source && (
            <p>
              {t.source}: <span lang="sv">{indicator.source}</span>
            </p>
          )}
          {footnotes.map((footnote) => (
            <p key={footnote}>
              {t.footnote}: <span lang="sv">{footnote}</span>
            </p>
          ))}
          {demo.map((note) => (
            <p key={note} className="notice notice--demo">
              <strong className="notice__label">{t.demoData}:</strong> <span lang="sv">{withoutDemoLabel(note)}</span>
            </p>
          ))}
        </div>
      )}
    </article>
  );
}
