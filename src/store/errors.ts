// Errors every store throws alike, with the HTTP status the API answers them with.

export class NotFoundError extends Error {
  readonly statusCode = 404;
  constructor(what: string) {
    super(`not found: ${what}`);
    this.name = 'NotFoundError';
  }
}
