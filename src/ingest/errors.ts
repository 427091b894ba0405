// An input that cannot become a document. The message is one line and names the file.

export class IngestError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
  }
}
