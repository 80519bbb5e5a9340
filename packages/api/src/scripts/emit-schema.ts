/** Writes packages/api/schema.graphql from the code. A test fails while the file is stale. */
import fs from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../graphql/schema';

export const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schema.graphql');

printedSchema()
  .then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
