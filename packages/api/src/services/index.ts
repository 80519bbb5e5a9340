import type { DataSource } from 'typeorm';
import { FocusAreaService } from '../modules/focus-area/focus-area.service';
import { GoalService } from '../modules/goal/goal.service';
import { IndicatorService } from '../modules/indicator/indicator.service';
import { MeasurementService } from '../modules/measurement/measurement.service';
import { MunicipalityService } from '../modules/municipality/municipality.service';
import { SteeringDocumentService } from '../modules/steering-document/steering-document.service';

/** One instance of each service per process; they hold no request state. */
export function createServices(dataSource: DataSource) {
  return {
    municipality: new MunicipalityService(dataSource),
    steeringDocument: new SteeringDocumentService(dataSource),
    focusArea: new FocusAreaService(dataSource),
    goal: new GoalService(dataSource),
    indicator: new IndicatorService(dataSource),
    measurement: new MeasurementService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;
