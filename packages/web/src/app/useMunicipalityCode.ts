import { useParams } from 'react-router';

/**
 * The municipality code of the page, when it is one of a municipality's pages; null elsewhere (and
 * outside a router, e.g. in unit tests), where shared components render names without links.
 */
export function useMunicipalityCode(): string | null {
  try {
    return useParams().code ?? null;
  } catch {
    return null;
  }
}
