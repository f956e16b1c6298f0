import type { ComponentChildren } from 'preact';

/** A list item the reader clicks to see its sentence highlighted in the page. */
export function ItemButton({
  sentence,
  onSelect,
  testId,
  children,
}: {
  sentence: number;
  onSelect: (sentence: number) => void;
  testId: string;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class="item"
      data-testid={testId}
      title="Show in page"
      onClick={() => onSelect(sentence)}
    >
      {children}
    </button>
  );
}
