/** A broken rule on one input field; routes turn a list of these into one 400. */
export interface FieldError {
  path: string;
  message: string;
}
