import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';

/** Loaders of agreements and of what agreement_partner / agreement_activity / agreement_goal link them to. */
export function createAgreementLoaders(services: Services, access: Access) {
  const { agreement } = services;
  return {
    AgreementByIdLoader: oneByIdLoader(agreement, access),
    AgreementsByPartnerIdLoader: manyByKeyLoader(
      access,
      (ids) => agreement.findByPartnerIds(ids),
      (pair) => pair.key,
    ),
    AgreementsByActivityIdLoader: manyByKeyLoader(
      access,
      (ids) => agreement.findByActivityIds(ids),
      (pair) => pair.key,
    ),
    AgreementsByGoalIdLoader: manyByKeyLoader(
      access,
      (ids) => agreement.findByGoalIds(ids),
      (pair) => pair.key,
    ),
    PartnersByAgreementIdLoader: manyByKeyLoader(
      access,
      (ids) => agreement.findPartnersByAgreementIds(ids),
      (pair) => pair.key,
    ),
    ActivitiesByAgreementIdLoader: manyByKeyLoader(
      access,
      (ids) => agreement.findActivitiesByAgreementIds(ids),
      (pair) => pair.key,
    ),
    GoalsByAgreementIdLoader: manyByKeyLoader(
      access,
      (ids) => agreement.findGoalsByAgreementIds(ids),
      (pair) => pair.key,
    ),
  };
}
