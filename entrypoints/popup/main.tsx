import { render } from 'preact';
import '../../styles/page.css';
import './popup.css';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app')!);
