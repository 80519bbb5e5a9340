import { ConfigError, loadConfig } from '../../src/config';

describe('settings for several processes', () => {
  const primary = 'postgres://inkludera:secret@db-primary:5432/inkludera';

  it('DATABASE_REPLICA_URLS: comma-separated postgres URLs of replicas of DATABASE_URL', () => {
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: ' postgres://a@r1/inkludera , postgresql://a@r2:6432/inkludera ,' }).databaseReplicaUrls).toEqual([
      'postgres://a@r1/inkludera',
      'postgresql://a@r2:6432/inkludera',
    ]);
  });

  it('refuses replicas without DATABASE_URL, and what is not a postgres URL, without echoing a password', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://a@r1/inkludera' })).toThrow(/needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'http://r1/inkludera' })).toThrow(ConfigError);
    let message = '';
    try {
      loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'postgres//user:hunter2@' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_REPLICA_URLS/);
    expect(message).not.toContain('hunter2');
  });

  it('REPLICA_MAX_LAG_MS, DATABASE_POOL_SIZE and STATEMENT_TIMEOUT_MS=0', () => {
    const config = loadConfig({ REPLICA_MAX_LAG_MS: '250', DATABASE_POOL_SIZE: '4', STATEMENT_TIMEOUT_MS: '0' });
    expect([config.replicaMaxLagMs, config.databasePoolSize, config.statementTimeoutMs]).toEqual([250, 4, 0]);
    expect(loadConfig({})).toEqual(expect.objectContaining({ replicaMaxLagMs: 5000, databasePoolSize: 10, statementTimeoutMs: 15000 }));
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(ConfigError);
  });
});
