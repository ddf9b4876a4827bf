import { render } from 'preact';
import { ClientContext } from '../../components/client';
import { Options } from '../../components/options/Options';
import { applyTheme } from '../../components/theme';
import { browserClient } from '../../features/client';

applyTheme(document);

render(
  <ClientContext.Provider value={browserClient()}>
    <Options />
  </ClientContext.Provider>,
  document.getElementById('app')!,
);
