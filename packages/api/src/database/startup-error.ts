/**
 * A start-up failure with a message meant for the person who ran the command: what went wrong and
 * what to do. main.ts prints it without a stack trace and exits with status 1.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}
