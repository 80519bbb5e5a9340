import { useId, useState } from 'react';
import type { Sex } from '@inkludera/shared';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { localized, useLanguage, type Language } from '../../../app/language';
import { demoSources, periodText, withoutDemoLabel } from '../../strategy/measurements';
import { csvFileName, formatCell, formatIndicatorValue, seriesCsv, seriesRows, summarySentence, targetRows } from '../series';
import { publicStrings } from '../strings';
import { IndicatorComparison } from './IndicatorComparison';
import { Swatch, TrendChart } from './TrendChart';

export const IndicatorDetails_indicator = graphql(`
  fragment IndicatorDetails_indicator on Indicator {
    id
    nameSv
    nameEn
    definition
    unit
    decimals
    direction
    dividedBySex
    source
    sourceKind
    sourceReference
    baselineValue
    baselinePeriod
    updatedAt
    municipality {
      id
      code
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
    series {
      id
      period
      sex
      value
      status
      footnote
      source
      updatedAt
    }
    targets {
      id
      period
      sex
      value
    }
    ...IndicatorComparison_indicator
  }
`);

const ALL_SEXES: readonly Sex[] = ['WOMEN', 'MEN', 'TOTAL'];

function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(date);
}

function responsible(unit: { name: string }, role: string | null | undefined): string {
  return role ? `${unit.name} (${role})` : unit.name;
}

/**
 * The indicator page's content: summary, the reader's choice of sexes, chart and table of the same
 * numbers, a CSV of exactly what is shown, the metadata, and the open-data links.
 */
export function IndicatorDetails(props: { indicator: FragmentType<typeof IndicatorDetails_indicator> }) {
  const indicator = getFragmentData(IndicatorDetails_indicator, props.indicator);
  const { language } = useLanguage();
  const t = publicStrings[language];
  const name = localized(language, indicator.nameSv, indicator.nameEn);
  const available = indicator.dividedBySex ? ALL_SEXES : (['TOTAL'] as const);
  const [chosen, setChosen] = useState<readonly Sex[]>(available);
  const sexes = available.filter((sex) => chosen.includes(sex));
  const rows = seriesRows(indicator.series);
  const unitLabel = t.units[indicator.unit];
  const summaryId = useId();
  const tableId = useId();
  const summary = summarySentence(rows, sexes, indicator.unit, indicator.decimals, language, t);
  const targets = indicator.targets.filter((target) => sexes.includes(target.sex));
  const csv = seriesCsv(rows, sexes, { name: name.text, unit: indicator.unit, decimals: indicator.decimals }, language, t, targets);
  const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\ufeff${csv}`)}`;
  const fileName = csvFileName(name.text);
  const baseline = typeof indicator.baselineValue === 'number' && indicator.baselinePeriod ? { period: indicator.baselinePeriod, value: indicator.baselineValue } : null;
  const hasSuppressed = rows.some((row) => sexes.some((sex) => row.cells[sex]?.status === 'SUPPRESSED'));
  const hasPreliminary = rows.some((row) => sexes.some((sex) => row.cells[sex]?.status === 'PRELIMINARY'));
  const lastUpdated = [indicator.updatedAt, ...indicator.series.map((m) => m.updatedAt)].sort().at(-1) ?? indicator.updatedAt;
  const demo = demoSources(indicator.series);
  const footnotes = [...new Set(indicator.series.map((m) => m.footnote?.trim()).filter((f): f is string => !!f))];
  const code = indicator.municipality.code;
  const openBase = `/open/v1/${encodeURIComponent(code)}/indicators/${encodeURIComponent(indicator.id)}`;
  const koladaId = indicator.sourceKind === 'KOLADA' ? indicator.sourceReference : null;

  const toggle = (sex: Sex) =>
    setChosen((current) => {
      if (current.includes(sex)) return current.length > 1 ? current.filter((s) => s !== sex) : current;
      return [...current, sex];
    });

  return (
    <article className="indicator-page" aria-labelledby="indicator-heading">
      <p className="eyebrow">{t.indicator}</p>
      <h1 id="indicator-heading" lang={name.lang}>
        {name.text}
      </h1>
      <p className="lead indicator-page__summary" id={summaryId}>
        {summary}
      </p>

      {indicator.dividedBySex && (
        <fieldset className="sex-choice">
          <legend>{t.showSexes}</legend>
          {available.map((sex) => (
            <label key={sex} className="checkbox">
              <input type="checkbox" checked={sexes.includes(sex)} onChange={() => toggle(sex)} disabled={sexes.length === 1 && sexes.includes(sex)} />
              <Swatch sex={sex} />
              {t.sexes[sex]}
            </label>
          ))}
        </fieldset>
      )}

      {rows.length === 0 ? (
        <p className="status status--empty">{t.noValues}</p>
      ) : (
        <>
          <section className="indicator-page__chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{t.chartHeading}</h2>
            <TrendChart
              rows={rows}
              sexes={sexes}
              unit={indicator.unit}
              decimals={indicator.decimals}
              language={language}
              targets={targets}
              baseline={baseline}
              label={`${t.chartLabel(name.text)}. ${summary}`}
              describedBy={tableId}
              t={t}
            />
            <ul className="legend" aria-label={t.legend}>
              {sexes.map((sex) => (
                <li key={sex}>
                  <Swatch sex={sex} /> {t.sexes[sex]}
                </li>
              ))}
              {hasPreliminary && (
                <li>
                  <Swatch sex={sexes[0]!} hollow /> {t.preliminary}
                </li>
              )}
              {hasSuppressed && (
                <li>
                  <span className="legend__dash" aria-hidden="true">
                    –
                  </span>{' '}
                  {t.suppressed}: {t.suppressedReason}
                </li>
              )}
              {targets.length > 0 && (
                <li>
                  <svg className="swatch" width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
                    <polygon points="22,2 28,8 22,14 16,8" fill="#fff" stroke="#3d3d3d" strokeWidth="2" />
                  </svg>{' '}
                  {targets
                    .map(
                      (target) =>
                        `${t.target} ${periodText(target.period, language)} (${t.sexesLower[target.sex]}): ${formatIndicatorValue(target.value, indicator.unit, indicator.decimals, language)}`,
                    )
                    .join('; ')}
                </li>
              )}
              {baseline && (
                <li>
                  <svg className="swatch" width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
                    <line x1="2" y1="8" x2="42" y2="8" stroke="#5c5c5c" strokeWidth="2" strokeDasharray="1 4" />
                  </svg>{' '}
                  {t.baselineLine(periodText(baseline.period, language), formatIndicatorValue(baseline.value, indicator.unit, indicator.decimals, language))}
                </li>
              )}
            </ul>
          </section>

          <section className="indicator-page__table" aria-labelledby="table-heading">
            <h2 id="table-heading">{t.tableHeading}</h2>
            <div className="table-scroll" role="region" aria-labelledby={`${tableId}-caption`} tabIndex={0}>
              <table className="values values--series" id={tableId}>
                <caption id={`${tableId}-caption`}>{t.tableCaption(name.text, unitLabel)}</caption>
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
                  {rows.map((row) => (
                    <tr key={row.period}>
                      <th scope="row">{periodText(row.period, language)}</th>
                      {sexes.map((sex) => {
                        const cell = formatCell(row.cells[sex], indicator.unit, indicator.decimals, language, t);
                        return (
                          <td key={sex} data-sex={sex} className={`values__cell values__cell--${cell.kind}`}>
                            <span className="values__number">{cell.text}</span>
                            {cell.note && <span className="values__note"> ({cell.note})</span>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                  {targetRows(targets).map((target) => (
                    <tr key={`target-${target.period}`} className="values__target">
                      <th scope="row">
                        {t.target} {periodText(target.period, language)}
                      </th>
                      {sexes.map((sex) => {
                        const value = target.values[sex];
                        return (
                          <td key={sex} data-sex={sex}>
                            <span className="values__number">{typeof value === 'number' ? formatIndicatorValue(value, indicator.unit, indicator.decimals, language) : '–'}</span>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {hasSuppressed && (
              <p className="note">
                – {t.suppressed}: {t.suppressedReason}
              </p>
            )}
            <p className="download">
              <a className="button" href={csvHref} download={fileName}>
                {t.downloadCsv(sexes.map((sex) => t.sexesLower[sex]).join(', '))}
              </a>
            </p>
          </section>
        </>
      )}

      <IndicatorComparison indicator={indicator} />

      <section className="indicator-page__about" aria-labelledby="about-heading">
        <h2 id="about-heading">{t.about}</h2>
        <dl className="facts facts--stacked">
          {indicator.definition && (
            <div className="facts__item">
              <dt>{t.definition}</dt>
              <dd lang="sv">{indicator.definition}</dd>
            </div>
          )}
          <div className="facts__item">
            <dt>{t.unit}</dt>
            <dd>{unitLabel}</dd>
          </div>
          <div className="facts__item">
            <dt>{t.direction}</dt>
            <dd>{t.directions[indicator.direction]}</dd>
          </div>
          <div className="facts__item">
            <dt>{t.source}</dt>
            <dd>
              {indicator.source ? <span lang="sv">{indicator.source}</span> : t.sourceKinds[indicator.sourceKind]}
              {koladaId && (
                <>
                  {' '}
                  ({t.koladaId}{' '}
                  <a href={`https://www.kolada.se/verktyg/fri-sokning/?kpis=${encodeURIComponent(koladaId)}&municipals=${encodeURIComponent(code)}`} rel="external">
                    {t.koladaLink(koladaId)}
                  </a>
                  )
                </>
              )}
              {!koladaId && indicator.sourceReference && <> ({indicator.sourceReference})</>}
            </dd>
          </div>
          <div className="facts__item">
            <dt>{t.implementationBy}</dt>
            <dd lang="sv">{responsible(indicator.responsibleImplementationUnit, indicator.responsibleImplementationRole)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t.followUpBy}</dt>
            <dd lang="sv">{responsible(indicator.responsibleFollowUpUnit, indicator.responsibleFollowUpRole)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t.lastUpdated}</dt>
            <dd>
              <time dateTime={lastUpdated}>{formatDate(lastUpdated, language)}</time>
            </dd>
          </div>
          {footnotes.map((footnote) => (
            <div className="facts__item" key={footnote}>
              <dt>{t.footnote}</dt>
              <dd lang="sv">{footnote}</dd>
            </div>
          ))}
        </dl>
        {demo.map((note) => (
          <p key={note} className="notice notice--demo">
            <strong className="notice__label">{t.demoData}:</strong> <span lang="sv">{withoutDemoLabel(note)}</span>
          </p>
        ))}
      </section>

      <section className="indicator-page__open-data no-print" aria-labelledby="open-data-heading">
        <h2 id="open-data-heading">{t.openDataLinks}</h2>
        <ul>
          <li>
            <a href={openBase}>{t.openDataMeta}</a>
          </li>
          <li>
            <a href={`${openBase}/values.csv`}>{t.openDataCsv}</a>
          </li>
          <li>
            <a href={`${openBase}/values.json`}>{t.openDataJson}</a>
          </li>
        </ul>
      </section>
    </article>
  );
}
