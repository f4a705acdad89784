/**
 * A generic mdast container that remark-rehype turns into the element named by `data.hName`.
 * Our remark plugins use it to give the resolution its structure (sections, units, tools)
 * without raw HTML.
 */
import type { Data, Parent, PhrasingContent, RootContent } from 'mdast';
import type { Properties } from 'hast';

export interface Container extends Parent {
  type: 'container';
  children: (RootContent | PhrasingContent)[];
  data: Data & { hName: string; hProperties?: Properties };
}

declare module 'mdast' {
  interface RootContentMap {
    container: Container;
  }
  interface PhrasingContentMap {
    container: Container;
  }
}

/** An element `tagName` with `properties` around `children`. */
export function container(tagName: string, properties: Properties, children: Container['children']): Container {
  return { type: 'container', data: { hName: tagName, hProperties: properties }, children };
}
