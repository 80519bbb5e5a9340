import { Init1795426809230 } from './1795426809230-Init';
import { ActiveOnlyUniqueness1795431020243 } from './1795431020243-ActiveOnlyUniqueness';
import { OpenData1795434493115 } from './1795434493115-OpenData';
import { Access1795434533202 } from './1795434533202-Access';
import { RateLimit1795440000000 } from './1795440000000-RateLimit';
import { FollowUp1795802325693 } from './1795802325693-FollowUp';
import { SdmxPeriods1795900000000 } from './1795900000000-SdmxPeriods';
import { OpenDataReleaseLog1795900000001 } from './1795900000001-OpenDataReleaseLog';
import { KoladaValue1795900000002 } from './1795900000002-KoladaValue';
import { SharedIndicatorCode1795900000003 } from './1795900000003-SharedIndicatorCode';
import { ActivityNote1795900000010 } from './1795900000010-ActivityNote';
import { FollowUpRevisionsAndGaps1795900000020 } from './1795900000020-FollowUpRevisionsAndGaps';
import { Consultations1795900000021 } from './1795900000021-Consultations';
import { OpenDataTargetTrigger1795900000022 } from './1795900000022-OpenDataTargetTrigger';
import { MeasurementSuppression1795900000030 } from './1795900000030-MeasurementSuppression';
import { MunicipalityActiveLookup1795900000040 } from './1795900000040-MunicipalityActiveLookup';

/** Every migration, in order. A new one is generated with `pnpm --filter @inkludera/api migration:generate <Name>`. */
export const MIGRATIONS: Function[] = [
  Init1795426809230,
  ActiveOnlyUniqueness1795431020243,
  OpenData1795434493115,
  Access1795434533202,
  RateLimit1795440000000,
  FollowUp1795802325693,
  SdmxPeriods1795900000000,
  OpenDataReleaseLog1795900000001,
  KoladaValue1795900000002,
  SharedIndicatorCode1795900000003,
  ActivityNote1795900000010,
  FollowUpRevisionsAndGaps1795900000020,
  Consultations1795900000021,
  OpenDataTargetTrigger1795900000022,
  MeasurementSuppression1795900000030,
  MunicipalityActiveLookup1795900000040,
];
