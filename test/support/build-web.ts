// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { buildWebIfStale } from '../../scripts/build-web.js';

/** The end-to-end tests drive the built UI served by the real server. */
export default function setup() {
  buildWebIfStale();
}
