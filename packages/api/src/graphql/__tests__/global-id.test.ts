import { fromGlobalId, toGlobalId } from '../global-id';

describe('global ids', () => {
  const uuid = '2f1c7a4e-9a53-4c1e-8f0b-3d2a6b7c8d9e';

  it('round-trip type and uuid', () => {
    expect(fromGlobalId(toGlobalId('Indicator', uuid))).toEqual({ type: 'Indicator', id: uuid });
  });

  it.each(['', 'abc', toGlobalId('Indicator', 'not-a-uuid'), toGlobalId('Bad Type', uuid), Buffer.from(uuid).toString('base64url')])('reject %j', (id) => {
    expect(fromGlobalId(id)).toBeNull();
  });
});
