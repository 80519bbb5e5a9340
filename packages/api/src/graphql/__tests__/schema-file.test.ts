import fs from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../schema';

describe('schema.graphql', () => {
  it('is what the code generates (run `pnpm schema` and commit the file when this fails)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printedSchema());
  });
});
