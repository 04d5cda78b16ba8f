/** The consent form's fields: what its messages and its errors are keyed by. */
export type ConsentField =
  | 'categories'
  | 'recipients'
  | 'givenHow'
  | 'givenAt'
  | 'validFrom'
  | 'validTo'
  | 'attachment';
