// citation-js ships no types: the little of its API this site uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: 'bibtex' | 'ris' | 'data' | 'bibliography' | 'citation', options?: Record<string, unknown>): string;
    static async(data: unknown): Promise<Cite>;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
