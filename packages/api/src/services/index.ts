import type { DataSource } from 'typeorm';
import { OpenDataComparison } from '../open-data/comparison';
import { assertVisibilityRules } from '../access/visibility';
import { AccountService, type AccountSettings } from '../modules/account/account.service';
import { ActivityService } from '../modules/activity/activity.service';
import { AgreementService } from '../modules/agreement/agreement.service';
import { ConsultationService } from '../modules/consultation/consultation.service';
import { FollowUpService } from '../modules/follow-up/follow-up.service';
import { FocusAreaService } from '../modules/focus-area/focus-area.service';
import { GoalService } from '../modules/goal/goal.service';
import { IndicatorService } from '../modules/indicator/indicator.service';
import { MeasurementService } from '../modules/measurement/measurement.service';
import { MunicipalityService } from '../modules/municipality/municipality.service';
import { OrganisationUnitService } from '../modules/organisation-unit/organisation-unit.service';
import { PartnerService } from '../modules/partner/partner.service';
import { SteeringDocumentService } from '../modules/steering-document/steering-document.service';
import { TargetService } from '../modules/target/target.service';

export const DEFAULT_ACCOUNT_SETTINGS: AccountSettings = { sessionHours: 12, loginMaxFailures: 5, loginLockSeconds: 900, preparedStatements: true };

/**
 * One instance of each service per process; they hold no request state. Refuses a data source with
 * an entity that has no visibility rule (access/visibility.ts), so such a server does not start.
 */
export function createServices(dataSource: DataSource, accountSettings: AccountSettings = DEFAULT_ACCOUNT_SETTINGS) {
  assertVisibilityRules(dataSource);
  return {
    account: new AccountService(dataSource, accountSettings),
    municipality: new MunicipalityService(dataSource),
    organisationUnit: new OrganisationUnitService(dataSource),
    steeringDocument: new SteeringDocumentService(dataSource),
    focusArea: new FocusAreaService(dataSource),
    goal: new GoalService(dataSource),
    indicator: new IndicatorService(dataSource),
    target: new TargetService(dataSource),
    measurement: new MeasurementService(dataSource),
    openDataComparison: new OpenDataComparison(dataSource),
    partner: new PartnerService(dataSource),
    activity: new ActivityService(dataSource),
    agreement: new AgreementService(dataSource),
    followUp: new FollowUpService(dataSource),
    consultation: new ConsultationService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;
