import type { Claim } from '../utils/summary';
import { ItemButton } from './ItemButton';

/** Key claims, most important first, each with who it is attributed to. */
export function ClaimList({
  claims,
  empty,
  onSelect,
}: {
  claims: Claim[];
  empty: string;
  onSelect: (sentence: number) => void;
}) {
  if (claims.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class="list claims" id="list-claims">
      {claims.map((claim) => (
        <li key={claim.sentence}>
          <ItemButton sentence={claim.sentence} onSelect={onSelect} testId="claim">
            <span class="text">{claim.text}</span>
            {claim.attribution ? <span class="meta">{claim.attribution}</span> : null}
          </ItemButton>
        </li>
      ))}
    </ol>
  );
}
