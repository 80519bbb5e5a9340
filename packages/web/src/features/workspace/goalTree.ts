/** The goal tree of one steering document, rebuilt from the API's flat list (each goal names its parent). */

export interface TreeGoal {
  id: string;
  title: string;
  level: 'OVERALL_AIM' | 'COMMITTEE_GOAL' | 'SUB_GOAL';
  sortOrder: number;
  version: number;
  parent?: { id: string } | null;
  focusArea?: { id: string } | null;
}

const byOrder = (a: TreeGoal, b: TreeGoal) => a.sortOrder - b.sortOrder || a.title.localeCompare(b.title, 'sv');

/** The goals directly under `parentId`, in their order. */
export function childrenOf<G extends TreeGoal>(goals: readonly G[], parentId: string): G[] {
  return goals.filter((goal) => goal.parent?.id === parentId).sort(byOrder);
}

/**
 * The top goals of a focus area: goals of the area whose parent is not a goal of the same area
 * (none, or the overall aim), in their order.
 */
export function rootsOf<G extends TreeGoal>(goals: readonly G[], focusAreaId: string): G[] {
  const inArea = new Set(goals.filter((goal) => goal.focusArea?.id === focusAreaId).map((goal) => goal.id));
  return goals.filter((goal) => goal.focusArea?.id === focusAreaId && goal.level !== 'OVERALL_AIM' && !(goal.parent && inArea.has(goal.parent.id))).sort(byOrder);
}

/** Goals in no focus area and under no goal (other than the overall aim): shown apart so none is hidden. */
export function loose<G extends TreeGoal>(goals: readonly G[]): G[] {
  const ids = new Set(goals.map((goal) => goal.id));
  const aim = goals.find((goal) => goal.level === 'OVERALL_AIM');
  return goals.filter((goal) => goal.level !== 'OVERALL_AIM' && !goal.focusArea && (!goal.parent || goal.parent.id === aim?.id || !ids.has(goal.parent.id))).sort(byOrder);
}

/**
 * The sort orders to write so that `goalId` moves one step (`-1` up, `+1` down) among its siblings:
 * the siblings numbered 1, 2, … in their new order, only those whose number changes.
 */
export function reorder(siblings: readonly TreeGoal[], goalId: string, step: -1 | 1): Array<{ goal: TreeGoal; sortOrder: number }> {
  const index = siblings.findIndex((goal) => goal.id === goalId);
  const target = index + step;
  if (index < 0 || target < 0 || target >= siblings.length) return [];
  const order = [...siblings];
  [order[index], order[target]] = [order[target]!, order[index]!];
  return order.map((goal, i) => ({ goal, sortOrder: i + 1 })).filter(({ goal, sortOrder }) => goal.sortOrder !== sortOrder);
}
