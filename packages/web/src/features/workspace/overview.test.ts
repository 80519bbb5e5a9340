import { activitiesDue, addDays, targetsAtRisk, type ProgressOfIndicator } from './overview';

const indicator = (id: string, total: string, women?: string, men?: string): ProgressOfIndicator =>
  ({
    id,
    progress: {
      status: total,
      total: { status: total },
      women: women ? { status: women } : null,
      men: men ? { status: men } : null,
    },
  }) as ProgressOfIndicator;

describe('my overview', () => {
  it('finds targets at risk by the headline or by one sex, moving away first', () => {
    const found = targetsAtRisk([
      indicator('ok', 'ON_TRACK', 'ON_TRACK', 'TARGET_MET'),
      indicator('slow', 'TOO_SLOW'),
      indicator('women', 'ON_TRACK', 'MOVING_AWAY', 'ON_TRACK'),
      indicator('none', 'NO_DATA'),
    ]);
    expect(found.map((f) => [f.indicator.id, f.worst, f.sexes])).toEqual([
      ['women', 'MOVING_AWAY', ['WOMEN']],
      ['slow', 'TOO_SLOW', []],
    ]);
  });

  it('finds activities due within 30 days or overdue, not finished ones, the most overdue first', () => {
    const today = '2026-11-27';
    expect(addDays(today, 30)).toBe('2026-12-27');
    const due = activitiesDue(
      [
        { id: 'later', status: 'ONGOING', endDate: '2026-12-28' },
        { id: 'edge', status: 'PLANNED', endDate: '2026-12-27' },
        { id: 'late', status: 'ONGOING', endDate: '2026-10-01' },
        { id: 'done', status: 'DONE', endDate: '2026-11-30' },
        { id: 'open', status: 'ONGOING', endDate: null },
      ],
      today,
    );
    expect(due.map((a) => a.id)).toEqual(['late', 'edge']);
  });
});
