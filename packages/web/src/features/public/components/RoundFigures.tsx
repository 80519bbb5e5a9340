import type { Language } from '../../../app/language';
import type { IndicatorUnit, ProgressStatus } from '../../../gql/graphql';
import { statusLabel } from '../progress';
import { roundReportStrings } from '../roundReportStrings';
import { formatIndicatorValue } from '../series';

export interface SexFigures {
  status: ProgressStatus;
  value?: number | null;
  valuePeriod?: string | null;
  target?: number | null;
  targetPeriod?: string | null;
  preliminary: boolean;
}

export interface FigureIndicator {
  id: string;
  nameSv: string;
  nameEn?: string | null;
  unit: IndicatorUnit;
  decimals: number;
  dividedBySex: boolean;
  progress: { status: ProgressStatus; total: SexFigures; women?: SexFigures | null; men?: SexFigures | null };
}

/** A status as a symbol and a word, never colour alone. */
export function ProgressBadge({ status, language }: { status: ProgressStatus; language: Language }) {
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

/** The indicators of a goal for the round's period: women, men and total, the target, the status. */
export function RoundFigures({ caption, indicators, language, captionId }: { caption: string; captionId: string; indicators: readonly FigureIndicator[]; language: Language }) {
  const f = roundReportStrings[language];
  const cell = (indicator: FigureIndicator, sex: SexFigures | null | undefined) => {
    if (!sex || sex.value === null || sex.value === undefined) return '–';
    const value = formatIndicatorValue(sex.value, indicator.unit as never, indicator.decimals, language);
    return `${f.valueOf(value, sex.valuePeriod ?? null)}${sex.preliminary ? `, ${f.preliminary}` : ''}`;
  };
  const target = (indicator: FigureIndicator) => {
    const t = indicator.progress.total;
    if (t.target === null || t.target === undefined) return '–';
    return f.valueOf(formatIndicatorValue(t.target, indicator.unit as never, indicator.decimals, language), t.targetPeriod ?? null);
  };
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="values overview-table fu-figures">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{f.indicator}</th>
            <th scope="col">{f.women}</th>
            <th scope="col">{f.men}</th>
            <th scope="col">{f.total}</th>
            <th scope="col">{f.target}</th>
            <th scope="col">{f.status}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">{language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.nameSv}</th>
              <td>{indicator.dividedBySex ? cell(indicator, indicator.progress.women) : '–'}</td>
              <td>{indicator.dividedBySex ? cell(indicator, indicator.progress.men) : '–'}</td>
              <td>{cell(indicator, indicator.progress.total)}</td>
              <td>{target(indicator)}</td>
              <td>
                <ProgressBadge status={indicator.progress.status} language={language} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
