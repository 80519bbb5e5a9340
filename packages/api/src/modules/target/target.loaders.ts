import DataLoader from 'dataloader';
import { oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';
import type { Target } from './target.entity';
import type { TargetRange } from './target.service';

export interface TargetsKey extends TargetRange {
  indicatorId: string;
}

const rangeKey = (range: TargetRange) => JSON.stringify([range.from ?? null, range.to ?? null, range.sex ?? null]);

export function createTargetLoaders(services: Services, access: Access) {
  const { target } = services;
  return {
    TargetByIdLoader: oneByIdLoader(target, access),
    /**
     * The active targets of an indicator in a period range and sex, in period order. Keys with the
     * same range are read in one statement (a nested read asks for one range at a time); a bad
     * range fails only the fields that asked for it.
     */
    TargetsByIndicatorIdLoader: new DataLoader<TargetsKey, Target[], string>(
      async (keys) => {
        const groups = new Map<string, { range: TargetRange; ids: string[] }>();
        for (const key of keys) {
          const group = groups.get(rangeKey(key)) ?? { range: key, ids: [] };
          group.ids.push(key.indicatorId);
          groups.set(rangeKey(key), group);
        }
        const results = new Map<string, Target[] | Error>();
        for (const [range, group] of groups) {
          try {
            // Only rows the caller may see, as every other loader (Access.visible).
            const mark = access.mark();
            const rows = await access.visible(await target.findByIndicatorIds([...new Set(group.ids)], group.range), undefined, undefined, mark);
            for (const id of group.ids) results.set(`${range}${id}`, []);
            for (const row of rows) (results.get(`${range}${row.indicatorId}`) as Target[]).push(row);
          } catch (error) {
            for (const id of group.ids) results.set(`${range}${id}`, error as Error);
          }
        }
        return keys.map((key) => results.get(`${rangeKey(key)}${key.indicatorId}`) ?? []);
      },
      { cacheKeyFn: (key) => `${rangeKey(key)}${key.indicatorId}` },
    ),
  };
}
