import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Goal, GoalLevel } from '../goal/goal.entity';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import {
  CreateSteeringDocumentInput,
  CreateSteeringDocumentVersionInput,
  SteeringDocumentOrder,
  SteeringDocumentWhereInput,
  UpdateSteeringDocumentInput,
} from './dto/steering-document.input';
import { SteeringDocumentVersion } from './steering-document-version.entity';
import { SteeringDocument } from './steering-document.entity';

const SteeringDocumentConnection = Connection(SteeringDocument, 'SteeringDocument');
const SteeringDocumentPayload = Payload(SteeringDocument, 'steeringDocument');

@Resolver(() => SteeringDocument)
export class SteeringDocumentResolver {
  @Query(() => SteeringDocumentConnection, { description: 'Steering documents (styrdokument), by title unless ordered otherwise.' })
  steeringDocuments(
    @Args() args: ConnectionArgs,
    @Arg('where', () => SteeringDocumentWhereInput, { nullable: true }) where: SteeringDocumentWhereInput | undefined,
    @Arg('orderBy', () => SteeringDocumentOrder, { nullable: true, description: 'DECISION_DATE puts documents without a decision date last (ASC) or first (DESC).' })
    orderBy: InstanceType<typeof SteeringDocumentOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.steeringDocument.list(args, where, orderBy);
  }

  @PayloadMutation(() => SteeringDocumentPayload, { description: 'Adds a steering document and writes it as version 1.' })
  createSteeringDocument(@Arg('input') input: CreateSteeringDocumentInput, @Ctx() ctx: Context) {
    return ctx.services.steeringDocument.create(input);
  }

  @PayloadMutation(() => SteeringDocumentPayload, { description: 'Changes metadata that is not part of a decided version (no new version).' })
  updateSteeringDocument(@Arg('input') input: UpdateSteeringDocumentInput, @Ctx() ctx: Context) {
    return ctx.services.steeringDocument.update(input);
  }

  @PayloadMutation(() => SteeringDocumentPayload, {
    description: 'Writes the next version of the document (e.g. a revision under a new registration number); earlier versions stay as they were.',
  })
  createSteeringDocumentVersion(@Arg('input') input: CreateSteeringDocumentVersionInput, @Ctx() ctx: Context) {
    return ctx.services.steeringDocument.createVersion(input);
  }

  @PayloadMutation(() => SteeringDocumentPayload, { description: 'Archives the document (status ARCHIVED); its versions, areas and goals stay readable.' })
  archiveSteeringDocument(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.steeringDocument.archiveDocument(input);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(document.municipalityId);
  }

  @FieldResolver(() => OrganisationUnit, { nullable: true, description: 'The unit that owns the document (dokumentansvarig).' })
  ownerUnit(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return document.ownerUnitId ? ctx.loaders.OrganisationUnitByIdLoader.load(document.ownerUnitId) : null;
  }

  @FieldResolver(() => [SteeringDocumentVersion], { description: 'Every version, oldest first; the last one is the current version.' })
  versions(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentVersionsBySteeringDocumentIdLoader.load(document.id);
  }

  @FieldResolver(() => [FocusArea], { description: 'Focus areas that are not archived, in their order.' })
  focusAreas(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return ctx.loaders.FocusAreasBySteeringDocumentIdLoader.load(document.id);
  }

  @FieldResolver(() => Goal, { nullable: true, description: 'The overall aim (övergripande mål) at the root of the goal tree.' })
  async overallAim(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    const goals = await ctx.loaders.GoalsBySteeringDocumentIdLoader.load(document.id);
    return goals.find((goal) => goal.level === GoalLevel.OVERALL_AIM && !goal.archivedAt) ?? null;
  }

  @FieldResolver(() => [Goal], {
    description: 'Every goal of the document that is not archived, at any level, as one flat list in goal order; rebuild the tree from each goal’s parent.',
  })
  async goals(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return (await ctx.loaders.GoalsBySteeringDocumentIdLoader.load(document.id)).filter((goal) => !goal.archivedAt);
  }
}

@Resolver(() => SteeringDocumentVersion)
export class SteeringDocumentVersionResolver {
  @FieldResolver(() => SteeringDocument)
  steeringDocument(@Root() version: SteeringDocumentVersion, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentByIdLoader.load(version.steeringDocumentId);
  }
}
