import { ApiKey, ApiKeyUnit } from '../modules/account/api-key.entity';
import { AuditEntry } from '../modules/account/audit-entry.entity';
import { LoginThrottle, Session } from '../modules/account/session.entity';
import { User, UserUnit } from '../modules/account/user.entity';
import { ActivityNote } from '../modules/activity/activity-note.entity';
import { Activity, ActivityGoal, ActivityPartner } from '../modules/activity/activity.entity';
import { Agreement, AgreementActivity, AgreementGoal, AgreementPartner } from '../modules/agreement/agreement.entity';
import { Consultation, ConsultationResponse } from '../modules/consultation/consultation.entity';
import { GoalAssessment, MissingValueExplanation, ReportingRound, UnitReport } from '../modules/follow-up/follow-up.entity';
import { FocusArea } from '../modules/focus-area/focus-area.entity';
import { GoalIndicator } from '../modules/goal/goal-indicator.entity';
import { Goal } from '../modules/goal/goal.entity';
import { Indicator } from '../modules/indicator/indicator.entity';
import { MeasurementHistory } from '../modules/measurement/measurement-history.entity';
import { Measurement } from '../modules/measurement/measurement.entity';
import { Municipality } from '../modules/municipality/municipality.entity';
import { OrganisationUnit } from '../modules/organisation-unit/organisation-unit.entity';
import { Partner } from '../modules/partner/partner.entity';
import { SteeringDocumentVersion } from '../modules/steering-document/steering-document-version.entity';
import { SteeringDocument } from '../modules/steering-document/steering-document.entity';
import { Target } from '../modules/target/target.entity';
import { OpenDataRefresh, OpenDataState, PublishedValue } from '../open-data/open-data.entities';

/** Every TypeORM entity; the data source and the migration check use this one list. */
export const ENTITIES = [
  Municipality,
  OrganisationUnit,
  SteeringDocument,
  SteeringDocumentVersion,
  FocusArea,
  Goal,
  GoalIndicator,
  Indicator,
  Target,
  Measurement,
  MeasurementHistory,
  Partner,
  Activity,
  ActivityGoal,
  ActivityPartner,
  ActivityNote,
  Agreement,
  AgreementPartner,
  AgreementActivity,
  AgreementGoal,
  ReportingRound,
  UnitReport,
  GoalAssessment,
  MissingValueExplanation,
  Consultation,
  ConsultationResponse,
  PublishedValue,
  OpenDataState,
  OpenDataRefresh,
  User,
  UserUnit,
  Session,
  LoginThrottle,
  ApiKey,
  ApiKeyUnit,
  AuditEntry,
];
