/**
 * A request a person made that cannot be done as asked. `fields` says which input to correct and how;
 * the API turns this into a 4xx with these messages, never a 500.
 */
export class CouncilInputError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "CouncilInputError";
  }
}
