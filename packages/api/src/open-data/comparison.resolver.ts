import { parsePeriod, periodEnd, periodStart } from '@inkludera/shared';
import { Arg, Ctx, Field, Float, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Sex } from '../graphql/enums';
import { UserInputError } from '../graphql/errors';
import { Indicator } from '../modules/indicator/indicator.entity';
import type { ComparisonRow, OpenDataComparison } from './comparison';

@ObjectType('ComparisonValue', { description: 'A published value of the same shared indicator in another municipality, or Kolada’s national value (municipality 0000).' })
export class ComparisonValue {
  @Field({ description: 'Municipality code; 0000 for Kolada’s value for the whole country.' })
  municipalityCode!: string;

  @Field()
  municipalityName!: string;

  @Field(() => String, { nullable: true, description: 'The indicator’s id in that municipality; null for Kolada’s national value.' })
  indicatorId!: string | null;

  @Field({ description: 'SDMX period notation.' })
  period!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => Float, { nullable: true, description: 'Null when suppressed (small count) or missing.' })
  value!: number | null;

  @Field({ description: 'FINAL or SUPPRESSED as published; Kolada’s status for KOLADA values.' })
  status!: string;

  @Field({ description: 'INKLUDERA (published by that municipality here) or KOLADA (imported).' })
  source!: string;
}

const loaders = new WeakMap<Context, ReturnType<OpenDataComparison['loader']>>();

function bound(text: string | undefined, end: 'from' | 'to'): string | null {
  if (text === undefined) return null;
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new UserInputError(`${end}: ${parsed.message}`, end);
  return end === 'from' ? periodStart(parsed.period) : periodEnd(parsed.period);
}

/** Comparison across municipalities on the indicator (issue 14); the data is public as published. */
@Resolver(() => Indicator)
export class IndicatorComparisonResolver {
  @FieldResolver(() => [ComparisonValue], {
    description:
      'The same shared indicator (Kolada KPI id) in the other municipalities of this installation, as published in open data (small counts suppressed), and Kolada’s national value where imported; in municipality and period order.',
  })
  async comparison(
    @Root() indicator: Indicator,
    @Arg('from', () => String, { nullable: true, description: 'First period, included.' }) from: string | undefined,
    @Arg('to', () => String, { nullable: true, description: 'Last period, included.' }) to: string | undefined,
    @Arg('sex', () => Sex, { nullable: true }) sex: Sex | undefined,
    @Ctx() ctx: Context,
  ): Promise<ComparisonRow[]> {
    const fromStart = bound(from ?? undefined, 'from');
    const toEnd = bound(to ?? undefined, 'to');
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = ctx.services.openDataComparison.loader();
      loaders.set(ctx, loader);
    }
    const rows = await loader.load(indicator.id);
    return rows.filter((row) => (!fromStart || row.periodStart >= fromStart) && (!toEnd || row.periodStart <= toEnd) && (!sex || row.sex === (sex as string)));
  }
}
