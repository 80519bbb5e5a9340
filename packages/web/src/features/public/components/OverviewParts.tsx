import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { GenderEqualFulfilment, GapTrend, ProgressStatus, IndicatorUnit } from '../../../gql/graphql';
import { localized, useLanguage, type Language } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { combinedGapTrend, gapTrendLabel, genderEqualLabel, statusLabel } from '../progress';
import { formatIndicatorValue } from '../series';
import { publicStrings } from '../strings';

export const OverviewRollUp_progress = graphql(`
  fragment OverviewRollUp_progress on RolledUpProgress {
    status
    genderEqual
    ruleTextSv
    ruleTextEn
    counts {
      status
      count
    }
  }
`);

export const OverviewGoal_goal = graphql(`
  fragment OverviewGoal_goal on Goal {
    id
    title
    progress(period: $period) {
      status
      genderEqual
    }
    indicators {
      id
      nameSv
      nameEn
      unit
      decimals
      dividedBySex
      progress(period: $period) {
        status
        genderEqual
        gap {
          trend
        }
        total {
          ...OverviewSex_progress
        }
        women {
          ...OverviewSex_progress
        }
        men {
          ...OverviewSex_progress
        }
      }
    }
  }
`);

export const OverviewSex_progress = graphql(`
  fragment OverviewSex_progress on SexProgress {
    status
    value
    valuePeriod
    target
    targetPeriod
  }
`);

/** A status as a symbol and a word (never colour alone); the colour only repeats it. */
export function StatusBadge({ status, language }: { status: ProgressStatus; language: Language }) {
  const label = statusLabel(status, language);
  return (
    <span className={`status-badge status-badge--${status.toLowerCase().replace('_', '-')}`} data-status={status}>
      <span className="status-badge__symbol" aria-hidden="true">
        {label.symbol}
      </span>{' '}
      {label.word}
    </span>
  );
}

export function GenderEqualBadge({ value, language }: { value: GenderEqualFulfilment; language: Language }) {
  const label = genderEqualLabel(value, language);
  return (
    <span className="status-badge" data-gender-equal={value}>
      <span className="status-badge__symbol" aria-hidden="true">
        {label.symbol}
      </span>{' '}
      {label.word}
    </span>
  );
}

export function GapTrendBadge({ value, language }: { value: GapTrend; language: Language }) {
  const label = gapTrendLabel(value, language);
  return (
    <span className="status-badge" data-gap-trend={value}>
      <span className="status-badge__symbol" aria-hidden="true">
        {label.symbol}
      </span>{' '}
      {label.word}
    </span>
  );
}

/** The rolled-up status with the rule in plain words and the spread of its parts. */
export function RollUp({ progress: ref, partsLabel, showRule = false }: { progress: FragmentType<typeof OverviewRollUp_progress>; partsLabel: string; showRule?: boolean }) {
  const progress = getFragmentData(OverviewRollUp_progress, ref);
  const { language } = useLanguage();
  const t = publicStrings[language];
  const counts = progress.counts.filter((c) => c.count > 0);
  return (
    <dl className="rollup">
      <div>
        <dt>{t.overviewStatus}</dt>
        <dd>
          <StatusBadge status={progress.status} language={language} />
        </dd>
      </div>
      <div>
        <dt>{t.overviewGenderEqual}</dt>
        <dd>
          <GenderEqualBadge value={progress.genderEqual} language={language} />
        </dd>
      </div>
      {counts.length > 0 && (
        <div>
          <dt>{partsLabel}</dt>
          <dd>{counts.map((c) => `${statusLabel(c.status, language).word}: ${c.count}`).join(', ')}</dd>
        </div>
      )}
      {showRule && (
        <div>
          <dt>{t.overviewRule}</dt>
          <dd>{language === 'sv' ? progress.ruleTextSv : progress.ruleTextEn}</dd>
        </div>
      )}
    </dl>
  );
}

function sexCell(p: { value?: number | null; target?: number | null } | null | undefined, unit: IndicatorUnit, decimals: number, language: Language): string {
  if (!p) return '–';
  const value = typeof p.value === 'number' ? formatIndicatorValue(p.value, unit, decimals, language) : '–';
  const target = typeof p.target === 'number' ? formatIndicatorValue(p.target, unit, decimals, language) : '–';
  return `${value} / ${target}`;
}

/** A committee goal: status, gender-equal fulfilment, gap trend, then its indicators against the target. */
export function OverviewGoal({ goal: ref, code }: { goal: FragmentType<typeof OverviewGoal_goal>; code: string }) {
  const goal = getFragmentData(OverviewGoal_goal, ref);
  const { language } = useLanguage();
  const t = publicStrings[language];
  const indicators = goal.indicators.map((indicator) => ({
    ...indicator,
    sexes: {
      total: getFragmentData(OverviewSex_progress, indicator.progress.total),
      women: getFragmentData(OverviewSex_progress, indicator.progress.women),
      men: getFragmentData(OverviewSex_progress, indicator.progress.men),
    },
  }));
  const trend = combinedGapTrend(goal.indicators.flatMap((i) => (i.progress.gap ? [i.progress.gap.trend] : [])));
  const headingId = `goal-${goal.id}`;
  return (
    <article className="overview-goal" aria-labelledby={headingId}>
      <h3 id={headingId} lang="sv">
        <LocalLink to={paths.goal(code, goal.id)}>{goal.title}</LocalLink>
      </h3>
      <dl className="rollup">
        <div>
          <dt>{t.overviewStatus}</dt>
          <dd>
            <StatusBadge status={goal.progress.status} language={language} />
          </dd>
        </div>
        <div>
          <dt>{t.overviewGenderEqual}</dt>
          <dd>
            <GenderEqualBadge value={goal.progress.genderEqual} language={language} />
          </dd>
        </div>
        <div>
          <dt>{t.overviewGap}</dt>
          <dd>
            <GapTrendBadge value={trend} language={language} />
          </dd>
        </div>
      </dl>
      {indicators.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t.overviewIndicatorsCaption(goal.title)} tabIndex={0}>
          <table className="values overview-table">
            <caption>{t.overviewIndicatorsShort}</caption>
            <thead>
              <tr>
                <th scope="col">{t.indicator}</th>
                <th scope="col">{t.overviewStatus}</th>
                <th scope="col">{t.overviewValueTarget(t.sexes.WOMEN)}</th>
                <th scope="col">{t.overviewValueTarget(t.sexes.MEN)}</th>
                <th scope="col">{t.overviewValueTarget(t.sexes.TOTAL)}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => {
                const name = localized(language, indicator.nameSv, indicator.nameEn);
                return (
                  <tr key={indicator.id}>
                    <th scope="row" lang={name.lang}>
                      <LocalLink to={paths.indicator(code, indicator.id)}>{name.text}</LocalLink>
                    </th>
                    <td>
                      <StatusBadge status={indicator.progress.status} language={language} />
                    </td>
                    <td>{indicator.dividedBySex ? sexCell(indicator.sexes.women, indicator.unit, indicator.decimals, language) : '–'}</td>
                    <td>{indicator.dividedBySex ? sexCell(indicator.sexes.men, indicator.unit, indicator.decimals, language) : '–'}</td>
                    <td>{sexCell(indicator.sexes.total, indicator.unit, indicator.decimals, language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
