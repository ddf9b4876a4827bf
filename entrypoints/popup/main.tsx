import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';

render(<Popup />, document.getElementById('app')!);
