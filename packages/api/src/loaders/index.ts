import { createAccountLoaders } from '../modules/account/account.loaders';
import { createActivityLoaders } from '../modules/activity/activity.loaders';
import { createAgreementLoaders } from '../modules/agreement/agreement.loaders';
import { createConsultationLoaders } from '../modules/consultation/consultation.loaders';
import { createFollowUpLoaders } from '../modules/follow-up/follow-up.loaders';
import { createFocusAreaLoaders } from '../modules/focus-area/focus-area.loaders';
import { createGoalLoaders } from '../modules/goal/goal.loaders';
import { createIndicatorLoaders } from '../modules/indicator/indicator.loaders';
import { createMeasurementLoaders } from '../modules/measurement/measurement.loaders';
import { createMunicipalityLoaders } from '../modules/municipality/municipality.loaders';
import { createOrganisationUnitLoaders } from '../modules/organisation-unit/organisation-unit.loaders';
import { createPartnerLoaders } from '../modules/partner/partner.loaders';
import { createProgressLoaders } from '../modules/progress/progress.loaders';
import { createSteeringDocumentLoaders } from '../modules/steering-document/steering-document.loaders';
import { createTargetLoaders } from '../modules/target/target.loaders';
import type { Access } from '../access/access';
import type { Services } from '../services';

/**
 * The DataLoaders of one request, named <Target>By<Key>Loader; each module declares its own in
 * <module>.loaders.ts. Every relation field of the schema resolves through one of these, so a nested
 * read costs one statement per level, not per row. Every loader hands out only rows the caller may
 * see (Access.visible).
 */
function createDataLoaders(services: Services, access: Access) {
  return {
    ...createAccountLoaders(services, access),
    ...createMunicipalityLoaders(services, access),
    ...createOrganisationUnitLoaders(services, access),
    ...createSteeringDocumentLoaders(services, access),
    ...createFocusAreaLoaders(services, access),
    ...createGoalLoaders(services, access),
    ...createIndicatorLoaders(services, access),
    ...createTargetLoaders(services, access),
    ...createMeasurementLoaders(services, access),
    ...createPartnerLoaders(services, access),
    ...createActivityLoaders(services, access),
    ...createAgreementLoaders(services, access),
    ...createFollowUpLoaders(services, access),
    ...createConsultationLoaders(services, access),
  };
}

/** The loaders that read rows; the progress loaders compute from them. */
export type DataLoaders = ReturnType<typeof createDataLoaders>;

export function createLoaders(services: Services, access: Access) {
  const loaders = createDataLoaders(services, access);
  return { ...loaders, ...createProgressLoaders(loaders) };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * An object made on first use: the request's loaders, which a compiled read (graphql/compiled/)
 * never uses. A proxy rather than a getter, since Apollo copies the context object (and a getter
 * with it) before execution.
 */
export function lazily<T extends object>(create: () => T): T {
  let made: T | undefined;
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get((made ??= create()), key),
    has: (_target, key) => Reflect.has((made ??= create()), key),
    ownKeys: () => Reflect.ownKeys((made ??= create())),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor((made ??= create()), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
