import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { Indicator } from '../indicator/indicator.entity';
import { Municipality } from '../municipality/municipality.entity';
import { CreateTargetInput, TargetOrder, TargetWhereInput, UpdateTargetInput } from './dto/target.input';
import { Target } from './target.entity';

const TargetConnection = Connection(Target, 'Target');
const TargetPayload = Payload(Target, 'target');

@Resolver(() => Target)
export class TargetResolver {
  @Query(() => TargetConnection, { description: 'Targets (målvärden), in period order unless ordered otherwise.' })
  targets(
    @Args() args: ConnectionArgs,
    @Arg('where', () => TargetWhereInput, { nullable: true }) where: TargetWhereInput | undefined,
    @Arg('orderBy', () => TargetOrder, { nullable: true }) orderBy: InstanceType<typeof TargetOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.target.list(args, where, orderBy);
  }

  @PayloadMutation(() => TargetPayload)
  createTarget(@Arg('input') input: CreateTargetInput, @Ctx() ctx: Context) {
    return ctx.services.target.create(input);
  }

  @PayloadMutation(() => TargetPayload)
  updateTarget(@Arg('input') input: UpdateTargetInput, @Ctx() ctx: Context) {
    return ctx.services.target.update(input);
  }

  @PayloadMutation(() => TargetPayload, { description: 'Archives the target; it stays readable with includeArchived.' })
  archiveTarget(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.target.archiveTarget(input);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() target: Target, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(target.municipalityId);
  }

  @FieldResolver(() => Indicator)
  indicator(@Root() target: Target, @Ctx() ctx: Context) {
    return ctx.loaders.IndicatorByIdLoader.load(target.indicatorId);
  }
}
