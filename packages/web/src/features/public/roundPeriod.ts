import type { Language } from '../../app/language';

const MONTHS: Record<Language, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function monthName(month: number, language: Language): string {
  return MONTHS[language][month - 1] ?? String(month);
}

/**
 * A round's period in words: `2025-T2` "Tertial 2 2025", `2025-M08` "Januari–augusti 2025"
 * (a round for a month is an interim report from the start of the year), `2024` "Helår 2024".
 * The deprecated notations (2025T2, 2025-08, 2025H1) are read too.
 */
export function roundPeriodLabel(period: string, language: Language): string {
  const sv = language === 'sv';
  let match = /^(\d{4})$/.exec(period);
  if (match) return sv ? `Helår ${match[1]}` : `Full year ${match[1]}`;
  match = /^(\d{4})-?T(\d)$/.exec(period);
  if (match) return sv ? `Tertial ${match[2]} ${match[1]}` : `Tertial ${match[2]} ${match[1]}`;
  match = /^(\d{4})-?[SH](\d)$/.exec(period);
  if (match) return match[2] === '1' ? interim(Number(match[1]), 6, language) : sv ? `Halvår 2 ${match[1]}` : `Half 2 ${match[1]}`;
  match = /^(\d{4})-?Q(\d)$/.exec(period);
  if (match) return interim(Number(match[1]), Number(match[2]) * 3, language);
  match = /^(\d{4})-M?(\d{2})$/.exec(period);
  if (match) return interim(Number(match[1]), Number(match[2]), language);
  return period;
}

function interim(year: number, lastMonth: number, language: Language): string {
  const first = monthName(1, language);
  const from = language === 'sv' ? first.charAt(0).toUpperCase() + first.slice(1) : first;
  return `${from}–${monthName(lastMonth, language)} ${year}`;
}
