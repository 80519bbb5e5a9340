import type { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric comes back as a string (it can exceed a double); we use JS numbers. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
