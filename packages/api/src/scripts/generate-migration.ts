/**
 * Generates a migration from the difference between the entities and a database that has every
 * existing migration applied. It creates a scratch database on the embedded PostgreSQL (or on
 * DATABASE_URL's server), migrates it, asks TypeORM for the difference, writes
 * src/database/migrations/<timestamp>-<Name>.ts and drops the scratch database.
 *   pnpm --filter @inkludera/api migration:generate AddPartners
 */
import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { createDataSource } from '../database/data-source';
import { withScratchDatabase } from '../database/scratch';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: migration:generate <PascalCaseName>');
    process.exit(2);
  }
  await withScratchDatabase(async (url) => {
    const dataSource = createDataSource({ url });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The entities and the migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const escape = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
    const up = sql.upQueries.map((q) => `    await queryRunner.query(\`${escape(q.query)}\`);`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(\`${escape(q.query)}\`);`)
      .join('\n');
    const file = path.join(__dirname, '..', '..', 'src', 'database', 'migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add ${className} to src/database/migrations/index.ts and review it.`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
