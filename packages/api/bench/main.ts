/** `pnpm bench`: national-scale benchmark of the Inkludera API. See run.ts. */
import { run } from './run';

run().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
