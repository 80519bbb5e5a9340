import { createActivityLoaders } from '../modules/activity/activity.loaders';
import { createAgreementLoaders } from '../modules/agreement/agreement.loaders';
import { createFocusAreaLoaders } from '../modules/focus-area/focus-area.loaders';
import { createGoalLoaders } from '../modules/goal/goal.loaders';
import { createIndicatorLoaders } from '../modules/indicator/indicator.loaders';
import { createMeasurementLoaders } from '../modules/measurement/measurement.loaders';
import { createMunicipalityLoaders } from '../modules/municipality/municipality.loaders';
import { createOrganisationUnitLoaders } from '../modules/organisation-unit/organisation-unit.loaders';
import { createPartnerLoaders } from '../modules/partner/partner.loaders';
import { createSteeringDocumentLoaders } from '../modules/steering-document/steering-document.loaders';
import { createTargetLoaders } from '../modules/target/target.loaders';
import type { Services } from '../services';

/**
 * The DataLoaders of one request, named <Target>By<Key>Loader; each module declares its own in
 * <module>.loaders.ts. Every relation field of the schema resolves through one of these, so a nested
 * read costs one statement per level, not per row.
 */
export function createLoaders(services: Services) {
  return {
    ...createMunicipalityLoaders(services),
    ...createOrganisationUnitLoaders(services),
    ...createSteeringDocumentLoaders(services),
    ...createFocusAreaLoaders(services),
    ...createGoalLoaders(services),
    ...createIndicatorLoaders(services),
    ...createTargetLoaders(services),
    ...createMeasurementLoaders(services),
    ...createPartnerLoaders(services),
    ...createActivityLoaders(services),
    ...createAgreementLoaders(services),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
