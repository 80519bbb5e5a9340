import { useEffect } from 'react';

/** The site's name, last in every page title. */
export const SITE_NAME = 'Inkludera';

/** "Indikator – Tranemo kommun – Inkludera": the most specific part first. */
export function pageTitle(parts: ReadonlyArray<string | null | undefined>): string {
  return [...parts.filter((part): part is string => !!part && part.trim() !== ''), SITE_NAME].join(' – ');
}

/** Sets the page title; every view calls this, so the format lives here only. */
export function usePageTitle(...parts: Array<string | null | undefined>): void {
  const title = pageTitle(parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
