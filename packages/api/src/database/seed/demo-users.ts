import type { EntityManager } from 'typeorm';
import { ApiKeyScope, StaffRole } from '../../access/actor';
import { hashPassword, tokenHash } from '../../access/secrets';
import { ApiKey } from '../../modules/account/api-key.entity';
import { OPERATOR_ROLE, User, UserUnit } from '../../modules/account/user.entity';
import { Municipality } from '../../modules/municipality/municipality.entity';
import { OrganisationUnit } from '../../modules/organisation-unit/organisation-unit.entity';

/**
 * The demo accounts, one per role, all with DEMO_PASSWORD. They exist only in a database that the
 * demo seed filled (an empty database at first start, unless INKLUDERA_SEED_DEMO=false; never by
 * default in production), so the well-known password opens nothing else.
 */
export const DEMO_PASSWORD = 'inkludera-demo-2026';

export const DEMO_USERS = [
  { email: 'admin@tyreso.demo', name: 'Alva Admin', role: StaffRole.ADMIN, municipality: '0138' },
  { email: 'redaktor@tyreso.demo', name: 'Elias Redaktör', role: StaffRole.EDITOR, municipality: '0138', unit: 'Gymnasie- och arbetsmarknadsnämnden' },
  { email: 'lasare@tyreso.demo', name: 'Vera Läsare', role: StaffRole.VIEWER, municipality: '0138' },
  { email: 'admin@tranemo.demo', name: 'Tove Admin', role: StaffRole.ADMIN, municipality: '1498' },
  { email: 'drift@inkludera.demo', name: 'Olle Operatör', role: OPERATOR_ROLE, municipality: null },
] as const;

/** Demo API keys of Tyresö, with fixed keys so that the README's examples work. */
export const DEMO_API_KEYS = [
  { name: 'Demo: statistiksystem (läsa)', key: 'ink_demo_tyreso_read_0000000000000000000000000000', scopes: [ApiKeyScope.READ] },
  { name: 'Demo: verksamhetssystem (utfall)', key: 'ink_demo_tyreso_measurements_00000000000000000000', scopes: [ApiKeyScope.READ, ApiKeyScope.WRITE_MEASUREMENTS] },
] as const;

export async function seedDemoUsers(manager: EntityManager): Promise<void> {
  const municipalities = new Map((await manager.find(Municipality)).map((m) => [m.code, m]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_USERS) {
    const municipality = demo.municipality ? municipalities.get(demo.municipality) : undefined;
    if (demo.municipality && !municipality) continue;
    const user = await manager.save(
      manager.create(User, { email: demo.email, name: demo.name, role: demo.role, municipalityId: municipality?.id ?? null, passwordHash, disabledAt: null }),
    );
    if ('unit' in demo && municipality) {
      const unit = await manager.findOneByOrFail(OrganisationUnit, { municipalityId: municipality.id, name: demo.unit });
      await manager.insert(UserUnit, { userId: user.id, unitId: unit.id });
    }
  }
  const tyreso = municipalities.get('0138');
  if (!tyreso) return;
  for (const demo of DEMO_API_KEYS) {
    await manager.insert(ApiKey, {
      municipalityId: tyreso.id,
      name: demo.name,
      prefix: demo.key.slice(0, 12),
      tokenHash: tokenHash(demo.key),
      scopes: [...demo.scopes],
      createdByUserId: null,
    });
  }
}
