/** DOM helpers that behave the same on browsers, happy-dom and linkedom. */

/**
 * Calls `visit` on every element under `root` (and `root` itself when it is an element), in document order.
 * Iterative, so deep nesting cannot overflow the stack. We walk ourselves because linkedom's
 * `getElementsByTagName('*')` returns nothing, and its `querySelectorAll('*')` is slower than a plain walk.
 */
export function forEachElement(root: Document | Element, visit: (element: Element) => void): void {
  let element: Element | null = root.nodeType === 1 ? (root as Element) : root.firstElementChild;
  const stop: Node | null = root.nodeType === 1 ? root : null;
  while (element !== null) {
    visit(element);
    if (element.firstElementChild !== null) {
      element = element.firstElementChild;
      continue;
    }
    while (element !== null && element !== stop && element.nextElementSibling === null) {
      const parent: Node | null = element.parentNode;
      element = parent !== null && parent.nodeType === 1 ? (parent as Element) : null;
    }
    element = element === null || element === stop ? null : element.nextElementSibling;
  }
}

/**
 * `getAttribute` for attributes read on every element of a walk. Same value, but linkedom answers
 * `getAttribute('class')` by building (and caching) a `DOMTokenList` for the element and joining it back:
 * reading the attribute node is what a browser does anyway, without that allocation.
 */
export function attributeValue(element: Element, name: string): string | null {
  return element.getAttributeNode(name)?.value ?? null;
}
