/**
 * The indicator editor's form: every field of the domain as the form holds it (text as typed),
 * from a stored indicator, to the mutation's input, and the payload's errors to the fields.
 */
import type { Language } from '../../app/language';
import type { CreateIndicatorInput, IndicatorDirection, IndicatorEditorFieldsFragment, IndicatorSourceKind, IndicatorUnit, PeriodType } from './gql/graphql';
import { formatInput, parseNumber } from './grid';

export interface IndicatorFormValues {
  nameSv: string;
  nameEn: string;
  definition: string;
  unit: IndicatorUnit;
  decimals: string;
  direction: IndicatorDirection;
  periodicity: PeriodType;
  dividedBySex: boolean;
  responsibleImplementationUnitId: string;
  responsibleImplementationRole: string;
  responsibleFollowUpUnitId: string;
  responsibleFollowUpRole: string;
  source: string;
  sourceKind: IndicatorSourceKind;
  sourceReference: string;
  baselinePeriod: string;
  baselineValue: string;
  licence: string;
  goalIds: string[];
  published: boolean;
  sensitive: boolean;
}

export type IndicatorField = keyof IndicatorFormValues;
export type IndicatorErrors = Partial<Record<IndicatorField | 'form', string>>;

/** The order of the fields on the page: the error summary follows it. */
export const FIELD_ORDER: readonly IndicatorField[] = [
  'nameSv',
  'nameEn',
  'definition',
  'unit',
  'decimals',
  'direction',
  'periodicity',
  'dividedBySex',
  'responsibleImplementationUnitId',
  'responsibleImplementationRole',
  'responsibleFollowUpUnitId',
  'responsibleFollowUpRole',
  'source',
  'sourceKind',
  'sourceReference',
  'baselinePeriod',
  'baselineValue',
  'licence',
  'goalIds',
  'published',
  'sensitive',
];

export const EMPTY_INDICATOR: IndicatorFormValues = {
  nameSv: '',
  nameEn: '',
  definition: '',
  unit: 'PERCENT',
  decimals: '1',
  direction: 'INCREASE',
  periodicity: 'YEAR',
  dividedBySex: true,
  responsibleImplementationUnitId: '',
  responsibleImplementationRole: '',
  responsibleFollowUpUnitId: '',
  responsibleFollowUpRole: '',
  source: '',
  sourceKind: 'MANUAL',
  sourceReference: '',
  baselinePeriod: '',
  baselineValue: '',
  licence: '',
  goalIds: [],
  published: false,
  sensitive: false,
};

export function valuesOf(indicator: IndicatorEditorFieldsFragment, language: Language): IndicatorFormValues {
  return {
    nameSv: indicator.nameSv,
    nameEn: indicator.nameEn ?? '',
    definition: indicator.definition ?? '',
    unit: indicator.unit,
    decimals: String(indicator.decimals),
    direction: indicator.direction,
    periodicity: indicator.periodicity,
    dividedBySex: indicator.dividedBySex,
    responsibleImplementationUnitId: indicator.responsibleImplementationUnit.id,
    responsibleImplementationRole: indicator.responsibleImplementationRole ?? '',
    responsibleFollowUpUnitId: indicator.responsibleFollowUpUnit.id,
    responsibleFollowUpRole: indicator.responsibleFollowUpRole ?? '',
    source: indicator.source ?? '',
    sourceKind: indicator.sourceKind,
    sourceReference: indicator.sourceReference ?? '',
    baselinePeriod: indicator.baselinePeriod ?? '',
    baselineValue: formatInput(indicator.baselineValue, language),
    licence: indicator.licence ?? '',
    goalIds: indicator.goals.map((goal) => goal.id),
    published: indicator.published,
    sensitive: indicator.sensitive,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The input of createIndicator (updateIndicator adds id and version), or the fields this side can
 * already refuse (a name, numbers). Responsibilities are left to the API, which names the field.
 */
export function inputOf(values: IndicatorFormValues, t: { nameRequired: string; numberRequired: string }): { input: CreateIndicatorInput } | { errors: IndicatorErrors } {
  const errors: IndicatorErrors = {};
  if (values.nameSv.trim() === '') errors.nameSv = t.nameRequired;
  const decimals = parseNumber(values.decimals);
  if (decimals === null || Number.isNaN(decimals) || !Number.isInteger(decimals)) errors.decimals = t.numberRequired;
  const baselineValue = parseNumber(values.baselineValue);
  if (baselineValue !== null && Number.isNaN(baselineValue)) errors.baselineValue = t.numberRequired;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      nameSv: values.nameSv.trim(),
      nameEn: orNull(values.nameEn),
      definition: orNull(values.definition),
      unit: values.unit,
      decimals: decimals!,
      direction: values.direction,
      periodicity: values.periodicity,
      dividedBySex: values.dividedBySex,
      responsibleImplementationUnitId: orNull(values.responsibleImplementationUnitId),
      responsibleImplementationRole: orNull(values.responsibleImplementationRole),
      responsibleFollowUpUnitId: orNull(values.responsibleFollowUpUnitId),
      responsibleFollowUpRole: orNull(values.responsibleFollowUpRole),
      source: orNull(values.source),
      sourceKind: values.sourceKind,
      sourceReference: orNull(values.sourceReference),
      baselinePeriod: orNull(values.baselinePeriod),
      baselineValue,
      licence: orNull(values.licence),
      goalIds: values.goalIds,
      published: values.published,
      sensitive: values.sensitive,
    },
  };
}

/** The payload's errors at the fields they name (an unknown field, or none, to the whole form). */
export function indicatorErrors(
  errors: ReadonlyArray<{ field?: string | null; code: string; message: string }>,
  translate: (error: { code: string; message: string }) => string = (error) => error.message,
): IndicatorErrors {
  const result: IndicatorErrors = {};
  for (const error of errors) {
    const field = error.field as IndicatorField | null | undefined;
    const key = field && (FIELD_ORDER as readonly string[]).includes(field) ? field : 'form';
    result[key] ??= translate(error);
  }
  return result;
}
