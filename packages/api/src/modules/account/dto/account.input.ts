import { ArrayMaxSize, IsEmail, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApiKeyScope, StaffRole, type Actor } from '../../../access/actor';
import { DomainError, UserError } from '../../../graphql/user-error';
import { NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';
import { ApiKey } from '../api-key.entity';
import { User } from '../user.entity';

/** Who is calling, as `Viewer.callerKind` says it. */
export enum CallerKind {
  ANONYMOUS = 'ANONYMOUS',
  USER = 'USER',
  OPERATOR = 'OPERATOR',
  API_KEY = 'API_KEY',
}
registerEnumType(CallerKind, {
  name: 'CallerKind',
  description: 'Who is calling.',
  valuesConfig: {
    ANONYMOUS: { description: 'No credentials: sees only public data.' },
    USER: { description: 'A logged-in member of staff of a municipality.' },
    OPERATOR: { description: 'A logged-in platform operator.' },
    API_KEY: { description: 'Another system, with an API key of a municipality.' },
  },
});

export function callerKindOf(actor: Actor): CallerKind {
  switch (actor.kind) {
    case 'anonymous':
      return CallerKind.ANONYMOUS;
    case 'user':
      return CallerKind.USER;
    case 'operator':
      return CallerKind.OPERATOR;
    case 'key':
      return CallerKind.API_KEY;
  }
}

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(254)
  email: string;

  @Field()
  @MaxLength(200)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(200)
  currentPassword: string;

  @Field({ description: 'At least 12 characters.' })
  @MaxLength(200)
  newPassword: string;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address.' })
  @MaxLength(254)
  email: string;

  @Field()
  @NotBlank(200)
  name: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field(() => [ID], { nullable: true, description: 'For an EDITOR: the units they may change (at least one).' })
  @OptionalNullable()
  @ArrayMaxSize(100)
  unitIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'At least 12 characters; left out, one is made and returned once as initialPassword.' })
  @OptionalNullable()
  password?: string | null;
}

@InputType({ description: 'Fields left out are not changed.' })
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(200)
  name?: string;

  @Field(() => StaffRole, { nullable: true })
  @OptionalButNotNull()
  role?: StaffRole;

  @Field(() => [ID], { nullable: true, description: 'Replaces the units of an EDITOR.' })
  @OptionalButNotNull()
  @ArrayMaxSize(100)
  unitIds?: string[];

  @Field(() => Boolean, { nullable: true, description: 'true disables the account and ends its sessions; false enables it.' })
  @OptionalButNotNull()
  disabled?: boolean;
}

@InputType({ description: 'Which API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The API key.' })
  id: string;
}

/**
 * The key that revokeApiKey names: in `input` (the form of every mutation) or in the deprecated `id`
 * argument, exactly one of the two. Both are optional in the schema, so that old clients keep working.
 */
export function revokeApiKeyId(args: { input?: RevokeApiKeyInput | null; id?: string | null }): string {
  const fromInput = args.input?.id;
  const legacy = args.id ?? undefined;
  if (fromInput !== undefined && legacy !== undefined) throw DomainError.of('INVALID', 'Name the API key once: in input.id (the argument id is deprecated).', 'id');
  const id = fromInput ?? legacy;
  if (id === undefined) throw DomainError.of('REQUIRED', 'Name the API key to revoke: revokeApiKey(input: { id }).', 'id');
  return id;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "Ekonomisystemet".' })
  @NotBlank(200)
  name: string;

  @Field(() => [ApiKeyScope])
  @ArrayMaxSize(3)
  scopes: ApiKeyScope[];

  @Field(() => [ID], { nullable: true, description: 'Limits the key to these units (their goals, indicators, targets, activities and values).' })
  @OptionalNullable()
  @ArrayMaxSize(100)
  unitIds?: string[] | null;
}

@ObjectType()
export class LoginPayload {
  @Field(() => User, { nullable: true, description: 'Who is now logged in; the session is in an httpOnly cookie.' })
  user: User | null;

  @Field(() => Date, { nullable: true, description: 'When the session ends.' })
  expiresAt: Date | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field({ description: 'Whether a session was ended.' })
  loggedOut: boolean;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class CreateUserPayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => String, { nullable: true, description: 'The password made for the user when none was given; shown only here.' })
  initialPassword: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey: ApiKey | null;

  @Field(() => String, { nullable: true, description: 'The key, to send as "Authorization: Bearer <key>". Shown only here, never again.' })
  key: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}
