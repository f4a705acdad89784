/**
 * What a parser of editorial data stops with, for tests of its messages: the message of the
 * EditorialDataError it throws. The test fails when the input is accepted or anything else is thrown.
 */
import { expect } from 'vitest';
import { parseNameRegistry } from '../../src/lib/editorial/names.ts';
import { EditorialDataError } from '../../src/lib/editorial/yaml.ts';

/** The message `parse` stops with. */
export function rejection(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(EditorialDataError);
    return (error as Error).message;
  }
  throw new Error('expected the input to be rejected');
}

/** The message the names registry `yaml`, read as content/names.yaml, is rejected with. */
export const registryRejection = (yaml: string): string => rejection(() => parseNameRegistry(yaml, 'content/names.yaml'));
