/** Bokmål texts of this area; the English file has exactly these keys. */
export const workNb = {};
