import { childrenOf, loose, reorder, rootsOf, type TreeGoal } from './goalTree';

const goal = (id: string, sortOrder: number, extra: Partial<TreeGoal> = {}): TreeGoal => ({
  id,
  title: id,
  level: 'COMMITTEE_GOAL',
  sortOrder,
  version: 1,
  parent: null,
  focusArea: { id: 'area' },
  ...extra,
});

const goals: TreeGoal[] = [
  goal('aim', 1, { level: 'OVERALL_AIM', focusArea: null }),
  goal('b', 2, { parent: { id: 'aim' } }),
  goal('a', 1, { parent: { id: 'aim' } }),
  goal('c', 3),
  goal('a1', 1, { level: 'SUB_GOAL', parent: { id: 'a' } }),
  goal('a1x', 1, { level: 'SUB_GOAL', parent: { id: 'a1' } }),
  goal('stray', 1, { focusArea: null }),
];

describe('the goal tree', () => {
  it('finds the top goals of an area (under the overall aim or none) in their order, and their children', () => {
    expect(rootsOf(goals, 'area').map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(childrenOf(goals, 'a').map((g) => g.id)).toEqual(['a1']);
    expect(loose(goals).map((g) => g.id)).toEqual(['stray']);
  });

  it('moves a goal one step by renumbering only the siblings whose place changes', () => {
    const siblings = rootsOf(goals, 'area');
    expect(reorder(siblings, 'c', -1).map(({ goal, sortOrder }) => [goal.id, sortOrder])).toEqual([
      ['c', 2],
      ['b', 3],
    ]);
    expect(reorder(siblings, 'a', -1)).toEqual([]);
    expect(reorder(siblings, 'c', 1)).toEqual([]);
    // Ties (two goals with order 1) are numbered apart: y keeps 1, x becomes 2.
    const tied = [goal('x', 1), goal('y', 1)];
    expect(reorder(tied, 'x', 1).map(({ goal, sortOrder }) => [goal.id, sortOrder])).toEqual([['x', 2]]);
  });
});
