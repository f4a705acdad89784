import type { VFile } from 'vfile';

/** The file's path as an error message names it: relative to the project, or "<resolution>". */
export function displayPath(file: VFile): string {
  return file.path ? file.path.replace(`${file.cwd}/`, '') : '<resolution>';
}
