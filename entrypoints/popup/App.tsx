import { LensPanel } from '../../components/LensPanel';
import { usePanel } from './usePanel';

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** The popup: analyzes the tab it was opened on, and can hand over to the side panel. */
export function App() {
  const { tabId, state, claimLimit, notice, setNotice, actions } = usePanel({
    follow: false,
    autoAnalyze: true,
  });

  const onOpenSidePanel = async () => {
    try {
      // Must run in this click's user gesture, so the popup calls it, not the background.
      const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
      const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
        .sidebarAction;
      if (sidePanel && tabId !== null) await sidePanel.open({ tabId });
      else if (sidebarAction) await sidebarAction.open();
      else throw new Error('no side panel');
      if (!new URLSearchParams(location.search).has('tabId')) window.close();
    } catch {
      setNotice(
        'This browser could not open the side panel. Open it from the browser’s side panel menu.',
      );
    }
  };

  return (
    <LensPanel
      state={state}
      claimLimit={claimLimit}
      notice={notice}
      actions={{ ...actions, onOpenSidePanel }}
    />
  );
}
