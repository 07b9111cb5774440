/**
 * A request a person made that cannot be done as asked. `fields` says which input to correct and how;
 * the API turns this into a 4xx with these messages beside the fields, never a 500. Every domain
 * package reports a person's mistake with this one class.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "InputError";
  }
}

/**
 * A request that was fine but cannot be met as things now stand (the last place went a moment ago). The
 * API answers 409 with this message and `suggestions`: what the person could have instead.
 */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly suggestions: readonly unknown[] = [],
  ) {
    super(message);
    this.name = "ConflictError";
  }
}
