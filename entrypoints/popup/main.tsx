import { render } from 'preact';
import { ClientContext } from '../../components/client';
import { Popup } from '../../components/popup/Popup';
import { applyTheme } from '../../components/theme';
import { browserClient } from '../../features/client';

applyTheme(document);

render(
  <ClientContext.Provider value={browserClient()}>
    <Popup />
  </ClientContext.Provider>,
  document.getElementById('app')!,
);
