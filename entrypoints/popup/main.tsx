import { render } from 'preact';
import '../../components/panel.css';
import { App } from './App';

// Opened in a tab and pinned to another tab (popup.html?tabId=…), the popup fills the tab.
if (new URLSearchParams(location.search).has('tabId')) document.body.classList.add('in-tab');
render(<App />, document.getElementById('app') as HTMLElement);
