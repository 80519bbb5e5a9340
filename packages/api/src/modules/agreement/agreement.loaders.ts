import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

/** Loaders of agreements and of what agreement_partner / agreement_activity / agreement_goal link them to. */
export function createAgreementLoaders(services: Services) {
  const { agreement } = services;
  return {
    AgreementByIdLoader: oneByIdLoader(agreement),
    AgreementsByPartnerIdLoader: manyByKeyLoader((ids) => agreement.findByPartnerIds(ids), (pair) => pair.key),
    AgreementsByActivityIdLoader: manyByKeyLoader((ids) => agreement.findByActivityIds(ids), (pair) => pair.key),
    AgreementsByGoalIdLoader: manyByKeyLoader((ids) => agreement.findByGoalIds(ids), (pair) => pair.key),
    PartnersByAgreementIdLoader: manyByKeyLoader((ids) => agreement.findPartnersByAgreementIds(ids), (pair) => pair.key),
    ActivitiesByAgreementIdLoader: manyByKeyLoader((ids) => agreement.findActivitiesByAgreementIds(ids), (pair) => pair.key),
    GoalsByAgreementIdLoader: manyByKeyLoader((ids) => agreement.findGoalsByAgreementIds(ids), (pair) => pair.key),
  };
}
