/**
 * The site's content as the build reads it (src/loaders/content.ts): the unit model of the
 * published resolution and its editorial layer, for tests that need the real units.
 */
import { readContent } from '../../src/loaders/content.ts';

export const siteContent = await readContent();
/** Every unit, in text order. */
export const units = siteContent.units;
export const unitIds = units.map((u) => u.id);
