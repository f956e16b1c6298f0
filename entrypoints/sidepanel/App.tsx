import { LensPanel } from '../../components/LensPanel';
import { usePanel } from '../popup/usePanel';

/** The side panel: follows the active tab and shows its summary, or says it has none yet. */
export function App() {
  const { state, claimLimit, notice, actions } = usePanel({ follow: true, autoAnalyze: false });
  return (
    <LensPanel state={state} claimLimit={claimLimit} notice={notice} actions={actions} findable />
  );
}
