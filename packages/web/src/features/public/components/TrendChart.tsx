import { useEffect, useRef, useState } from 'react';
import type { Sex } from '@inkludera/shared';
import type { Language } from '../../../app/language';
import { periodText, type Unit } from '../../strategy/measurements';
import { formatIndicatorValue, formatPlain, sortPeriods, type SeriesRow } from '../series';
import type { PublicStrings } from '../strings';

/** How each sex is drawn: colour, dash and marker, so that no one needs the colour to tell them apart. */
export const SEX_STYLE: Record<Sex, { color: string; dash: string | undefined; marker: 'circle' | 'square' | 'triangle' }> = {
  WOMEN: { color: '#8a1c7c', dash: undefined, marker: 'circle' },
  MEN: { color: '#0b4f8a', dash: '8 5', marker: 'square' },
  TOTAL: { color: '#3d3d3d', dash: '2 4', marker: 'triangle' },
};

export function Marker({ sex, x, y, hollow = false, size = 5 }: { sex: Sex; x: number; y: number; hollow?: boolean; size?: number }) {
  const { color, marker } = SEX_STYLE[sex];
  const common = { fill: hollow ? '#ffffff' : color, stroke: color, strokeWidth: 2 };
  if (marker === 'circle') return <circle cx={x} cy={y} r={size} {...common} />;
  if (marker === 'square') return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...common} />;
  const h = size * 1.2;
  return <polygon points={`${x},${y - h} ${x + h},${y + h * 0.8} ${x - h},${y + h * 0.8}`} {...common} />;
}

/** A sample of the line and marker of a sex, for the legend. */
export function Swatch({ sex, hollow = false }: { sex: Sex; hollow?: boolean }) {
  const { color, dash } = SEX_STYLE[sex];
  return (
    <svg className="swatch" width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
      <line x1="2" y1="8" x2="42" y2="8" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
      <Marker sex={sex} x={22} y={8} hollow={hollow} size={4.5} />
    </svg>
  );
}

/** A round step for four intervals that reach above `value`: 15 → 5 (0, 5, …, 20), 58 → 20 (… 80). */
export function niceStep(value: number, unit: Unit): number {
  if (value <= 0) return 0.25;
  if (unit === 'PERCENT' && value > 75) return 25;
  const raw = (value * 1.05) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= raw) return step * magnitude;
  return 10 * magnitude;
}

/** The width the chart has, following the layout (so that text stays readable on a phone). */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(Math.max(260, Math.round(el.getBoundingClientRect().width)));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export interface ChartProps {
  rows: readonly SeriesRow[];
  sexes: readonly Sex[];
  unit: Unit;
  decimals: number;
  language: Language;
  targets: ReadonlyArray<{ period: string; sex: Sex; value: number }>;
  baseline: { period: string; value: number } | null;
  label: string;
  describedBy?: string;
  t: Pick<PublicStrings, 'target' | 'baseline' | 'suppressed'>;
}

/**
 * The series as lines, one per sex shown: each with its own dash and marker as well as colour.
 * Preliminary values have hollow markers; a suppressed value breaks the line and is marked "–" on
 * the axis; targets are diamonds at their period, the baseline a thin line across. The SVG is one
 * image with a label; the table beside it carries the same numbers for assistive technology.
 */
export function TrendChart({ rows, sexes, unit, language, targets, baseline, label, describedBy, t }: ChartProps) {
  const [ref, width] = useWidth(720);
  const height = width < 480 ? 260 : 320;
  const font = 13;
  const margin = { top: 16, right: 20, bottom: 40, left: width < 480 ? 44 : 56 };
  const shownTargets = targets.filter((target) => sexes.includes(target.sex));
  const periods = sortPeriods([...rows.map((r) => r.period), ...shownTargets.map((target) => target.period)]);
  const values: number[] = [];
  for (const row of rows)
    for (const sex of sexes) {
      const v = row.cells[sex]?.value;
      if (typeof v === 'number' && row.cells[sex]?.status !== 'SUPPRESSED') values.push(v);
    }
  values.push(...shownTargets.map((target) => target.value));
  if (baseline) values.push(baseline.value);
  const step = niceStep(Math.max(0, ...values), unit);
  const max = step * 4;
  const min = Math.min(0, ...values);
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const x = (period: string) => {
    const i = periods.indexOf(period);
    return margin.left + (periods.length <= 1 ? plotW / 2 : (i / (periods.length - 1)) * plotW);
  };
  const y = (value: number) => margin.top + plotH - ((value - min) / (max - min || 1)) * plotH;
  const ticks = Array.from({ length: 5 }, (_, i) => min + ((max - min) * i) / 4);
  const labelEvery = Math.max(1, Math.ceil((periods.length * 44) / plotW));
  const tickDecimals = step % 1 === 0 ? 0 : step % 0.5 === 0 ? 1 : 2;
  const tickText = (v: number) => (unit === 'PERCENT' ? formatIndicatorValue(v, unit, tickDecimals, language) : formatPlain(v, tickDecimals, language));

  return (
    <div className="chart" ref={ref}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} aria-describedby={describedBy} focusable="false" className="chart__svg">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={margin.left} x2={width - margin.right} y1={y(v)} y2={y(v)} stroke="#d5d9e0" strokeWidth="1" />
            <text x={margin.left - 6} y={y(v)} dy="0.35em" textAnchor="end" fontSize={font} fill="#3d3d3d">
              {tickText(v)}
            </text>
          </g>
        ))}
        <line x1={margin.left} x2={width - margin.right} y1={y(min)} y2={y(min)} stroke="#3d3d3d" strokeWidth="1.5" />
        {periods.map((period, i) =>
          i % labelEvery === 0 || i === periods.length - 1 ? (
            <text key={period} x={x(period)} y={height - margin.bottom + 20} textAnchor="middle" fontSize={font} fill="#3d3d3d">
              {periodText(period, language)}
            </text>
          ) : null,
        )}
        {baseline && (
          <g className="chart__baseline">
            <line x1={margin.left} x2={width - margin.right} y1={y(baseline.value)} y2={y(baseline.value)} stroke="#5c5c5c" strokeWidth="1.5" strokeDasharray="1 4" />
            <text x={width - margin.right} y={y(baseline.value) - 6} textAnchor="end" fontSize={font - 1} fill="#3d3d3d">
              {t.baseline}
            </text>
          </g>
        )}
        {sexes.map((sex) => {
          const style = SEX_STYLE[sex];
          // Lines break where a value is suppressed or missing.
          const segments: string[][] = [];
          let current: string[] = [];
          for (const row of rows) {
            const p = row.cells[sex];
            if (p && p.status !== 'SUPPRESSED' && typeof p.value === 'number') current.push(`${x(row.period)},${y(p.value)}`);
            else if (current.length) {
              segments.push(current);
              current = [];
            }
          }
          if (current.length) segments.push(current);
          return (
            <g key={sex} data-sex={sex}>
              {segments.map((segment, i) => (
                <polyline key={i} points={segment.join(' ')} fill="none" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash} />
              ))}
              {rows.map((row) => {
                const p = row.cells[sex];
                if (!p) return null;
                if (p.status === 'SUPPRESSED' || typeof p.value !== 'number') {
                  return p.status === 'SUPPRESSED' ? (
                    <text key={row.period} x={x(row.period)} y={y(min) - 6} textAnchor="middle" fontSize={font + 3} fontWeight="700" fill={style.color}>
                      –
                    </text>
                  ) : null;
                }
                return <Marker key={row.period} sex={sex} x={x(row.period)} y={y(p.value)} hollow={p.status === 'PRELIMINARY'} />;
              })}
            </g>
          );
        })}
        {shownTargets.map((target) => {
          const cx = x(target.period);
          const cy = y(target.value);
          const r = 5.5;
          return (
            <g key={`${target.period}-${target.sex}`} className="chart__target" data-target={target.sex}>
              <polygon
                points={`${cx},${cy - r * 1.6} ${cx + r * 1.6},${cy} ${cx},${cy + r * 1.6} ${cx - r * 1.6},${cy}`}
                fill="#ffffff"
                stroke={SEX_STYLE[target.sex].color}
                strokeWidth="2"
              />
              <Marker sex={target.sex} x={cx} y={cy} size={3.5} />
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** A small trend without axes, for cards: decorative, the text beside it says the same. */
export function Sparkline({ values }: { values: ReadonlyArray<number | null> }) {
  const w = 96;
  const h = 28;
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return null;
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  const points = values
    .map((v, i) => (v === null ? null : `${(i / (values.length - 1)) * (w - 6) + 3},${h - 3 - ((v - lo) / (hi - lo || 1)) * (h - 6)}`))
    .filter(Boolean)
    .join(' ');
  const last = points.split(' ').at(-1)!.split(',');
  return (
    <svg className="sparkline" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      <polyline points={points} fill="none" stroke="#0b4f8a" strokeWidth="2" />
      <circle cx={last[0]} cy={last[1]} r="3" fill="#0b4f8a" />
    </svg>
  );
}
