import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { fromGlobalId } from './global-id';
import { Node } from './node';

async function loadNode(globalId: string, ctx: Context): Promise<Node | null> {
  const parsed = fromGlobalId(globalId);
  if (!parsed) return null;
  // Every type that node() can fetch has a loader named <Type>ByIdLoader.
  const loader = (ctx.loaders as Record<string, unknown>)[`${parsed.type}ByIdLoader`] as { load(id: string): Promise<Node | null> } | undefined;
  return loader ? loader.load(parsed.id) : null;
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
