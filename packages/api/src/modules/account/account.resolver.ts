import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '../../access/actor';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadErrors, PayloadMutation } from '../../graphql/payload';
import { DomainError } from '../../graphql/user-error';
import { UseMiddleware } from 'type-graphql';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { ApiKey } from './api-key.entity';
import { AuditEntry } from './audit-entry.entity';
import {
  CallerKind,
  callerKindOf,
  ChangePasswordInput,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  CreateUserInput,
  CreateUserPayload,
  LoginInput,
  LoginPayload,
  LogoutPayload,
  RevokeApiKeyInput,
  revokeApiKeyId,
  UpdateUserInput,
} from './dto/account.input';
import { OPERATOR_ROLE, User, isStaffRole } from './user.entity';

const UserConnection = Connection(User, 'User');
const ApiKeyConnection = Connection(ApiKey, 'ApiKey');
const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');
const UserPayload = Payload(User, 'user');
const ApiKeyPayload = Payload(ApiKey, 'apiKey');

@ObjectType({ description: 'Who is calling.' })
export class Viewer {
  @Field(() => User, { nullable: true, description: 'The logged-in person; null for API keys and anonymous callers.' })
  user: User | null;

  @Field(() => Municipality, { nullable: true, description: 'The municipality the caller belongs to; null for anonymous callers and platform operators.' })
  municipality: Municipality | null;

  @Field(() => CallerKind, { description: 'Who is calling: anonymous, a user, a platform operator or an API key.' })
  callerKind: CallerKind;

  @Field(() => String, { description: 'ANONYMOUS, USER, OPERATOR or API_KEY, as a String.', deprecationReason: 'Use callerKind (the enum CallerKind): the same values.' })
  kind: string;
}

/** The municipality of an ADMIN's requests (the rule in access/policy.ts lets no one else through). */
function adminMunicipality(ctx: Context): string {
  const id = ctx.access.municipalityId;
  if (!id) throw DomainError.of('FORBIDDEN', 'Only an ADMIN of a municipality may do this.', null);
  return id;
}

@Resolver()
export class AccountResolver {
  @Query(() => Viewer, { description: 'Who is calling: the logged-in user and their municipality.' })
  async me(@Ctx() ctx: Context): Promise<Viewer> {
    const { actor } = ctx.access;
    const callerKind = callerKindOf(actor);
    const user = actor.kind === 'user' || actor.kind === 'operator' ? ((await ctx.services.account.findUsers([actor.userId]))[0] ?? null) : null;
    const municipality = ctx.access.municipalityId ? await ctx.loaders.MunicipalityByIdLoader.load(ctx.access.municipalityId) : null;
    return { user, municipality, callerKind, kind: callerKind };
  }

  @Query(() => UserConnection, { description: 'The users of your municipality (ADMIN).' })
  users(@Args() args: ConnectionArgs, @Arg('search', () => String, { nullable: true }) search: string | null, @Ctx() ctx: Context) {
    return ctx.services.account.listUsers(adminMunicipality(ctx), args, search);
  }

  @Query(() => ApiKeyConnection, { description: 'The API keys of your municipality, newest first is not promised: by creation time (ADMIN).' })
  apiKeys(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.services.account.listApiKeys(adminMunicipality(ctx), args);
  }

  @Query(() => AuditEntryConnection, { description: 'The audit log of your municipality, newest first (ADMIN; a platform operator sees every municipality).' })
  auditEntries(
    @Args() args: ConnectionArgs,
    @Arg('objectId', () => ID, { nullable: true, description: 'Only entries about this object.' }) objectId: string | null,
    @Arg('operation', () => String, { nullable: true, description: 'Only this mutation, e.g. updateIndicator.' }) operation: string | null,
    @Arg('actorId', () => ID, { nullable: true, description: 'Only entries of this user or API key (its global id).' }) actorId: string | null,
    @Arg('from', () => Date, { nullable: true, description: 'Only entries at or after this time.' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Only entries at or before this time.' }) to: Date | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.account.listAudit(ctx.access.municipalityId, args, { objectId, operation, actorId, from, to });
  }

  @Mutation(() => LoginPayload, {
    description: 'Logs in with email and password; the session is set as an httpOnly cookie. The same answer for an unknown email and a wrong password.',
  })
  @UseMiddleware(PayloadErrors)
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context) {
    const { token, expiresAt, user } = await ctx.services.account.login(input.email, input.password, ctx.clientAddress);
    ctx.sessionCookie.set(token, expiresAt);
    return { user, expiresAt };
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the session of the cookie sent, if any, and clears the cookie.' })
  async logout(@Ctx() ctx: Context) {
    const { actor } = ctx.access;
    ctx.sessionCookie.clear();
    if (actor.kind !== 'user' && actor.kind !== 'operator') return { loggedOut: false, errors: [] };
    await ctx.services.account.logout(actor.sessionId);
    return { loggedOut: true, errors: [] };
  }

  @PayloadMutation(() => UserPayload, { description: 'Changes your own password; your other sessions end.' })
  async changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: Context) {
    const { actor } = ctx.access;
    if (actor.kind !== 'user' && actor.kind !== 'operator') throw DomainError.of('FORBIDDEN', 'Log in first.', null);
    return { user: await ctx.services.account.changePassword(actor.userId, actor.sessionId, input.currentPassword, input.newPassword) };
  }

  @Mutation(() => CreateUserPayload, { description: 'Adds a user to your municipality (ADMIN). Without a password, one is made and returned once.' })
  @UseMiddleware(PayloadErrors)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context) {
    return ctx.services.account.createUser(adminMunicipality(ctx), input);
  }

  @PayloadMutation(() => UserPayload, { description: 'Changes a user of your municipality: name, role, units, disabled (ADMIN).' })
  updateUser(@Arg('input') input: UpdateUserInput, @Ctx() ctx: Context) {
    return ctx.services.account.updateUser(adminMunicipality(ctx), input);
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'Creates an API key for another municipal system (ADMIN). The key is in this answer only.' })
  @UseMiddleware(PayloadErrors)
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: Context) {
    const { actor } = ctx.access;
    return ctx.services.account.createApiKey(adminMunicipality(ctx), actor.kind === 'user' ? actor.userId : null, input);
  }

  @PayloadMutation(() => ApiKeyPayload, { description: 'Revokes an API key at once (ADMIN). Name it in input; the argument id still works, but not both.' })
  revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput, { nullable: true }) input: RevokeApiKeyInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: 'Use input: { id }, as every other mutation takes its input.' }) id: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.account.revokeApiKey(adminMunicipality(ctx), revokeApiKeyId({ input, id }));
  }
}

/** The units of the given ids that the caller may see. */
async function unitsByIds(ctx: Context, ids: string[]): Promise<OrganisationUnit[]> {
  return (await ctx.loaders.OrganisationUnitByIdLoader.loadMany(ids)).filter((unit): unit is OrganisationUnit => unit instanceof OrganisationUnit);
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => StaffRole, { nullable: true, description: 'Null for a platform operator.' })
  role(@Root() user: User): StaffRole | null {
    return isStaffRole(user.role) ? user.role : null;
  }

  @FieldResolver(() => Boolean, { description: 'A platform operator (created with pnpm admin).' })
  platformOperator(@Root() user: User): boolean {
    return user.role === OPERATOR_ROLE;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() user: User, @Ctx() ctx: Context) {
    return user.municipalityId ? ctx.loaders.MunicipalityByIdLoader.load(user.municipalityId) : null;
  }

  @FieldResolver(() => [OrganisationUnit], { description: 'The units an EDITOR may change.' })
  async units(@Root() user: User, @Ctx() ctx: Context) {
    return unitsByIds(ctx, await ctx.loaders.UnitIdsByUserIdLoader.load(user.id));
  }
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @FieldResolver(() => [OrganisationUnit], { description: 'The units the key is limited to; empty: not limited.' })
  async units(@Root() key: ApiKey, @Ctx() ctx: Context) {
    return unitsByIds(ctx, await ctx.loaders.UnitIdsByApiKeyIdLoader.load(key.id));
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who created it.' })
  createdBy(@Root() key: ApiKey, @Ctx() ctx: Context) {
    return key.createdByUserId ? ctx.loaders.UserByIdLoader.load(key.createdByUserId) : null;
  }
}
