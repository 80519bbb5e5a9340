import { AccountResolver, ApiKeyResolver, UserResolver } from './account/account.resolver';
import { ActivityNoteResolver, ActivityResolver, GoalActivitiesResolver, OrganisationUnitActivitiesResolver, PartnerActivitiesResolver } from './activity/activity.resolver';
import { AgreementResolver, GoalAgreementsResolver, PartnerAgreementsResolver } from './agreement/agreement.resolver';
import { ConsultationResolver, ConsultationResponseResolver, SteeringDocumentConsultationsResolver } from './consultation/consultation.resolver';
import { FocusAreaResolver } from './focus-area/focus-area.resolver';
import { ReminderResolver, SteeringDocumentRevisionResolver, ViewerRemindersResolver } from './follow-up/reminders.resolver';
import {
  GoalAssessmentResolver,
  GoalAssessmentsResolver,
  MissingValueResolver,
  ReportingRoundResolver,
  SteeringDocumentRoundsResolver,
  UnitReportResolver,
} from './follow-up/follow-up.resolver';
import { GoalResolver, OrganisationUnitGoalsResolver } from './goal/goal.resolver';
import { IndicatorResolver, OrganisationUnitIndicatorsResolver } from './indicator/indicator.resolver';
import { IndicatorMeasurementsResolver, MeasurementResolver } from './measurement/measurement.resolver';
import { MunicipalityResolver } from './municipality/municipality.resolver';
import { OrganisationUnitResolver } from './organisation-unit/organisation-unit.resolver';
import { PartnerResolver } from './partner/partner.resolver';
import { FocusAreaProgressResolver, GoalProgressResolver, IndicatorProgressResolver, SteeringDocumentProgressResolver } from './progress/progress.resolver';
import { SteeringDocumentResolver, SteeringDocumentVersionResolver } from './steering-document/steering-document.resolver';
import { TargetResolver } from './target/target.resolver';
import { IndicatorComparisonResolver } from '../open-data/comparison.resolver';

/** Every module's resolvers. A module with more than one resolver class lists them all here. */
export const MODULE_RESOLVERS = [
  AccountResolver,
  UserResolver,
  ApiKeyResolver,
  MunicipalityResolver,
  OrganisationUnitResolver,
  SteeringDocumentResolver,
  SteeringDocumentVersionResolver,
  FocusAreaResolver,
  GoalResolver,
  OrganisationUnitGoalsResolver,
  IndicatorResolver,
  OrganisationUnitIndicatorsResolver,
  TargetResolver,
  MeasurementResolver,
  IndicatorMeasurementsResolver,
  PartnerResolver,
  ActivityResolver,
  ActivityNoteResolver,
  GoalActivitiesResolver,
  PartnerActivitiesResolver,
  OrganisationUnitActivitiesResolver,
  AgreementResolver,
  PartnerAgreementsResolver,
  GoalAgreementsResolver,
  IndicatorProgressResolver,
  GoalProgressResolver,
  FocusAreaProgressResolver,
  SteeringDocumentProgressResolver,
  ReportingRoundResolver,
  MissingValueResolver,
  ConsultationResolver,
  ConsultationResponseResolver,
  SteeringDocumentConsultationsResolver,
  ReminderResolver,
  ViewerRemindersResolver,
  SteeringDocumentRevisionResolver,
  UnitReportResolver,
  GoalAssessmentResolver,
  SteeringDocumentRoundsResolver,
  GoalAssessmentsResolver,
  IndicatorComparisonResolver,
] as const;
