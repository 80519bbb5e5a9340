import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { localized, useLanguage } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { periodText } from '../../strategy/measurements';
import { formatIndicatorValue, seriesRows } from '../series';
import { publicStrings } from '../strings';
import { Sparkline } from './TrendChart';

export const IndicatorTrend_indicator = graphql(`
  fragment IndicatorTrend_indicator on Indicator {
    id
    nameSv
    nameEn
    unit
    decimals
    series(sex: TOTAL) {
      id
      period
      sex
      value
      status
    }
  }
`);

/** An indicator on a card: its name as a link, a small trend of the total, and first and last value in words. */
export function IndicatorTrend(props: { indicator: FragmentType<typeof IndicatorTrend_indicator>; code: string }) {
  const indicator = getFragmentData(IndicatorTrend_indicator, props.indicator);
  const { language } = useLanguage();
  const t = publicStrings[language];
  const name = localized(language, indicator.nameSv, indicator.nameEn);
  const rows = seriesRows(indicator.series);
  const values = rows.map((row) => {
    const p = row.cells.TOTAL;
    return p && p.status !== 'SUPPRESSED' && typeof p.value === 'number' ? p.value : null;
  });
  const firstIndex = values.findIndex((v) => v !== null);
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  const text =
    firstIndex < 0
      ? t.noTrend
      : t.trendText(
          periodText(rows[firstIndex]!.period, language),
          formatIndicatorValue(values[firstIndex]!, indicator.unit, indicator.decimals, language),
          periodText(rows[lastIndex]!.period, language),
          formatIndicatorValue(values[lastIndex]!, indicator.unit, indicator.decimals, language),
        );
  return (
    <div className="trend">
      <LocalLink className="trend__name" to={paths.indicator(props.code, indicator.id)} lang={name.lang}>
        {name.text}
      </LocalLink>
      <div className="trend__data">
        <Sparkline values={values} />
        <span className="trend__text">
          {t.sexes.TOTAL}: {text}
        </span>
      </div>
    </div>
  );
}
