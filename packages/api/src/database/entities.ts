import { FocusArea } from '../modules/focus-area/focus-area.entity';
import { Goal } from '../modules/goal/goal.entity';
import { GoalIndicator } from '../modules/goal/goal-indicator.entity';
import { Indicator } from '../modules/indicator/indicator.entity';
import { Measurement } from '../modules/measurement/measurement.entity';
import { Municipality } from '../modules/municipality/municipality.entity';
import { SteeringDocument } from '../modules/steering-document/steering-document.entity';

/** Every TypeORM entity; the data source and the migration check use this one list. */
export const ENTITIES = [Municipality, SteeringDocument, FocusArea, Goal, GoalIndicator, Indicator, Measurement];
