// Errors every store throws alike, with the HTTP status the API answers them with.

export class NotFoundError extends Error {
  readonly statusCode = 404;
  constructor(what: string) {
    super(`not found: ${what}`);
    this.name = 'NotFoundError';
  }
}

/** A change the store refuses (unknown field, nothing to move): the caller's mistake. */
export class InvalidChangeError extends Error {
  readonly statusCode = 400;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidChangeError';
  }
}
