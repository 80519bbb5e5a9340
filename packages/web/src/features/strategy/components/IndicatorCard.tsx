import { useId } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Heading, type HeadingLevel } from '../../../components/Heading';
import { localized, useLanguage } from '../../../app/language';
import { bySex, demoSources, withoutDemoLabel, formatGap, formatMeasurement, periodText, sexGap, sexesToShow } from '../measurements';
import { strategyStrings } from '../strings';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { useMunicipalityCode } from '../../../app/useMunicipalityCode';

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
    targets {
      id
      period
      sex
      value
    }
    responsibleImplementationUnit {
      id
      name
    }
    responsibleImplementationRole
    responsibleFollowUpUnit {
      id
      name
    }
    responsibleFollowUpRole
  }
`);

/** "Utvecklingsförvaltningen (Utredare)", or the unit alone when no role is named. */
function responsible(unit: { name: string }, role: string | null): string {
  return role ? `${unit.name} (${role})` : unit.name;
}

/**
 * One indicator with its latest values for women, men and total in a table (with the last target
 * period's target values beneath them), the gap between women and men in words, who is responsible
 * for implementation and for follow-up, its source, and a note when the figures are demo data.
 */
export function IndicatorCard(props: { indicator: FragmentType<typeof IndicatorCard_indicator>; headingLevel: HeadingLevel }) {
  const indicator = getFragmentData(IndicatorCard_indicator, props.indicator);
  const { language } = useLanguage();
  const t = strategyStrings[language];
  const headingId = useId();
  const code = useMunicipalityCode();
  const name = localized(language, indicator.nameSv, indicator.nameEn);
  const measurements = indicator.latestMeasurements;
  const keyed = bySex(measurements);
  const sexes = sexesToShow(indicator.dividedBySex);
  const period = measurements[0]?.period;
  const periodLabel = period ? periodText(period, language) : null;
  // Targets come in period order; the last period's targets are the ones the strategy aims at.
  const targetPeriod = indicator.targets.at(-1)?.period;
  const targets = bySex(indicator.targets.filter((target) => target.period === targetPeriod).map((target) => ({ ...target, status: 'FINAL' as const })));
  const targetLabel = targetPeriod ? periodText(targetPeriod, language) : null;
  const gap = indicator.dividedBySex ? sexGap(keyed.WOMEN?.value, keyed.MEN?.value, indicator.decimals) : null;
  const demo = demoSources(measurements);
  const footnotes = [...new Set(measurements.map((m) => m.footnote?.trim()).filter((f): f is string => !!f))];

  return (
    <article className="indicator" aria-labelledby={headingId}>
      <Heading level={props.headingLevel} id={headingId} className="indicator__name" lang={name.lang}>
        {code ? <LocalLink to={paths.indicator(code, indicator.id)}>{name.text}</LocalLink> : name.text}
      </Heading>
      <p className="indicator__direction">{t.direction[indicator.direction]}</p>
      {periodLabel === null ? (
        <>
          <p className="indicator__empty">{t.noValues}</p>
          {targetLabel && (
            <p className="indicator__target">
              {t.targetRow(targetLabel)}:{' '}
              {sexes
                .filter((sex) => targets[sex])
                .map((sex) => `${t.sexes[sex].toLowerCase()} ${formatMeasurement(targets[sex], indicator.unit, indicator.decimals, language, t).text}`)
                .join(', ')}
            </p>
          )}
        </>
      ) : (
        <>
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={`${headingId}-caption`}>
            <table className="values">
              <caption id={`${headingId}-caption`}>{targetLabel ? t.latestValuesAndTarget(periodLabel, targetLabel) : t.latestValues(periodLabel)}</caption>
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
                {targetLabel && (
                  <tr className="values__target">
                    <th scope="row">{t.targetRow(targetLabel)}</th>
                    {sexes.map((sex) => (
                      <td key={sex} data-sex={sex}>
                        {targets[sex] ? formatMeasurement(targets[sex], indicator.unit, indicator.decimals, language, t).text : '–'}
                      </td>
                    ))}
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          {indicator.dividedBySex ? (
            <p className="indicator__gap">
              <span className="indicator__gap-label">{t.gapLabel}:</span> <strong>{formatGap(gap, indicator.unit, indicator.decimals, language, t)}</strong>
            </p>
          ) : (
            <p className="indicator__gap">{t.notDividedBySex}</p>
          )}
        </>
      )}
      <dl className="indicator__responsibility">
        <div>
          <dt>{t.implementationBy}</dt>
          <dd lang="sv">{responsible(indicator.responsibleImplementationUnit, indicator.responsibleImplementationRole)}</dd>
        </div>
        <div>
          <dt>{t.followUpBy}</dt>
          <dd lang="sv">{responsible(indicator.responsibleFollowUpUnit, indicator.responsibleFollowUpRole)}</dd>
        </div>
      </dl>
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
