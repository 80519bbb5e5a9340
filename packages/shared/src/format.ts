/** Number formatting for Swedish (decimal comma, narrow no-break space as thousands separator). */
export type Locale = 'sv' | 'en';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatNumber(value: number, decimals = 0, locale: Locale = 'sv'): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** Formats a value of an indicator with its unit; percent gets " %" in Swedish style. */
export function formatValue(value: number | null | undefined, unit: 'PERCENT' | 'COUNT' | 'RATIO' | 'CURRENCY' | 'INDEX' | 'OTHER', decimals = 0, locale: Locale = 'sv'): string {
  if (value === null || value === undefined) return '–';
  const number = formatNumber(value, decimals, locale);
  switch (unit) {
    case 'PERCENT':
      return `${number} %`;
    case 'CURRENCY':
      return `${number} kr`;
    default:
      return number;
  }
}

/** Counts the decimals written in a finite number, e.g. 12.50 → 1 (as a JS number), 1e-7 → 7. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return Infinity;
  const text = String(value);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) {
    const mantissa = text.split('e')[0] ?? '';
    const frac = mantissa.split('.')[1] ?? '';
    return Number(exp[1]) + frac.length;
  }
  return (text.split('.')[1] ?? '').length;
}
