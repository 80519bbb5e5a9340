import DataLoader from 'dataloader';
import type { Access } from '../../access/access';
import type { Services } from '../../services';
import type { User } from './user.entity';

/** Users (those the caller may see: access/visibility.ts, as the admin-only `users` list), and the unit links of users and keys. */
export function createAccountLoaders(services: Services, access: Access) {
  const { account } = services;
  const unitIdsBy = (fetch: (ids: readonly string[]) => Promise<Array<{ unitId: string; owner: string }>>) =>
    new DataLoader<string, string[]>(async (ids) => {
      const groups = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const link of await fetch(ids)) groups.get(link.owner)?.push(link.unitId);
      return ids.map((id) => groups.get(id) ?? []);
    });
  return {
    UserByIdLoader: new DataLoader<string, User | null>(async (ids) => {
      const byId = new Map((await access.visible(await account.findUsers(ids))).map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    UnitIdsByUserIdLoader: unitIdsBy(async (ids) => (await account.unitIdsOfUsers(ids)).map((link) => ({ unitId: link.unitId, owner: link.userId }))),
    UnitIdsByApiKeyIdLoader: unitIdsBy(async (ids) => (await account.unitIdsOfKeys(ids)).map((link) => ({ unitId: link.unitId, owner: link.apiKeyId }))),
  };
}
