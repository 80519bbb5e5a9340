import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { fromGlobalId } from './global-id';
import { Node } from './node';
import type { Loaders } from '../loaders';

/** Which loader fetches each type by id; a type not listed here cannot be fetched through node(). */
const LOADER_BY_TYPE: Record<string, keyof Loaders> = {
  Municipality: 'MunicipalityByIdLoader',
  SteeringDocument: 'SteeringDocumentByIdLoader',
  FocusArea: 'FocusAreaByIdLoader',
  Goal: 'GoalByIdLoader',
  Indicator: 'IndicatorByIdLoader',
  Measurement: 'MeasurementByIdLoader',
};

async function loadNode(globalId: string, ctx: Context): Promise<Node | null> {
  const parsed = fromGlobalId(globalId);
  const loaderName = parsed && LOADER_BY_TYPE[parsed.type];
  if (!parsed || !loaderName) return null;
  const loader = ctx.loaders[loaderName] as { load(id: string): Promise<Node | null> };
  return loader.load(parsed.id);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return loadNode(id, ctx);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by global ids, in the same order; null where none.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return Promise.all(ids.map((id) => loadNode(id, ctx)));
  }
}
