import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isEnumType, type GraphQLObjectType } from 'graphql';
import { ApiKeyScope } from '../src/access/actor';
import { DEMO_API_KEYS, DEMO_PASSWORD } from '../src/database/seed/demo-users';
import { fromGlobalId, toGlobalId } from '../src/graphql/global-id';
import { API_ROOT, login, startTestServer, type TestServer } from './helpers';

/**
 * The small inconsistencies of the API, each fixed without breaking a client: revokeApiKey takes
 * `input` (the `id` argument still works, deprecated), Viewer.callerKind is an enum (`kind` stays,
 * deprecated), errors for bad input name their arguments in `extensions.fields` (UserInputError
 * keeps `field` alongside), and helpers shared by modules live outside any one domain module.
 */
describe('API consistency', () => {
  let server: TestServer;
  let admin: ReturnType<TestServer['as']>;
  let tyreso: string;

  beforeAll(async () => {
    server = await startTestServer();
    tyreso = (await server.dataSource.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id;
    admin = server.as({ cookie: await login(server.url, 'admin@tyreso.demo', DEMO_PASSWORD) });
  });
  afterAll(() => server.stop());

  const newKey = async (name: string) => {
    const { apiKey } = await server.services.account.createApiKey(tyreso, null, { name, scopes: [ApiKeyScope.READ] });
    return toGlobalId('ApiKey', apiKey.id);
  };
  const revokedAt = async (gid: string) => (await server.dataSource.query(`SELECT revoked_at FROM api_key WHERE id = $1`, [fromGlobalId(gid)?.id]))[0]?.revoked_at as Date | null;

  describe('revokeApiKey', () => {
    it('takes the key in input, as every other mutation does', async () => {
      const id = await newKey('Med input');
      const result = await admin(`mutation($input: RevokeApiKeyInput) { revokeApiKey(input: $input) { apiKey { id revokedAt } errors { code field } } }`, { input: { id } });
      expect(result.errors).toBeUndefined();
      expect(result.data.revokeApiKey).toEqual({ apiKey: { id, revokedAt: expect.any(String) }, errors: [] });
      expect(await revokedAt(id)).toBeInstanceOf(Date);
    });

    it('still takes the deprecated id argument', async () => {
      const id = await newKey('Med id');
      const result = await admin(`mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id revokedAt } errors { code } } }`, { id });
      expect(result.data.revokeApiKey).toEqual({ apiKey: { id, revokedAt: expect.any(String) }, errors: [] });
    });

    it('refuses neither and both with a clear error, and revokes nothing', async () => {
      const id = await newKey('Varken eller');
      const neither = await admin(`mutation { revokeApiKey { apiKey { id } errors { code field message } } }`);
      expect(neither.errors).toBeUndefined();
      expect(neither.data.revokeApiKey).toEqual({ apiKey: null, errors: [{ code: 'REQUIRED', field: 'id', message: expect.stringMatching(/input: \{ id \}/) }] });
      const both = await admin(`mutation($id: ID!) { revokeApiKey(id: $id, input: { id: $id }) { apiKey { id } errors { code field message } } }`, { id });
      expect(both.data.revokeApiKey).toEqual({ apiKey: null, errors: [{ code: 'INVALID', field: 'id', message: expect.stringMatching(/once/) }] });
      expect(await revokedAt(id)).toBeNull();
    });

    it('answers a key of another municipality in input as NOT_FOUND, like the id argument', async () => {
      const tranemo = (await server.dataSource.query(`SELECT id FROM municipality WHERE code = '1498'`))[0].id;
      const { apiKey } = await server.services.account.createApiKey(tranemo, null, { name: 'Tranemos', scopes: [ApiKeyScope.READ] });
      const id = toGlobalId('ApiKey', apiKey.id);
      const result = await admin(`mutation($input: RevokeApiKeyInput) { revokeApiKey(input: $input) { apiKey { id } errors { code } } }`, { input: { id } });
      expect(result.data.revokeApiKey).toEqual({ apiKey: null, errors: [{ code: 'NOT_FOUND' }] });
      expect(await revokedAt(id)).toBeNull();
    });
  });

  describe('Viewer.callerKind', () => {
    const ME = '{ me { callerKind kind } }';

    it('is an enum with one value per kind of caller, and kind (deprecated) says the same', async () => {
      const viewer = server.as({ cookie: await login(server.url, 'lasare@tyreso.demo', DEMO_PASSWORD) });
      const key = server.as({ authorization: `Bearer ${DEMO_API_KEYS[0].key}` });
      const answers = [await server.anonymous(ME), await viewer(ME), await server.gql(ME), await key(ME)].map((result) => result.data.me);
      expect(answers).toEqual([
        { callerKind: 'ANONYMOUS', kind: 'ANONYMOUS' },
        { callerKind: 'USER', kind: 'USER' },
        { callerKind: 'OPERATOR', kind: 'OPERATOR' },
        { callerKind: 'API_KEY', kind: 'API_KEY' },
      ]);
    });

    it('is in the committed schema as CallerKind!, with kind and revokeApiKey(id:) deprecated', () => {
      const schema = buildSchema(fs.readFileSync(path.join(API_ROOT, 'schema.graphql'), 'utf8'));
      const viewer = schema.getType('Viewer') as GraphQLObjectType;
      const callerKind = viewer.getFields().callerKind;
      expect(String(callerKind?.type)).toBe('CallerKind!');
      const kindEnum = getNamedType(callerKind!.type);
      expect(isEnumType(kindEnum) && kindEnum.getValues().map((value) => value.name)).toEqual(['ANONYMOUS', 'API_KEY', 'OPERATOR', 'USER']);
      expect(viewer.getFields().kind?.deprecationReason).toMatch(/callerKind/);
      const revoke = schema.getMutationType()!.getFields().revokeApiKey!;
      expect(revoke.args.map((arg) => [arg.name, String(arg.type), arg.deprecationReason ?? null])).toEqual([
        ['id', 'ID', expect.stringMatching(/input/)],
        ['input', 'RevokeApiKeyInput', null],
      ]);
    });
  });

  describe('error extensions', () => {
    it('name the arguments of bad input in fields, and keep field alongside where it was', async () => {
      const cursor = await server.gql('{ municipalities(after: "nonsense") { totalCount } }');
      expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'], field: 'after' });
      const validation = await server.gql('{ municipalities(first: 101) { totalCount } }');
      expect(validation.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
    });
  });

  describe('helpers shared by modules', () => {
    it('are imported from services/, not from inside one domain module', () => {
      const offenders: string[] = [];
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (entry.name.endsWith('.ts') && /from '[^']*(goal\/error-list|\.\/error-list|municipality\.errors)'/.test(fs.readFileSync(full, 'utf8')))
            offenders.push(path.relative(API_ROOT, full));
        }
      };
      walk(path.join(API_ROOT, 'src'));
      walk(path.join(API_ROOT, 'test'));
      expect(offenders).toEqual([]);
    });
  });
});
