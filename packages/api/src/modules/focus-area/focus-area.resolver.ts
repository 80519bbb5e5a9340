import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { Goal } from '../goal/goal.entity';
import { Municipality } from '../municipality/municipality.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { CreateFocusAreaInput, FocusAreaWhereInput, UpdateFocusAreaInput } from './dto/focus-area.input';
import { FocusArea } from './focus-area.entity';

const FocusAreaConnection = Connection(FocusArea, 'FocusArea');
const FocusAreaPayload = Payload(FocusArea, 'focusArea');

@Resolver(() => FocusArea)
export class FocusAreaResolver {
  @Query(() => FocusAreaConnection, { description: 'Focus areas (målområden), in their order (sortOrder).' })
  focusAreas(@Args() args: ConnectionArgs, @Arg('where', () => FocusAreaWhereInput, { nullable: true }) where: FocusAreaWhereInput | undefined, @Ctx() ctx: Context) {
    return ctx.services.focusArea.list(args, where);
  }

  @PayloadMutation(() => FocusAreaPayload, { description: 'Adds a focus area to a steering document; after the last one unless sortOrder is given.' })
  createFocusArea(@Arg('input') input: CreateFocusAreaInput, @Ctx() ctx: Context) {
    return ctx.services.focusArea.create(input);
  }

  @PayloadMutation(() => FocusAreaPayload)
  updateFocusArea(@Arg('input') input: UpdateFocusAreaInput, @Ctx() ctx: Context) {
    return ctx.services.focusArea.update(input);
  }

  @PayloadMutation(() => FocusAreaPayload, { description: 'Archives the focus area; goals keep referring to it.' })
  archiveFocusArea(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.focusArea.archiveFocusArea(input);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() area: FocusArea, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(area.municipalityId);
  }

  @FieldResolver(() => SteeringDocument)
  steeringDocument(@Root() area: FocusArea, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentByIdLoader.load(area.steeringDocumentId);
  }

  @FieldResolver(() => [Goal], { description: 'The committee goals (nämndmål) in this area; sub-goals hang under them.' })
  goals(@Root() area: FocusArea, @Ctx() ctx: Context) {
    return ctx.loaders.CommitteeGoalsByFocusAreaIdLoader.load(area.id);
  }
}
