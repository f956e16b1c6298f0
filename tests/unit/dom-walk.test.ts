import { describe, expect, test } from 'vitest';
import { edgeTextWhere, nextOutside } from '../../utils/extract/dom-walk';
import { parseHtml } from '../harness/parse-html';

describe('nextOutside', () => {
  const doc = parseHtml(
    '<html><body><div id="root"><p>a<b>b</b></p>c</div><p>after</p></body></html>',
    'https://walk.example/',
  );
  const root = doc.getElementById('root') as Element;
  const p = root.firstElementChild as Element;
  const b = p.querySelector('b') as Element;

  test('steps to the next sibling, passing over the node’s own children', () => {
    expect(nextOutside(p.firstChild as Node, root)).toBe(b);
    expect(nextOutside(p, root)?.nodeValue).toBe('c');
  });

  test('climbs to the nearest ancestor with a next sibling, never past the root', () => {
    expect(nextOutside(b, root)?.nodeValue).toBe('c');
    expect(nextOutside(root.lastChild as Node, root)).toBeNull();
    expect(nextOutside(root, root)).toBeNull();
  });
});

describe('edgeTextWhere', () => {
  const doc = parseHtml(
    '<html><body><p id="p">Web sites: <a>Tide Tables</a>; <b><i>Harbor</i> Society</b>. </p></body></html>',
    'https://walk.example/',
  );
  const p = doc.getElementById('p') as Element;
  const visible = (text: Text) => Boolean(text.nodeValue?.trim());

  test('from the end: the last text node that passes, however deep', () => {
    expect(edgeTextWhere(p, true, visible)?.nodeValue).toBe('. ');
    expect(edgeTextWhere(p, true, (text) => /\w/.test(text.nodeValue ?? ''))?.nodeValue).toBe(
      ' Society',
    );
  });

  test('from the start, and null when none passes', () => {
    expect(edgeTextWhere(p, false, visible)?.nodeValue).toBe('Web sites: ');
    expect(edgeTextWhere(p, false, (text) => (text.nodeValue ?? '').length > 50)).toBeNull();
  });
});
